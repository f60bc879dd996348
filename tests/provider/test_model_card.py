"""The model card of Classify Pixels (IN_MODEL_DEFINITION) in Processing's algorithm dialog, offscreen,
with the real UKIS cloud model, the 8-band Landsat stack and the 3-band aerial crop."""

import json
import os

import pytest
from helpers import UKIS_CLASSES, ukis_emd, write_json
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

ALGORITHM_ID = "pixelwise:classifypixels"
UKIS_DEFAULTS = ("padding=64;batch_size=4;predict_background=True;test_time_augmentation=False;"
                 "merge_policy=mean")


@pytest.fixture
def iface(qgis_iface, monkeypatch):
    """pytest-qgis's interface: Processing's parameter panel also asks it for the browser model."""
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)
    return qgis_iface


@pytest.fixture
def layers(classify_inputs):
    """The Landsat stack and the RGB crop as project layers (what the IN_RASTER combo box offers)."""
    landsat = QgsRasterLayer(classify_inputs["cloudy"], "landsat")
    rgb = QgsRasterLayer(classify_inputs["rgb"], "rgb")
    assert landsat.isValid() and rgb.isValid()
    assert (landsat.bandCount(), rgb.bandCount()) == (8, 3)
    QgsProject.instance().addMapLayers([landsat, rgb])
    yield {"landsat": landsat, "rgb": rgb}
    QgsProject.instance().removeMapLayers([landsat.id(), rgb.id()])


@pytest.fixture
def dialog(iface, pixelwise_provider):
    import processing

    algorithm = pixelwise_provider.algorithm("classifypixels")
    ok, reason = algorithm.canExecute()
    if not ok:
        pytest.skip(f"Classify Pixels cannot run here: {reason}")
    dialog = processing.createAlgorithmDialog(ALGORITHM_ID)
    dialog.show()
    QCoreApplication.processEvents()
    yield dialog
    dialog.close()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _wrappers(dialog):
    return dialog.mainWidget().wrappers


def _card(dialog):
    wrapper = _wrappers(dialog)["IN_MODEL_DEFINITION"]
    assert type(wrapper).__name__ == "ModelCardWrapper"
    return wrapper


def _set(dialog, name, value):
    from qgis.core import QgsProcessingContext

    _wrappers(dialog)[name].setParameterValue(value, QgsProcessingContext())
    QCoreApplication.processEvents()


def test_card_shows_the_model(dialog, classify_inputs):
    card = _card(dialog)
    assert not card.widget.card.isVisible()
    _set(dialog, "IN_MODEL_DEFINITION", classify_inputs["emd"])
    text = card.widget.card.text()
    assert card.widget.card.isVisible()
    assert "ImageClassification" in text and "ONNX" in text
    assert "256×256 px" in text
    assert "6 (ExtractBands 0, 1, 2, 3, 4, 5)" in text
    for cls in UKIS_CLASSES:
        assert cls["Name"] in text
        assert 'bgcolor="#{:02x}{:02x}{:02x}"'.format(*cls["Color"]) in text
    assert "padding=64; batch_size=4" in text and "merge_policy=mean" in text
    assert card.summary.tile == (256, 256) and card.summary.channels == 6


def test_bare_onnx_model_reads_its_input_size(dialog, shared_data):
    # The UKIS model carries no Deepness metadata: size and channels come from the ONNX graph.
    _set(dialog, "IN_MODEL_DEFINITION", str(shared_data / "ukis_csmask_onnx" / "model_6b_l2a.onnx"))
    card = _card(dialog)
    assert card.summary is not None, card.widget.card.text()
    assert card.summary.channels == 6 and card.summary.tile == (256, 256)
    assert "256×256 px" in card.widget.card.text()
    assert "6 (model input channels" in card.widget.card.text()


def test_arguments_filled_but_user_edits_kept(dialog, classify_inputs, tmp_path):
    arguments = _wrappers(dialog)["ARGUMENTS"]
    _set(dialog, "IN_MODEL_DEFINITION", classify_inputs["emd"])
    assert arguments.parameterValue() == UKIS_DEFAULTS
    # Another model replaces the first model's defaults…
    model_dir = os.path.dirname(json.loads(classify_inputs["emd_text"])["ModelFile"])
    other = write_json(tmp_path / "batch8.emd", ukis_emd(os.path.join(model_dir, "model_6b_l2a.onnx"),
                                                         model_dir, BatchSize=8))
    _set(dialog, "IN_MODEL_DEFINITION", other)
    assert arguments.parameterValue() == UKIS_DEFAULTS.replace("batch_size=4", "batch_size=8")
    # …but never what the user wrote.
    _set(dialog, "ARGUMENTS", "padding=32")
    _set(dialog, "IN_MODEL_DEFINITION", classify_inputs["emd"])
    assert arguments.parameterValue() == "padding=32"


def test_band_warning_follows_the_raster(dialog, classify_inputs, layers):
    card = _card(dialog)
    _set(dialog, "IN_MODEL_DEFINITION", classify_inputs["emd"])
    _set(dialog, "IN_RASTER", layers["rgb"].id())
    assert card.widget.warning.isVisible()
    assert "IN_RASTER: has 3 bands" in card.widget.warning.text()
    _set(dialog, "IN_RASTER", layers["landsat"].id())
    assert not card.widget.warning.isVisible()
    # The other way round: the raster first, then the model.
    _set(dialog, "IN_MODEL_DEFINITION", None)
    _set(dialog, "IN_RASTER", layers["rgb"].id())
    assert not card.widget.warning.isVisible()
    _set(dialog, "IN_MODEL_DEFINITION", classify_inputs["emd"])
    assert card.widget.warning.isVisible()


def test_values_round_trip(dialog, classify_inputs, layers, tmp_path):
    panel = dialog.mainWidget()
    _set(dialog, "IN_RASTER", layers["landsat"].id())
    _set(dialog, "IN_MODEL_DEFINITION", classify_inputs["emd"])
    _set(dialog, "OUT_CLASSIFIED_RASTER", str(tmp_path / "classified.tif"))
    parameters = panel.createProcessingParameters()
    assert parameters["IN_MODEL_DEFINITION"] == classify_inputs["emd"]
    assert parameters["ARGUMENTS"] == UKIS_DEFAULTS
    _set(dialog, "IN_MODEL_DEFINITION", classify_inputs["emd_text"])  # EMD JSON text is a value too
    assert _card(dialog).summary is not None
    assert panel.createProcessingParameters()["IN_MODEL_DEFINITION"] == classify_inputs["emd_text"]
    panel.setParameters(parameters)
    QCoreApplication.processEvents()
    again = panel.createProcessingParameters()
    assert again["IN_MODEL_DEFINITION"] == classify_inputs["emd"]
    assert again["ARGUMENTS"] == UKIS_DEFAULTS
    assert "ImageClassification" in _card(dialog).widget.card.text()


def test_broken_model_shows_one_line(dialog, tmp_path):
    broken = tmp_path / "broken.emd"
    broken.write_text('{"Framework": "ONNX", "ModelFile": ', encoding="utf-8")
    _set(dialog, "IN_MODEL_DEFINITION", str(broken))
    card = _card(dialog)
    text = card.widget.card.text()
    assert card.summary is None and card.widget.card.isVisible()
    assert "IN_MODEL_DEFINITION: broken.emd is not valid JSON" in text
    assert "Traceback" not in text and "\n" not in text
    assert _wrappers(dialog)["ARGUMENTS"].parameterValue() in (None, "")
