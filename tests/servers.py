"""Real servers on 127.0.0.1 for the web-layer tests, each with a bounded lifetime: a static tile server
(tiles cut by ``gdal2tiles.py --xyz`` from a real raster) that can be told to fail, and QGIS Server's
``qgis_mapserver`` serving a project with a real raster (WMS, WMTS and WCS); a Dask scheduler with its
worker processes."""

import contextlib
import functools
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
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
                    log_tail = Path(log).read_text()[-2000:]
                    raise RuntimeError("qgis_mapserver did not start: " + log_tail) from None
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
            enhancement.setContrastEnhancementAlgorithm(QgsContrastEnhancement.ContrastEnhancementAlgorithm.NoEnhancement)
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
                       transform=from_origin(*SERVED_ORIGIN, SERVED_CELL / 4, SERVED_CELL / 4),
                       **profile) as ds:
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


class _ArcGISHandler(http.server.BaseHTTPRequestHandler):
    """ArcGIS REST's MapServer and ImageServer endpoints as Esri documents them, for one real raster:
    the service and layer descriptions (``?f=json``) and ``export`` / ``exportImage`` (``f=image``, a
    PNG of ``bbox`` at ``size`` in ``bboxSR``), answered from the raster's own pixels (nearest cell
    centres, as a map server draws at 1:1). No ArcGIS Server can run here; this is the protocol only."""

    raster = None
    requests = None

    def log_message(self, *args):
        pass

    def _json(self, data):
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        import urllib.parse

        import numpy as np
        import rasterio
        from PIL import Image

        parts = urllib.parse.urlsplit(self.path)
        query = {k.lower(): v for k, v in urllib.parse.parse_qsl(parts.query)}
        path = parts.path.rstrip("/")
        self.requests.append(self.path)
        with rasterio.open(self.raster) as ds:
            b, epsg = ds.bounds, ds.crs.to_epsg()
            extent = {"xmin": b.left, "ymin": b.bottom, "xmax": b.right, "ymax": b.top,
                      "spatialReference": {"wkid": epsg, "latestWkid": epsg}}
            if path.endswith(("/MapServer", "/ImageServer")):
                info = {"currentVersion": 10.81, "serviceDescription": "Pixelwise test service",
                        "mapName": "rgb", "name": "rgb", "spatialReference": extent["spatialReference"],
                        "singleFusedMapCache": False, "initialExtent": extent, "fullExtent": extent,
                        "extent": extent, "units": "esriMeters", "capabilities": "Map,Image",
                        "supportedImageFormatTypes": "PNG32,PNG24,PNG,JPG", "bandCount": ds.count,
                        "pixelSizeX": ds.res[0], "pixelSizeY": ds.res[1], "pixelType": "U8",
                        "layers": [{"id": 0, "name": "rgb", "parentLayerId": -1, "defaultVisibility": True,
                                    "subLayerIds": None, "minScale": 0, "maxScale": 0}]}
                return self._json(info)
            if path.endswith("/MapServer/0"):
                return self._json({"id": 0, "name": "rgb", "type": "Raster Layer", "extent": extent,
                                   "defaultVisibility": True, "minScale": 0, "maxScale": 0})
            if path.endswith(("/MapServer/export", "/ImageServer/exportImage")):
                xmin, ymin, xmax, ymax = (float(v) for v in query["bbox"].split(","))
                width, height = (int(v) for v in query["size"].split(","))
                if query.get("bboxsr", str(epsg)).split(":")[-1] != str(epsg):
                    self.send_error(400, "only the service's own spatial reference is drawn here")
                    return None
                cols = ((xmin + (np.arange(width) + 0.5) * (xmax - xmin) / width - b.left) / ds.res[0])
                rows = ((b.top - (ymax - (np.arange(height) + 0.5) * (ymax - ymin) / height)) / ds.res[1])
                cols, rows = np.floor(cols).astype(int), np.floor(rows).astype(int)
                inside = (((cols >= 0) & (cols < ds.width))[None, :]
                          & ((rows >= 0) & (rows < ds.height))[:, None])
                pixels = ds.read()
                rgba = np.zeros((height, width, 4), np.uint8)
                picked = pixels[:, np.clip(rows, 0, ds.height - 1)][:, :, np.clip(cols, 0, ds.width - 1)]
                rgba[..., :3] = picked.transpose(1, 2, 0)
                valid = inside & (picked != (ds.nodata or 0)).any(axis=0) if ds.nodata is not None else inside
                rgba[..., 3] = np.where(valid, 255, 0)
                import io

                out = io.BytesIO()
                Image.fromarray(rgba, "RGBA").save(out, "PNG")
                body = out.getvalue()
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return None
        self.send_error(404)
        return None


@contextlib.contextmanager
def arcgis_rest_server(raster):
    """MapServer and ImageServer endpoints for ``raster`` on 127.0.0.1; yields (services URL, requests)."""
    requests = []
    handler = type("Handler", (_ArcGISHandler,), {"raster": str(raster), "requests": requests})
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/arcgis/rest/services/rgb", requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@contextlib.contextmanager
def served_by_qgis_server(shared_data, folder):
    """QGIS Server on 127.0.0.1 publishing :func:`served_rasters` over WMS, WMTS and WCS; yields
    ``(url, {layer name: file})``. Raises FileNotFoundError without ``qgis_mapserver``."""
    rasters = served_rasters(shared_data, folder)
    project = publish_project(rasters, Path(folder) / "project.qgs")
    with qgis_mapserver(project, Path(folder) / "server.log") as url:
        yield url, rasters


class DaskCluster:
    """A real ``dask scheduler`` and ``dask worker`` processes on 127.0.0.1 (no nanny: a killed worker
    stays dead), each with a bounded lifetime. Workers import Pixelwise from ``pythonpath`` and run in
    a folder of their own: a path under ``/proc/self/cwd/`` is a different folder for them than for the
    client, as a path is on a machine that does not share it. A worker given ``file_blocks`` cannot
    write larger files."""

    LIFETIME = "600s"

    def __init__(self, folder, pythonpath):
        self.folder, self.pythonpath = Path(folder), str(pythonpath)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.dask = str(Path(sys.executable).parent / "dask")
        if not os.path.exists(self.dask):
            self.dask = shutil.which("dask")
        self.procs, self.workers, self.address = [], [], None
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (self.pythonpath, os.environ.get("PYTHONPATH")) if p)}

    def _start(self, command, name, cwd=None):
        log = open(self.folder / f"{name}.log", "wb")
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=self.env, cwd=cwd,
                                start_new_session=True)
        log.close()
        self.procs.append(proc)
        return proc

    def start_scheduler(self):
        info = self.folder / "scheduler.json"
        proc = self._start([self.dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                            "--scheduler-file", str(info), "--idle-timeout", self.LIFETIME], "scheduler")
        deadline = time.monotonic() + 60
        while not info.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("dask scheduler did not start: " + self.log("scheduler"))
            time.sleep(0.2)
        time.sleep(0.2)
        self.address = json.loads(info.read_text())["address"]
        return self.address

    def add_worker(self, file_blocks=None):
        name = f"worker{len(self.workers)}"
        home = self.folder / name
        home.mkdir(parents=True, exist_ok=True)
        command = [self.dask, "worker", self.address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                   "--host", "127.0.0.1", "--name", name, "--lifetime", self.LIFETIME,
                   "--death-timeout", "30", "--local-directory", str(home / "dask")]
        if file_blocks is not None:  # files of at most that many 512-byte blocks: larger writes fail
            limit = f"trap '' XFSZ; ulimit -f {int(file_blocks)} && exec \"$@\""
            command = ["sh", "-c", limit, "sh"] + command
        self.workers.append(self._start(command, name, cwd=home))

    def wait_for_workers(self, n):
        from distributed import Client

        with Client(self.address, timeout=30) as client:
            client.wait_for_workers(n, timeout=60)

    def log(self, name):
        path = self.folder / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def kill_worker(self, k):
        os.killpg(self.workers[k].pid, signal.SIGKILL)
        self.workers[k].wait(10)

    def close(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)


@contextlib.contextmanager
def dask_cluster(folder, pythonpath, workers=2, file_blocks=None):
    """A started :class:`DaskCluster` with ``workers`` workers (the last one given ``file_blocks``)."""
    cluster = DaskCluster(folder, pythonpath)
    try:
        cluster.start_scheduler()
        for k in range(workers):
            cluster.add_worker(file_blocks if k == workers - 1 else None)
        cluster.wait_for_workers(workers)
        yield cluster
    finally:
        cluster.close()
