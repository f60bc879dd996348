"""Shared pieces of the export content tests (test_export_content, test_export_formats,
test_export_geometry): running the export, reading what it wrote (map.txt, JSON, PASCAL VOC boxes),
comparing boxes, and GDAL's rasterizer over an OGR Memory layer as the independent oracle."""

import json
import os

import pytest
from lxml import etree
from osgeo import gdal, ogr, osr

from pixelwise.engine.export import ExportConfig, export_training_data


def run(raster, out, labels=None, tile=128, stride=64, **kw):
    """Export ``raster`` (and ``labels``) to ``out``; chips ``tile`` × ``tile`` every ``stride`` pixels
    unless ``kw`` names tile_size_x/_y or stride_x/_y itself."""
    kw.setdefault("tile_size_x", tile)
    kw.setdefault("tile_size_y", tile)
    kw.setdefault("stride_x", stride)
    kw.setdefault("stride_y", stride)
    return export_training_data(ExportConfig(raster, str(out), labels, **kw))


def map_rows(out):
    """The rows of ``out``/map.txt, each split on whitespace."""
    with open(os.path.join(out, "map.txt"), encoding="utf-8") as f:
        return [line.split() for line in f if line.strip()]


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def pascal_boxes(path):
    """Sorted (class value, (xmin, ymin, xmax, ymax)) of a PASCAL VOC label file."""
    root = etree.parse(str(path)).getroot()
    return sorted((int(o.findtext("name")), tuple(float(o.find("bndbox").findtext(k))
                                                  for k in ("xmin", "ymin", "xmax", "ymax")))
                  for o in root.iter("object"))


def assert_same_boxes(got, expected, tol=0.006, in_order=False):
    """The same (class, box) pairs, boxes within ``tol`` pixels: in any order, or with ``in_order``
    pair by pair in the order given (both lists sorted by the caller)."""
    if in_order:
        assert [v for v, _ in got] == [v for v, _ in expected]
        for (_, g), (_, e) in zip(got, expected, strict=False):
            assert g == pytest.approx(e, abs=tol)
        return
    assert sorted(v for v, _ in got) == sorted(v for v, _ in expected)
    left = list(got)
    for value, box in expected:
        hit = next((k for k, (v, g) in enumerate(left)
                    if v == value and all(abs(a - b) <= tol for a, b in zip(g, box, strict=True))), None)
        assert hit is not None, f"no class {value} box near {box} in {got}"
        left.pop(hit)


def ogr_box(x0, y0, x1, y1):
    """The rectangle with corners (x0, y0) and (x1, y1) as an OGR polygon."""
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def memory_layer(geometries, values, crs_wkt, geom_type=ogr.wkbUnknown, name="g"):
    """(datasource, layer): an OGR Memory layer in ``crs_wkt`` holding ``geometries`` (OGR geometries)
    with an integer field "v" set from ``values``. Keep the datasource referenced while the layer is
    used."""
    ds = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = ds.CreateLayer(name, osr.SpatialReference(crs_wkt), geom_type)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    for g, v in zip(geometries, values, strict=True):
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetGeometry(g)
        feat.SetField("v", int(v))
        layer.CreateFeature(feat)
    return ds, layer


def label_layer(labels):
    """(datasource, layer) of a :class:`VectorLabels`' features in their order, field "v" = class
    value, in the labels' CRS."""
    return memory_layer([ogr.CreateGeometryFromJson(json.dumps(f.geometry)) for f in labels.features],
                        [f.class_value for f in labels.features], labels.crs, ogr.wkbMultiPolygon, "labels")


def rasterize(layer, transform, width, height, crs_wkt, data_type=gdal.GDT_Byte):
    """GDAL's rasterizer: the features of ``layer`` burnt in order (later ones win) with their "v" on a
    ``width`` × ``height`` MEM raster with the (rasterio) ``transform`` in ``crs_wkt``; 0 elsewhere."""
    mem = gdal.GetDriverByName("MEM").Create("", width, height, 1, data_type)
    mem.SetGeoTransform(transform.to_gdal())
    mem.SetProjection(crs_wkt)
    gdal.RasterizeLayer(mem, [1], layer, options=["ATTRIBUTE=v"])
    return mem.ReadAsArray()


def rasterize_labels(labels, transform, width, height, crs_wkt):
    """:func:`rasterize` of a :class:`VectorLabels` (its :func:`label_layer`) onto a Byte grid."""
    _ds, layer = label_layer(labels)          # the datasource stays referenced while GDAL burns
    return rasterize(layer, transform, width, height, crs_wkt)
