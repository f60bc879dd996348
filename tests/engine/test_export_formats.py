"""Content of the per-feature, instance and multi-label formats, checked against independent oracles.

RCNN_Masks, Labeled_Tiles, Imagenet, MultiLabeled_Tiles and Panoptic_Segmentation on real rasters and
labels. Oracles: GDAL's rasterizer (``gdal.RasterizeLayer``) burning each polygon, read with OGR, on
the chip's own grid; OGR/GEOS intersections with the chip footprint for which features and classes a
chip holds and for boxes; rasterio windows of the source for pixels. The engine's helpers are never
used to compute an expectation.
"""

import json
import math
import os

import numpy as np
import pytest
import rasterio
from export_checks import map_rows, memory_layer, ogr_box, rasterize, read_json, run
from lxml import etree
from osgeo import gdal, ogr
from rasterio.transform import Affine
from rasterio.windows import Window

from pixelwise.engine.errors import InvalidInput
from pixelwise.engine.export import (
    ClassInfo,
    LabelFeature,
    RasterLabels,
    VectorLabels,
)

gdal.UseExceptions()
ogr.UseExceptions()


# --- helpers -------------------------------------------------------------------------------------
def assert_mode(out, fmt):
    assert read_json(out / "esri_accumulated_stats.json")["MetaDataMode"] == fmt
    assert read_json(out / "esri_model_definition.emd")["MetaDataMode"] == fmt


def win(path):
    """A relative path as map.txt writes it (Windows separators)."""
    return path.replace("/", "\\")


def grid_cells(width, height, tile, stride):
    """(index, col_off, row_off) of every cell of an ArcGIS chip grid, the last row/column shifted
    inwards so that it ends at the raster's edge; numbered row by row."""
    def offsets(size):
        n = math.ceil((size - tile) / stride) + 1
        return [min(k * stride, size - tile) for k in range(n)]

    cols, rows = offsets(width), offsets(height)
    return [(r * len(cols) + c, col, row) for r, row in enumerate(rows) for c, col in enumerate(cols)]


def ogr_geometries(labels):
    return [ogr.CreateGeometryFromJson(json.dumps(f.geometry)) for f in labels.features]


def footprint(transform, width, height):
    """The map rectangle of a pixel grid as an OGR polygon."""
    x0, y0 = transform.c, transform.f
    return ogr_box(x0, y0, x0 + width * transform.a, y0 + height * transform.e)


def overlapping(geoms, rect):
    """Positions (layer order) of the geometries that overlap ``rect`` with positive area."""
    out = []
    for i, g in enumerate(geoms):
        inter = g.Intersection(rect)
        if inter is not None and not inter.IsEmpty() and inter.GetArea() > 0:
            out.append(i)
    return out


def burn(geoms, transform, width, height, wkt, values=None):
    """GDAL's rasterizer: ``geoms`` (in the CRS ``wkt``) burnt in order, later ones winning, on a pixel
    grid of that CRS; 0 elsewhere."""
    _ds, layer = memory_layer(geoms, values or [1] * len(geoms), wkt)
    return rasterize(layer, transform, width, height, wkt, gdal.GDT_UInt16)


def expected_instances(labels, geoms, src, col, row, width, height):
    """Instance masks of one chip computed with OGR + GDAL: ``{class value: (ids, [(id, pixels,
    visible)])}`` for every class whose ids are not all 0. Features overlapping the chip with positive
    area are numbered 1…k per class in layer order; ``pixels`` are a feature's own burnt pixels and
    ``visible`` those left once later features of its class are burnt over it."""
    window = Window(col, row, width, height)
    transform = src.window_transform(window)
    valid = src.dataset_mask(window=window) > 0
    by_class = {}
    for i in overlapping(geoms, footprint(transform, width, height)):
        by_class.setdefault(labels.features[i].class_value, []).append(i)
    out = {}
    for value, members in by_class.items():
        pixels = [(burn([geoms[i]], transform, width, height, src.crs.to_wkt()) > 0) & valid for i in members]
        ids = np.zeros((height, width), dtype=np.int64)
        for k, px in enumerate(pixels, 1):
            ids[px] = k
        parts = []
        for k, px in enumerate(pixels, 1):
            later = np.zeros_like(px)
            for other in pixels[k:]:
                later |= other
            parts.append((k, px, px & ~later))
        if ids.any():
            out[value] = (ids, parts)
    return out


def check_instance_masks(out, top, stem, expected, folder_of, image_path):
    """Each mask file of a chip equals the oracle; returns how many features lost pixels to later ones."""
    covered = 0
    with rasterio.open(out / image_path) as img:
        for value, (ids, parts) in expected.items():
            path = out / top / folder_of[value] / f"{stem}.tif"
            with rasterio.open(path) as mask:
                assert mask.count == 1 and mask.dtypes[0] == "uint8"
                assert mask.transform == img.transform and mask.crs == img.crs
                assert (mask.width, mask.height) == (img.width, img.height)
                got = mask.read(1)
            np.testing.assert_array_equal(got, ids)
            for k, px, visible in parts:
                # One id per building: its pixels are exactly the building's rasterised pixels,
                # less those of later, overlapping buildings of the class.
                np.testing.assert_array_equal(got == k, visible)
                covered += int((px & ~visible).any())
            seen = sorted(int(v) for v in np.unique(got) if v)
            assert seen == [k for k, _px, visible in parts if visible.any()]   # distinct ids
    return covered


# --- RCNN_Masks -----------------------------------------------------------------------------------
# nb classes renamed to names that are not valid folder names everywhere, and the folders expected.
NB_NAMES = {1: "forest/trees", 2: "water", 3: "road: paved", 4: "building", 5: "other?"}
NB_FOLDERS = {1: "forest_trees", 2: "water", 3: "road__paved", 4: "building", 5: "other_"}


def _renamed(labels, names):
    classes = tuple(ClassInfo(c.value, names[c.value], c.color) for c in labels.classes)
    return VectorLabels(labels.features, classes, labels.crs)


@pytest.mark.parametrize("dataset", ["sn7", "nb"])
def test_rcnn_masks_hold_one_instance_id_per_building(tmp_path, sn7, nb, dataset):
    if dataset == "sn7":     # 42 real SpaceNet building footprints, one class, on a nodata-0 mosaic
        raster, labels, tile = sn7["raster"], sn7["labels_3857"], 64
        folders = {c.value: c.name for c in labels.classes}
    else:                    # real land cover, five classes, overlapping road polygons
        raster, labels, tile = nb["tile1"], _renamed(nb["labels"], NB_NAMES), 128
        folders = NB_FOLDERS
    out = tmp_path / "out"
    result = run(raster, out, labels, metadata_format="RCNN_Masks", tile_size_x=tile, tile_size_y=tile,
                 stride_x=tile // 2, stride_y=tile // 2)
    geoms = ogr_geometries(labels)
    rows = {row[0]: row for row in map_rows(out)}
    records = {rec.index: rec for rec in result.chips}
    instances = covered = 0
    with rasterio.open(raster) as src:
        cells = grid_cells(src.width, src.height, tile, tile // 2)
        expected = {index: expected_instances(labels, geoms, src, col, row, tile, tile)
                    for index, col, row in cells}
        # Only chips with at least one instance are written.
        assert set(records) == {index for index, masks in expected.items() if masks}
        for index, rec in records.items():
            masks = expected[index]
            stem = rec.name
            assert rec.image_path == f"images/{stem}.tif"
            mask_paths = [f"labels/{folders[v]}/{stem}.tif" for v in sorted(masks)]
            assert rec.label_path == mask_paths[0]
            assert rows[win(rec.image_path)] == [win(rec.image_path)] + [win(p) for p in mask_paths]
            covered += check_instance_masks(out, "labels", stem, masks, folders, rec.image_path)
            instances += sum(len(parts) for _ids, parts in masks.values())
    assert instances > len(records)          # chips hold several buildings
    if dataset == "nb":
        assert covered > 0                   # overlapping polygons of one class were exercised
        assert set(os.listdir(out / "labels")) <= set(NB_FOLDERS.values())
        assert {"forest_trees", "road__paved"} <= set(os.listdir(out / "labels"))
    raw = (out / "map.txt").read_text(encoding="utf-8").splitlines()
    assert all(line.endswith(".tif ") and "/" not in line for line in raw)
    assert_mode(out, "RCNN_Masks")


def test_rcnn_masks_switch_to_uint16_above_255_instances(tmp_path, nb):
    """324 one-metre squares (2 × 2 pixels) on the real aerial image, all in one chip."""
    with rasterio.open(nb["tile1"]) as src:
        left, top = src.transform.c, src.transform.f
        res = src.transform.a
    squares, where = [], []
    for j in range(18):
        for i in range(18):
            c, r = 33 + 3 * i, 33 + 3 * j
            x0, y0 = left + c * res, top - r * res
            ring = [(x0, y0), (x0 + 2 * res, y0), (x0 + 2 * res, y0 - 2 * res), (x0, y0 - 2 * res), (x0, y0)]
            squares.append(LabelFeature({"type": "Polygon", "coordinates": [ring]}, 1))
            where.append((c - 32, r - 32))          # the chip starts at pixel (32, 32)
    labels = VectorLabels(tuple(squares), (ClassInfo(1, "building"),), nb["labels"].crs)
    extent = (left + 32 * res, top - 96 * res, left + 96 * res, top - 32 * res)
    out = tmp_path / "out"
    result = run(nb["tile1"], out, labels, metadata_format="RCNN_Masks", extent=extent,
                 tile_size_x=64, tile_size_y=64, stride_x=64, stride_y=64)
    assert result.chip_count == 1
    with rasterio.open(out / "labels" / "building" / f"{result.chips[0].name}.tif") as mask:
        assert mask.dtypes[0] == "uint16"
        ids = mask.read(1)
    expected = np.zeros((64, 64), dtype=np.uint16)
    for k, (c, r) in enumerate(where, 1):
        expected[r:r + 2, c:c + 2] = k
    np.testing.assert_array_equal(ids, expected)
    assert ids.max() == 324


# --- Labeled_Tiles and Imagenet -------------------------------------------------------------------
def _view(src, cols, rows):
    """An extent of whole source pixels (cols and rows are (first, end)) and the view's origin."""
    res = src.transform.a
    left, top = src.transform.c, src.transform.f
    extent = (left + cols[0] * res, top - rows[1] * res, left + cols[1] * res, top - rows[0] * res)
    return extent, (left + cols[0] * res, top - rows[0] * res)


def _expected_feature_chips(geoms, origin, res, view_size, crop_mode, tile):
    """{feature position: ((col_off, row_off, width, height) in view pixels, pixel box)} of the chips
    expected, from OGR envelopes: one per feature whose bounding box overlaps the view, unless the chip
    lies wholly off the view (no data) or misses the feature (a bent road whose box centre is off it)."""
    vx0, vy0 = origin
    out = {}
    for i, g in enumerate(geoms):
        minx, maxx, miny, maxy = g.GetEnvelope()
        bx0, bx1 = (minx - vx0) / res, (maxx - vx0) / res
        by0, by1 = (vy0 - maxy) / res, (vy0 - miny) / res
        if bx1 <= 0 or by1 <= 0 or bx0 >= view_size[0] or by0 >= view_size[1]:
            continue
        if crop_mode == "BOUNDING_BOX":
            c0, r0 = math.floor(bx0), math.floor(by0)
            box = (c0, r0, math.ceil(bx1) - c0, math.ceil(by1) - r0)
        else:
            box = (math.floor((bx0 + bx1) / 2 - tile / 2 + 0.5), math.floor((by0 + by1) / 2 - tile / 2 + 0.5),
                   tile, tile)
        c, r, w, h = box
        if c + w <= 0 or r + h <= 0 or c >= view_size[0] or r >= view_size[1]:
            continue
        rect = footprint(Affine(res, 0, vx0 + c * res, 0, -res, vy0 - r * res), w, h)
        if not overlapping([g], rect):
            continue
        out[i] = (box, (bx0, by0, bx1, by1))
    return out


def _source_pixels(src, view_window, chip_box):
    """Source pixels of a chip placed at ``chip_box`` in the view; pixels off the view hold 0."""
    vc, vr, vw, vh = view_window
    c, r, w, h = chip_box
    data = np.zeros((src.count, h, w), dtype=src.dtypes[0])
    c0, r0, c1, r1 = max(c, 0), max(r, 0), min(c + w, vw), min(r + h, vh)
    if c1 > c0 and r1 > r0:
        data[:, r0 - r:r1 - r, c0 - c:c1 - c] = src.read(window=Window(vc + c0, vr + r0, c1 - c0, r1 - r0))
    return data


def _pixel_box(geom, transform, width, height):
    """Box of (feature ∩ chip footprint) in chip pixels, by OGR/GEOS."""
    inter = geom.Intersection(footprint(transform, width, height))
    minx, maxx, miny, maxy = inter.GetEnvelope()
    t = transform
    return ((minx - t.c) / t.a, (maxy - t.f) / t.e, (maxx - t.c) / t.a, (miny - t.f) / t.e)


VIEW_COLS, VIEW_ROWS = (40, 240), (60, 300)
START = 7


@pytest.mark.parametrize("crop_mode, blacken", [("FIXED_SIZE", False), ("FIXED_SIZE", True),
                                                ("BOUNDING_BOX", False), ("BOUNDING_BOX", True)])
def test_labeled_tiles_are_centred_on_their_feature_and_blackened_outside_it(tmp_path, nb, crop_mode,
                                                                               blacken):
    labels = nb["labels"]
    geoms = ogr_geometries(labels)
    out = tmp_path / "out"
    with rasterio.open(nb["tile1"]) as src:
        res = src.transform.a
        extent, origin = _view(src, VIEW_COLS, VIEW_ROWS)
        view_window = (VIEW_COLS[0], VIEW_ROWS[0], VIEW_COLS[1] - VIEW_COLS[0], VIEW_ROWS[1] - VIEW_ROWS[0])
        expected = _expected_feature_chips(geoms, origin, res, view_window[2:], crop_mode, 64)
        result = run(nb["tile1"], out, labels, metadata_format="Labeled_Tiles", extent=extent,
                     tile_size_x=64, tile_size_y=64, stride_x=16, stride_y=16, start_index=START,
                     crop_mode=crop_mode, blacken_around_feature=blacken)
        # One chip per feature in the view (stride unused), numbered by the feature's position.
        assert sorted(rec.index for rec in result.chips) == sorted(START + i for i in expected)
        assert 5 < len(expected) < len(geoms)          # the extent left features out
        rows = {row[0]: row for row in map_rows(out)}
        blackened = 0
        for rec in result.chips:
            i = rec.index - START
            (c, r, w, h), (bx0, by0, bx1, by1) = expected[i]
            stem = rec.name
            with rasterio.open(out / rec.image_path) as chip:
                assert (chip.width, chip.height, chip.count) == (w, h, 3)
                assert chip.transform.c == pytest.approx(origin[0] + c * res, abs=1e-6)
                assert chip.transform.f == pytest.approx(origin[1] - r * res, abs=1e-6)
                got = chip.read()
                transform = chip.transform
            if crop_mode == "FIXED_SIZE":   # centred: within half a pixel of the feature's box centre
                assert abs(c + w / 2 - (bx0 + bx1) / 2) <= 0.5 and abs(r + h / 2 - (by0 + by1) / 2) <= 0.5
            else:                            # the feature's pixel box rounded outwards
                assert c <= bx0 < c + 1 and c + w - 1 < bx1 <= c + w
                assert r <= by0 < r + 1 and r + h - 1 < by1 <= r + h
            source = _source_pixels(src, view_window, (c, r, w, h))
            if blacken:
                inside = burn([geoms[i]], transform, w, h, src.crs.to_wkt()) > 0
                np.testing.assert_array_equal(got, np.where(inside[None], source, 0))
                blackened += int((source[:, ~inside] > 0).any())
            else:
                np.testing.assert_array_equal(got, source)
            # PASCAL label: exactly one object, the feature's class value and box clipped to the chip.
            assert rec.label_path == f"labels/{stem}.xml"
            assert rows[win(rec.image_path)] == [win(rec.image_path), win(rec.label_path)]
            root = etree.parse(str(out / rec.label_path)).getroot()
            objects = root.findall("object")
            assert len(objects) == 1
            assert objects[0].findtext("name") == str(labels.features[i].class_value)
            assert root.findtext("size/width") == str(w) and root.findtext("size/height") == str(h)
            box = [float(objects[0].find("bndbox").findtext(k)) for k in ("xmin", "ymin", "xmax", "ymax")]
            assert box == pytest.approx(_pixel_box(geoms[i], transform, w, h), abs=0.006)
            assert rec.feature_count == 1
    if blacken:
        assert blackened > len(result.chips) // 2
    assert_mode(out, "Labeled_Tiles")
    stats = read_json(out / "esri_accumulated_stats.json")
    assert stats["NumTiles"] == result.chip_count and stats["NextTileIndex"] == START + len(geoms)


@pytest.mark.parametrize("blacken", [False, True])
def test_imagenet_writes_the_labeled_tiles_chips_into_class_folders(tmp_path, nb, blacken):
    labels = nb["labels"]
    with rasterio.open(nb["tile1"]) as src:
        extent, _origin = _view(src, (0, 200), (100, 341))
    common = dict(extent=extent, tile_size_x=48, tile_size_y=48, blacken_around_feature=blacken)
    tiles = run(nb["tile1"], tmp_path / "tiles", labels, metadata_format="Labeled_Tiles", **common)
    out = tmp_path / "imagenet"
    result = run(nb["tile1"], out, labels, metadata_format="Imagenet", **common)
    names = {c.value: c.name for c in labels.classes}
    assert [r.index for r in result.chips] == [r.index for r in tiles.chips] and result.chip_count > 5
    assert sorted(os.listdir(out)) == ["esri_accumulated_stats.json", "esri_model_definition.emd", "images",
                                       "map.txt", "stats.txt"]
    rows = map_rows(out)
    assert rows == [[win(r.image_path)] for r in result.chips]       # only the image on each line
    folders = set()
    for rec, ref in zip(result.chips, tiles.chips, strict=True):
        value = labels.features[rec.index].class_value
        assert rec.image_path == f"images/{names[value]}/{rec.name}.tif" and rec.label_path is None
        folders.add(names[value])
        with rasterio.open(out / rec.image_path) as got, \
                rasterio.open(tmp_path / "tiles" / ref.image_path) as want:
            assert got.transform == want.transform and got.crs == want.crs
            np.testing.assert_array_equal(got.read(), want.read())
    assert len(folders) > 1 and set(os.listdir(out / "images")) == folders
    assert_mode(out, "Imagenet")


# --- MultiLabeled_Tiles ---------------------------------------------------------------------------
def _single_name(path):
    root = etree.parse(str(path)).getroot()
    objects = root.findall("object")
    assert len(objects) == 1 and objects[0].find("bndbox") is None
    return objects[0].findtext("name")


def test_multilabeled_tiles_name_every_class_in_the_chip(tmp_path, nb):
    labels = nb["labels"]
    geoms = ogr_geometries(labels)
    names = {c.value: c.name for c in labels.classes}
    out = tmp_path / "out"
    result = run(nb["tile2"], out, labels, metadata_format="MultiLabeled_Tiles")
    records = {rec.index: rec for rec in result.chips}
    with rasterio.open(nb["tile2"]) as src:
        expected = {}
        for index, col, row in grid_cells(src.width, src.height, 128, 64):
            rect = footprint(src.window_transform(Window(col, row, 128, 128)), 128, 128)
            values = sorted({labels.features[i].class_value for i in overlapping(geoms, rect)})
            if values:
                expected[index] = ",".join(names[v] for v in values)
    assert set(records) == set(expected)
    rows = {row[0]: row for row in map_rows(out)}
    for index, rec in records.items():
        assert rec.label_path == f"labels/{rec.name}.xml"
        assert rows[win(rec.image_path)] == [win(rec.image_path), win(rec.label_path)]
        assert _single_name(out / rec.label_path) == expected[index]
    assert any("," in text for text in expected.values())
    # Ordered by class value, not by name: class 5 is named "255" and comes after "3" and "4".
    assert any(text.endswith(",255") and ("3" in text.split(",") or "4" in text.split(","))
               for text in expected.values())
    assert_mode(out, "MultiLabeled_Tiles")


def test_multilabeled_tiles_from_a_class_raster_name_the_values(tmp_path, landsat):
    out = tmp_path / "out"
    result = run(landsat["clear"], out, RasterLabels(landsat["class_raster"]),
                 metadata_format="MultiLabeled_Tiles", tile_size_x=64, tile_size_y=64, stride_x=64,
                 stride_y=64)
    with rasterio.open(landsat["clear"]) as img, rasterio.open(landsat["class_raster"]) as truth:
        assert truth.transform == img.transform
        valid = img.dataset_mask() > 0
        classes = truth.read(1)
        expected = {}
        for index, col, row in grid_cells(img.width, img.height, 64, 64):
            window = (slice(row, row + 64), slice(col, col + 64))
            values = np.unique(classes[window][valid[window] & (classes[window] > 0)])
            if len(values):
                expected[index] = ",".join(str(int(v)) for v in values)
    assert {rec.index for rec in result.chips} == set(expected)
    for rec in result.chips:
        assert _single_name(out / rec.label_path) == expected[rec.index]
    assert any("," in text for text in expected.values())
    assert_mode(out, "MultiLabeled_Tiles")


# --- Panoptic_Segmentation ------------------------------------------------------------------------
INSTANCE_CLASSES = {4: (1, "building"), 3: (2, "road")}   # nb class value → (instance value, name)


def _instances_of(labels):
    features = tuple(LabelFeature(f.geometry, INSTANCE_CLASSES[f.class_value][0]) for f in labels.features
                     if f.class_value in INSTANCE_CLASSES)
    classes = tuple(ClassInfo(v, n) for v, n in sorted(INSTANCE_CLASSES.values()))
    return VectorLabels(features, classes, labels.crs)


def test_panoptic_segmentation_writes_classes_and_instances(tmp_path, nb):
    labels = nb["labels"]
    instances = _instances_of(labels)
    geoms, instance_geoms = ogr_geometries(labels), ogr_geometries(instances)
    folders = {v: n for v, n in INSTANCE_CLASSES.values()}
    out = tmp_path / "out"
    result = run(nb["tile1"], out, labels, metadata_format="Panoptic_Segmentation",
                 in_instance_data=instances)
    records = {rec.index: rec for rec in result.chips}
    rows = {row[0]: row for row in map_rows(out)}
    values = [f.class_value for f in labels.features]
    covered = 0
    with rasterio.open(nb["tile1"]) as src:
        expected = {}
        for index, col, row in grid_cells(src.width, src.height, 128, 64):
            transform = src.window_transform(Window(col, row, 128, 128))
            has_classes = bool(overlapping(geoms, footprint(transform, 128, 128)))
            masks = expected_instances(instances, instance_geoms, src, col, row, 128, 128)
            if has_classes or masks:
                expected[index] = (transform, masks)
        assert set(records) == set(expected)
        for index, rec in records.items():
            transform, masks = expected[index]
            stem = rec.name
            # labels/: the class raster, as Classified_Tiles (every polygon burnt, later ones win).
            assert rec.label_path == f"labels/{stem}.tif"
            with rasterio.open(out / rec.label_path) as lab:
                assert lab.count == 1 and lab.dtypes[0] == "uint8" and lab.transform == transform
                np.testing.assert_array_equal(lab.read(1),
                                              burn(geoms, transform, 128, 128, src.crs.to_wkt(), values))
            # labels2/<instance class>/: instance masks, as RCNN_Masks.
            mask_paths = [f"labels2/{folders[v]}/{stem}.tif" for v in sorted(masks)]
            assert rows[win(rec.image_path)] == [win(rec.image_path), win(rec.label_path)] + [
                win(p) for p in mask_paths]
            covered += check_instance_masks(out, "labels2", stem, masks, folders, rec.image_path)
    assert covered > 0 and set(os.listdir(out / "labels2")) == {"building", "road"}
    assert read_json(out / "esri_model_definition.emd")["Panoptic_Segmentation_Instance_Classes"] == [
        {"Value": 1, "Name": "building"}, {"Value": 2, "Name": "road"}]
    assert_mode(out, "Panoptic_Segmentation")


@pytest.mark.parametrize("instance_data", [None, "raster"])
def test_panoptic_segmentation_needs_instance_polygons(tmp_path, nb, landsat, instance_data):
    given = RasterLabels(landsat["class_raster"]) if instance_data == "raster" else None
    with pytest.raises(InvalidInput) as err:
        run(nb["tile1"], tmp_path / "out", nb["labels"], metadata_format="Panoptic_Segmentation",
            in_instance_data=given)
    assert err.value.parameter == "IN_INSTANCE_DATA"
    assert str(err.value).startswith("IN_INSTANCE_DATA: ")
    assert not (tmp_path / "out").exists()


def test_an_encode_thread_reuses_its_mem_dataset_without_carrying_anything_over(tmp_path):
    """Encode threads keep one MEM dataset per kind of chip (raster_io._mem_dataset): every chip must
    still get its own pixels, transform and colour table, and a pixel-space chip no transform."""
    from concurrent.futures import ThreadPoolExecutor

    from pixelwise.engine.raster_io import hold_gdal_env, write_chip

    crs = rasterio.crs.CRS.from_epsg(32633)
    first, second = Affine(0.5, 0, 500000, 0, -0.5, 4000000), Affine(2.0, 0, 600000, 0, -2.0, 4100000)
    image_a = np.arange(3 * 32 * 32, dtype=np.uint8).reshape(3, 32, 32)
    image_b = (255 - image_a).astype(np.uint8)
    label = np.ones((1, 32, 32), dtype=np.uint8)

    def write_all():
        write_chip(str(tmp_path / "a"), image_a, "TIFF", first, crs)
        write_chip(str(tmp_path / "b"), image_b, "TIFF", second, crs)
        write_chip(str(tmp_path / "ca"), label, "PNG", first, crs, colormap={1: (255, 0, 0, 255)})
        write_chip(str(tmp_path / "cb"), label * 2, "PNG", second, crs)
        write_chip(str(tmp_path / "p"), image_a, "TIFF", None, None)

    with ThreadPoolExecutor(max_workers=1, initializer=hold_gdal_env) as pool:
        pool.submit(write_all).result()
    with rasterio.open(tmp_path / "a.tif") as a, rasterio.open(tmp_path / "b.tif") as b:
        assert (a.read() == image_a).all() and (b.read() == image_b).all()
        assert a.transform == first and b.transform == second and a.crs == b.crs == crs
    with rasterio.open(tmp_path / "ca.png") as ca, rasterio.open(tmp_path / "cb.png") as cb:
        assert ca.colormap(1)[1] == (255, 0, 0, 255)
        with pytest.raises(ValueError):
            cb.colormap(1)
        assert (cb.read() == 2).all() and cb.transform == second
    pixel_space = gdal.Open(str(tmp_path / "p.tif"))
    assert pixel_space.GetGeoTransform(can_return_null=True) is None
    assert (pixel_space.ReadAsArray() == image_a).all()
