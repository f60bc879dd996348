"""Model definitions: an Esri ``.emd`` (file or JSON text), a ``.dlpk`` package, or a bare ``.onnx``
with Deepness-style metadata (or a sidecar ``<name>.emd``), all read into one :class:`ModelDefinition`.

Nothing from a model package is ever executed: an EMD ``InferenceFunction`` is noted and ignored,
and only ONNX model files are run (by ONNX Runtime). See :func:`load_model_definition` for the keys
read and the rules applied.
"""

import ast
import os
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, replace
from typing import Optional, Tuple

from .. import model_fields
from ..classes import ClassInfo, check_class_name, default_color
from ..errors import N_, InvalidInput, Phrase
from ..normalization import Normalization
from .onnx_file import NotOnnx, read_metadata_props

PARAMETER = "IN_MODEL_DEFINITION"

# Model types this tool runs (Esri names and Deepness' "Segmentor"), compared case-insensitively.
PIXEL_MODEL_TYPES = ("ImageClassification", "ClassifyPixels", "PixelClassification", "Segmentor",
                     "Segmentation", "SemanticSegmentation")

# Well-known band names (EMD "WellKnownBandNames") that GDAL colour interpretations can answer.
_COLOR_INTERP_NAMES = {"red": "red", "green": "green", "blue": "blue", "alpha": "alpha",
                       "gray": "gray", "grey": "gray", "panchromatic": "gray"}

# Limits on what a .dlpk may unpack to: generous for real models, small enough to stop zip bombs.
DLPK_MAX_MEMBERS = 2000
DLPK_MAX_BYTES = 8 * 1024 ** 3

_PYTORCH_EXTENSIONS = (".pth", ".pt", ".pkl", ".ckpt")
_TENSORFLOW_EXTENSIONS = (".pb", ".h5", ".keras", ".tflite", ".savedmodel")

# Fix templates ({{ and }} are literal braces).
_PYTORCH_FIX = N_("Pixelwise runs ONNX models only: export the network with "
                  "torch.onnx.export(model, torch.zeros(1, bands, height, width), 'model.onnx', "
                  "input_names=['input'], output_names=['output'], opset_version=17, "
                  "dynamic_axes={{'input': {{0: 'batch'}}, 'output': {{0: 'batch'}}}}) and set "
                  "\"Framework\": \"ONNX\" and \"ModelFile\": \"model.onnx\" in the .emd")
_TENSORFLOW_FIX = N_("Pixelwise runs ONNX models only: convert the model with tf2onnx "
                     "(python -m tf2onnx.convert) and set \"Framework\": \"ONNX\" and \"ModelFile\" to "
                     "the .onnx file in the .emd")


@dataclass(frozen=True)
class ModelDefinition:
    """Everything the classifier needs to know about a model, whatever file it came from.

    ``model_file`` is the absolute path of the ONNX file; ``kind`` is ``emd``, ``dlpk`` or ``onnx``.
    ``extract_bands`` holds 0-based indices or well-known band names (``None``: the raster's bands
    in order); ``classes`` the output classes in EMD order (empty: one class per output channel,
    named by its index); ``notes`` lines for the log (ignored keys, assumptions).
    """

    source: str
    model_file: str
    kind: str
    model_type: str = "ImageClassification"
    tile_height: Optional[int] = None
    tile_width: Optional[int] = None
    extract_bands: Optional[Tuple] = None
    data_range: Optional[Tuple[float, float]] = None
    normalization: Optional[Normalization] = None
    classes: Tuple[ClassInfo, ...] = ()
    model_padding: Optional[int] = None
    batch_size: Optional[int] = None
    default_padding: Optional[int] = None
    supports_variable_tile_size: bool = False
    ignore_mapped_class: Tuple[int, ...] = ()
    image_space: str = "MAP_SPACE"
    model_format: Optional[str] = None
    resolution: Optional[float] = None
    notes: Tuple[str, ...] = ()


# --- entry point ----------------------------------------------------------------------------------

def load_model_definition(source, work_dir=None):
    """Read a model definition from ``source``:

    * a path to an Esri ``.emd`` (or ``.json``) file, or the EMD JSON text itself (starting with ``{``;
      a relative ``ModelFile`` then resolves against the current folder);
    * a path to a ``.dlpk`` package (a zip holding an ``.emd`` and its ONNX model): it is unpacked into
      a new folder in ``work_dir`` (required). Before anything is written every member is checked
      (:func:`_unsafe_reason`: absolute names, ``..``, symbolic links, names Windows cannot hold,
      encryption, compression other than stored/deflate, duplicates), as are the member count
      (``DLPK_MAX_MEMBERS``) and declared size (``DLPK_MAX_BYTES``); unpacking stops at each member's
      declared size and at ``DLPK_MAX_BYTES`` real bytes. ``ModelFile`` must resolve inside the package.
      A refused package leaves nothing in ``work_dir``;
    * a path to a bare ``.onnx`` model: a sidecar ``<name>.emd`` beside it wins; otherwise its
      Deepness-style ``metadata_props`` are read (``class_names`` as a JSON dict ``{"0": "name"}`` or
      list, ``standardization_mean``/``standardization_std``, ``tile_size``/``tiles_size``,
      ``tiles_overlap`` (percent), ``resolution`` (cm/px), ``model_type``). As in Deepness, pixel values
      are divided by 255 and then standardised: ``(x / 255 - mean) / std``.

    EMD keys read: ``ModelFile`` (relative to the .emd), ``Framework``, ``ModelType``, ``ImageHeight``,
    ``ImageWidth``, ``ExtractBands``, ``DataRange``, ``NormalizationStats`` (see
    :class:`Normalization`; ``DoNormalize: false`` turns it off), ``Classes`` ``[{Value, Name, Color}]``
    (``ClassValue``/``ClassName`` accepted; colour ``[-1, -1, -1]`` = none), ``ModelPadding``,
    ``BatchSize``, ``SupportsVariableTileSize``, ``ignore_mapped_class``, ``ImageSpaceUsed``,
    ``ModelFormat``. ``InferenceFunction`` is ignored with a note. A PyTorch or TensorFlow
    ``ModelFile`` is refused with how to export it to ONNX.

    Raises :class:`InvalidInput` naming ``IN_MODEL_DEFINITION`` for every problem.
    """
    text = str(source).strip() if source is not None else ""
    if not text:
        raise InvalidInput(PARAMETER, "is empty", "Choose an .emd, .dlpk or .onnx file")
    if text.startswith("{"):
        emd = _parse_json(text, "the model definition text")
        return _from_emd(emd, os.getcwd(), "<EMD JSON text>", "emd")
    path = os.path.abspath(text)
    if not os.path.isfile(path):
        raise InvalidInput(PARAMETER, "{text!r} does not exist or is not a file",
                           "Choose an .emd, .dlpk or .onnx file", text=text)
    ext = os.path.splitext(path)[1].lower()
    if ext in (".emd", ".json"):
        return _from_emd_file(path, path, "emd")
    if ext in (".dlpk", ".zip"):
        if work_dir is None:
            raise ValueError("a .dlpk needs a work_dir to unpack into")
        return _from_dlpk(path, work_dir)
    if ext == ".onnx":
        return _from_onnx(path)
    if ext in _PYTORCH_EXTENSIONS:
        raise InvalidInput(PARAMETER, "{name} is a PyTorch model", _PYTORCH_FIX, name=os.path.basename(path))
    if ext in _TENSORFLOW_EXTENSIONS:
        raise InvalidInput(PARAMETER, "{name} is a TensorFlow/Keras model",
                           _TENSORFLOW_FIX, name=os.path.basename(path))
    raise InvalidInput(PARAMETER, "{name} is not a model definition Pixelwise reads",
                       "Choose an Esri .emd or .dlpk, or an .onnx model", name=os.path.basename(path))


# --- EMD ------------------------------------------------------------------------------------------

def _parse_json(text, what):
    data = model_fields.parse_json(text, what)
    if not isinstance(data, dict):
        raise InvalidInput(PARAMETER, "{what} is JSON but not an object",
                           "A model definition is one JSON object {{ ... }}", what=what)
    return data


def _from_emd_file(path, source, kind, default_model_file=None, package_dir=None):
    try:
        with open(path, "r", encoding="utf-8-sig") as f:
            text = f.read()
    except UnicodeDecodeError:
        raise InvalidInput(PARAMETER, "{name} is not UTF-8 text",
                           "Save the model definition as UTF-8 JSON", name=os.path.basename(path)) from None
    except OSError as err:
        raise InvalidInput(PARAMETER, "cannot read {name} ({strerror})",
                           "Check the file and its permissions",
                           name=os.path.basename(path), strerror=err.strerror) from None
    emd = _parse_json(text, os.path.basename(path))
    return _from_emd(emd, os.path.dirname(path), source, kind, default_model_file, package_dir)


def _from_emd(emd, base_dir, source, kind, default_model_file=None, package_dir=None):
    notes = []
    model_file = emd.get("ModelFile")
    if model_file in (None, ""):
        if default_model_file is None:
            raise InvalidInput(PARAMETER, "has no ModelFile",
                               "Add \"ModelFile\": \"<model>.onnx\" (relative to the .emd)")
        model_file_path = default_model_file
    else:
        if not isinstance(model_file, str):
            raise InvalidInput(PARAMETER, "ModelFile must be a file name (got {model_file!r})",
                               "Set \"ModelFile\": \"<model>.onnx\"", model_file=model_file)
        model_file_path = os.path.normpath(os.path.join(base_dir, model_file.replace("\\", "/")))
        # realpath in _inside: a link in the package cannot lead out of it either.
        if package_dir is not None and (_absolute(model_file) or not _inside(model_file_path, package_dir)):
            raise InvalidInput(PARAMETER, "ModelFile {model_file!r} points outside the package",
                               "Give a ModelFile inside the .dlpk, relative to its .emd",
                               model_file=model_file)
    name = os.path.basename(model_file_path)
    ext = os.path.splitext(name)[1].lower()
    framework = model_fields.text(emd.get("Framework") or "", "Framework")
    if ext in _PYTORCH_EXTENSIONS or (ext != ".onnx" and "pytorch" in framework.lower()):
        raise InvalidInput(PARAMETER, "ModelFile {name} is a PyTorch model (Framework {framework})",
                           _PYTORCH_FIX, name=name, framework=framework or '?')
    if ext in _TENSORFLOW_EXTENSIONS:
        raise InvalidInput(PARAMETER, "ModelFile {name} is a TensorFlow/Keras model", _TENSORFLOW_FIX,
                           name=name)
    if ext != ".onnx":
        raise InvalidInput(PARAMETER, "ModelFile {name} is not an ONNX model (.onnx)",
                           "Export the model to ONNX and set \"Framework\": \"ONNX\"", name=name)
    if not os.path.isfile(model_file_path):
        raise InvalidInput(PARAMETER, "its ModelFile {name} does not exist (looked in "
                           "{folder})",
                           "Put the .onnx file beside the .emd or fix ModelFile",
                           name=name, folder=os.path.dirname(model_file_path))
    if framework and framework.upper() != "ONNX":
        notes.append(f"The model definition says Framework {framework!r}; its ModelFile is ONNX, so it "
                     "runs with ONNX Runtime.")
    if emd.get("InferenceFunction"):
        notes.append(f"InferenceFunction {emd['InferenceFunction']!r} is ignored: Pixelwise never runs code "
                     "from a model package; it tiles, normalises and classifies with its own ONNX inference.")
    model_type = model_fields.text(emd.get("ModelType") or "ImageClassification", "ModelType")
    _check_model_type(model_type)
    extract = emd.get("ExtractBands")
    if extract is not None:
        extract = _extract_bands(extract)
    normalization = None
    if "NormalizationStats" in emd and emd["NormalizationStats"] is not None:
        if emd.get("DoNormalize") is False:
            notes.append("DoNormalize is false: NormalizationStats are not applied.")
        else:
            normalization = _normalization(emd["NormalizationStats"])
    classes = _emd_classes(emd.get("Classes") or [])
    padding = _opt_int(emd, "ModelPadding", 0, model_fields.MAX_TILE_SIZE)
    fmt = emd.get("ModelFormat")
    if fmt is not None and model_fields.text(fmt, "ModelFormat").upper() not in ("NCHW", "NHWC"):
        notes.append(f"ModelFormat {fmt!r} is not NCHW or NHWC; the layout is read from the ONNX graph.")
        fmt = None
    image_space = model_fields.text(emd.get("ImageSpaceUsed") or "MAP_SPACE", "ImageSpaceUsed").upper()
    return ModelDefinition(
        source=source, model_file=model_file_path, kind=kind, model_type=model_type,
        tile_height=_opt_int(emd, "ImageHeight", 1, model_fields.MAX_TILE_SIZE),
        tile_width=_opt_int(emd, "ImageWidth", 1, model_fields.MAX_TILE_SIZE),
        extract_bands=extract, data_range=_data_range(emd.get("DataRange")), normalization=normalization,
        classes=classes, model_padding=padding,
        batch_size=_opt_int(emd, "BatchSize", 1, model_fields.MAX_BATCH),
        supports_variable_tile_size=model_fields.yes_no(emd.get("SupportsVariableTileSize", False),
                                                        "SupportsVariableTileSize"),
        ignore_mapped_class=tuple(_int_list(emd.get("ignore_mapped_class") or [], "ignore_mapped_class")),
        image_space=image_space, model_format=str(fmt).upper() if fmt else None, notes=tuple(notes))


def _check_model_type(model_type):
    if model_type.lower() not in {t.lower() for t in PIXEL_MODEL_TYPES}:
        raise InvalidInput(PARAMETER, "ModelType {model_type!r} is not a pixel classification model",
                           "Classify Pixels runs ImageClassification (segmentation) models; use the tool "
                           "made for this model type", model_type=model_type)


def _opt_int(emd, key, minimum, maximum):
    value = emd.get(key)
    if value is None or value == "":
        return None
    return model_fields.whole_number(value, key, minimum, maximum)




def _int_list(values, key):
    if not isinstance(values, (list, tuple)):
        raise InvalidInput(PARAMETER, "{key} must be a list (got {values!r})", "Write {key} as [0, 1, 2]",
                           key=key, values=values)
    return [model_fields.whole_number(v, key, 0, model_fields.MAX_TILE_SIZE) for v in values]


def _extract_bands(value):
    if not isinstance(value, (list, tuple)) or not value:
        raise InvalidInput(PARAMETER, "ExtractBands must be a non-empty list (got {value!r})",
                           "Write ExtractBands as 0-based band indices, e.g. [0, 1, 2]", value=value)
    out = []
    for item in value:
        if isinstance(item, str) and not item.strip().lstrip("-").isdigit():
            out.append(item.strip())
            continue
        number = model_fields.number(item, "ExtractBands")
        if number != int(number) or number < 0:
            raise InvalidInput(PARAMETER, "ExtractBands holds {item!r}",
                               "Use 0-based band indices (0 is the first band) or band names", item=item)
        out.append(int(number))
    return tuple(out)


def _data_range(value):
    if value is None or value == "":
        return None
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise InvalidInput(PARAMETER, "DataRange must be [min, max] (got {value!r})",
                           "Write DataRange as [0, 255]", value=value)
    lo, hi = model_fields.number(value[0], "DataRange"), model_fields.number(value[1], "DataRange")
    if not hi > lo:
        raise InvalidInput(PARAMETER, "DataRange {value!r} is empty", "Give [min, max] with min < max",
                           value=value)
    return lo, hi


def _normalization(stats):
    if not isinstance(stats, dict):
        raise InvalidInput(PARAMETER, "NormalizationStats must be a JSON object",
                           "Write it as {{\"band_mean_values\": [...], \"band_std_values\": [...]}}")

    def values(key):
        v = stats.get(key)
        if v is None:
            return None
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = [v]
        return tuple(float(x) for x in _float_list(v, f"NormalizationStats {key}"))

    norm = Normalization(band_min=values("band_min_values"), band_max=values("band_max_values"),
                         band_mean=values("band_mean_values"), band_std=values("band_std_values"),
                         scaled_mean=values("scaled_mean_values"), scaled_std=values("scaled_std_values"))
    has_minmax = norm.band_min is not None and norm.band_max is not None
    has_meanstd = norm.band_mean is not None and norm.band_std is not None
    if not (has_minmax or has_meanstd):
        raise InvalidInput(PARAMETER, "NormalizationStats has neither band_min_values/band_max_values nor "
                           "band_mean_values/band_std_values", "Give one of the two pairs, or drop the key")
    return norm


def _float_list(values, key):
    if not isinstance(values, (list, tuple)) or not values:
        raise InvalidInput(PARAMETER, "{key} must be a non-empty list of numbers", "Fix {key}", key=key)
    return [model_fields.number(v, key) for v in values]


def _emd_classes(items):
    if not isinstance(items, (list, tuple)):
        raise InvalidInput(PARAMETER, "Classes must be a list of {{Value, Name, Color}}", "Fix Classes")
    classes, seen = [], set()
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise InvalidInput(PARAMETER, "Classes[{i}] is not an object",
                               "Write {{\"Value\": 1, \"Name\": ...}}", i=i)
        raw = item.get("Value", item.get("ClassValue"))
        if raw is None:
            raise InvalidInput(PARAMETER, "Classes[{i}] has no Value", "Give every class a Value", i=i)
        value = model_fields.class_value(raw, f"Classes[{i}].Value")
        if value in seen:
            raise InvalidInput(PARAMETER, "class value {value} appears twice in Classes",
                               "Give every class its own Value", value=value)
        seen.add(value)
        name = model_fields.text(item.get("Name", item.get("ClassName", f"Class {value}")),
                                 f"Classes[{i}].Name")
        try:
            check_class_name(name)  # the names go into the output's .aux.xml
        except ValueError as err:
            raise InvalidInput(PARAMETER, "Classes[{i}]: {err}", "Remove them from the Name",
                               i=i, err=err) from None
        color = model_fields.color(item.get("Color"), f"Classes[{i}].Color")
        classes.append(ClassInfo(value, name, color or default_color(i)))
    return tuple(classes)


# --- .dlpk ----------------------------------------------------------------------------------------

def _inside(path, folder):
    real, root = os.path.realpath(path), os.path.realpath(folder)
    return real == root or real.startswith(root + os.sep)


def _absolute(name):
    """Whether a member or ModelFile name is absolute on any system: ``/x``, ``\\x``, ``\\\\server\\x``,
    ``C:\\x``, ``C:x``."""
    return name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) is not None


# Names Windows maps to devices whatever the folder or extension (writing one reaches the device).
_WINDOWS_DEVICE = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$", re.IGNORECASE)
_UNSAFE_CHARACTERS = re.compile(r'[\x00-\x1f<>:"|?*]')
_PACKAGE_FIX = N_("Rebuild the package as a plain zip: relative member names, regular files only, stored "
                  "or deflate compression, no password")


def _member_parts(name):
    return [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]


def _unsafe_reason(info):
    """Why the zip member ``info`` may not be unpacked, or None. Checked for every member before anything
    is written: names that could land outside the package folder on Linux, macOS or Windows, links,
    and what Python's zipfile would decompress without bound (bzip2, LZMA) or cannot read."""
    name = info.filename
    parts = name.replace("\\", "/").split("/")
    if _absolute(name):
        return Phrase("has an absolute path")
    if ".." in parts:
        return Phrase("would be written outside the package folder")
    if stat.S_ISLNK(info.external_attr >> 16):
        return Phrase("is a symbolic link")
    if _UNSAFE_CHARACTERS.search(name):
        return Phrase("has a name with characters file names cannot hold (<>:\"|?* or control characters)")
    if any(_WINDOWS_DEVICE.match(p) for p in parts):
        return Phrase("is named like a Windows device (CON, NUL, COM1, ...)")
    if info.flag_bits & 0x1:
        return Phrase("is encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return Phrase("uses compression method {method} (Pixelwise reads stored and deflate members)",
                      method=info.compress_type)
    return None


def _too_big(package):
    size = f"{DLPK_MAX_BYTES} bytes"
    for unit, factor in (("GiB", 1024 ** 3), ("MiB", 1024 ** 2), ("KiB", 1024)):
        if DLPK_MAX_BYTES >= factor:
            size = f"{DLPK_MAX_BYTES / factor:g} {unit}"
            break
    return InvalidInput(PARAMETER, "{package} unpacks to more than {size} (DLPK_MAX_BYTES)",
                        "Package only the .emd and the model file", package=package, size=size)


def _from_dlpk(path, work_dir):
    package = os.path.basename(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as err:
        raise InvalidInput(PARAMETER, "{package} is not a readable .dlpk (zip) package ({err})",
                           "A .dlpk is a zip archive holding an .emd and the model file",
                           package=package, err=err) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > DLPK_MAX_MEMBERS:
            raise InvalidInput(PARAMETER, "{package} holds {count} files (limit {dlpk_max_members})",
                               "Package only the .emd and the model file",
                               package=package, count=len(infos), dlpk_max_members=DLPK_MAX_MEMBERS)
        if sum(i.file_size for i in infos) > DLPK_MAX_BYTES:
            raise _too_big(package)
        seen = set()
        for info in infos:
            reason = _unsafe_reason(info)
            key = "/".join(_member_parts(info.filename)).casefold()
            if reason is None and key in seen:
                # Case-insensitive: on Windows and macOS the second would overwrite the first.
                reason = Phrase("appears twice")
            seen.add(key)
            if reason:
                raise InvalidInput(PARAMETER, "{package} was refused: its member {filename!r} {reason}",
                                   _PACKAGE_FIX, package=package, filename=info.filename, reason=reason)
        files = [i for i in infos if not i.is_dir()]
        emds = [i.filename for i in files if i.filename.lower().endswith(".emd")]
        onnx = [i.filename for i in files if i.filename.lower().endswith(".onnx")]
        if not emds and len(onnx) != 1:
            listing = ", ".join(i.filename for i in files[:8]) or Phrase("nothing")
            if any(i.filename.lower().endswith(_PYTORCH_EXTENSIONS) for i in files):
                raise InvalidInput(PARAMETER, "{package} holds a PyTorch model and no .emd ({listing})",
                                   _PYTORCH_FIX, package=package, listing=listing)
            raise InvalidInput(PARAMETER, "{package} holds no .emd model definition ({listing})",
                               "Package an .emd and its .onnx model", package=package, listing=listing)
        if len(emds) > 1:
            top = [e for e in emds if "/" not in e.replace("\\", "/")]
            if len(top) != 1:
                raise InvalidInput(PARAMETER, "{package} holds several .emd files ({emds})",
                                   "Package one model definition per .dlpk",
                                   package=package, emds=', '.join(emds))
            emds = top
        # A fresh folder of its own: nothing in it but what is unpacked here, and it can go on failure.
        os.makedirs(work_dir, exist_ok=True)
        dest = tempfile.mkdtemp(prefix="package-", dir=work_dir)
        try:
            _extract(archive, files, dest, package)
            if emds:
                emd_path = os.path.join(dest, *_member_parts(emds[0]))
                return _from_emd_file(emd_path, path, "dlpk", package_dir=dest)
            definition = _from_onnx(os.path.join(dest, *_member_parts(onnx[0])))
        except BaseException:
            shutil.rmtree(dest, ignore_errors=True)
            raise
    return replace(definition, source=path, kind="dlpk",
                    notes=definition.notes + (f"{package} holds no .emd; using {onnx[0]} and its metadata.",))


def _extract(archive, files, dest, package):
    written = 0
    for info in files:
        target = os.path.join(dest, *_member_parts(info.filename))
        if not _inside(target, dest):
            raise InvalidInput(PARAMETER, "{package} was refused: its member {filename!r} would be "
                               "written outside the package folder", _PACKAGE_FIX,
                               package=package, filename=info.filename)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            # "x": never write through anything already there (a file, a link).
            with archive.open(info) as src, open(target, "xb") as dst:
                while True:
                    # zipfile stops at the declared size and checks the CRC; the count is a second
                    # guard, on the bytes really written.
                    chunk = src.read(1 << 20)
                    if not chunk:
                        break
                    written += len(chunk)
                    if written > DLPK_MAX_BYTES:
                        raise _too_big(package)
                    dst.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as err:
            raise InvalidInput(PARAMETER, "{package} is damaged: its member {filename!r} cannot be "
                               "read ({err})", _PACKAGE_FIX,
                               package=package, filename=info.filename, err=err) from None
        except OSError as err:
            raise InvalidInput(PARAMETER, "cannot unpack {package}: its member {filename!r} "
                               "({reason})",
                               "Check the package and the free space in the temporary folder",
                               package=package, filename=info.filename, reason=err.strerror or err) from None


# --- bare .onnx -----------------------------------------------------------------------------------

def _from_onnx(path):
    sidecar = os.path.splitext(path)[0] + ".emd"
    if os.path.isfile(sidecar):
        return _from_emd_file(sidecar, path, "onnx", default_model_file=path)
    name = os.path.basename(path)
    try:
        meta = read_metadata_props(path)
    except NotOnnx as err:
        raise InvalidInput(PARAMETER, "{name} is not a valid ONNX model ({err})",
                           "Export the model again (torch.onnx.export) or choose another file",
                           name=name, err=err) from None
    except OSError as err:
        raise InvalidInput(PARAMETER, "cannot read {name} ({strerror})", "Check the file",
                           name=name, strerror=err.strerror) from None
    notes = []
    model_type = "Segmentor"
    if "model_type" in meta:
        model_type = model_fields.text(_meta_value(meta, "model_type"), "ONNX metadata model_type")
        _check_model_type(model_type)
    classes = ()
    for key in ("class_names", "names"):
        if key in meta:
            classes = _deepness_classes(_meta_value(meta, key), key)
            break
    mean = _meta_floats(meta, "standardization_mean")
    std = _meta_floats(meta, "standardization_std")
    # Deepness scales pixels to 0…1 (÷255) before standardising: fold both into mean/std.
    mean = tuple(255.0 * m for m in (mean or (0.0,)))
    std = tuple(255.0 * s for s in (std or (1.0,)))
    tile = None
    for key in ("tile_size", "tiles_size"):
        if key in meta:
            tile = _meta_int(meta, key)
            break
    default_padding = None
    if "tiles_overlap" in meta and tile:
        overlap = model_fields.number(_meta_value(meta, "tiles_overlap"), "ONNX metadata tiles_overlap")
        if not 0 <= overlap < 100:
            raise InvalidInput(PARAMETER, "ONNX metadata tiles_overlap must be a percentage from 0 to below "
                               "100 (got {value})", "Fix tiles_overlap in the model's metadata",
                               value=meta["tiles_overlap"])
        default_padding = int(round(tile * overlap / 100.0 / 2.0))
    resolution = None
    if "resolution" in meta:
        resolution = model_fields.number(_meta_value(meta, "resolution"), "ONNX metadata resolution")
        if resolution <= 0:
            raise InvalidInput(PARAMETER, "ONNX metadata resolution must be above 0 cm per pixel (got "
                               "{value})", "Fix resolution in the model's metadata", value=meta["resolution"])
    notes.append(f"{name}: Deepness-style model; pixels are divided by 255, then standardised with "
                 f"mean {_short(mean, 1 / 255)} and std {_short(std, 1 / 255)}.")
    return ModelDefinition(source=path, model_file=path, kind="onnx", model_type=model_type,
                           tile_height=tile, tile_width=tile,
                           normalization=Normalization(band_mean=mean, band_std=std), classes=classes,
                           default_padding=default_padding, resolution=resolution, notes=tuple(notes))


def _short(values, factor):
    return "[" + ", ".join(f"{v * factor:.4g}" for v in values) + "]"


def _meta_value(meta, key):
    text = meta[key]
    what = f"ONNX metadata {key}"
    try:
        return model_fields.parse_json(text, what)
    except InvalidInput:
        if len(text) > model_fields.MAX_JSON_CHARACTERS or re.search(r"\b(NaN|Infinity)\b", text):
            raise
    try:
        # Deepness accepts Python literals too ({0: 'a'}); literal_eval evaluates no code.
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return text
    return model_fields.check_depth(value, what)


def _meta_floats(meta, key):
    if key not in meta:
        return None
    value = _meta_value(meta, key)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = [value]
    return tuple(_float_list(value, f"ONNX metadata {key}"))


def _meta_int(meta, key):
    return model_fields.whole_number(_meta_value(meta, key), f"ONNX metadata {key}", 1,
                                     model_fields.MAX_TILE_SIZE)


def _deepness_classes(value, key):
    if isinstance(value, dict):
        try:
            items = sorted((model_fields.class_value(k, f"ONNX metadata {key} key"),
                            model_fields.text(v, f"ONNX metadata {key}[{k!r}]")) for k, v in value.items())
        except (TypeError, ValueError, OverflowError):
            raise InvalidInput(PARAMETER, "ONNX metadata {key} keys must be class indices",
                               "Write it as {{\"0\": \"background\", \"1\": \"building\"}}",
                               key=key) from None
    elif isinstance(value, (list, tuple)):
        items = [(i, model_fields.text(v, f"ONNX metadata {key}[{i}]")) for i, v in enumerate(value)]
    else:
        raise InvalidInput(PARAMETER, "ONNX metadata {key} is neither a JSON object nor a list",
                           "Write it as {{\"0\": \"background\", \"1\": \"building\"}}", key=key)
    return tuple(ClassInfo(v, name, default_color(i)) for i, (v, name) in enumerate(items))


# --- bands ------------------------------------------------------------------------------------------

def resolve_bands(extract_bands, labels, channels):
    """0-based raster bands to feed the model.

    ``labels`` holds one ``(description, colour interpretation)`` per raster band
    (:func:`raster_io.band_labels`); ``channels`` is the model's input channel count (``None`` when the
    graph leaves it open). Names match a band description (case-insensitive) or, for Red, Green, Blue,
    Alpha and Gray/Panchromatic, the colour interpretation. Without ``ExtractBands`` the raster's
    bands are used in order, dropping a last alpha band when that makes the count fit.
    """
    count = len(labels)
    if extract_bands is None:
        bands = tuple(range(count))
        if channels is not None and count == channels + 1 and labels[-1][1] == "alpha":
            bands = bands[:-1]
        if channels is not None and len(bands) != channels:
            raise InvalidInput("IN_RASTER", "has {count} bands but the model takes {channels}",
                               "Choose a raster with that many bands, or add \"ExtractBands\" (0-based band "
                               "indices) to the model definition", count=count, channels=channels)
        return bands
    bands = []
    for item in extract_bands:
        if isinstance(item, int):
            if item >= count:
                raise InvalidInput("IN_RASTER", "has {count} bands, but ExtractBands asks for band index "
                                   "{item} (band {number}) (the model takes {channels} bands)" if channels
                                   else "has {count} bands, but ExtractBands asks for band index {item} "
                                   "(band {number})",
                                   "ExtractBands holds 0-based indices; choose a raster with those bands",
                                   count=count, item=item, number=item + 1, channels=channels)
            bands.append(item)
            continue
        bands.append(_band_by_name(item, labels))
    if channels is not None and len(bands) != channels:
        raise InvalidInput(PARAMETER, "ExtractBands selects {band_count} bands but the model takes "
                           "{channels}",
                           "List one band per model input channel in ExtractBands",
                           band_count=len(bands), channels=channels)
    return tuple(bands)


def _band_by_name(name, labels):
    wanted = name.lower()
    for b, (description, _interp) in enumerate(labels):
        if description and description.lower() == wanted:
            return b
    interp = _COLOR_INTERP_NAMES.get(wanted)
    if interp:
        for b, (_description, band_interp) in enumerate(labels):
            if band_interp == interp:
                return b
    known = ", ".join(f"{b + 1}: {d or ci}" for b, (d, ci) in enumerate(labels))
    raise InvalidInput("IN_RASTER", "has no band named {name!r} (bands {known})",
                       "Name the bands (descriptions) or use 0-based indices in ExtractBands",
                       name=name, known=known)
