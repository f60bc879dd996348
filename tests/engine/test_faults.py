"""Faults: a cancel at any point, a run killed with SIGKILL at any stage and started again, a full disk.

Each test compares a checksum of the whole output location (every file, hidden ones included) with the
state before the run, or, after a kill and a re-run, with an uninterrupted run of the same job.
"""

import json
import os
import subprocess
import sys
from contextlib import contextmanager

import numpy as np
import pytest
from helpers import tree_digest
from rasterio.crs import CRS
from rasterio.errors import RasterioIOError
from rasterio.transform import Affine

from pixelwise.engine.classify import ClassifyConfig, classify_pixels
from pixelwise.engine.errors import Cancelled, InvalidInput
from pixelwise.engine.export import ExportConfig, RasterLabels, export_training_data
from pixelwise.engine.feedback import Feedback
from pixelwise.engine.raster_io import check_complete, create_class_raster, write_rows

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYTHONPATH = os.path.join(REPO, ".build", "pythonpath")  # holds the `pixelwise` link (tests/conftest.py)


@pytest.fixture(scope="module")
def landsat(shared_data):
    """The two Landsat 7 stacks (250 × 250, 8 Int16 bands) and their class raster."""
    folder = shared_data / "landsat7_chiapas"
    return {
        "1999": str(folder / "LE70220491999322EDC01_stack.gtif"),
        "2002": str(folder / "LE70220492002106EDC00_stack.gtif"),
        "classes": str(folder / "training_data.gtif"),
    }


def export_job(landsat, scene, out):
    """Classified_Tiles of one scene with the class raster, 32-pixel chips: 64 grid cells."""
    return {
        "in_raster": landsat[scene],
        "out_folder": str(out),
        "in_class_data": landsat["classes"],
        "metadata_format": "Classified_Tiles",
        "tile_size_x": 32,
        "tile_size_y": 32,
        "stride_x": 32,
        "stride_y": 32,
        "output_nofeature_tiles": "ALL_TILES",
    }


def run_export(job, feedback=None):
    config = ExportConfig(**{**job, "in_class_data": RasterLabels(path=job["in_class_data"])})
    return export_training_data(config, feedback)


def classify_job(classify_inputs, out):
    return {
        "in_raster": classify_inputs["cloudy"],
        "in_model_definition": classify_inputs["emd"],
        "out_classified_raster": str(out),
        "arguments": "padding=32;batch_size=1",
        "processor_type": "CPU",
    }


def run_classify(job, feedback=None):
    return classify_pixels(ClassifyConfig(**job), feedback)


def state(folder):
    """Every file below ``folder`` with its checksum, and every entry name (hidden ones too)."""
    names = sorted(
        os.path.relpath(os.path.join(root, n), folder)
        for root, dirs, files in os.walk(folder)
        for n in dirs + files
    )
    return tree_digest(folder), names


class CountingFeedback(Feedback):
    """Counts the cancel polls; cancels from the ``cancel_at``-th poll on (never when None)."""

    def __init__(self, cancel_at=None):
        polls = [0]

        def is_canceled():
            polls[0] += 1
            return cancel_at is not None and polls[0] >= cancel_at

        super().__init__(is_canceled=is_canceled)
        object.__setattr__(self, "polls", polls)


def _cancel_points(total):
    return sorted({1, 2, total // 4, total // 2, 3 * total // 4, total - 1, total} - {0})


# --- cancel -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("append", [False, True])
def test_cancel_at_every_stage_of_an_export_leaves_the_folder_as_it_was(landsat, tmp_path, append):
    counting = CountingFeedback()
    run_export(export_job(landsat, "2002", tmp_path / "count" / "out"), counting)
    total = counting.polls[0]
    assert total > 64  # one poll per chip at least, more while the metadata is written

    work = tmp_path / "work"
    if append:
        run_export(export_job(landsat, "1999", work / "out"))
    else:
        work.mkdir()
    before = state(work)
    for cancel_at in _cancel_points(total):
        with pytest.raises(Cancelled):
            run_export(export_job(landsat, "2002", work / "out"), CountingFeedback(cancel_at))
        assert state(work) == before, cancel_at


def test_cancel_at_every_stage_of_a_classification_leaves_the_output_as_it_was(classify_inputs, tmp_path):
    counting = CountingFeedback()
    run_classify(classify_job(classify_inputs, tmp_path / "count.tif"), counting)
    total = counting.polls[0]
    assert total >= 4

    work = tmp_path / "work"
    work.mkdir()
    run_classify(classify_job(classify_inputs, work / "classified.tif"))
    before = state(work)
    for cancel_at in _cancel_points(total):
        with pytest.raises(Cancelled):
            run_classify(classify_job(classify_inputs, work / "classified.tif"), CountingFeedback(cancel_at))
        assert state(work) == before, cancel_at


# --- SIGKILL ----------------------------------------------------------------------------------------

_SCRIPT = """
import json, sys
from pixelwise.engine.classify import ClassifyConfig, classify_pixels
from pixelwise.engine.export import ExportConfig, RasterLabels, export_training_data
kind, job = sys.argv[1], json.loads(sys.argv[2])
if kind == "export":
    export_training_data(ExportConfig(**{**job, "in_class_data": RasterLabels(path=job["in_class_data"])}))
else:
    classify_pixels(ClassifyConfig(**job))
"""


def killed_run(kind, job, kill_at):
    """Run the job in a fresh Python that SIGKILLs itself at ``kill_at`` (engine.outputs.kill_point)."""
    env = {**os.environ, "PYTHONPATH": PYTHONPATH, "PIXELWISE_TEST_KILL_AT": kill_at}
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, kind, json.dumps(job)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == -9, result.stderr[-2000:]  # it really died there


def visible(folder):
    return sorted(n for n in os.listdir(folder) if not n.startswith("."))


@pytest.fixture(scope="module")
def uninterrupted(landsat, tmp_path_factory):
    """The export of the 2002 scene into a new folder, and appended to the 1999 export."""
    root = tmp_path_factory.mktemp("uninterrupted")
    run_export(export_job(landsat, "2002", root / "new" / "out"))
    run_export(export_job(landsat, "1999", root / "append" / "out"))
    run_export(export_job(landsat, "2002", root / "append" / "out"))
    return {"new": state(root / "new"), "append": state(root / "append")}


@pytest.mark.parametrize("kill_at", ["export-chip:1", "export-chip:40"])
def test_killed_new_export_started_again_gives_the_uninterrupted_result(
    landsat, uninterrupted, tmp_path, kill_at
):
    work = tmp_path / "new"
    work.mkdir()
    job = export_job(landsat, "2002", work / "out")
    killed_run("export", job, kill_at)
    assert visible(work) == []  # only the hidden staging folder of the killed run
    assert len(os.listdir(work)) == 1

    run_export(job)
    assert state(work) == uninterrupted["new"]


@pytest.mark.parametrize(
    "kill_at", ["export-chip:30", "append-move:1", "append-move:50", "append-metadata:1", "append-metadata:3"]
)
def test_killed_append_started_again_gives_the_uninterrupted_result(
    landsat, uninterrupted, tmp_path, kill_at
):
    work = tmp_path / "append"
    run_export(export_job(landsat, "1999", work / "out"))
    job = export_job(landsat, "2002", work / "out")
    killed_run("export", job, kill_at)
    out = work / "out"
    if kill_at.startswith("append"):
        # Killed while moving: the journal is there and map.txt lists only chips that exist.
        assert (out / ".pixelwise-journal.json").exists()
    for line in (out / "map.txt").read_text(encoding="utf-8").splitlines():
        for path in line.split():  # ArcGIS writes images\000000000000.tif
            assert (out / path.replace("\\", "/")).is_file(), line

    run_export(job)
    assert state(work) == uninterrupted["append"]


def test_killed_classification_started_again_gives_the_uninterrupted_result(classify_inputs, tmp_path):
    reference = tmp_path / "reference"
    reference.mkdir()
    run_classify(classify_job(classify_inputs, reference / "classified.tif"))
    work = tmp_path / "work"
    work.mkdir()
    job = classify_job(classify_inputs, work / "classified.tif")

    killed_run("classify", job, "classify-commit:1")
    assert visible(work) == ["classified.tif.aux.xml"]  # the temporary raster is hidden
    run_classify(job)
    assert state(work) == state(reference)


# --- disk full --------------------------------------------------------------------------------------


@contextmanager
def small_disk(path, size):
    """A tmpfs of ``size`` mounted at ``path`` (root only)."""
    if os.geteuid() != 0:
        pytest.skip("a full disk is simulated with a small tmpfs, which needs root to mount")
    path.mkdir(parents=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()})")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


def test_disk_full_during_an_append_keeps_the_earlier_export(landsat, tmp_path):
    with small_disk(tmp_path / "disk", "4m") as disk:
        run_export(export_job(landsat, "1999", disk / "out"))  # about 1.3 MB
        before = state(disk)
        with pytest.raises(InvalidInput) as error:
            run_export({**export_job(landsat, "2002", disk / "out"), "stride_x": 8, "stride_y": 8})
        assert str(error.value).startswith(
            f"OUT_FOLDER: the disk holding {str(disk / 'out')!r} is full. Free some "
            "space there or choose another location"
        )
        assert state(disk) == before


@pytest.mark.parametrize("cut", [0.5, 0.999])
def test_a_truncated_output_raster_is_caught(tmp_path, cut):
    """What GDAL 3.13 leaves on a full disk without an error: a GeoTIFF whose last blocks are missing."""
    path = str(tmp_path / "classified.tif")
    dataset = create_class_raster(path, 700, 600, "uint8", CRS.from_epsg(32615),
                                  Affine(5.0, 0.0, 462405.0, 0.0, -5.0, 1741815.0), 255)
    write_rows(dataset, np.random.default_rng(0).integers(0, 5, (600, 700), dtype=np.uint8), 0)
    dataset.close()
    check_complete(path)  # whole: no error
    with open(path, "r+b") as stream:
        stream.truncate(int(os.path.getsize(path) * cut))
    with pytest.raises(RasterioIOError):
        check_complete(path)


def test_disk_full_during_a_classification_keeps_the_earlier_result(classify_inputs, tmp_path):
    with small_disk(tmp_path / "disk", "1m") as disk:
        run_classify(classify_job(classify_inputs, disk / "classified.tif"))
        before = state(disk)
        # At 5 m cells the float32 confidence raster alone is 1500 × 1500 × 4 bytes: 9 MB.
        big = {
            **classify_job(classify_inputs, disk / "classified.tif"),
            "cell_size": 5.0,
            "arguments": "padding=32;batch_size=4",
            "out_confidence_raster": str(disk / "confidence.tif"),
        }
        with pytest.raises(InvalidInput) as error:
            run_classify(big)
        assert str(error.value).startswith(f"OUT_CLASSIFIED_RASTER: the disk holding {str(disk)!r} is full")
        assert state(disk) == before
