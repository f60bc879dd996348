"""Web layers through ``qgis_process``, given as layer strings (``wms://<QGIS data source>``, ``wcs://…``)
as the README shows: XYZ tiles from a loopback tile server, WMS, WMTS and WCS from QGIS Server's
``qgis_mapserver``. The model is a 1×1 identity convolution, so the expected classes are the brightest
band of the pixels the service serves, computed here from the files with numpy."""

import sys
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))
from classify_models import brightest_band_emd, expected_classes  # noqa: E402
from servers import (  # noqa: E402
    SERVED_CELL,
    SERVED_ORIGIN,
    served_by_qgis_server,
    service_uri,
    tile_server,
    xyz_tiles,
    xyz_uri,
)

pytestmark = pytest.mark.headless

HALF = 20037508.342789244
RES10 = 2 * HALF / (256 * 2**10)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    return brightest_band_emd(str(tmp_path_factory.mktemp("brightest_qp")))


@pytest.fixture(scope="module")
def served(shared_data, tmp_path_factory, qgis_app):
    try:
        with served_by_qgis_server(shared_data, tmp_path_factory.mktemp("qgis_server_qp")) as server:
            yield server
    except FileNotFoundError as err:
        pytest.skip(str(err))


def run_classify(qgis_process_ort, source, model, out, extent, cell):
    result = qgis_process_ort("run", "pixelwise:classifypixels", "--", f"IN_RASTER={source}",
                              f"IN_MODEL_DEFINITION={model}", f"OUT_CLASSIFIED_RASTER={out}",
                              f"EXTENT={extent}", f"CELL_SIZE={cell!r}", "PROCESSOR_TYPE=CPU")
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    with rasterio.open(out) as ds:
        return ds.read(1), ds.transform, ds.crs, ds.nodata


@pytest.mark.parametrize("kind", ["WMS", "WCS", "WMTS"])
def test_service_layer_strings(qgis_process_ort, served, model, tmp_path, kind):
    url, rasters = served
    provider, source = service_uri(kind, url, "smooth" if kind == "WMTS" else "rgb")
    cell = SERVED_CELL / 4 if kind == "WMTS" else SERVED_CELL
    col0, row0, width, height = (600, 480, 300, 200) if kind == "WMTS" else (150, 120, 300, 200)
    west, north = SERVED_ORIGIN[0] + col0 * cell, SERVED_ORIGIN[1] - row0 * cell
    extent = f"{west!r},{west + width * cell!r},{north - height * cell!r},{north!r} [EPSG:32618]"
    classes, transform, crs, nodata = run_classify(qgis_process_ort, f"{provider}://{source}", model,
                                                   tmp_path / "out.tif", extent, cell)
    assert crs.to_epsg() == 32618 and classes.shape == (height, width)
    assert transform.almost_equals(from_origin(west, north, cell, cell), precision=1e-6)
    with rasterio.open(rasters["smooth" if kind == "WMTS" else "rgb"]) as ds:
        pixels = ds.read(window=((row0, row0 + height), (col0, col0 + width)))
    valid = (pixels != 0).all(axis=0) & (classes != nodata)
    agreement = float((classes == expected_classes(pixels, np.eye(3)))[valid].mean())
    print(f"qgis_process {kind}: {agreement:.4%}")
    assert agreement >= (0.75 if kind == "WMTS" else 0.99), agreement  # WMTS: see test_web_services.py
    result = qgis_process_ort("run", "pixelwise:exporttrainingdata", "--", f"IN_RASTER={provider}://{source}",
                              f"OUT_FOLDER={tmp_path / 'chips'}", f"EXTENT={extent}", f"CELL_SIZE={cell!r}",
                              "TILE_SIZE_X=100", "TILE_SIZE_Y=100", "STRIDE_X=100", "STRIDE_Y=100",
                              "OUTPUT_NOFEATURE_TILES=ALL_TILES", "METADATA_FORMAT=Export_Tiles")
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    assert len(list((tmp_path / "chips" / "images").glob("*.tif"))) == 6


def test_xyz_layer_string_classify_and_export(qgis_process_ort, shared_data, model, tmp_path):
    tiles = xyz_tiles(shared_data / "rasterio_rgb_byte" / "RGB.byte.tif", tmp_path / "tiles", "10")
    if tiles is None:
        pytest.skip("gdal2tiles.py (Debian gdal-bin) is not installed")
    col0, row0 = 289 * 256 + 37, 437 * 256 + 11
    west, north = -HALF + col0 * RES10, HALF - row0 * RES10
    extent = f"{west!r},{west + 300 * RES10!r},{north - 200 * RES10!r},{north!r} [EPSG:3857]"
    with tile_server(tiles) as (url, _faults):
        source = "wms://" + xyz_uri(url, 0, 10)
        classes, transform, crs, _nodata = run_classify(qgis_process_ort, source, model, tmp_path / "c.tif",
                                                        extent, RES10)
        result = qgis_process_ort("run", "pixelwise:exporttrainingdata", "--", f"IN_RASTER={source}",
                                  f"OUT_FOLDER={tmp_path / 'chips'}", f"EXTENT={extent}",
                                  f"CELL_SIZE={RES10!r}",
                                  "TILE_SIZE_X=100", "TILE_SIZE_Y=100", "STRIDE_X=100", "STRIDE_Y=100",
                                  "OUTPUT_NOFEATURE_TILES=ALL_TILES", "METADATA_FORMAT=Export_Tiles")
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    assert crs.to_epsg() == 3857 and classes.shape == (200, 300)
    assert transform.almost_equals(from_origin(west, north, RES10, RES10), precision=1e-6)
    assert len(list((tmp_path / "chips" / "images").glob("*.tif"))) == 6
