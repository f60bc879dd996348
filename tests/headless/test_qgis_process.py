"""The export through ``qgis_process run``: same folder as processing.run, one-line errors, exit codes."""

import itertools
import json
import re

import pytest
from helpers import tree_digest
from qgis.core import QgsVectorLayer

pytestmark = pytest.mark.headless

ALGORITHM = "pixelwise:exporttrainingdata"
# ArcGIS Pro's parameters 15-23, after the ones the first version had.
NEWER_KEYS = ("ROTATION_ANGLE", "REFERENCE_SYSTEM", "PROCESSING_MODE", "BLACKEN_AROUND_FEATURE", "CROP_MODE",
              "IN_RASTER2", "IN_INSTANCE_DATA", "INSTANCE_CLASS_VALUE_FIELD", "MIN_POLYGON_OVERLAP_RATIO")


@pytest.fixture(scope="module")
def parameters(shared_data):
    folder = shared_data / "nb_aerial_landcover"
    return {"IN_RASTER": str(folder / "23322E759967N_clipped_1m_1of2.tif"),
            "IN_CLASS_DATA": str(folder / "BakerLake_2017_clipped.gpkg"),
            "CLASS_VALUE_FIELD": "Quatreclasses", "METADATA_FORMAT": "Classified_Tiles",
            "TILE_SIZE_X": 128, "TILE_SIZE_Y": 128, "STRIDE_X": 128, "STRIDE_Y": 128}


@pytest.fixture(scope="module")
def reference_export(pixelwise_provider, parameters, tmp_path_factory):
    """The same export made in this process through processing.run."""
    import processing

    folder = tmp_path_factory.mktemp("reference") / "export"
    results = processing.run(ALGORITHM, {**parameters, "OUT_FOLDER": str(folder)})
    return folder, results


def _arguments(parameters):
    return [f"{key}={value}" for key, value in parameters.items()]


def test_help_lists_the_arcgis_parameters(qgis_process):
    result = qgis_process("help", ALGORITHM)
    assert result.returncode == 0, result.stderr
    for key in ("IN_RASTER", "OUT_FOLDER", "IN_CLASS_DATA", "METADATA_FORMAT", "CLASS_VALUE_FIELD",
                "EDGE_POLICY", "OUT_CHIP_INDEX", "CHIP_COUNT"):
        assert f"{key}:" in result.stdout


def test_help_shows_the_newer_parameters_with_their_help(qgis_process, pixelwise_provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    result = qgis_process("help", ALGORITHM)
    assert result.returncode == 0, result.stderr
    for key in NEWER_KEYS + ("IN_RASTER", "METADATA_FORMAT"):
        parameter = algorithm.parameterDefinition(key)
        # qgis_process prints "KEY: description" (QGIS 3.40 and later add " (optional)"), then lines
        # indented by a tab: the help text (3.40 and later put the default value first) and the argument type.
        heading = re.search(rf"^{key}: {re.escape(parameter.description())}( \(optional\))?$", result.stdout,
                            re.MULTILINE)
        assert heading, key
        block = result.stdout[heading.end() + 1:].split("\n")
        details = [line.strip() for line in itertools.takewhile(lambda line: line.startswith("\t"), block)]
        help_lines = [line.strip() for line in parameter.help().split("\n")]
        assert "\n".join(help_lines) in "\n".join(details), key
    for keyword in ("COCO", "YOLO", "Panoptic_Segmentation", "PIXEL_SPACE", "PROCESS_ITEMS_SEPARATELY",
                    "BLACKEN_AROUND_FEATURE", "BOUNDING_BOX"):
        assert f": {keyword}\n" in result.stdout, keyword


def _chip_names(folder):
    return sorted(path.stem for path in (folder / "images").glob("*.tif"))


def test_in_raster_takes_one_path_or_several(qgis_process, parameters, shared_data, tmp_path):
    """--IN_RASTER=path (qgis_process's other syntax) still takes one raster; IN_RASTER given twice
    takes two."""
    first = parameters["IN_RASTER"]
    second = str(shared_data / "nb_aerial_landcover" / "23322E759967N_clipped_1m_2of2.tif")
    common = {"METADATA_FORMAT": "Export_Tiles", "OUTPUT_NOFEATURE_TILES": "ALL_TILES", "TILE_SIZE_X": 128,
              "TILE_SIZE_Y": 128, "STRIDE_X": 128, "STRIDE_Y": 128}
    one = qgis_process("run", ALGORITHM, f"--IN_RASTER={first}", f"--OUT_FOLDER={tmp_path / 'one'}",
                       *(f"--{argument}" for argument in _arguments(common)))
    assert one.returncode == 0, one.stdout[-3000:] + one.stderr[-3000:]
    separately = {**common, "PROCESSING_MODE": "PROCESS_ITEMS_SEPARATELY", "OUT_FOLDER": tmp_path / "two"}
    two = qgis_process("--json", "run", ALGORITHM, "--", f"IN_RASTER={first}", f"IN_RASTER={second}",
                       *_arguments(separately))
    assert two.returncode == 0, two.stdout[-3000:] + two.stderr[-3000:]

    assert json.loads(two.stdout)["inputs"]["IN_RASTER"] == [first, second]
    # 3 × 3 grid cells of the first raster, then 3 × 4 of the second, numbered on from 9.
    assert _chip_names(tmp_path / "one") == [f"{i:012d}" for i in range(9)]
    assert _chip_names(tmp_path / "two") == [f"{i:012d}" for i in range(9 + 12)]
    assert json.loads(two.stdout)["results"]["CHIP_COUNT"] == 21


def test_qgis_process_writes_the_same_folder_as_processing_run(qgis_process, parameters, reference_export,
                                                               tmp_path):
    reference, reference_results = reference_export
    out, index = tmp_path / "cli", tmp_path / "index.gpkg"
    result = qgis_process("--json", "run", ALGORITHM, "--",
                          *_arguments({**parameters, "OUT_FOLDER": out, "OUT_CHIP_INDEX": index}))

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    results = json.loads(result.stdout)["results"]
    assert results["CHIP_COUNT"] == reference_results["CHIP_COUNT"]
    assert results["OUT_FOLDER"] == str(out)
    expected = tree_digest(reference)
    assert len(expected) > 4 and tree_digest(out) == expected
    assert QgsVectorLayer(str(index), "index").featureCount() == results["CHIP_COUNT"]


def test_enum_index_is_not_taken_for_a_keyword(qgis_process, parameters, tmp_path):
    out = tmp_path / "out"
    result = qgis_process("run", ALGORITHM, "--",
                          *_arguments({**parameters, "METADATA_FORMAT": 1, "OUT_FOLDER": out}))
    assert result.returncode != 0
    assert "METADATA_FORMAT: '1' is not one of its choices. Use one of KITTI_rectangles," in result.stderr
    assert not out.exists()
