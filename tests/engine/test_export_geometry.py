"""Where chips and labels land with the export's geometry options, checked against independent oracles.

ROTATION_ANGLE, the COCO and YOLO label formats, IN_RASTER2, REFERENCE_SYSTEM,
MIN_POLYGON_OVERLAP_RATIO and PROCESSING_MODE. Oracles: numpy (np.rot90, a hand-written bilinear
interpolation and nearest lookup through the written chips' own geotransforms), OGR/GEOS
intersections, GDAL's rasterizer on the chip's (rotated) geotransform, rasterio windows of the
sources and of rasters the tests write themselves. Never the engine's own helpers.
"""

import json
import math
import os
import warnings
from functools import partial

import export_checks
import numpy as np
import pytest
import rasterio
from export_checks import assert_same_boxes, map_rows, ogr_box, pascal_boxes, rasterize_labels, read_json
from osgeo import gdal, ogr
from rasterio.errors import NotGeoreferencedWarning
from rasterio.transform import Affine
from rasterio.windows import Window

from pixelwise.engine.errors import InvalidInput
from pixelwise.engine.export import (
    ClassInfo,
    ExportConfig,
    LabelFeature,
    RasterLabels,
    VectorLabels,
    export_training_data,
)

gdal.UseExceptions()
ogr.UseExceptions()


run = partial(export_checks.run, tile=64, stride=64)


def origins(size, tile, stride):
    """Chip offsets along one axis: every ``stride``, the last one shifted back onto the edge."""
    n = 1 if size <= tile else math.ceil((size - tile) / stride) + 1
    return [min(i * stride, max(size - tile, 0)) for i in range(n)]


def grid_cells(width, height, tile=64, stride=64):
    """{position: (col_off, row_off)} of the chip grid, numbered row by row from 0."""
    cols, rows = origins(width, tile, stride), origins(height, tile, stride)
    return {r * len(cols) + c: (col, row) for r, row in enumerate(rows) for c, col in enumerate(cols)}


def map_coords(geometry, fn):
    """A GeoJSON mapping with every (x, y) replaced by ``fn(x, y)``."""
    def walk(c):
        if isinstance(c[0], (int, float)):
            return list(fn(c[0], c[1]))
        return [walk(part) for part in c]
    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def ogr_geometry(geometry):
    return ogr.CreateGeometryFromJson(json.dumps(geometry))


def boxes_in_chip(labels, transform, width, height):
    """(value, (l, t, r, b)) of every label ∩ chip, in the chip's pixels: each polygon is carried into
    chip pixels through the inverse of the chip's own (possibly rotated) geotransform, then clipped
    to the chip rectangle by OGR/GEOS."""
    inverse = ~transform
    rect = ogr_box(0, 0, width, height)
    boxes = []
    for f in labels.features:
        inter = ogr_geometry(map_coords(f.geometry, lambda x, y: inverse * (x, y))).Intersection(rect)
        if inter is None or inter.IsEmpty() or inter.GetArea() == 0:
            continue
        minx, maxx, miny, maxy = inter.GetEnvelope()
        boxes.append((f.class_value, (minx, miny, maxx, maxy)))
    return sorted(boxes)


def source_coords(chip_transform, width, height, src_transform):
    """Fractional (col, row) in the source of every chip pixel centre, through both geotransforms."""
    cc, rr = np.meshgrid(np.arange(width) + 0.5, np.arange(height) + 0.5)
    t, inv = chip_transform, ~src_transform
    x, y = t.a * cc + t.b * rr + t.c, t.d * cc + t.e * rr + t.f
    return inv.a * x + inv.b * y + inv.c, inv.d * x + inv.e * y + inv.f


def bilinear(data, u, v):
    """Bilinear interpolation of (bands, H, W) at fractional (col, row) u, v; NaN where the 2 × 2
    neighbourhood leaves the raster."""
    _, h, w = data.shape
    x, y = u - 0.5, v - 0.5
    i, j = np.floor(x).astype(int), np.floor(y).astype(int)
    fx, fy = x - i, y - j
    full = (i >= 0) & (j >= 0) & (i + 1 < w) & (j + 1 < h)
    i, j = np.clip(i, 0, w - 2), np.clip(j, 0, h - 2)
    d = data.astype(np.float64)
    out = (d[:, j, i] * (1 - fx) * (1 - fy) + d[:, j, i + 1] * fx * (1 - fy)
           + d[:, j + 1, i] * (1 - fx) * fy + d[:, j + 1, i + 1] * fx * fy)
    out[:, ~full] = np.nan
    return out


def near_pixel_edge(u, v, eps=1e-6):
    """Pixel centres that fall on a source pixel edge, where nearest-neighbour lookup is a tie."""
    return (np.abs(u - np.round(u)) < eps) | (np.abs(v - np.round(v)) < eps)


def angle_of(transform):
    """Counter-clockwise turn of a chip's column axis on the map, in degrees 0…360."""
    return math.degrees(math.atan2(transform.d, transform.a)) % 360.0


def same_angle(a, b):
    return abs((a - b + 180.0) % 360.0 - 180.0) < 1e-6


def write_raster(path, data, **profile):
    """A GeoTIFF of ``data`` (bands, h, w); without ``transform``/``crs`` it has no georeference."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(path, "w", driver="GTiff", width=data.shape[2], height=data.shape[1],
                           count=data.shape[0], dtype=data.dtype, **profile) as dst:
            dst.write(data)
    return str(path)


def crop(src_path, path, col0, row0, width, height, bands=None, step=1):
    """Write a crop of a real raster with its georeference (every ``step``-th pixel when > 1)."""
    with rasterio.open(src_path) as src:
        data = src.read(bands, window=Window(col0, row0, width, height))
        transform = src.window_transform(Window(col0, row0, width, height)) * Affine.scale(step)
        crs, nodata = src.crs, src.nodata
    data = data[:, ::step, ::step] if data.ndim == 3 else data[None, ::step, ::step]
    return write_raster(path, data, transform=transform, crs=crs, nodata=nodata)


def assert_refused(tmp_path, parameter, **kw):
    out = tmp_path / "refused"
    kw.setdefault("stride_x", kw.get("tile_size_x", 128))
    kw.setdefault("stride_y", kw.get("tile_size_y", 128))
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(InvalidInput) as err:
        export_training_data(ExportConfig(out_folder=str(out), **kw))
    assert err.value.parameter == parameter and str(err.value).startswith(f"{parameter}: ")
    assert sorted(os.listdir(tmp_path)) == before       # no output folder, no staging folder left
    return str(err.value)


# --- ROTATION_ANGLE ---------------------------------------------------------------------------------

def test_quarter_turns_are_numbered_by_copy_and_turn_the_picture_clockwise(tmp_path, nb):
    out = tmp_path / "out"
    result = run(nb["tile1"], out, metadata_format="Export_Tiles", rotation_angle=90, start_index=10)
    with rasterio.open(nb["tile1"]) as src:
        cells = grid_cells(src.width, src.height)
        res = src.res[0]
    span = len(cells)                                    # 5 × 6 cells, 4 copies each
    assert span == 30
    chips = {r.index: r for r in result.chips}
    assert set(chips) == {10 + k * span + i for k in range(4) for i in cells}
    assert read_json(out / "esri_accumulated_stats.json")["NextTileIndex"] == 10 + 4 * span
    for i in cells:
        with rasterio.open(out / chips[10 + i].image_path) as chip:
            upright, t0 = chip.read(), chip.transform
        centre = t0 * (32, 32)
        for k in range(1, 4):
            rec = chips[10 + k * span + i]
            with rasterio.open(out / rec.image_path) as chip:
                # The footprint turns counter-clockwise on the map about the chip centre …
                assert same_angle(angle_of(chip.transform), 90 * k)
                assert chip.transform * (32, 32) == pytest.approx(centre, abs=1e-6)
                assert math.hypot(chip.transform.a, chip.transform.d) == pytest.approx(res)
                # … so the picture inside turns clockwise; 90° steps sample exact pixel centres.
                np.testing.assert_array_equal(chip.read(), np.rot90(upright, -k, axes=(1, 2)))
            assert rec.bounds == pytest.approx(chips[10 + i].bounds, abs=1e-6)   # a square turned 90°


def test_rotated_chips_resample_real_pixels_and_carry_a_rotated_georeference(tmp_path, landsat):
    # 100° → ceil(3.6) = 4 copies (0°, 100°, 200°, 300°). Odd tiles put the chip centre on a pixel centre.
    out = tmp_path / "out"
    result = run(landsat["clear"], out, metadata_format="Export_Tiles", rotation_angle=100,
                 tile_size_x=63, tile_size_y=63, stride_x=63, stride_y=63)
    with rasterio.open(landsat["clear"]) as src:
        source, nodata, src_t, crs = src.read(), src.nodata, src.transform, src.crs
        b = src.bounds
    span = len(grid_cells(250, 250, 63, 63))
    assert span == 16 and nodata == -9999
    assert read_json(out / "esri_accumulated_stats.json")["NextTileIndex"] == 4 * span
    inside_chips = edge_chips = 0
    for rec in result.chips:
        k = rec.index // span
        path = out / rec.image_path
        with rasterio.open(path) as chip:
            pixels, t, chip_nodata = chip.read(), chip.transform, chip.nodata
            assert chip.crs == crs and chip.dtypes[0] == "int16"
        assert chip_nodata == nodata
        assert same_angle(angle_of(t), 100 * k)
        # World file with the rotation terms: A, D, B, E, then the centre of the upper-left pixel.
        world = [float(v) for v in path.with_suffix(".tfw").read_text().split()]
        assert world[:4] == pytest.approx([t.a, t.d, t.b, t.e], abs=1e-9)
        assert world[4:] == pytest.approx(list(t * (0.5, 0.5)), abs=1e-6)
        if k:
            assert abs(t.b) > 1 and abs(t.d) > 1
        u, v = source_coords(t, 63, 63, src_t)
        # NoData exactly where the pixel's nearest source pixel lies outside the raster.
        outside = (u < 0) | (u >= 250) | (v < 0) | (v >= 250)
        is_nodata = np.all(pixels == nodata, axis=0)
        sure = ~near_pixel_edge(u, v)
        np.testing.assert_array_equal(is_nodata[sure], outside[sure])
        # Bilinear from the real pixels around the chip (GDAL rounds to the nearest integer).
        expected = bilinear(source, u, v)
        full = ~np.isnan(expected[0])
        assert np.abs(pixels[:, full] - expected[:, full]).max() <= 0.5 + 1e-6
        # The centre pixel is the source pixel at the same map point.
        cu, cv = int(math.floor(u[31, 31])), int(math.floor(v[31, 31]))
        np.testing.assert_array_equal(pixels[:, 31, 31], source[:, cv, cu])
        corners = [t * (x, y) for x in (0, 63) for y in (0, 63)]
        if all(b.left <= x <= b.right and b.bottom <= y <= b.top for x, y in corners):
            inside_chips += k > 0
            assert not is_nodata.any()
            assert all((pixels[:, r, c] != nodata).all() for r in (0, 62) for c in (0, 62))
            assert full.mean() > 0.9
        else:
            edge_chips += 1
            assert is_nodata.any()
    assert inside_chips >= 4 and edge_chips >= 4


def test_quarter_turn_boxes_are_the_upright_boxes_turned(tmp_path, nb):
    out = tmp_path / "out"
    result = run(nb["tile1"], out, nb["labels"], rotation_angle=90)
    span = 30
    chips = {r.index: r for r in result.chips}
    checked = 0
    for i in range(span):
        if i not in chips:
            continue
        upright = pascal_boxes(out / chips[i].label_path)
        for k in range(1, 4):
            turned = upright
            for _ in range(k):    # a clockwise quarter turn of the picture: (x, y) → (64 − y, x)
                turned = sorted((v, (64 - bottom, left, 64 - top, right))
                                for v, (left, top, right, bottom) in turned)
            got = pascal_boxes(out / chips[i + k * span].label_path)
            assert_same_boxes(got, turned, tol=0.011)
            assert chips[i + k * span].feature_count == len(upright)
            checked += len(got)
    assert checked > 60


def test_rotated_boxes_cover_the_same_objects(tmp_path, nb):
    out = tmp_path / "out"
    result = run(nb["tile1"], out, nb["labels"], rotation_angle=135)   # ceil(2.67) = 3 copies
    assert read_json(out / "esri_accumulated_stats.json")["NextTileIndex"] == 3 * 30
    checked = 0
    for rec in result.chips:
        with rasterio.open(out / rec.image_path) as chip:
            t = chip.transform
        expected = boxes_in_chip(nb["labels"], t, 64, 64)
        got = pascal_boxes(out / rec.label_path)
        assert_same_boxes(got, expected)
        assert rec.feature_count == len(got) > 0
        checked += len(got) if rec.index >= 30 else 0
    assert checked > 100
    # A known object: the largest polygon lying within 16 m (32 px) of a chip centre, so that every
    # turned copy of that chip holds all of it. Its vertices, carried into each copy's pixels through
    # the copy's own inverse geotransform, span the box PASCAL must hold.
    with rasterio.open(nb["tile1"]) as src:
        t = src.transform
    near = []
    for index, (col, row) in grid_cells(280, 341).items():
        cx, cy = t * (col + 32, row + 32)
        for f in nb["labels"].features:
            e = ogr_geometry(f.geometry).GetEnvelope()
            if max(math.hypot(x - cx, y - cy) for x in e[:2] for y in e[2:]) < 16:
                near.append((ogr_geometry(f.geometry).GetArea(), index, f))
    _, index, known = max(near, key=lambda n: n[0])
    by_index = {r.index: r for r in result.chips}
    for k in range(3):
        rec = by_index[index + k * 30]
        with rasterio.open(out / rec.image_path) as chip:
            inverse = ~chip.transform
        in_chip = ogr_geometry(map_coords(known.geometry, lambda x, y, inv=inverse: inv * (x, y)))
        minx, maxx, miny, maxy = in_chip.Intersection(ogr_box(0, 0, 64, 64)).GetEnvelope()
        assert (minx, maxx, miny, maxy) == pytest.approx(in_chip.GetEnvelope(), abs=1e-9)
        box = tuple(round(c, 2) for c in (minx, miny, maxx, maxy))
        assert (known.class_value, box) in [(v, tuple(round(c, 2) for c in b))
                                            for v, b in pascal_boxes(out / rec.label_path)]


def test_rotated_classified_tiles_equal_gdal_rasterisation_on_the_chip_transform(tmp_path, nb):
    out = tmp_path / "out"
    result = run(nb["tile1"], out, nb["labels"], metadata_format="Classified_Tiles", rotation_angle=120)
    with rasterio.open(nb["tile1"]) as src:
        src_t, crs_wkt = src.transform, src.crs.to_wkt()
    rotated = 0
    for rec in result.chips:
        with rasterio.open(out / rec.label_path) as lab, rasterio.open(out / rec.image_path) as img:
            assert lab.transform == img.transform
            classes, t = lab.read(1), lab.transform
        expected = rasterize_labels(nb["labels"], t, 64, 64, crs_wkt)   # GDAL on the chip's own grid
        u, v = source_coords(t, 64, 64, src_t)
        outside = (u < 0) | (u >= 280) | (v < 0) | (v >= 341)
        expected[outside] = 0                        # no label past the raster's edge
        sure = ~near_pixel_edge(u, v)
        np.testing.assert_array_equal(classes[sure], expected[sure])
        rotated += rec.index >= 30 and (classes > 0).any()
    assert rotated > 20


def test_rotated_class_raster_labels_are_nearest_neighbour(tmp_path, landsat):
    out = tmp_path / "out"
    result = run(landsat["clear"], out, RasterLabels(landsat["class_raster"]),
                 metadata_format="Classified_Tiles", rotation_angle=120)
    with rasterio.open(landsat["class_raster"]) as truth:
        classes, src_t = truth.read(1), truth.transform
    checked = 0
    for rec in result.chips:
        with rasterio.open(out / rec.label_path) as lab:
            got, t = lab.read(1), lab.transform
        u, v = source_coords(t, 64, 64, src_t)
        cols, rows = np.floor(u).astype(int), np.floor(v).astype(int)
        inside = (cols >= 0) & (cols < 250) & (rows >= 0) & (rows < 250)
        expected = np.where(inside, classes[rows.clip(0, 249), cols.clip(0, 249)], 0)
        sure = ~near_pixel_edge(u, v)
        np.testing.assert_array_equal(got[sure], expected[sure])
        checked += rec.index >= 16 and (got > 0).any()
    assert checked > 5


# --- COCO and YOLO ----------------------------------------------------------------------------------

def _outer_rings_in_chip(labels, transform, width, height):
    """(value, outline, area) of every label ∩ chip in chip pixels, by OGR/GEOS: ``outline`` is the
    feature's outer rings (holes filled) clipped to the chip, ``area`` the clipped area with holes."""
    inverse = ~transform
    rect = ogr_box(0, 0, width, height)
    out = []
    for f in labels.features:
        geometry = map_coords(f.geometry, lambda x, y: inverse * (x, y))
        area = ogr_geometry(geometry).Intersection(rect).GetArea()
        if area == 0:
            continue
        polygons = (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
                    else [geometry["coordinates"]])
        filled = ogr_geometry({"type": "MultiPolygon", "coordinates": [[p[0]] for p in polygons]})
        out.append((f.class_value, filled.Intersection(rect), area))
    return out


def _segmentation_geometry(rings):
    polygons = [[[(r[i], r[i + 1]) for i in range(0, len(r), 2)] + [(r[0], r[1])]] for r in rings]
    return ogr_geometry({"type": "MultiPolygon", "coordinates": polygons}).Buffer(0)


def _perimeter(rings):
    return sum(float(np.hypot(*np.diff(np.reshape(r + r[:2], (-1, 2)), axis=0).T).sum()) for r in rings)


def test_coco_annotations_follow_the_coco_schema_and_match_pascal(tmp_path, nb):
    coco = run(nb["tile1"], tmp_path / "coco", nb["labels"], metadata_format="COCO", image_chip_format="PNG")
    pascal = run(nb["tile1"], tmp_path / "pascal", nb["labels"], image_chip_format="PNG")
    doc = read_json(tmp_path / "coco" / "annotations.json")
    assert {"images", "annotations", "categories"} <= set(doc)
    assert [(c["id"], c["name"]) for c in doc["categories"]] == [(1, "1"), (2, "2"), (3, "3"), (4, "4"),
                                                                 (5, "255")]
    images = {im["id"]: im for im in doc["images"]}
    assert len(images) == len(doc["images"]) == coco.chip_count > 0
    assert sorted(images) == sorted(r.index for r in coco.chips)
    for rec in coco.chips:
        im = images[rec.index]
        assert set(im) >= {"id", "file_name", "width", "height"}
        assert im["file_name"] == f"images/{rec.name}.png" == rec.image_path
        with rasterio.open(tmp_path / "coco" / im["file_name"]) as chip:
            assert (im["width"], im["height"]) == (chip.width, chip.height) == (64, 64)
    ann_ids = [a["id"] for a in doc["annotations"]]
    assert len(set(ann_ids)) == len(ann_ids) > 50
    category_ids = {c["id"] for c in doc["categories"]}
    by_image = {}
    for a in doc["annotations"]:
        assert set(a) >= {"id", "image_id", "category_id", "segmentation", "area", "bbox", "iscrowd"}
        assert isinstance(a["id"], int) and isinstance(a["image_id"], int) and a["iscrowd"] == 0
        assert a["image_id"] in images and a["category_id"] in category_ids
        im = images[a["image_id"]]
        seg = a["segmentation"]
        assert isinstance(seg, list) and seg and all(len(r) >= 6 and len(r) % 2 == 0 for r in seg)
        xs = [x for r in seg for x in r[0::2]]
        ys = [y for r in seg for y in r[1::2]]
        assert 0 <= min(xs) and max(xs) <= im["width"] and 0 <= min(ys) and max(ys) <= im["height"]
        x, y, w, h = a["bbox"]
        assert [x, y, x + w, y + h] == pytest.approx([min(xs), min(ys), max(xs), max(ys)], abs=0.011)
        assert w > 0 and h > 0 and a["area"] > 0
        by_image.setdefault(a["image_id"], []).append(a)
    pascal_by_index = {r.index: r for r in pascal.chips}
    assert sorted(pascal_by_index) == sorted(images)
    for rec in coco.chips:
        anns = by_image.get(rec.index, [])
        boxes = pascal_boxes(tmp_path / "pascal" / pascal_by_index[rec.index].label_path)
        assert len(anns) == len(boxes) == rec.feature_count
        assert_same_boxes([(a["category_id"], (a["bbox"][0], a["bbox"][1], a["bbox"][0] + a["bbox"][2],
                                               a["bbox"][1] + a["bbox"][3])) for a in anns], boxes, tol=0.02)
        # Each segmentation is the feature's outline clipped by GEOS (up to the 2-decimal rounding),
        # and its area the GEOS area of feature ∩ chip in pixels.
        with rasterio.open(tmp_path / "coco" / rec.image_path) as chip:
            expected = _outer_rings_in_chip(nb["labels"], chip.transform, 64, 64)
        assert len(expected) == len(anns)
        for a in anns:
            seg = _segmentation_geometry(a["segmentation"])
            tol = 0.01 * _perimeter(a["segmentation"])
            match = [e for e in expected if e[0] == a["category_id"] and abs(e[2] - a["area"]) <= 0.011
                     and seg.SymDifference(e[1]).GetArea() <= tol]
            assert match, f"annotation {a['id']} matches no feature of chip {rec.name}"
            expected.remove(match[0])


def _data_yaml(path):
    """data.yaml read line by line (no YAML library): scalars, and the names list in JSON form."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, value = line.split(":", 1)
        out[key.strip()] = json.loads(value) if key.strip() == "names" else value.strip()
    return out


def test_yolo_boxes_denormalise_to_the_pascal_boxes(tmp_path, nb):
    settings = dict(rotation_angle=0, tile_size_x=96, tile_size_y=64, stride_x=64, stride_y=48)
    yolo = run(nb["tile1"], tmp_path / "yolo", nb["labels"], metadata_format="YOLO", **settings)
    pascal = run(nb["tile1"], tmp_path / "pascal", nb["labels"], **settings)
    data = _data_yaml(tmp_path / "yolo" / "data.yaml")
    assert set(data) == {"path", "train", "val", "nc", "names"}
    assert int(data["nc"]) == len(data["names"]) == 5
    classes = read_json(tmp_path / "yolo" / "esri_model_definition.emd")["Classes"]
    value_of = {c["Name"]: c["Value"] for c in classes}
    assert [value_of[n] for n in data["names"]] == sorted(value_of.values())   # ids follow the class values
    assert [r.index for r in yolo.chips] == [r.index for r in pascal.chips]
    checked = 0
    for y_rec, p_rec in zip(yolo.chips, pascal.chips, strict=True):
        assert y_rec.label_path == f"labels/{y_rec.name}.txt"
        boxes = []
        for line in (tmp_path / "yolo" / y_rec.label_path).read_text().splitlines():
            cls, *coords = line.split()
            assert all(len(c.split(".")[1]) == 6 for c in coords)
            cx, cy, w, h = (float(c) for c in coords)
            assert 0 <= cx - w / 2 + 1e-6 and cx + w / 2 <= 1 + 1e-6
            boxes.append((value_of[data["names"][int(cls)]],
                          ((cx - w / 2) * 96, (cy - h / 2) * 64, (cx + w / 2) * 96, (cy + h / 2) * 64)))
        expected = pascal_boxes(tmp_path / "pascal" / p_rec.label_path)
        assert_same_boxes(sorted(boxes), expected, tol=0.006 + 1e-6 * 96)
        checked += len(boxes)
    assert checked > 50


# --- IN_RASTER2 -------------------------------------------------------------------------------------

def _window_of(src_transform, chip):
    col = (chip.transform.c - src_transform.c) / src_transform.a
    row = (chip.transform.f - src_transform.f) / src_transform.e
    assert col == pytest.approx(round(col), abs=1e-6) and row == pytest.approx(round(row), abs=1e-6)
    return Window(round(col), round(row), chip.width, chip.height)


@pytest.mark.parametrize("metadata_format", ["Export_Tiles", "Classified_Tiles", "CycleGAN"])
def test_second_raster_chips_are_the_same_window_of_the_second_scene(tmp_path, landsat, metadata_format):
    out = tmp_path / "out"
    labels = landsat["labels"] if metadata_format == "Classified_Tiles" else None
    result = run(landsat["clear"], out, labels, metadata_format=metadata_format, in_raster2=landsat["cloudy"])
    assert result.chip_count > 4
    rows = map_rows(out)
    assert len(rows) == result.chip_count
    with rasterio.open(landsat["cloudy"]) as second:
        cloudy, t2, crs2 = second.read(), second.transform, second.crs
    pixels2 = []
    for row, rec in zip(rows, result.chips, strict=True):
        assert row[:2] == [f"images\\{rec.name}.tif", f"images2\\{rec.name}.tif"]
        assert len(row) == (3 if metadata_format == "Classified_Tiles" else 2)
        if len(row) == 3:
            assert row[2] == f"labels\\{rec.name}.tif"
        second_path = out / "images2" / f"{rec.name}.tif"
        with rasterio.open(out / rec.image_path) as img, rasterio.open(second_path) as im2:
            assert (im2.width, im2.height, im2.count) == (img.width, img.height, 8)
            assert im2.transform == img.transform and im2.crs == img.crs == crs2
            w = _window_of(t2, im2)
            data = im2.read()
            np.testing.assert_array_equal(data, cloudy[:, w.row_off:w.row_off + w.height,
                                                       w.col_off:w.col_off + w.width])
        pixels2.append(data.reshape(8, -1).astype(np.float64))
    pixels2 = np.concatenate(pixels2, axis=1)
    stats = read_json(out / "esri_accumulated_stats.json")
    emd = read_json(out / "esri_model_definition.emd")
    props2 = stats["InputRastersProps2"]
    assert props2["RasterCount"] == 1 and len(props2["BandNames"]) == 8
    assert list(stats).index("InputRastersProps2") == list(stats).index("InputRastersProps") + 1
    for b in range(8):
        assert stats["BandStatsState2"][b]["Num"] == pixels2.shape[1]
        assert stats["BandStatsState2"][b]["M1"] == pytest.approx(pixels2[b].mean(), rel=1e-9)
        assert emd["AllTilesStats2"][b]["Mean"] == pytest.approx(pixels2[b].mean(), rel=1e-9)
        assert emd["AllTilesStats2"][b]["Max"] == pixels2[b].max()
    assert "InputRastersProps2" in emd


def test_second_raster_on_another_grid_is_resampled_onto_the_first(tmp_path, landsat):
    # The cloudy scene cropped 20 px in from the west and 30 px from the north: another grid origin.
    second = crop(landsat["cloudy"], tmp_path / "cloudy_crop.tif", 20, 30, 200, 190)
    result = run(landsat["clear"], tmp_path / "out", metadata_format="Export_Tiles", in_raster2=second)
    with rasterio.open(landsat["cloudy"]) as src:
        cloudy, t = src.read(), src.transform
    inside_crop = np.zeros((250, 250), dtype=bool)
    inside_crop[30:220, 20:220] = True
    for rec in result.chips:
        with rasterio.open(tmp_path / "out" / "images2" / f"{rec.name}.tif") as im2:
            w = _window_of(t, im2)
            got = im2.read()
        ys, xs = slice(w.row_off, w.row_off + 64), slice(w.col_off, w.col_off + 64)
        mask = inside_crop[ys, xs]
        np.testing.assert_array_equal(got[:, mask], cloudy[:, ys, xs][:, mask])
        assert (got[:, ~mask] == 0).all()


@pytest.mark.parametrize("metadata_format", ["PASCAL_VOC_rectangles", "KITTI_rectangles", "COCO", "YOLO",
                                             "RCNN_Masks", "Labeled_Tiles"])
def test_second_raster_is_refused_by_formats_without_images2(tmp_path, landsat, metadata_format):
    assert_refused(tmp_path, "IN_RASTER2", in_raster=landsat["clear"], in_class_data=landsat["labels"],
                   metadata_format=metadata_format, in_raster2=landsat["cloudy"], tile_size_x=64,
                   tile_size_y=64)


# --- REFERENCE_SYSTEM -------------------------------------------------------------------------------

@pytest.fixture
def bare_raster(tmp_path, nb):
    """A 200 × 150 crop of the aerial photo written with no CRS and no geotransform."""
    with rasterio.open(nb["tile1"]) as src:
        data = src.read(window=Window(0, 0, 200, 150))
    path = write_raster(tmp_path / "bare.tif", data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(path) as check:
            assert check.crs is None and check.transform.is_identity
    return path, data


def test_pixel_space_export_of_a_raster_without_georeference(tmp_path, bare_raster):
    path, data = bare_raster
    out = tmp_path / "out"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        result = run(path, out, metadata_format="Export_Tiles", reference_system="PIXEL_SPACE")
        cells = grid_cells(200, 150)
        assert sorted(r.index for r in result.chips) == sorted(cells)
        for rec in result.chips:
            col, row = cells[rec.index]
            with rasterio.open(out / rec.image_path) as chip:
                assert chip.crs is None and chip.transform.is_identity
                np.testing.assert_array_equal(chip.read(), data[:, row:row + 64, col:col + 64])
    assert not list(out.glob("images/*.tfw")) and not list(out.glob("images/*.aux.xml"))
    assert read_json(out / "esri_model_definition.emd")["ImageSpaceUsed"] == "PIXEL_SPACE"


def test_pixel_space_labels_use_qgis_coordinates_of_an_ungeoreferenced_raster(tmp_path, bare_raster):
    path, _ = bare_raster
    # QGIS shows such a raster with x = column and y = −row; the polygon is drawn in those coordinates.
    ring = [(70.25, 10.5), (120.75, 20.0), (110.0, 55.5), (75.5, 50.25), (70.25, 10.5)]
    polygon = {"type": "Polygon", "coordinates": [[(col, -row) for col, row in ring]]}
    labels = VectorLabels((LabelFeature(polygon, 3),), (ClassInfo(3, "roof"),), None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        result = run(path, tmp_path / "out", labels, reference_system="PIXEL_SPACE")
    assert [r.index for r in result.chips] == [1]          # cell (row 0, column 1): columns 64…128
    assert pascal_boxes(tmp_path / "out" / result.chips[0].label_path) == [(3, (6.25, 10.5, 56.75, 55.5))]


def test_map_space_is_refused_for_a_raster_without_crs(tmp_path, bare_raster):
    path, _ = bare_raster
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        message = assert_refused(tmp_path, "REFERENCE_SYSTEM", in_raster=path, metadata_format="Export_Tiles",
                                 reference_system="MAP_SPACE", tile_size_x=64, tile_size_y=64)
    assert "PIXEL_SPACE" in message


def test_pixel_space_on_a_georeferenced_raster_keeps_the_labels_and_drops_the_georeference(tmp_path, nb):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        pixel = run(nb["tile1"], tmp_path / "pixel", nb["labels"], reference_system="PIXEL_SPACE")
    mapped = run(nb["tile1"], tmp_path / "map", nb["labels"])
    assert [r.index for r in pixel.chips] == [r.index for r in mapped.chips]
    for p, m in zip(pixel.chips, mapped.chips, strict=True):
        assert (pascal_boxes(tmp_path / "pixel" / p.label_path)
                == pascal_boxes(tmp_path / "map" / m.label_path))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NotGeoreferencedWarning)
            with rasterio.open(tmp_path / "pixel" / p.image_path) as a, \
                    rasterio.open(tmp_path / "map" / m.image_path) as b:
                assert a.crs is None and b.crs is not None
                np.testing.assert_array_equal(a.read(), b.read())
    assert not list((tmp_path / "pixel").glob("images/*.tfw"))


# --- MIN_POLYGON_OVERLAP_RATIO ----------------------------------------------------------------------

def test_min_polygon_overlap_ratio_keeps_features_mostly_inside_the_chip(tmp_path, nb):
    ratio = 0.5
    strict = run(nb["tile1"], tmp_path / "half", nb["labels"], min_polygon_overlap_ratio=ratio)
    loose = run(nb["tile1"], tmp_path / "all", nb["labels"])
    with rasterio.open(nb["tile1"]) as src:
        t = src.transform
    geometries = [(f.class_value, ogr_geometry(f.geometry)) for f in nb["labels"].features]
    expected_chips, dropped = set(), 0
    for index, (col, row) in grid_cells(280, 341).items():
        x0, y1 = t * (col, row)
        x1, y0 = t * (col + 64, row + 64)
        footprint = ogr_box(x0, y0, x1, y1)
        kept = []
        for value, g in geometries:
            inside = g.Intersection(footprint).GetArea()
            if inside == 0:
                continue
            share = inside / g.GetArea()
            assert abs(share - ratio) > 1e-6                  # no tie at the threshold
            if share >= ratio:
                kept.append(value)
            else:
                dropped += 1
        if kept:
            expected_chips.add(index)
            rec = next(r for r in strict.chips if r.index == index)
            got = pascal_boxes(tmp_path / "half" / rec.label_path)
            assert sorted(v for v, _ in got) == sorted(kept)
            assert rec.feature_count == len(kept)
    assert {r.index for r in strict.chips} == expected_chips
    assert dropped > 10
    assert sum(r.feature_count for r in strict.chips) + dropped == sum(r.feature_count for r in loose.chips)


@pytest.mark.parametrize("ratio", [1.5, -0.1])
def test_min_polygon_overlap_ratio_outside_0_1_is_refused(tmp_path, nb, ratio):
    assert_refused(tmp_path, "MIN_POLYGON_OVERLAP_RATIO", in_raster=nb["tile1"], in_class_data=nb["labels"],
                   min_polygon_overlap_ratio=ratio)


# --- PROCESSING_MODE --------------------------------------------------------------------------------

def test_items_processed_separately_continue_the_numbering(tmp_path, nb):
    out = tmp_path / "out"
    result = run((nb["tile1"], nb["tile2"]), out, metadata_format="Export_Tiles", start_index=5,
                 processing_mode="PROCESS_ITEMS_SEPARATELY")
    start = 5
    checked = 0
    for raster in (nb["tile1"], nb["tile2"]):
        with rasterio.open(raster) as src:
            data, t, crs = src.read(), src.transform, src.crs
            cells = grid_cells(src.width, src.height)
        chips = {r.index - start: r for r in result.chips if start <= r.index < start + len(cells)}
        assert set(chips) == set(cells)
        for i, rec in chips.items():
            col, row = cells[i]
            with rasterio.open(out / rec.image_path) as chip:
                assert chip.transform == t * Affine.translation(col, row) and chip.crs == crs
                np.testing.assert_array_equal(chip.read(), data[:, row:row + 64, col:col + 64])
            checked += 1
        start += len(cells)
    assert checked == result.chip_count
    stats = read_json(out / "esri_accumulated_stats.json")
    assert stats["NextTileIndex"] == start and stats["InputRastersProps"]["RasterCount"] == 2


def test_mosaic_of_two_halves_equals_the_whole_raster_with_the_later_on_top(tmp_path, nb):
    with rasterio.open(nb["tile1"]) as src:
        whole, t = src.read(), src.transform
    left = crop(nb["tile1"], tmp_path / "left.tif", 0, 0, 160, 341)
    right_path = crop(nb["tile1"], tmp_path / "right.tif", 120, 0, 160, 341)
    # Make the right half differ where the halves overlap, so "later on top" can be seen.
    with rasterio.open(right_path, "r+") as right:
        changed = right.read()
        changed[:, :, :40] = 255 - changed[:, :, :40]
        right.write(changed)
    expected = whole.copy()
    expected[:, :, 120:] = changed
    result = run((left, right_path), tmp_path / "out", metadata_format="Export_Tiles")
    cells = grid_cells(280, 341)
    assert sorted(r.index for r in result.chips) == sorted(cells)
    for rec in result.chips:
        col, row = cells[rec.index]
        with rasterio.open(tmp_path / "out" / rec.image_path) as chip:
            assert chip.transform == t * Affine.translation(col, row)
            np.testing.assert_array_equal(chip.read(), expected[:, row:row + 64, col:col + 64])
    stats = read_json(tmp_path / "out" / "esri_accumulated_stats.json")
    assert stats["InputRastersProps"]["RasterCount"] == 2


def test_mosaic_takes_the_finest_cell_size(tmp_path, nb):
    with rasterio.open(nb["tile1"]) as src:
        whole, t = src.read(), src.transform
    coarse = crop(nb["tile1"], tmp_path / "coarse.tif", 160, 0, 120, 340, step=2)   # 1 m cells
    fine = crop(nb["tile1"], tmp_path / "fine.tif", 0, 0, 160, 341)                 # 0.5 m cells
    result = run((coarse, fine), tmp_path / "out", metadata_format="Export_Tiles")
    cells = grid_cells(280, 341)
    assert sorted(r.index for r in result.chips) == sorted(cells)
    fine_only = 0
    for rec in result.chips:
        col, row = cells[rec.index]
        with rasterio.open(tmp_path / "out" / rec.image_path) as chip:
            assert chip.res == pytest.approx((0.5, 0.5))
            assert chip.transform == t * Affine.translation(col, row)
            if col + 64 <= 160:
                np.testing.assert_array_equal(chip.read(), whole[:, row:row + 64, col:col + 64])
                fine_only += 1
    assert fine_only == 12


@pytest.mark.parametrize("mode", ["PROCESS_AS_MOSAICKED_IMAGE", "PROCESS_ITEMS_SEPARATELY"])
def test_rasters_with_other_band_counts_are_refused(tmp_path, nb, mode):
    one_band = crop(nb["tile1"], tmp_path / "one_band.tif", 0, 0, 140, 341, bands=1)
    message = assert_refused(tmp_path, "IN_RASTER", in_raster=(nb["tile1"], one_band),
                             metadata_format="Export_Tiles", processing_mode=mode)
    assert "one_band.tif" in message and "band" in message.replace("one_band", "")
