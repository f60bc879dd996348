"""Model arguments (ARGUMENTS): parsing the text forms ArcGIS and scripts use, and their defaults.

Known arguments (ArcGIS names, see the spec §4.3):

=========================  =================================================================
``padding``                overlap margin on every side of a window, pixels. Default: the EMD's
                           ``ModelPadding`` (then fixed), a Deepness ``tiles_overlap``, else
                           ``tile // 4`` as ArcGIS.
``batch_size``             windows per model call. Default: the EMD's ``BatchSize``, else 4. Not
                           floored to a square: Pixelwise blends windows, it does not build
                           ArcGIS's super-blocks.
``tile_size``              window size; only for models whose ONNX input size is open.
``predict_background``     whether channel 0 may win. Default True, but False when class value 0 is
                           not among two or more classes (ArcGIS).
``test_time_augmentation`` average each window over flips and rotations (8 variants in map space, 2
                           in pixel space). Default False.
``merge_policy``           how augmented predictions merge: ``mean`` (default), ``max`` or ``min``.
=========================  =================================================================
"""

import json
from dataclasses import dataclass

from ..errors import N_, InvalidInput
from ..yes_no import parse_yes_no

ARGUMENT_NAMES = ("padding", "batch_size", "tile_size", "predict_background", "test_time_augmentation",
                  "merge_policy")
MERGE_POLICIES = ("mean", "max", "min")
DEFAULT_BATCH_SIZE = 4
DEFAULT_TILE_SIZE = 256
MAX_BATCH_SIZE = 1024
# Pixels in one batch of windows (batch × height × width): the memory a batch takes grows with it, so a
# model definition cannot make a run allocate more than a few GiB, whatever the raster.
MAX_BATCH_PIXELS = 2 ** 27


@dataclass(frozen=True)
class ModelArguments:
    """Resolved inference settings (pixels)."""

    tile_height: int
    tile_width: int
    padding: int
    batch_size: int
    predict_background: bool = True
    test_time_augmentation: bool = False
    merge_policy: str = "mean"


_KNOWN_ARGUMENTS = N_("Known arguments: {known}")


def _error(problem, fix=_KNOWN_ARGUMENTS, **values):
    """ARGUMENTS' error; ``problem`` and ``fix`` are templates (scripts/i18n.py extracts them here)."""
    return InvalidInput("ARGUMENTS", problem, fix, known=", ".join(ARGUMENT_NAMES), **values)


def parse_arguments(arguments):
    """Name → value text from ARGUMENTS.

    Accepts ``None``/empty, a dict, a JSON object (``{"padding": "64"}``, as ArcGIS REST sends it),
    ``name=value;name=value`` and ArcGIS's value-table text ``name value;name value``. Rows may also be
    separated by new lines. Names are case-insensitive; unknown names raise ``InvalidInput`` naming
    ARGUMENTS.
    """
    if arguments is None:
        return {}
    if isinstance(arguments, dict):
        pairs = [(str(k), "" if v is None else str(v)) for k, v in arguments.items()]
    else:
        text = str(arguments).strip()
        if not text:
            return {}
        if text.startswith("{"):
            try:
                data = json.loads(text)
            except json.JSONDecodeError as err:
                raise _error("is not valid JSON (line {lineno}: {msg})",
                             "Write name=value;name=value or a JSON object",
                             lineno=err.lineno, msg=err.msg) from None
            if not isinstance(data, dict):
                raise _error("JSON arguments must be an object", "Write {{\"padding\": 64}}")
            return parse_arguments(data)
        pairs = []
        for row in text.replace("\n", ";").split(";"):
            row = row.strip()
            if not row:
                continue
            if "=" in row:
                name, value = row.split("=", 1)
            else:
                parts = row.split(None, 1)
                if len(parts) != 2:
                    raise _error("{row!r} has no value", "Write name=value, e.g. padding=64", row=row)
                name, value = parts
            pairs.append((name.strip(), value.strip()))
    out = {}
    for name, value in pairs:
        key = name.strip().lower()
        if key not in ARGUMENT_NAMES:
            raise _error("unknown argument {name!r}", name=name)
        if key in out:
            raise _error("{key} is given twice", "Give each argument once", key=key)
        out[key] = value.strip()
    return out


def _int(raw, name, minimum, maximum=None):
    try:
        number = float(raw)
    except ValueError:
        raise _error("{name} must be a whole number (got {raw!r})", "Write e.g. {name}=64",
                     name=name, raw=raw) from None
    if number != int(number) or number < minimum or (maximum is not None and number > maximum):
        if maximum is None:
            raise _error("{name} must be a whole number, at least {minimum} (got {raw!r})",
                         "Set {name} in range", name=name, minimum=minimum, raw=raw)
        raise _error("{name} must be a whole number, {minimum}…{maximum} (got {raw!r})",
                     "Set {name} in range", name=name, minimum=minimum, maximum=maximum, raw=raw)
    return int(number)


def _bool(raw, name):
    answer = parse_yes_no(raw)
    if answer is not None:
        return answer
    raise _error("{name} must be True or False (got {raw!r})", "Write {name}=True or {name}=False",
                 name=name, raw=raw)


def resolve_arguments(raw, definition, input_height=None, input_width=None):
    """:class:`ModelArguments` from parsed ARGUMENTS (:func:`parse_arguments`), the model definition
    and the ONNX input size (``None`` where the graph leaves it open)."""
    raw = dict(raw)
    tile = raw.pop("tile_size", None)
    fixed = input_height is not None and input_width is not None
    if fixed:
        if tile is not None and _int(tile, "tile_size", 1) not in (input_height, input_width):
            raise _error("tile_size {tile} is not possible: the model's input is fixed at "
                         "{input_height}×{input_width} pixels", "Leave tile_size unset for this model",
                         tile=tile, input_height=input_height, input_width=input_width)
        tile_h, tile_w = input_height, input_width
    elif tile is not None:
        tile_h = tile_w = _int(tile, "tile_size", 16, 8192)
    elif (input_height or definition.tile_height or definition.tile_width) is None \
            or (input_width or definition.tile_width or definition.tile_height) is None:
        # An open input with no size anywhere: guessing one would run, but at a scale the model may
        # never have seen.
        raise _error("the model's input size is open (height and width are free in the ONNX graph) and the "
                     "model definition gives no ImageHeight/ImageWidth", "Give the chip size it was trained "
                     "on, e.g. tile_size={default_tile_size}, or ImageHeight and ImageWidth in the .emd",
                     default_tile_size=DEFAULT_TILE_SIZE)
    else:
        tile_h = input_height or definition.tile_height or definition.tile_width
        tile_w = input_width or definition.tile_width or definition.tile_height
    if definition.model_padding is not None:
        padding = definition.model_padding
        if "padding" in raw and _int(raw["padding"], "padding", 0) != padding:
            raise _error("padding is fixed at {padding} by the model's ModelPadding (got {given})",
                         "Leave padding unset for this model", padding=padding, given=raw['padding'])
    elif "padding" in raw:
        padding = _int(raw["padding"], "padding", 0)
    elif definition.default_padding is not None:
        padding = definition.default_padding
    else:
        padding = min(tile_h, tile_w) // 4
    if 2 * padding >= min(tile_h, tile_w):
        short = min(tile_h, tile_w)
        raise _error("padding {padding} leaves no room in a {tile_h}×{tile_w} window (it must be below half "
                     "the window)", "Use padding below {half}, e.g. {quarter}",
                     padding=padding, tile_h=tile_h, tile_w=tile_w, half=short // 2, quarter=short // 4)
    if "batch_size" in raw:
        batch = _int(raw["batch_size"], "batch_size", 1, MAX_BATCH_SIZE)
    else:
        batch = definition.batch_size or DEFAULT_BATCH_SIZE
    values = [c.value for c in definition.classes]
    default_background = not (values and 0 not in values and len(values) > 1)
    predict_background = (_bool(raw["predict_background"], "predict_background")
                          if "predict_background" in raw else default_background)
    tta = _bool(raw["test_time_augmentation"], "test_time_augmentation") if "test_time_augmentation" in raw \
        else False
    policy = raw.get("merge_policy", "mean").strip().lower()
    if policy not in MERGE_POLICIES:
        raise _error("merge_policy must be one of {merge_policies} (got {merge_policy!r})",
                     "Write merge_policy=mean",
                     merge_policies=', '.join(MERGE_POLICIES), merge_policy=raw['merge_policy'])
    if batch * tile_h * tile_w > MAX_BATCH_PIXELS:
        raise _error("a batch of {batch} windows of {tile_h}×{tile_w} px holds {mpx} million pixels, more "
                     "than {limit} million",
                     "Use a smaller batch_size or tile_size (or ImageHeight/ImageWidth, BatchSize in the "
                     "model definition)", batch=batch, tile_h=tile_h, tile_w=tile_w,
                     mpx=batch * tile_h * tile_w // 10 ** 6, limit=MAX_BATCH_PIXELS // 10 ** 6)
    return ModelArguments(tile_h, tile_w, padding, batch, predict_background, tta, policy)
