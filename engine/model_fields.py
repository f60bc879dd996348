"""Model definitions come from strangers: the one place that reads their JSON and checks their fields.

Every dialect Pixelwise reads (an Esri ``.emd``, the EMD inside a ``.dlpk``, the ``metadata_props`` of an
ONNX model in Deepness's style) goes through these readers before anything runs, and so will what the
ArcGIS-model conversion and Detect Objects read. A bad value ends in one :class:`InvalidInput` naming
``IN_MODEL_DEFINITION``, the field, its value and the fix — never another exception, never a value
quietly changed:

* JSON is parsed with a size and a nesting limit, and ``NaN``/``Infinity``/``-Infinity`` (which Python's
  ``json`` accepts) are refused, as are numbers too large for a float (``1e999``);
* numbers are finite; sizes, batch sizes, padding and class values are whole numbers within the range
  the run and the output raster can hold; colours are three or four whole numbers from 0 to 255;
  yes/no fields are JSON booleans (or the texts true/false).
"""

import json
import math

from .errors import InvalidInput
from .yes_no import parse_yes_no

PARAMETER = "IN_MODEL_DEFINITION"
# Limits on a model definition's JSON: a real EMD is a few kilobytes and a handful of levels deep.
MAX_JSON_CHARACTERS = 16 * 1024 ** 2
MAX_JSON_DEPTH = 32
# Class values: the classified raster is at most 32-bit unsigned, and one value is left for NoData.
MAX_CLASS_VALUE = 2 ** 32 - 2
# Window sizes and padding in pixels, and batch sizes: generous for real models, small enough that
# nothing downstream allocates the impossible.
MAX_TILE_SIZE = 16384
MAX_BATCH = 1024


def _shown(value):
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _refuse_constant(name):
    raise ValueError(name)


def _depth(value):
    """Nesting depth of a parsed JSON value (without recursion: the value may be deep)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                return depth
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return deepest


def parse_json(text, what):
    """The JSON value in ``text`` (``what`` names it in errors), within the size and depth limits and
    without NaN or infinities. Raises :class:`InvalidInput`."""
    if len(text) > MAX_JSON_CHARACTERS:
        raise InvalidInput(PARAMETER, "{what} holds {size} characters of JSON, more than a model definition "
                           "needs ({limit})", "Check that this is the model definition and not another file",
                           what=what, size=len(text), limit=MAX_JSON_CHARACTERS)
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as err:
        raise InvalidInput(PARAMETER, "{what} is not valid JSON (line {lineno}, column {colno}: "
                           "{msg})", "Fix the JSON; a model definition is one JSON object",
                           what=what, lineno=err.lineno, colno=err.colno, msg=err.msg) from None
    except ValueError as err:  # NaN, Infinity, -Infinity
        raise InvalidInput(PARAMETER, "{what} holds {constant}, which is not a number JSON allows",
                           "Replace it with a number, or leave the field out where a value may be missing",
                           what=what, constant=str(err)) from None
    except RecursionError:
        raise InvalidInput(PARAMETER, "{what} is nested too deeply", "A model definition is nested a few "
                           "levels deep; check the file", what=what) from None
    return check_depth(value, what)


def check_depth(value, what):
    """``value`` (parsed JSON, or a Python literal from ONNX metadata), refused when nested deeper than
    :data:`MAX_JSON_DEPTH`."""
    if _depth(value) > MAX_JSON_DEPTH:
        raise InvalidInput(PARAMETER, "{what} is nested more than {limit} levels deep", "A model definition "
                           "is nested a few levels deep; check the file", what=what, limit=MAX_JSON_DEPTH)
    return value


def number(value, key):
    """``value`` as a finite float; ``key`` names the field."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InvalidInput(PARAMETER, "{key} must be a number (got {value})", "Set {key} to a number",
                           key=key, value=_shown(value))
    try:
        result = float(value)
    except (ValueError, OverflowError):
        raise InvalidInput(PARAMETER, "{key} must be a number (got {value})",
                           "Replace the placeholder in {key} with a number", key=key,
                           value=_shown(value)) from None
    if not math.isfinite(result):
        raise InvalidInput(PARAMETER, "{key} must be a finite number (got {value})",
                           "Set {key} to a finite number", key=key, value=_shown(value))
    return result


def whole_number(value, key, minimum, maximum):
    """``value`` as an int from ``minimum`` to ``maximum``; ``key`` names the field."""
    result = number(value, key)
    if result != int(result) or not minimum <= result <= maximum:
        raise InvalidInput(PARAMETER, "{key} must be a whole number from {minimum} to {maximum} (got "
                           "{value})", "Fix {key} in the model definition", key=key, minimum=minimum,
                           maximum=maximum, value=_shown(value))
    return int(result)


def class_value(value, key):
    """A class value: a whole number the classified raster holds exactly (0 … 2³² − 2)."""
    result = number(value, key)
    if result != int(result) or not 0 <= result <= MAX_CLASS_VALUE:
        raise InvalidInput(PARAMETER, "{key} {value} is not a class value Pixelwise can write",
                           "Class values are whole numbers from 0 to {maximum}; renumber the classes",
                           key=key,
                           value=_shown(value), maximum=MAX_CLASS_VALUE)
    return int(result)


def color(value, key):
    """An RGB tuple from ``[r, g, b]`` or ``[r, g, b, a]`` (whole numbers 0–255), or None for a missing
    colour and Esri's "none", ``[-1, -1, -1]``."""
    if value is None or (isinstance(value, (list, tuple)) and list(value)[:3] == [-1, -1, -1]):
        return None
    if not isinstance(value, (list, tuple)) or len(value) not in (3, 4):
        raise InvalidInput(PARAMETER, "{key} must be [red, green, blue] (got {value})",
                           "Give three whole numbers from 0 to 255, e.g. [255, 0, 0]", key=key,
                           value=_shown(value))
    return tuple(whole_number(c, key, 0, 255) for c in value[:3])


def yes_no(value, key):
    """A JSON boolean (or the text true/false, yes/no, 1/0) as a bool."""
    answer = parse_yes_no(value)
    if answer is not None:
        return answer
    raise InvalidInput(PARAMETER, "{key} must be true or false (got {value})",
                       "Write {key} as true or false", key=key, value=_shown(value))


def text(value, key):
    """A string field: a JSON string (numbers are taken as their text); anything else is refused."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    raise InvalidInput(PARAMETER, "{key} must be text (got {value})", "Write {key} as a JSON string",
                       key=key, value=_shown(value))
