"""WMS, WMTS and WCS layers from a real server: QGIS Server's ``qgis_mapserver`` on 127.0.0.1 serving a
project with a real raster (the pixels of ../shared/data/rasterio_rgb_byte on a grid of square 300 m
cells), classified with a model whose output follows from the pixels (class = brightest band) and
compared with the same model on the file itself, at the same extent and cell size.

WMS and WCS give the file's own pixels on its own grid. WMTS tiles come from the server's tile matrix,
whose cells are not the file's: the pixels are resampled twice (by the server onto the tile matrix, by
Pixelwise onto the requested grid), which moves the brightest band wherever the bands are close. So
WMTS is compared on a smooth version of the same raster (upsampled four times, 75 m cells). Where
one band clearly wins every class matches; where the bands are nearly tied (parts of the sea here) the
two resamplings decide: 83 % of this window's classes match (99 % over its land part, as the
qgis_process test measures), against 16 % for a red/blue swap."""

import sys
from pathlib import Path

import numpy as np
import pytest
import rasterio
from qgis.core import QgsRasterLayer
from rasterio.transform import from_origin
from servers import SERVED_CELL, SERVED_ORIGIN, served_by_qgis_server, service_uri

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))
from classify_models import brightest_band_emd  # noqa: E402

# Every test with a fresh tile cache, so that the servers see every request a run makes.
pytestmark = pytest.mark.usefixtures("tile_cache")

CLASSIFY = "pixelwise:classifypixels"
EXPORT = "pixelwise:exporttrainingdata"
CELL = SERVED_CELL
ORIGIN = SERVED_ORIGIN
# A part of the raster on its own grid: columns 150–650, rows 120–520.
COL0, ROW0, WIDTH, HEIGHT = 150, 120, 500, 400


def bounds(col0=COL0, row0=ROW0, width=WIDTH, height=HEIGHT):
    west, north = ORIGIN[0] + col0 * CELL, ORIGIN[1] - row0 * CELL
    return west, north - height * CELL, west + width * CELL, north


def extent_text(b, crs="EPSG:32618"):
    return f"{b[0]!r},{b[2]!r},{b[1]!r},{b[3]!r} [{crs}]"


@pytest.fixture(scope="module")
def served(shared_data, tmp_path_factory, qgis_app):
    try:
        with served_by_qgis_server(shared_data, tmp_path_factory.mktemp("qgis_server")) as server:
            yield server
    except FileNotFoundError as err:
        pytest.skip(str(err))




@pytest.fixture(scope="module")
def model(tmp_path_factory):
    return brightest_band_emd(str(tmp_path_factory.mktemp("brightest")))


def service_layer(kind, url, name="rgb"):
    provider, source = service_uri(kind, url, name)
    layer = QgsRasterLayer(source, "served", provider)
    assert layer.isValid(), layer.error().summary()
    return layer


def classify(processing_run, raster, model, out, **extra):
    processing_run(CLASSIFY, {"IN_RASTER": raster, "IN_MODEL_DEFINITION": model,
                              "OUT_CLASSIFIED_RASTER": str(out), "PROCESSOR_TYPE": "CPU", **extra})
    with rasterio.open(out) as ds:
        return ds.read(1), ds.transform, ds.crs, ds.nodata


# (raster, cell size, floor): WMS and WCS serve the file's pixels on its grid, so nearly every class must
# match; WMTS resamples twice (see the module's text), on the smooth raster.
CASES = {"WMS": ("rgb", CELL, 0.99), "WCS": ("rgb", CELL, 0.99), "WMTS": ("smooth", CELL / 4, 0.75)}


@pytest.mark.parametrize("kind", ["WMS", "WMTS", "WCS"])
def test_service_classification_matches_the_file(processing_run, served, model, tmp_path, kind):
    url, rasters = served
    name, cell, floor = CASES[kind]
    raster = rasters[name]
    b = bounds()
    if cell != CELL:  # a quarter of the area at four times the resolution: as many pixels
        b = (b[0], b[3] - (b[3] - b[1]) / 4, b[0] + (b[2] - b[0]) / 4, b[3])
    web, transform, crs, nodata = classify(processing_run, service_layer(kind, url, name), model,
                                           tmp_path / "web.tif", EXTENT=extent_text(b), CELL_SIZE=cell)
    ref, ref_transform, _crs, _nd = classify(processing_run, raster, model, tmp_path / "ref.tif",
                                             EXTENT=extent_text(b), CELL_SIZE=cell)
    size = (HEIGHT, WIDTH) if cell == CELL else (HEIGHT, WIDTH)
    assert crs.to_epsg() == 32618 and web.shape == size == ref.shape
    assert transform.almost_equals(from_origin(b[0], b[3], cell, cell), precision=1e-6)
    assert ref_transform.almost_equals(transform, precision=1e-6)
    either = (web != nodata) | (ref != nodata)
    agreement = float((web == ref)[either].mean())
    # The comparison is sharp: the same service read with red and blue swapped would fail it.
    swapped = ref.copy()
    swapped[ref == 0], swapped[ref == 2] = 2, 0
    wrong = float((web == swapped)[either].mean())
    print(f"{kind}: {agreement:.4%} of classes as from the file (R/B swapped: {wrong:.2%})")
    assert len(set(np.unique(web[web != nodata]).tolist())) >= 2
    assert agreement >= floor > wrong


@pytest.mark.parametrize("kind", ["WMS", "WMTS", "WCS"])
def test_export_chips_from_services(processing_run, served, tmp_path, kind):
    url, rasters = served
    name, cell, _floor = CASES[kind]
    col0, row0 = (COL0, ROW0) if cell == CELL else (4 * COL0, 4 * ROW0)
    west, north = ORIGIN[0] + col0 * cell, ORIGIN[1] - row0 * cell
    b = (west, north - 256 * cell, west + 256 * cell, north)
    out = tmp_path / "chips"
    result = processing_run(EXPORT, {"IN_RASTER": [service_layer(kind, url, name)], "OUT_FOLDER": str(out),
                                     "EXTENT": extent_text(b), "CELL_SIZE": cell, "TILE_SIZE_X": 128,
                                     "TILE_SIZE_Y": 128, "STRIDE_X": 128, "STRIDE_Y": 128,
                                     "OUTPUT_NOFEATURE_TILES": True, "METADATA_FORMAT": "Export_Tiles",
                                     "IMAGE_CHIP_FORMAT": "TIFF"})
    chips = sorted((out / "images").glob("*.tif"))
    assert result["CHIP_COUNT"] == len(chips) == 4
    with rasterio.open(chips[0]) as ds, rasterio.open(rasters[name]) as src:
        assert ds.count == 3 and ds.crs.to_epsg() == 32618
        assert ds.transform.almost_equals(from_origin(b[0], b[3], cell, cell), precision=1e-6)
        file_pixels = src.read(window=((row0, row0 + 128), (col0, col0 + 128))).astype(int)
        difference = float(np.abs(ds.read().astype(int) - file_pixels).mean())
    # WMS and WCS: the file's pixels; WMTS: resampled twice, a few grey levels off on average.
    assert difference <= (5.0 if kind == "WMTS" else 0.5), difference


@pytest.mark.parametrize("service", ["MapServer", "ImageServer"])
def test_arcgis_rest_layers(processing_run, served, model, tmp_path, service):
    """ArcGIS REST services through GDAL's AGS client, against a loopback server that speaks the
    documented protocol (tests/servers.py: no ArcGIS Server can run here) from the file's pixels."""
    from qgis.core import QgsDataSourceUri
    from servers import arcgis_rest_server

    _url, rasters = served
    with arcgis_rest_server(rasters["rgb"]) as (base, requests):
        uri = QgsDataSourceUri()
        uri.setParam("url", f"{base}/{service}")
        uri.setParam("crs", "EPSG:32618")
        uri.setParam("format", "PNG32")
        if service == "MapServer":
            uri.setParam("layer", "0")
        layer = QgsRasterLayer(uri.uri(False), "rest", "arcgismapserver")
        if not layer.isValid():
            pytest.skip(f"this QGIS's arcgismapserver provider does not open a {service} "
                        f"({layer.error().summary()[:120]})")
        b = bounds()
        web, transform, crs, nodata = classify(processing_run, layer, model, tmp_path / "web.tif",
                                               EXTENT=extent_text(b), CELL_SIZE=CELL)
        endpoint = "/exportImage?" if service == "ImageServer" else "/export?"
        assert any(endpoint in r and "f=image" in r for r in requests), requests[-3:]
    ref, *_ = classify(processing_run, rasters["rgb"], model, tmp_path / "ref.tif", EXTENT=extent_text(b),
                       CELL_SIZE=CELL)
    assert crs.to_epsg() == 32618 and web.shape == ref.shape == (HEIGHT, WIDTH)
    assert transform.almost_equals(from_origin(b[0], b[3], CELL, CELL), precision=1e-6)
    either = (web != nodata) | (ref != nodata)
    agreement = float((web == ref)[either].mean())
    print(f"ArcGIS {service}: {agreement:.4%}")
    assert agreement >= 0.99
