"""Export Training Data For Deep Learning: chips, labels and ArcGIS metadata files.

The label inputs (:class:`ClassInfo`, :class:`VectorLabels`, …) are the engine's shared vocabulary
(:mod:`engine.classes`, :mod:`engine.labels`); they are re-exported here for callers of the export API.
"""

from ..classes import ClassInfo  # noqa: F401
from ..labels import LabelFeature, MaskPolygons, RasterLabels, VectorLabels  # noqa: F401
from .config import (  # noqa: F401
    CROP_MODES,
    EDGE_POLICIES,
    IMAGE_CHIP_FORMATS,
    IN_RASTER2_FORMATS,
    METADATA_FORMATS,
    NOFEATURE_TILES,
    PROCESSING_MODES,
    REFERENCE_SYSTEMS,
    ChipRecord,
    ExportConfig,
    ExportResult,
)
from .exporter import export_training_data  # noqa: F401
