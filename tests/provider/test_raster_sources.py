"""Raster layers of every kind reach the engine through processing_provider/raster_source.py: GDAL
names with ``|layername=`` and ``|option:`` suffixes, GeoPackage rasters, VRTs, ``/vsizip/`` paths, and
a provider GDAL cannot open (QGIS's virtual raster, the raster calculator on the fly), read through QGIS.
Each is classified with a per-pixel model and compared with the same model on the plain GeoTIFF."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import rasterio
from qgis.core import QgsRasterDataProvider, QgsRasterLayer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))
from classify_models import conv1x1_model  # noqa: E402

CLASSIFY = "pixelwise:classifypixels"


@pytest.fixture(scope="module")
def rasters(shared_data, tmp_path_factory):
    """A 3-band crop of rasterio_rgb_byte without NoData (GeoTIFF with overviews), and the same pixels as
    a GeoPackage raster, a VRT and a zip."""
    folder = tmp_path_factory.mktemp("sources")
    with rasterio.open(shared_data / "rasterio_rgb_byte" / "RGB.byte.tif") as src:
        window = ((200, 456), (200, 456))
        pixels = src.read(window=window)
        profile = dict(driver="GTiff", width=256, height=256, count=3, dtype="uint8", crs=src.crs,
                       transform=src.window_transform(window))
    tif = folder / "crop.tif"
    with rasterio.open(tif, "w", **profile) as ds:
        ds.write(pixels)
    subprocess.run(["gdaladdo", "-q", "-r", "average", str(tif), "2", "4"], check=True)
    gpkg = folder / "crop.gpkg"
    subprocess.run(["gdal_translate", "-q", "-of", "GPKG", "-co", "RASTER_TABLE=croptable", "-co",
                    "TILE_FORMAT=PNG", str(tif), str(gpkg)], check=True)
    vrt = folder / "crop.vrt"
    subprocess.run(["gdalbuildvrt", "-q", str(vrt), str(tif)], check=True)
    archive = folder / "crop.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(tif, "inside/crop.tif")
    return {"tif": str(tif), "gpkg": str(gpkg), "vrt": str(vrt), "zip": f"/vsizip/{archive}/inside/crop.tif"}


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("source_models")
    conv1x1_model(folder / "rgb.onnx", np.eye(3))
    # One band: class 1 where the band is below half its range, class 0 above.
    conv1x1_model(folder / "one.onnx", [[1.0], [0.0]], bias=[0.0, 0.5])
    result = {}
    for name, bands in (("rgb", [0, 1, 2]), ("one", [0])):
        emd = folder / f"{name}.emd"
        emd.write_text(json.dumps({"Framework": "ONNX", "ModelType": "ImageClassification",
                                   "ModelFile": f"{name}.onnx", "ImageHeight": 64, "ImageWidth": 64,
                                   "ExtractBands": bands}), encoding="utf-8")
        result[name] = str(emd)
    return result


def classify(processing_run, raster, model, out, **extra):
    processing_run(CLASSIFY, {"IN_RASTER": raster, "IN_MODEL_DEFINITION": model,
                              "OUT_CLASSIFIED_RASTER": str(out), "PROCESSOR_TYPE": "CPU", **extra})
    with rasterio.open(out) as ds:
        return ds.read(1), ds.transform


@pytest.fixture(scope="module")
def reference(processing_run, rasters, models, tmp_path_factory):
    return classify(processing_run, rasters["tif"], models["rgb"], tmp_path_factory.mktemp("ref") / "r.tif")


@pytest.mark.parametrize("form", ["gpkg_name", "gpkg_layername", "vrt", "zip"])
def test_gdal_names_classify_like_the_file(processing_run, rasters, models, reference, tmp_path, form):
    source = {"gpkg_name": f"GPKG:{rasters['gpkg']}:croptable",
              "gpkg_layername": f"{rasters['gpkg']}|layername=croptable",
              "vrt": rasters["vrt"], "zip": rasters["zip"]}[form]
    layer = QgsRasterLayer(source, form, "gdal")
    if form == "gpkg_layername" and not layer.isValid():
        pytest.skip("this QGIS's GDAL provider does not open '|layername=' raster sources")
    assert layer.isValid(), source
    classes, transform = classify(processing_run, layer, models["rgb"], tmp_path / "o.tif")
    assert transform.almost_equals(reference[1], precision=1e-9)
    assert np.array_equal(classes, reference[0])


def test_open_options_of_the_layer_are_kept(processing_run, rasters, models, tmp_path):
    # OVERVIEW_LEVEL=0 opens the first overview: half the size, as QGIS draws such a layer.
    layer = QgsRasterLayer(f"{rasters['tif']}|option:OVERVIEW_LEVEL=0", "overview", "gdal")
    assert layer.isValid() and layer.width() == 128
    classes, transform = classify(processing_run, layer, models["rgb"], tmp_path / "o.tif")
    with rasterio.open(rasters["tif"], OVERVIEW_LEVEL=0) as ds:
        pixels = ds.read()
    assert classes.shape == (128, 128) and transform.a == pytest.approx(2 * layer.rasterUnitsPerPixelX() / 2)
    assert np.array_equal(classes, np.argmax(pixels, axis=0))


def test_a_provider_gdal_cannot_open_is_read_through_qgis(processing_run, rasters, models, tmp_path):
    base = QgsRasterLayer(rasters["tif"], "crop")
    parameters = QgsRasterDataProvider.VirtualRasterParameters()
    parameters.crs = base.crs()
    parameters.extent = base.extent()
    parameters.width, parameters.height = base.width(), base.height()
    parameters.formula = '"crop@2" * 1'
    entry = QgsRasterDataProvider.VirtualRasterInputLayers()
    entry.name, entry.provider, entry.uri = "crop", "gdal", rasters["tif"]
    parameters.rInputLayers = [entry]
    virtual = QgsRasterLayer(QgsRasterDataProvider.encodeVirtualRasterProviderUri(parameters), "green",
                             "virtualraster")
    assert virtual.isValid(), virtual.error().summary()
    classes, transform = classify(processing_run, virtual, models["one"], tmp_path / "v.tif")
    # The reference: the same values (the calculator's Float64) in a GeoTIFF.
    with rasterio.open(rasters["tif"]) as ds:
        profile = {**ds.profile, "count": 1, "dtype": "float64"}
        green = ds.read(2).astype(np.float64)
    with rasterio.open(tmp_path / "green.tif", "w", **profile) as ds:
        ds.write(green, 1)
    expected, file_transform = classify(processing_run, str(tmp_path / "green.tif"), models["one"],
                                        tmp_path / "g.tif")
    assert transform.almost_equals(file_transform, precision=1e-9)
    assert np.array_equal(classes, expected) and len(np.unique(expected)) == 2
