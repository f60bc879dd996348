"""Real servers on 127.0.0.1 for the web-layer tests, each with a bounded lifetime: a static tile server
(tiles cut by ``gdal2tiles.py --xyz`` from a real raster) that can be told to fail, and QGIS Server's
``qgis_mapserver`` serving a project with a real raster (WMS, WMTS and WCS)."""

import contextlib
import functools
import http.server
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Faults:
    """What the tile server does wrong: ``status`` {path suffix: HTTP status} for every request,
    ``first_status`` {path suffix: status} for the first request of that path only, ``stall`` seconds
    to wait before answering any request (a server that hangs)."""

    def __init__(self):
        self.status, self.first_status, self.stall = {}, {}, 0.0
        self.seen, self.requests = set(), []
        self.lock = threading.Lock()

    def clear(self):
        with self.lock:
            self.status.clear()
            self.first_status.clear()
            self.stall = 0.0
            self.seen.clear()
            self.requests.clear()


class _Handler(http.server.SimpleHTTPRequestHandler):
    faults = None

    def log_message(self, *args):  # quiet: pytest shows failures, not every request
        pass

    def do_GET(self):
        faults = self.faults
        path = self.path.split("?")[0]
        with faults.lock:
            faults.requests.append((path, self.headers.get("User-Agent", "")))
            first = path not in faults.seen
            faults.seen.add(path)
            status = next((s for k, s in faults.status.items() if path.endswith(k)), None)
            if status is None and first:
                status = next((s for k, s in faults.first_status.items() if path.endswith(k)), None)
            stall = faults.stall
        if stall:
            time.sleep(stall)
        if status is not None:
            self.send_error(status)
            return
        super().do_GET()


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client that gave up (a time-out test)
        pass


@contextlib.contextmanager
def tile_server(root):
    """Serve the folder ``root`` on 127.0.0.1; yields ``(base_url, faults)``."""
    faults = Faults()
    handler = type("Handler", (_Handler,), {"faults": faults})
    server = _QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", faults
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def xyz_tiles(raster, folder, zooms="8-10"):
    """Tiles of ``raster`` in ``folder`` (XYZ layout, PNG with alpha) cut by gdal2tiles.py."""
    script = shutil.which("gdal2tiles.py") or shutil.which("gdal2tiles")
    if script is None:
        return None
    subprocess.run([script, "--xyz", "-z", zooms, "-q", "-w", "none", "-r", "bilinear", str(raster),
                    str(folder)], check=True, capture_output=True, timeout=300)
    return Path(folder)


@contextlib.contextmanager
def qgis_mapserver(project, log):
    """QGIS Server's development server serving ``project`` on 127.0.0.1; yields its base URL."""
    exe = shutil.which("qgis_mapserver")
    if exe is None:
        raise FileNotFoundError("qgis_mapserver (Debian package qgis-server-bin) is not installed")
    port = free_port()
    env = {**os.environ, "QGIS_PROJECT_FILE": str(project), "QT_QPA_PLATFORM": "offscreen",
           "QGIS_SERVER_LOG_STDERR": "1", "QGIS_SERVER_LOG_LEVEL": "2"}
    with open(log, "wb") as out:
        proc = subprocess.Popen([exe, f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "?SERVICE=WMS&REQUEST=GetCapabilities", timeout=5) as r:
                    r.read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("qgis_mapserver did not start: " + Path(log).read_text()[-2000:]) from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def publish_project(rasters, path):
    """A QGIS project at ``path`` that publishes ``rasters`` ({layer name: file}) over WMS, WMTS and WCS,
    drawn without contrast enhancement (the image's own values) so that a map of them can be compared
    with the files. Needs a running QGIS application (pytest-qgis provides one)."""
    from qgis.core import QgsContrastEnhancement, QgsProject, QgsRasterLayer

    project = QgsProject()
    layers = []
    for name, raster in rasters.items():
        layer = QgsRasterLayer(str(raster), name)
        assert layer.isValid(), raster
        renderer = layer.renderer()
        for setter in (renderer.setRedContrastEnhancement, renderer.setGreenContrastEnhancement,
                       renderer.setBlueContrastEnhancement):
            enhancement = QgsContrastEnhancement(layer.dataProvider().dataType(1))
            enhancement.setContrastEnhancementAlgorithm(QgsContrastEnhancement.NoEnhancement)
            setter(enhancement)
        project.addMapLayer(layer)
        layers.append(layer)
    layer = layers[0]
    project.setCrs(layer.crs())
    extent = layer.extent()
    project.writeEntry("WMSExtent", "/", [repr(v) for v in (extent.xMinimum(), extent.yMinimum(),
                                                             extent.xMaximum(), extent.yMaximum())])
    project.writeEntry("WMSCrsList", "/", [layer.crs().authid(), "EPSG:3857", "EPSG:4326"])
    ids = [lyr.id() for lyr in layers]
    project.writeEntry("WCSLayers", "/", ids)
    project.writeEntry("WMTSLayers", "Layer", ids)
    project.writeEntry("WMTSPngLayers", "Layer", ids)
    assert project.write(str(path))
    return str(path)


# The served raster's grid: the pixels of ../shared/data/rasterio_rgb_byte on square 300 m cells.
SERVED_ORIGIN, SERVED_CELL = (101985.0, 2826915.0), 300.0


def served_rasters(shared_data, folder):
    """{layer name: file} of the rasters the QGIS Server tests publish: ``rgb`` (the real pixels of
    rasterio_rgb_byte on square 300 m cells, NoData 0) and ``smooth`` (the same upsampled four times with
    bilinear resampling, 75 m cells: a raster that survives the resampling of a tile matrix)."""
    import rasterio
    from rasterio.enums import Resampling
    from rasterio.transform import from_origin

    with rasterio.open(Path(shared_data) / "rasterio_rgb_byte" / "RGB.byte.tif") as src:
        pixels = src.read()
    rasters = {"rgb": Path(folder) / "rgb.tif", "smooth": Path(folder) / "smooth.tif"}
    profile = dict(driver="GTiff", count=3, dtype="uint8", crs="EPSG:32618", nodata=0, tiled=True)
    with rasterio.open(rasters["rgb"], "w", width=pixels.shape[2], height=pixels.shape[1],
                       transform=from_origin(*SERVED_ORIGIN, SERVED_CELL, SERVED_CELL), **profile) as ds:
        ds.write(pixels)
    with rasterio.open(rasters["rgb"]) as src:
        up = src.read(out_shape=(3, src.height * 4, src.width * 4), resampling=Resampling.bilinear)
    with rasterio.open(rasters["smooth"], "w", width=up.shape[2], height=up.shape[1],
                       transform=from_origin(*SERVED_ORIGIN, SERVED_CELL / 4, SERVED_CELL / 4), **profile) as ds:
        ds.write(up)
    return {name: str(path) for name, path in rasters.items()}


def service_uri(kind, url, name="rgb"):
    """(provider, QGIS data source) of the served layer ``name`` as a WMS, WMTS or WCS layer."""
    from qgis.core import QgsDataSourceUri

    if kind == "WMS":
        provider, params = "wms", dict(url=url, layers=name, styles="", format="image/png", crs="EPSG:32618")
    elif kind == "WMTS":
        provider, params = "wms", dict(url=url + "?SERVICE=WMTS&REQUEST=GetCapabilities", layers=name,
                                       styles="default", format="image/png", crs="EPSG:32618",
                                       tileMatrixSet="EPSG:32618")
    else:
        provider, params = "wcs", dict(url=url, identifier=name, crs="EPSG:32618", format="GeoTIFF")
    uri = QgsDataSourceUri()
    for key, value in params.items():
        uri.setParam(key, value)
    return provider, bytes(uri.encodedUri()).decode()


def xyz_uri(base_url, zmin=8, zmax=10):
    """The QGIS data source of an XYZ layer of the tile server at ``base_url``."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", base_url + "/{z}/{x}/{y}.png")
    uri.setParam("zmin", str(zmin))
    uri.setParam("zmax", str(zmax))
    return bytes(uri.encodedUri()).decode()
