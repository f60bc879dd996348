"""Frozen configuration and result objects of the training-data export (no QGIS objects)."""

from dataclasses import dataclass, field
from typing import Optional, Tuple, Union

from ..grid import EDGE_POLICIES  # noqa: F401  (edge policies are defined with the grid)
from ..labels import MaskPolygons, RasterLabels, VectorLabels

IMAGE_CHIP_FORMATS = ("TIFF", "PNG", "JPEG", "MRF")
# ArcGIS's ten keywords in ArcGIS's order, then two formats ArcGIS lacks.
METADATA_FORMATS = (
    "KITTI_rectangles",
    "PASCAL_VOC_rectangles",
    "Classified_Tiles",
    "RCNN_Masks",
    "Labeled_Tiles",
    "MultiLabeled_Tiles",
    "Export_Tiles",
    "CycleGAN",
    "Imagenet",
    "Panoptic_Segmentation",
    "COCO",
    "YOLO",
)
NOFEATURE_TILES = ("ONLY_TILES_WITH_FEATURES", "ALL_TILES")
REFERENCE_SYSTEMS = ("MAP_SPACE", "PIXEL_SPACE")
PROCESSING_MODES = ("PROCESS_AS_MOSAICKED_IMAGE", "PROCESS_ITEMS_SEPARATELY")
CROP_MODES = ("FIXED_SIZE", "BOUNDING_BOX")
# Formats that accept IN_RASTER2 (a second image per chip, written to images2/).
IN_RASTER2_FORMATS = ("Classified_Tiles", "Export_Tiles", "CycleGAN")


@dataclass(frozen=True)
class ExportConfig:
    """Everything one export needs; field names are the ArcGIS parameter names in lower case."""

    # One raster, or several (see ``processing_mode``).
    in_raster: Union[str, Tuple[str, ...]]
    out_folder: str
    in_class_data: Union[VectorLabels, RasterLabels, None] = None
    image_chip_format: str = "TIFF"
    tile_size_x: int = 256
    tile_size_y: int = 256
    stride_x: int = 128
    stride_y: int = 128
    output_nofeature_tiles: str = "ONLY_TILES_WITH_FEATURES"
    metadata_format: str = "PASCAL_VOC_rectangles"
    start_index: int = 0
    in_mask_polygons: Optional[MaskPolygons] = None
    # (xmin, ymin, xmax, ymax) in the raster's CRS; None = the whole raster.
    extent: Optional[Tuple[float, float, float, float]] = None
    # Output cell size in raster CRS units; 0 = the raster's own.
    cell_size: float = 0.0
    edge_policy: str = "SHIFT_INWARD"
    # PNG_COMPRESSION_LEVEL: zlib level of PNG chips, 1 (fastest) … 9. GDAL's default 6 encodes aerial RGB
    # chips 2.5 times slower than 1 for files 2 % smaller, so Pixelwise writes 1 unless asked.
    png_zlevel: int = 1
    # Degrees; > 0 adds copies of every chip rotated by k * angle (k = 1 … while < 360).
    rotation_angle: float = 0.0
    reference_system: str = "MAP_SPACE"
    processing_mode: str = "PROCESS_AS_MOSAICKED_IMAGE"
    blacken_around_feature: bool = False
    crop_mode: str = "FIXED_SIZE"
    in_raster2: Optional[str] = None
    in_instance_data: Optional[VectorLabels] = None
    min_polygon_overlap_ratio: float = 0.0
    # OUT_SR (CRS text) and SNAP_RASTER (a raster path): chips are cut on that grid, CELL_SIZE then in the
    # output CRS's units (see engine.environment).
    out_sr: Optional[str] = None
    snap_raster: Optional[str] = None
    # PARALLEL_PROCESSING_FACTOR: "4" or "50%": chip-writing threads (default twice the cores).
    parallel_processing_factor: Optional[str] = None
    # RETRY_ON_FAILURES: retries of a read that fails the way a busy web service does; None = 1.
    retry_on_failures: Optional[int] = None


@dataclass(frozen=True)
class ChipRecord:
    """One chip written by a run: file names relative to the output folder and its map footprint."""

    index: int
    name: str
    image_path: str
    label_path: Optional[str]
    bounds: Tuple[float, float, float, float]
    feature_count: int
    # Corners (x, y) of the chip on the map, clockwise from the upper left: rotated chips are not
    # axis-aligned, so ``bounds`` alone would overstate them.
    footprint: Tuple[Tuple[float, float], ...] = ()


@dataclass(frozen=True)
class ExportResult:
    out_folder: str
    chip_count: int
    chips: Tuple[ChipRecord, ...] = field(default_factory=tuple)
    crs_wkt: Optional[str] = None
    appended: bool = False
