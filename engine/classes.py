"""Classes shared by every tool: :class:`ClassInfo` (value, name, colour), default colours, the check
that a class name fits in XML, a label field's raw values turned into class values 1…n (0 is NoData)
with their class list, and the class names a class raster carries in its ``.aux.xml``."""

import os
from dataclasses import dataclass
from typing import Optional, Tuple

from lxml import etree

from .errors import Problem


@dataclass(frozen=True)
class ClassInfo:
    """One output class: ``value`` ≥ 1 (0 is NoData), display ``name`` and optional RGB ``color``."""

    value: int
    name: str
    color: Optional[Tuple[int, int, int]] = None



# Distinct, print-friendly colours for classes whose source carries none (tab20-like).
DEFAULT_PALETTE = (
    (31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
    (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207),
    (174, 199, 232), (255, 187, 120), (152, 223, 138), (255, 152, 150), (197, 176, 213),
    (196, 156, 148), (247, 182, 210), (199, 199, 199), (219, 219, 141), (158, 218, 229),
)


def default_color(index):
    """Colour of the ``index``-th class (0-based) when the labels carry none."""
    return DEFAULT_PALETTE[index % len(DEFAULT_PALETTE)]


def check_class_name(name):
    """Raise ``Problem`` (a ``ValueError``) for a class name XML cannot hold (control characters other
    than tab, newline and carriage return): the PASCAL VOC, .aux.xml and EMD files must stay readable."""
    bad = sorted({c for c in name if (ord(c) < 32 and c not in "\t\n\r") or 0xFFFE <= ord(c) <= 0xFFFF
                  or 0xD800 <= ord(c) <= 0xDFFF})
    if bad:
        raise Problem("class name {name!r} holds the control character(s) {characters}", name=name,
                      characters=", ".join(f"U+{ord(c):04X}" for c in bad))


def _text_sort_key(text):
    # Numeric strings sort as numbers ("2" before "10"), the rest after them alphabetically.
    try:
        return (0, float(text), text)
    except ValueError:
        return (1, 0.0, text)


def classes_from_values(raw_values, is_text, colors=None):
    """Map raw field values to class values.

    ``raw_values``: one value per feature (``None`` for NULL). ``is_text``: the field is a text
    field — its distinct values become classes 1…n (numeric strings in numeric order, then the
    rest alphabetically) named by the text. Otherwise values are integers kept as they are, named
    by their number; 0 means NoData and such features carry class 0 (the caller drops them).
    ``colors`` optionally maps a raw value (or its text) to an RGB tuple.

    Returns ``(class_values, classes)``: a list parallel to ``raw_values`` (``None`` where the raw
    value is NULL) and a tuple of :class:`ClassInfo` sorted by value.
    Raises ``Problem`` (a ``ValueError``) naming the offending value for negative or non-integer
    numbers, and for names with control characters.
    """
    colors = colors or {}
    if is_text:
        names = sorted({str(v) for v in raw_values if v is not None and str(v) != ""}, key=_text_sort_key)
        for name in names:
            check_class_name(name)
        value_of = {name: i + 1 for i, name in enumerate(names)}
        mapped = [value_of.get(str(v)) if v is not None and str(v) != "" else None for v in raw_values]
        classes = tuple(
            ClassInfo(value_of[n], n, colors.get(n) or default_color(i)) for i, n in enumerate(names)
        )
        return mapped, classes

    mapped = []
    for v in raw_values:
        if v is None:
            mapped.append(None)
            continue
        as_float = float(v)
        if not as_float.is_integer():
            raise Problem("class value {value!r} is not a whole number", value=v)
        if as_float < 0:
            raise Problem("class value {value!r} is negative", value=v)
        mapped.append(int(as_float))
    values = sorted({v for v in mapped if v})
    classes = tuple(
        ClassInfo(v, str(v), colors.get(v) or colors.get(str(v)) or default_color(i))
        for i, v in enumerate(values)
    )
    return mapped, classes


# RAT field usages (gdal.h GDALRATFieldUsage) and names that hold class values and class names.
_USAGE_NAME, _USAGE_MINMAX = "2", "5"
_VALUE_FIELDS = ("value",)
_NAME_FIELDS = ("class", "classname", "class_name", "name")


def class_names(raster_path):
    """Value → class name of a class raster: its attribute table's name field, else its category names
    (index = value), from its PAM sidecar (``<raster>.aux.xml``, as Pixelwise, GDAL and QGIS write it).
    GDAL 3.13 keeps an attribute table inside the GeoTIFF instead: that one is read through GDAL."""
    names = _pam_class_names(raster_path)
    names.update(_gdal_table_names(raster_path) or {})
    return names


def _gdal_table_names(raster_path):
    """The attribute table's names through GDAL's API, or None when its Python bindings are missing."""
    try:
        from osgeo import gdal
    except ImportError:
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        try:
            dataset = gdal.OpenEx(str(raster_path), gdal.OF_RASTER | gdal.OF_READONLY)
        except RuntimeError:
            dataset = None
        if dataset is None or dataset.RasterCount < 1:
            return {}
        band = dataset.GetRasterBand(1)
        names = {}
        rat = band.GetDefaultRAT()
        if rat is not None:
            value_index = name_index = None
            for index in range(rat.GetColumnCount()):
                name, usage = (rat.GetNameOfCol(index) or "").lower(), rat.GetUsageOfCol(index)
                if value_index is None and (usage == gdal.GFU_MinMax or name in _VALUE_FIELDS):
                    value_index = index
                if name_index is None and (usage == gdal.GFU_Name or name in _NAME_FIELDS):
                    name_index = index
            if value_index is not None and name_index is not None:
                for row in range(rat.GetRowCount()):
                    try:
                        value = int(float(rat.GetValueAsString(row, value_index)))
                    except ValueError:
                        continue
                    name = rat.GetValueAsString(row, name_index)
                    if name.strip():
                        names[value] = name
        return names
    finally:
        gdal.PopErrorHandler()


def _pam_class_names(raster_path):
    """The names from the PAM sidecar, read as XML."""
    path = str(raster_path) + ".aux.xml"
    if not os.path.isfile(path):
        return {}
    try:
        root = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    except (etree.XMLSyntaxError, OSError):
        return {}
    band = root.find("PAMRasterBand[@band='1']")
    if band is None:
        return {}
    names = {}
    for value, category in enumerate(band.findall("CategoryNames/Category")):
        if (category.text or "").strip():
            names[value] = category.text
    rat = band.find("GDALRasterAttributeTable")
    if rat is not None:
        value_index = name_index = None
        for field in rat.findall("FieldDefn"):
            index = int(field.get("index", -1))
            name, usage = (field.findtext("Name") or "").lower(), field.findtext("Usage") or ""
            if value_index is None and (usage == _USAGE_MINMAX or name in _VALUE_FIELDS):
                value_index = index
            if name_index is None and (usage == _USAGE_NAME or name in _NAME_FIELDS):
                name_index = index
        if value_index is not None and name_index is not None:
            for row in rat.findall("Row"):
                cells = [f.text or "" for f in row.findall("F")]
                try:
                    value = int(float(cells[value_index]))
                except (IndexError, ValueError):
                    continue
                if name_index < len(cells) and cells[name_index].strip():
                    names[value] = cells[name_index]
    return names
