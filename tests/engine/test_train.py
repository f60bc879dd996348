"""Train Pixel Classifier on real data with real PyTorch and ONNX Runtime: a Classified_Tiles export of
the New Brunswick aerial crop (tile 1, land-cover polygons, 64-pixel chips) trained for a few epochs;
the model it writes classifies tile 2 through Classify Pixels, and through ONNX Runtime alone in a
fresh Python without PyTorch or QGIS."""

import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import numpy as np
import pytest
import rasterio
from export_checks import read_json, run
from osgeo import gdal

from pixelwise.engine.classify import ClassifyConfig, classify_pixels, load_model_definition
from pixelwise.engine.classify.output import class_mapping
from pixelwise.engine.errors import Cancelled, InvalidInput
from pixelwise.engine.feedback import Feedback
from pixelwise.engine.train import TorchMissing, TrainConfig, read_export, train_pixel_classifier
from pixelwise.engine.train.dataset import confusion, iou, split
from pixelwise.engine.train.network import build_unet, export_onnx

torch = pytest.importorskip("torch")
ort = pytest.importorskip("onnxruntime")

CHIP = 64
MODEL_FILES = {"model.emd", "model.onnx", "model.dlpk", "training_log.csv", "training_log.json"}
# Windows of tile 2 (326 × 482 pixels) that lie wholly inside it on Classify Pixels' grid for padding 0.
WINDOW_ROWS, WINDOW_COLS = range(0, 482 - CHIP + 1, CHIP), range(0, 326 - CHIP + 1, CHIP)
# A narrower U-Net for the tests that need a model, not a good one: about twice as fast.
SMALL = {"model_width": 8}


def train(export, out, log=None, **kw):
    kw.setdefault("max_epochs", 2)
    kw.setdefault("processor_type", "CPU")
    lines = [] if log is None else log
    feedback = kw.pop("feedback", None) or Feedback(log=lines.append)
    return train_pixel_classifier(TrainConfig(str(export), str(out), **kw), feedback)


def onnx_bytes(result):
    with open(result.model_file, "rb") as f:
        return f.read()


@pytest.fixture(scope="module")
def export(nb, tmp_path_factory):
    """Classified_Tiles of tile 1: 64-pixel chips every 32 pixels (78 chips, classes 1…5)."""
    out = tmp_path_factory.mktemp("train") / "export"
    run(nb["tile1"], out, nb["labels"], CHIP, 32, metadata_format="Classified_Tiles")
    return out


@pytest.fixture(scope="module")
def trained(export, tmp_path_factory):
    """(result, log lines) of a three-epoch training of the default U-Net with augmentation."""
    log = []
    result = train(export, tmp_path_factory.mktemp("trained") / "model", log, max_epochs=3)
    return result, log


@pytest.fixture(scope="module")
def one_epoch(export, tmp_path_factory):
    """One epoch of the small U-Net with augmentation, seed 0."""
    return train(export, tmp_path_factory.mktemp("one_epoch") / "model", max_epochs=1, **SMALL)


# --- what is written -------------------------------------------------------------------------------------

def test_model_files_and_definition(trained, export, tmp_path):
    result, log = trained
    assert set(os.listdir(result.out_folder)) == MODEL_FILES
    definition = load_model_definition(result.model_definition)
    stats = read_json(export / "esri_model_definition.emd")["AllTilesStats"]
    assert definition.model_file == result.model_file
    assert (definition.tile_height, definition.tile_width) == (CHIP, CHIP)
    assert definition.extract_bands == (0, 1, 2)
    assert definition.normalization.band_mean == tuple(s["Mean"] for s in stats)
    assert definition.normalization.band_std == tuple(s["StdDev"] for s in stats)
    assert [(c.value, c.name) for c in definition.classes] == [(1, "1"), (2, "2"), (3, "3"), (4, "4"),
                                                               (5, "255")]
    assert definition.ignore_mapped_class == (0,)
    # Classify Pixels' rule for len(Classes) + 1 channels: channel 0 is the background, and
    # ignore_mapped_class keeps it from winning even with predict_background=True.
    mapping = class_mapping(definition.classes, 6, True, definition.ignore_mapped_class)
    assert mapping.channel_values == (0, 1, 2, 3, 4, 5) and mapping.excluded == (0,)
    with zipfile.ZipFile(result.dlpk) as archive:
        assert sorted(archive.namelist()) == ["model.emd", "model.onnx"]
    packaged = load_model_definition(result.dlpk, work_dir=str(tmp_path))
    assert packaged.classes == definition.classes and packaged.normalization == definition.normalization
    assert any("Training on CPU" in line for line in log)


def test_history_and_logs(trained):
    result, log = trained
    history = result.history
    assert result.epochs_run == len(history) == 3 and result.stop_reason == "max_epochs"
    assert [r.epoch for r in history] == [1, 2, 3]
    assert all(0.0 <= r.val_iou <= 1.0 and r.train_loss > 0 and r.val_loss > 0 for r in history)
    best = max(history, key=lambda r: (r.val_iou, -r.epoch))
    assert (result.best_epoch, result.best_val_iou) == (best.epoch, best.val_iou)
    assert [r.best for r in history][0] and result.train_chips + result.val_chips == 78
    assert result.val_chips == 8  # 10 % of 78, rounded
    epoch_lines = [line for line in log if line.startswith("Epoch ")]
    assert len(epoch_lines) == 3
    assert all("train loss" in line and "validation IoU" in line for line in epoch_lines)
    with open(result.training_log_csv, encoding="utf-8") as f:
        rows = f.read().splitlines()
    assert rows[0].startswith("epoch,train_loss,val_loss,val_iou,iou_class_1") and len(rows) == 4
    summary = read_json(result.training_log_json)
    assert [e["val_iou"] for e in summary["epochs"]] == [r.val_iou for r in history]
    assert summary["best_epoch"] == result.best_epoch


def test_onnx_runtime_reproduces_the_trained_model(trained):
    result, _ = trained
    assert result.onnx_difference is not None and result.onnx_difference < 1e-4


def test_onnx_export_equals_torch(export, tmp_path):
    """Every weight random (GroupNorm's too): the ONNX graph computes what the network computes."""
    data = read_export(export)
    with torch.random.fork_rng():
        torch.manual_seed(3)
        model = build_unet(3, 6, 8, 3, CHIP, CHIP)
        with torch.no_grad():
            for parameter in model.parameters():
                parameter.normal_(0.0, 0.3)
    path = str(tmp_path / "net.onnx")
    export_onnx(model, 3, CHIP, CHIP, path)
    x = data.normalised(np.arange(5))
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    got = session.run(None, {"input": x})[0]
    with torch.no_grad():
        expected = model(torch.from_numpy(x)).numpy()
    assert got.shape == expected.shape == (5, 6, CHIP, CHIP)
    np.testing.assert_allclose(got, expected, atol=1e-4, rtol=0)


def test_odd_chip_sizes_keep_their_size(tmp_path):
    model = build_unet(2, 3, 4, 3, 37, 50)
    path = str(tmp_path / "odd.onnx")
    export_onnx(model, 2, 37, 50, path)
    x = np.random.default_rng(0).normal(size=(2, 2, 37, 50)).astype(np.float32)
    got = ort.InferenceSession(path, providers=["CPUExecutionProvider"]).run(None, {"input": x})[0]
    with torch.no_grad():
        np.testing.assert_allclose(got, model(torch.from_numpy(x)).numpy(), atol=1e-4, rtol=0)
    assert got.shape == (2, 3, 37, 50)


# --- the model in Classify Pixels and in a bare ONNX Runtime ---------------------------------------------

@pytest.fixture(scope="module")
def classified_tile2(trained, nb, tmp_path_factory):
    """Tile 2 classified by Classify Pixels with windows of the chip size and no overlap."""
    result, _ = trained
    out = tmp_path_factory.mktemp("classified") / "tile2.tif"
    classify_pixels(ClassifyConfig(nb["tile2"], result.model_definition, str(out), arguments="padding=0",
                                   processor_type="CPU"))
    with rasterio.open(out) as ds:
        return ds.read(1)


def test_classify_pixels_runs_the_model(classified_tile2, trained, nb, tmp_path):
    result, _ = trained
    with rasterio.open(nb["tile2"]) as ds:
        assert classified_tile2.shape == (ds.height, ds.width)
    assert set(np.unique(classified_tile2)) <= {1, 2, 3, 4, 5}
    out = tmp_path / "from_dlpk.tif"
    classify_pixels(ClassifyConfig(nb["tile2"], result.dlpk, str(out), arguments="padding=0",
                                   processor_type="CPU"))
    with rasterio.open(out) as ds:
        assert ds.read(1).tobytes() == classified_tile2.tobytes()


# Runs in `python -I` with torch, qgis, rasterio, GDAL and Pixelwise made unimportable: only numpy and
# onnxruntime, the model files and raw pixel windows saved as .npy.
BARE_ONNX_RUNTIME = textwrap.dedent("""
    import sys
    for name in ("torch", "qgis", "PyQt5", "rasterio", "osgeo", "pixelwise"):
        sys.modules[name] = None
    import json
    import numpy as np
    import onnxruntime

    folder, windows_file, out_file = sys.argv[1:4]
    with open(f"{folder}/model.emd", encoding="utf-8") as f:
        emd = json.load(f)
    stats = emd["NormalizationStats"]
    mean = np.asarray(stats["band_mean_values"], dtype=np.float64)
    std = np.asarray(stats["band_std_values"], dtype=np.float64)
    # (x - mean) / std as one multiply-add in float32, as Classify Pixels applies NormalizationStats.
    scale, offset = (1.0 / std).astype(np.float32), (-mean / std).astype(np.float32)
    windows = np.load(windows_file)[:, emd["ExtractBands"]].astype(np.float32)
    x = windows * scale[None, :, None, None] + offset[None, :, None, None]
    session = onnxruntime.InferenceSession(f"{folder}/{emd['ModelFile']}", providers=["CPUExecutionProvider"])
    logits = session.run(None, {session.get_inputs()[0].name: x})[0]
    values = np.asarray([0] + [c["Value"] for c in emd["Classes"]])
    logits[:, emd["ignore_mapped_class"]] = -np.inf
    np.save(out_file, values[logits.argmax(axis=1)])
    print("torch" in sys.modules and sys.modules["torch"] is not None, "rasterio loaded:",
          sys.modules.get("rasterio") is not None)
""")


def test_a_bare_onnx_runtime_gives_the_same_classes(trained, classified_tile2, nb, tmp_path):
    result, _ = trained
    with rasterio.open(nb["tile2"]) as ds:
        pixels = ds.read()
    windows = np.stack([pixels[:, r:r + CHIP, c:c + CHIP] for r in WINDOW_ROWS for c in WINDOW_COLS])
    np.save(tmp_path / "windows.npy", windows)
    script = tmp_path / "bare.py"
    script.write_text(BARE_ONNX_RUNTIME, encoding="utf-8")
    command = [sys.executable, "-I", str(script), result.out_folder, str(tmp_path / "windows.npy"),
               str(tmp_path / "classes.npy")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["False", "rasterio", "loaded:", "False"]
    bare = np.load(tmp_path / "classes.npy")
    expected = np.stack([classified_tile2[r:r + CHIP, c:c + CHIP] for r in WINDOW_ROWS for c in WINDOW_COLS])
    assert bare.shape == expected.shape == (35, CHIP, CHIP)
    assert np.array_equal(bare, expected)


# --- stopping --------------------------------------------------------------------------------------------

def test_early_stopping_when_the_iou_stalls(export, tmp_path):
    """Learning rate 0: the weights never change, so the IoU of epoch 1 is never beaten."""
    log = []
    result = train(export, tmp_path / "model", log, max_epochs=10, learning_rate=0.0,
                   early_stopping_patience=2, augmentation=False, **SMALL)
    assert result.stop_reason == "early_stopping" and result.epochs_run == 3
    assert len({r.val_iou for r in result.history}) == 1
    assert result.best_epoch == 1 and [r.best for r in result.history] == [True, False, False]
    assert any(line.startswith("Stopped early after epoch 3") for line in log)


class CancelAfter:
    """``is_canceled`` that answers True from its ``n``-th call on (it is asked before every batch)."""

    def __init__(self, n):
        self.n, self.calls = n, 0

    def __call__(self):
        self.calls += 1
        return self.calls >= self.n


def test_cancel_keeps_the_best_model_so_far(export, one_epoch, tmp_path):
    """70 training chips in batches of 8: 9 batches an epoch. Cancelled before batch 3 of epoch 2, the
    run writes epoch 1's model: the very model a one-epoch run with the same seed writes."""
    log = []
    cancelled = train(export, tmp_path / "cancelled", max_epochs=5, **SMALL,
                      feedback=Feedback(is_canceled=CancelAfter(12), log=log.append))
    assert cancelled.stop_reason == "cancelled" and cancelled.epochs_run == 1 and cancelled.best_epoch == 1
    expected = "Cancelled during epoch 2 (before batch 3 of 9): writing the best model so far, from epoch 1"
    assert any(line.startswith(expected) for line in log), log
    assert onnx_bytes(cancelled) == onnx_bytes(one_epoch)
    assert set(os.listdir(cancelled.out_folder)) == MODEL_FILES


def test_cancel_in_the_first_epoch_writes_nothing(export, tmp_path):
    with pytest.raises(Cancelled, match="before the first epoch finished; nothing was written"):
        train(export, tmp_path / "model", feedback=Feedback(is_canceled=CancelAfter(3)))
    assert os.listdir(tmp_path) == []


def test_same_seed_same_model(one_epoch, export, tmp_path):
    again = train(export, tmp_path / "again", max_epochs=1, **SMALL)
    assert onnx_bytes(again) == onnx_bytes(one_epoch)
    with open(again.dlpk, "rb") as a, open(one_epoch.dlpk, "rb") as b:
        assert a.read() == b.read()
    assert [r.val_iou for r in again.history] == [r.val_iou for r in one_epoch.history]
    other = train(export, tmp_path / "other_seed", max_epochs=1, random_seed=7, **SMALL)
    assert onnx_bytes(other) != onnx_bytes(again)


def test_a_rerun_replaces_an_earlier_model(export, trained, tmp_path):
    out = tmp_path / "model"
    shutil.copytree(trained[0].out_folder, out)
    (out / ".keep").write_text("hidden files stay")
    result = train(export, out, max_epochs=1, augmentation=False, **SMALL)
    assert set(os.listdir(out)) == MODEL_FILES | {".keep"} and result.epochs_run == 1
    assert [e for e in os.listdir(tmp_path) if e != "model"] == []  # no staging folder left


# --- the export, classes and statistics -------------------------------------------------------------------

def test_split_is_seeded_and_keeps_one_chip_each_side():
    train_a, val_a = split(78, 10, 0)
    train_b, val_b = split(78, 10, 0)
    assert np.array_equal(val_a, val_b) and len(val_a) == 8 and len(train_a) == 70
    assert not set(train_a) & set(val_a) and np.array_equal(train_a, train_b)
    assert not np.array_equal(split(78, 10, 1)[1], val_a)
    assert [len(part) for part in split(2, 1, 0)] == [1, 1]
    assert [len(part) for part in split(3, 99, 0)] == [1, 2]


def test_iou_over_the_classes_present():
    target = np.array([[1, 1, 2, 0], [2, 2, 0, 0]])
    predicted = np.array([[1, 2, 2, 3], [2, 2, 1, 3]])
    matrix = confusion(predicted, target, 3)
    assert matrix.tolist() == [[1, 1, 0], [0, 3, 0], [0, 0, 0]]  # unlabelled pixels are not counted
    mean, per_class = iou(matrix)
    assert per_class == (0.5, 0.75, None) and mean == pytest.approx(0.625)


def arcgis_like(export, folder, remap):
    """A copy of ``export`` as ArcGIS might write it: label values changed by ``remap`` (e.g. 4 → 255,
    non-contiguous), the EMD's classes renamed to match, no Pixelwise keys."""
    shutil.copytree(export, folder)
    for name in os.listdir(folder / "labels"):
        if name.endswith(".tif"):
            with rasterio.open(folder / "labels" / name, "r+") as ds:
                label = ds.read(1)
                changed = label.copy()
                for old, new in remap.items():
                    changed[label == old] = new
                ds.write(changed, 1)
    emd = read_json(folder / "esri_model_definition.emd")
    for c in emd["Classes"]:
        c["Value"] = remap.get(c["Value"], c["Value"])
        c["Color"] = [-1, -1, -1]
    stats = read_json(folder / "esri_accumulated_stats.json")
    stats.pop("PixelwiseExport", None)
    for name, data in (("esri_model_definition.emd", emd), ("esri_accumulated_stats.json", stats)):
        (folder / name).write_text(json.dumps(data, indent=2), encoding="utf-8")
    return folder


def test_non_contiguous_class_values(export, nb, tmp_path):
    folder = arcgis_like(export, tmp_path / "arcgis", {4: 255})
    data = read_export(folder)
    assert [c.value for c in data.classes] == [1, 2, 3, 5, 255]
    labels = []
    for name in data.chip_names:
        with rasterio.open(folder / "labels" / name.split("\\")[-1]) as ds:
            labels.append(ds.read(1))
    labels = np.stack(labels)
    assert (labels == 255).any()
    # Channel i is the i-th class by value: 255 is channel 5; 0 stays "no label".
    assert np.array_equal(data.targets, np.searchsorted([0, 1, 2, 3, 5, 255], labels))
    result = train(folder, tmp_path / "model", max_epochs=1, augmentation=False, **SMALL)
    definition = load_model_definition(result.model_definition)
    assert class_mapping(definition.classes, 6).channel_values == (0, 1, 2, 3, 5, 255)
    assert all(c.color and min(c.color) >= 0 for c in definition.classes)  # [-1, -1, -1] gets a colour
    out = tmp_path / "classified.tif"
    classify_pixels(ClassifyConfig(nb["tile2"], result.model_definition, str(out), processor_type="CPU"))
    with rasterio.open(out) as ds:
        assert set(np.unique(ds.read(1))) <= {1, 2, 3, 5, 255}


def test_statistics_fall_back_to_the_stats_json_then_the_chips(export, tmp_path):
    reference = read_export(export)
    assert reference.stats_source.startswith("AllTilesStats")
    folder = tmp_path / "no_emd_stats"
    shutil.copytree(export, folder)
    emd = read_json(folder / "esri_model_definition.emd")
    del emd["AllTilesStats"]
    (folder / "esri_model_definition.emd").write_text(json.dumps(emd), encoding="utf-8")
    from_json = read_export(folder)
    assert from_json.stats_source.startswith("BandStatsState")
    assert from_json.mean == pytest.approx(reference.mean, rel=1e-12)
    assert from_json.std == pytest.approx(reference.std, rel=1e-12)
    stats = read_json(folder / "esri_accumulated_stats.json")
    del stats["BandStatsState"]
    (folder / "esri_accumulated_stats.json").write_text(json.dumps(stats), encoding="utf-8")
    from_chips = read_export(folder)
    assert from_chips.stats_source.startswith("the chips")
    # The export's statistics are over the pixels of the chips it wrote: the same numbers.
    assert from_chips.mean == pytest.approx(reference.mean, rel=1e-9)
    assert from_chips.std == pytest.approx(reference.std, rel=1e-9)
    os.remove(folder / "esri_model_definition.emd")  # classes from the stats JSON, default colours
    without_emd = read_export(folder)
    assert [(c.value, c.name) for c in without_emd.classes] == [(c.value, c.name) for c in reference.classes]
    assert np.array_equal(without_emd.targets, reference.targets)


# --- refusals ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bad_folders(export, nb, tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    (root / "empty").mkdir()
    (root / "pictures").mkdir()
    gdal.Translate(str(root / "pictures" / "a.tif"), nb["tile1"])
    run(nb["tile1"], root / "pascal", nb["labels"], CHIP, CHIP, metadata_format="PASCAL_VOC_rectangles")
    one = root / "one_class"
    shutil.copytree(export, one)
    emd = read_json(one / "esri_model_definition.emd")
    emd["Classes"] = emd["Classes"][:1]
    (one / "esri_model_definition.emd").write_text(json.dumps(emd), encoding="utf-8")
    gone = root / "chips_gone"
    shutil.copytree(export, gone, ignore=shutil.ignore_patterns("*.tif"))
    return root


@pytest.mark.parametrize("case, start", [
    ("missing", "IN_FOLDER: '"),
    ("empty", "IN_FOLDER: '"),
    ("pictures", "IN_FOLDER: '"),
    ("pascal", "IN_FOLDER: holds a PASCAL_VOC_rectangles export, not Classified_Tiles"),
    ("one_class", "IN_FOLDER: the export has only class 1 ('1'); a pixel classifier needs at least two"),
    ("chips_gone", "IN_FOLDER: none of the 78 chips listed in map.txt exists"),
])
def test_a_folder_that_is_no_usable_export_is_refused(bad_folders, tmp_path, case, start):
    with pytest.raises(InvalidInput) as error:
        train(bad_folders / case, tmp_path / "model")
    message = str(error.value)
    assert message.startswith(start) and "\n" not in message, message
    assert error.value.parameter == "IN_FOLDER"
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("changes, parameter", [
    ({"max_epochs": 0}, "MAX_EPOCHS"),
    ({"batch_size": 0}, "BATCH_SIZE"),
    ({"learning_rate": -0.1}, "LEARNING_RATE"),
    ({"validation_percentage": 100}, "VALIDATION_PERCENTAGE"),
    ({"early_stopping_patience": -1}, "PATIENCE"),
    ({"processor_type": "TPU"}, "PROCESSOR_TYPE"),
    ({"model_depth": 7}, "MODEL_DEPTH"),
])
def test_bad_settings_name_their_parameter(export, tmp_path, changes, parameter):
    with pytest.raises(InvalidInput) as error:
        train(export, tmp_path / "model", **changes)
    assert error.value.parameter == parameter and "\n" not in str(error.value)
    assert os.listdir(tmp_path) == []


def test_an_out_folder_with_other_files_is_refused(export, tmp_path):
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "notes.txt").write_text("mine")
    with pytest.raises(InvalidInput, match=r"^OUT_FOLDER: holds files that are not an earlier trained model"):
        train(export, tmp_path / "model")
    assert os.listdir(tmp_path / "model") == ["notes.txt"]


# --- without PyTorch ---------------------------------------------------------------------------------------

def test_without_pytorch_the_engine_says_how_to_install_it(export, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # "import torch" raises ImportError until undone
    with pytest.raises(TorchMissing) as error:
        train(export, tmp_path / "model")
    assert "'python3 -m pip install torch --extra-index-url https://download.pytorch.org/whl/cpu'" in \
        str(error.value)
    assert os.listdir(tmp_path) == []


def test_the_package_imports_without_pytorch():
    pythonpath = Path(__file__).resolve().parents[2] / ".build" / "pythonpath"
    code = ("import sys; sys.modules['torch'] = None; sys.path.insert(0, %r); "
            "import pixelwise.engine.train as train; print(train.TrainConfig.__name__)" % str(pythonpath))
    done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.split() == ["TrainConfig"], done.stderr[-2000:]
