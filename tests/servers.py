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
                    raise RuntimeError("qgis_mapserver did not start: " + Path(log).read_text()[-2000:])
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
