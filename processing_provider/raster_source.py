"""How a QGIS raster layer becomes something the engine reads: the one raster-source module.

The engine opens rasters with rasterio (GDAL) by name and knows nothing of QGIS. Every raster
parameter of every algorithm goes through :class:`RasterSources`, which gives the engine a name GDAL
opens:

- GDAL-provider layers: the file or GDAL name; ``|layername=`` becomes the GeoPackage raster's GDAL
  name, ``|option:`` open options are kept in a small VRT (GDAL records them in its sources).
- Web layers (the ``wms`` provider's XYZ, WMS and WMTS, ``arcgismapserver``): a GDAL service
  description (the WMS driver's TMS, VirtualEarth, WMS and AGS mini-drivers, the WMTS driver), written
  with lxml and warped onto the requested grid, a VRT: GDAL then fetches the tiles a window needs, a
  few at a time, with its disk cache under QGIS's cache folder. Web images become R, G, B bands with
  the alpha band as the validity mask.
- Anything else (WCS, credentials from a QGIS authentication configuration, PostGIS rasters, virtual
  rasters, providers GDAL cannot reach): the requested extent is read through QGIS
  (``QgsRasterDataProvider.block``) strip by strip into a temporary GeoTIFF, with progress and cancel.

A web layer has no extent or cell size of its own: ``EXTENT`` is required, ``CELL_SIZE`` picks the zoom
level (default: the finest the service offers), and a request of more than ``WEB_TILE_LIMIT`` tiles is
refused before the first one is fetched.
"""

import math
import os
import tempfile
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from lxml import etree
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsProviderRegistry,
    QgsRectangle,
    QgsSettings,
)

from ..engine.errors import InvalidInput
from .compat import RASTER_CAPABILITY_SIZE

# A request of more tiles than this stops before the first is fetched (WEB_TILE_LIMIT raises it; 0: none).
DEFAULT_TILE_LIMIT = 50000
# Requests to one server at a time (GDAL's MaxConnections), and tile size of services without tiles.
MAX_CONNECTIONS = 4
REQUEST_BLOCK = 512
# Web Mercator: the XYZ tile grid of zoom 0 is one tile of this half-width, centred on 0, 0.
MERCATOR_HALF = 20037508.342789244
# QGIS's XYZ layers default to these zoom levels when the URI does not say.
XYZ_ZMIN, XYZ_ZMAX = 0, 18
# Rows read through QGIS per request when a layer is copied (memory: rows × width × bands).
COPY_ROWS = 256

# Qgis.DataType: the pixel types a copy through QGIS keeps (named as GDAL names them), and QGIS's packed
# colours (web layers read through QGIS), which become R, G, B and alpha.
_DATA_TYPES = getattr(Qgis, "DataType", None)
_GDAL_NAMED = ("Byte", "UInt16", "Int16", "UInt32", "Int32", "Float32", "Float64")
_ARGB = tuple(getattr(_DATA_TYPES, name) for name in ("ARGB32", "ARGB32_Premultiplied")
              if _DATA_TYPES is not None and hasattr(_DATA_TYPES, name))


@dataclass(frozen=True)
class EngineRaster:
    """What the engine is handed for one raster parameter."""

    path: str              # a name rasterio opens
    extent: tuple = None   # (xmin, ymin, xmax, ymax) for the engine, None: the whole of ``path``
    cell_size: float = 0.0  # for the engine; 0: ``path``'s own


@dataclass(frozen=True)
class _Grid:
    """A pixel grid: origin at the upper left; cells square (web requests) unless ``cell_y`` is given."""

    west: float
    north: float
    cell: float
    width: int
    height: int
    cell_y: float = None

    @property
    def dy(self):
        return self.cell_y or self.cell

    @property
    def bounds(self):
        return (self.west, self.north - self.height * self.dy, self.west + self.width * self.cell, self.north)


def _grid(extent, cell):
    xmin, ymin, xmax, ymax = extent
    width = max(1, int(math.ceil((xmax - xmin) / cell - 1e-9)))
    height = max(1, int(math.ceil((ymax - ymin) / cell - 1e-9)))
    return _Grid(xmin, ymax, cell, width, height)


def web_cache_folder():
    """GDAL's tile cache for web layers: ``pixelwise-tiles`` in QGIS's network cache folder."""
    base = QgsSettings().value("cache/directory", "") or os.path.join(QgsApplication.qgisSettingsDirPath(),
                                                                       "cache")
    return os.path.join(base, "pixelwise-tiles")


def network_timeout_s():
    """QGIS's network timeout (Settings ▸ Options ▸ Network), in whole seconds for GDAL."""
    try:
        ms = int(QgsSettings().value("qgis/networkAndProxy/networkTimeout", 60000))
    except (TypeError, ValueError):
        ms = 60000
    return max(1, int(math.ceil(ms / 1000.0)))


def user_agent():
    """The user agent QGIS sends, so that servers see QGIS (and Pixelwise) asking."""
    base = QgsSettings().value("qgis/networkAndProxy/userAgent", "Mozilla/5.0") or "Mozilla/5.0"
    return f"{base} QGIS/{Qgis.QGIS_VERSION_INT} Pixelwise"


def _gdal():
    from osgeo import gdal

    return gdal


@contextmanager
def _gdal_exceptions():
    """GDAL's Python errors as exceptions while sources are prepared, and the host's choice after."""
    gdal = _gdal()
    before = gdal.GetUseExceptions()
    gdal.UseExceptions()
    try:
        yield
    finally:
        if not before:
            gdal.DontUseExceptions()


class RasterSources:
    """Turns the raster layers of one run into :class:`EngineRaster` values. Files it writes (service
    descriptions, VRTs, copies) live in ``folder`` for the run."""

    def __init__(self, folder=None, tile_limit=DEFAULT_TILE_LIMIT, feedback=None):
        self.folder = folder  # made on the first file written: a run on plain files writes none
        self.tile_limit = tile_limit
        self.feedback = feedback

    # --- entry point ----------------------------------------------------------------------------
    def engine_raster(self, layer, parameter, extent=None, cell_size=0.0):
        """``layer`` (a QgsRasterLayer) as the engine reads it. ``extent`` (xmin, ymin, xmax, ymax in
        the layer's CRS) and ``cell_size`` are the request; for a file they are passed on to the engine,
        for a web layer they define the grid the returned VRT already has."""
        with _gdal_exceptions():
            return self._engine_raster(layer, parameter, extent, cell_size)

    def _engine_raster(self, layer, parameter, extent, cell_size):
        provider = layer.providerType()
        source = layer.source()
        if provider == "gdal":
            return self._gdal_layer(layer, source, parameter, extent, cell_size)
        if provider == "wms":
            uri = QgsDataSourceUri()
            uri.setEncodedUri(source)
            if uri.hasParam("authcfg") and uri.param("authcfg"):
                return self._through_qgis(layer, parameter, extent, cell_size, web=True)
            if uri.param("type") == "xyz":
                return self._xyz(layer, uri, parameter, extent, cell_size)
            if uri.hasParam("tileMatrixSet") and uri.param("tileMatrixSet"):
                return self._wmts(layer, uri, parameter, extent, cell_size)
            return self._wms(layer, uri, parameter, extent, cell_size)
        if provider == "wcs":
            return self._through_qgis(layer, parameter, extent, cell_size, web=True)
        if provider == "arcgismapserver":
            uri = QgsDataSourceUri(source)
            if uri.authConfigId():
                return self._through_qgis(layer, parameter, extent, cell_size, web=True)
            return self._arcgis(layer, uri, parameter, extent, cell_size)
        return self._through_qgis(layer, parameter, extent, cell_size, web=False)

    def _path(self, stem, ext):
        if self.folder is None:
            self.folder = tempfile.mkdtemp(prefix="pixelwise-sources-")
        os.makedirs(self.folder, exist_ok=True)
        return os.path.join(self.folder, f"{stem}-{uuid.uuid4().hex[:8]}.{ext}")

    # --- GDAL provider --------------------------------------------------------------------------
    def _gdal_layer(self, layer, source, parameter, extent, cell_size):
        if "|" not in source:
            return EngineRaster(source, extent, cell_size)
        parts = QgsProviderRegistry.instance().decodeUri("gdal", source)
        path = parts.get("path") or source.split("|")[0]
        if parts.get("authcfg") or "authcfg=" in source:
            return self._through_qgis(layer, parameter, extent, cell_size, web=False)
        name = path
        layer_name = parts.get("layerName")
        if layer_name:
            name = f"GPKG:{path}:{layer_name}" if path.lower().endswith(".gpkg") else path
        options = [str(o) for o in (parts.get("openOptions") or [])]
        for piece in source.split("|")[1:]:  # QGIS versions that do not decode open options
            if piece.startswith("option:") and piece[7:] not in options:
                options.append(piece[7:])
        if not options:
            return EngineRaster(name, extent, cell_size)
        gdal = _gdal()
        try:
            dataset = gdal.OpenEx(name, gdal.OF_RASTER, open_options=options)
        except RuntimeError as err:
            raise InvalidInput(parameter, "GDAL cannot open {name!r} with the options {options} ({detail})",
                               "Check the layer's open options (Layer Properties ▸ Source)",
                               name=name, options=",".join(options),
                               detail=str(err).splitlines()[0]) from None
        vrt = self._path("options", "vrt")
        gdal.Translate(vrt, dataset, format="VRT")  # the VRT's sources carry the open options
        return EngineRaster(vrt, extent, cell_size)

    # --- web layers: common parts ---------------------------------------------------------------
    def _request_extent(self, layer, parameter, extent):
        if extent is None:
            raise InvalidInput("EXTENT", "is required for the web layer {layer!r} ({key}): a web "
                               "service has no extent of its own",
                               "Set EXTENT to the area to read (in the dialog: 'Use Map Canvas Extent'; in "
                               "qgis_process: EXTENT='xmin,xmax,ymin,ymax [EPSG:code]')",
                               layer=layer.name(), key=parameter)
        return tuple(float(v) for v in extent)

    def _check_tiles(self, layer, parameter, tiles, level):
        """Refuse a request of more than the tile limit; ``tiles`` is (columns, rows). Returns the count."""
        cols, rows = tiles
        count = cols * rows
        if self.tile_limit and count > self.tile_limit:
            raise InvalidInput(parameter, "reading {layer!r} over EXTENT at {level} needs {count} tiles "
                               "({cols} × {rows}), more than WEB_TILE_LIMIT ({limit})",
                               "Make EXTENT smaller, CELL_SIZE larger, or raise WEB_TILE_LIMIT (0: no limit) "
                               "if the service allows it", layer=layer.name(), level=level, count=count,
                               cols=cols, rows=rows, limit=self.tile_limit)
        return count

    def _log(self, text):
        if self.feedback is not None:
            self.feedback.pushInfo(text)

    def _write(self, stem, root):
        path = self._path(stem, "xml")
        etree.ElementTree(root).write(path, encoding="utf-8")
        return path

    def _on_grid(self, source_name, crs_wkt, grid, kind, resampling="bilinear"):
        """A VRT of ``source_name`` warped onto ``grid`` (in ``crs_wkt``); an RGBA source becomes R, G,
        B with its alpha as the mask. Returns the EngineRaster (no extent or cell size left to apply)."""
        gdal = _gdal()
        source = gdal.Open(source_name)
        count = source.RasterCount
        alpha = count in (2, 4) and source.GetRasterBand(count).GetColorInterpretation() == gdal.GCI_AlphaBand
        warped = self._path(kind + "-grid", "vrt")
        gdal.Warp(warped, source, format="VRT", outputBounds=grid.bounds, width=grid.width,
                  height=grid.height, dstSRS=crs_wkt, resampleAlg=resampling, multithread=False)
        source = None
        if not alpha:
            return EngineRaster(warped)
        path = self._path(kind, "vrt")
        gdal.Translate(path, warped, format="VRT", bandList=list(range(1, count)), maskBand=count)
        return EngineRaster(path)

    def _layer_crs(self, layer, parameter, fallback=None):
        crs = layer.crs()
        if not crs.isValid():
            if fallback:
                return QgsCoordinateReferenceSystem(fallback)
            raise InvalidInput(parameter, "the web layer {layer!r} has no valid CRS",
                               "Set the layer's CRS (Layer Properties ▸ Source)", layer=layer.name())
        return crs

    # --- XYZ / TMS ------------------------------------------------------------------------------
    def _xyz(self, layer, uri, parameter, extent, cell_size):
        url = uri.param("url")
        if not url:
            raise InvalidInput(parameter, "the XYZ layer {layer!r} has no URL", "Fix the layer's source",
                               layer=layer.name())
        zmin = _int_param(uri, "zmin", XYZ_ZMIN)
        zmax = _int_param(uri, "zmax", XYZ_ZMAX)
        ratio = _float_param(uri, "tilePixelRatio", 1.0) or 1.0
        tile = int(round(256 * ratio))
        extent = self._request_extent(layer, parameter, extent)

        def res(z):
            return 2 * MERCATOR_HALF / (tile * 2 ** z)

        cell = cell_size or res(zmax)
        zoom = next((z for z in range(zmin, zmax + 1) if res(z) <= cell * (1 + 1e-6)), zmax)
        grid = _grid(extent, cell)
        tiles = _tiles_over(grid.bounds, res(zoom) * tile)
        count = self._check_tiles(layer, parameter, tiles, f"zoom {zoom}")
        service, template = "TMS", url
        y_origin = "top"
        if "{q}" in url:
            service, template = "VirtualEarth", url.replace("{q}", "${quadkey}")
        elif "{-y}" in url:
            template, y_origin = url.replace("{-y}", "${y}"), "bottom"
        template = template.replace("{x}", "${x}").replace("{y}", "${y}").replace("{z}", "${z}")
        world = _element("DataWindow", ("UpperLeftX", -MERCATOR_HALF), ("UpperLeftY", MERCATOR_HALF),
                         ("LowerRightX", MERCATOR_HALF), ("LowerRightY", -MERCATOR_HALF), ("TileLevel", zoom),
                         ("TileCountX", 1), ("TileCountY", 1), ("YOrigin", y_origin))
        xml = _gdal_wms(_element("Service", ("ServerUrl", template), name=service), world, tile, 4,
                        "EPSG:3857")
        self._log(f"XYZ tiles {url} at zoom {zoom} ({count} tiles, cell size {cell:.6g} m)")
        crs = self._layer_crs(layer, parameter, "EPSG:3857")
        return self._on_grid(self._write("xyz", xml), crs.toWkt(), grid, "xyz")

    # --- services that draw maps at any resolution: WMS, ArcGIS REST -----------------------------
    def _drawn_map(self, layer, parameter, extent, cell_size, kind, service, bands, what):
        """Maps drawn by the server exactly on the requested grid, ``REQUEST_BLOCK`` pixels a request."""
        extent = self._request_extent(layer, parameter, extent)
        if not cell_size:
            raise InvalidInput("CELL_SIZE", "is required for the {service} layer {layer!r}: the service "
                               "draws maps at any resolution", "Set CELL_SIZE to the ground size of a "
                               "pixel, in the layer CRS's units", service=what, layer=layer.name())
        grid = _grid(extent, cell_size)
        count = self._check_tiles(layer, parameter, _blocks(grid), f"cell size {cell_size:g}")
        crs = self._layer_crs(layer, parameter)
        west, south, east, north = grid.bounds
        window = _element("DataWindow", ("UpperLeftX", west), ("UpperLeftY", north), ("LowerRightX", east),
                          ("LowerRightY", south), ("SizeX", grid.width), ("SizeY", grid.height))
        xml = _gdal_wms(service, window, REQUEST_BLOCK, bands, crs.authid())
        self._log(f"{what} {layer.source()[:200]} ({count} requests, cell size {cell_size:g})")
        # Already on the grid: the warp is an identity that keeps one code path (and the alpha mask).
        return self._on_grid(self._write(kind, xml), crs.toWkt(), grid, kind, "near")

    def _wms(self, layer, uri, parameter, extent, cell_size):
        image_format = uri.param("format") or "image/png"
        bands = 3 if "jpeg" in image_format or "jpg" in image_format else 4
        service = _element("Service", ("Version", "1.3.0"), ("ServerUrl", _query_base(uri.param("url"))),
                           ("CRS", layer.crs().authid()), ("ImageFormat", image_format),
                           ("Transparent", "TRUE" if bands == 4 else "FALSE"),
                           ("Layers", quote(",".join(uri.params("layers")), safe=",")),
                           ("Styles", quote(",".join(uri.params("styles")), safe=",")), name="WMS")
        return self._drawn_map(layer, parameter, extent, cell_size, "wms", service, bands, "WMS")

    def _arcgis(self, layer, uri, parameter, extent, cell_size):
        url = uri.param("url").rstrip("/")
        image_format = (uri.param("format") or "png").lower()
        bands = 3 if "jp" in image_format else 4
        # GDAL asks a MapServer's export endpoint, and an ImageServer's exportImage when the URL names it.
        image_server = url.lower().endswith("/imageserver")
        layers = None if image_server else uri.param("layer")
        service = _element("Service", ("ServerUrl", url + "/exportImage?" if image_server else url),
                           ("BBoxOrder", "xyXY"), ("SRS", layer.crs().authid().split(":")[-1]),
                           ("ImageFormat", image_format), ("Transparent", "TRUE" if bands == 4 else "FALSE"),
                           ("Layers", f"show:{layers}") if layers else None, name="AGS")
        return self._drawn_map(layer, parameter, extent, cell_size, "arcgis", service, bands, "ArcGIS REST")

    # --- WMTS -----------------------------------------------------------------------------------
    def _wmts(self, layer, uri, parameter, extent, cell_size):
        gdal = _gdal()
        url = uri.param("url")
        caps = url
        query = {k.upper(): v for k, v in parse_qsl(urlsplit(url).query)}
        if "SERVICE" not in query and not url.lower().endswith(".xml"):
            caps = _with_query(url, {"SERVICE": "WMTS", "REQUEST": "GetCapabilities"})
        extent = self._request_extent(layer, parameter, extent)
        layer_id = uri.param("layers")
        name = f"WMTS:{caps},layer={layer_id},tilematrixset={uri.param('tileMatrixSet')}"
        if uri.param("styles"):
            name += f",style={uri.param('styles')}"
        try:
            with _gdal_network():
                dataset = gdal.Open(name)
        except RuntimeError as err:
            raise InvalidInput(parameter, "the WMTS service {url} did not answer as expected ({detail})",
                               "Check that the service is up and the layer and tile matrix set exist",
                               url=caps, detail=_first_line(err)) from None
        levels = [(dataset.GetGeoTransform()[1], dataset.RasterXSize)]
        band = dataset.GetRasterBand(1)
        block = band.GetBlockSize()[0]
        for i in range(band.GetOverviewCount()):
            overview = band.GetOverview(i)
            levels.append((levels[0][0] * dataset.RasterXSize / overview.XSize, overview.XSize))
        dataset = None
        finest = levels[0][0]
        cell = cell_size or finest
        # Levels from coarse to fine: the coarsest whose cells are no larger than the cell size asked.
        index = next((i for i in reversed(range(len(levels))) if levels[i][0] <= cell * (1 + 1e-6)), 0)
        zoom_level = len(levels) - 1 - index
        grid = _grid(extent, cell)
        count = self._check_tiles(layer, parameter, _tiles_over(grid.bounds, levels[index][0] * block),
                                  f"tile matrix {zoom_level}")
        self._log(f"WMTS {caps} layer {layer_id} at tile matrix {zoom_level} ({count} tiles)")
        crs = self._layer_crs(layer, parameter)
        xml = _element("GDAL_WMTS", ("GetCapabilitiesUrl", caps), ("Layer", layer_id),
                       ("TileMatrixSet", uri.param("tileMatrixSet")), ("ZoomLevel", zoom_level),
                       ("Style", uri.param("styles")) if uri.param("styles") else None, ("BandsCount", 4),
                       *_manners())
        with _gdal_network():
            return self._on_grid(self._write("wmts", xml), crs.toWkt(), grid, "wmts")

    # --- WCS ------------------------------------------------------------------------------------
    # Read through QGIS's WCS client: GDAL's WCS 1.0 driver misreads coverages whose grid origin is the
    # lower-left corner (QGIS Server's DescribeCoverage) and then refuses every tile.

    # --- anything else: through QGIS ------------------------------------------------------------
    def _through_qgis(self, layer, parameter, extent, cell_size, web):
        """Copy the requested part of ``layer`` to a GeoTIFF by reading it through its QGIS provider."""
        gdal = _gdal()
        provider = layer.dataProvider()
        if provider is None or not layer.isValid():
            raise InvalidInput(parameter, "the layer {layer!r} is not valid", "Fix or reload the layer",
                               layer=layer.name())
        has_size = bool(provider.capabilities() & RASTER_CAPABILITY_SIZE) and provider.xSize() > 0
        if web or not has_size:
            extent = self._request_extent(layer, parameter, extent)
            if not cell_size and has_size:
                cell_size = provider.extent().width() / provider.xSize()  # a coverage's own cell size
            if not cell_size:
                raise InvalidInput("CELL_SIZE", "is required for the layer {layer!r}: it has no cell size "
                                   "of its own", "Set CELL_SIZE, in the layer CRS's units",
                                   layer=layer.name())
            grid = _grid(extent, cell_size)
            self._check_tiles(layer, parameter, _blocks(grid), f"cell size {cell_size:g}")
            handed = (None, 0.0)  # the copy is the grid asked for
        else:
            # The layer's own pixels over the extent (snapped outwards); the engine then crops and
            # resamples the copy exactly as it would the file.
            full = provider.extent()
            nx, ny = full.width() / provider.xSize(), full.height() / provider.ySize()
            c0, r0, c1, r1 = 0, 0, provider.xSize(), provider.ySize()
            if extent is not None:
                c0 = max(0, math.floor((extent[0] - full.xMinimum()) / nx + 1e-9))
                c1 = min(c1, math.ceil((extent[2] - full.xMinimum()) / nx - 1e-9))
                r0 = max(0, math.floor((full.yMaximum() - extent[3]) / ny + 1e-9))
                r1 = min(r1, math.ceil((full.yMaximum() - extent[1]) / ny - 1e-9))
                if c1 <= c0 or r1 <= r0:
                    raise InvalidInput("EXTENT", "does not overlap {layer!r}", "Give an extent inside the "
                                       "layer, in its CRS, or leave it unset", layer=layer.name())
            grid = _Grid(full.xMinimum() + c0 * nx, full.yMaximum() - r0 * ny, nx, c1 - c0, r1 - r0, ny)
            handed = (extent, cell_size)
        count = layer.bandCount()
        data_type = provider.dataType(1)
        argb = data_type in _ARGB
        gdal_type = _gdal_type(data_type)
        if not argb and gdal_type is None:
            raise InvalidInput(parameter, "the layer {layer!r} has pixels of a type Pixelwise cannot read",
                               "Save the layer as a GeoTIFF (Export ▸ Save As) and use that",
                               layer=layer.name())
        bands = 4 if argb else count
        if not argb:
            from osgeo import gdal_array

            dtype = gdal_array.GDALTypeCodeToNumericTypeCode(gdal_type)
        path = self._path("copy", "tif")
        driver = gdal.GetDriverByName("GTiff")
        out = driver.Create(path, grid.width, grid.height, bands, gdal.GDT_Byte if argb else gdal_type,
                            ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
        out.SetGeoTransform((grid.west, grid.cell, 0.0, grid.north, 0.0, -grid.dy))
        if layer.crs().isValid():
            out.SetProjection(layer.crs().toWkt())
        if argb:
            for i, interp in enumerate((gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand,
                                        gdal.GCI_AlphaBand)):
                out.GetRasterBand(i + 1).SetColorInterpretation(interp)
        else:
            for b in range(1, count + 1):
                if provider.sourceHasNoDataValue(b):
                    out.GetRasterBand(b).SetNoDataValue(provider.sourceNoDataValue(b))
        import numpy as np

        steps = math.ceil(grid.height / COPY_ROWS)
        self._log(f"Reading {layer.name()!r} through QGIS ({layer.providerType()} provider): "
                  f"{grid.width} × {grid.height} pixels")
        for step in range(steps):
            if self.feedback is not None and self.feedback.isCanceled():
                out = None
                os.remove(path)
                from ..engine.errors import Cancelled

                raise Cancelled()
            row0 = step * COPY_ROWS
            rows = min(COPY_ROWS, grid.height - row0)
            top = grid.north - row0 * grid.dy
            rect = QgsRectangle(grid.west, top - rows * grid.dy, grid.west + grid.width * grid.cell, top)
            for b in range(1, (1 if argb else count) + 1):
                block = provider.block(b, rect, grid.width, rows)
                if block is None or not block.isValid():
                    out = None
                    raise InvalidInput(parameter, "QGIS could not read {layer!r} (block {step} of {steps})",
                                       "Check the layer loads and draws in QGIS", layer=layer.name(),
                                       step=step + 1, steps=steps)
                raw = bytes(block.data())
                if argb:
                    pixels = np.frombuffer(raw, dtype="<u4").reshape(rows, grid.width)
                    for i, shift in enumerate((16, 8, 0, 24)):  # QRgb is 0xAARRGGBB
                        out.GetRasterBand(i + 1).WriteArray(((pixels >> shift) & 0xFF).astype(np.uint8),
                                                            0, row0)
                else:
                    pixels = np.frombuffer(raw, dtype=dtype).reshape(rows, grid.width)
                    out.GetRasterBand(b).WriteArray(pixels, 0, row0)
            if self.feedback is not None:
                self.feedback.setProgress(100.0 * (step + 1) / steps)
        out.FlushCache()
        out = None
        if argb:
            vrt = self._path("copy", "vrt")
            gdal.Translate(vrt, path, format="VRT", bandList=[1, 2, 3], maskBand=4)
            return EngineRaster(vrt, *handed)
        return EngineRaster(path, *handed)


# --- helpers ------------------------------------------------------------------------------------
def _gdal_type(data_type):
    """GDAL's type for a Qgis.DataType of the same name, or None (packed colours, complex types)."""
    for name in _GDAL_NAMED:
        if _DATA_TYPES is not None and getattr(_DATA_TYPES, name, None) == data_type:
            return _gdal().GetDataTypeByName(name)
    return None


def _element(tag, *children, **attributes):
    """An XML element; ``children`` are elements or ``(tag, text)`` pairs (None: left out)."""
    element = etree.Element(tag, **attributes)
    for child in children:
        if child is None:
            continue
        if isinstance(child, tuple):
            etree.SubElement(element, child[0]).text = str(child[1])
        else:
            element.append(child)
    return element


def _manners():
    """What GDAL's web drivers are told about the server: cache, connections, timeout, user agent."""
    return (_element("Cache", ("Path", web_cache_folder())), ("MaxConnections", MAX_CONNECTIONS),
            ("Timeout", network_timeout_s()), ("UserAgent", user_agent()))


def _gdal_wms(service, data_window, block, bands, projection):
    """A GDAL WMS driver service description (its XML format, gdal.org/drivers/raster/wms.html)."""
    return _element("GDAL_WMS", service, data_window, ("BlockSizeX", block), ("BlockSizeY", block),
                    ("Projection", projection), ("BandsCount", bands), *_manners(),
                    ("ZeroBlockHttpCodes", 204))


def _int_param(uri, key, default):
    try:
        return int(uri.param(key)) if uri.hasParam(key) and uri.param(key) != "" else default
    except ValueError:
        return default


def _float_param(uri, key, default):
    try:
        return float(uri.param(key)) if uri.hasParam(key) and uri.param(key) != "" else default
    except ValueError:
        return default


def _tiles_over(bounds, tile_ground):
    """Tiles of side ``tile_ground`` (map units, grid anchored at the Mercator origin) over ``bounds``."""
    west, south, east, north = bounds
    col0 = math.floor((west + MERCATOR_HALF) / tile_ground)
    col1 = math.floor((east + MERCATOR_HALF) / tile_ground - 1e-9)
    row0 = math.floor((MERCATOR_HALF - north) / tile_ground)
    row1 = math.floor((MERCATOR_HALF - south) / tile_ground - 1e-9)
    return max(1, col1 - col0 + 1), max(1, row1 - row0 + 1)


def _blocks(grid):
    """(columns, rows) of the map requests GDAL makes for ``grid`` (blocks of REQUEST_BLOCK pixels)."""
    return math.ceil(grid.width / REQUEST_BLOCK), math.ceil(grid.height / REQUEST_BLOCK)


def _query_base(url):
    """``url`` ready for GDAL to append its own query parameters."""
    return url if url.endswith(("?", "&")) else url + ("&" if "?" in url else "?")


def _with_query(url, params):
    parts = urlsplit(url)
    have = {k.upper() for k, _ in parse_qsl(parts.query)}
    extra = {k: v for k, v in params.items() if k.upper() not in have}
    query = "&".join(q for q in (parts.query, urlencode(extra)) if q)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _first_line(err):
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


@contextmanager
def _gdal_network():
    """GDAL's own HTTP settings while a WMTS service is asked for its capabilities."""
    gdal = _gdal()
    keys = {"GDAL_HTTP_TIMEOUT": str(network_timeout_s()), "GDAL_HTTP_USERAGENT": user_agent()}
    old = {k: gdal.GetConfigOption(k) for k in keys}
    for k, v in keys.items():
        gdal.SetConfigOption(k, v)
    try:
        yield
    finally:
        for k, v in old.items():
            gdal.SetConfigOption(k, v)
