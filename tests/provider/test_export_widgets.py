"""The export's custom parameter widgets (plugin/widgets) in Processing's own dialogs, offscreen.

The widgets are created the way Processing creates them (``processing.createAlgorithmDialog``, the
batch and the modeler dialogs), filled with the real test rasters, and read back through the dialog.
The overlap and chip count the tile/stride widget shows are checked against the engine's ChipGrid
over the raster's real size, and against the chips a real export writes.
"""

import pytest
import rasterio
from provider_checks import delete_widgets
from qgis.core import (
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingModelAlgorithm,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QCheckBox

ALGORITHM = "pixelwise:exporttrainingdata"
NB_SIZE = (280, 341)


@pytest.fixture
def iface(qgis_iface, monkeypatch):
    """pytest-qgis's interface (its map canvas is a real QgsMapCanvas); Processing's parameter panel
    also asks it for the browser model (None is allowed)."""
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)
    return qgis_iface


@pytest.fixture
def layers(shared_data):
    """The NB aerial crop (RGB uint8), the Landsat stack (8 × Int16) and the NB land-cover polygons,
    in the project, as a user would have them."""
    nb = QgsRasterLayer(str(shared_data / "nb_aerial_landcover" / "23322E759967N_clipped_1m_1of2.tif"), "nb")
    landsat = QgsRasterLayer(str(shared_data / "landsat7_chiapas" / "LE70220492002106EDC00_stack.gtif"),
                             "landsat")
    polygons = QgsVectorLayer(str(shared_data / "nb_aerial_landcover" / "BakerLake_2017_clipped.gpkg"),
                              "landcover", "ogr")
    assert nb.isValid() and landsat.isValid() and polygons.isValid()
    QgsProject.instance().addMapLayers([nb, landsat, polygons])
    yield {"nb": nb, "landsat": landsat, "polygons": polygons}
    QgsProject.instance().removeMapLayers([nb.id(), landsat.id(), polygons.id()])


@pytest.fixture
def open_dialog(iface, pixelwise_provider):
    """``open_dialog(values)``: the algorithm dialog as the Toolbox opens it (not shown, non-blocking);
    every dialog is closed and deleted after the test."""
    import processing

    dialogs = []

    def open_(values=None):
        dialog = processing.createAlgorithmDialog(ALGORITHM, values or {})
        dialogs.append(dialog)
        return dialog, dialog.mainWidget()

    yield open_
    for dialog in dialogs:
        dialog.reject()
    delete_widgets(*dialogs)


def _tile_stride(panel):
    from pixelwise.plugin.widgets.tile_stride import TileStrideWidgetWrapper

    wrapper = panel.wrappers["TILE_SIZE_X"]
    assert isinstance(wrapper, TileStrideWidgetWrapper)
    return wrapper


def _scene_rubber_bands(canvas):
    return [item for item in canvas.scene().items() if isinstance(item, QgsRubberBand)]


# --- wiring -----------------------------------------------------------------------------------------

def test_the_parameters_name_the_plugin_widgets_by_class_path(pixelwise_provider):
    from processing.gui.wrappers import WidgetWrapperFactory  # noqa: F401  (Processing is importable)
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    expected = {"TILE_SIZE_X": "tile_stride.TileStrideWidgetWrapper",
                "TILE_SIZE_Y": "tile_stride.LinkedNumberWidgetWrapper",
                "STRIDE_X": "tile_stride.LinkedNumberWidgetWrapper",
                "STRIDE_Y": "tile_stride.LinkedNumberWidgetWrapper",
                "METADATA_FORMAT": "metadata_format.MetadataFormatWidgetWrapper",
                "IMAGE_CHIP_FORMAT": "chip_format.ChipFormatWidgetWrapper"}
    for name, path in expected.items():
        metadata = algorithm.parameterDefinition(name).metadata()
        assert metadata == {"widget_wrapper": {"class": f"pixelwise.plugin.widgets.{path}"}}, name


def test_the_format_rules_agree_with_the_engine():
    from pixelwise.engine.export import IN_RASTER2_FORMATS
    from pixelwise.engine.export.formats import WRITERS
    from pixelwise.plugin.widgets.metadata_format import FORMAT_OPTIONS
    from pixelwise.plugin.widgets.tile_stride import PER_FEATURE_FORMATS

    assert set(PER_FEATURE_FORMATS) == {name for name, writer in WRITERS.items() if writer.per_feature}
    assert set(FORMAT_OPTIONS["IN_RASTER2"]) == set(IN_RASTER2_FORMATS)


# --- round trips ------------------------------------------------------------------------------------

def test_values_round_trip_through_the_custom_widgets(open_dialog, layers):
    values = {"IN_RASTER": [layers["nb"].id()], "TILE_SIZE_X": 300, "TILE_SIZE_Y": 200, "STRIDE_X": 150,
              "STRIDE_Y": 100, "METADATA_FORMAT": "Labeled_Tiles", "IMAGE_CHIP_FORMAT": "PNG"}
    dialog, panel = open_dialog(values)
    parameters = panel.createProcessingParameters()
    values["IN_RASTER"] = [layers["nb"].source()]  # the layer widget gives the layer's source
    assert {key: parameters[key] for key in values} == values
    for key, value in values.items():
        assert panel.wrappers[key].parameterValue() == value, key

    # ... and set back into another dialog, which gives them back unchanged.
    _, other = open_dialog()
    other.setParameters(parameters)
    again = other.createProcessingParameters()
    assert {key: again[key] for key in values} == values

    # Every key of the algorithm comes back (the linked wrappers have no visible widget of their own).
    assert set(parameters) == {p.name() for p in dialog.algorithm().parameterDefinitions()}


def test_the_linked_numbers_show_in_one_widget(open_dialog):
    _, panel = open_dialog()
    for name in ("TILE_SIZE_Y", "STRIDE_X", "STRIDE_Y"):
        assert panel.wrappers[name].widget.isHidden() and panel.wrappers[name].label.isHidden(), name
    assert not _tile_stride(panel).widget.isHidden()


def test_the_lock_keeps_y_equal_to_x_until_unlocked(open_dialog):
    _, panel = open_dialog()
    wrapper = _tile_stride(panel)
    spin = wrapper.widget.spin_boxes
    assert wrapper.is_locked("TILE_SIZE_X") and wrapper.is_locked("STRIDE_X")  # defaults 256/256, 128/128

    spin["TILE_SIZE_X"].setValue(320)
    spin["STRIDE_X"].setValue(96)
    assert panel.wrappers["TILE_SIZE_Y"].parameterValue() == 320
    assert panel.wrappers["STRIDE_Y"].parameterValue() == 96

    wrapper.set_locked("TILE_SIZE_X", False)
    spin["TILE_SIZE_X"].setValue(400)
    assert (wrapper.value(), panel.wrappers["TILE_SIZE_Y"].parameterValue()) == (400, 320)

    wrapper.set_locked("TILE_SIZE_X", True)  # locking again makes Y = X
    assert panel.wrappers["TILE_SIZE_Y"].parameterValue() == 400

    panel.setParameters({"STRIDE_Y": 50})  # a Y unlike its X unlocks the pair
    assert not wrapper.is_locked("STRIDE_X")
    strides = (panel.wrappers["STRIDE_X"].parameterValue(), panel.wrappers["STRIDE_Y"].parameterValue())
    assert strides == (96, 50)


# --- overlap and chip count -------------------------------------------------------------------------

GRID_CASES = [  # tile x, tile y, stride x, stride y, edge policy
    (256, 256, 128, 128, "SHIFT_INWARD"),
    (64, 64, 64, 64, "DROP"),
    (100, 80, 60, 50, "PAD"),
    (100, 80, 60, 50, "DROP"),
    (128, 96, 160, 96, "SHIFT_INWARD"),  # stride > tile: a gap, negative overlap
]


@pytest.mark.parametrize("tile_x, tile_y, stride_x, stride_y, edge_policy", GRID_CASES)
def test_overlap_and_chip_count_are_the_engines(open_dialog, layers, tile_x, tile_y, stride_x, stride_y,
                                                edge_policy):
    from pixelwise.engine.grid import ChipGrid

    with rasterio.open(layers["nb"].source()) as dataset:
        size = (dataset.width, dataset.height)
    assert size == NB_SIZE
    _, panel = open_dialog({"IN_RASTER": [layers["nb"].id()], "TILE_SIZE_X": tile_x, "TILE_SIZE_Y": tile_y,
                            "STRIDE_X": stride_x, "STRIDE_Y": stride_y, "EDGE_POLICY": edge_policy})
    wrapper = _tile_stride(panel)
    expected = ChipGrid(*size, tile_x, tile_y, stride_x, stride_y, edge_policy).count()
    overlap_x, overlap_y = (tile_x - stride_x) / tile_x, (tile_y - stride_y) / tile_y
    assert wrapper.overlaps() == pytest.approx((overlap_x, overlap_y))
    assert wrapper.view_size == size and wrapper.chip_count == expected
    text = wrapper.widget.summary.text()
    assert f"Overlap: X {100 * overlap_x:.1f} %, Y {100 * overlap_y:.1f} %" in text
    assert f"{expected} chips" in text and f"over {size[0]} × {size[1]} pixels" in text


def test_the_chip_count_follows_extent_and_edge_policy(open_dialog, layers):
    from pixelwise.engine.grid import ChipGrid

    nb = layers["nb"]
    _, panel = open_dialog({"IN_RASTER": [nb.id()], "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64, "STRIDE_X": 48,
                            "STRIDE_Y": 48})
    wrapper = _tile_stride(panel)
    assert wrapper.chip_count == ChipGrid(*NB_SIZE, 64, 64, 48, 48).count()

    # An extent of 100 × 120 source pixels from the upper-left corner (whole pixels, so no snapping).
    e = nb.extent()
    xres, yres = nb.rasterUnitsPerPixelX(), nb.rasterUnitsPerPixelY()
    window = QgsRectangle(e.xMinimum(), e.yMaximum() - 120 * yres, e.xMinimum() + 100 * xres, e.yMaximum())
    panel.setParameters({"EXTENT": f"{window.xMinimum()},{window.xMaximum()},{window.yMinimum()},"
                                   f"{window.yMaximum()} [{nb.crs().authid()}]"})
    assert wrapper.view_size == (100, 120)
    assert wrapper.chip_count == ChipGrid(100, 120, 64, 64, 48, 48).count()

    panel.setParameters({"EDGE_POLICY": "DROP"})
    assert wrapper.chip_count == ChipGrid(100, 120, 64, 64, 48, 48, "DROP").count()


def test_the_chip_count_is_what_the_export_writes(open_dialog, layers, run_export, tmp_path):
    values = {"IN_RASTER": [layers["nb"].id()], "TILE_SIZE_X": 96, "TILE_SIZE_Y": 80, "STRIDE_X": 64,
              "STRIDE_Y": 80, "EDGE_POLICY": "DROP", "METADATA_FORMAT": "Export_Tiles",
              "OUTPUT_NOFEATURE_TILES": "ALL_TILES"}
    _, panel = open_dialog(values)
    parameters = panel.createProcessingParameters()
    parameters.update(IN_RASTER=[layers["nb"].source()], OUT_FOLDER=str(tmp_path / "export"),
                      OUT_CHIP_INDEX="TEMPORARY_OUTPUT")
    assert run_export(parameters)["CHIP_COUNT"] == _tile_stride(panel).chip_count > 0


# --- metadata format --------------------------------------------------------------------------------

def test_the_metadata_format_shows_its_description_and_enables_its_options(open_dialog):
    from pixelwise.processing_provider.export_training_data import METADATA_FORMATS

    _, panel = open_dialog()
    wrapper = panel.wrappers["METADATA_FORMAT"]
    assert [wrapper.combo.itemData(i) for i in range(wrapper.combo.count())] == list(METADATA_FORMATS)
    descriptions = set()
    for metadata_format in METADATA_FORMATS:
        panel.setParameters({"METADATA_FORMAT": metadata_format})
        assert wrapper.parameterValue() == metadata_format
        description = wrapper.description.text()
        assert description and "\n" not in description, metadata_format
        descriptions.add(description)
        enabled = {name: panel.wrappers[name].wrappedWidget().isEnabled()
                   for name in ("BLACKEN_AROUND_FEATURE", "CROP_MODE", "IN_RASTER2", "IN_INSTANCE_DATA",
                                "INSTANCE_CLASS_VALUE_FIELD", "CLASS_VALUE_FIELD")}
        per_feature = metadata_format in ("Labeled_Tiles", "Imagenet")
        panoptic = metadata_format == "Panoptic_Segmentation"
        assert enabled == {"BLACKEN_AROUND_FEATURE": per_feature, "CROP_MODE": per_feature,
                           "IN_RASTER2": metadata_format in ("Export_Tiles", "Classified_Tiles", "CycleGAN"),
                           "IN_INSTANCE_DATA": panoptic, "INSTANCE_CLASS_VALUE_FIELD": panoptic,
                           "CLASS_VALUE_FIELD": True}, metadata_format
        assert panel.wrappers["CROP_MODE"].wrappedLabel().isEnabled() == per_feature
    assert len(descriptions) == len(METADATA_FORMATS)
    panel.setParameters({"METADATA_FORMAT": "Classified_Tiles"})
    assert wrapper.description.text() == "a class raster (pixel classification)."


# --- chip format --------------------------------------------------------------------------------

def test_png_warns_for_the_landsat_stack_but_not_for_the_aerial_image(open_dialog, layers):
    _, panel = open_dialog({"IN_RASTER": [layers["landsat"].id()], "IMAGE_CHIP_FORMAT": "PNG"})
    wrapper = panel.wrappers["IMAGE_CHIP_FORMAT"]
    assert not wrapper.warning.isHidden()
    text = wrapper.warning.text()
    assert "PNG holds 1 or 3 bands" in text and "8 band(s) of int16" in text
    for chip_format, warns in (("TIFF", False), ("MRF", False), ("JPEG", True), ("PNG", True)):
        panel.setParameters({"IMAGE_CHIP_FORMAT": chip_format})
        assert wrapper.warning.isHidden() != warns, chip_format

    panel.setParameters({"IN_RASTER": [layers["nb"].id()]})  # the warning follows the raster
    assert wrapper.parameterValue() == "PNG" and wrapper.warning.isHidden()
    panel.setParameters({"IMAGE_CHIP_FORMAT": "JPEG"})
    assert wrapper.warning.isHidden()


# --- chip-grid preview -------------------------------------------------------------------------------

def test_the_preview_draws_one_polygon_per_chip_and_clears_on_close(open_dialog, layers, iface):
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(layers["nb"].crs())  # the outlines come back in the canvas's CRS
    dialog, panel = open_dialog({"IN_RASTER": [layers["nb"].id()], "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64,
                                 "STRIDE_X": 32, "STRIDE_Y": 32})
    wrapper = _tile_stride(panel)
    preview = wrapper.preview
    assert preview.canvas is canvas
    assert wrapper.chip_count > 1 and preview.part_count() == wrapper.chip_count
    assert preview.rubber_band in _scene_rubber_bands(canvas)
    # The first chip's outline is the raster's upper-left 64 × 64 pixels.
    first = preview.rubber_band.asGeometry().asGeometryCollection()[0].boundingBox()
    extent = layers["nb"].extent()
    assert first.xMinimum() == pytest.approx(extent.xMinimum())
    assert first.yMaximum() == pytest.approx(extent.yMaximum())
    assert first.width() == pytest.approx(64 * layers["nb"].rasterUnitsPerPixelX())

    panel.setParameters({"STRIDE_X": 64, "STRIDE_Y": 64})  # refreshed with the grid
    assert preview.part_count() == wrapper.chip_count
    wrapper.widget.preview_check.setChecked(False)
    assert preview.part_count() == 0
    wrapper.widget.preview_check.setChecked(True)
    assert preview.part_count() == wrapper.chip_count

    dialog.reject()  # closing the dialog takes the drawing away
    assert not preview.is_drawn() and _scene_rubber_bands(canvas) == []


def test_the_preview_stops_at_its_limit(open_dialog, layers):
    from pixelwise.plugin.widgets.tile_stride import PREVIEW_LIMIT

    _, panel = open_dialog({"IN_RASTER": [layers["nb"].id()], "TILE_SIZE_X": 2, "TILE_SIZE_Y": 2,
                            "STRIDE_X": 2, "STRIDE_Y": 2})
    wrapper = _tile_stride(panel)
    assert wrapper.chip_count == 140 * 171 > PREVIEW_LIMIT
    assert wrapper.preview.part_count() == PREVIEW_LIMIT
    assert f"first {PREVIEW_LIMIT} chips" in wrapper.widget.summary.text()


def test_deleting_the_dialog_clears_the_preview(iface, pixelwise_provider, layers):
    import processing

    dialog = processing.createAlgorithmDialog(ALGORITHM, {"IN_RASTER": [layers["nb"].id()]})
    preview = _tile_stride(dialog.mainWidget()).preview
    assert preview.part_count() > 0
    delete_widgets(dialog)  # close() of a dialog never shown emits no finished(): deletion clears it
    assert not preview.is_drawn() and _scene_rubber_bands(iface.mapCanvas()) == []


# --- mask polygons ------------------------------------------------------------------------------------

def test_mask_polygons_offer_selected_features_only(open_dialog, layers):
    polygons = layers["polygons"]
    polygons.selectByIds([f.id() for f in polygons.getFeatures()][:2])
    _, panel = open_dialog({"IN_RASTER": [layers["nb"].id()],
                            "IN_MASK_POLYGONS": QgsProcessingFeatureSourceDefinition(polygons.id(), True)})
    wrapper = panel.wrappers["IN_MASK_POLYGONS"]
    checkboxes = [box for box in wrapper.wrappedWidget().findChildren(QCheckBox)
                  if "selected features only" in box.text().lower()]
    assert len(checkboxes) == 1 and checkboxes[0].isChecked() and checkboxes[0].isEnabled()
    value = panel.createProcessingParameters()["IN_MASK_POLYGONS"]
    assert isinstance(value, QgsProcessingFeatureSourceDefinition)
    assert value.selectedFeaturesOnly and value.source.staticValue() == polygons.id()

    checkboxes[0].setChecked(False)
    value = panel.createProcessingParameters()["IN_MASK_POLYGONS"]
    assert not (isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly)


# --- batch and modeler ------------------------------------------------------------------------------

def test_the_batch_dialog_keeps_qgis_widgets(iface, pixelwise_provider):
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.gui.wrappers import WidgetWrapper
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM).create()
    dialog = BatchAlgorithmDialog(algorithm)
    try:
        dialog.show()  # the batch table fills its first row when shown
        QCoreApplication.processEvents()
        panel = dialog.mainWidget()
        columns, context = panel.parameter_to_column, panel.processing_context
        values = {"TILE_SIZE_X": 300, "TILE_SIZE_Y": 200, "STRIDE_X": 150, "STRIDE_Y": 100,
                  "METADATA_FORMAT": "Labeled_Tiles", "IMAGE_CHIP_FORMAT": "PNG"}
        for name, value in values.items():
            wrapper = panel.wrappers[0][columns[name]]
            assert not isinstance(wrapper, WidgetWrapper), name  # QGIS's own (C++) wrapper
            wrapper.setParameterValue(value, context)
            assert wrapper.parameterValue() == value, name
    finally:
        delete_widgets(dialog)


def test_the_modeler_keeps_qgis_widgets(iface, pixelwise_provider):
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsApplication, QgsProcessingModelChildParameterSource
    from qgis.gui import QgsProcessingModelerParameterWidget

    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM).create()
    dialog = ModelerParametersDialog(algorithm, QgsProcessingModelAlgorithm("test model", "tests"))
    try:
        wrappers = dialog.widget.widget.wrappers
        values = {"TILE_SIZE_X": 300, "TILE_SIZE_Y": 200, "STRIDE_X": 150, "STRIDE_Y": 100,
                  "METADATA_FORMAT": "Labeled_Tiles", "IMAGE_CHIP_FORMAT": "PNG"}
        for name, value in values.items():
            assert isinstance(wrappers[name], QgsProcessingModelerParameterWidget), name
            wrappers[name].setWidgetValue(QgsProcessingModelChildParameterSource.fromStaticValue(value))
        sources = dialog.createAlgorithm().parameterSources()
        assert {name: sources[name][0].staticValue() for name in values} == values
    finally:
        delete_widgets(dialog)


def test_a_raster_given_as_a_path_is_counted_too(open_dialog, shared_data):
    """A path, not a project layer: the widgets load it only while they read it (a layer kept past
    QGIS's exit would crash the process: this file's exit code checks that too)."""
    from pixelwise.engine.grid import ChipGrid

    path = str(shared_data / "landsat7_chiapas" / "LE70220492002106EDC00_stack.gtif")
    _, panel = open_dialog({"IN_RASTER": [path], "IMAGE_CHIP_FORMAT": "JPEG"})
    with rasterio.open(path) as dataset:
        size = (dataset.width, dataset.height)
    assert _tile_stride(panel).chip_count == ChipGrid(*size, 256, 256, 128, 128).count()
    assert not panel.wrappers["IMAGE_CHIP_FORMAT"].warning.isHidden()
