"""The classify algorithm as QGIS sees it: id, parameters, help texts, the model file parameter."""

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterDestination,
)

from pixelwise.processing_provider.compat import FILE_BEHAVIOR_FILE

ALGORITHM = "pixelwise:classifypixels"
PARAMETERS = ["IN_RASTER", "IN_MODEL_DEFINITION", "OUT_CLASSIFIED_RASTER", "ARGUMENTS", "PROCESSOR_TYPE",
              "EXTENT", "CELL_SIZE", "IN_MASK_POLYGONS", "OUT_CONFIDENCE_RASTER", "OUT_SR", "SNAP_RASTER",
              "PARALLEL_PROCESSING_FACTOR", "RETRY_ON_FAILURES", "DASK_SCHEDULER", "WEB_TILE_LIMIT"]


@pytest.fixture(scope="module")
def algorithm(pixelwise_provider):
    return QgsApplication.processingRegistry().algorithmById(ALGORITHM)


def test_names(algorithm):
    assert algorithm.name() == "classifypixels"
    assert algorithm.displayName() == "Classify Pixels Using Deep Learning"
    assert algorithm.shortHelpString()
    assert algorithm.group() == "Deep learning"
    assert type(algorithm.createInstance()) is type(algorithm)


def test_every_parameter_has_help_and_an_arcgis_name(algorithm):
    from pixelwise.processing_provider import classify_pixels

    assert [p.name() for p in algorithm.parameterDefinitions()] == PARAMETERS
    assert not [p.name() for p in algorithm.parameterDefinitions() if not p.help()]
    # The keys are public API (qgis_process, processing.run): module constants named as their values.
    assert [getattr(classify_pixels, key) for key in PARAMETERS] == PARAMETERS
    required = {p.name() for p in algorithm.parameterDefinitions() if not p.flags() & p.FlagOptional}
    assert required == {"IN_RASTER", "IN_MODEL_DEFINITION", "OUT_CLASSIFIED_RASTER", "PROCESSOR_TYPE"}
    assert {o.name() for o in algorithm.outputDefinitions()} == {"OUT_CLASSIFIED_RASTER",
                                                                 "OUT_CONFIDENCE_RASTER"}


def test_processor_type_takes_the_arcgis_keywords(algorithm):
    from pixelwise.engine.classify import PROCESSOR_TYPES

    parameter = algorithm.parameterDefinition("PROCESSOR_TYPE")
    assert isinstance(parameter, QgsProcessingParameterEnum)
    assert parameter.usesStaticStrings()
    assert parameter.defaultValue() == "AUTO"
    assert parameter.options() == list(PROCESSOR_TYPES) == ["AUTO", "CPU", "GPU"]
    assert not parameter.checkValueIsAcceptable(2)  # an index is not a keyword


@pytest.mark.parametrize("value, accepted", [
    ("/models/cloud.emd", True),
    ("/models/cloud.dlpk", True),
    ("/models/cloud.onnx", True),
    ('{"Framework": "ONNX", "ModelFile": "/models/cloud.onnx", "Classes": []}', True),
    ("", False),
])
def test_model_definition_takes_files_and_emd_text(algorithm, value, accepted):
    parameter = algorithm.parameterDefinition("IN_MODEL_DEFINITION")
    assert isinstance(parameter, QgsProcessingParameterFile)
    assert parameter.behavior() == FILE_BEHAVIOR_FILE
    # The dialog offers the model files first.
    assert parameter.fileFilter().split(";;")[0] == "Model definition (*.emd *.dlpk *.onnx)"
    assert parameter.checkValueIsAcceptable(value) is accepted


def test_raster_outputs(algorithm):
    classified = algorithm.parameterDefinition("OUT_CLASSIFIED_RASTER")
    confidence = algorithm.parameterDefinition("OUT_CONFIDENCE_RASTER")
    assert isinstance(classified, QgsProcessingParameterRasterDestination)
    assert isinstance(confidence, QgsProcessingParameterRasterDestination)
    assert classified.createByDefault()
    assert not confidence.createByDefault()
    assert classified.defaultFileExtension() == "tif"


def test_cell_size_follows_the_raster(algorithm):
    assert algorithm.parameterDefinition("CELL_SIZE").parentParameterName() == "IN_RASTER"
    assert algorithm.parameterDefinition("CELL_SIZE").defaultValue() == 0.0


def test_argument_help_names_every_argument(algorithm):
    from pixelwise.engine.classify import ARGUMENT_NAMES

    help_text = algorithm.parameterDefinition("ARGUMENTS").help()
    assert [name for name in ARGUMENT_NAMES if name not in help_text] == []


def test_onnxruntime_is_checked_when_the_algorithm_runs(algorithm):
    assert "onnxruntime" in algorithm.REQUIRED_MODULES
    export = QgsApplication.processingRegistry().algorithmById("pixelwise:exporttrainingdata")
    assert "onnxruntime" not in export.REQUIRED_MODULES
