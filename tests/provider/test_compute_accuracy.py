"""processing.run of Compute Accuracy on real New Brunswick land cover: the table layer, the CSV and the
HTML report agree with the engine, ArcGIS sampling keywords as text, the log, one-line errors."""

import csv

import lxml.html
import pytest
from helpers import NB_CLASS_NAMES as NAMES
from helpers import flipped_landcover
from provider_checks import LogFeedback
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingOutputHtml,
    QgsProcessingParameterEnum,
    QgsVectorLayer,
)

from pixelwise.engine.accuracy import SAMPLING_STRATEGIES, AccuracyConfig, compute_accuracy, confusion_table
from pixelwise.engine.export import RasterLabels
from pixelwise.processing_provider.compat import SOURCE_VECTOR_ANY, WKB_NO_GEOMETRY

ALGORITHM = "pixelwise:computeaccuracy"




@pytest.fixture(scope="module")
def landcover(nb_data, tmp_path_factory):
    """A classified raster of the aerial crop (Quatreclasses rasterised by GDAL, 20 % of its pixels
    flipped with seed 1, the unlabelled ones filled; class names in its .aux.xml as Classify Pixels
    writes them) and the rasterised reference (NoData 0)."""
    folder = tmp_path_factory.mktemp("accuracy")
    reference_path, classified, _truth, _predicted = flipped_landcover(nb_data["raster"], nb_data["labels"],
                                                                       str(folder))
    engine = compute_accuracy(AccuracyConfig(classified, RasterLabels(reference_path)))
    return {"classified": classified, "reference": reference_path, "engine": engine}


@pytest.fixture(scope="module")
def polygon_run(processing_run, landcover, nb_data, tmp_path_factory):
    """Every pixel against the polygons, classes by name (Niveau_2 is a text field)."""
    folder = tmp_path_factory.mktemp("polygon_run")
    feedback = LogFeedback()
    results = processing_run(ALGORITHM, {
        "IN_CLASSIFIED_RASTER": landcover["classified"], "IN_GROUND_TRUTH_DATA": nb_data["labels"],
        "CLASS_VALUE_FIELD": "Niveau_2", "OUT_CSV": str(folder / "matrix.csv"),
        "OUT_REPORT": str(folder / "report.html")}, feedback=feedback)
    return results, feedback.lines


def _layer(value):
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "matrix")


def _csv_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def _shown(value):
    return "" if value is None else repr(value) if isinstance(value, float) else str(value)


def test_csv_is_the_engine_matrix(polygon_run, landcover):
    results, _ = polygon_run
    engine = landcover["engine"]
    assert [c.name for c in engine.classes] == list(NAMES.values())
    fields, rows = confusion_table(engine)
    assert _csv_rows(results["OUT_CSV"]) == [fields] + [[_shown(v) for v in row] for row in rows]
    assert results["OVERALL_ACCURACY"] == engine.overall_accuracy
    assert results["KAPPA"] == engine.kappa
    assert results["MEAN_IOU"] == engine.mean_iou
    assert 0.8 < engine.overall_accuracy < 0.9 and engine.total > 30000


def test_the_sink_is_a_table_with_a_row_per_class(polygon_run, landcover):
    results, _ = polygon_run
    engine = landcover["engine"]
    table = _layer(results["OUT_CONFUSION_MATRIX"])
    assert table.isValid()
    assert not table.isSpatial() and table.wkbType() == WKB_NO_GEOMETRY
    expected_fields = ["ClassValue", "ClassName", "C_1", "C_2", "C_3", "C_4", "C_255", "Total",
                       "ProducersAccuracy", "IoU", "F1"]
    assert [f.name() for f in table.fields() if f.name() != "fid"] == expected_fields
    features = list(table.getFeatures())
    assert [f["ClassName"] for f in features] == [*NAMES.values(), "Total", "UsersAccuracy"]
    for feature, info, row in zip(features, engine.classes, engine.matrix, strict=False):
        assert feature["ClassValue"] == info.value
        assert [feature[f"C_{c.value}"] for c in engine.classes] == list(row)
        assert feature["Total"] == sum(row)
    users = features[-1]
    assert [users[f"C_{c.value}"] for c in engine.classes] == list(engine.users_accuracy)
    assert users["ProducersAccuracy"] == engine.overall_accuracy


def test_html_report_holds_the_matrix_as_a_heat_map(polygon_run, landcover):
    results, _ = polygon_run
    engine = landcover["engine"]
    page = lxml.html.parse(results["OUT_REPORT"]).getroot()
    matrix = page.find_class("matrix")[0]
    rows = matrix.findall("tr")
    counts = [[int(td.text_content()) for td in tr.findall("td")[:len(engine.classes)]]
              for tr in rows[1:1 + len(engine.classes)]]
    assert counts == [list(row) for row in engine.matrix]
    assert all("background-color" in td.get("style") for td in rows[1].findall("td")[:5])
    assert [th.text_content() for th in rows[0].findall("th")][1:6] == [
        f"{name} ({value})" for value, name in NAMES.items()]
    assert f"{100 * engine.overall_accuracy:.2f} %" in page.text_content()


def test_the_log_lists_the_metrics(polygon_run, landcover):
    _, lines = polygon_run
    engine = landcover["engine"]
    assert any(f"Overall accuracy {engine.overall_accuracy:.4f}, Cohen's kappa {engine.kappa:.4f}" in line
               for line in lines), lines
    assert any(line.startswith("Class 4 'Building'") for line in lines), lines


@pytest.mark.parametrize("strategy, per_class", [("EQUALIZED_STRATIFIED_RANDOM", [100, 100, 100, 100]),
                                                 ("RANDOM", None)])
def test_sampling_keyword_as_text_and_a_seed(processing_run, landcover, tmp_path, strategy, per_class):
    def sample(seed, name):
        return processing_run(ALGORITHM, {
            "IN_CLASSIFIED_RASTER": landcover["classified"], "IN_GROUND_TRUTH_DATA": landcover["reference"],
            "NUM_RANDOM_POINTS": 400, "SAMPLING_STRATEGY": strategy, "RANDOM_SEED": seed,
            "OUT_CSV": str(tmp_path / f"{name}.csv"), "OUT_REPORT": str(tmp_path / f"{name}.html"),
            "OUT_CONFUSION_MATRIX": str(tmp_path / f"{name}.gpkg")})

    first, again, other = sample(5, "first"), sample(5, "again"), sample(6, "other")
    rows = _csv_rows(first["OUT_CSV"])
    assert rows == _csv_rows(again["OUT_CSV"]) != _csv_rows(other["OUT_CSV"])
    total_row = next(row for row in rows if row[1] == "Total")
    assert total_row[rows[0].index("Total")] == "400"
    if per_class:
        class_rows = [row for row in rows[1:] if row[0]]
        assert [int(row[rows[0].index("Total")]) for row in class_rows if row[0] != "255"] == per_class


def test_outputs_are_created_without_being_asked(processing_run, landcover):
    results = processing_run(ALGORITHM, {"IN_CLASSIFIED_RASTER": landcover["classified"],
                                         "IN_GROUND_TRUTH_DATA": landcover["reference"]})
    assert results["OUT_CSV"].endswith(".csv") and results["OUT_REPORT"].endswith(".html")
    assert _csv_rows(results["OUT_CSV"])[1][:3] == ["1", "Vegetation", str(landcover["engine"].matrix[0][0])]
    assert lxml.html.parse(results["OUT_REPORT"]).getroot().find_class("matrix")
    assert _layer(results["OUT_CONFUSION_MATRIX"]).featureCount() == len(NAMES) + 2
    assert results["KAPPA"] == landcover["engine"].kappa


def test_enum_and_parameters_as_qgis_sees_them(pixelwise_provider):
    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names == ["IN_CLASSIFIED_RASTER", "IN_GROUND_TRUTH_DATA", "CLASS_VALUE_FIELD", "NUM_RANDOM_POINTS",
                     "SAMPLING_STRATEGY", "RANDOM_SEED", "OUT_CONFUSION_MATRIX", "OUT_CSV", "OUT_REPORT"]
    assert not [p.name() for p in algorithm.parameterDefinitions() if not p.help().strip()]
    assert algorithm.shortHelpString()
    outputs = {o.name() for o in algorithm.outputDefinitions()}
    assert outputs >= {"OVERALL_ACCURACY", "KAPPA", "MEAN_IOU", "OUT_CONFUSION_MATRIX", "OUT_CSV",
                       "OUT_REPORT"}
    strategy = algorithm.parameterDefinition("SAMPLING_STRATEGY")
    assert isinstance(strategy, QgsProcessingParameterEnum) and strategy.usesStaticStrings()
    assert strategy.options() == list(SAMPLING_STRATEGIES) and strategy.defaultValue() == "STRATIFIED_RANDOM"
    assert algorithm.parameterDefinition("OUT_CONFUSION_MATRIX").dataType() == SOURCE_VECTOR_ANY
    # An HTML output: the Toolbox shows it in its Results Viewer.
    assert isinstance(algorithm.outputDefinition("OUT_REPORT"), QgsProcessingOutputHtml)
    # A string, not a field parameter: QGIS 3.22's field widget crashes on a raster parent layer.
    field = algorithm.parameterDefinition("CLASS_VALUE_FIELD")
    assert field.type() == "string" and field.flags() & field.FlagOptional


@pytest.mark.parametrize("change, parameter, words", [
    ({"CLASS_VALUE_FIELD": ""}, "CLASS_VALUE_FIELD", "no field named 'value' or 'classvalue'"),
    ({"CLASS_VALUE_FIELD": "nom_geopackage"}, "CLASS_VALUE_FIELD", "none of its class names"),
    ({"NUM_RANDOM_POINTS": -10}, "NUM_RANDOM_POINTS", "0 or more"),
    ({"SAMPLING_STRATEGY": "STRATIFIED"}, "SAMPLING_STRATEGY", "not one of its choices"),
])
def test_bad_input_is_one_line_naming_the_parameter(processing_run, landcover, nb_data, tmp_path, change,
                                                    parameter, words):
    parameters = {"IN_CLASSIFIED_RASTER": landcover["classified"], "IN_GROUND_TRUTH_DATA": nb_data["labels"],
                  "CLASS_VALUE_FIELD": "Niveau_2", "OUT_CSV": str(tmp_path / "matrix.csv")}
    with pytest.raises(QgsProcessingException) as error:
        processing_run(ALGORITHM, {**parameters, **change})
    # processing.run puts "Unable to execute algorithm" above a failed parameter check (QGIS's own line).
    message = str(error.value).strip().removeprefix("Unable to execute algorithm\n")
    # The traceback holds Processing's context and algorithm in a reference cycle: free them now, while
    # QGIS runs (QGIS 3.22 crashes when the garbage collector meets them at exit).
    del error
    assert "\n" not in message and message.startswith(f"{parameter}: ") and words in message, message
    assert not (tmp_path / "matrix.csv").exists()

