"""Per-band pre-processing of model inputs (EMD ``NormalizationStats``), shared by Classify Pixels
(running a model) and Train Pixel Classifier (writing one)."""

from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from .errors import InvalidInput

PARAMETER = "IN_MODEL_DEFINITION"


@dataclass(frozen=True)
class Normalization:
    """Per-band pre-processing statistics (EMD ``NormalizationStats``).

    With ``band_min``/``band_max``: ``x' = (x - min) / (max - min)``, then, with
    ``scaled_mean``/``scaled_std``, ``(x' - scaled_mean) / scaled_std`` (arcgis.learn's multispectral
    rule). Otherwise with ``band_mean``/``band_std``: ``(x - mean) / std``. Each list holds one value
    for every band of the raster (indexed by 0-based band), one per model band (in ``ExtractBands``
    order), or a single value for all bands.
    """

    band_min: Optional[Tuple[float, ...]] = None
    band_max: Optional[Tuple[float, ...]] = None
    band_mean: Optional[Tuple[float, ...]] = None
    band_std: Optional[Tuple[float, ...]] = None
    scaled_mean: Optional[Tuple[float, ...]] = None
    scaled_std: Optional[Tuple[float, ...]] = None

    def affine(self, bands, raster_band_count):
        """``(scale, offset)`` float32 arrays, one value per model band, so that the model input is
        ``x * scale + offset``. Coefficients are composed in float64 and rounded once."""
        def pick(values, name):
            if values is None:
                return None
            values = np.asarray(values, dtype=np.float64)
            if len(values) == 1:
                return np.repeat(values, len(bands))
            if len(values) == raster_band_count and max(bands) < len(values):
                return values[list(bands)]
            if len(values) == len(bands):
                return values
            raise InvalidInput(PARAMETER, "NormalizationStats {name} has {value_count} values, but the "
                               "raster has {raster_band_count} bands and the model uses {band_count}",
                               "Give one value per raster band or one per model band",
                               name=name, value_count=len(values), raster_band_count=raster_band_count,
                               band_count=len(bands))

        n = len(bands)
        scale, offset = np.ones(n), np.zeros(n)
        if self.band_min is not None and self.band_max is not None:
            lo, hi = pick(self.band_min, "band_min_values"), pick(self.band_max, "band_max_values")
            span = hi - lo
            if np.any(span == 0):
                raise InvalidInput(PARAMETER, "NormalizationStats has a band whose min equals its max",
                                   "Fix band_min_values/band_max_values in the model definition")
            scale, offset = 1.0 / span, -lo / span
            if self.scaled_mean is not None and self.scaled_std is not None:
                mean = pick(self.scaled_mean, "scaled_mean_values")
                std = pick(self.scaled_std, "scaled_std_values")
                _check_std(std, "scaled_std_values")
                scale, offset = scale / std, (offset - mean) / std
        elif self.band_mean is not None and self.band_std is not None:
            mean, std = pick(self.band_mean, "band_mean_values"), pick(self.band_std, "band_std_values")
            _check_std(std, "band_std_values")
            scale, offset = 1.0 / std, -mean / std
        with np.errstate(over="ignore", invalid="ignore"):
            scale32, offset32 = scale.astype(np.float32), offset.astype(np.float32)
        if not (np.isfinite(scale32).all() and np.isfinite(offset32).all()):
            raise InvalidInput(PARAMETER, "NormalizationStats give a scale or offset beyond single-precision "
                               "floats", "Check the statistics: they are far outside what pixel values need")
        return scale32, offset32


def _check_std(std, name):
    if np.any(std == 0):
        raise InvalidInput(PARAMETER, "NormalizationStats {name} holds a 0",
                           "Standard deviations must be non-zero", name=name)
