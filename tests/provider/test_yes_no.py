"""Every yes/no parameter of every algorithm takes every spelling: its ArcGIS keywords, true/false,
yes/no, 1/0 in any case, and Python's True/False, through QGIS's own parameter check and the value the
algorithm reads; a real export through processing.run and the modeler behaves as the spelling says.
(qgis_process: tests/headless/test_qgis_process_yes_no.py.)"""

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterBoolean,
)

from pixelwise.processing_provider.base import yes_no_keywords
from pixelwise.processing_provider.compat import model_output_name

# Every yes/no parameter the algorithms have, with its ArcGIS keywords in (no, yes) order.
EXPECTED = {
    ("pixelwise:exporttrainingdata", "OUTPUT_NOFEATURE_TILES"): ("ONLY_TILES_WITH_FEATURES", "ALL_TILES"),
    ("pixelwise:exporttrainingdata", "BLACKEN_AROUND_FEATURE"): ("NO_BLACKEN", "BLACKEN_AROUND_FEATURE"),
    ("pixelwise:trainpixelclassifier", "STOP_TRAINING"): ("CONTINUE_TRAINING", "STOP_TRAINING"),
    ("pixelwise:trainpixelclassifier", "AUGMENTATION"): (),
}
PLAIN_SPELLINGS = [("true", True), ("TRUE", True), ("True", True), ("yes", True), ("YES", True),
                   ("Yes", True), ("1", True), ("on", True), (" true ", True), (True, True), (1, True),
                   ("false", False), ("FALSE", False), ("False", False), ("no", False), ("NO", False),
                   ("No", False), ("0", False), ("off", False), (False, False), (0, False)]
BAD_SPELLINGS = ["maybe", "2", "y", "truthy", "ALL", "-1", 2, 0.5]


def spellings(keywords):
    """(value, expected answer) for a parameter with ``keywords``: the plain spellings and the keywords in
    upper, lower and their own case."""
    keyword_cases = [(case(keyword), bool(index)) for index, keyword in enumerate(keywords)
                     for case in (str, str.lower, str.upper)]
    return PLAIN_SPELLINGS + keyword_cases


def _algorithm(algorithm_id):
    return QgsApplication.processingRegistry().algorithmById(algorithm_id)


CASES = [(algorithm_id, name, value, answer) for (algorithm_id, name), keywords in EXPECTED.items()
         for value, answer in spellings(keywords)]


@pytest.fixture(scope="module")
def valid_parameters(nb_parameters, earlier_export, tmp_path_factory):
    """Parameters QGIS accepts for each algorithm, to which a case adds its yes/no value."""
    out = tmp_path_factory.mktemp("yes_no")
    return {"pixelwise:exporttrainingdata": {**nb_parameters, "OUT_FOLDER": str(out / "export")},
            "pixelwise:trainpixelclassifier": {"IN_FOLDER": str(earlier_export),
                                               "OUT_FOLDER": str(out / "m")}}


def test_every_yes_no_parameter_is_in_the_table(pixelwise_provider):
    """The table covers every yes/no parameter; every boolean parameter is one (read with the helper)."""
    found = {}
    for algorithm in pixelwise_provider.algorithms():
        for definition in algorithm.parameterDefinitions():
            keywords = yes_no_keywords(definition)
            if isinstance(definition, QgsProcessingParameterBoolean):
                assert keywords == (), f"{algorithm.id()} {definition.name()} is a boolean without yes_no()"
            if keywords is not None:
                found[(algorithm.id(), definition.name())] = keywords
                if keywords:
                    assert definition.options() == list(keywords)  # option 0 is "no", option 1 "yes"
    assert found == EXPECTED


@pytest.mark.parametrize(("algorithm_id", "name", "value", "answer"), CASES,
                         ids=[f"{a.split(':')[1]}-{n}-{v!r}" for a, n, v, _ in CASES])
def test_every_spelling_is_accepted_and_read(pixelwise_provider, valid_parameters, algorithm_id, name, value,
                                             answer):
    algorithm = _algorithm(algorithm_id)
    context = QgsProcessingContext()
    parameters = {**valid_parameters[algorithm_id], name: value}

    ok, message = algorithm.checkParameterValues(parameters, context)

    assert ok, message
    assert algorithm.parameterAsYesNo(parameters, name, context) is answer


@pytest.mark.parametrize(("algorithm_id", "name"), sorted(EXPECTED))
@pytest.mark.parametrize("value", BAD_SPELLINGS)
def test_a_value_that_is_neither_yes_nor_no_is_refused_in_one_line(pixelwise_provider, valid_parameters,
                                                                    algorithm_id, name, value):
    algorithm = _algorithm(algorithm_id)
    ok, message = algorithm.checkParameterValues({**valid_parameters[algorithm_id], name: value},
                                                 QgsProcessingContext())

    assert not ok
    assert message.startswith(f"{name}: {value!r} is neither yes nor no. Use ")
    assert "true/false, yes/no, 1/0" in message and "\n" not in message
    for keyword in EXPECTED[(algorithm_id, name)]:
        assert keyword in message


def test_a_missing_yes_no_parameter_takes_its_default(pixelwise_provider, valid_parameters):
    export = _algorithm("pixelwise:exporttrainingdata")
    train = _algorithm("pixelwise:trainpixelclassifier")
    context = QgsProcessingContext()
    assert export.parameterAsYesNo({}, "OUTPUT_NOFEATURE_TILES", context) is False
    assert export.parameterAsYesNo({}, "BLACKEN_AROUND_FEATURE", context) is False
    assert train.parameterAsYesNo({}, "STOP_TRAINING", context) is True
    assert train.parameterAsYesNo({}, "AUGMENTATION", context) is True


# --- what the spellings do: a real export ------------------------------------------------------------

@pytest.fixture(scope="module")
def corner_labels(nb_data, tmp_path_factory):
    """Parameters of a 3 × 3 export whose one label polygon lies in the upper-left chip only: all tiles
    give 9 chips, tiles with features 1."""
    from helpers import write_corner_labels

    path = write_corner_labels(nb_data["raster"], tmp_path_factory.mktemp("corner") / "corner.gpkg")
    return {"IN_RASTER": nb_data["raster"], "IN_CLASS_DATA": path, "CLASS_VALUE_FIELD": "class",
            "METADATA_FORMAT": "Classified_Tiles", "TILE_SIZE_X": 128, "TILE_SIZE_Y": 128,
            "STRIDE_X": 128, "STRIDE_Y": 128}


@pytest.mark.parametrize(("value", "chips"), [("true", 9), ("yes", 9), ("1", 9), (True, 9), ("ALL_TILES", 9),
                                              ("false", 1), ("No", 1), ("0", 1), (False, 1),
                                              ("only_tiles_with_features", 1)])
def test_processing_run_exports_what_the_spelling_says(run_export, corner_labels, tmp_path, value, chips):
    results = run_export({**corner_labels, "OUTPUT_NOFEATURE_TILES": value,
                          "OUT_FOLDER": str(tmp_path / "x")})
    assert results["CHIP_COUNT"] == chips
    assert len(list((tmp_path / "x" / "images").glob("*.tif"))) == chips


def _model(parameters, nofeature_tiles=None):
    """A model: exporttrainingdata with the base parameters as static values and OUTPUT_NOFEATURE_TILES
    from a boolean model input ``all_tiles``, or the static value ``nofeature_tiles``."""
    model = QgsProcessingModelAlgorithm("yes_no", "Pixelwise tests")
    model.addModelParameter(QgsProcessingParameterBoolean("all_tiles", "All tiles", defaultValue=False),
                            QgsProcessingModelParameter("all_tiles"))
    export = QgsProcessingModelChildAlgorithm("pixelwise:exporttrainingdata")
    export.setChildId("export")
    for key, value in parameters.items():
        export.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    if nofeature_tiles is None:
        source = QgsProcessingModelChildParameterSource.fromModelParameter("all_tiles")
    else:
        source = QgsProcessingModelChildParameterSource.fromStaticValue(nofeature_tiles)
    export.addParameterSources("OUTPUT_NOFEATURE_TILES", [source])
    folder = QgsProcessingModelOutput("folder", "Folder")
    folder.setChildOutputName("OUT_FOLDER")
    export.setModelOutputs({"folder": folder})
    model.addChildAlgorithm(export)
    return model


@pytest.mark.parametrize(("value", "chips"), [(True, 9), (False, 1), ("yes", 9), ("false", 1)])
def test_a_model_passes_a_boolean_input_to_a_keyword_parameter(processing_run, corner_labels, tmp_path, value,
                                                               chips):
    model = _model(corner_labels)
    folder = model_output_name(model, "export", "folder")
    processing_run(model, {"all_tiles": value, folder: str(tmp_path / "m")})
    assert len(list((tmp_path / "m" / "images").glob("*.tif"))) == chips


def test_a_model_child_with_a_static_yes(processing_run, corner_labels, tmp_path):
    model = _model(corner_labels, "YES")
    folder = model_output_name(model, "export", "folder")
    processing_run(model, {folder: str(tmp_path / "m")})
    assert len(list((tmp_path / "m" / "images").glob("*.tif"))) == 9
