"""Read the ``metadata_props`` of an ONNX file straight from the protobuf wire format.

The engine must not need the ``onnx`` package, and building an ONNX Runtime session only to read a
few strings would load the whole model; the top level of ``ModelProto`` is simple enough to walk:
field 7 is the graph (skipped by its length), field 14 the repeated ``StringStringEntryProto``
(key = field 1, value = field 2).
"""

import mmap

_GRAPH_FIELD = 7
_METADATA_FIELD = 14


class NotOnnx(ValueError):
    """The bytes are not a serialised ONNX ModelProto."""


def _varint(buf, pos):
    result = shift = 0
    while True:
        if pos >= len(buf):
            raise NotOnnx("truncated varint")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise NotOnnx("varint too long")


def _fields(buf, start, end):
    """Yield ``(field number, wire type, value or (start, end) of a length-delimited field)``."""
    pos = start
    while pos < end:
        key, pos = _varint(buf, pos)
        field, wire = key >> 3, key & 7
        if field == 0:
            raise NotOnnx("field number 0")
        if wire == 0:
            value, pos = _varint(buf, pos)
        elif wire == 1:
            value, pos = None, pos + 8
        elif wire == 2:
            length, pos = _varint(buf, pos)
            value, pos = (pos, pos + length), pos + length
        elif wire == 5:
            value, pos = None, pos + 4
        else:
            raise NotOnnx(f"unsupported wire type {wire}")
        if pos > end:
            raise NotOnnx("field runs past the end")
        yield field, wire, value


def _text(buf, span):
    try:
        return bytes(buf[span[0]:span[1]]).decode("utf-8")
    except UnicodeDecodeError:
        raise NotOnnx("metadata text is not UTF-8") from None


def read_metadata_props(path):
    """``metadata_props`` of the ONNX file at ``path`` as a dict of strings.

    Raises :class:`NotOnnx` when the file is not an ONNX model (no graph, or bytes that are not
    protobuf), ``OSError`` when it cannot be read.
    """
    with open(path, "rb") as f:
        size = f.seek(0, 2)
        if size == 0:
            raise NotOnnx("the file is empty")
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
            props, has_graph = {}, False
            for field, wire, value in _fields(buf, 0, size):
                if field == _GRAPH_FIELD and wire == 2:
                    has_graph = True
                elif field == _METADATA_FIELD and wire == 2:
                    key = val = ""
                    for sub, sub_wire, sub_value in _fields(buf, *value):
                        if sub_wire == 2 and sub == 1:
                            key = _text(buf, sub_value)
                        elif sub_wire == 2 and sub == 2:
                            val = _text(buf, sub_value)
                    props[key] = val
            if not has_graph:
                raise NotOnnx("no graph")
            return props
