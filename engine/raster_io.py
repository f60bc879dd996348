"""The only module that opens and writes rasters: views of a source, windowed reads, chip files."""

import math

import numpy as np
import rasterio
import rasterio.shutil
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.errors import RasterioError
from rasterio.io import MemoryFile
from rasterio.transform import Affine
from rasterio.vrt import WarpedVRT
from rasterio.windows import Window

from .errors import InvalidInput

# Chip format keyword → (GDAL driver, file extension, world-file extension, creation options).
CHIP_FORMATS = {
    "TIFF": ("GTiff", "tif", "tfw", {"COMPRESS": "LZW"}),
    "PNG": ("PNG", "png", "pgw", {}),
    "JPEG": ("JPEG", "jpg", "jgw", {"QUALITY": "90"}),
    "MRF": ("MRF", "mrf", "mfw", {"COMPRESS": "DEFLATE"}),
}


def format_bounds(bounds):
    """(xmin, ymin, xmax, ymax) as readable text for messages, whatever the CRS units."""
    return ", ".join(f"{v:.10g}" for v in bounds)


def open_raster(path, parameter="IN_RASTER"):
    """Open a raster for reading or raise :class:`InvalidInput` naming ``parameter``."""
    try:
        return rasterio.open(path)
    except (RasterioError, OSError) as err:
        first_line = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise InvalidInput(parameter, f"cannot open {path!r} as a raster ({first_line})",
                           "Choose a raster file GDAL can read") from None


def parse_crs(value, parameter):
    """A rasterio CRS from WKT/authority text, or ``None`` for no CRS."""
    if value in (None, ""):
        return None
    try:
        return CRS.from_user_input(value)
    except Exception:  # rasterio raises CRSError and, for odd input, plain errors
        raise InvalidInput(parameter, f"its CRS is not understood ({str(value)[:60]})",
                           "Assign a valid CRS to the layer") from None


class SourceView:
    """The pixels an export or classification reads: a raster, cropped to an extent and optionally
    resampled to another cell size. Coordinates of windows are in the view's own pixel grid.

    ``extent`` (xmin, ymin, xmax, ymax, in the raster's CRS) is snapped outwards to whole source
    pixels. With ``cell_size`` > 0 the view is a warped view with that square cell size,
    resampled with ``resampling`` (bilinear for imagery, nearest for class rasters).
    """

    def __init__(self, path, extent=None, cell_size=0.0, resampling=Resampling.bilinear,
                 parameter="IN_RASTER"):
        self.path = path
        self.dataset = open_raster(path, parameter)
        ds = self.dataset
        self._vrt = None
        if cell_size is not None and cell_size < 0:
            raise InvalidInput("CELL_SIZE", f"must be 0 (the raster's own) or positive (got {cell_size})",
                               "Set a positive cell size in the raster's CRS units, or 0")
        if ds.count < 1:
            raise InvalidInput(parameter, "the raster has no bands", "Choose a raster with at least one band")
        col0, row0, width, height = 0, 0, ds.width, ds.height
        if extent is not None:
            col0, row0, width, height = self._extent_window(extent)
        base_transform = ds.transform * Affine.translation(col0, row0)
        if cell_size:
            bounds = rasterio.transform.array_bounds(height, width, base_transform)
            west, south, east, north = bounds[0], bounds[1], bounds[2], bounds[3]
            width = max(1, int(math.ceil((east - west) / cell_size - 1e-9)))
            height = max(1, int(math.ceil((north - south) / cell_size - 1e-9)))
            transform = Affine(cell_size, 0, west, 0, -cell_size, north)
            self._vrt = WarpedVRT(ds, crs=ds.crs, transform=transform, width=width, height=height,
                                  resampling=resampling)
            self.reader, self.col0, self.row0 = self._vrt, 0, 0
            self.transform = transform
        else:
            self.reader, self.col0, self.row0 = ds, col0, row0
            self.transform = base_transform
        self.width, self.height = width, height

    def _extent_window(self, extent):
        ds = self.dataset
        xmin, ymin, xmax, ymax = extent
        if not (xmax > xmin and ymax > ymin):
            raise InvalidInput("EXTENT", f"is empty ({xmin}, {ymin}, {xmax}, {ymax})",
                               "Give xmin < xmax and ymin < ymax, or leave it unset")
        inv = ~ds.transform
        cols, rows = zip(*(inv * (x, y) for x in (xmin, xmax) for y in (ymin, ymax)), strict=False)
        c0 = max(0, int(math.floor(min(cols) + 1e-9)))
        r0 = max(0, int(math.floor(min(rows) + 1e-9)))
        c1 = min(ds.width, int(math.ceil(max(cols) - 1e-9)))
        r1 = min(ds.height, int(math.ceil(max(rows) - 1e-9)))
        if c1 <= c0 or r1 <= r0:
            b = ds.bounds
            raise InvalidInput("EXTENT", f"does not overlap IN_RASTER (extent {format_bounds(extent)}; "
                               f"raster {format_bounds(b)})",
                               "Give an extent inside the raster, in the raster's CRS, or leave it unset")
        return c0, r0, c1 - c0, r1 - r0

    # --- properties shared by callers -------------------------------------------------------
    @property
    def crs(self):
        return self.dataset.crs

    @property
    def count(self):
        return self.dataset.count

    @property
    def dtype(self):
        return self.dataset.dtypes[0]

    @property
    def nodata(self):
        return self.dataset.nodata

    @property
    def fill_value(self):
        """Value of pixels outside the raster: its NoData value, else 0."""
        return self.nodata if self.nodata is not None else 0

    @property
    def res(self):
        return abs(self.transform.a), abs(self.transform.e)

    @property
    def bounds(self):
        """(xmin, ymin, xmax, ymax) of the view."""
        b = rasterio.transform.array_bounds(self.height, self.width, self.transform)
        return b[0], b[1], b[2], b[3]

    def window_transform(self, col_off, row_off):
        return self.transform * Affine.translation(col_off, row_off)

    def read(self, col_off, row_off, width, height):
        """Read all bands of a window of the view.

        Returns ``(pixels, valid)``: ``pixels`` (bands, height, width) in the source data type,
        ``valid`` a boolean (height, width) array, False for NoData and for pixels past the view's
        edge (which hold :attr:`fill_value`).
        """
        pixels = np.full((self.count, height, width), self.fill_value, dtype=self.dtype)
        valid = np.zeros((height, width), dtype=bool)
        c0, r0 = max(col_off, 0), max(row_off, 0)
        c1, r1 = min(col_off + width, self.width), min(row_off + height, self.height)
        if c1 > c0 and r1 > r0:
            win = Window(self.col0 + c0, self.row0 + r0, c1 - c0, r1 - r0)
            ys, xs = slice(r0 - row_off, r1 - row_off), slice(c0 - col_off, c1 - col_off)
            pixels[:, ys, xs] = self.reader.read(window=win)
            valid[ys, xs] = self.reader.dataset_mask(window=win) > 0
        return pixels, valid

    def aligned(self, path, parameter):
        """Open another raster resampled (nearest) onto this view's grid, for class rasters."""
        other = open_raster(path, parameter)
        same_grid = (other.crs == self.crs and other.transform == self.dataset.transform
                     and other.width == self.dataset.width and other.height == self.dataset.height
                     and self._vrt is None)
        if same_grid:
            view = _AlignedView(other, other, self.col0, self.row0, self.width, self.height)
        else:
            if other.crs is None or self.crs is None:
                if other.crs != self.crs:
                    raise InvalidInput(parameter, "one of the two rasters has no CRS, so they cannot be "
                                       "aligned", "Assign the same CRS to both rasters")
            vrt = WarpedVRT(other, crs=self.crs, transform=self.transform, width=self.width,
                            height=self.height, resampling=Resampling.nearest)
            view = _AlignedView(other, vrt, 0, 0, self.width, self.height)
        return view

    def close(self):
        if self._vrt is not None:
            self._vrt.close()
        self.dataset.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _AlignedView:
    """A second raster read on the grid of a :class:`SourceView` (band 1 only)."""

    def __init__(self, dataset, reader, col0, row0, width, height):
        self.dataset, self.reader = dataset, reader
        self.col0, self.row0, self.width, self.height = col0, row0, width, height

    def read_band(self, col_off, row_off, width, height, fill=0):
        """Band 1 of a window; NoData and pixels past the edge become ``fill``."""
        out = np.full((height, width), fill, dtype=self.dataset.dtypes[0])
        c0, r0 = max(col_off, 0), max(row_off, 0)
        c1, r1 = min(col_off + width, self.width), min(row_off + height, self.height)
        if c1 > c0 and r1 > r0:
            win = Window(self.col0 + c0, self.row0 + r0, c1 - c0, r1 - r0)
            data = self.reader.read(1, window=win)
            mask = self.reader.read_masks(1, window=win) > 0
            ys, xs = slice(r0 - row_off, r1 - row_off), slice(c0 - col_off, c1 - col_off)
            out[ys, xs] = np.where(mask, data, fill)
        return out

    def colormap(self):
        try:
            return self.dataset.colormap(1)
        except ValueError:
            return None

    def close(self):
        if self.reader is not self.dataset:
            self.reader.close()
        self.dataset.close()


def check_chip_format(chip_format, count, dtype):
    """Refuse chip formats that cannot hold the bands or data type (ArcGIS: PNG/JPEG ≤ 3 bands)."""
    if chip_format not in CHIP_FORMATS:
        raise InvalidInput("IMAGE_CHIP_FORMAT", f"unknown format {chip_format!r}",
                           f"Use one of {', '.join(CHIP_FORMATS)}")
    if chip_format == "PNG":
        if count not in (1, 3) or dtype not in ("uint8", "uint16"):
            raise InvalidInput("IMAGE_CHIP_FORMAT", f"PNG holds 1 or 3 bands of 8- or 16-bit unsigned data, "
                               f"but IN_RASTER has {count} band(s) of {dtype}",
                               "Use TIFF or MRF, which keep every band and the data type")
    if chip_format == "JPEG":
        if count not in (1, 3) or dtype != "uint8":
            raise InvalidInput("IMAGE_CHIP_FORMAT", f"JPEG holds 1 or 3 bands of 8-bit unsigned data, "
                               f"but IN_RASTER has {count} band(s) of {dtype}",
                               "Use TIFF or MRF, which keep every band and the data type")


def write_world_file(path, transform):
    """ESRI world file: 6 lines, 10 decimals, origin at the centre of the upper-left pixel."""
    centre = transform * Affine.translation(0.5, 0.5)
    values = (transform.a, transform.d, transform.b, transform.e, centre.c, centre.f)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("".join(f"{v:.10f}\n" for v in values))


def write_chip(path_stem, pixels, chip_format, transform, crs, nodata=None, colormap=None,
               png_zlevel=6):
    """Write ``pixels`` (bands, h, w) as ``<path_stem>.<ext>`` plus its world file; return the path.

    TIFF and MRF embed the CRS and NoData; PNG and JPEG get the CRS in a PAM ``.aux.xml`` sidecar,
    as ArcGIS writes them.
    """
    driver, ext, world_ext, options = CHIP_FORMATS[chip_format]
    options = dict(options)
    count, height, width = pixels.shape
    if chip_format == "TIFF" and width % 16 == 0 and height % 16 == 0:
        options.update(TILED="YES", BLOCKXSIZE=str(min(width, 128)), BLOCKYSIZE=str(min(height, 128)))
    if chip_format == "PNG":
        options["ZLEVEL"] = str(png_zlevel)
    keep_nodata = chip_format in ("TIFF", "MRF") and nodata is not None
    path = f"{path_stem}.{ext}"
    with MemoryFile() as memfile:
        with memfile.open(driver="MEM", width=width, height=height, count=count, dtype=pixels.dtype,
                          crs=crs, transform=transform,
                          nodata=nodata if keep_nodata else None) as mem:
            mem.write(pixels)
            if colormap and count == 1 and pixels.dtype == np.uint8:
                mem.write_colormap(1, colormap)
            rasterio.shutil.copy(mem, path, driver=driver, **options)
    write_world_file(f"{path_stem}.{world_ext}", transform)
    return path



# --- classification: model bands with context, tiled class rasters ----------------------------------

def band_labels(view):
    """(description, colour interpretation name) of every band of a view's raster, for resolving the
    band names a model definition may use (``ExtractBands: ["Red", "NearInfrared"]``)."""
    ds = view.dataset
    return tuple((ds.descriptions[b] or "", ds.colorinterp[b].name) for b in range(ds.count))


def read_context(view, bands, col_off, row_off, width, height):
    """Read the 0-based ``bands`` over a window of the view, including real pixels just outside it.

    Inference windows reach past the view's edge by their padding; where the raster itself goes on
    (an EXTENT inside the raster) those pixels are read as context, so that a prediction does not
    depend on where the view was cut. Only the part of the window inside the raster (or inside a
    resampled view) is read.

    Returns ``(pixels, valid, (dy, dx))``: ``pixels`` (len(bands), h, w) in the source data type,
    ``valid`` (h, w) bool — False where any of the bands is NoData or masked — and the offset of
    that part inside the requested window. ``h`` or ``w`` is 0 when the window misses the raster.
    """
    if view._vrt is not None:
        lo_c, lo_r, hi_c, hi_r = 0, 0, view.width, view.height
        base_c, base_r = 0, 0
    else:
        lo_c, lo_r = -view.col0, -view.row0
        hi_c, hi_r = view.dataset.width - view.col0, view.dataset.height - view.row0
        base_c, base_r = view.col0, view.row0
    c0, r0 = max(col_off, lo_c), max(row_off, lo_r)
    c1, r1 = min(col_off + width, hi_c), min(row_off + height, hi_r)
    count = len(bands)
    if c1 <= c0 or r1 <= r0:
        return (np.zeros((count, 0, 0), dtype=view.dtype), np.zeros((0, 0), dtype=bool),
                (0, 0))
    win = Window(base_c + c0, base_r + r0, c1 - c0, r1 - r0)
    indexes = [b + 1 for b in bands]
    pixels = view.reader.read(indexes, window=win)
    masks = view.reader.read_masks(indexes, window=win)
    valid = np.all(masks > 0, axis=0)
    return pixels, valid, (r0 - row_off, c0 - col_off)


def create_class_raster(path, width, height, dtype, crs, transform, nodata, colormap=None, block=256):
    """Create a single-band tiled, DEFLATE-compressed GeoTIFF for writing whole rows of blocks.

    ``colormap`` maps pixel values to RGBA tuples (class colours). Returns the open dataset; write
    with :func:`write_rows` and close it.
    """
    profile = dict(driver="GTiff", width=width, height=height, count=1, dtype=dtype, crs=crs,
                   transform=transform, nodata=nodata, tiled=True, blockxsize=block, blockysize=block,
                   compress="DEFLATE", num_threads="ALL_CPUS", bigtiff="IF_SAFER")
    if np.dtype(dtype).kind == "f":
        profile["predictor"] = 3
    try:
        dataset = rasterio.open(path, "w", **profile)
    except (RasterioError, OSError) as err:
        raise InvalidInput("OUT_CLASSIFIED_RASTER", f"cannot create {path!r} ({str(err).splitlines()[0]})",
                           "Choose a folder you can write to") from None
    if colormap:
        dataset.write_colormap(1, colormap)
    return dataset


def write_rows(dataset, rows, row_off):
    """Write a (rows, width) array into band 1 of ``dataset`` starting at row ``row_off``."""
    dataset.write(rows, 1, window=Window(0, row_off, rows.shape[1], rows.shape[0]))
