"""A Classified_Tiles export read for training: chips, class channels, normalisation, the split.

Folder: ``map.txt`` lines ``images\\X.tif labels\\X.tif`` (paths relative to the folder, either
separator), ``esri_model_definition.emd`` and/or ``esri_accumulated_stats.json`` with
``MetaDataMode`` ``Classified_Tiles`` — as Pixelwise and ArcGIS Pro write them (spec §2). A line whose
image or label is missing is skipped, as arcgis.learn does; every chip must have the size and band
count of the first.

Classes and channels. The classes are the EMD's ``Classes`` (``Value``/``Name``/``Color``; the stats
JSON's ``ClassValue``/``ClassName`` when the EMD has none), sorted by value; values need not be
contiguous (1, 2, 3, 4, 255). The model has one channel more than there are classes: channel 0 is
"no label" and channel ``i`` is ``classes[i - 1]`` — Esri's convention, which Classify Pixels reads
(``engine/classify/output.py``: ``len(Classes) + 1`` channels make channel 0 the background). Label
pixels that are 0, the label chip's NoData, or a value outside the class list are unlabelled: they
map to channel 0, which the loss ignores (``ignore_index=0``), so channel 0 is never a target and
the written EMD lists it in ``ignore_mapped_class`` (never predicted). A class with value 0 cannot
be trained (0 is NoData in Classified_Tiles) and is left out with a note.

Normalisation: ``(x - mean) / std`` per band, with the export's ``AllTilesStats`` (Mean, StdDev) from
the EMD, else ``BandStatsState`` (M1, √(M2 / (Num − 1))) from the stats JSON, else computed from the
chips; a band with StdDev 0 gets 1. The values are applied through
:meth:`engine.classify.model.Normalization.affine`, the very arithmetic Classify Pixels uses on the
``NormalizationStats`` written into the model's EMD, and image NoData pixels are 0 after
normalisation, as there.
"""

import json
import math
import os
from dataclasses import dataclass
from typing import Tuple

import numpy as np

from ..classes import ClassInfo, check_class_name, default_color
from ..errors import N_, InvalidInput
from ..esri_files import EMD_FILE, MAP_FILE, STATS_FILE
from ..normalization import Normalization
from ..raster_io import open_raster, reading

PARAMETER = "IN_FOLDER"
METADATA_FORMAT = "Classified_Tiles"

_NOT_AN_EXPORT_FIX = N_("Choose the folder of a Classified_Tiles export (Export Training Data For Deep "
                        "Learning with METADATA_FORMAT=Classified_Tiles): the folder holding map.txt, "
                        "images/ and labels/")


@dataclass(frozen=True)
class TrainingData:
    """The chips of one export in memory, in their source data type.

    ``images`` (N, bands, H, W); ``valid`` (N, H, W), False where an image band is NoData;
    ``targets`` (N, H, W) channel indices (0 = unlabelled, ``i`` = ``classes[i - 1]``);
    ``mean``/``std`` per band and ``stats_source`` saying where they come from; ``image_space``
    ``MAP_SPACE`` or ``PIXEL_SPACE``; ``export_emd`` the export's EMD (empty when absent).
    """

    folder: str
    images: np.ndarray
    valid: np.ndarray
    targets: np.ndarray
    chip_names: Tuple[str, ...]
    classes: Tuple[ClassInfo, ...]
    band_names: Tuple[str, ...]
    mean: Tuple[float, ...]
    std: Tuple[float, ...]
    stats_source: str
    image_space: str
    export_emd: dict
    notes: Tuple[str, ...]

    @property
    def bands(self):
        return self.images.shape[1]

    @property
    def height(self):
        return self.images.shape[2]

    @property
    def width(self):
        return self.images.shape[3]

    @property
    def normalization(self):
        return Normalization(band_mean=self.mean, band_std=self.std)

    def normalised(self, indices):
        """float32 (len(indices), bands, H, W) model input of the chips ``indices``, exactly as Classify
        Pixels prepares a window: ``x * scale + offset`` in float32, NoData pixels 0."""
        scale, offset = self.normalization.affine(tuple(range(self.bands)), self.bands)
        x = self.images[indices].astype(np.float32)
        x *= scale[None, :, None, None]
        x += offset[None, :, None, None]
        invalid = ~self.valid[indices]
        if invalid.any():
            x[np.broadcast_to(invalid[:, None], x.shape)] = 0.0
        return x


# --- the folder -------------------------------------------------------------------------------------

def _read_json(path):
    try:
        with open(path, encoding="utf-8-sig") as f:
            data = json.load(f)
    except (OSError, ValueError) as err:
        raise InvalidInput(PARAMETER, "{name} cannot be read ({err})",
                           "Export the training data again", name=os.path.basename(path), err=err) from None
    if not isinstance(data, dict):
        raise InvalidInput(PARAMETER, "{name} is not a JSON object",
                           "Export the training data again", name=os.path.basename(path))
    return data


def _metadata(folder):
    """(EMD, stats JSON) of the export, each {} when absent; refuses what is not a Classified_Tiles
    export."""
    if not os.path.isdir(folder):
        raise InvalidInput(PARAMETER, "{folder!r} is not a folder", _NOT_AN_EXPORT_FIX, folder=folder)
    emd_path, stats_path = os.path.join(folder, EMD_FILE), os.path.join(folder, STATS_FILE)
    has_emd, has_stats = os.path.isfile(emd_path), os.path.isfile(stats_path)
    if not os.path.isfile(os.path.join(folder, MAP_FILE)) or not (has_emd or has_stats):
        missing = [n for n, ok in ((MAP_FILE, os.path.isfile(os.path.join(folder, MAP_FILE))),
                                   (EMD_FILE, has_emd), (STATS_FILE, has_stats)) if not ok]
        raise InvalidInput(PARAMETER, "{folder!r} is not a training-data export (it has no {first})"
                           if len(missing) == 1 else
                           "{folder!r} is not a training-data export (it has no {first} and no {second})"
                           if len(missing) == 2 else
                           "{folder!r} is not a training-data export (it has no {first} and no {second} and "
                           "no {third})", _NOT_AN_EXPORT_FIX, folder=folder,
                           **dict(zip(("first", "second", "third"), missing, strict=False)))
    emd = _read_json(emd_path) if has_emd else {}
    stats = _read_json(stats_path) if has_stats else {}
    mode = stats.get("MetaDataMode") or emd.get("MetaDataMode")
    if mode != METADATA_FORMAT:
        raise InvalidInput(PARAMETER, "holds a {mode} export, not Classified_Tiles" if mode else
                           "holds a training-data export, not Classified_Tiles",
                           "Pixel classification trains on class-raster chips: export with "
                           "METADATA_FORMAT=Classified_Tiles", mode=mode)
    return emd, stats


def _class_list(emd, stats, notes):
    items = emd.get("Classes") if isinstance(emd.get("Classes"), list) else stats.get("Classes")
    if not isinstance(items, list) or not items:
        raise InvalidInput(PARAMETER, "the export lists no classes (no Classes in its EMD or stats JSON)",
                           "Export the training data again with class labels")
    classes, seen = [], set()
    for i, item in enumerate(items):
        raw = item.get("Value", item.get("ClassValue")) if isinstance(item, dict) else None
        try:
            number = None if isinstance(raw, bool) else float(raw)
        except (TypeError, ValueError):
            number = None
        if number is None or not math.isfinite(number) or number != int(number):
            raise InvalidInput(PARAMETER, "class {number} of the export has no whole-number Value ({raw!r})",
                               "Fix Classes in esri_model_definition.emd", number=i + 1, raw=raw)
        value = int(number)
        name = str(item.get("Name", item.get("ClassName", f"Class {value}")))
        try:
            check_class_name(name)
        except ValueError as err:
            raise InvalidInput(PARAMETER, "Classes: {err}", "Rename the class in the export's EMD",
                               err=err) from None
        if value in seen:
            raise InvalidInput(PARAMETER, "class value {value} appears twice in the export's classes",
                               "Fix Classes in esri_model_definition.emd", value=value)
        seen.add(value)
        if value == 0:
            notes.append(f"Class value 0 ({name!r}) is NoData in Classified_Tiles labels: its pixels are "
                         "unlabelled and it is not trained.")
            continue
        classes.append((value, name, item.get("Color")))
    classes.sort(key=lambda c: c[0])
    out = []
    for i, (value, name, color) in enumerate(classes):
        try:
            rgb = tuple(int(c) for c in color)[:3]
        except (TypeError, ValueError):
            rgb = ()
        if len(rgb) != 3 or min(rgb) < 0 or max(rgb) > 255:
            rgb = default_color(i)  # Esri writes [-1, -1, -1] for "no colour"
        out.append(ClassInfo(value, name, rgb))
    if len(out) < 2:
        raise InvalidInput(PARAMETER, "the export has only class {value} ({name!r}); a pixel classifier "
                           "needs at least two classes" if out else
                           "the export has no class other than 0; a pixel classifier needs at least two "
                           "classes",
                           "Export with a class field that has two or more values (label the background "
                           "as a class of its own if needed)",
                           value=out[0].value if out else None, name=out[0].name if out else None)
    return tuple(out)


def _map_entries(folder):
    """(image path, label path, map.txt image token) of every usable map.txt line."""
    entries = []
    with open(os.path.join(folder, MAP_FILE), encoding="utf-8-sig") as f:
        for line in f:
            tokens = line.split()
            if len(tokens) < 2:
                continue
            image, label = (os.path.join(folder, *t.replace("\\", "/").split("/")) if not os.path.isabs(t)
                            else t for t in tokens[:2])
            entries.append((image, label, tokens[0]))
    if not entries:
        raise InvalidInput(PARAMETER, "its {map_file} lists no image and label chips",
                           "Export the training data again with METADATA_FORMAT=Classified_Tiles",
                           map_file=MAP_FILE)
    return entries


def _band_names(emd, stats, count):
    props = emd.get("InputRastersProps") or stats.get("InputRastersProps") or {}
    names = props.get("BandNames") if isinstance(props, dict) else None
    if isinstance(names, list) and len(names) == count and all(isinstance(n, str) and n for n in names):
        return tuple(names)
    return tuple(f"Band_{b + 1}" for b in range(count))


# --- chips ------------------------------------------------------------------------------------------

def _read_image(path):
    with open_raster(path, PARAMETER) as ds, reading(path, PARAMETER):
        return ds.read(), np.all(ds.read_masks() > 0, axis=0)


def _read_label(path):
    with open_raster(path, PARAMETER) as ds, reading(path, PARAMETER):
        if ds.count != 1:
            raise InvalidInput(PARAMETER, "label chip {name} has {count} bands",
                               "Classified_Tiles labels are single-band class rasters",
                               name=os.path.basename(path), count=ds.count)
        return ds.read(1), ds.read_masks(1) > 0


def _targets(label, labelled, values):
    """Channel indices of a label chip (0 = unlabelled) and the count of pixels holding a value that
    is no class."""
    out = np.zeros(label.shape, dtype=np.uint8 if len(values) < 255 else np.uint16)
    known = np.zeros(label.shape, dtype=bool)
    for channel, value in enumerate(values, start=1):
        hit = label == value
        out[hit] = channel
        known |= hit
    out[~labelled] = 0
    unknown = labelled & ~known & (label != 0)
    return out, int(unknown.sum()), (label[unknown][0] if unknown.any() else None)


def _stats(emd, stats, images, valid, notes):
    """(mean, std, source) per band (see the module docstring)."""
    bands = images.shape[1]
    tiles = emd.get("AllTilesStats")
    try:
        if isinstance(tiles, list) and len(tiles) == bands:
            mean = [float(t["Mean"]) for t in tiles]
            std = [float(t["StdDev"]) for t in tiles]
            source = f"AllTilesStats of {EMD_FILE}"
        else:
            state = stats.get("BandStatsState")
            usable = isinstance(state, list) and len(state) == bands
            if not (usable and all(s.get("Num", 0) > 1 for s in state)):
                raise KeyError("BandStatsState")
            mean = [float(s["M1"]) for s in state]
            std = [math.sqrt(float(s["M2"]) / (float(s["Num"]) - 1)) for s in state]
            source = f"BandStatsState of {STATS_FILE}"
        if not all(math.isfinite(v) for v in mean + std):
            raise ValueError("not finite")
    except (KeyError, TypeError, ValueError, AttributeError):
        pixels = np.moveaxis(images, 1, 0)[:, valid].astype(np.float64)
        if pixels.shape[1] < 2:
            raise InvalidInput(PARAMETER, "its image chips hold no valid pixels",
                               "Export the training data again from imagery with data") from None
        mean, std = list(pixels.mean(axis=1)), list(pixels.std(axis=1, ddof=1))
        source = "the chips (the export holds no band statistics)"
    for b, s in enumerate(std):
        if not s > 0:
            notes.append(f"Band {b + 1} has a standard deviation of 0 (a constant band); it is divided by 1.")
            std[b] = 1.0
    return tuple(mean), tuple(std), source


def read_export(in_folder, log=None):
    """Read the Classified_Tiles export in ``in_folder`` into a :class:`TrainingData` (see the module
    docstring for the rules). Raises :class:`InvalidInput` naming IN_FOLDER for everything that makes
    the folder unusable."""
    log = log or (lambda _message: None)
    folder = os.path.abspath(str(in_folder or ""))
    if not in_folder:
        raise InvalidInput(PARAMETER, "is empty", _NOT_AN_EXPORT_FIX)
    emd, stats = _metadata(folder)
    notes = []
    classes = _class_list(emd, stats, notes)
    values = [c.value for c in classes]
    images, valids, targets, names = [], [], [], []
    missing, unknown, unknown_example = [], 0, None
    shape = None
    for image_path, label_path, token in _map_entries(folder):
        if not (os.path.isfile(image_path) and os.path.isfile(label_path)):
            missing.append(token)
            continue
        pixels, valid = _read_image(image_path)
        label, labelled = _read_label(label_path)
        if shape is None:
            shape = pixels.shape
        if pixels.shape != shape:
            raise InvalidInput(PARAMETER, "chip {token} is {width}×{height} pixels with "
                               "{bands} band(s), the first chip {first_width}×{first_height} with "
                               "{first_bands}", "Train on an export whose chips all have one size and band "
                               "count",
                               token=token, width=pixels.shape[2], height=pixels.shape[1],
                               bands=pixels.shape[0], first_width=shape[2], first_height=shape[1],
                               first_bands=shape[0])
        if label.shape != pixels.shape[1:]:
            raise InvalidInput(PARAMETER, "the label of chip {token} is {label_width}×{label_height} "
                               "pixels, the image {width}×{height}",
                               "Export the training data again",
                               token=token, label_width=label.shape[1], label_height=label.shape[0],
                               width=pixels.shape[2], height=pixels.shape[1])
        target, bad, example = _targets(label, labelled & valid, values)
        unknown += bad
        if example is not None and unknown_example is None:
            unknown_example = example
        images.append(pixels)
        valids.append(valid)
        targets.append(target)
        names.append(token)
    if missing:
        notes.append(f"{len(missing)} chip(s) of {MAP_FILE} were skipped: their image or label file is "
                     f"missing (first: {missing[0]}).")
    if not images:
        raise InvalidInput(PARAMETER, "none of the {count} chips listed in {map_file} exists",
                           "Export the training data again, or copy the images/ and labels/ folders too",
                           count=len(missing), map_file=MAP_FILE)
    if unknown:
        notes.append(f"{unknown} label pixel(s) hold values that are no class of the export (e.g. "
                     f"{unknown_example}); they are unlabelled.")
    images = np.stack(images)
    valid = np.stack(valids)
    targets = np.stack(targets)
    present = sorted(int(v) for v in np.unique(targets) if v)
    if len(present) < 2:
        only = classes[present[0] - 1] if present else None
        raise InvalidInput(PARAMETER, "the label chips hold only class {value} ({name!r}); a pixel "
                           "classifier needs labelled pixels of at least two classes" if only else
                           "the label chips hold no class; a pixel classifier needs labelled pixels of at "
                           "least two classes",
                           "Export labels with two or more classes",
                           value=only.value if only else None, name=only.name if only else None)
    absent = [c for i, c in enumerate(classes, start=1) if i not in present]
    if absent:
        notes.append("No label pixel has class " + ", ".join(f"{c.value} ({c.name!r})" for c in absent)
                     + "; the model never learns to predict it.")
    mean, std, source = _stats(emd, stats, images, valid, notes)
    space = str(emd.get("ImageSpaceUsed") or "MAP_SPACE").upper()
    if os.path.isdir(os.path.join(folder, "images2")):
        notes.append("The export's images2/ (a second raster) is not used: the model learns from images/.")
    data = TrainingData(folder=folder, images=images, valid=valid, targets=targets, chip_names=tuple(names),
                        classes=classes, band_names=_band_names(emd, stats, images.shape[1]), mean=mean,
                        std=std, stats_source=source,
                        image_space=space if space in ("MAP_SPACE", "PIXEL_SPACE") else "MAP_SPACE",
                        export_emd=emd, notes=tuple(notes))
    for note in notes:
        log(note)
    return data


# --- split and metrics ------------------------------------------------------------------------------

def split(count, validation_percentage, seed):
    """(training, validation) chip indices: a seeded permutation, ``validation_percentage`` of the
    chips (rounded, at least one) for validation and the rest (at least one) for training."""
    if count < 2:
        raise InvalidInput(PARAMETER, "holds {count} usable chip; training needs at least two (one is held "
                           "out for validation)", "Export more chips (a smaller stride or tile size)",
                           count=count)
    n_val = min(count - 1, max(1, int(round(count * validation_percentage / 100.0))))
    order = np.random.default_rng(np.random.SeedSequence([seed, 0])).permutation(count)
    return np.sort(order[n_val:]), np.sort(order[:n_val])


def confusion(predicted, target, n_classes):
    """(n, n) counts of labelled pixels (``target`` > 0) by true class (row) and predicted class
    (column); both hold channel indices 1…n."""
    labelled = target > 0
    t = target[labelled].astype(np.int64) - 1
    p = predicted[labelled].astype(np.int64) - 1
    return np.bincount(t * n_classes + p, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def iou(matrix):
    """(mean IoU over the classes present, IoU per class or None) of a confusion matrix; a class is
    present when it is in the labels or the predictions."""
    tp = np.diag(matrix).astype(np.float64)
    union = matrix.sum(axis=0) + matrix.sum(axis=1) - tp
    per_class = tuple(float(tp[i] / union[i]) if union[i] else None for i in range(len(tp)))
    present = [v for v in per_class if v is not None]
    return (float(np.mean(present)) if present else 0.0), per_class


def class_summary(classes):
    """``1 'forest', 2 'water'`` for the log."""
    return ", ".join(f"{c.value} {c.name!r}" for c in classes)

