"""From model channels to class values, the output's pixel type and NoData, and the class table
(colour table + PAM ``.aux.xml`` with category names and a raster attribute table).

Channel → value rule (spec §4.4, "class-index convention"):

* the model outputs exactly as many channels as the definition has classes: channel ``i`` is
  ``Classes[i].Value`` (EMD order);
* it outputs one more: channel 0 is the background (value 0, "Background") and channel ``i`` is
  ``Classes[i - 1].Value`` — Esri's convention, where the channel index is the value whenever the
  values are 1…n;
* a single-channel (sigmoid) model is read as two channels, [1 - p, p];
* without classes in the definition channel ``i`` is value ``i``, named ``Class i``.

``predict_background`` False (and EMD ``ignore_mapped_class``) exclude channels from the argmax.

NoData of the classified raster: 0 when no class can take the value 0 (Esri's "0 = NoData"), else
the largest value of the smallest unsigned type (255, then 65535) that no class uses; with negative
class values, the smallest value of the smallest signed type. The pixel type is the smallest one
holding every class value and NoData (uint8, uint16, uint32; int8, int16, int32).
"""

import os
from dataclasses import dataclass
from typing import Tuple

import numpy as np
from lxml import etree

from ..classes import ClassInfo, default_color
from ..errors import InvalidInput

BACKGROUND_NAME = "Background"
CONFIDENCE_NODATA = -1.0
# Category names are a list indexed by pixel value: written only while that list stays short.
MAX_CATEGORY_NAMES = 1024

# GDAL RAT field types and usages (gdal.h GDALRATFieldType / GDALRATFieldUsage).
_GFT_INTEGER, _GFT_STRING = 0, 2
_GFU_PIXEL_COUNT, _GFU_NAME, _GFU_MINMAX = 1, 2, 5
_GFU_RED, _GFU_GREEN, _GFU_BLUE = 6, 7, 8


@dataclass(frozen=True)
class ClassMapping:
    """``channel_values[i]`` is written where channel ``i`` wins; ``excluded`` channels never win;
    ``classes`` are the values that can be written (sorted by value); ``nodata``/``dtype`` of the
    classified raster."""

    channel_values: Tuple[int, ...]
    excluded: Tuple[int, ...]
    classes: Tuple[ClassInfo, ...]
    nodata: int
    dtype: str


def class_mapping(classes, channels, predict_background=True, ignore_channels=()):
    """The :class:`ClassMapping` for a model with ``channels`` output channels (1 = sigmoid) and the
    definition's ``classes`` (see the module docstring)."""
    effective = 2 if channels == 1 else channels
    n = len(classes)
    if n == 0:
        infos = [ClassInfo(i, f"Class {i}", default_color(i)) for i in range(effective)]
    elif effective == n:
        infos = list(classes)
    elif effective == n + 1:
        if any(c.value == 0 for c in classes):
            raise InvalidInput("IN_MODEL_DEFINITION", "the model outputs {channels} channels for {n} "
                               "classes, so channel 0 would be the background (value 0), but a class already "
                               "has value 0", "List one class per output channel in Classes",
                               channels=channels, n=n)
        infos = [ClassInfo(0, BACKGROUND_NAME, (0, 0, 0))] + list(classes)
    else:
        raise InvalidInput("IN_MODEL_DEFINITION", "the model outputs {channels} class channels but the "
                           "definition lists {n} classes", "List one class per output channel in Classes "
                           "(or one fewer when channel 0 is the background)", channels=channels, n=n)
    excluded = set(int(c) for c in ignore_channels if 0 <= int(c) < effective)
    if not predict_background:
        excluded.add(0)
    if len(excluded) >= effective:
        raise InvalidInput("ARGUMENTS", "every output channel is excluded (predict_background=False and "
                           "ignore_mapped_class)", "Set predict_background=True")
    values = [infos[i].value for i in range(effective) if i not in excluded]
    nodata, dtype = nodata_and_dtype(values)
    possible = sorted((infos[i] for i in range(effective) if i not in excluded), key=lambda c: c.value)
    return ClassMapping(tuple(c.value for c in infos), tuple(sorted(excluded)), tuple(possible), nodata,
                        dtype)


def nodata_and_dtype(values):
    """(NoData value, numpy dtype name) for a classified raster holding ``values``."""
    values = set(int(v) for v in values)
    if min(values) >= 0:
        if 0 not in values:
            nodata = 0
        else:
            nodata = next(c for c in (255, 65535, 2 ** 32 - 1) if max(values) < c)
        top = max(max(values), nodata)
        dtype = next(t for t in ("uint8", "uint16", "uint32") if top <= np.iinfo(t).max)
        return nodata, dtype
    for t in ("int8", "int16", "int32"):
        info = np.iinfo(t)
        if info.min < min(values) and max(values) <= info.max:
            return int(info.min), t
    raise InvalidInput("IN_MODEL_DEFINITION", "class values do not fit in 32-bit integers",
                       "Use smaller class values")


def _short_table(mapping):
    """True when the class values suit lists indexed by value (colour table, category names)."""
    values = [c.value for c in mapping.classes]
    return min(values) >= 0 and max(values) < MAX_CATEGORY_NAMES


def _rgba(mapping):
    return {c.value: tuple(c.color or default_color(i))[:3] + (255,) for i, c in enumerate(mapping.classes)}


def tiff_colormap(mapping):
    """Value → RGBA table to embed in the GeoTIFF, only for class values too large for the PAM table
    (see :func:`write_class_table`); ``None`` otherwise."""
    if _short_table(mapping) or mapping.dtype not in ("uint8", "uint16"):
        return None
    table = _rgba(mapping)
    table[mapping.nodata] = (0, 0, 0, 0)
    return table


def _sub(parent, tag, text=None, **attrib):
    el = etree.SubElement(parent, tag, {k: str(v) for k, v in attrib.items()})
    if text is not None:
        el.text = str(text)
    return el


def write_class_table(raster_path, mapping, counts):
    """Write (or merge into) the PAM sidecar ``<raster>.aux.xml``: band 1 gets a palette colour table
    with one entry per value from 0 to the largest class value (values that are no class are
    transparent), GDAL category names (index = value) and a thematic raster attribute table with the
    fields Value, Count, Class, Red, Green, Blue — Esri's RAT fields (spec §4.5) plus the pixel count.
    ``counts`` maps value → pixels. Returns the sidecar's path.

    The colour table lives in the sidecar rather than in the TIFF because a TIFF palette always has
    256 (or 65536) entries, which QGIS 3.22 lists one by one in the legend; with the sidecar QGIS
    opens the raster with a paletted renderer showing exactly the classes, labelled by their names.
    Class values of 1024 and more get the colours embedded in the TIFF instead (:func:`tiff_colormap`)
    and no category names."""
    path = raster_path + ".aux.xml"
    if os.path.exists(path):
        root = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    else:
        root = etree.Element("PAMDataset")
    band = root.find("PAMRasterBand[@band='1']")
    if band is None:
        band = _sub(root, "PAMRasterBand", band=1)
    for tag in ("ColorInterp", "ColorTable", "CategoryNames", "GDALRasterAttributeTable"):
        for old in band.findall(tag):
            band.remove(old)
    classes = mapping.classes
    if _short_table(mapping):
        top = max(c.value for c in classes)
        rgba = _rgba(mapping)
        _sub(band, "ColorInterp", "Palette")
        table = _sub(band, "ColorTable")
        for value in range(top + 1):
            r, g, b, a = rgba.get(value, (0, 0, 0, 0))
            _sub(table, "Entry", c1=r, c2=g, c3=b, c4=a)
        names = _sub(band, "CategoryNames")
        by_value = {c.value: c.name for c in classes}
        for value in range(top + 1):
            _sub(names, "Category", by_value.get(value, ""))
    rat = _sub(band, "GDALRasterAttributeTable", tableType="thematic")
    fields = (("Value", _GFT_INTEGER, _GFU_MINMAX), ("Count", _GFT_INTEGER, _GFU_PIXEL_COUNT),
              ("Class", _GFT_STRING, _GFU_NAME), ("Red", _GFT_INTEGER, _GFU_RED),
              ("Green", _GFT_INTEGER, _GFU_GREEN), ("Blue", _GFT_INTEGER, _GFU_BLUE))
    for i, (name, kind, usage) in enumerate(fields):
        field = _sub(rat, "FieldDefn", index=i)
        _sub(field, "Name", name)
        _sub(field, "Type", kind)
        _sub(field, "Usage", usage)
    for row_index, (i, c) in enumerate(enumerate(classes)):
        color = c.color or default_color(i)
        row = _sub(rat, "Row", index=row_index)
        for value in (c.value, int(counts.get(c.value, 0)), c.name, color[0], color[1], color[2]):
            _sub(row, "F", value)
    # Python writes the bytes: lxml 6 writing to a path on a full disk leaves an empty file and no error.
    data = etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=True)
    with open(path, "wb") as stream:
        stream.write(data)
    return path
