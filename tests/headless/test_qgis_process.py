"""The export through ``qgis_process run``: same folder as processing.run, one-line errors, exit codes."""

import json
import shutil

import pytest
from helpers import tree_digest
from qgis.core import QgsVectorLayer

pytestmark = pytest.mark.headless

ALGORITHM = "pixelwise:exporttrainingdata"


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


def _error_lines(result):
    return [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("ERROR:")]


def test_help_lists_the_arcgis_parameters(qgis_process):
    result = qgis_process("help", ALGORITHM)
    assert result.returncode == 0, result.stderr
    for key in ("IN_RASTER", "OUT_FOLDER", "IN_CLASS_DATA", "METADATA_FORMAT", "CLASS_VALUE_FIELD",
                "EDGE_POLICY", "OUT_CHIP_INDEX", "CHIP_COUNT"):
        assert f"{key}:" in result.stdout


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


@pytest.mark.parametrize("changes, parameter", [
    ({"TILE_SIZE_X": 0}, "TILE_SIZE_X"),
    ({"STRIDE_Y": 0}, "STRIDE_Y"),
    ({"CLASS_VALUE_FIELD": "Quatre_classes"}, "CLASS_VALUE_FIELD"),
])
def test_bad_input_exits_with_one_error_line(qgis_process, parameters, reference_export,
                                             tmp_path, changes, parameter):
    out = tmp_path / "existing"
    shutil.copytree(reference_export[0], out)
    before = tree_digest(out)

    result = qgis_process("run", ALGORITHM, "--", *_arguments({**parameters, **changes, "OUT_FOLDER": out}))

    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    # qgis_process 3.22 prints the message of a QgsProcessingException as "ERROR:<tab><message>".
    errors = _error_lines(result)
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"ERROR:\t{parameter}: "), errors
    assert tree_digest(out) == before


def test_enum_index_is_not_taken_for_a_keyword(qgis_process, parameters, tmp_path):
    out = tmp_path / "out"
    result = qgis_process("run", ALGORITHM, "--",
                          *_arguments({**parameters, "METADATA_FORMAT": 1, "OUT_FOLDER": out}))
    assert result.returncode != 0
    assert "Incorrect parameter value for METADATA_FORMAT" in result.stderr
    assert not out.exists()
