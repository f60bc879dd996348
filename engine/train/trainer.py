"""Train Pixel Classifier: read a Classified_Tiles export, train a U-Net with PyTorch, write the best
model as ONNX with its EMD, a .dlpk and the training log.

Training: Adam on the cross-entropy of the labelled pixels (unlabelled ones are ignored, see
:mod:`.dataset`), the training chips shuffled every epoch, each batch optionally augmented with a
random flip/rotation per chip (:func:`engine.dihedral.augmentations`, the variants Classify
Pixels' test-time augmentation uses). After every epoch the validation chips give the mean cross-
entropy and the mean IoU over the classes present; the weights of the epoch with the best validation
IoU are kept (the first of equals). Training stops after ``max_epochs``, after
``early_stopping_patience`` epochs without a better validation IoU, or when the host cancels (checked
before every batch): the best model so far is then written, and the log says so; when no epoch has
finished, nothing is written and :class:`Cancelled` is raised.

Everything random — initial weights, the split, the order of the chips, the augmentations — follows
``random_seed``: the same seed on the same CPU gives the same weights and so the same model.onnx.

Outputs (OUT_FOLDER): ``model.onnx``, ``model.emd`` (``ModelFile`` model.onnx), ``model.dlpk`` (both
at its root), ``training_log.csv``/``.json`` and, with a ``report_writer``, ``training_report.png``.
They are written into a hidden folder beside OUT_FOLDER and moved into place when complete, so an
error or a cancel before the first epoch leaves OUT_FOLDER as it was.
"""

import csv
import json
import math
import os
import shutil
import time
import uuid
import zipfile

import numpy as np

from ..dihedral import augment, augmentations
from ..errors import Cancelled, InvalidInput, PixelwiseError
from ..esri_files import dumps
from ..feedback import Feedback
from ..outputs import is_write_error, remove_stale, temp_prefix, write_failure
from ..session import PROCESSOR_TYPES, create_session
from .config import (
    DLPK_NAME,
    EMD_NAME,
    LOG_CSV_NAME,
    LOG_JSON_NAME,
    MODEL_FILES,
    ONNX_NAME,
    REPORT_NAME,
    EpochRecord,
    TrainResult,
)
from .dataset import class_summary, confusion, iou, read_export, split
from .network import (
    build_unet,
    export_onnx,
    parameter_count,
    pick_device,
    require_onnx_exporter,
    require_torch,
)

TRAINING_SHARE = 95.0  # progress: training up to 95 %, writing the model the rest
# ONNX Runtime against PyTorch on the same input: float32 rounding, far below any class decision.
ONNX_TOLERANCE = 1e-3


def _check_config(config):
    def whole(value, key, minimum, fix):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
            raise InvalidInput(key, "must be a whole number of at least {minimum} (got {value!r})", fix,
                               minimum=minimum, value=value)

    if config.processor_type not in PROCESSOR_TYPES:
        raise InvalidInput("PROCESSOR_TYPE", "unknown value {processor_type!r}",
                           "Use one of {processor_types}",
                           processor_type=config.processor_type, processor_types=', '.join(PROCESSOR_TYPES))
    whole(config.max_epochs, "MAX_EPOCHS", 1, "Train at least one epoch, e.g. 20")
    whole(config.batch_size, "BATCH_SIZE", 1, "Use e.g. 8 chips per batch")
    whole(config.early_stopping_patience, "PATIENCE", 0, "Use e.g. 5 epochs, or 0 to train every epoch")
    whole(config.model_width, "MODEL_WIDTH", 1, "Use 16 for a small model")
    whole(config.model_depth, "MODEL_DEPTH", 1, "Use 3 for a small model")
    whole(config.random_seed, "RANDOM_SEED", 0, "Use any whole number ≥ 0")
    rate = config.learning_rate
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not math.isfinite(rate) or rate < 0:
        raise InvalidInput("LEARNING_RATE", "must be a number ≥ 0 (got {rate!r})", "Use e.g. 0.001",
                           rate=rate)
    share = config.validation_percentage
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 < share < 100:
        raise InvalidInput("VALIDATION_PERCENTAGE", "must be more than 0 and less than 100 (got {share!r})",
                           "Use e.g. 10: one chip in ten is held out to measure the model", share=share)


def _check_out_folder(out_folder):
    """The absolute OUT_FOLDER: absent, empty, or holding only an earlier run's files (replaced)."""
    if not out_folder or not str(out_folder).strip():
        raise InvalidInput("OUT_FOLDER", "is empty", "Give a folder for the trained model")
    path = os.path.abspath(str(out_folder))
    remove_stale(path)
    if os.path.exists(path) and not os.path.isdir(path):
        raise InvalidInput("OUT_FOLDER", "{path!r} is a file", "Give a folder for the trained model",
                           path=path)
    if os.path.isdir(path):
        others = sorted(e for e in os.listdir(path) if not e.startswith(".") and e not in MODEL_FILES)
        if others:
            raise InvalidInput("OUT_FOLDER", "holds files that are not an earlier trained model "
                               "({others})", "Choose a new or empty folder, or the folder of "
                               "an earlier Train Pixel Classifier run (its model files are replaced)",
                               others=', '.join(others[:3]))
    return path


# --- training -------------------------------------------------------------------------------------------

class _Stopped(Exception):
    """The host cancelled during an epoch."""


def _batches(indices, size):
    return [indices[start:start + size] for start in range(0, len(indices), size)]


def _tensors(torch, x, y, device):
    return (torch.from_numpy(np.ascontiguousarray(x)).to(device),
            torch.from_numpy(np.ascontiguousarray(y).astype(np.int64)).to(device))


def _train_epoch(torch, model, optimizer, data, batches, variants, rng, device, feedback, progress):
    """Mean cross-entropy per labelled pixel over one epoch; raises :class:`_Stopped` on cancel."""
    model.train()
    total, pixels = 0.0, 0
    for b, idx in enumerate(batches):
        if feedback.is_canceled():
            raise _Stopped(b)
        x, y = data.normalised(idx), data.targets[idx]
        if len(variants) > 1:
            picks = rng.integers(len(variants), size=len(idx))
            x = np.stack([augment(x[i], variants[k]) for i, k in enumerate(picks)])
            y = np.stack([augment(y[i], variants[k]) for i, k in enumerate(picks)])
        xt, yt = _tensors(torch, x, y, device)
        loss = torch.nn.functional.cross_entropy(model(xt), yt, ignore_index=0, reduction="sum")
        count = int((y > 0).sum())
        optimizer.zero_grad(set_to_none=True)
        if count:  # a batch without labelled pixels teaches nothing
            (loss / count).backward()
            optimizer.step()
        total += float(loss.detach())
        pixels += count
        progress(b + 1)
    return total / max(pixels, 1)


def _evaluate(torch, model, data, indices, batch_size, device):
    """(mean cross-entropy per labelled pixel, mean IoU, IoU per class) on the chips ``indices``.
    Channel 0 ("no label") never wins, as in Classify Pixels (``ignore_mapped_class``)."""
    model.eval()
    n = len(data.classes)
    matrix = np.zeros((n, n), dtype=np.int64)
    total, pixels = 0.0, 0
    with torch.no_grad():
        for idx in _batches(indices, batch_size):
            y = data.targets[idx]
            xt, yt = _tensors(torch, data.normalised(idx), y, device)
            logits = model(xt)
            total += float(torch.nn.functional.cross_entropy(logits, yt, ignore_index=0, reduction="sum"))
            pixels += int((y > 0).sum())
            predicted = (logits[:, 1:].argmax(dim=1) + 1).cpu().numpy()
            matrix += confusion(predicted, y, n)
    mean, per_class = iou(matrix)
    return total / max(pixels, 1), mean, per_class


def _epoch_line(record, max_epochs):
    return (f"Epoch {record.epoch}/{max_epochs}: train loss {record.train_loss:.4f}, validation loss "
            f"{record.val_loss:.4f}, validation IoU {record.val_iou:.4f}"
            + (" (best so far)" if record.best else "") + f", {record.seconds:.1f} s")


def _train(torch, model, data, train_idx, val_idx, config, device, feedback):
    """(history, best weights on the CPU, stop reason, where it was cancelled or None)."""
    optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    rng = np.random.default_rng(np.random.SeedSequence([config.random_seed, 1]))
    variants = (augmentations(data.height == data.width, data.image_space == "MAP_SPACE")
                if config.augmentation else ((0, False),))
    per_epoch = math.ceil(len(train_idx) / config.batch_size)
    total = config.max_epochs * per_epoch
    history, best_state, best_iou, since_best = [], None, -1.0, 0
    for epoch in range(1, config.max_epochs + 1):
        started = time.monotonic()
        batches = _batches(rng.permutation(train_idx), config.batch_size)
        done = (epoch - 1) * per_epoch

        def progress(finished, done=done):
            feedback.progress(TRAINING_SHARE * (done + finished) / total)

        try:
            train_loss = _train_epoch(torch, model, optimizer, data, batches, variants, rng, device, feedback,
                                      progress)
        except _Stopped as stop:
            return history, best_state, "cancelled", (epoch, stop.args[0], len(batches))
        val_loss, val_iou, class_iou = _evaluate(torch, model, data, val_idx, config.batch_size, device)
        best = val_iou > best_iou
        if best:
            best_iou, since_best = val_iou, 0
            best_state = {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}
        else:
            since_best += 1
        record = EpochRecord(epoch, train_loss, val_loss, val_iou, class_iou, time.monotonic() - started,
                             best)
        history.append(record)
        feedback.log(_epoch_line(record, config.max_epochs))
        if config.early_stopping_patience and since_best >= config.early_stopping_patience:
            return history, best_state, "early_stopping", None
    return history, best_state, "max_epochs", None


# --- writing --------------------------------------------------------------------------------------------

def _model_definition(data, config, history, best, stop_reason, device_text, torch_version, counts):
    """The EMD Classify Pixels reads (``engine/classify/model.py``): the ONNX file, the chip size,
    bands 0…n-1, ``NormalizationStats`` mean/std per band, the classes for channels 1…n, channel 0
    ignored; plus the export's data keys and how the model was trained."""
    emd = {
        "Framework": "ONNX",
        "ModelConfiguration": "PixelwiseUNet",
        "ModelType": "ImageClassification",
        "ModelFile": ONNX_NAME,
        "ModelName": "PixelwiseUNet",
        "Description": f"U-Net trained by Pixelwise Train Pixel Classifier on "
                       f"{os.path.basename(data.folder)}; channel 0 is 'no label', channel i is "
                       "Classes[i-1].",
        "ModelFormat": "NCHW",
        "ImageHeight": data.height,
        "ImageWidth": data.width,
        "ExtractBands": list(range(data.bands)),
        "ImageSpaceUsed": data.image_space,
        "SupportsVariableTileSize": False,
        "NormalizationStats": {"band_mean_values": list(data.mean), "band_std_values": list(data.std)},
        "Classes": [{"Value": c.value, "Name": c.name, "Color": list(c.color)} for c in data.classes],
        "ignore_mapped_class": [0],
        "MetaDataMode": "Classified_Tiles",
    }
    for key in ("MinCellSize", "MaxCellSize", "InputRastersProps", "AllTilesStats"):
        if key in data.export_emd:
            emd[key] = data.export_emd[key]
    emd["ModelParameters"] = {"architecture": "U-Net", "width": config.model_width,
                              "depth": config.model_depth, "normalization": "GroupNorm",
                              "output_channels": len(data.classes) + 1}
    emd["PixelwiseTraining"] = {
        "BestEpoch": best.epoch, "BestValidationIoU": best.val_iou,
        "ClassIoU": [{"Value": c.value, "Name": c.name, "IoU": v}
                     for c, v in zip(data.classes, best.class_iou, strict=True)],
        "EpochsRun": len(history), "StopReason": stop_reason, "MaxEpochs": config.max_epochs,
        "BatchSize": config.batch_size, "LearningRate": config.learning_rate,
        "ValidationPercentage": config.validation_percentage, "TrainingChips": counts[0],
        "ValidationChips": counts[1], "EarlyStoppingPatience": config.early_stopping_patience,
        "Augmentation": config.augmentation, "RandomSeed": config.random_seed, "Device": device_text,
        "PyTorch": torch_version, "NormalizationSource": data.stats_source,
    }
    return emd


def _write_dlpk(folder):
    """model.dlpk: the EMD and the ONNX file at the archive's root, with fixed timestamps (the same
    model gives the same bytes)."""
    with zipfile.ZipFile(os.path.join(folder, DLPK_NAME), "w", zipfile.ZIP_DEFLATED) as archive:
        for name in (EMD_NAME, ONNX_NAME):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(os.path.join(folder, name), "rb") as f:
                archive.writestr(info, f.read())


def _write_logs(folder, data, history, summary):
    values = [c.value for c in data.classes]
    with open(os.path.join(folder, LOG_CSV_NAME), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["epoch", "train_loss", "val_loss", "val_iou"] + [f"iou_class_{v}" for v in values]
                        + ["seconds", "best"])
        for r in history:
            writer.writerow([r.epoch, f"{r.train_loss:.6f}", f"{r.val_loss:.6f}", f"{r.val_iou:.6f}"]
                            + ["" if v is None else f"{v:.6f}" for v in r.class_iou]
                            + [f"{r.seconds:.3f}", int(r.best)])
    epochs = [{"epoch": r.epoch, "train_loss": r.train_loss, "val_loss": r.val_loss, "val_iou": r.val_iou,
               "class_iou": dict(zip([str(v) for v in values], r.class_iou, strict=True)),
               "seconds": r.seconds, "best": r.best} for r in history]
    with open(os.path.join(folder, LOG_JSON_NAME), "w", encoding="utf-8") as f:
        json.dump({**summary, "classes": [{"Value": c.value, "Name": c.name} for c in data.classes],
                   "epochs": epochs}, f, indent=2)


def _check_onnx(torch, model, data, indices, path):
    """Run the written model in ONNX Runtime on real validation chips and compare with PyTorch: (the
    largest difference or None, a line for the log)."""
    try:
        session = create_session(path, "CPU")
    except ImportError:
        return None, "ONNX Runtime is not installed here: the written model was not test-run."
    x = data.normalised(indices[:4])
    got = session.run(None, {session.get_inputs()[0].name: x})[0]
    with torch.no_grad():
        expected = model(torch.from_numpy(x)).numpy()
    difference = float(np.abs(got - expected).max())
    if not difference <= ONNX_TOLERANCE * max(1.0, float(np.abs(expected).max())):
        raise PixelwiseError("The exported ONNX model differs from the trained PyTorch model (by up to "
                             "{difference:.3g}); nothing was written. Report this with the PyTorch version.",
                             difference=difference)
    return difference, f"ONNX Runtime reproduces the trained model (largest difference {difference:.2g})."


def _staging(out):
    parent = os.path.dirname(out)
    path = os.path.join(parent, f"{temp_prefix(out)}{uuid.uuid4().hex[:12]}")
    try:
        os.makedirs(parent, exist_ok=True)
        os.mkdir(path)
    except OSError as err:
        raise InvalidInput("OUT_FOLDER", "cannot write in {parent!r} ({strerror})",
                           "Choose a folder you can write to", parent=parent, strerror=err.strerror) from None
    return path


def _commit(staging, out):
    """Put the complete staging folder in place of OUT_FOLDER (keeping hidden entries already there)."""
    _check_out_folder(out)  # nothing else arrived there during training
    if not os.path.isdir(out):
        os.rename(staging, out)
        return
    for entry in os.listdir(out):
        if entry.startswith(".") and not os.path.exists(os.path.join(staging, entry)):
            os.replace(os.path.join(out, entry), os.path.join(staging, entry))
    aside = os.path.join(os.path.dirname(out), f"{temp_prefix(out)}{uuid.uuid4().hex[:12]}")
    os.rename(out, aside)
    try:
        os.rename(staging, out)
    except OSError:
        os.rename(aside, out)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _write(torch, model, data, config, history, best, stop_reason, device_text, split_idx, out,
           report_writer, feedback):
    counts = (len(split_idx[0]), len(split_idx[1]))
    staging = _staging(out)
    try:
        export_onnx(model, data.bands, data.height, data.width, os.path.join(staging, ONNX_NAME))
        difference, line = _check_onnx(torch, model, data, split_idx[1], os.path.join(staging, ONNX_NAME))
        feedback.log(line)
        emd = _model_definition(data, config, history, best, stop_reason, device_text, torch.__version__,
                                counts)
        with open(os.path.join(staging, EMD_NAME), "w", encoding="utf-8") as f:
            f.write(dumps(emd))
        _write_dlpk(staging)
        summary = {"best_epoch": best.epoch, "best_val_iou": best.val_iou, "epochs_run": len(history),
                   "stop_reason": stop_reason, "device": device_text, "train_chips": counts[0],
                   "val_chips": counts[1]}
        _write_logs(staging, data, history, summary)
        report = None
        if report_writer is not None:
            report_writer(os.path.join(staging, REPORT_NAME), tuple(history))
            report = os.path.join(out, REPORT_NAME)
        _commit(staging, out)
    except BaseException as err:
        failure = (write_failure("OUT_FOLDER", err, os.path.join(out, EMD_NAME)) if is_write_error(err)
                   else None)
        shutil.rmtree(staging, ignore_errors=True)
        if failure is not None:
            raise failure from None
        raise
    return report, difference


def train_pixel_classifier(config, feedback=None, report_writer=None):
    """Train on the export ``config.in_folder`` and write the model into ``config.out_folder``; return a
    :class:`TrainResult` (see the module docstring).

    ``report_writer(path, history)``, when given, writes the training report (a PNG) at ``path`` from
    the :class:`EpochRecord` tuple; it runs before the outputs are moved into place. Every input is
    checked before training (``InvalidInput`` naming the parameter); :class:`TorchMissing` (an
    ImportError) says how to install PyTorch.
    """
    feedback = feedback or Feedback()
    started = time.monotonic()
    _check_config(config)
    out = _check_out_folder(config.out_folder)
    torch = require_torch()
    require_onnx_exporter()
    data = read_export(config.in_folder, feedback.log)
    train_idx, val_idx = split(len(data.images), config.validation_percentage, config.random_seed)
    device, device_text = pick_device(config.processor_type)
    with torch.random.fork_rng(devices=[]):  # seeded initial weights without touching the caller's RNG
        torch.manual_seed(config.random_seed)
        model = build_unet(data.bands, len(data.classes) + 1, config.model_width, config.model_depth,
                           data.height, data.width)
    model = model.to(device)
    _log_setup(feedback, data, config, model, len(train_idx), len(val_idx), device_text)
    history, best_state, stop_reason, cancelled_at = _train(torch, model, data, train_idx, val_idx, config,
                                                            device, feedback)
    if not history:
        raise Cancelled("Cancelled by the user before the first epoch finished; nothing was written.")
    model = model.to("cpu")
    model.load_state_dict(best_state)
    best = max(history, key=lambda r: (r.val_iou, -r.epoch))
    if cancelled_at:
        epoch, batch, batches = cancelled_at
        feedback.log(f"Cancelled during epoch {epoch} (before batch {batch + 1} of {batches}): writing the "
                     f"best model so far, from epoch {best.epoch} (validation IoU {best.val_iou:.4f}).")
    elif stop_reason == "early_stopping":
        feedback.log(f"Stopped early after epoch {len(history)}: no better validation IoU for "
                     f"{config.early_stopping_patience} epoch(s).")
    report, difference = _write(torch, model, data, config, history, best, stop_reason, device_text,
                                (train_idx, val_idx), out, report_writer, feedback)
    feedback.log(f"Best model: epoch {best.epoch} of {len(history)}, validation IoU {best.val_iou:.4f} ("
                 + ", ".join(f"{c.name} {'–' if v is None else f'{v:.3f}'}"
                             for c, v in zip(data.classes, best.class_iou, strict=True))
                 + f"). Wrote {EMD_NAME}, {ONNX_NAME} and {DLPK_NAME} to {out}.")
    feedback.progress(100.0)
    return TrainResult(
        out_folder=out, model_definition=os.path.join(out, EMD_NAME), model_file=os.path.join(out, ONNX_NAME),
        dlpk=os.path.join(out, DLPK_NAME), training_log_csv=os.path.join(out, LOG_CSV_NAME),
        training_log_json=os.path.join(out, LOG_JSON_NAME), report=report, history=tuple(history),
        best_epoch=best.epoch, best_val_iou=best.val_iou, epochs_run=len(history), stop_reason=stop_reason,
        device=device_text, classes=data.classes, train_chips=len(train_idx), val_chips=len(val_idx),
        onnx_difference=difference, seconds=time.monotonic() - started)


def _log_setup(feedback, data, config, model, n_train, n_val, device_text):
    feedback.log(f"Training data: {len(data.images)} chips of {data.width}×{data.height} pixels, "
                 f"{data.bands} band(s) of {data.images.dtype}; {n_train} for training, {n_val} for "
                 f"validation (seed {config.random_seed}).")
    feedback.log(f"Classes: {class_summary(data.classes)}. Model channel 0 is 'no label' (0, NoData or "
                 "values outside the classes): ignored in training, never predicted.")
    mean, std = (", ".join(f"{v:.4g}" for v in values) for values in (data.mean, data.std))
    feedback.log(f"Normalisation (x − mean) / std from {data.stats_source}: mean {mean}; std {std}.")
    variants = len(augmentations(data.height == data.width, data.image_space == "MAP_SPACE"))
    augmentation = (f"{variants} flips/rotations ({data.image_space})" if config.augmentation else "off")
    stopping = (f"early stopping after {config.early_stopping_patience} epoch(s) without a better validation "
                "IoU" if config.early_stopping_patience else "no early stopping")
    feedback.log(f"U-Net: width {config.model_width}, depth {config.model_depth}, "
                 f"{parameter_count(model) / 1e6:.2f} M parameters; Adam, learning rate "
                 f"{config.learning_rate:g}, batch {config.batch_size}, up to {config.max_epochs} epochs, "
                 f"{stopping}; augmentation {augmentation}.")
    feedback.log(f"Training on {device_text}.")
