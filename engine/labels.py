"""Label and mask inputs shared by Export, Classify and Compute Accuracy: polygon labels with their
classes, class rasters and mask polygons (plain data, no QGIS objects). Their geometry work lives in
:mod:`engine.geometry`."""

from dataclasses import dataclass
from typing import Optional, Tuple

from .classes import ClassInfo


@dataclass(frozen=True)
class LabelFeature:
    """A label geometry (GeoJSON mapping, in the CRS of its :class:`VectorLabels`) and its class value."""

    geometry: dict
    class_value: int


@dataclass(frozen=True)
class VectorLabels:
    """Polygon labels (points arrive already buffered) with their class list.

    ``crs`` is anything rasterio's ``CRS.from_user_input`` reads (WKT, ``EPSG:4326``); the engine
    reprojects the geometries to the raster's CRS when it differs. ``skipped`` counts features the
    host dropped (null or empty geometry, null class), ``repaired`` invalid geometries it made valid
    (self-intersections), both for the log.
    """

    features: Tuple[LabelFeature, ...]
    classes: Tuple[ClassInfo, ...]
    crs: Optional[str] = None
    skipped: int = 0
    repaired: int = 0


@dataclass(frozen=True)
class RasterLabels:
    """A class raster on disk; its values are the classes (0 and NoData are unlabelled)."""

    path: str


@dataclass(frozen=True)
class MaskPolygons:
    """Polygons (GeoJSON mappings in ``crs``); only chips whose every pixel centre lies inside are written."""

    geometries: Tuple[dict, ...]
    crs: Optional[str] = None
