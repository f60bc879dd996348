"""The provider and the export algorithm as QGIS sees them: ids, version, parameters, help texts."""

import ast
import configparser
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
)

from pixelwise.processing_provider.compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_RASTER

REPO = Path(__file__).resolve().parents[2]
ALGORITHM = "pixelwise:exporttrainingdata"

# key -> (default, static-string options) as the ArcGIS Pro 3.x tool has them (spec §1.2).
ENUMS = {
    "IMAGE_CHIP_FORMAT": ("TIFF", {"TIFF", "PNG", "JPEG", "MRF"}),
    "OUTPUT_NOFEATURE_TILES": ("ONLY_TILES_WITH_FEATURES", {"ALL_TILES", "ONLY_TILES_WITH_FEATURES"}),
    "METADATA_FORMAT": ("PASCAL_VOC_rectangles",
                        {"KITTI_rectangles", "PASCAL_VOC_rectangles", "Classified_Tiles", "RCNN_Masks",
                         "Labeled_Tiles", "MultiLabeled_Tiles", "Export_Tiles", "CycleGAN", "Imagenet",
                         "Panoptic_Segmentation", "COCO", "YOLO"}),
    "EDGE_POLICY": ("SHIFT_INWARD", {"SHIFT_INWARD", "PAD", "DROP"}),
    "REFERENCE_SYSTEM": ("MAP_SPACE", {"MAP_SPACE", "PIXEL_SPACE"}),
    "PROCESSING_MODE": ("PROCESS_AS_MOSAICKED_IMAGE",
                        {"PROCESS_AS_MOSAICKED_IMAGE", "PROCESS_ITEMS_SEPARATELY"}),
    "BLACKEN_AROUND_FEATURE": ("NO_BLACKEN", {"NO_BLACKEN", "BLACKEN_AROUND_FEATURE"}),
    "CROP_MODE": ("FIXED_SIZE", {"FIXED_SIZE", "BOUNDING_BOX"}),
}
INTEGERS = {"TILE_SIZE_X": 256, "TILE_SIZE_Y": 256, "STRIDE_X": 128, "STRIDE_Y": 128, "START_INDEX": 0,
            "PNG_COMPRESSION_LEVEL": 1}
# Doubles without a QGIS range: the provider or the engine names the parameter in its error.
DOUBLES = {"ROTATION_ANGLE": 0.0, "MIN_POLYGON_OVERLAP_RATIO": 0.0}
# The parameters after BUFFER_RADIUS: the three ArcGIS environments, PNG_COMPRESSION_LEVEL and
# EDGE_POLICY, then ArcGIS's parameters 15-23 in ArcGIS's order, then the chip index, ArcGIS's other
# environments (advanced), the Dask scheduler and the tile limit of web layers (advanced too).
LATER_PARAMETERS = ["IN_MASK_POLYGONS", "EXTENT", "CELL_SIZE", "PNG_COMPRESSION_LEVEL", "EDGE_POLICY",
                    "ROTATION_ANGLE", "REFERENCE_SYSTEM", "PROCESSING_MODE", "BLACKEN_AROUND_FEATURE",
                    "CROP_MODE", "IN_RASTER2", "IN_INSTANCE_DATA", "INSTANCE_CLASS_VALUE_FIELD",
                    "MIN_POLYGON_OVERLAP_RATIO", "OUT_CHIP_INDEX", "OUT_SR", "SNAP_RASTER",
                    "PARALLEL_PROCESSING_FACTOR", "RETRY_ON_FAILURES", "DASK_SCHEDULER", "WEB_TILE_LIMIT"]


@pytest.fixture(scope="module")
def algorithm(pixelwise_provider):
    return QgsApplication.processingRegistry().algorithmById(ALGORITHM)


def test_provider_is_registered_like_qgis_does_it(pixelwise_provider):
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(REPO / "metadata.txt", encoding="utf-8")

    provider = QgsApplication.processingRegistry().providerById("pixelwise")
    assert provider is pixelwise_provider
    assert provider.name() == "Pixelwise"
    assert provider.versionInfo() == metadata.get("general", "version")
    assert Path(provider.svgIconPath()).resolve() == REPO / "resources" / "icon.svg"
    assert not provider.icon().isNull()
    assert sorted(a.id() for a in provider.algorithms()) == [
        "pixelwise:classifypixels", "pixelwise:computeaccuracy", ALGORITHM, "pixelwise:trainpixelclassifier"]


def test_algorithm_names(algorithm):
    assert algorithm.name() == "exporttrainingdata"
    assert algorithm.displayName() == "Export Training Data For Deep Learning"
    assert algorithm.shortHelpString()
    assert algorithm.group() and algorithm.groupId()
    assert type(algorithm.createInstance()) is type(algorithm)


def test_every_parameter_has_help_and_an_arcgis_name(algorithm):
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names[:13] == ["IN_RASTER", "OUT_FOLDER", "IN_CLASS_DATA", "IMAGE_CHIP_FORMAT", "TILE_SIZE_X",
                          "TILE_SIZE_Y", "STRIDE_X", "STRIDE_Y", "OUTPUT_NOFEATURE_TILES", "METADATA_FORMAT",
                          "START_INDEX", "CLASS_VALUE_FIELD", "BUFFER_RADIUS"]
    assert names[13:] == LATER_PARAMETERS
    assert not [p.name() for p in algorithm.parameterDefinitions() if not p.help().strip()]
    assert {o.name() for o in algorithm.outputDefinitions()} == {"OUT_FOLDER", "CHIP_COUNT", "OUT_CHIP_INDEX"}
    required = {p.name() for p in algorithm.parameterDefinitions()
                if not p.flags() & p.FlagOptional}
    assert required == ({"IN_RASTER", "OUT_FOLDER"} | set(ENUMS) | set(INTEGERS) | set(DOUBLES)
                        | {"BUFFER_RADIUS"})


def test_metadata_format_help_describes_every_format(algorithm):
    lines = algorithm.parameterDefinition("METADATA_FORMAT").help().splitlines()
    described = [line.strip().split(":")[0] for line in lines[1:]]
    assert described == list(algorithm.parameterDefinition("METADATA_FORMAT").options())


def test_in_raster_takes_one_raster_or_several(algorithm, nb_data):
    parameter = algorithm.parameterDefinition("IN_RASTER")
    assert isinstance(parameter, QgsProcessingParameterMultipleLayers)
    assert parameter.layerType() == SOURCE_RASTER
    assert parameter.minimumNumberInputs() == 1
    assert parameter.checkValueIsAcceptable(nb_data["raster"])
    assert parameter.checkValueIsAcceptable([nb_data["raster"], nb_data["raster"]])
    assert not parameter.checkValueIsAcceptable([])


@pytest.mark.parametrize("key", sorted(ENUMS))
def test_enums_take_the_arcgis_keywords(algorithm, key):
    default, options = ENUMS[key]
    parameter = algorithm.parameterDefinition(key)
    assert isinstance(parameter, QgsProcessingParameterEnum)
    assert parameter.usesStaticStrings()
    assert parameter.defaultValue() == default
    assert set(parameter.options()) == options


def test_enum_options_match_the_engine(algorithm):
    from pixelwise.engine.export import config

    engine = {"IMAGE_CHIP_FORMAT": config.IMAGE_CHIP_FORMATS, "METADATA_FORMAT": config.METADATA_FORMATS,
              "OUTPUT_NOFEATURE_TILES": config.NOFEATURE_TILES, "EDGE_POLICY": config.EDGE_POLICIES,
              "REFERENCE_SYSTEM": config.REFERENCE_SYSTEMS, "PROCESSING_MODE": config.PROCESSING_MODES,
              "CROP_MODE": config.CROP_MODES}
    for key, values in engine.items():
        assert set(algorithm.parameterDefinition(key).options()) == set(values), key
    # ArcGIS's ten formats in ArcGIS's order, then Pixelwise's two, in the dialog as in the engine.
    assert algorithm.parameterDefinition("METADATA_FORMAT").options() == list(config.METADATA_FORMATS)


@pytest.mark.parametrize("key", sorted(DOUBLES))
def test_doubles_have_no_qgis_range(algorithm, key):
    parameter = algorithm.parameterDefinition(key)
    assert parameter.dataType() == NUMBER_DOUBLE
    assert parameter.defaultValue() == DOUBLES[key]
    assert parameter.checkValueIsAcceptable(-1.0)
    assert parameter.checkValueIsAcceptable(400.0)


@pytest.mark.parametrize("key", sorted(INTEGERS))
def test_integers_have_no_qgis_minimum(algorithm, key):
    # The engine validates and names the parameter; a QGIS minimum would answer with a generic message.
    parameter = algorithm.parameterDefinition(key)
    assert parameter.dataType() == NUMBER_INTEGER
    assert parameter.defaultValue() == INTEGERS[key]
    assert parameter.checkValueIsAcceptable(0)
    assert parameter.checkValueIsAcceptable(-1)


def test_class_value_field_follows_the_class_data(algorithm):
    assert algorithm.parameterDefinition("CLASS_VALUE_FIELD").parentLayerParameterName() == "IN_CLASS_DATA"
    assert algorithm.parameterDefinition("BUFFER_RADIUS").parentParameterName() == "IN_CLASS_DATA"
    assert (algorithm.parameterDefinition("INSTANCE_CLASS_VALUE_FIELD").parentLayerParameterName()
            == "IN_INSTANCE_DATA")


def test_cell_size_is_a_distance_of_the_input_rasters(algorithm, nb_data):
    """A distance whose parent is the IN_RASTER list still validates (the dialog shows no unit for a list)."""
    parameter = algorithm.parameterDefinition("CELL_SIZE")
    assert isinstance(parameter, QgsProcessingParameterDistance)
    assert parameter.parentParameterName() == "IN_RASTER"
    assert parameter.dependsOnOtherParameters() == ["IN_RASTER"]
    ok, message = algorithm.checkParameterValues({"IN_RASTER": [nb_data["raster"]], "OUT_FOLDER": "/tmp/x",
                                                  "CELL_SIZE": 2.0}, QgsProcessingContext())
    assert ok, message


@pytest.mark.parametrize("value", [2, "2", "classified_tiles", "Bogus"])
def test_enum_index_or_unknown_keyword_is_rejected(run_export, nb_parameters, tmp_path, value):
    """Static-string enums must not map an index (or a misspelt keyword) onto some other format."""
    out = tmp_path / "out"
    with pytest.raises(QgsProcessingException, match="METADATA_FORMAT"):
        run_export({**nb_parameters, "METADATA_FORMAT": value, "OUT_FOLDER": str(out)})
    assert not out.exists()


MISSING_RASTERIO = textwrap.dedent(
    """
    import sys

    class Blocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] == "rasterio":
                raise ImportError("rasterio is blocked for this test")

    sys.meta_path.insert(0, Blocker())
    sys.path.insert(0, {pythonpath!r})
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsProcessingException
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    import pixelwise

    plugin = pixelwise.classFactory(None)
    plugin.initProcessing()
    try:
        processing.run("pixelwise:exporttrainingdata", {{"IN_RASTER": {raster!r}, "OUT_FOLDER": {out!r}}})
    except QgsProcessingException as err:
        print("MESSAGE:" + repr(str(err)))
    """
)


def test_missing_rasterio_gives_an_install_hint(nb_data, tmp_path):
    """The plugin loads without rasterio and the run says how to install it, in one line."""
    code = MISSING_RASTERIO.format(pythonpath=str(REPO / ".build" / "pythonpath"), raster=nb_data["raster"],
                                   out=str(tmp_path / "out"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                 "HOME": str(tmp_path)})
    lines = [line for line in result.stdout.splitlines() if line.startswith("MESSAGE:")]
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(lines) == 1, result.stdout + result.stderr[-3000:]
    message = ast.literal_eval(lines[0][len("MESSAGE:"):])
    assert "\n" not in message
    assert "pip install rasterio" in message and "python3-rasterio" in message
    assert not (tmp_path / "out").exists()
