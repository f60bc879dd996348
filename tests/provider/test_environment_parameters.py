"""OUT_SR, SNAP_RASTER, PARALLEL_PROCESSING_FACTOR and RETRY_ON_FAILURES through processing.run, on the
real cloud model and Landsat scene: the grids they give, the chip index in the output CRS, and one-line
errors for bad values."""

import os

import numpy as np
import pytest
import rasterio
from osgeo import gdal
from provider_checks import run_error
from qgis.core import QgsRasterLayer, QgsVectorLayer
from rasterio.transform import Affine

CLASSIFY = "pixelwise:classifypixels"
EXPORT = "pixelwise:exporttrainingdata"
LCC = "EPSG:6372"


def snap_raster(path, crs, origin, cell):
    with rasterio.open(path, "w", driver="GTiff", width=8, height=8, count=1, dtype="uint8", crs=crs,
                       transform=Affine(cell, 0.0, origin[0], 0.0, -cell, origin[1])) as ds:
        ds.write(np.zeros((1, 8, 8), np.uint8))
    return str(path)


def grid(path):
    with rasterio.open(path) as ds:
        return ds.crs, ds.transform, ds.width, ds.height


def test_classify_out_sr_snap_raster_and_factor(processing_run, classify_parameters, tmp_path):
    origin = (3430000.25, 450000.75)
    snap = snap_raster(tmp_path / "snap.tif", LCC, origin, 40.0)
    out = tmp_path / "classified.tif"
    result = processing_run(CLASSIFY, {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(out),
                                       "OUT_SR": LCC, "SNAP_RASTER": snap, "CELL_SIZE": 80.0,
                                       "PARALLEL_PROCESSING_FACTOR": "100%", "RETRY_ON_FAILURES": 1})
    assert result["OUT_CLASSIFIED_RASTER"] == str(out)
    crs, transform, width, height = grid(out)
    assert crs.to_epsg() == 6372 and (transform.a, transform.e) == (80.0, -80.0)
    for value, start in ((transform.c, origin[0]), (transform.f, origin[1])):
        cells = (value - start) / 40.0
        assert abs(cells - round(cells)) < 1e-9
    # The same as classifying on the scene's grid, then warping with GDAL onto this grid.
    native = tmp_path / "native.tif"
    processing_run(CLASSIFY, {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(native)})
    warped = str(tmp_path / "warped.tif")
    gdal.Warp(warped, str(native), dstSRS=LCC, outputBounds=(transform.c, transform.f + height * transform.e,
                                                             transform.c + width * transform.a, transform.f),
              width=width, height=height, resampleAlg="near")
    with rasterio.open(out) as a, rasterio.open(warped) as b:
        ours, theirs = a.read(1), b.read(1)
    # 80 m cells from 30 m pixels: GDAL's nearest neighbour takes one of about seven source pixels.
    agreement = (ours == theirs).mean()
    print(f"OUT_SR + SNAP_RASTER at 80 m: {agreement:.3%} equal to classify-then-gdalwarp")
    assert agreement >= 0.9


def test_export_chip_index_is_in_out_sr(processing_run, classify_inputs, tmp_path):
    out = tmp_path / "chips"
    result = processing_run(EXPORT, {"IN_RASTER": [classify_inputs["cloudy"]], "OUT_FOLDER": str(out),
                                     "METADATA_FORMAT": "Export_Tiles", "OUTPUT_NOFEATURE_TILES": True,
                                     "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64, "STRIDE_X": 64, "STRIDE_Y": 64,
                                     "IMAGE_CHIP_FORMAT": "TIFF", "OUT_SR": LCC, "CELL_SIZE": 60.0,
                                     "PARALLEL_PROCESSING_FACTOR": "1"})
    index = result["OUT_CHIP_INDEX"]
    layer = index if isinstance(index, QgsVectorLayer) else QgsVectorLayer(index, "index", "ogr")
    assert layer.crs().authid() == LCC
    assert layer.featureCount() == result["CHIP_COUNT"] > 0
    first = sorted((out / "images").glob("*.tif"))[0]
    crs, transform, _w, _h = grid(first)
    assert crs.to_epsg() == 6372 and transform.a == 60.0
    feature = next(layer.getFeatures())
    box = feature.geometry().boundingBox()
    assert abs(box.width() - 64 * 60.0) < 1e-6
    assert any(abs(box.xMinimum() - (transform.c + k * 64 * 60.0)) < 1e-6 for k in range(-50, 50))


@pytest.mark.parametrize("key,value,start", [
    ("PARALLEL_PROCESSING_FACTOR", "many", "PARALLEL_PROCESSING_FACTOR: 'many' is neither a number"),
    ("PARALLEL_PROCESSING_FACTOR", "1.5", "PARALLEL_PROCESSING_FACTOR: '1.5' is neither a number"),
    ("RETRY_ON_FAILURES", -1, "RETRY_ON_FAILURES: must be a whole number of retries"),
])
@pytest.mark.parametrize("algorithm", [CLASSIFY, EXPORT])
def test_bad_environment_values_are_one_line(processing_run, classify_parameters, tmp_path, algorithm, key,
                                             value, start):
    if algorithm == CLASSIFY:
        out = tmp_path / "o.tif"
        parameters = {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(out)}
    else:
        out = tmp_path / "chips"
        parameters = {"IN_RASTER": [classify_parameters["IN_RASTER"]], "OUT_FOLDER": str(out),
                      "METADATA_FORMAT": "Export_Tiles", "OUTPUT_NOFEATURE_TILES": True}
    message = run_error(processing_run, algorithm, {**parameters, key: value})
    assert message.startswith(start), message
    assert not out.exists()


def test_a_web_layer_is_no_snap_raster(processing_run, classify_parameters, tmp_path):
    from servers import xyz_uri

    tiles = QgsRasterLayer(xyz_uri("http://127.0.0.1:9", 0, 2), "tiles", "wms")
    message = run_error(processing_run, CLASSIFY, {**classify_parameters, "SNAP_RASTER": tiles,
                                                   "OUT_CLASSIFIED_RASTER": str(tmp_path / "o.tif")})
    assert message.startswith("SNAP_RASTER: 'tiles' is a web or database layer"), message
    assert os.listdir(tmp_path) == []
