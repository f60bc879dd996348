"""The only module that opens and writes rasters: views of a source, windowed reads, chip files."""

import math
import os
import re
import threading
import time
import warnings
from contextlib import contextmanager

import numpy as np
import rasterio
import rasterio.env
import rasterio.shutil
from rasterio.crs import CRS
from rasterio.enums import MaskFlags, Resampling
from rasterio.errors import NotGeoreferencedWarning, RasterioError, RasterioIOError
from rasterio.io import MemoryFile
from rasterio.transform import Affine
from rasterio.vrt import WarpedVRT
from rasterio.warp import reproject
from rasterio.windows import Window

from .errors import InvalidInput, Phrase

# Rasters without georeference are handled on purpose (REFERENCE_SYSTEM=PIXEL_SPACE, UNGEOREFERENCED_
# TRANSFORM below), so rasterio's warning about them is noise. A filter, not catch_warnings(): chips
# are written on worker threads and catch_warnings is not thread-safe.
warnings.filterwarnings("ignore", category=NotGeoreferencedWarning)

# How QGIS places a raster without georeference: x = column, y = −row (so it is not upside down).
UNGEOREFERENCED_TRANSFORM = Affine(1.0, 0.0, 0.0, 0.0, -1.0, 0.0)
# Stand-in CRS for warping arrays between two pixel grids of one raster (an affine resampling).
_PIXEL_PLANE_CRS = CRS.from_epsg(3857)

# Chip format keyword → (GDAL driver, file extension, world-file extension, creation options).
CHIP_FORMATS = {
    "TIFF": ("GTiff", "tif", "tfw", {"COMPRESS": "LZW"}),
    "PNG": ("PNG", "png", "pgw", {}),
    "JPEG": ("JPEG", "jpg", "jgw", {"QUALITY": "90"}),
    "MRF": ("MRF", "mrf", "mfw", {"COMPRESS": "DEFLATE"}),
}


# A web source's transient failures (HTTP 408, 429, 5xx, time-outs, refused connections) are retried
# this many times (RETRY_ON_FAILURES, ArcGIS's retryOnFailures: 1 unless set) with back-off
# (RETRY_DELAY_S, doubled each time) before the run ends. GDAL's WMS driver does not retry the tiles it
# fetches in parallel; its disk cache keeps the tiles that did arrive, so a retry fetches only the rest.
WEB_RETRIES = 1
RETRY_DELAY_S = 0.5
_TRANSIENT_STATUS = {0, 408, 429, 500, 502, 503, 504}


def web_failure(text, path=None):
    """``(url, status, timed_out)`` of the failed web request GDAL's error ``text`` describes, else None.

    GDAL's WMS driver names the tile (``Unable to download block x, y``) and the service description it
    came from; the URL is rebuilt from that description (GDAL 3.6 prints the server's answer where the URL
    should be). GDAL 3.10 names the description by its file name only: it is looked for beside ``path``,
    the raster being read (a VRT that Pixelwise wrote next to it)."""
    match = re.search(r"HTTP (?:status |error )?code ?: ?(\d+)", text)
    status = int(match.group(1)) if match else 0
    lowered = text.lower()
    timed_out = "timed out" in lowered or "timeout" in lowered
    unreachable = any(k in lowered for k in ("couldn't connect", "could not connect", "connection refused"))
    if not (match or timed_out or unreachable or "GDALWMS" in text):
        return None
    url = None
    match = re.search(r"URL: (https?://[^\s,]+)", text)
    if match:
        url = match.group(1)
    else:
        tile = re.search(r"Unable to download block (\d+), (\d+)", text)
        xml = re.search(r"(\S+\.xml), band \d+", text)
        if xml:
            name = xml.group(1)
            if not os.path.isabs(name) and path and not os.path.exists(name):
                name = os.path.join(os.path.dirname(os.path.abspath(str(path))), name)
            url = _service_url(name, tile and (int(tile.group(1)), int(tile.group(2))))
    return url, status, timed_out


def _service_url(xml_path, tile):
    """The URL a GDAL WMS service description asks for ``tile`` (x, y), or its server URL."""
    from lxml import etree

    try:
        root = etree.parse(xml_path).getroot()
    except (OSError, etree.XMLSyntaxError):
        return None
    server = root.findtext("Service/ServerUrl") or root.findtext("GetCapabilitiesUrl") or root.findtext(
        "ServiceURL")
    if not server or tile is None or root.find("Service") is None:
        return server
    level = root.findtext("DataWindow/TileLevel")
    if level is None:
        return server
    z, (x, y) = int(level), tile
    if root.findtext("DataWindow/YOrigin") == "bottom":
        y = 2 ** z - 1 - y
    quadkey = "".join(str(((x >> i) & 1) + 2 * ((y >> i) & 1)) for i in range(z - 1, -1, -1))
    return (server.replace("${x}", str(x)).replace("${y}", str(y)).replace("${z}", str(z))
            .replace("${quadkey}", quadkey))


def error_text(err):
    """The text of ``err`` and of the GDAL errors behind it: rasterio 1.4 raises "Read failed. See previous
    exception for details." and chains GDAL's own message as the cause."""
    texts, seen = [], set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        texts.append(str(err))
        err = err.__cause__ or err.__context__
    return " | ".join(t for t in texts if t)


def _read_failed(path, parameter, err, tries=1):
    """The one-line error for a failed read of ``path``: a web service's URL and status, or a damaged file."""
    text = error_text(err)
    web = web_failure(text, path)
    if web is not None:
        url, status, timed_out = web
        what = (Phrase("did not answer in time") if timed_out else
                Phrase("could not be reached") if status == 0 else None)
        if what is None:
            return InvalidInput(parameter,
                                "the web service answered HTTP {status} for {url} (attempts: {tries})",
                                "Check that the service is up and that EXTENT lies inside its coverage",
                                status=status, url=url or Phrase("its URL"), tries=tries)
        return InvalidInput(parameter, "the web service {what}: {url} (attempts: {tries})",
                            "Check the network and the service; QGIS's network timeout (Settings > Options > "
                            "Network) applies", what=what, url=url or Phrase("its URL"), tries=tries)
    detail = str(err).split(": ")[-1].strip() or type(err).__name__
    return InvalidInput(parameter, "reading {name} failed ({detail}): the file is "
                        "truncated or damaged", "Re-create or re-download it; 'gdalinfo -checksum' "
                        "shows whether every block can be read",
                        name=os.path.basename(str(path)), detail=detail)


@contextmanager
def reading(path, parameter):
    """Turn a failed read of ``path`` (a truncated or damaged file, a failing server) into a one-line
    error."""
    try:
        yield
    except (RasterioError, RasterioIOError) as err:  # RasterioIOError is an OSError, not a RasterioError
        raise _read_failed(path, parameter, err) from None


def read_retried(path, parameter, read, retries=None):
    """``read()``, retried with back-off while it fails the way a busy web service does: each failing
    request (tile URL) up to ``retries`` times (:data:`WEB_RETRIES` when None). A read spanning several
    tiles may meet a different busy tile on each attempt (GDAL 3.10's WMS driver stops at the first
    failure, GDAL 3.6's fetches them all): each tile has its own count. Any other failure, or a tile's
    last, is a one-line error."""
    retries = WEB_RETRIES if retries is None else retries
    failures = {}
    while True:
        try:
            return read()
        except (RasterioError, RasterioIOError) as err:
            web = web_failure(error_text(err), path)
            transient = web is not None and (web[1] in _TRANSIENT_STATUS or web[2])
            key = web[0] if web is not None else None
            failures[key] = failures.get(key, 0) + 1
            if not transient or failures[key] > retries:
                raise _read_failed(path, parameter, err, failures[key]) from None
            time.sleep(RETRY_DELAY_S * 2 ** (failures[key] - 1))


def format_bounds(bounds):
    """(xmin, ymin, xmax, ymax) as readable text for messages, whatever the CRS units."""
    return ", ".join(f"{v:.10g}" for v in bounds)


def open_raster(path, parameter="IN_RASTER"):
    """Open a raster for reading or raise :class:`InvalidInput` naming ``parameter``."""
    try:
        return rasterio.open(path)
    except (RasterioError, OSError) as err:
        first_line = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise InvalidInput(parameter, "cannot open {path!r} as a raster ({first_line})",
                           "Choose a raster file GDAL can read", path=path, first_line=first_line) from None


def parse_crs(value, parameter):
    """A rasterio CRS from WKT/authority text, or ``None`` for no CRS."""
    if value in (None, ""):
        return None
    try:
        return CRS.from_user_input(value)
    except Exception:  # rasterio raises CRSError and, for odd input, plain errors
        raise InvalidInput(parameter, "its CRS is not understood ({value})",
                           "Assign a valid CRS to the layer", value=str(value)[:60]) from None


# GDAL keeps every block it reads in one process-wide cache, 5 % of RAM by default (1.2 GB here): a run
# over a large raster would grow to that size whatever its tiles and batches. Runs cap it at this
# (enough for the rows of blocks that overlapping chips and windows read again).
BLOCK_CACHE_BYTES = 128 * 2**20
_cache_lock = threading.Lock()
_cache_state = {"runs": 0, "host": None}


@contextmanager
def bounded_block_cache(limit=BLOCK_CACHE_BYTES):
    """Cap GDAL's block cache at ``limit`` bytes while a run (or several at once) reads rasters; the
    host's own setting (QGIS's) is put back when the last run ends. Also usable as a decorator."""
    with _cache_lock:
        if _cache_state["runs"] == 0:
            host = int(rasterio.env.get_gdal_config("GDAL_CACHEMAX", normalize=False) or 0)
            _cache_state["host"] = host
            if not host or host > limit:
                rasterio.env.set_gdal_config("GDAL_CACHEMAX", int(limit))
        _cache_state["runs"] += 1
    try:
        yield
    finally:
        with _cache_lock:
            _cache_state["runs"] -= 1
            if _cache_state["runs"] == 0 and _cache_state["host"]:
                rasterio.env.set_gdal_config("GDAL_CACHEMAX", _cache_state["host"])


_thread_env = threading.local()


def hold_gdal_env():
    """Keep a rasterio (GDAL) environment open on the calling thread for the rest of its life. Without
    one, rasterio starts and stops an environment around every open and copy, about 1 ms each, the
    largest cost of writing a small chip after the encoding itself. A thread pool's initializer."""
    if getattr(_thread_env, "env", None) is None and not rasterio.env.hasenv():
        env = rasterio.Env()
        env.__enter__()
        _thread_env.env = env


def _copy():
    """``rasterio.shutil.copy``; on a thread that holds an environment (:func:`hold_gdal_env`), without
    the wrapper that would set up a fresh one around the call and start another after it."""
    if rasterio.env.hasenv():
        return getattr(rasterio.shutil.copy, "__wrapped__", rasterio.shutil.copy)
    return rasterio.shutil.copy


def all_valid(reader, indexes=None):
    """True when GDAL reports every pixel of these bands (1-based; None = all) valid: no NoData value,
    alpha, mask band or .msk, so their masks (and the dataset mask) are 255 everywhere."""
    flags = reader.mask_flag_enums
    chosen = flags if indexes is None else [flags[i - 1] for i in indexes]
    return all(list(f) == [MaskFlags.all_valid] for f in chosen)


class SourceView:
    """The pixels an export or classification reads: a raster, cropped to an extent and optionally
    resampled to another cell size. Coordinates of windows are in the view's own pixel grid.

    ``extent`` (xmin, ymin, xmax, ymax, in the raster's CRS) is snapped outwards to whole source
    pixels. With ``cell_size`` > 0 the view is a warped view with that square cell size,
    resampled with ``resampling`` (bilinear for imagery, nearest for class rasters).

    ``grid`` (an :class:`~.environment.Grid`: CRS, transform, size) gives the view's grid instead of
    ``extent`` and ``cell_size``: read directly where it is a window of the raster's own pixels, else
    warped onto it (pixels it takes from outside the raster are invalid). ``retries``: how often a
    transient web failure of a read is retried (see :func:`read_retried`).
    """

    def __init__(self, path, extent=None, cell_size=0.0, resampling=Resampling.bilinear,
                 parameter="IN_RASTER", retries=None, grid=None):
        self.path = path
        self.parameter = parameter
        self.retries = retries
        self.dataset = open_raster(path, parameter)
        ds = self.dataset
        self._vrt = None
        self._crs = ds.crs
        if cell_size is not None and cell_size < 0:
            raise InvalidInput("CELL_SIZE", "must be 0 (the raster's own) or positive (got {cell_size})",
                               "Set a positive cell size in the raster's CRS units, or 0",
                               cell_size=cell_size)
        if ds.count < 1:
            raise InvalidInput(parameter, "the raster has no bands", "Choose a raster with at least one band")
        col0, row0, width, height = 0, 0, ds.width, ds.height
        self.georeferenced = not (ds.transform.is_identity and not ds.gcps[0])
        self.source_transform = ds.transform if self.georeferenced else UNGEOREFERENCED_TRANSFORM
        if cell_size and not self.georeferenced:
            raise InvalidInput("CELL_SIZE", "cannot resample a raster without georeference",
                               "Leave CELL_SIZE at 0 for this raster")
        if grid is not None:
            self._on_grid(grid, resampling)
            return
        if extent is not None:
            col0, row0, width, height = self._extent_window(extent)
        base_transform = self.source_transform * Affine.translation(col0, row0)
        if cell_size:
            bounds = rasterio.transform.array_bounds(height, width, base_transform)
            west, south, east, north = bounds[0], bounds[1], bounds[2], bounds[3]
            width = max(1, int(math.ceil((east - west) / cell_size - 1e-9)))
            height = max(1, int(math.ceil((north - south) / cell_size - 1e-9)))
            transform = Affine(cell_size, 0, west, 0, -cell_size, north)
            self._vrt = WarpedVRT(ds, crs=ds.crs, transform=transform, width=width, height=height,
                                  resampling=resampling, add_alpha=_needs_alpha(ds))
            self.reader, self.col0, self.row0 = self._vrt, 0, 0
            self.transform = transform
        else:
            self.reader, self.col0, self.row0 = ds, col0, row0
            self.transform = base_transform
        self.width, self.height = width, height
        self.all_valid = all_valid(self.reader)  # fixed for the life of the reader: asked once, not per chip

    def _on_grid(self, grid, resampling):
        ds = self.dataset
        self.width, self.height, self.transform, self._crs = grid.width, grid.height, grid.transform, grid.crs
        window = _pixel_window(ds, grid)
        if window is not None:
            self.reader, self.col0, self.row0 = ds, window[0], window[1]
        else:
            # An alpha band marks what lies outside the raster, unless NoData or alpha already do.
            outside = ds.nodata is None and MaskFlags.alpha not in ds.mask_flag_enums[0]
            self._vrt = WarpedVRT(ds, crs=grid.crs, transform=grid.transform, width=grid.width,
                                  height=grid.height, resampling=resampling,
                                  add_alpha=outside or _needs_alpha(ds))
            self.reader, self.col0, self.row0 = self._vrt, 0, 0
        self.all_valid = all_valid(self.reader)

    def _extent_window(self, extent):
        ds = self.dataset
        xmin, ymin, xmax, ymax = extent
        if not (xmax > xmin and ymax > ymin):
            raise InvalidInput("EXTENT", "is empty ({xmin}, {ymin}, {xmax}, {ymax})",
                               "Give xmin < xmax and ymin < ymax, or leave it unset",
                               xmin=xmin, ymin=ymin, xmax=xmax, ymax=ymax)
        inv = ~self.source_transform
        cols, rows = zip(*(inv * (x, y) for x in (xmin, xmax) for y in (ymin, ymax)), strict=False)
        c0 = max(0, int(math.floor(min(cols) + 1e-9)))
        r0 = max(0, int(math.floor(min(rows) + 1e-9)))
        c1 = min(ds.width, int(math.ceil(max(cols) - 1e-9)))
        r1 = min(ds.height, int(math.ceil(max(rows) - 1e-9)))
        if c1 <= c0 or r1 <= r0:
            b = rasterio.transform.array_bounds(ds.height, ds.width, self.source_transform)
            b = (b[0], b[1], b[2], b[3])
            raise InvalidInput("EXTENT", "does not overlap IN_RASTER (extent {extent}; "
                               "raster {b})",
                               "Give an extent inside the raster, in the raster's CRS, or leave it unset",
                               extent=format_bounds(extent), b=format_bounds(b))
        return c0, r0, c1 - c0, r1 - r0

    # --- properties shared by callers -------------------------------------------------------
    @property
    def crs(self):
        return self._crs

    @property
    def count(self):
        return self.dataset.count

    @property
    def band_indexes(self):
        """The raster's bands (1-based), without an alpha band a resampled view adds for its mask."""
        return list(range(1, self.dataset.count + 1))

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
        c0, r0 = max(col_off, 0), max(row_off, 0)
        c1, r1 = min(col_off + width, self.width), min(row_off + height, self.height)
        inside = (c0, r0, c1, r1) == (col_off, row_off, col_off + width, row_off + height)
        if inside and self.all_valid:
            # The usual chip: wholly inside a raster without NoData, alpha or mask, so every pixel is
            # valid (dataset_mask would be 255 throughout) and the read needs no fill and no copy.
            window = Window(self.col0 + c0, self.row0 + r0, width, height)
            pixels = read_retried(self.path, self.parameter,
                                  lambda: self.reader.read(self.band_indexes, window=window), self.retries)
            return pixels, np.ones((height, width), dtype=bool)
        pixels = np.full((self.count, height, width), self.fill_value, dtype=self.dtype)
        valid = np.zeros((height, width), dtype=bool)
        if c1 > c0 and r1 > r0:
            win = Window(self.col0 + c0, self.row0 + r0, c1 - c0, r1 - r0)
            ys, xs = slice(r0 - row_off, r1 - row_off), slice(c0 - col_off, c1 - col_off)
            pixels[:, ys, xs], valid[ys, xs] = read_retried(
                self.path, self.parameter,
                lambda: (self.reader.read(self.band_indexes, window=win),
                         self.reader.dataset_mask(window=win) > 0), self.retries)
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

    def companion(self, path, parameter, resampling=Resampling.bilinear):
        """Another image (all bands) read on this view's grid: the same windows give the same ground.

        A raster on the same grid as this view's raster is read directly; any other is warped onto
        the view's grid with ``resampling``.
        """
        return _CompanionView(self, path, parameter, resampling)

    def read_chip(self, to_view, width, height, resampling=Resampling.bilinear):
        """Read a chip whose pixel grid maps to this view's pixels through the affine ``to_view``.

        A whole-pixel translation is a plain windowed read; any other grid (a rotated chip) is
        resampled from a window of real pixels around it, so the chip holds data wherever the view
        does. Returns ``(pixels, valid)`` like :meth:`read`.
        """
        return sample_chip(self.read, to_view, width, height, self.count, self.dtype, self.fill_value,
                           resampling)

    def close(self):
        if self._vrt is not None:
            self._vrt.close()
        self.dataset.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _pixel_window(dataset, grid, tolerance=1e-6):
    """``(col0, row0)`` when ``grid`` is a window of ``dataset``'s own pixels (same CRS and cell size,
    whole-pixel offset, inside the raster), else None."""
    src = dataset.transform
    if dataset.crs != grid.crs or src.b or src.d or grid.transform.b or grid.transform.d:
        return None
    if abs(src.a - grid.transform.a) > tolerance * abs(src.a) or \
            abs(src.e - grid.transform.e) > tolerance * abs(src.e):
        return None
    col, row = ~src * (grid.transform.c, grid.transform.f)
    if abs(col - round(col)) > tolerance or abs(row - round(row)) > tolerance:
        return None
    col, row = int(round(col)), int(round(row))
    if col < 0 or row < 0 or col + grid.width > dataset.width or row + grid.height > dataset.height:
        return None
    return col, row


def _needs_alpha(dataset):
    """True when a warped view of ``dataset`` needs an alpha band to keep its mask: GDAL's warper honours a
    per-dataset mask (a .msk, an internal mask) but writes no mask of its own, so masked pixels would come
    out as valid zeros. NoData values and alpha bands carry through the warp by themselves."""
    if dataset.nodata is not None or MaskFlags.alpha in dataset.mask_flag_enums[0]:
        return False
    return any(MaskFlags.per_dataset in flags for flags in dataset.mask_flag_enums)


def _whole_translation(to_view):
    a, b, c, d, e, f = to_view[:6]
    if a == 1 and b == 0 and d == 0 and e == 1 and float(c).is_integer() and float(f).is_integer():
        return int(c), int(f)
    return None


def sample_chip(read, to_view, width, height, count, dtype, fill, resampling):
    """Pixels of a chip grid (``to_view``: chip pixel → view pixel) from a window reader ``read``.

    ``read(col_off, row_off, width, height)`` returns ``(pixels, valid)``; pixels the chip takes
    from outside the view, or from invalid pixels, are invalid in the result and hold ``fill``.
    """
    offset = _whole_translation(to_view)
    if offset is not None:
        return read(offset[0], offset[1], width, height)
    corners = [to_view * (x, y) for x in (0, width) for y in (0, height)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    c0, r0 = int(math.floor(min(xs))) - 2, int(math.floor(min(ys))) - 2
    c1, r1 = int(math.ceil(max(xs))) + 2, int(math.ceil(max(ys))) + 2
    src, src_valid = read(c0, r0, c1 - c0, r1 - r0)
    src_transform = Affine.translation(c0, r0)
    dst = np.full((count, height, width), fill, dtype=dtype)
    valid = np.zeros((height, width), dtype=np.uint8)
    # GDAL guesses the resampling scale from the source window, which a rotated chip inflates (by
    # |cos| + |sin|): bilinear then blurs like a downsampling. Give it the true scale of the grid.
    common = dict(src_transform=src_transform, src_crs=_PIXEL_PLANE_CRS, dst_transform=to_view,
                  dst_crs=_PIXEL_PLANE_CRS, XSCALE=repr(1.0 / math.hypot(to_view.a, to_view.d)),
                  YSCALE=repr(1.0 / math.hypot(to_view.b, to_view.e)))
    reproject(src_valid.astype(np.uint8), valid, resampling=Resampling.nearest, src_nodata=None,
              dst_nodata=None, **common)
    valid = valid > 0
    source = np.where(src_valid[None], src, fill).astype(dtype, copy=False)
    # With every source pixel valid no NoData is given at all: GDAL 3.13's warper moves a valid output
    # pixel that equals the destination NoData to the next value (0 → 1), which would relabel class 0.
    nodata = fill if not src_valid.all() else None
    reproject(source, dst, resampling=resampling, src_nodata=nodata, dst_nodata=nodata, **common)
    dst[:, ~valid] = fill
    return dst, valid


class _CompanionView(SourceView):
    """A second image on the grid of a :class:`SourceView` (see :meth:`SourceView.companion`)."""

    def __init__(self, view, path, parameter, resampling):  # noqa: D107  (no SourceView.__init__)
        self.path = path
        self.parameter = parameter
        self.retries = view.retries
        self.dataset = open_raster(path, parameter)
        other = self.dataset
        self._vrt = None
        self._crs = view.crs
        self.georeferenced = view.georeferenced
        self.width, self.height, self.transform = view.width, view.height, view.transform
        same_grid = (other.transform == view.dataset.transform and other.crs == view.crs
                     and other.width == view.dataset.width and other.height == view.dataset.height
                     and view._vrt is None)
        if same_grid:
            self.reader, self.col0, self.row0 = other, view.col0, view.row0
        else:
            if other.crs is None or view.crs is None:
                other.close()
                raise InvalidInput(parameter, "is not on the grid of IN_RASTER and the two rasters lack a "
                                   "CRS, so they cannot be aligned",
                                   "Give both rasters a CRS, or the same grid")
            self._vrt = WarpedVRT(other, crs=view.crs, transform=view.transform, width=view.width,
                                  height=view.height, resampling=resampling, add_alpha=_needs_alpha(other))
            self.reader, self.col0, self.row0 = self._vrt, 0, 0
        self.all_valid = all_valid(self.reader)


def mosaic_vrt(paths, parameter="IN_RASTER"):
    """VRT XML mosaicking rasters of one CRS, band count and data type at the finest cell size
    (later rasters on top), for ``PROCESS_AS_MOSAICKED_IMAGE``."""
    from lxml import etree

    infos = []
    for path in paths:
        with open_raster(path, parameter) as ds:
            infos.append((path, ds.crs, ds.count, ds.dtypes[0], ds.transform, ds.width, ds.height, ds.nodata,
                          ds.block_shapes[0]))
    first = infos[0]
    for info in infos[1:]:
        for what, k in ((Phrase("CRS"), 1), (Phrase("band count"), 2), (Phrase("data type"), 3)):
            if info[k] != first[k]:
                raise InvalidInput(parameter, "{name} has another {what} than {first_name} ({value} vs "
                                   "{first_value}), so they cannot be mosaicked",
                                   "Use PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY, or make the rasters alike "
                                   "first", name=os.path.basename(info[0]), what=what,
                                   first_name=os.path.basename(first[0]), value=info[k], first_value=first[k])
        if info[4].b or info[4].d:
            raise InvalidInput(parameter, "{name} is rotated", "Warp it north-up first",
                               name=os.path.basename(info[0]))
    if first[1] is None:
        raise InvalidInput(parameter, "the rasters have no CRS, so they cannot be placed in one mosaic",
                           "Assign them their CRS, or use PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY")
    res_x = min(abs(i[4].a) for i in infos)
    res_y = min(abs(i[4].e) for i in infos)
    bounds = [rasterio.transform.array_bounds(i[6], i[5], i[4]) for i in infos]
    west, south = min(b[0] for b in bounds), min(b[1] for b in bounds)
    east, north = max(b[2] for b in bounds), max(b[3] for b in bounds)
    width = max(1, int(round((east - west) / res_x)))
    height = max(1, int(round((north - south) / res_y)))
    root = etree.Element("VRTDataset", rasterXSize=str(width), rasterYSize=str(height))
    etree.SubElement(root, "SRS").text = first[1].to_wkt()
    etree.SubElement(root, "GeoTransform").text = f"{west!r}, {res_x!r}, 0, {north!r}, 0, {-res_y!r}"
    gdal_type = {"uint8": "Byte", "int8": "Int8", "uint16": "UInt16", "int16": "Int16", "uint32": "UInt32",
                 "int32": "Int32", "float32": "Float32", "float64": "Float64"}[first[3]]
    for band in range(1, first[2] + 1):
        vb = etree.SubElement(root, "VRTRasterBand", dataType=gdal_type, band=str(band))
        if first[7] is not None:
            etree.SubElement(vb, "NoDataValue").text = repr(first[7])
        for path, _crs, _n, _dt, tr, w, h, nodata, _block in infos:
            src = etree.SubElement(vb, "ComplexSource" if nodata is not None else "SimpleSource",
                                   resampling="bilinear")
            etree.SubElement(src, "SourceFilename", relativeToVRT="0").text = os.path.abspath(path)
            etree.SubElement(src, "SourceBand").text = str(band)
            etree.SubElement(src, "SrcRect", xOff="0", yOff="0", xSize=str(w), ySize=str(h))
            etree.SubElement(src, "DstRect", xOff=repr((tr.c - west) / res_x),
                             yOff=repr((north - tr.f) / res_y), xSize=repr(w * abs(tr.a) / res_x),
                             ySize=repr(h * abs(tr.e) / res_y))
            if nodata is not None:
                etree.SubElement(src, "NODATA").text = repr(nodata)
    return etree.tostring(root, encoding="unicode")


class _AlignedView:
    """A second raster read on the grid of a :class:`SourceView` (band 1 only)."""

    def __init__(self, dataset, reader, col0, row0, width, height):
        self.dataset, self.reader = dataset, reader
        self.col0, self.row0, self.width, self.height = col0, row0, width, height
        self.all_valid = all_valid(reader, (1,))

    def read_band(self, col_off, row_off, width, height, fill=0):
        """Band 1 of a window; NoData and pixels past the edge become ``fill``."""
        out = np.full((height, width), fill, dtype=self.dataset.dtypes[0])
        c0, r0 = max(col_off, 0), max(row_off, 0)
        c1, r1 = min(col_off + width, self.width), min(row_off + height, self.height)
        if c1 > c0 and r1 > r0:
            win = Window(self.col0 + c0, self.row0 + r0, c1 - c0, r1 - r0)
            data, mask = read_retried(
                self.dataset.name, "IN_CLASS_DATA",
                lambda: (self.reader.read(1, window=win),
                         None if self.all_valid else self.reader.read_masks(1, window=win) > 0))
            ys, xs = slice(r0 - row_off, r1 - row_off), slice(c0 - col_off, c1 - col_off)
            out[ys, xs] = data if mask is None else np.where(mask, data, fill)
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
        raise InvalidInput("IMAGE_CHIP_FORMAT", "unknown format {chip_format!r}",
                           "Use one of {chip_formats}",
                           chip_format=chip_format, chip_formats=', '.join(CHIP_FORMATS))
    if chip_format == "PNG":
        if count not in (1, 3) or dtype not in ("uint8", "uint16"):
            raise InvalidInput("IMAGE_CHIP_FORMAT", "PNG holds 1 or 3 bands of 8- or 16-bit unsigned data, "
                               "but IN_RASTER has {count} band(s) of {dtype}",
                               "Use TIFF or MRF, which keep every band and the data type",
                               count=count, dtype=dtype)
    if chip_format == "JPEG":
        if count not in (1, 3) or dtype != "uint8":
            raise InvalidInput("IMAGE_CHIP_FORMAT", "JPEG holds 1 or 3 bands of 8-bit unsigned data, "
                               "but IN_RASTER has {count} band(s) of {dtype}",
                               "Use TIFF or MRF, which keep every band and the data type",
                               count=count, dtype=dtype)


def write_world_file(path, transform):
    """ESRI world file: 6 lines, 10 decimals, origin at the centre of the upper-left pixel."""
    centre = transform * Affine.translation(0.5, 0.5)
    values = (transform.a, transform.d, transform.b, transform.e, centre.c, centre.f)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("".join(f"{v:.10f}\n" for v in values))


_MEM_KEPT = 4  # MEM datasets an encode thread keeps, one per chip shape (image and label chips differ)


@contextmanager
def _mem_dataset(width, height, count, dtype, crs, nodata, transform, with_colormap):
    """A MEM dataset for one chip, made with ``transform``; the caller sets the chip's own transform and
    fills every pixel.

    A thread that holds a GDAL environment (an encode thread of a run, see :func:`hold_gdal_env`) keeps
    a few, one per kind of chip, and hands the same one out again: opening one costs about as much CPU
    as a small chip's statistics. They go with the thread at the end of the run. Any other thread gets
    a fresh one each time.
    """
    profile = dict(width=width, height=height, count=count, dtype=dtype, crs=crs, nodata=nodata,
                   transform=transform)
    if getattr(_thread_env, "env", None) is None:
        with MemoryFile() as memfile, memfile.open(driver="MEM", **profile) as mem:
            yield mem
        return
    kept = _thread_env.__dict__.setdefault("mem", {})
    key = (width, height, count, np.dtype(dtype).str, crs, repr(nodata), transform is None, with_colormap)
    if key not in kept:
        if len(kept) >= _MEM_KEPT:
            memfile, dataset = kept.pop(next(iter(kept)))
            dataset.close()
            memfile.close()
        memfile = MemoryFile()
        kept[key] = (memfile, memfile.open(driver="MEM", **profile))
    yield kept[key][1]


def write_chip(path_stem, pixels, chip_format, transform, crs, nodata=None, colormap=None,
               png_zlevel=1):
    """Write ``pixels`` (bands, h, w) as ``<path_stem>.<ext>`` plus its world file; return the path.

    TIFF and MRF embed the CRS and NoData; PNG and JPEG get the CRS in a PAM ``.aux.xml`` sidecar,
    as ArcGIS writes them. With ``transform`` None (pixel space) the chip has no georeference and
    no world file.
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
    colormap = colormap if colormap and count == 1 and pixels.dtype == np.uint8 else None
    # A copy of a MEM dataset, even for GTiff: writing the file directly takes less CPU, but GTiff
    # encodes when the dataset closes and rasterio closes with the GIL held, so encode threads would
    # take turns; CreateCopy encodes with the GIL released.
    with _mem_dataset(width, height, count, pixels.dtype, crs, nodata if keep_nodata else None,
                      transform, colormap is not None) as mem:
        if transform is not None:
            mem.transform = transform
        mem.write(pixels)
        if colormap:
            mem.write_colormap(1, colormap)
        _copy()(mem, path, driver=driver, **options)
    if transform is not None:
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

    def read():
        pixels = view.reader.read(indexes, window=win)
        if all_valid(view.reader, indexes):
            return pixels, np.ones(pixels.shape[1:], dtype=bool)
        return pixels, np.all(view.reader.read_masks(indexes, window=win) > 0, axis=0)

    pixels, valid = read_retried(view.path, view.parameter, read, view.retries)
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
        raise InvalidInput("OUT_CLASSIFIED_RASTER", "cannot create {path!r} ({detail})",
                           "Choose a folder you can write to",
                           path=path, detail=str(err).splitlines()[0]) from None
    if colormap:
        dataset.write_colormap(1, colormap)
    return dataset


def check_complete(path):
    """Raise :class:`RasterioIOError` unless the GeoTIFF at ``path`` opens and each of its blocks lies
    inside the file. GDAL compresses and writes blocks as late as closing, where rasterio reports no
    failure: with GDAL 3.13 a full disk leaves a truncated file and no error. Reads no pixels."""
    size = os.path.getsize(path)
    try:
        with rasterio.open(path) as dataset:
            block_h, block_w = dataset.block_shapes[0]
            bands = dataset.indexes if dataset.interleaving is None or \
                dataset.interleaving.name == "BAND" else [1]
            for band in bands:
                for y in range(-(-dataset.height // block_h)):
                    for x in range(-(-dataset.width // block_w)):
                        offset = dataset.get_tag_item(f"BLOCK_OFFSET_{x}_{y}", "TIFF", bidx=band)
                        length = dataset.get_tag_item(f"BLOCK_SIZE_{x}_{y}", "TIFF", bidx=band)
                        if not offset or not length or int(offset) + int(length) > size:
                            raise RasterioIOError(f"block {x},{y} of band {band} is missing from {path}")
    except RasterioIOError:
        raise
    except RasterioError as err:
        raise RasterioIOError(f"{path} is incomplete ({err})") from None


def write_rows(dataset, rows, row_off):
    """Write a (rows, width) array into band 1 of ``dataset`` starting at row ``row_off``."""
    dataset.write(rows, 1, window=Window(0, row_off, rows.shape[1], rows.shape[0]))
