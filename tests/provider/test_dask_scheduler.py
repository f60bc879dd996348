"""DASK_SCHEDULER through processing.run: Export Training Data and Classify Pixels on a real Dask
scheduler with two real worker processes (127.0.0.1), on local:N, with a worker killed mid-run, a run
cancelled from QGIS, workers that do not share the model's or the output's folder, and bad values.
Every result is compared byte for byte with the same run in one process."""

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from helpers import tall_landsat, tree_digest
from provider_checks import LogFeedback, run_error
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from servers import dask_cluster, free_port

pytest.importorskip("distributed", reason="Dask's distributed is an optional dependency (requirements-dev)")

# Where the tests import Pixelwise from (tests/conftest.py): the workers import it from there too.
PYTHONPATH = Path(__file__).resolve().parents[2] / ".build" / "pythonpath"
CLASSIFY = "pixelwise:classifypixels"
EXPORT = "pixelwise:exporttrainingdata"
OUTPUTS = ("classified.tif", "classified.tif.aux.xml", "classified_confidence.tif")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    with dask_cluster(tmp_path_factory.mktemp("dask"), PYTHONPATH) as running:
        yield running


@pytest.fixture(scope="module")
def tall(shared_data, tmp_path_factory):
    return tall_landsat(shared_data, tmp_path_factory.mktemp("tall") / "tall.tif")


@pytest.fixture(scope="module")
def export_parameters(shared_data):
    folder = shared_data / "landsat7_chiapas"
    return {"IN_RASTER": str(folder / "LE70220491999322EDC01_stack.gtif"),
            "IN_CLASS_DATA": str(folder / "training_data.gtif"), "METADATA_FORMAT": "Classified_Tiles",
            "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64, "STRIDE_X": 32, "STRIDE_Y": 32, "IMAGE_CHIP_FORMAT": "TIFF"}


def classify(processing_run, parameters, tall, folder, scheduler=None, feedback=None):
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "classified.tif"
    extra = {"DASK_SCHEDULER": scheduler} if scheduler else {}
    processing_run(CLASSIFY, {**parameters, "IN_RASTER": tall, "OUT_CLASSIFIED_RASTER": str(out),
                              "OUT_CONFIDENCE_RASTER": str(folder / "classified_confidence.tif"), **extra},
                   feedback=feedback)
    return folder


@pytest.fixture(scope="module")
def single(processing_run, classify_parameters, export_parameters, tall, tmp_path_factory):
    """The one-process runs every Dask run is compared with."""
    folder = tmp_path_factory.mktemp("single")
    classify(processing_run, classify_parameters, tall, folder / "classify")
    processing_run(EXPORT, {**export_parameters, "OUT_FOLDER": str(folder / "export")})
    return {"classify": tree_digest(folder / "classify"), "export": tree_digest(folder / "export")}


def test_export_and_classify_on_a_scheduler_with_two_workers(processing_run, classify_parameters,
                                                             export_parameters, tall, single, cluster,
                                                             tmp_path):
    feedback = LogFeedback()
    progress = []
    feedback.progressChanged.connect(progress.append)
    classify(processing_run, classify_parameters, tall, tmp_path / "classify", cluster.address, feedback)
    assert tree_digest(tmp_path / "classify") == single["classify"]
    assert sorted(os.listdir(tmp_path / "classify")) == sorted(OUTPUTS)  # no part folder left
    assert any(line.startswith("Dask: 4 parts on 2 workers") for line in feedback.lines), feedback.lines
    # Progress from the parts as they run, then the merge's, ending at 100.
    assert any(0 < p < 90 for p in progress) and progress[-1] == pytest.approx(100, abs=1)

    result = processing_run(EXPORT, {**export_parameters, "OUT_FOLDER": str(tmp_path / "export"),
                                     "DASK_SCHEDULER": cluster.address})
    assert result["CHIP_COUNT"] > 0
    assert tree_digest(tmp_path / "export") == single["export"]


def test_local_cluster(processing_run, classify_parameters, tall, single, tmp_path):
    feedback = LogFeedback()
    classify(processing_run, classify_parameters, tall, tmp_path, "local:2", feedback)
    assert tree_digest(tmp_path) == single["classify"]
    assert "Dask: a local cluster of 2 worker processes" in feedback.lines


def test_a_killed_worker_does_not_spoil_the_result(processing_run, classify_parameters, tall, single,
                                                   tmp_path):
    """One of two workers killed (SIGKILL) as soon as the first part is done: its part runs again on
    the other worker, and the result is the same bytes."""
    with dask_cluster(tmp_path / "dask", PYTHONPATH) as running:
        out = tmp_path / "out"
        out.mkdir()
        killed = {}

        def kill_after_first_part():
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not killed:
                done = [name for name in _walk_names(out) if name.startswith("part-")]
                if done:
                    killed["parts_done"] = len(done)
                    running.kill_worker(0)
                    killed["at"] = time.monotonic()
                time.sleep(0.02)

        watcher = threading.Thread(target=kill_after_first_part)
        watcher.start()
        try:
            classify(processing_run, classify_parameters, tall, out, running.address)
        finally:
            ended = time.monotonic()
            watcher.join()
    assert killed and killed["at"] < ended and killed["parts_done"] < 4, killed
    assert tree_digest(out) == single["classify"]


def _walk_names(folder):
    for _root, dirs, _files in os.walk(folder):
        yield from dirs


def test_cancel_stops_every_part(processing_run, classify_parameters, tall, cluster, tmp_path):
    from distributed import Client

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 5 else None)
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match="^Cancelled"):
        classify(processing_run, classify_parameters, tall, tmp_path, cluster.address, feedback)
    assert os.listdir(tmp_path) == []  # no output, no part folder
    with Client(cluster.address, timeout=30) as client:
        executing = client.run(lambda dask_worker: dask_worker.state.executing_count)
    assert set(executing.values()) == {0}, executing
    print(f"cancelled run ended after {time.monotonic() - started:.1f} s")


def test_the_model_travels_to_workers_as_bytes(processing_run, classify_parameters, classify_inputs, tall,
                                               single, shared_data, tmp_path, monkeypatch):
    """The model is given as /proc/self/cwd/model/ukis.emd: this process's folder, one the worker (in a
    folder of its own) does not have. It still classifies with it: the model is sent."""
    monkeypatch.chdir(tmp_path)
    model = tmp_path / "model"
    model.mkdir()
    onnx = shared_data / "ukis_csmask_onnx" / "model_6b_l2a.onnx"
    shutil.copy(onnx, model / "model.onnx")
    emd_text = open(classify_inputs["emd"], encoding="utf-8").read().replace(str(onnx), "model.onnx")
    (model / "ukis.emd").write_text(emd_text, encoding="utf-8")
    with dask_cluster(tmp_path / "dask", PYTHONPATH, workers=1) as running:
        assert not os.path.exists(tmp_path / "dask" / "worker0" / "model")
        given = {**classify_parameters, "IN_MODEL_DEFINITION": "/proc/self/cwd/model/ukis.emd"}
        classify(processing_run, given, tall, tmp_path / "out", running.address)
    assert tree_digest(tmp_path / "out") == single["classify"]


def test_a_worker_that_does_not_see_the_output_folder_is_refused(processing_run, classify_parameters, tall,
                                                                 tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with dask_cluster(tmp_path / "dask", PYTHONPATH, workers=2) as running:
        message = run_error(processing_run, CLASSIFY, {
            **classify_parameters, "IN_RASTER": tall, "DASK_SCHEDULER": running.address,
            "OUT_CLASSIFIED_RASTER": "/proc/self/cwd/out/classified.tif"})
    assert message.startswith("DASK_SCHEDULER: the Dask worker tcp://127.0.0.1:"), message
    assert "does not see '/proc/self/cwd/out' as this computer does" in message, message
    assert "local:N" in message
    assert os.listdir(out) == []


def test_a_part_that_fails_twice_ends_the_run_with_one_line(processing_run, classify_parameters, tall,
                                                            tmp_path):
    """The only worker cannot write files over 512 bytes (ulimit -f): every part fails, is retried once, and
    the run ends with one line naming the part, the worker and its error; nothing is at the output."""
    out = tmp_path / "out"
    out.mkdir()
    with dask_cluster(tmp_path / "dask", PYTHONPATH, workers=1, file_blocks=1) as running:
        message = run_error(processing_run, CLASSIFY, {**classify_parameters, "IN_RASTER": tall,
                                                       "OUT_CLASSIFIED_RASTER": str(out / "classified.tif"),
                                                       "DASK_SCHEDULER": running.address})
    print(message)
    assert message.startswith("DASK_SCHEDULER: part "), message
    assert " failed 2 time(s), last on the Dask worker tcp://127.0.0.1:" in message, message
    assert "Nothing was written to the output." in message
    assert os.listdir(out) == []


@pytest.mark.parametrize("value, start", [
    ("local:0", "DASK_SCHEDULER: local:N needs a whole number of worker processes, at least 1 "
                "(got 'local:0')"),
    ("local:two", "DASK_SCHEDULER: local:N needs a whole number"),
    ("my scheduler", "DASK_SCHEDULER: 'my scheduler' is neither a Dask scheduler address nor local:N"),
    ("tcp://127.0.0.1:{port}", "DASK_SCHEDULER: no Dask scheduler answered at tcp://127.0.0.1:{port}"),
])
def test_bad_values(processing_run, classify_parameters, export_parameters, tmp_path, value, start):
    port = free_port()
    value, start = value.format(port=port), start.format(port=port)
    message = run_error(processing_run, CLASSIFY, {**classify_parameters, "DASK_SCHEDULER": value,
                                                   "OUT_CLASSIFIED_RASTER": str(tmp_path / "c.tif")})
    assert message.startswith(start), message
    message = run_error(processing_run, EXPORT, {**export_parameters, "DASK_SCHEDULER": value,
                                                 "OUT_FOLDER": str(tmp_path / "chips")})
    assert message.startswith(start), message
    assert os.listdir(tmp_path) == []
