"""Export Training Data For Deep Learning: chips, labels and ArcGIS metadata files."""

from .config import (  # noqa: F401
    EDGE_POLICIES,
    IMAGE_CHIP_FORMATS,
    METADATA_FORMATS,
    NOFEATURE_TILES,
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
