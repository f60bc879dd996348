"""Frozen configuration and result of an accuracy assessment (no QGIS objects)."""

from dataclasses import dataclass
from typing import Optional, Tuple, Union

from ..classes import ClassInfo
from ..labels import RasterLabels, VectorLabels

# ArcGIS's sampling keywords ("Create Accuracy Assessment Points"), the default first.
SAMPLING_STRATEGIES = ("STRATIFIED_RANDOM", "EQUALIZED_STRATIFIED_RANDOM", "RANDOM")
# Pixels read at a time (a strip of whole rows): memory follows this, not the raster size.
DEFAULT_WINDOW_PIXELS = 1 << 20


@dataclass(frozen=True)
class AccuracyConfig:
    """Everything one assessment needs; field names are the parameter names in lower case.

    ``in_ground_truth_data``: a class raster (:class:`RasterLabels`) or polygons with their classes
    (:class:`VectorLabels`, as the export takes them). ``match_class_names``: the polygons' classes
    came from a text field, so they are matched to the classified raster's classes by name (see
    :mod:`.truth`); otherwise their values are the class values. ``num_random_points`` 0 assesses
    every valid pixel. ``window_pixels`` bounds the pixels held in memory at once.
    """

    in_classified_raster: str
    in_ground_truth_data: Union[RasterLabels, VectorLabels]
    match_class_names: bool = False
    num_random_points: int = 0
    sampling_strategy: str = "STRATIFIED_RANDOM"
    random_seed: int = 0
    out_csv: Optional[str] = None
    out_report: Optional[str] = None
    window_pixels: int = DEFAULT_WINDOW_PIXELS


@dataclass(frozen=True)
class AccuracyResult:
    """The confusion matrix and its metrics.

    ``matrix[i][j]`` counts the assessed pixels of reference class ``classes[i]`` predicted as
    ``classes[j]``; ``classes`` is every class seen on either side, by value. Per-class metrics are
    parallel to ``classes``; a metric whose denominator is 0 is None. Floats are the exact fractions
    of the counts, correctly rounded. ``valid_pixels``: pixels with both a predicted and a reference
    class (the population sampled); ``points_per_class``: assessed pixels per reference class.
    """

    classes: Tuple[ClassInfo, ...]
    matrix: Tuple[Tuple[int, ...], ...]
    overall_accuracy: Optional[float]
    kappa: Optional[float]
    mean_iou: Optional[float]
    users_accuracy: Tuple[Optional[float], ...]
    producers_accuracy: Tuple[Optional[float], ...]
    iou: Tuple[Optional[float], ...]
    f1: Tuple[Optional[float], ...]
    valid_pixels: int
    sampling: str
    out_csv: Optional[str] = None
    out_report: Optional[str] = None

    @property
    def total(self):
        """Number of assessed pixels (the sum of the matrix)."""
        return sum(sum(row) for row in self.matrix)

    @property
    def points_per_class(self):
        return {c.value: sum(row) for c, row in zip(self.classes, self.matrix, strict=True)}
