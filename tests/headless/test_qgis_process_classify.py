"""Classify Pixels through ``qgis_process run``: the same pixels as processing.run, every parameter in
``help``, one ERROR line (and no traceback) for bad input, and an earlier result left as it was."""

import os
import shutil
import subprocess
from pathlib import Path

import onnxruntime
import pytest
import rasterio
from helpers import tree_digest

pytestmark = pytest.mark.headless

ALGORITHM = "pixelwise:classifypixels"
REPO = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
PARAMETERS = (
    "IN_RASTER",
    "IN_MODEL_DEFINITION",
    "OUT_CLASSIFIED_RASTER",
    "ARGUMENTS",
    "PROCESSOR_TYPE",
    "EXTENT",
    "CELL_SIZE",
    "IN_MASK_POLYGONS",
    "OUT_CONFIDENCE_RASTER",
)
GPU_DEVICES = ("/dev/nvidia0", "/dev/kfd", "/dev/dxg")


@pytest.fixture(scope="module")
def qgis_process_ort(tmp_path_factory):
    """Like the ``qgis_process`` fixture, but QGIS's Python also sees the onnxruntime of the Python
    running the tests (the test environment installs it with pip; Debian's QGIS Python lacks it)."""
    if not os.access(QGIS_PROCESS, os.X_OK):
        pytest.skip(f"{QGIS_PROCESS} is not installed")
    config = tmp_path_factory.mktemp("qgis_config_ort")
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "pixelwise").symlink_to(REPO, target_is_directory=True)
    site_packages = os.path.dirname(os.path.dirname(onnxruntime.__file__))
    env = {
        **os.environ,
        "QGIS_CUSTOM_CONFIG_PATH": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(p for p in (site_packages, os.environ.get("PYTHONPATH")) if p),
    }

    def run(*args):
        return subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=300)

    enabled = run("plugins", "enable", "pixelwise")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return run


@pytest.fixture(scope="module")
def reference(pixelwise_provider, classify_parameters, tmp_path_factory):
    """The same classification made in this process through processing.run."""
    import processing

    out = tmp_path_factory.mktemp("reference") / "classified.tif"
    processing.run(ALGORITHM, {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(out)})
    return out


def _read(path):
    with rasterio.open(path) as ds:
        return ds.read(1), ds.profile


def _arguments(classify_parameters):
    return [f"{key}={value}" for key, value in classify_parameters.items()]


def _error_lines(result):
    return [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("ERROR:")]


def test_help_lists_every_parameter(qgis_process_ort):
    result = qgis_process_ort("help", ALGORITHM)
    assert result.returncode == 0, result.stderr
    assert "Classify Pixels Using Deep Learning" in result.stdout
    for key in PARAMETERS:
        assert f"{key}:" in result.stdout, key
    for keyword in ("AUTO", "CPU", "GPU"):
        assert keyword in result.stdout


def test_qgis_process_gives_the_same_pixels_as_processing_run(
    qgis_process_ort, classify_parameters, reference, tmp_path
):
    out = tmp_path / "cli.tif"
    result = qgis_process_ort(
        "run", ALGORITHM, "--", *_arguments({**classify_parameters, "OUT_CLASSIFIED_RASTER": out})
    )

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Traceback" not in result.stdout + result.stderr
    assert "CPUExecutionProvider" in result.stdout
    classes, profile = _read(out)
    expected, expected_profile = _read(reference)
    assert classes.tobytes() == expected.tobytes()
    assert (profile["crs"], profile["transform"]) == (expected_profile["crs"], expected_profile["transform"])


def _bad_input(case, classify_inputs):
    """(parameter changes, start of the ERROR line's message) of each case."""
    if case == "gpu_without_gpu" and any(os.path.exists(path) for path in GPU_DEVICES):
        pytest.skip("this machine has a GPU: PROCESSOR_TYPE=GPU would run")
    return {
        "three_bands_for_six": ({"IN_RASTER": classify_inputs["rgb"]}, "IN_RASTER: has 3 bands"),
        "malformed_emd_json": (
            {"IN_MODEL_DEFINITION": '{"Framework": "ONNX", "ModelFile": '},
            "IN_MODEL_DEFINITION: the model definition text is not valid JSON",
        ),
        "unknown_argument": (
            {"ARGUMENTS": "padding 32;batchsize 2"},
            "ARGUMENTS: unknown argument 'batchsize'",
        ),
        "gpu_without_gpu": ({"PROCESSOR_TYPE": "GPU"}, "PROCESSOR_TYPE: GPU was chosen but"),
    }[case]


@pytest.mark.parametrize(
    "case", ["three_bands_for_six", "malformed_emd_json", "unknown_argument", "gpu_without_gpu"]
)
def test_bad_input_exits_with_one_error_line(
    qgis_process_ort, classify_parameters, classify_inputs, reference, tmp_path, case
):
    changes, start = _bad_input(case, classify_inputs)
    out = tmp_path / "classified.tif"
    shutil.copy(reference, out)
    shutil.copy(f"{reference}.aux.xml", f"{out}.aux.xml")
    before = tree_digest(tmp_path)

    result = qgis_process_ort(
        "run", ALGORITHM, "--", *_arguments({**classify_parameters, **changes, "OUT_CLASSIFIED_RASTER": out})
    )

    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    # qgis_process 3.22 prints the message of a QgsProcessingException as "ERROR:<tab><message>".
    errors = _error_lines(result)
    assert len(errors) == 1, result.stdout + result.stderr
    assert errors[0].startswith(f"ERROR:\t{start}"), errors
    assert tree_digest(tmp_path) == before


def test_bad_input_creates_no_file(qgis_process_ort, classify_parameters, classify_inputs, tmp_path):
    out = tmp_path / "new" / "classified.tif"
    result = qgis_process_ort(
        "run",
        ALGORITHM,
        "--",
        *_arguments(
            {**classify_parameters, "IN_RASTER": classify_inputs["rgb"], "OUT_CLASSIFIED_RASTER": out}
        ),
    )
    assert result.returncode != 0
    assert len(_error_lines(result)) == 1
    assert list(tmp_path.iterdir()) == []


def test_without_onnxruntime_the_error_says_how_to_install_it(qgis_process, classify_parameters, tmp_path):
    """Debian's QGIS Python as it comes (the plain ``qgis_process`` fixture): no onnxruntime."""
    # /usr/bin/python3 is the Python QGIS embeds; same environment as the qgis_process fixture.
    probe = subprocess.run(["/usr/bin/python3", "-c", "import onnxruntime"], capture_output=True)
    if probe.returncode == 0:
        pytest.skip("QGIS's Python can import onnxruntime here")
    out = tmp_path / "classified.tif"
    result = qgis_process(
        "run", ALGORITHM, "--", *_arguments({**classify_parameters, "OUT_CLASSIFIED_RASTER": out})
    )

    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    errors = _error_lines(result)
    assert len(errors) == 1, result.stdout + result.stderr
    assert "python3 -m pip install onnxruntime" in errors[0] and "onnxruntime-gpu" in errors[0]
    assert not out.exists()
