"""processing.run of Classify Pixels with the real UKIS cloud model on a real Landsat 7 scene: the raster,
both ARGUMENTS forms, EMD text, the log, styling of the loaded layer, and a graphical model."""

import gc

import numpy as np
import pytest
import rasterio
from helpers import UKIS_CLASSES
from provider_checks import LogFeedback
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPalettedRasterRenderer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsSingleBandGrayRenderer,
    QgsVectorLayer,
)
from qgis.PyQt import sip

from pixelwise.processing_provider.compat import model_output_name

ALGORITHM = "pixelwise:classifypixels"
CLEAR, CLOUD, SHADOW = 0, 1, 2




def read(path, band=1):
    with rasterio.open(path) as ds:
        return ds.read(band), ds.profile


@pytest.fixture(scope="module")
def reference(processing_run, classify_parameters, tmp_path_factory):
    """(results, classes array, profile, log lines) of one direct run."""
    feedback = LogFeedback()
    out = tmp_path_factory.mktemp("reference") / "classified.tif"
    results = processing_run(
        ALGORITHM, {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(out)}, feedback=feedback
    )
    classes, profile = read(results["OUT_CLASSIFIED_RASTER"])
    return results, classes, profile, feedback.lines


def test_classified_raster_has_the_input_grid_and_finds_the_clouds(classify_inputs, reference):
    results, classes, profile, _ = reference
    with rasterio.open(classify_inputs["cloudy"]) as src:
        assert (profile["crs"], profile["transform"]) == (src.crs, src.transform)
        assert (profile["width"], profile["height"]) == (src.width, src.height) == (250, 250)
    assert profile["count"] == 1 and profile["driver"] == "GTiff"
    assert set(np.unique(classes)) == {CLEAR, CLOUD, SHADOW}
    cloud_share = (classes == CLOUD).mean()
    print(f"cloud share {cloud_share:.1%}")
    assert cloud_share > 0.05
    assert set(results) == {"OUT_CLASSIFIED_RASTER"}


def test_log_names_the_execution_provider(reference):
    lines = reference[3]
    assert any("CPUExecutionProvider" in line for line in lines), lines
    assert any("padding 32, batch 2" in line for line in lines), lines


@pytest.mark.parametrize("arguments", ["padding 32;batch_size 2", "padding=32; batch_size=2\n"])
def test_both_argument_forms_give_the_same_raster(
    processing_run, classify_parameters, reference, tmp_path, arguments
):
    results = processing_run(
        ALGORITHM,
        {
            **classify_parameters,
            "ARGUMENTS": arguments,
            "OUT_CLASSIFIED_RASTER": str(tmp_path / "arcgis_form.tif"),
        },
    )
    classes, _ = read(results["OUT_CLASSIFIED_RASTER"])
    assert classes.tobytes() == reference[1].tobytes()


def test_emd_json_text_gives_the_same_raster(
    processing_run, classify_parameters, classify_inputs, reference, tmp_path
):
    results = processing_run(
        ALGORITHM,
        {
            **classify_parameters,
            "IN_MODEL_DEFINITION": classify_inputs["emd_text"],
            "OUT_CLASSIFIED_RASTER": str(tmp_path / "from_text.tif"),
        },
    )
    assert read(results["OUT_CLASSIFIED_RASTER"])[0].tobytes() == reference[1].tobytes()


def test_confidence_raster(processing_run, classify_parameters, reference, tmp_path):
    results = processing_run(
        ALGORITHM,
        {
            **classify_parameters,
            "OUT_CLASSIFIED_RASTER": str(tmp_path / "c.tif"),
            "OUT_CONFIDENCE_RASTER": str(tmp_path / "confidence.tif"),
        },
    )
    assert results["OUT_CONFIDENCE_RASTER"] == str(tmp_path / "confidence.tif")
    confidence, profile = read(results["OUT_CONFIDENCE_RASTER"])
    assert profile["dtype"] == "float32" and confidence.shape == reference[1].shape
    # Three classes: the winner has at least a third of the probability.
    assert confidence.min() >= 1 / 3 - 1e-6 and confidence.max() <= 1 + 1e-6


def test_extent_and_mask_polygons(processing_run, classify_parameters, classify_inputs, reference, tmp_path):
    _, full, profile, _ = reference
    t = profile["transform"]
    # The upper-left 150 × 100 pixels, and a mask over the left half of that.
    extent = QgsRectangle(t.c, t.f - 100 * 30, t.c + 150 * 30, t.f)
    mask = QgsVectorLayer("Polygon?crs=EPSG:32615", "mask", "memory")
    feature = QgsFeature()
    left_half = QgsRectangle(t.c - 10, t.f - 100 * 30 - 10, t.c + 75 * 30, t.f + 10)
    feature.setGeometry(QgsGeometry.fromRect(left_half))
    mask.dataProvider().addFeatures([feature])

    results = processing_run(
        ALGORITHM,
        {
            **classify_parameters,
            "OUT_CLASSIFIED_RASTER": str(tmp_path / "part.tif"),
            "IN_MASK_POLYGONS": mask,
            "EXTENT": f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},{extent.yMaximum()} "
            "[EPSG:32615]",
        },
    )

    part, part_profile = read(results["OUT_CLASSIFIED_RASTER"])
    assert part.shape == (100, 150)
    assert part_profile["transform"] == t
    nodata = part_profile["nodata"]
    assert (part[:, 75:] == nodata).all()
    inside = part[:, :75]
    assert (inside != nodata).all()
    # Another window grid and less context at the edges: most pixels still agree with the full run.
    assert (inside == full[:100, :75]).mean() > 0.95


def _loaded_layer(path):
    layers = [layer for layer in QgsProject.instance().mapLayers().values() if layer.source() == path]
    assert len(layers) == 1, [layer.source() for layer in QgsProject.instance().mapLayers().values()]
    return layers[0]


def _assert_model_classes(layer):
    renderer = layer.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer), type(renderer).__name__
    assert renderer.band() == 1
    got = [(int(c.value), c.label, c.color.getRgb()[:3]) for c in renderer.classes()]
    assert got == [(c["Value"], c["Name"], tuple(c["Color"])) for c in UKIS_CLASSES]


@pytest.fixture
def gray_raster_style(processing_run, classify_inputs, tmp_path):
    """Processing's 'Style for raster layers' set to a grey single-band QML, restored afterwards.

    QGIS 3.22 already shows the file's colour table with its category names, so without this a
    missing post-processor would go unnoticed; Processing applies this style before post-processors.
    """
    from processing.core.ProcessingConfig import ProcessingConfig

    layer = QgsRasterLayer(classify_inputs["cloudy"], "gray")
    layer.setRenderer(QgsSingleBandGrayRenderer(layer.dataProvider(), 1))
    qml = str(tmp_path / "gray.qml")
    _message, saved = layer.saveNamedStyle(qml)
    assert saved
    before = ProcessingConfig.getSetting(ProcessingConfig.RASTER_STYLE)
    ProcessingConfig.setSettingValue(ProcessingConfig.RASTER_STYLE, qml)
    yield qml
    ProcessingConfig.setSettingValue(ProcessingConfig.RASTER_STYLE, before or "")


def test_run_and_load_results_styles_the_classes(gray_raster_style, classify_parameters, tmp_path):
    import processing

    out = str(tmp_path / "loaded.tif")
    processing.runAndLoadResults(ALGORITHM, {**classify_parameters, "OUT_CLASSIFIED_RASTER": out})
    layer = _loaded_layer(out)
    try:
        _assert_model_classes(layer)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_styler_survives_until_processing_loads_the_layer(gray_raster_style, classify_parameters, tmp_path):
    """As the Toolbox does it: run in a context that loads the output, let Python collect garbage
    (the algorithm's locals are gone), then load the results; then drop the context (which deletes
    its post-processors)."""
    from processing.gui.Postprocessing import handleAlgorithmResults

    out = str(tmp_path / "toolbox.tif")
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    run_parameters = {
        **classify_parameters,
        "OUT_CLASSIFIED_RASTER": QgsProcessingOutputLayerDefinition(out, QgsProject.instance()),
    }
    results, ok = algorithm.run(run_parameters, context, feedback)
    assert ok and results["OUT_CLASSIFIED_RASTER"] == out
    assert context.willLoadLayerOnCompletion(out)
    gc.collect()

    assert handleAlgorithmResults(algorithm, context, feedback, parameters=run_parameters)
    layer = _loaded_layer(out)
    try:
        _assert_model_classes(layer)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    # The context deletes its post-processor; the algorithm then lets go of the Python object.
    del context
    gc.collect()
    from pixelwise.processing_provider import classify_pixels

    assert [s for s in classify_pixels._STYLERS if not sip.isdeleted(s)] == []


def test_no_styler_without_loading(processing_run, classify_parameters, tmp_path):
    """processing.run loads nothing: the algorithm attaches no post-processor."""
    out = str(tmp_path / "plain.tif")
    context = QgsProcessingContext()
    processing_run(ALGORITHM, {**classify_parameters, "OUT_CLASSIFIED_RASTER": out}, context=context)
    assert not context.willLoadLayerOnCompletion(out)


def _classify_then_count_model(classify_parameters):
    """A model: classifypixels -> native:rasterlayeruniquevaluesreport on its output."""
    model = QgsProcessingModelAlgorithm("classify_then_count", "Pixelwise tests")
    classify = QgsProcessingModelChildAlgorithm(ALGORITHM)
    classify.setChildId("classify")
    for key, value in classify_parameters.items():
        classify.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    classified = QgsProcessingModelOutput("classified", "Classified raster")
    classified.setChildOutputName("OUT_CLASSIFIED_RASTER")
    classify.setModelOutputs({"classified": classified})
    model.addChildAlgorithm(classify)

    count = QgsProcessingModelChildAlgorithm("native:rasterlayeruniquevaluesreport")
    count.setChildId("count")
    count.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("classify", "OUT_CLASSIFIED_RASTER")]
    )
    count.addParameterSources("BAND", [QgsProcessingModelChildParameterSource.fromStaticValue(1)])
    table = QgsProcessingModelOutput("table", "Class counts")
    table.setChildOutputName("OUTPUT_TABLE")
    count.setModelOutputs({"table": table})
    model.addChildAlgorithm(count)
    return model


def test_model_gives_the_same_raster_as_processing_run(
    processing_run, classify_parameters, reference, tmp_path
):
    model = _classify_then_count_model(classify_parameters)
    classified = model_output_name(model, "classify", "classified")
    table = model_output_name(model, "count", "table")
    assert model.parameterDefinition(classified) is not None, [p.name() for p in model.parameterDefinitions()]
    out = str(tmp_path / "model.tif")
    results = processing_run(model, {classified: out, table: QgsProcessing.TEMPORARY_OUTPUT})

    assert results[classified] == out
    classes, profile = read(out)
    assert classes.tobytes() == reference[1].tobytes()
    assert (profile["crs"], profile["transform"]) == (reference[2]["crs"], reference[2]["transform"])
    table = results[table]
    table = table if isinstance(table, QgsVectorLayer) else QgsVectorLayer(table, "table")
    counts = {int(f["value"]): int(f["count"]) for f in table.getFeatures()}
    values, expected = np.unique(reference[1], return_counts=True)
    assert counts == dict(zip(values.tolist(), expected.tolist(), strict=True))
