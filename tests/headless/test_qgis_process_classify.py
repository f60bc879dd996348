"""Classify Pixels through ``qgis_process run``: the same pixels as processing.run, every parameter in
``help``, one ERROR line (and no traceback) for bad input, and an earlier result left as it was."""

import re
import subprocess

import pytest
import rasterio

pytestmark = pytest.mark.headless

ALGORITHM = "pixelwise:classifypixels"
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
    "OUT_SR",
    "SNAP_RASTER",
    "PARALLEL_PROCESSING_FACTOR",
    "RETRY_ON_FAILURES",
    "DASK_SCHEDULER",
)


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


def test_environment_parameters_from_the_command_line(qgis_process_ort, pixelwise_provider,
                                                      classify_parameters, tmp_path):
    """OUT_SR, SNAP_RASTER, PARALLEL_PROCESSING_FACTOR and RETRY_ON_FAILURES as qgis_process writes them:
    the same bytes as processing.run with the same values, on the snap raster's cells."""
    import numpy as np
    import processing
    from rasterio.transform import Affine

    snap = str(tmp_path / "snap.tif")
    with rasterio.open(snap, "w", driver="GTiff", width=4, height=4, count=1, dtype="uint8", crs="EPSG:6372",
                       transform=Affine(40.0, 0.0, 3430000.25, 0.0, -40.0, 450000.75)) as ds:
        ds.write(np.zeros((1, 4, 4), np.uint8))
    extra = {"OUT_SR": "EPSG:6372", "SNAP_RASTER": snap, "PARALLEL_PROCESSING_FACTOR": "50%",
             "RETRY_ON_FAILURES": 2}
    out = tmp_path / "cli.tif"
    result = qgis_process_ort("run", ALGORITHM, "--", *_arguments(
        {**classify_parameters, **extra, "OUT_CLASSIFIED_RASTER": out}))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    in_process = tmp_path / "in_process.tif"
    processing.run(ALGORITHM, {**classify_parameters, **extra, "OUT_CLASSIFIED_RASTER": str(in_process)})
    classes, profile = _read(out)
    expected, expected_profile = _read(in_process)
    assert classes.tobytes() == expected.tobytes()
    assert profile["crs"].to_epsg() == 6372 and profile["transform"] == expected_profile["transform"]
    assert profile["transform"].a == 40.0
    cells = (profile["transform"].c - 3430000.25) / 40.0
    assert abs(cells - round(cells)) < 1e-9


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
    # The pip command names the interpreter QGIS embeds; Debian 12 marks it externally managed (PEP 668).
    assert re.search(r"'/\S*/python3[.\d]* -m pip install --user( --break-system-packages)? onnxruntime'",
                     errors[0]), errors[0]
    assert "onnxruntime-gpu" in errors[0]
    assert not out.exists()


def _gpu_works():
    import onnxruntime

    from pixelwise.engine.session import cuda_problem

    available = onnxruntime.get_available_providers()
    return "CUDAExecutionProvider" in available and cuda_problem(onnxruntime) is None


def test_auto_on_a_machine_without_a_gpu_logs_one_plain_line(qgis_process_ort, classify_parameters, tmp_path):
    """No red ONNX Runtime errors about CUDA libraries: one line says which provider ran and why."""
    if _gpu_works():
        pytest.skip("CUDA works on this machine: AUTO runs on the GPU")
    result = qgis_process_ort("run", ALGORITHM, "--", *_arguments(
        {**classify_parameters, "PROCESSOR_TYPE": "AUTO", "OUT_CLASSIFIED_RASTER": tmp_path / "c.tif"}))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = (result.stdout + result.stderr).splitlines()
    assert not [line for line in lines if "\x1b[" in line or ":onnxruntime:" in line or "ERROR" in line]
    (provider,) = [line for line in lines if "ONNX Runtime" in line]
    assert "runs on CPUExecutionProvider" in provider
    assert "CUDA is not usable here: " in provider or "has no GPU provider" in provider \
        or "could not start" in provider


def test_gpu_on_a_machine_without_one_says_why(qgis_process_ort, classify_parameters, tmp_path):
    if _gpu_works():
        pytest.skip("CUDA works on this machine")
    result = qgis_process_ort("run", ALGORITHM, "--", *_arguments(
        {**classify_parameters, "PROCESSOR_TYPE": "GPU", "OUT_CLASSIFIED_RASTER": tmp_path / "c.tif"}))
    assert result.returncode != 0
    (error,) = _error_lines(result)
    assert "PROCESSOR_TYPE: GPU was chosen but" in error
    import onnxruntime

    from pixelwise.engine.session import cuda_problem

    # The reason is the library qgis_process's own Python could not load (its first missing one, which
    # may differ from this process's, where other packages may have loaded CUDA libraries already).
    if cuda_problem(onnxruntime) or "CUDAExecutionProvider" in onnxruntime.get_available_providers():
        assert "could not start (" in error and ("cannot open shared object file" in error
                                                  or "missing CUDA/cuDNN libraries or no GPU" in error)
    assert not (tmp_path / "c.tif").exists()
