"""Processing's three dialogs for every Pixelwise algorithm, offscreen, filled with the real test data.

* AlgorithmDialog (``processing.createAlgorithmDialog``, as the Toolbox and the plugin's actions open it):
  every parameter has a widget, and the values set in it come back from ``createProcessingParameters``.
* BatchAlgorithmDialog: one row, a column for every parameter, and the row's values come back from
  ``parametersForRow``.
* ModelerParametersDialog, on a fresh model: ``createAlgorithm`` gives a child algorithm whose parameter
  sources hold every parameter.

The README's screenshots (docs/*.png) are rendered here too: the export and classify dialogs grabbed
offscreen, and a map of the UKIS cloud model's classification drawn by QGIS's map renderer. Each test
renders into ``tmp_path`` and checks the image; it copies it into docs/ only when
``PIXELWISE_WRITE_DOCS=1`` (``make docs``) or when the file is missing there, so a test run leaves the
committed screenshots alone. The screenshots show what an analyst would see: the rasters and labels as
named layers of the project, and neutral sample paths (``~/…``) in the file fields, never a path of the
machine that rendered them.
"""

import gc
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap

import pytest
from helpers import UKIS_CLASSES
from provider_checks import delete_widgets
from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsProperty,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.gui import QgsProcessingModelerParameterWidget
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QSignalBlocker, QSize
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QComboBox, QLineEdit

from pixelwise.processing_provider.compat import (
    FLAG_ADVANCED,
    FLAG_HIDDEN,
    MODEL_SOURCE_STATIC_VALUE,
    batch_row_parameters,
)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOCS = os.path.join(REPO, "docs")
ALGORITHM_IDS = ("pixelwise:exporttrainingdata", "pixelwise:trainpixelclassifier",
                 "pixelwise:classifypixels", "pixelwise:computeaccuracy")
DIALOG_SIZE = QSize(900, 700)
MAP_WIDTH = 600


@pytest.fixture(autouse=True)
def collect_dialog_leftovers():
    """Collect what a dialog left in reference cycles while QGIS is still up.

    Processing's panels keep their QgsProcessingContext in a cycle (panel → context generator → context);
    collected by the interpreter's last garbage collection, after exitQgis, the context closes the rasters
    of its temporary layer store with GDAL already shut down, and the process dies in GDALClose.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def iface(qgis_iface, monkeypatch):
    """pytest-qgis's interface: Processing's parameter panel also asks it for the browser model (None
    is allowed; QgisApp gives its QgsBrowserGuiModel)."""
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)
    return qgis_iface


@pytest.fixture(scope="session")
def classified_raster(processing_run, classify_parameters, tmp_path_factory):
    """The cloudy Landsat scene classified by the UKIS model (its .aux.xml holds the class colours)."""
    path = str(tmp_path_factory.mktemp("classified") / "classified.tif")
    processing_run("pixelwise:classifypixels", {**classify_parameters, "OUT_CLASSIFIED_RASTER": path})
    return path


@pytest.fixture(scope="session")
def dialog_values(nb_parameters, earlier_export, classify_parameters, classified_raster, shared_data,
                  tmp_path_factory):
    """{algorithm id: the values put in its dialogs}: real inputs, and an output for every destination."""
    out = tmp_path_factory.mktemp("dialog_outputs")
    export = dict(nb_parameters, IN_RASTER=[nb_parameters["IN_RASTER"]], OUT_FOLDER=str(out / "export"),
                  OUT_CHIP_INDEX=str(out / "chips.gpkg"))
    train = {"IN_FOLDER": str(earlier_export), "OUT_FOLDER": str(out / "model"), "MAX_EPOCHS": 3,
             "BATCH_SIZE": 4, "PROCESSOR_TYPE": "CPU"}
    classify = dict(classify_parameters, OUT_CLASSIFIED_RASTER=str(out / "classified.tif"),
                    OUT_CONFIDENCE_RASTER=str(out / "confidence.tif"))
    accuracy = {"IN_CLASSIFIED_RASTER": classified_raster,
                # Polygons: a raster crashes QGIS 3.22 (see test_a_raster_in_the_project_does_not_crash...).
                "IN_GROUND_TRUTH_DATA": str(shared_data / "landsat7_chiapas" / "training_data.shp"),
                "CLASS_VALUE_FIELD": "class",
                "NUM_RANDOM_POINTS": 500, "SAMPLING_STRATEGY": "EQUALIZED_STRATIFIED_RANDOM",
                "OUT_CONFUSION_MATRIX": str(out / "matrix.csv"), "OUT_CSV": str(out / "matrix_table.csv"),
                "OUT_REPORT": str(out / "report.html")}
    return dict(zip(ALGORITHM_IDS, (export, train, classify, accuracy), strict=True))


def _algorithm(algorithm_id):
    return QgsApplication.processingRegistry().algorithmById(algorithm_id)


def _skip_unless_executable(algorithm):
    ok, reason = algorithm.canExecute()
    if not ok:
        pytest.skip(f"{algorithm.id()} cannot run here: {reason}")


def _plain(value):
    """A dialog's value as the text or number it stands for (layers by source, outputs by path)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if isinstance(value, QgsMapLayer):
        value = value.source()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _visible(algorithm):
    hidden = FLAG_HIDDEN
    return [p for p in algorithm.parameterDefinitions() if not p.flags() & hidden]


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_algorithm_dialog_returns_the_values_set_in_it(iface, pixelwise_provider, dialog_values,
                                                        algorithm_id):
    import processing

    _skip_unless_executable(_algorithm(algorithm_id))
    values = dialog_values[algorithm_id]
    dialog = processing.createAlgorithmDialog(algorithm_id, values)
    try:
        dialog.show()
        QCoreApplication.processEvents()
        panel = dialog.mainWidget()
        algorithm = dialog.algorithm()
        assert algorithm.id() == algorithm_id
        for parameter in _visible(algorithm):
            wrapper = panel.wrappers[parameter.name()]
            assert wrapper.wrappedWidget() is not None, parameter.name()
        parameters = panel.createProcessingParameters()
        assert set(parameters) == {p.name() for p in algorithm.parameterDefinitions()}
        assert {key: _plain(parameters[key]) for key in values} == values
        ok, message = algorithm.checkParameterValues(parameters, panel.processing_context)
        assert ok, message
    finally:
        delete_widgets(dialog)


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_batch_dialog_has_a_row_with_every_parameter(iface, pixelwise_provider, dialog_values, algorithm_id):
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog

    algorithm = _algorithm(algorithm_id).create()
    _skip_unless_executable(algorithm)
    values = dialog_values[algorithm_id]
    dialog = BatchAlgorithmDialog(algorithm)
    try:
        dialog.show()
        QCoreApplication.processEvents()
        panel = dialog.mainWidget()
        table = panel.tblParameters
        assert panel.batchRowCount() == 1 and table.rowCount() == 2  # the fill-down row, then the first run
        columns = panel.parameter_to_column
        expected = [p.name() for p in algorithm.parameterDefinitions() if not p.isDestination()]
        expected += [p.name() for p in _visible(algorithm) if p.isDestination()]
        assert sorted(columns) == sorted(expected)
        for parameter in algorithm.parameterDefinitions():
            if parameter.name() not in columns:
                continue
            column = columns[parameter.name()]
            assert table.horizontalHeaderItem(column).text() == parameter.description()
            assert table.cellWidget(1, column) is not None, parameter.name()
            advanced = bool(parameter.flags() & FLAG_ADVANCED)
            assert table.isColumnHidden(column) == advanced, parameter.name()

        context = panel.processing_context
        for name, value in values.items():
            if algorithm.parameterDefinition(name).isDestination():
                table.cellWidget(1, columns[name]).setValue(value)
            else:
                panel.wrappers[0][columns[name]].setParameterValue(value, context)
        parameters, ok = batch_row_parameters(panel, 0, context)
        assert ok
        assert set(parameters) == set(expected)
        assert {key: _plain(parameters[key]) for key in values} == values
    finally:
        delete_widgets(dialog)


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_modeler_dialog_creates_a_child_with_every_parameter(iface, pixelwise_provider, dialog_values,
                                                               algorithm_id):
    from processing.gui.wrappers import WidgetWrapper
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog

    algorithm = _algorithm(algorithm_id).create()
    _skip_unless_executable(algorithm)
    values = dialog_values[algorithm_id]
    model = QgsProcessingModelAlgorithm("test model", "tests")
    dialog = ModelerParametersDialog(algorithm, model)
    try:
        dialog.show()
        QCoreApplication.processEvents()
        wrappers = dialog.widget.widget.wrappers
        assert sorted(wrappers) == sorted(p.name() for p in _visible(algorithm))
        for name, value in values.items():
            wrapper = wrappers[name]
            if isinstance(wrapper, WidgetWrapper):  # a Python wrapper (processing.gui.wrappers)
                wrapper.setValue(value)
            else:
                assert isinstance(wrapper, QgsProcessingModelerParameterWidget), name
                wrapper.setWidgetValue(QgsProcessingModelChildParameterSource.fromStaticValue(value))

        child = dialog.createAlgorithm()
        assert child.algorithmId() == algorithm_id
        sources = child.parameterSources()
        assert sorted(sources) == sorted(p.name() for p in _visible(algorithm))
        for name, value in values.items():
            assert [s.source() for s in sources[name]] == [MODEL_SOURCE_STATIC_VALUE]
            assert _plain(sources[name][0].staticValue()) == value, name
        # The child goes into the model, as the modeler does on OK.
        model.addChildAlgorithm(child)
        assert list(model.childAlgorithms()) == [child.childId()]
    finally:
        delete_widgets(dialog)


# A field parameter whose parent is a map-layer parameter that accepts rasters: when the parent holds a
# raster, QgsProcessingFieldWidgetWrapper::setParentLayerWrapperValue (QGIS 3.22, still in 3.44) casts the
# layer to a vector layer and calls id() on the null result. postInitialize runs it while the dialog is
# built, so a raster as the first layer of the project is enough. A segfault: run it in a child process.
CRASH_SCRIPT = textwrap.dedent("""
    import sys
    sys.path[:0] = [sys.argv[1], "/usr/share/qgis/python/plugins"]
    from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import pixelwise
    plugin = pixelwise.classFactory(None)
    plugin.initProcessing()
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    QgsProject.instance().addMapLayer(QgsRasterLayer(sys.argv[3], "raster"))
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(sys.argv[2])
    dialog = AlgorithmDialog(algorithm)
    print("opened", flush=True)
""")


# QGIS 3.22 bug: QgsProcessingFieldWidgetWrapper::setParentLayerWrapperValue dereferences a null vector
# layer when the parent map-layer parameter holds a raster; CLASS_VALUE_FIELD is a plain string for that.
@pytest.mark.parametrize("algorithm_id", ["pixelwise:computeaccuracy"])
def test_a_raster_in_the_project_does_not_crash_the_dialog(pixelwise_provider, classified_raster,
                                                           algorithm_id):
    pythonpath = os.path.join(REPO, ".build", "pythonpath")
    child = subprocess.run([sys.executable, "-c", CRASH_SCRIPT, pythonpath, algorithm_id, classified_raster],
                           capture_output=True, text=True, timeout=120,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.returncode == 0 and "opened" in child.stdout, (child.returncode, child.stderr[-2000:])


# --- Screenshots for the README -------------------------------------------------------------------


def _image_colours(image):
    """{(r, g, b): pixel count} of a QImage."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    counts = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    return {((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255): n for rgb, n in counts.items()}


def _publish(png, name):
    """Copy a checked screenshot into docs/ when asked to (make docs) or when it is missing there."""
    target = os.path.join(DOCS, name)
    if os.environ.get("PIXELWISE_WRITE_DOCS") == "1" or not os.path.exists(target):
        os.makedirs(DOCS, exist_ok=True)
        shutil.copyfile(png, target)


# The aerial tiles (selected both), the land-cover polygons and the Landsat scene, loaded as a user would.
NB_TILES = ("23322E759967N_clipped_1m_1of2.tif", "23322E759967N_clipped_1m_2of2.tif")
NB_LABELS = "BakerLake_2017_clipped.gpkg"
LANDSAT_SCENE = "LE70220492002106EDC00_stack.gtif"
# What the file fields show instead of the paths of the test run (neutral, as on an analyst's machine).
SAMPLE_MODEL = "~/models/ukis.emd"
SAMPLE_OUTPUTS = {
    "pixelwise:exporttrainingdata": {"OUT_FOLDER": "~/training_data/bakerlake_2017",
                                     "OUT_CHIP_INDEX": "~/training_data/bakerlake_2017_chips.gpkg"},
    "pixelwise:classifypixels": {"OUT_CLASSIFIED_RASTER": "~/results/LE70220492002106EDC00_classes.tif",
                                 "OUT_CONFIDENCE_RASTER": "~/results/LE70220492002106EDC00_confidence.tif"},
}


@pytest.fixture
def screenshot_values(nb_parameters, classify_parameters, shared_data):
    """{algorithm id: the values of its screenshot}: the real inputs as named layers of the project (the
    combos show names) and neutral sample paths for the outputs. The layers leave the project afterwards:
    other tests share it."""
    nb = shared_data / "nb_aerial_landcover"
    layers = []

    def add(layer):
        layers.append(layer)
        assert layer.isValid(), layer.source()
        QgsProject.instance().addMapLayer(layer)
        return layer.id()

    def name(path):
        return os.path.splitext(os.path.basename(path))[0]

    try:
        tiles = [add(QgsRasterLayer(str(nb / tile), name(tile))) for tile in NB_TILES]
        labels = add(QgsVectorLayer(str(nb / NB_LABELS), name(NB_LABELS), "ogr"))
        scene = add(QgsRasterLayer(classify_parameters["IN_RASTER"], name(LANDSAT_SCENE)))
        export = dict(nb_parameters, IN_RASTER=tiles, IN_CLASS_DATA=labels,
                      **SAMPLE_OUTPUTS["pixelwise:exporttrainingdata"])
        classify = dict(classify_parameters, IN_RASTER=scene, **SAMPLE_OUTPUTS["pixelwise:classifypixels"])
        yield {"pixelwise:exporttrainingdata": export, "pixelwise:classifypixels": classify}
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in layers
                                               if QgsProject.instance().mapLayer(layer.id()) is not None])


def _source(value):
    """``value`` with project layer ids replaced by their layers' sources (some panels give ids, some
    sources)."""
    if isinstance(value, list):
        return [_source(item) for item in value]
    layer = QgsProject.instance().mapLayer(value) if isinstance(value, str) else None
    return layer.source() if layer is not None else value


def _show_sample_model_path(panel):
    """Show SAMPLE_MODEL in the model-definition field; the wrapper, its card and the parameters keep the
    real file (the line edit's signals are blocked, so QgsFileWidget's own path is not updated)."""
    wrapper = panel.wrappers["IN_MODEL_DEFINITION"]
    real = wrapper.value()
    line_edit = wrapper.widget.file_widget.lineEdit()
    blockers = [QSignalBlocker(line_edit), QSignalBlocker(wrapper.widget.file_widget)]
    try:
        line_edit.setText(SAMPLE_MODEL)
        line_edit.setCursorPosition(0)
    finally:
        for blocker in blockers:
            blocker.unblock()
    assert wrapper.value() == real and wrapper.summary is not None  # the card shows the real model


def _machine_paths():
    """Parts of the paths of this machine and test run that a screenshot must not show."""
    parts = {"/tmp", "pytest-of", "/work", "/root", "/home", "/var", REPO, tempfile.gettempdir()}
    home = os.path.expanduser("~")
    if home not in ("~", "/"):
        parts.add(home)
    shared = os.path.join(os.path.dirname(REPO), "shared", "data")
    parts |= {shared, os.path.realpath(shared), os.path.realpath(REPO)}
    return parts


def _field_texts(dialog):
    """``[(widget, text)]`` of every line edit and combo box of the dialog, in Processing's panels too (the
    line edits of spin boxes, file and output widgets included): a combo box by its current text."""
    texts = [(f"{type(edit.parent()).__name__} {edit.objectName()}", edit.text())
             for edit in dialog.findChildren(QLineEdit)]
    texts += [(f"{type(combo).__name__} {combo.objectName()}", combo.currentText())
              for combo in dialog.findChildren(QComboBox)]
    return texts


@pytest.mark.parametrize(("algorithm_id", "name"), [("pixelwise:exporttrainingdata", "export_dialog.png"),
                                                     ("pixelwise:classifypixels", "classify_dialog.png")])
def test_screenshot_of_a_filled_dialog(iface, pixelwise_provider, screenshot_values, tmp_path, algorithm_id,
                                       name):
    import processing

    _skip_unless_executable(_algorithm(algorithm_id))
    values = screenshot_values[algorithm_id]
    dialog = processing.createAlgorithmDialog(algorithm_id, values)
    try:
        dialog.show()
        QCoreApplication.processEvents()
        panel = dialog.mainWidget()
        if algorithm_id == "pixelwise:classifypixels":
            _show_sample_model_path(panel)
        # After show: the offscreen screen (800 × 600) would clamp a size set before it.
        dialog.setFixedSize(DIALOG_SIZE)
        QCoreApplication.processEvents()

        texts = _field_texts(dialog)
        machine = sorted(_machine_paths())
        leaks = [(where, text) for where, text in texts if any(part in text for part in machine)]
        assert not leaks, leaks
        shown = {text for _where, text in texts}
        if algorithm_id == "pixelwise:exporttrainingdata":
            # QGIS 3.22 writes "2 inputs selected", later releases "2 input(s) selected".
            assert {f"{len(NB_TILES)} inputs selected", f"{len(NB_TILES)} input(s) selected"} & set(shown)
        else:
            assert SAMPLE_MODEL in shown
        assert set(SAMPLE_OUTPUTS[algorithm_id].values()) <= shown
        # The dialog still holds the real data: its parameters are the layers and the real model file.
        parameters = panel.createProcessingParameters()
        assert ({key: _source(_plain(parameters[key])) for key in values}
                == {key: _source(value) for key, value in values.items()})

        png = str(tmp_path / name)
        assert dialog.grab().save(png, "PNG")
    finally:
        delete_widgets(dialog)

    image = QImage(png)
    assert image.size() == DIALOG_SIZE
    assert len(_image_colours(image)) > 20  # widgets, text and icons, not a blank grab
    _publish(png, name)


def _render_map():
    script = os.path.join(REPO, "scripts", "render_map.py")
    spec = importlib.util.spec_from_file_location("render_map", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.render


def test_screenshot_of_a_classified_map(pixelwise_provider, classified_raster, tmp_path):
    png = str(tmp_path / "classified_map.png")
    assert _render_map()(classified_raster, png, MAP_WIDTH) == "paletted"

    image = QImage(png)
    assert image.width() == MAP_WIDTH and image.height() == MAP_WIDTH  # the 250 × 250 scene is square
    colours = _image_colours(image)
    total = image.width() * image.height()
    for cls in UKIS_CLASSES:
        share = colours.get(tuple(cls["Color"]), 0) / total
        assert share > 0.005, (cls["Name"], share)
    class_colours = {tuple(cls["Color"]) for cls in UKIS_CLASSES}
    assert sum(colours.get(c, 0) for c in class_colours) == total  # nothing but the class colours
    _publish(png, "classified_map.png")
