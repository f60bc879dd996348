"""Web layers as inputs: XYZ tiles from a real tile server on 127.0.0.1, through processing.run.

The tiles are cut by ``gdal2tiles.py --xyz`` from a real raster (../shared/data/rasterio_rgb_byte). The
model is a 1×1 identity convolution (class = brightest band), so the classification of the XYZ layer
must equal the classification of a GeoTIFF mosaic of the same tiles, put together here from the PNG
files and their tile numbers alone (no GDAL WMS involved), at the same extent and cell size.
"""

import math
import os
import sys
from pathlib import Path

import numpy as np
import pytest
import rasterio
from PIL import Image
from provider_checks import run_error
from qgis.core import QgsRasterLayer, QgsSettings
from rasterio.transform import from_origin
from servers import tile_server, xyz_tiles, xyz_uri

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))
from classify_models import brightest_band_emd  # noqa: E402

# Every test with a fresh tile cache, so that the servers see every request a run makes.
pytestmark = pytest.mark.usefixtures("tile_cache")

CLASSIFY = "pixelwise:classifypixels"
EXPORT = "pixelwise:exporttrainingdata"
HALF = 20037508.342789244
ZOOM = 10
RES = 2 * HALF / (256 * 2**ZOOM)
# A window of the zoom-10 grid inside the tiles (tile columns 289–292, rows 437–440), not on tile edges.
COL0, ROW0, WIDTH, HEIGHT = 289 * 256 + 37, 437 * 256 + 11, 700, 500


def grid_extent(col0=COL0, row0=ROW0, width=WIDTH, height=HEIGHT, res=RES):
    west, north = -HALF + col0 * res, HALF - row0 * res
    return west, north - height * res, west + width * res, north


def extent_text(bounds):
    xmin, ymin, xmax, ymax = bounds
    return f"{xmin!r},{xmax!r},{ymin!r},{ymax!r} [EPSG:3857]"


@pytest.fixture(scope="module")
def tiles(shared_data, tmp_path_factory):
    folder = xyz_tiles(shared_data / "rasterio_rgb_byte" / "RGB.byte.tif",
                       tmp_path_factory.mktemp("xyz") / "t", "8-10")
    if folder is None:
        pytest.skip("gdal2tiles.py (Debian gdal-bin) is not installed")
    return folder


@pytest.fixture(scope="module")
def server(tiles):
    with tile_server(tiles) as served:
        yield served




@pytest.fixture()
def faults(server):
    server[1].clear()
    yield server[1]
    server[1].clear()


def xyz_layer(base_url, zmin=8, zmax=ZOOM):
    source = xyz_uri(base_url, zmin, zmax)
    layer = QgsRasterLayer(source, "tiles", "wms")
    assert layer.isValid(), source
    return layer


def mosaic(tiles, zoom, bounds, path, swap_rb=False):
    """A GeoTIFF (EPSG:3857, RGB + alpha as mask) of the zoom's PNG tiles over ``bounds``: tile files
    placed by their numbers only."""
    res = 2 * HALF / (256 * 2**zoom)
    west, south, east, north = bounds
    c0, c1 = int((west + HALF) // (256 * res)), int((east + HALF) // (256 * res))
    r0, r1 = int((HALF - north) // (256 * res)), int((HALF - south) // (256 * res))
    pixels = np.zeros((4, (r1 - r0 + 1) * 256, (c1 - c0 + 1) * 256), np.uint8)
    for tx in range(c0, c1 + 1):
        for ty in range(r0, r1 + 1):
            png = tiles / str(zoom) / str(tx) / f"{ty}.png"
            if png.exists():
                rgba = np.asarray(Image.open(png).convert("RGBA")).transpose(2, 0, 1)
                pixels[:, (ty - r0) * 256:(ty - r0 + 1) * 256, (tx - c0) * 256:(tx - c0 + 1) * 256] = rgba
    if swap_rb:
        pixels[[0, 2]] = pixels[[2, 0]]
    transform = from_origin(-HALF + c0 * 256 * res, HALF - r0 * 256 * res, res, res)
    with rasterio.open(path, "w", driver="GTiff", width=pixels.shape[2], height=pixels.shape[1], count=3,
                       dtype="uint8", crs="EPSG:3857", transform=transform) as ds:
        ds.write(pixels[:3])
        ds.write_mask(pixels[3])
    return str(path)


def on_grid(path, bounds, out):
    """``path`` resampled (bilinear) onto the zoom-10 grid over ``bounds``, mask included."""
    from rasterio.warp import Resampling, reproject

    width, height = round((bounds[2] - bounds[0]) / RES), round((bounds[3] - bounds[1]) / RES)
    transform = from_origin(bounds[0], bounds[3], RES, RES)
    with rasterio.open(path) as src:
        pixels = np.zeros((3, height, width), np.uint8)
        mask = np.zeros((height, width), np.uint8)
        reproject(src.read(), pixels, src_transform=src.transform, src_crs=src.crs, dst_transform=transform,
                  dst_crs=src.crs, resampling=Resampling.bilinear)
        reproject(src.dataset_mask(), mask, src_transform=src.transform, src_crs=src.crs,
                  dst_transform=transform, dst_crs=src.crs, resampling=Resampling.nearest)
    with rasterio.open(out, "w", driver="GTiff", width=width, height=height, count=3, dtype="uint8",
                       crs="EPSG:3857", transform=transform) as ds:
        ds.write(pixels)
        ds.write_mask(mask)
    return str(out)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    return brightest_band_emd(str(tmp_path_factory.mktemp("brightest")))


def classify(processing_run, raster, model, out, **extra):
    parameters = {"IN_RASTER": raster, "IN_MODEL_DEFINITION": model, "OUT_CLASSIFIED_RASTER": str(out),
                  "PROCESSOR_TYPE": "CPU", **extra}
    processing_run(CLASSIFY, parameters)
    with rasterio.open(out) as ds:
        return ds.read(1), ds.transform, ds.crs, ds.nodata


def test_xyz_classification_equals_the_mosaic_of_its_tiles(processing_run, server, faults, tiles, model,
                                                             tmp_path):
    bounds = grid_extent()
    web, web_transform, web_crs, nodata = classify(processing_run, xyz_layer(server[0]), model,
                                                   tmp_path / "web.tif", EXTENT=extent_text(bounds),
                                                   CELL_SIZE=RES)
    assert web_crs.to_epsg() == 3857
    # Exactly the grid asked for: the extent's corner, the zoom's cell size, no half-pixel shift.
    assert web.shape == (HEIGHT, WIDTH)
    assert web_transform.almost_equals(from_origin(bounds[0], bounds[3], RES, RES), precision=1e-6)
    assert {p.split("/")[1] for p, _ua in faults.requests} == {str(ZOOM)}
    assert all("QGIS/" in ua and "Pixelwise" in ua for _p, ua in faults.requests)

    def agreement(reference_raster, name):
        ref, ref_transform, _crs, _nd = classify(processing_run, reference_raster, model, tmp_path / name,
                                                 EXTENT=extent_text(bounds), CELL_SIZE=RES)
        assert ref.shape == web.shape and ref_transform.almost_equals(web_transform, precision=1e-6)
        both = (web != nodata) | (ref != nodata)
        return float((web == ref)[both].mean())

    exact = agreement(mosaic(tiles, ZOOM, bounds, tmp_path / "mosaic.tif"), "ref.tif")
    assert exact >= 0.99, exact
    classes = set(np.unique(web[web != nodata]).tolist())
    assert len(classes) >= 2, classes
    # The comparison is sharp: each of these mistakes would fail it.
    swapped = agreement(mosaic(tiles, ZOOM, bounds, tmp_path / "swap.tif", swap_rb=True), "swap_out.tif")
    coarse = agreement(on_grid(mosaic(tiles, ZOOM - 1, bounds, tmp_path / "z9.tif"), bounds,
                               tmp_path / "z9_grid.tif"), "z9_out.tif")
    shifted_bounds = (bounds[0] + RES / 2, bounds[1], bounds[2] + RES / 2, bounds[3])
    shifted, *_ = classify(processing_run, xyz_layer(server[0]), model, tmp_path / "shift.tif",
                           EXTENT=extent_text(shifted_bounds), CELL_SIZE=RES)
    half_pixel = float((shifted == web).mean())
    print(f"XYZ vs mosaic: {exact:.4%}; R/B swapped {swapped:.2%}, zoom 9 {coarse:.2%}, "
          f"half a pixel {half_pixel:.2%}")
    assert max(swapped, coarse, half_pixel) < 0.99


def test_cell_size_picks_the_zoom_and_the_default_is_the_finest(processing_run, server, faults, model,
                                                                 tmp_path):
    bounds = grid_extent()
    classify(processing_run, xyz_layer(server[0]), model, tmp_path / "z9.tif", EXTENT=extent_text(bounds),
             CELL_SIZE=RES * 2)
    assert {p.split("/")[1] for p, _ua in faults.requests} == {str(ZOOM - 1)}
    faults.clear()
    out, transform, *_ = classify(processing_run, xyz_layer(server[0]), model, tmp_path / "default.tif",
                                  EXTENT=extent_text(bounds))
    assert {p.split("/")[1] for p, _ua in faults.requests} == {str(ZOOM)}
    assert out.shape == (HEIGHT, WIDTH) and math.isclose(transform.a, RES, rel_tol=1e-9)


def test_a_web_layer_needs_an_extent(processing_run, server, model, tmp_path):
    message = run_error(processing_run, CLASSIFY, {"IN_RASTER": xyz_layer(server[0]),
                                                   "IN_MODEL_DEFINITION": model,
                                                   "OUT_CLASSIFIED_RASTER": str(tmp_path / "o.tif")})
    assert message.startswith("EXTENT: is required for the web layer 'tiles' (IN_RASTER)"), message
    assert not (tmp_path / "o.tif").exists()


def test_too_many_tiles_stop_before_the_first_request(processing_run, server, faults, model, tmp_path):
    bounds = grid_extent()
    message = run_error(processing_run, CLASSIFY, {
        "IN_RASTER": xyz_layer(server[0]), "IN_MODEL_DEFINITION": model, "EXTENT": extent_text(bounds),
        "OUT_CLASSIFIED_RASTER": str(tmp_path / "o.tif"), "WEB_TILE_LIMIT": 5})
    assert message.startswith("IN_RASTER: reading 'tiles' over EXTENT at zoom 10 needs 6 tiles (3 × 2), "
                              "more than WEB_TILE_LIMIT (5)"), message
    assert faults.requests == [] and not (tmp_path / "o.tif").exists()


@pytest.fixture()
def short_timeout():
    settings = QgsSettings()
    before = settings.value("qgis/networkAndProxy/networkTimeout")
    settings.setValue("qgis/networkAndProxy/networkTimeout", 1000)
    yield
    if before is None:
        settings.remove("qgis/networkAndProxy/networkTimeout")
    else:
        settings.setValue("qgis/networkAndProxy/networkTimeout", before)


@pytest.mark.parametrize("fault", ["500", "404", "stall"])
def test_server_faults_are_one_line_and_leave_the_output_alone(processing_run, server, faults, model,
                                                               tmp_path, short_timeout, fault):
    from pixelwise.engine import raster_io

    bounds = grid_extent()
    out = tmp_path / "existing.tif"
    out.write_bytes(b"an earlier result")
    tile = f"/{ZOOM}/290/438.png"
    if fault == "stall":
        faults.stall = 2.0
    else:
        faults.status[tile] = int(fault)
    delay = raster_io.RETRY_DELAY_S
    raster_io.RETRY_DELAY_S = 0.05
    try:
        message = run_error(processing_run, CLASSIFY, {
            "IN_RASTER": xyz_layer(server[0]), "IN_MODEL_DEFINITION": model, "EXTENT": extent_text(bounds),
            "OUT_CLASSIFIED_RASTER": str(out)})
    finally:
        raster_io.RETRY_DELAY_S = delay
    if fault == "stall":
        assert message.startswith("IN_RASTER: the web service did not answer in time: " + server[0]), message
    else:
        expected = f"IN_RASTER: the web service answered HTTP {fault} for {server[0]}{tile}"
        assert message.startswith(expected), message
        tries = 1 if fault == "404" else 1 + raster_io.WEB_RETRIES
        assert f"(attempts: {tries})" in message, message
    assert out.read_bytes() == b"an earlier result"
    assert [p for p in os.listdir(tmp_path) if p != "existing.tif"] == []


@pytest.mark.parametrize("retries", [None, 1])
def test_busy_tiles_are_retried(processing_run, server, faults, model, tmp_path, tile_cache, retries):
    """RETRY_ON_FAILURES (ArcGIS's retryOnFailures; 1 for a web layer when not set): tiles whose first
    request is answered HTTP 503 are fetched again, and the result equals the fault-free run."""
    from pixelwise.engine import raster_io

    bounds = grid_extent()
    clean, *_ = classify(processing_run, xyz_layer(server[0]), model, tmp_path / "clean.tif",
                         EXTENT=extent_text(bounds), CELL_SIZE=RES)
    faults.clear()
    faults.first_status[".png"] = 503
    delay = raster_io.RETRY_DELAY_S
    raster_io.RETRY_DELAY_S = 0.05
    QgsSettings().setValue("cache/directory", str(tile_cache / "second"))  # every tile fetched again
    extra = {} if retries is None else {"RETRY_ON_FAILURES": retries}
    try:
        busy, *_ = classify(processing_run, xyz_layer(server[0]), model, tmp_path / "busy.tif",
                            EXTENT=extent_text(bounds), CELL_SIZE=RES, **extra)
    finally:
        raster_io.RETRY_DELAY_S = delay
    assert np.array_equal(clean, busy)
    assert len([p for p, _ua in faults.requests if p.endswith(".png")]) > len(faults.seen) > 0


@pytest.mark.parametrize("algorithm", [CLASSIFY, EXPORT])
def test_no_retries_end_at_the_first_busy_tile(processing_run, server, faults, model, tmp_path, algorithm):
    """RETRY_ON_FAILURES=0: the first HTTP 503 ends the run with one line, and nothing is at the output."""
    bounds = grid_extent()
    faults.first_status[".png"] = 503
    common = {"IN_RASTER": xyz_layer(server[0]), "EXTENT": extent_text(bounds), "CELL_SIZE": RES,
              "RETRY_ON_FAILURES": 0}
    if algorithm == CLASSIFY:
        out = tmp_path / "busy.tif"
        parameters = {**common, "IN_MODEL_DEFINITION": model, "OUT_CLASSIFIED_RASTER": str(out)}
    else:
        out = tmp_path / "chips"
        parameters = {**common, "IN_RASTER": [common["IN_RASTER"]], "OUT_FOLDER": str(out),
                      "METADATA_FORMAT": "Export_Tiles", "OUTPUT_NOFEATURE_TILES": True}
    message = run_error(processing_run, algorithm, parameters)
    assert message.startswith(f"IN_RASTER: the web service answered HTTP 503 for {server[0]}/"), message
    assert "(attempts: 1)" in message and "\n" not in message.strip(), message
    assert not out.exists() or not any(out.rglob("*.*")), list(out.rglob("*"))
    assert os.listdir(tmp_path) in ([], ["chips"]), os.listdir(tmp_path)


def test_export_chips_from_xyz(processing_run, server, faults, tmp_path, shared_data):
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    bounds = grid_extent()
    labels = QgsVectorLayer("Polygon?crs=EPSG:4326&field=classvalue:integer", "labels", "memory")
    feature = QgsFeature(labels.fields())
    # Labels in another CRS than the tiles': reprojected onto the request grid by the export.
    west, north = (bounds[0] + 100 * RES) / HALF * 180, math.degrees(2 * math.atan(math.exp(
        (bounds[3] - 100 * RES) / HALF * math.pi)) - math.pi / 2)
    east, south = (bounds[0] + 200 * RES) / HALF * 180, math.degrees(2 * math.atan(math.exp(
        (bounds[3] - 200 * RES) / HALF * math.pi)) - math.pi / 2)
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(west, south, east, north)))
    feature.setAttributes([1])
    labels.dataProvider().addFeatures([feature])
    out = tmp_path / "chips"
    result = processing_run(EXPORT, {"IN_RASTER": [xyz_layer(server[0])], "OUT_FOLDER": str(out),
                                     "IN_CLASS_DATA": labels, "METADATA_FORMAT": "Classified_Tiles",
                                     "EXTENT": extent_text(bounds), "CELL_SIZE": RES, "TILE_SIZE_X": 128,
                                     "TILE_SIZE_Y": 128, "STRIDE_X": 128, "STRIDE_Y": 128,
                                     "OUTPUT_NOFEATURE_TILES": True, "IMAGE_CHIP_FORMAT": "TIFF"})
    chips = sorted((out / "images").glob("*.tif"))
    assert result["CHIP_COUNT"] == len(chips) > 0
    with rasterio.open(chips[0]) as ds:
        assert ds.count == 3 and ds.crs.to_epsg() == 3857
        assert ds.transform.almost_equals(from_origin(bounds[0], bounds[3], RES, RES), precision=1e-6)
    with rasterio.open(out / "labels" / chips[0].name) as ds:
        label = ds.read(1)
    # The label square: pixels 100–200 of the request grid, within a pixel (reprojection of its edges).
    assert label[102:198, 102:128].min() == 1 and label[:98].max() == 0 and label[:, :98].max() == 0


def test_xyz_into_out_sr_equals_classify_then_gdalwarp(processing_run, server, faults, model, tmp_path):
    """Web-Mercator tiles classified onto UTM 18N at 150 m: the tiles are requested at the matching cell
    size in EPSG:3857, and the result equals classifying there and warping with GDAL."""
    from osgeo import gdal

    from pixelwise.engine.environment import source_cell_size

    bounds = grid_extent()
    out = tmp_path / "utm.tif"
    utm, transform, crs, nodata = classify(processing_run, xyz_layer(server[0]), model, out,
                                           EXTENT=extent_text(bounds), CELL_SIZE=150.0, OUT_SR="EPSG:32618")
    assert crs.to_epsg() == 32618 and (transform.a, transform.e) == (150.0, -150.0)
    request = source_cell_size(150.0, rasterio.crs.CRS.from_epsg(3857), crs, bounds)
    web, *_ = classify(processing_run, xyz_layer(server[0]), model, tmp_path / "web.tif",
                       EXTENT=extent_text(bounds), CELL_SIZE=request)
    warped = str(tmp_path / "warped.tif")
    height, width = utm.shape
    gdal.Warp(warped, str(tmp_path / "web.tif"), dstSRS="EPSG:32618", resampleAlg="near", width=width,
              height=height, outputBounds=(transform.c, transform.f - height * 150.0,
                                           transform.c + width * 150.0, transform.f))
    with rasterio.open(warped) as ds:
        reference = ds.read(1)
    valid = (utm != nodata) & (reference != nodata)
    agreement = (utm[valid] == reference[valid]).mean()
    print(f"XYZ → EPSG:32618: {agreement:.3%} of {valid.sum()} cells equal classify-then-gdalwarp")
    assert valid.mean() > 0.5 and agreement >= 0.995


def test_xyz_snapped_is_requested_on_the_snap_rasters_cells(processing_run, server, faults, model, tmp_path):
    """A snap raster in the tiles' CRS: the service is requested on its cells (one resampling), so the
    result is the same, byte for byte, as asking for that grid with EXTENT and CELL_SIZE."""
    bounds = grid_extent()
    origin = (bounds[0] - 0.37 * RES * 2, bounds[3] + 0.61 * RES * 2)  # off the tile grid
    snap = str(tmp_path / "snap.tif")
    with rasterio.open(snap, "w", driver="GTiff", width=4, height=4, count=1, dtype="uint8", crs="EPSG:3857",
                       transform=from_origin(origin[0], origin[1], 2 * RES, 2 * RES)) as ds:
        ds.write(np.zeros((1, 4, 4), np.uint8))
    snapped, transform, crs, _nodata = classify(processing_run, xyz_layer(server[0]), model,
                                                tmp_path / "snapped.tif", EXTENT=extent_text(bounds),
                                                SNAP_RASTER=snap)
    assert crs.to_epsg() == 3857 and transform.a == 2 * RES
    for value, start in ((transform.c, origin[0]), (transform.f, origin[1])):
        cells = (value - start) / (2 * RES)
        assert abs(cells - round(cells)) < 1e-9
    height, width = snapped.shape
    grid = (transform.c, transform.f - height * 2 * RES, transform.c + width * 2 * RES, transform.f)
    direct, direct_transform, *_ = classify(processing_run, xyz_layer(server[0]), model,
                                            tmp_path / "direct.tif", EXTENT=extent_text(grid),
                                            CELL_SIZE=2 * RES)
    assert direct_transform.almost_equals(transform, precision=1e-6)
    assert np.array_equal(direct, snapped)


def test_xyz_on_a_dask_worker_that_does_not_share_this_computers_tmp(processing_run, server, faults, model,
                                                                      tmp_path, monkeypatch):
    """DASK_SCHEDULER with a web layer whose GDAL description is written under /proc/self/cwd/tmp (this
    process's folder; the worker, in a folder of its own, does not have it): the description travels to the
    worker, which reads the tiles from the server itself. The same bytes as the run in this process."""
    pytest.importorskip("distributed", reason="Dask's distributed is an optional dependency")
    from helpers import tree_digest
    from servers import dask_cluster

    pythonpath = Path(__file__).resolve().parents[2] / ".build" / "pythonpath"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tmp").mkdir()
    from qgis.core import QgsProcessingUtils

    # Where the raster-source module writes a web layer's GDAL description (Processing's temporary folder).
    monkeypatch.setattr(QgsProcessingUtils, "tempFolder", lambda *args: "/proc/self/cwd/tmp")
    extra = dict(EXTENT=extent_text(grid_extent()), CELL_SIZE=RES)
    (tmp_path / "single").mkdir()
    classify(processing_run, xyz_layer(server[0]), model, tmp_path / "single" / "c.tif", **extra)
    with dask_cluster(tmp_path / "dask", pythonpath, workers=1) as running:
        (tmp_path / "dask_out").mkdir()
        classify(processing_run, xyz_layer(server[0]), model, tmp_path / "dask_out" / "c.tif",
                 DASK_SCHEDULER=running.address, **extra)
        placed = list((tmp_path / "dask" / "worker0" / "tmp").glob("sources-*/*"))
    assert placed, "the description was not written on the worker"
    assert tree_digest(tmp_path / "dask_out") == tree_digest(tmp_path / "single") != {}
