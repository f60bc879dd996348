"""Export Training Data For Deep Learning: chips, labels and ArcGIS metadata files."""

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
    ClassInfo,
    ExportConfig,
    ExportResult,
    LabelFeature,
    MaskPolygons,
    RasterLabels,
    VectorLabels,
)
from .exporter import export_training_data  # noqa: F401
