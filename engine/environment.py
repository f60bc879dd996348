"""The rest of ArcGIS's analysis environment: output coordinate system (``OUT_SR``), snap raster
(``SNAP_RASTER``), parallel processing factor and retries on failures. QGIS-free.

Grids. The *processing grid* is the one the pixels are read on; the *output grid* the one written.

* Without ``OUT_SR`` and ``SNAP_RASTER`` both are today's view: the raster (or EXTENT) at its own cell
  size (or CELL_SIZE).
* The output CRS is ``OUT_SR``, else the snap raster's CRS, else the raster's. ``CELL_SIZE`` is in the
  output CRS's units, as ArcGIS's ``cellSize`` environment.
* ``SNAP_RASTER``: the output grid's lines are the snap raster's (its cell corners, projected into the
  output CRS when that is another); the grid covers the area, its upper-left corner moved outwards onto
  the nearest snap grid lines; its cell size is CELL_SIZE, else the snap raster's.
* Without a snap raster, an output in another CRS gets GDAL's suggested warp grid
  (``GDALSuggestedWarpOutput``: the grid ``gdalwarp -t_srs`` makes; with CELL_SIZE, ``-tr``'s).

Classify Pixels reads the processing grid in the raster's CRS (the model sees the raster's own pixels),
then warps its result onto the output grid (nearest neighbour for classes, bilinear for confidences);
Export Training Data cuts chips on the output grid directly (ArcGIS exports in the output spatial
reference). With the output CRS the raster's own, both are one grid and nothing is warped twice.
"""

import math
import os
from dataclasses import dataclass
from typing import Optional

from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.transform import Affine, array_bounds
from rasterio.warp import calculate_default_transform, transform_bounds

from .errors import InvalidInput
from .raster_io import WEB_RETRIES, SourceView, open_raster, parse_crs

# Grid lines closer than this fraction of a cell are the same line (floating point of projected corners).
_SNAP_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Grid:
    """A north-up pixel grid: CRS (None for a raster without georeference), transform and size."""

    crs: Optional[CRS]
    transform: Affine
    width: int
    height: int

    @property
    def bounds(self):
        b = array_bounds(self.height, self.width, self.transform)
        return b[0], b[1], b[2], b[3]

    @property
    def res(self):
        return abs(self.transform.a), abs(self.transform.e)

    def same_as(self, other, tolerance=1e-9):
        """True when ``other`` has this CRS, size and (to ``tolerance`` of a cell) transform."""
        if other is None or (self.width, self.height) != (other.width, other.height) or \
                not same_crs(self.crs, other.crs):
            return False
        res = max(self.res)
        return all(abs(a - b) <= tolerance * res for a, b in zip(self.transform[:6], other.transform[:6],
                                                                 strict=True))


def same_crs(a, b):
    if a is None or b is None:
        return a is b
    return a == b


def view_grid(view):
    """The :class:`Grid` of a :class:`~.raster_io.SourceView`."""
    return Grid(view.crs, view.transform, view.width, view.height)


def output_crs(out_sr):
    """The rasterio CRS of OUT_SR (WKT, ``EPSG:code``, PROJ text) or None when it is not set."""
    crs = parse_crs(out_sr, "OUT_SR")
    if crs is not None and not (crs.is_geographic or crs.is_projected):
        raise InvalidInput("OUT_SR", "{value!r} is not a coordinate system a raster can be projected into",
                           "Choose a projected or geographic CRS, e.g. EPSG:2056", value=str(out_sr)[:60])
    return crs


def snap_grid(path):
    """The :class:`Grid` of the raster SNAP_RASTER names (None when not set)."""
    if not path:
        return None
    with open_raster(path, "SNAP_RASTER") as ds:
        if ds.crs is None or ds.transform.is_identity:
            raise InvalidInput("SNAP_RASTER", "{name} has no georeference, so there is no grid to snap to",
                               "Choose a georeferenced raster, or leave SNAP_RASTER unset",
                               name=os.path.basename(str(path)))
        if ds.transform.b or ds.transform.d:
            raise InvalidInput("SNAP_RASTER", "{name} is rotated; cells can only snap to a north-up grid",
                               "Choose a north-up raster", name=os.path.basename(str(path)))
        return Grid(ds.crs, ds.transform, ds.width, ds.height)


def _projected(grid, crs):
    """``grid`` as GDAL would warp it into ``crs`` (its suggested grid): the snap raster's lines there."""
    transform, width, height = calculate_default_transform(grid.crs, crs, grid.width, grid.height,
                                                           *grid.bounds)
    return Grid(crs, transform, width, height)


def target_crs(source_crs, out_crs, snap):
    """The output CRS (see the module docstring); checks that the raster can be taken there."""
    target = out_crs or (snap.crs if snap is not None else None)
    if target is None:
        return source_crs
    if source_crs is None:
        raise InvalidInput("OUT_SR" if out_crs is not None else "SNAP_RASTER", "IN_RASTER has no coordinate "
                           "system, so it cannot be projected or snapped",
                           "Assign the raster its CRS, or leave OUT_SR and SNAP_RASTER unset")
    return target


def source_cell_size(cell_size, source_crs, out_crs, bounds):
    """CELL_SIZE (output CRS units) as a cell size in the raster's CRS: scaled as the area's size changes
    from one CRS to the other (the model then reads pixels of about the size the output has)."""
    if not cell_size or same_crs(source_crs, out_crs):
        return cell_size
    west, south, east, north = transform_bounds(source_crs, out_crs, *bounds, densify_pts=21)
    scale_x = (bounds[2] - bounds[0]) / (east - west)
    scale_y = (bounds[3] - bounds[1]) / (north - south)
    return cell_size * math.sqrt(scale_x * scale_y)


def output_grid(processing, out_crs=None, snap=None, cell_size=0.0):
    """The grid written for an area read on the ``processing`` grid (see the module docstring); the
    ``processing`` grid itself when nothing moves it."""
    target = target_crs(processing.crs, out_crs, snap)
    same = same_crs(target, processing.crs)
    if same and snap is None:
        return processing
    if same:
        west, south, east, north = processing.bounds
        res = processing.res
    else:
        transform, width, height = calculate_default_transform(processing.crs, target, processing.width,
                                                               processing.height, *processing.bounds)
        suggested = Grid(target, transform, width, height)
        west, south, east, north = suggested.bounds
        res = suggested.res
    if snap is not None:
        lines = snap if same_crs(snap.crs, target) else _projected(snap, target)
        step_x, step_y = lines.res
        x0, y0 = lines.transform.c, lines.transform.f
        west = x0 + math.floor((west - x0) / step_x + _SNAP_TOLERANCE) * step_x
        north = y0 - math.floor((y0 - north) / step_y + _SNAP_TOLERANCE) * step_y
        res = (cell_size, cell_size) if cell_size else lines.res
    elif cell_size:
        # gdalwarp -tr: the suggested bounds' corner, the size rounded to whole cells.
        width = max(1, int((east - west + cell_size / 2.0) / cell_size))
        height = max(1, int((north - south + cell_size / 2.0) / cell_size))
        return Grid(target, Affine(cell_size, 0.0, west, 0.0, -cell_size, north), width, height)
    else:
        return suggested
    width = max(1, int(math.ceil((east - west) / res[0] - _SNAP_TOLERANCE)))
    height = max(1, int(math.ceil((north - south) / res[1] - _SNAP_TOLERANCE)))
    return Grid(target, Affine(res[0], 0.0, west, 0.0, -res[1], north), width, height)


def open_view(path, extent=None, cell_size=0.0, out_sr=None, snap_raster=None, resampling=None,
              parameter="IN_RASTER", retries=None, on_output_grid=False):
    """``(view, output)``: the :class:`~.raster_io.SourceView` to read and the :class:`Grid` to write
    (None when it is the view's own). ``on_output_grid`` (Export) reads on the output grid itself; else
    (Classify) the view stays in the raster's CRS and ``output`` says where its result is warped."""
    resampling = Resampling.bilinear if resampling is None else resampling
    out_crs = output_crs(out_sr)
    snap = snap_grid(snap_raster)
    if out_crs is None and snap is None:
        return SourceView(path, extent, cell_size, resampling, parameter, retries=retries), None
    # The raster's own cells over the area: the output grid comes from them, as gdalwarp makes it.
    with SourceView(path, extent, 0.0, resampling, parameter) as native:
        native_grid = view_grid(native)
    target = target_crs(native_grid.crs, out_crs, snap)
    same = same_crs(target, native_grid.crs)
    if snap is None and same:  # OUT_SR is the raster's own CRS: today's view
        return SourceView(path, extent, cell_size, resampling, parameter, retries=retries), None
    output = output_grid(native_grid, target, snap, cell_size)
    if same or on_output_grid:
        view = SourceView(path, resampling=resampling, parameter=parameter, retries=retries, grid=output)
        return view, None
    # Classify: the model reads the raster's CRS at about the output's cell size; the result is warped.
    base_cell = source_cell_size(cell_size, native_grid.crs, target, native_grid.bounds)
    own_res = native_grid.res[0]
    if extent is None and base_cell and abs(base_cell - own_res) <= 1e-4 * own_res:
        base_cell = 0.0  # the raster is already on the grid it was requested at (a web layer's VRT)
    return SourceView(path, extent, base_cell, resampling, parameter, retries=retries), output


def parallel_workers(factor, default, limit):
    """Threads for PARALLEL_PROCESSING_FACTOR as ArcGIS writes it: ``4`` (processes), ``50%`` (of the
    machine's cores), empty = ``default``, ``0`` = one. Bounded by ``limit`` (what the machine can use)."""
    text = "" if factor is None else str(factor).strip()
    if not text:
        return default
    percent = text.endswith("%")
    number = text[:-1].strip() if percent else text
    try:
        value = float(number)
    except ValueError:
        value = None
    if value is None or not math.isfinite(value) or value < 0 or (not percent and not value.is_integer()):
        raise InvalidInput("PARALLEL_PROCESSING_FACTOR", "{value!r} is neither a number of processes nor a "
                           "percentage of the cores", "Write a whole number such as 4, or a percentage "
                           "such as 50%", value=text)
    cores = os.cpu_count() or 1
    count = int(round(cores * value / 100.0)) if percent else int(value)
    return max(1, min(count, limit))


def retries(value, default=WEB_RETRIES):
    """RETRY_ON_FAILURES as a number of retries: the value given (a whole number, 0 or more), else
    ``default``. Reads retry only a web service's transient failures (HTTP 408, 429, 5xx, time-outs), so
    the default of :data:`~.raster_io.WEB_RETRIES` (1) is ArcGIS's "1 for web layers, 0 for files"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = None
    if number is None or number < 0 or not number.is_integer():
        raise InvalidInput("RETRY_ON_FAILURES", "must be a whole number of retries, 0 or more (got {value})",
                           "Set it to 0 (fail at once), 1 or more", value=value)
    return int(number)


__all__ = ["Grid", "open_view", "output_crs", "output_grid", "parallel_workers",
           "retries", "same_crs", "snap_grid", "source_cell_size", "target_crs", "view_grid"]
