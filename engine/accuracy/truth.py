"""The classified raster and its ground truth read strip by strip on the classified raster's grid.

* The classified raster's band 1 holds the predicted classes; its NoData (or mask) is not assessed.
* A ground-truth raster (band 1) is read directly when it has the classified raster's grid, else
  resampled (nearest) onto that grid through a warped VRT. Its NoData, the pixels outside it and the
  value 0 are "no reference" (0 is NoData in class rasters, as in ArcGIS and the export).
* Ground-truth polygons are reprojected to the classified raster's CRS and burnt per strip (pixel
  centres inside; later features win where they overlap). Pixels in no polygon have no reference.

Class values of polygons: a numeric class field gives the values themselves (0 and NULL mean no
reference, as in the export). A text field gives names, matched to the classified raster's classes
(:func:`match_names`): a text equal to a class name of the classified raster (its ``.aux.xml``
attribute table or category names) is that class; else, ignoring case and surrounding spaces; else a
text that is a whole number (``"3"``) is that value. Names that match nothing stay reference classes
of their own, with values above any the classified raster's data type can hold; when no name
matches at all the assessment is refused.
"""

import math

import numpy as np
from rasterio.enums import Resampling
from rasterio.vrt import WarpedVRT
from rasterio.warp import transform_bounds
from rasterio.windows import Window

from ..classes import class_names
from ..errors import InvalidInput
from ..geometry import PixelPolygons, reproject_geometries
from ..labels import RasterLabels, VectorLabels
from ..raster_io import SourceView, format_bounds, open_raster, parse_crs, reading

CLASSIFIED = "IN_CLASSIFIED_RASTER"
GROUND_TRUTH = "IN_GROUND_TRUTH_DATA"
CLASS_FIELD = "CLASS_VALUE_FIELD"


def _whole_number(text):
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if math.isfinite(number) and number.is_integer() else None


def match_names(classes, known, dtype):
    """Polygon class value → reference class value, for classes named by a text field.

    ``classes``: the polygons' :class:`ClassInfo` (value 1…n, name = the text); ``known``: value → name
    of the classified raster; ``dtype``: its data type. Returns ``(mapping, unmatched names)``."""
    exact, loose = {}, {}
    for value in sorted(known):
        exact.setdefault(known[value], value)
        loose.setdefault(known[value].strip().casefold(), value)
    limits = np.iinfo(np.dtype(dtype)) if np.dtype(dtype).kind in "iu" else None
    spare = (int(limits.max) if limits is not None and limits.bits <= 32 else 2 ** 53) + 1
    mapping, unmatched = {}, []
    for info in classes:
        name = info.name
        value = exact.get(name, loose.get(name.strip().casefold()))
        if value is None:
            value = _whole_number(name)
        if value is None:
            value, spare = spare, spare + 1
            unmatched.append(name)
        mapping[info.value] = value
    if classes and len(unmatched) == len(classes):
        shown = ", ".join(repr(n) for n in unmatched[:6]) + (", …" if len(unmatched) > 6 else "")
        have = ", ".join(repr(known[v]) for v in sorted(known)[:8]) if known else "none"
        raise InvalidInput(CLASS_FIELD, "none of its class names ({shown}) is a class of {classified} "
                           "(its class names: {have})", "Choose the field whose texts are the classified "
                           "raster's class names, or a field of class values",
                           shown=shown, classified=CLASSIFIED, have=have)
    return mapping, unmatched


class ClassifiedGrid:
    """Band 1 of the classified raster, read in strips of whole rows."""

    def __init__(self, path):
        self.view = SourceView(path, parameter=CLASSIFIED)
        dtype = self.view.dtype
        if not np.issubdtype(np.dtype(dtype), np.integer):
            self.view.close()
            raise InvalidInput(CLASSIFIED, "holds {dtype} values; class values must be whole numbers",
                               "Convert it to an integer raster (e.g. Byte)", dtype=dtype)
        self.path, self.dtype = path, dtype
        self.width, self.height = self.view.width, self.view.height
        self.block_height = self.view.dataset.block_shapes[0][0]

    def rows_per_strip(self, window_pixels):
        """Rows read at a time: at most ``window_pixels`` pixels, whole blocks of the file when they fit."""
        rows = max(1, window_pixels // max(1, self.width))
        if self.block_height <= rows:
            rows -= rows % self.block_height
        return min(rows, self.height)

    def read(self, row_off, rows):
        """``(classes as int64, valid)`` of a strip."""
        window = Window(0, row_off, self.width, rows)
        with reading(self.path, CLASSIFIED):
            values = self.view.reader.read(1, window=window)
            valid = self.view.reader.read_masks(1, window=window) > 0
        return values.astype(np.int64), valid

    def close(self):
        self.view.close()


class RasterTruth:
    """A ground-truth class raster on the classified grid (see the module docstring)."""

    def __init__(self, labels, grid):
        self.path = labels.path
        self.dataset = open_raster(labels.path, GROUND_TRUTH)
        self._vrt = None
        try:
            self._open(grid)
        except BaseException:
            self.close()
            raise

    def _open(self, grid):
        ds, view = self.dataset, grid.view
        if not np.issubdtype(np.dtype(ds.dtypes[0]), np.integer):
            raise InvalidInput(GROUND_TRUTH, "the class raster holds {dtype} values; class values "
                               "must be whole numbers", "Convert it to an integer raster (e.g. Byte)",
                               dtype=ds.dtypes[0])
        self.names = class_names(self.path)
        if (ds.crs == view.crs and ds.transform == view.transform and ds.width == view.width
                and ds.height == view.height):
            self.reader = ds
            return
        if ds.crs is None or view.crs is None:
            raise InvalidInput(GROUND_TRUTH, "is not on the grid of {classified} and it has no CRS, so the "
                               "two cannot be aligned" if ds.crs is None else "is not on the grid of "
                               "{classified} and {classified} has no CRS, so the two cannot be aligned",
                               "Assign both rasters their CRS, or give rasters of the same grid",
                               classified=CLASSIFIED)
        bounds = transform_bounds(ds.crs, view.crs, *ds.bounds)
        own = view.bounds
        if not (bounds[0] < own[2] and bounds[2] > own[0] and bounds[1] < own[3] and bounds[3] > own[1]):
            raise InvalidInput(GROUND_TRUTH, "does not overlap {classified} (ground truth "
                               "{bounds}; classified raster {own}, in "
                               "{crs})", "Give ground truth for the area of the classified "
                               "raster",
                               classified=CLASSIFIED, bounds=format_bounds(bounds), own=format_bounds(own),
                               crs=view.crs.to_string())
        # Without NoData the warp would fill the outside with 0 and call it valid: an alpha band says.
        self._vrt = WarpedVRT(ds, crs=view.crs, transform=view.transform, width=view.width,
                              height=view.height, resampling=Resampling.nearest,
                              add_alpha=ds.nodata is None)
        self.reader = self._vrt

    def read(self, row_off, rows, width):
        window = Window(0, row_off, width, rows)
        with reading(self.path, GROUND_TRUTH):
            values = self.reader.read(1, window=window).astype(np.int64)
            valid = self.reader.read_masks(1, window=window) > 0
        return values, valid & (values != 0)

    def close(self):
        if self._vrt is not None:
            self._vrt.close()
        self.dataset.close()


class PolygonTruth:
    """Ground-truth polygons burnt onto the classified grid strip by strip.

    ``mapping``: polygon class value → reference class value (see :func:`match_names`).
    """

    def __init__(self, labels, grid, mapping, log):
        view = grid.view
        source_crs = parse_crs(labels.crs, GROUND_TRUTH)
        if source_crs is None and view.crs is not None:
            raise InvalidInput(GROUND_TRUTH, "has no coordinate reference system, so it cannot be placed on "
                               "{classified} ({crs})", "Assign the layer its CRS (Layer "
                               "Properties > Source > Assigned Coordinate Reference System)",
                               classified=CLASSIFIED, crs=view.crs.to_string())
        if source_crs is not None and view.crs is None:
            raise InvalidInput(CLASSIFIED, "has no coordinate reference system, so ground-truth polygons "
                               "in {crs} cannot be placed on it", "Assign the raster its "
                               "CRS (Raster > Projections > Assign Projection)", crs=source_crs.to_string())
        features = [f for f in labels.features if f.class_value and f.class_value in mapping]
        if not features:
            raise InvalidInput(GROUND_TRUTH, "has no polygon with a class (every feature is empty or its "
                               "class is NULL or 0)", "Choose the layer and the {class_field} that hold the "
                               "reference classes", class_field=CLASS_FIELD)
        # Burn the position of each feature's class (1…k; 0 = no polygon), then look its value up: a
        # reference class may be 0 (a name matched to class 0 of the classified raster).
        keys = sorted({f.class_value for f in features})
        self.lookup = np.array([0] + [mapping[k] for k in keys], dtype=np.int64)
        position = {k: i + 1 for i, k in enumerate(keys)}
        geometries = reproject_geometries([f.geometry for f in features], labels.crs, view, GROUND_TRUTH)
        self.polygons = PixelPolygons(geometries, [position[f.class_value] for f in features], view)
        if self.polygons.dropped:
            log(f"{self.polygons.dropped} ground-truth feature(s) without a polygon part were skipped.")
        if not self.polygons.touches(view.width, view.height):
            raise InvalidInput(GROUND_TRUTH, "no polygon overlaps {classified} (classified raster "
                               "{bounds})", "Give ground truth for the area of the "
                               "classified raster (reprojected polygons are checked in its CRS)",
                               classified=CLASSIFIED, bounds=format_bounds(view.bounds))
        self.view = view
        self.dtype = np.uint8 if len(keys) < 255 else np.int32
        self.names = {}

    def read(self, row_off, rows, width):
        polygons = self.polygons
        burnt = polygons.rasterize(polygons.candidates(0, row_off, width, rows), 0, row_off, width, rows,
                                   self.view.window_transform(0, row_off), self.dtype)
        return self.lookup[burnt], burnt > 0

    def close(self):
        pass


def open_truth(config, grid, log):
    """The ground-truth reader of ``config`` on ``grid``, and the class names it brings."""
    labels = config.in_ground_truth_data
    if isinstance(labels, RasterLabels):
        truth = RasterTruth(labels, grid)
        return truth, truth.names
    if not isinstance(labels, VectorLabels):
        raise InvalidInput(GROUND_TRUTH, "unsupported ground truth {kind}",
                           "Give a class raster or polygons with a class field", kind=type(labels).__name__)
    if labels.skipped:
        log(f"{labels.skipped} ground-truth feature(s) without geometry or class were skipped.")
    if config.match_class_names:
        mapping, unmatched = match_names(labels.classes, class_names(grid.path), grid.dtype)
        if unmatched:
            log(f"Ground-truth classes not among the classes of {CLASSIFIED} (every pixel of them counts "
                f"as misclassified): {', '.join(repr(n) for n in unmatched)}.")
        names = {mapping[c.value]: c.name for c in labels.classes}
    else:
        mapping = {c.value: c.value for c in labels.classes}
        mapping.update({f.class_value: f.class_value for f in labels.features if f.class_value})
        names = {c.value: c.name for c in labels.classes}
    return PolygonTruth(labels, grid, mapping, log), names
