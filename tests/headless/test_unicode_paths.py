"""Both algorithms through ``qgis_process run`` with every input and output in folders whose names hold
spaces and non-ASCII letters, and class names that XML and JSON must escape: the same files as a run
with plain paths, and the names read back exactly."""

import json
import shutil

import pytest
import rasterio
from helpers import tree_digest, ukis_emd
from osgeo import gdal, ogr
from qgis.core import QgsVectorLayer

pytestmark = pytest.mark.headless

EXPORT = "pixelwise:exporttrainingdata"
CLASSIFY = "pixelwise:classifypixels"
# The New Brunswick layer's "Quatreclasses" text → a class name.
NAMES = {"1": 'Forêt "humide" & <marais>', "2": "Route 'nationale'", "3": "道路", "4": "Ελιά\\x",
         "255": "Eau/lac: #1 ]]>"}
UKIS_NAMES = ['Clair "sec" & <net>', "Nuage 'épais'", "雲の影 Σκιά\\x"]
ODD = "dossier été"


def _arguments(parameters):
    return [f"{key}={value}" for key, value in parameters.items()]


def _ok(result):
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Traceback" not in result.stdout + result.stderr
    return json.loads(result.stdout)["results"]


@pytest.fixture(scope="module")
def export_inputs(shared_data, tmp_path_factory):
    """{"plain": (raster, labels), "odd": (raster, labels)}: the same two files, under a plain folder and
    under ``dossier été/entrée 1`` with such file names; the labels' class text rewritten to NAMES."""
    source = shared_data / "nb_aerial_landcover"
    plain = tmp_path_factory.mktemp("plain")
    raster, labels = plain / "tile.tif", plain / "labels.gpkg"
    shutil.copy(source / "23322E759967N_clipped_1m_1of2.tif", raster)
    gdal.VectorTranslate(str(labels), str(source / "BakerLake_2017_clipped.gpkg"))
    ds = ogr.Open(str(labels), update=1)
    layer = ds.GetLayer(0)
    for feature in layer:
        feature.SetField("Quatreclasses", NAMES[feature.GetField("Quatreclasses")])
        layer.SetFeature(feature)
    ds = layer = None
    odd = tmp_path_factory.mktemp("odd") / ODD / "entrée 1"
    odd.mkdir(parents=True)
    shutil.copy(raster, odd / "tuile été 1.tif")
    shutil.copy(labels, odd / "étiquettes 1.gpkg")
    return {"plain": (raster, labels), "odd": (odd / "tuile été 1.tif", odd / "étiquettes 1.gpkg")}


def _export(qgis_process, inputs, out, index):
    raster, labels = inputs
    parameters = {"IN_RASTER": raster, "IN_CLASS_DATA": labels, "CLASS_VALUE_FIELD": "Quatreclasses",
                  "METADATA_FORMAT": "RCNN_Masks", "TILE_SIZE_X": 128, "TILE_SIZE_Y": 128, "STRIDE_X": 64,
                  "STRIDE_Y": 64, "OUT_FOLDER": out, "OUT_CHIP_INDEX": index}
    return _ok(qgis_process("--json", "run", EXPORT, "--", *_arguments(parameters)))


def test_export_with_odd_paths_writes_the_same_folder(qgis_process, export_inputs, tmp_path):
    """RCNN_Masks: class names become folder names and map.txt entries, besides the EMD and stats."""
    plain, odd = tmp_path / "plain" / "export", tmp_path / ODD / "sortie 1"
    plain_results = _export(qgis_process, export_inputs["plain"], plain, tmp_path / "plain" / "index.gpkg")
    odd_index = tmp_path / ODD / "index été 1.gpkg"
    odd_results = _export(qgis_process, export_inputs["odd"], odd, odd_index)

    assert odd_results["OUT_FOLDER"] == str(odd)
    assert odd_results["CHIP_COUNT"] == plain_results["CHIP_COUNT"] > 0
    # map.txt holds paths relative to the folder, so the whole folders are byte for byte the same.
    expected = tree_digest(plain)
    assert len(expected) > 4 and tree_digest(odd) == expected
    assert QgsVectorLayer(str(odd_index), "index").featureCount() == odd_results["CHIP_COUNT"]
    with open(odd / "esri_model_definition.emd", encoding="utf-8") as f:
        assert sorted(c["Name"] for c in json.load(f)["Classes"]) == sorted(NAMES.values())


def test_classify_with_odd_paths_gives_the_same_pixels(qgis_process_ort, pixelwise_provider,
                                                        classify_parameters, shared_data, tmp_path):
    """The scene, the EMD and its model (ModelFile relative to the EMD) in folders with spaces and
    non-ASCII names; the classes renamed. Same pixels as processing.run with plain paths; GDAL reads
    the names back from the .aux.xml."""
    import processing

    reference = tmp_path / "plain" / "classified.tif"
    processing.run(CLASSIFY, {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(reference)})
    folder = tmp_path / ODD / "modèle 1"
    folder.mkdir(parents=True)
    model_dir = shared_data / "ukis_csmask_onnx"
    shutil.copy(model_dir / "model_6b_l2a.onnx", folder / "réseau nuages.onnx")
    classes = [{"Value": v, "Name": n, "Color": [40, 80 * v, 160]} for v, n in enumerate(UKIS_NAMES)]
    emd = folder / "définition 1.emd"
    emd.write_text(json.dumps(ukis_emd("réseau nuages.onnx", str(model_dir), Classes=classes),
                              ensure_ascii=False), encoding="utf-8")
    scene = folder / "scène nuageuse.gtif"
    shutil.copy(classify_parameters["IN_RASTER"], scene)
    out = tmp_path / ODD / "sortie 1" / "classé 1.tif"

    parameters = {**classify_parameters, "IN_RASTER": scene, "IN_MODEL_DEFINITION": emd,
                  "OUT_CLASSIFIED_RASTER": out}
    results = _ok(qgis_process_ort("--json", "run", CLASSIFY, "--", *_arguments(parameters)))

    assert results["OUT_CLASSIFIED_RASTER"] == str(out)
    with rasterio.open(out) as got, rasterio.open(reference) as expected:
        assert got.read(1).tobytes() == expected.read(1).tobytes()
        assert (got.crs, got.transform) == (expected.crs, expected.transform)
    ds = gdal.Open(str(out))  # referenced while the band is used
    band = ds.GetRasterBand(1)
    rat = band.GetDefaultRAT()  # GDAL 3.6 loads the .aux.xml on this call, not on GetCategoryNames
    assert band.GetCategoryNames() == UKIS_NAMES
    assert [rat.GetValueAsString(r, 2) for r in range(rat.GetRowCount())] == UKIS_NAMES
