"""Yes/no parameters through qgis_process, where every value arrives as text: OUTPUT_NOFEATURE_TILES=true
(the spelling a new user tries first) and the others, BLACKEN_AROUND_FEATURE's effect on the pixels, and
the one-line refusal of a value that is neither."""

import json

import numpy as np
import pytest
import rasterio
from helpers import write_corner_labels

ALGORITHM = "pixelwise:exporttrainingdata"


@pytest.fixture(scope="module")
def corner(shared_data, tmp_path_factory):
    """A 3 × 3 export of the aerial crop whose one label polygon lies in the upper-left chip."""
    raster = str(shared_data / "nb_aerial_landcover" / "23322E759967N_clipped_1m_1of2.tif")
    labels = write_corner_labels(raster, tmp_path_factory.mktemp("corner") / "corner.gpkg", size=(60, 60))
    return {"IN_RASTER": raster, "IN_CLASS_DATA": labels, "CLASS_VALUE_FIELD": "class",
            "TILE_SIZE_X": 128, "TILE_SIZE_Y": 128, "STRIDE_X": 128, "STRIDE_Y": 128}


def _run(qgis_process, parameters):
    return qgis_process("--json", "run", ALGORITHM, "--", *(f"{k}={v}" for k, v in parameters.items()))


@pytest.mark.parametrize(("value", "chips"), [
    ("true", 9), ("TRUE", 9), ("yes", 9), ("1", 9), ("ALL_TILES", 9),
    ("false", 1), ("no", 1), ("0", 1), ("Only_Tiles_With_Features", 1)])
def test_output_nofeature_tiles_takes_every_spelling(qgis_process, corner, tmp_path, value, chips):
    result = _run(qgis_process, {**corner, "METADATA_FORMAT": "Classified_Tiles",
                                 "OUTPUT_NOFEATURE_TILES": value, "OUT_FOLDER": tmp_path / "out"})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert json.loads(result.stdout)["results"]["CHIP_COUNT"] == chips


def _chip(folder):
    (path,) = sorted((folder / "images").rglob("*.tif"))
    with rasterio.open(path) as ds:
        return ds.read()


@pytest.mark.parametrize(("yes", "no"), [("true", "false"), ("Yes", "No"), ("1", "0"),
                                         ("BLACKEN_AROUND_FEATURE", "NO_BLACKEN")])
def test_blacken_around_feature_takes_every_spelling(qgis_process, corner, tmp_path, yes, no):
    """Labeled_Tiles writes one chip for the one feature: blackened, only the 60 × 60 pixels of the
    feature keep their values."""
    chips = {}
    for name, value in (("yes", yes), ("no", no)):
        result = _run(qgis_process, {**corner, "METADATA_FORMAT": "Labeled_Tiles",
                                     "BLACKEN_AROUND_FEATURE": value, "OUT_FOLDER": tmp_path / name})
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        chips[name] = _chip(tmp_path / name)
    kept = np.any(chips["yes"] != 0, axis=0)
    assert 0.8 * 60 * 60 <= kept.sum() <= 60 * 60 * 1.05
    assert np.any(chips["no"] != 0, axis=0).sum() > 2 * kept.sum()


def test_a_value_that_is_neither_is_one_line(qgis_process, corner, tmp_path):
    result = _run(qgis_process, {**corner, "METADATA_FORMAT": "Classified_Tiles",
                                 "OUTPUT_NOFEATURE_TILES": "maybe", "OUT_FOLDER": tmp_path / "out"})
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert ("OUTPUT_NOFEATURE_TILES: 'maybe' is neither yes nor no. Use ALL_TILES/ONLY_TILES_WITH_FEATURES, "
            "true/false, yes/no, 1/0.") in output
    assert not (tmp_path / "out").exists()


@pytest.fixture(scope="module")
def training_folder(qgis_process, shared_data, tmp_path_factory):
    """A small Classified_Tiles export of the aerial crop (64-pixel chips) to train on."""
    folder = shared_data / "nb_aerial_landcover"
    out = tmp_path_factory.mktemp("train_export") / "export"
    result = _run(qgis_process, {"IN_RASTER": folder / "23322E759967N_clipped_1m_1of2.tif",
                                 "IN_CLASS_DATA": folder / "BakerLake_2017_clipped.gpkg",
                                 "CLASS_VALUE_FIELD": "Quatreclasses", "METADATA_FORMAT": "Classified_Tiles",
                                 "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64, "STRIDE_X": 64, "STRIDE_Y": 64,
                                 "OUT_FOLDER": out})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


@pytest.mark.parametrize(("stop", "augmentation", "epochs"), [
    ("true", "no", 2), ("yes", "false", 2), ("STOP_TRAINING", "0", 2),
    ("false", "yes", 3), ("0", "TRUE", 3), ("continue_training", "1", 3)])
def test_train_yes_no_parameters_take_every_spelling(qgis_process_ort, training_folder, tmp_path, stop,
                                                     augmentation, epochs):
    """STOP_TRAINING with patience 1 and learning rate 0: epoch 1 is never beaten, so two epochs run;
    without it all three."""
    pytest.importorskip("torch")
    result = qgis_process_ort("--json", "run", "pixelwise:trainpixelclassifier", "--",
                              f"IN_FOLDER={training_folder}", f"OUT_FOLDER={tmp_path / 'model'}",
                              "MAX_EPOCHS=3", "LEARNING_RATE=0", "PATIENCE=1", "MODEL_WIDTH=4",
                              "PROCESSOR_TYPE=CPU", f"STOP_TRAINING={stop}", f"AUGMENTATION={augmentation}")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert json.loads(result.stdout)["results"]["EPOCHS_RUN"] == epochs
