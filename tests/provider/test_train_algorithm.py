"""processing.run of Train Pixel Classifier on a Classified_Tiles export made through processing.run: the
outputs, the report PNG, the per-epoch log, ArcGIS keywords, the model in Classify Pixels, and the
message when PyTorch is missing."""

import os
import re
import sys

import numpy as np
import pytest
import rasterio
from provider_checks import LogFeedback
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
)
from qgis.PyQt.QtGui import QImage

from pixelwise.processing_provider.dependencies import pip_install_command

pytest.importorskip("torch")

ALGORITHM = "pixelwise:trainpixelclassifier"
PARAMETERS = ["IN_FOLDER", "OUT_FOLDER", "MAX_EPOCHS", "BATCH_SIZE", "LEARNING_RATE", "VALIDATION_PERCENTAGE",
              "STOP_TRAINING", "PATIENCE", "AUGMENTATION", "RANDOM_SEED", "PROCESSOR_TYPE", "MODEL_WIDTH",
              "MODEL_DEPTH"]
EPOCH_LINE = re.compile(r"^Epoch (\d+)/(\d+): train loss \d+\.\d+, validation loss \d+\.\d+, "
                        r"validation IoU [01]\.\d+")




@pytest.fixture(scope="module")
def algorithm(pixelwise_provider):
    return QgsApplication.processingRegistry().algorithmById(ALGORITHM)


@pytest.fixture(scope="module")
def export(run_export, nb_parameters, tmp_path_factory):
    """The aerial crop as Classified_Tiles, 64-pixel chips every 64 pixels (20 chips)."""
    folder = tmp_path_factory.mktemp("train_export") / "export"
    run_export({**nb_parameters, "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64, "STRIDE_X": 64, "STRIDE_Y": 64,
                "OUT_FOLDER": str(folder)})
    return folder


@pytest.fixture(scope="module")
def trained(processing_run, export, tmp_path_factory):
    """(results, log lines) of a three-epoch run with the ArcGIS keywords given as text."""
    feedback = LogFeedback()
    out = tmp_path_factory.mktemp("train_run") / "model"
    results = processing_run(ALGORITHM, {
        "IN_FOLDER": str(export), "OUT_FOLDER": str(out), "MAX_EPOCHS": 3, "BATCH_SIZE": 4,
        "STOP_TRAINING": "CONTINUE_TRAINING", "PROCESSOR_TYPE": "CPU", "AUGMENTATION": True, "RANDOM_SEED": 1,
    }, feedback=feedback)
    return results, feedback.lines


def test_definitions(algorithm):
    assert algorithm.displayName() == "Train Pixel Classifier" and algorithm.shortHelpString()
    assert [p.name() for p in algorithm.parameterDefinitions()] == PARAMETERS
    assert not [p.name() for p in algorithm.parameterDefinitions() if not p.help().strip()]
    outputs = {o.name(): type(o) for o in algorithm.outputDefinitions()}
    assert outputs == {"OUT_FOLDER": outputs["OUT_FOLDER"], "OUT_MODEL_DEFINITION": QgsProcessingOutputFile,
                       "OUT_DLPK": QgsProcessingOutputFile, "OUT_REPORT": QgsProcessingOutputFile,
                       "BEST_VAL_IOU": QgsProcessingOutputNumber, "EPOCHS_RUN": QgsProcessingOutputNumber}
    required = {p.name() for p in algorithm.parameterDefinitions() if not p.flags() & p.FlagOptional}
    assert required == set(PARAMETERS)
    advanced = {p.name() for p in algorithm.parameterDefinitions() if p.flags() & p.FlagAdvanced}
    assert advanced == {"MODEL_WIDTH", "MODEL_DEPTH"}


def test_enums_take_keywords_the_engine_knows(algorithm):
    from pixelwise.engine.classify import PROCESSOR_TYPES

    for key, default, options in (("STOP_TRAINING", "STOP_TRAINING", ["CONTINUE_TRAINING", "STOP_TRAINING"]),
                                  ("PROCESSOR_TYPE", "AUTO", list(PROCESSOR_TYPES))):
        parameter = algorithm.parameterDefinition(key)
        assert isinstance(parameter, QgsProcessingParameterEnum) and parameter.usesStaticStrings()
        assert (parameter.defaultValue(), parameter.options()) == (default, options)


def test_outputs(trained, export):
    results, _ = trained
    out = results["OUT_FOLDER"]
    assert set(os.listdir(out)) == {"model.emd", "model.onnx", "model.dlpk", "training_log.csv",
                                    "training_log.json", "training_report.png"}
    assert results["OUT_MODEL_DEFINITION"] == os.path.join(out, "model.emd")
    assert results["OUT_DLPK"] == os.path.join(out, "model.dlpk")
    assert results["OUT_REPORT"] == os.path.join(out, "training_report.png")
    assert results["EPOCHS_RUN"] == 3  # CONTINUE_TRAINING: no early stop
    assert 0.0 < results["BEST_VAL_IOU"] <= 1.0


def test_report_is_a_drawn_png(trained):
    image = QImage(trained[0]["OUT_REPORT"])
    assert not image.isNull() and (image.width(), image.height()) == (1000, 520)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    # Format_RGB32 is 0xffRRGGBB per pixel: B, G, R, 255 in memory on a little-endian machine.
    words = np.frombuffer(bits, np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    pixels = np.stack([(words >> 16) & 255, (words >> 8) & 255, words & 255], axis=-1).astype(np.uint8)
    colours = {(int(v) >> 16 & 255, int(v) >> 8 & 255, int(v) & 255) for v in np.unique(words)}
    assert np.mean(pixels.min(axis=2) < 250) > 0.005  # lines, text and curves on the white
    # The curves' colours: training loss (blue), validation loss (orange), IoU (green).
    assert {(31, 119, 180), (255, 127, 14), (44, 160, 44)} <= colours


def test_log_has_a_line_per_epoch(trained):
    results, lines = trained
    epochs = [EPOCH_LINE.match(line) for line in lines if line.startswith("Epoch ")]
    assert len(epochs) == results["EPOCHS_RUN"] and all(epochs)
    assert [int(m.group(1)) for m in epochs] == [1, 2, 3] and {m.group(2) for m in epochs} == {"3"}
    assert any(line.startswith("Training on CPU") for line in lines)
    assert any(line.startswith("Best model: epoch") for line in lines)


@pytest.mark.parametrize("output", ["OUT_MODEL_DEFINITION", "OUT_DLPK"])
def test_the_model_runs_in_classify_pixels(processing_run, trained, shared_data, tmp_path, output):
    classes = {1, 2, 3, 4, 5}
    raster = shared_data / "nb_aerial_landcover" / "23322E759967N_clipped_1m_2of2.tif"
    result = processing_run("pixelwise:classifypixels", {
        "IN_RASTER": str(raster), "IN_MODEL_DEFINITION": trained[0][output],
        "OUT_CLASSIFIED_RASTER": str(tmp_path / "classified.tif"), "PROCESSOR_TYPE": "CPU"})
    with rasterio.open(result["OUT_CLASSIFIED_RASTER"]) as ds:
        values = ds.read(1)
        assert (ds.width, ds.height) == (326, 482)
    assert set(np.unique(values)) <= classes


def test_early_stopping_keyword(processing_run, export, tmp_path):
    """STOP_TRAINING with patience 1 and learning rate 0: epoch 1 is never beaten, so two epochs run."""
    results = processing_run(ALGORITHM, {
        "IN_FOLDER": str(export), "OUT_FOLDER": str(tmp_path / "model"), "MAX_EPOCHS": 10,
        "LEARNING_RATE": 0.0, "STOP_TRAINING": "STOP_TRAINING", "PATIENCE": 1, "AUGMENTATION": False,
        "MODEL_WIDTH": 4, "PROCESSOR_TYPE": "CPU"})
    assert results["EPOCHS_RUN"] == 2


@pytest.mark.parametrize("blocked, expected", [
    ("torch", pip_install_command("torch --extra-index-url https://download.pytorch.org/whl/cpu")),
    ("onnx", pip_install_command("onnx")),
])
def test_missing_pytorch_is_one_line_with_the_install_command(processing_run, export, tmp_path, monkeypatch,
                                                              blocked, expected):
    monkeypatch.setitem(sys.modules, blocked, None)  # "import torch" raises ImportError until undone
    out = tmp_path / "model"
    with pytest.raises(QgsProcessingException) as error:
        processing_run(ALGORITHM, {"IN_FOLDER": str(export), "OUT_FOLDER": str(out), "MAX_EPOCHS": 1})
    message = str(error.value)
    assert "\n" not in message.strip(), message
    assert message.startswith(f"Pixelwise needs the Python packages {blocked},"), message
    assert f"'{expected}'" in message, message
    assert os.listdir(tmp_path) == []


def test_a_folder_that_is_no_export_names_in_folder(processing_run, tmp_path):
    (tmp_path / "notes").mkdir()
    with pytest.raises(QgsProcessingException) as error:
        processing_run(ALGORITHM, {"IN_FOLDER": str(tmp_path / "notes"),
                                   "OUT_FOLDER": str(tmp_path / "model")})
    message = str(error.value)
    assert message.startswith("IN_FOLDER: ") and "is not a training-data export" in message, message
    assert "\n" not in message.strip() and not (tmp_path / "model").exists()
