"""Exported content equals what independent tools compute from the same sources.

Oracles: rasterio windows of the source for chip pixels, OGR/GEOS intersections for boxes, GDAL's
rasterizer over the whole raster for class tiles, numpy over the written chips for statistics.
"""

import glob
import json
import os

import numpy as np
import pytest
import rasterio
from export_checks import assert_same_boxes, map_rows, ogr_box, pascal_boxes, rasterize_labels, read_json, run
from lxml import etree
from osgeo import gdal, ogr
from rasterio.windows import Window

from pixelwise.engine.export import MaskPolygons, RasterLabels

gdal.UseExceptions()


def chip_window(src, chip):
    """The source window a chip was cut from, from the chip's own georeference."""
    col = (chip.transform.c - src.transform.c) / src.transform.a
    row = (chip.transform.f - src.transform.f) / src.transform.e
    assert col == pytest.approx(round(col), abs=1e-6) and row == pytest.approx(round(row), abs=1e-6)
    return Window(round(col), round(row), chip.width, chip.height)


def emd(out):
    return read_json(os.path.join(out, "esri_model_definition.emd"))


def stats(out):
    return read_json(os.path.join(out, "esri_accumulated_stats.json"))


@pytest.mark.parametrize("chip_format, dataset", [("TIFF", "nb"), ("PNG", "nb"), ("JPEG", "nb"),
                                                  ("MRF", "nb"), ("TIFF", "landsat"), ("MRF", "landsat")])
def test_chip_pixels_and_georeference_equal_the_source_window(tmp_path, nb, landsat, chip_format, dataset):
    raster = nb["tile1"] if dataset == "nb" else landsat["cloudy"]
    result = run(raster, tmp_path / "out", image_chip_format=chip_format, metadata_format="Export_Tiles")
    ext = {"TIFF": "tif", "PNG": "png", "JPEG": "jpg", "MRF": "mrf"}[chip_format]
    world_ext = {"TIFF": "tfw", "PNG": "pgw", "JPEG": "jgw", "MRF": "mfw"}[chip_format]
    assert result.chip_count == len(map_rows(tmp_path / "out")) > 4
    with rasterio.open(raster) as src:
        for rec in result.chips:
            path = tmp_path / "out" / rec.image_path
            assert path.suffix == f".{ext}"
            with rasterio.open(path) as chip:
                assert chip.crs == src.crs
                assert chip.dtypes == src.dtypes          # Int16 stays Int16
                assert chip.count == src.count
                window = chip_window(src, chip)
                expected = src.read(window=window)
                got = chip.read()
                if chip_format == "JPEG":                  # lossy: close, not equal
                    assert np.abs(got.astype(int) - expected).mean() < 4
                else:
                    np.testing.assert_array_equal(got, expected)
                if chip_format in ("TIFF", "MRF") and src.nodata is not None:
                    assert chip.nodata == src.nodata
                # World file: 10 decimals, origin at the centre of the upper-left pixel.
                lines = (path.with_suffix(f".{world_ext}")).read_text().split()
                assert len(lines) == 6 and all(len(v.split(".")[1]) == 10 for v in lines)
                assert float(lines[4]) == pytest.approx(chip.transform.c + chip.transform.a / 2)
                assert float(lines[5]) == pytest.approx(chip.transform.f + chip.transform.e / 2)
            if chip_format in ("PNG", "JPEG"):
                assert os.path.exists(f"{path}.aux.xml")


def _pixel_boxes_from_geos(labels, chip):
    """Boxes (value, (l, t, r, b)) of every label ∩ chip footprint, computed with OGR/GEOS."""
    t = chip.transform
    x0, y0 = t.c, t.f
    rect = ogr_box(x0, y0, x0 + chip.width * t.a, y0 + chip.height * t.e)
    boxes = []
    for f in labels.features:
        inter = ogr.CreateGeometryFromJson(json.dumps(f.geometry)).Intersection(rect)
        if inter is None or inter.IsEmpty() or inter.GetArea() == 0:
            continue
        minx, maxx, miny, maxy = inter.GetEnvelope()
        boxes.append((f.class_value, ((minx - x0) / t.a, (maxy - y0) / t.e, (maxx - x0) / t.a,
                                      (miny - y0) / t.e)))
    return sorted(boxes)


def _kitti_boxes(path):
    rows = [line.split() for line in path.read_text().splitlines() if line.strip()]
    assert all(len(r) == 15 for r in rows)
    return sorted((int(r[0]), tuple(float(v) for v in r[4:8])) for r in rows)


@pytest.mark.parametrize("fmt", ["PASCAL_VOC_rectangles", "KITTI_rectangles"])
def test_boxes_equal_the_clipped_bounds_of_the_features(tmp_path, nb, fmt):
    result = run(nb["tile1"], tmp_path / "out", nb["labels"], metadata_format=fmt)
    assert result.chip_count > 0
    reader = pascal_boxes if fmt.startswith("PASCAL") else _kitti_boxes
    checked = 0
    for rec in result.chips:
        with rasterio.open(tmp_path / "out" / rec.image_path) as chip:
            expected = _pixel_boxes_from_geos(nb["labels"], chip)
        got = reader(tmp_path / "out" / rec.label_path)
        assert_same_boxes(got, expected, in_order=True)
        assert rec.feature_count == len(got) > 0
        checked += len(got)
    assert checked > 20
    first = tmp_path / "out" / result.chips[0].label_path
    if fmt.startswith("PASCAL"):
        root = etree.parse(str(first))
        assert first.read_bytes().startswith(b'<?xml version="1.0"?>\n')
        assert root.findtext("size/depth") == "3" and root.findtext("size/width") == "128"


def test_boxes_land_on_the_buildings_when_labels_are_in_another_crs(tmp_path, sn7):
    same = run(sn7["raster"], tmp_path / "a", sn7["labels_3857"], tile_size_x=64, tile_size_y=64,
               stride_x=32, stride_y=32)
    other = run(sn7["raster"], tmp_path / "b", sn7["labels_4326"], tile_size_x=64, tile_size_y=64,
                stride_x=32, stride_y=32)
    assert [r.name for r in same.chips] == [r.name for r in other.chips]
    assert same.chip_count > 0
    for a, b in zip(same.chips, other.chips, strict=False):
        boxes_a = pascal_boxes(tmp_path / "a" / a.label_path)
        boxes_b = pascal_boxes(tmp_path / "b" / b.label_path)
        assert len(boxes_a) == len(boxes_b) > 0
        assert_same_boxes(boxes_b, boxes_a, tol=0.05, in_order=True)


def _rasterize_whole(labels, raster):
    """GDAL's rasterizer over the whole raster grid, features burnt in order (later ones win)."""
    with rasterio.open(raster) as src:
        transform, width, height, crs_wkt = src.transform, src.width, src.height, src.crs.to_wkt()
    return rasterize_labels(labels, transform, width, height, crs_wkt)


@pytest.mark.parametrize("chip_format", ["TIFF", "PNG", "JPEG", "MRF"])
def test_classified_tiles_label_equals_a_direct_rasterisation(tmp_path, nb, chip_format):
    result = run(nb["tile1"], tmp_path / "out", nb["labels"], metadata_format="Classified_Tiles",
                 image_chip_format=chip_format)
    whole = _rasterize_whole(nb["labels"], nb["tile1"])
    assert set(np.unique(whole)) - {0} <= {1, 2, 3, 4, 5}
    with rasterio.open(nb["tile1"]) as src:
        for rec in result.chips:
            label_path = tmp_path / "out" / rec.label_path
            assert label_path.suffix == (".png" if chip_format == "JPEG" else
                                         {"TIFF": ".tif", "PNG": ".png", "MRF": ".mrf"}[chip_format])
            with rasterio.open(label_path) as lab, rasterio.open(tmp_path / "out" / rec.image_path) as img:
                assert lab.count == 1 and lab.dtypes[0] == "uint8"
                assert lab.transform == img.transform and lab.crs == src.crs
                w = chip_window(src, lab)
                np.testing.assert_array_equal(
                    lab.read(1), whole[w.row_off:w.row_off + w.height, w.col_off:w.col_off + w.width])
    classes = emd(tmp_path / "out")["Classes"]
    assert [(c["Value"], c["Name"]) for c in classes] == [(1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "255")]
    assert all(len(c["Color"]) == 3 and min(c["Color"]) >= 0 for c in classes)


def _chips_pixels(out, chips, nodata):
    bands = None
    for rec in chips:
        with rasterio.open(os.path.join(out, rec.image_path)) as chip:
            data = chip.read().reshape(chip.count, -1).astype(np.float64)
        if nodata is not None:
            data = data[:, ~np.all(data == nodata, axis=0)]
        bands = data if bands is None else np.concatenate([bands, data], axis=1)
    return bands


@pytest.mark.parametrize("dataset", ["nb", "landsat"])
def test_all_tiles_stats_equal_numpy_over_the_written_chips(tmp_path, nb, landsat, dataset):
    raster = nb["tile1"] if dataset == "nb" else landsat["clear"]
    labels = nb["labels"] if dataset == "nb" else landsat["labels"]
    result = run(raster, tmp_path / "out", labels, metadata_format="Classified_Tiles",
                 tile_size_x=64, tile_size_y=64, stride_x=48, stride_y=48)
    with rasterio.open(raster) as src:
        nodata = src.nodata
    pixels = _chips_pixels(tmp_path / "out", result.chips, nodata)
    all_tiles = emd(tmp_path / "out")["AllTilesStats"]
    state = stats(tmp_path / "out")["BandStatsState"]
    assert len(all_tiles) == pixels.shape[0]
    for b, band in enumerate(all_tiles):
        assert band["Mean"] == pytest.approx(pixels[b].mean(), rel=1e-9)
        assert band["StdDev"] == pytest.approx(pixels[b].std(ddof=1), rel=1e-9)
        assert (band["Min"], band["Max"]) == (pixels[b].min(), pixels[b].max())
        assert state[b]["Num"] == pixels.shape[1]
        assert state[b]["M1"] == pytest.approx(pixels[b].mean(), rel=1e-9)
    if nodata is not None:
        assert min(b["Min"] for b in all_tiles) > nodata   # -9999 never enters the statistics


def test_nodata_collar_chips_are_not_written_and_edges_are_shifted_inward(tmp_path, shared_data):
    raster = str(shared_data / "rasterio_rgb_byte" / "RGB.byte.tif")
    result = run(raster, tmp_path / "out", metadata_format="Export_Tiles", tile_size_x=128, tile_size_y=128,
                 stride_x=128, stride_y=128)
    with rasterio.open(raster) as src:
        mask = src.dataset_mask()
        expected = set()
        for r in range(6):          # 718 px → 6 rows, the last shifted to 590
            for c in range(7):      # 791 px → 7 cols, the last shifted to 663
                row, col = min(r * 128, 718 - 128), min(c * 128, 791 - 128)
                if mask[row:row + 128, col:col + 128].any():
                    expected.add(r * 7 + c)
    assert {rec.index for rec in result.chips} == expected
    assert len(expected) < 42                           # the collar really removed chips
    assert stats(tmp_path / "out")["NextTileIndex"] == 42


def test_mask_polygons_keep_only_chips_fully_inside(tmp_path, nb):
    with rasterio.open(nb["tile1"]) as src:
        b = src.bounds
    # A rectangle covering the left ~60 % of the image.
    xmax = b.left + 0.6 * (b.right - b.left)
    rect = {"type": "Polygon", "coordinates": [[(b.left, b.bottom), (xmax, b.bottom), (xmax, b.top),
                                                (b.left, b.top), (b.left, b.bottom)]]}
    full = run(nb["tile1"], tmp_path / "all", metadata_format="Export_Tiles")
    masked = run(nb["tile1"], tmp_path / "masked", metadata_format="Export_Tiles",
                 in_mask_polygons=MaskPolygons((rect,), nb["labels"].crs))
    inside = {r.index for r in full.chips if r.bounds[2] <= xmax + 1e-6}
    assert {r.index for r in masked.chips} == inside
    assert 0 < len(inside) < full.chip_count


def test_class_raster_keeps_its_values(tmp_path, landsat):
    result = run(landsat["clear"], tmp_path / "out", RasterLabels(landsat["class_raster"]),
                 metadata_format="Classified_Tiles", tile_size_x=64, tile_size_y=64, stride_x=64, stride_y=64)
    with rasterio.open(landsat["class_raster"]) as truth:
        classes = truth.read(1)
        for rec in result.chips:
            with rasterio.open(tmp_path / "out" / rec.label_path) as lab:
                w = chip_window(truth, lab)
                np.testing.assert_array_equal(lab.read(1), classes[w.row_off:w.row_off + 64,
                                                                   w.col_off:w.col_off + 64])
    values = sorted(set(np.unique(classes)) - {0})
    got = stats(tmp_path / "out")
    assert [c["ClassValue"] for c in got["Classes"]] == values
    pixel_stats = got["ClassPixelStats"]
    assert sum(pixel_stats["NumPixelsPerClass"]) == sum(
        int((rasterio.open(tmp_path / "out" / r.label_path).read(1) > 0).sum()) for r in result.chips)


def test_class_raster_colour_table_is_kept(tmp_path, landsat):
    with rasterio.open(landsat["class_raster"]) as src:
        profile, data = src.profile, src.read(1)
    path = str(tmp_path / "classes.tif")
    colors = {1: (0, 100, 0, 255), 2: (0, 0, 255, 255), 3: (200, 200, 0, 255), 4: (150, 75, 0, 255),
              5: (255, 0, 0, 255)}
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data, 1)
        dst.write_colormap(1, colors)
    result = run(landsat["clear"], tmp_path / "out", RasterLabels(path), metadata_format="Classified_Tiles",
                 tile_size_x=64, tile_size_y=64, stride_x=64, stride_y=64)
    got = [tuple(c["Color"]) for c in emd(tmp_path / "out")["Classes"]]
    assert got == [colors[v][:3] for v in range(1, 6)]
    with rasterio.open(tmp_path / "out" / result.chips[0].label_path) as lab:
        assert lab.colormap(1)[2][:3] == (0, 0, 255)


@pytest.mark.parametrize("table", ["category_names", "attribute_table"])
def test_class_raster_names_come_from_its_aux_xml(tmp_path, landsat, table):
    """A class raster's names (GDAL category names, or the Class field of its attribute table, as ArcGIS
    and Classify Pixels write it) name the classes in the EMD and the statistics; a value without a name
    is named by its number."""
    with rasterio.open(landsat["class_raster"]) as src:
        profile, data = src.profile, src.read(1)
    path = str(tmp_path / "classes.tif")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data, 1)
    names = {1: "Forest", 2: "Water", 3: "Crops", 5: "Urban"}
    dataset = gdal.Open(path, gdal.GA_Update)
    band = dataset.GetRasterBand(1)
    if table == "category_names":
        band.SetCategoryNames([names.get(v, "") for v in range(6)])
    else:
        rat = gdal.RasterAttributeTable()
        rat.CreateColumn("Value", gdal.GFT_Integer, gdal.GFU_MinMax)
        rat.CreateColumn("Class", gdal.GFT_String, gdal.GFU_Name)
        for row, (value, name) in enumerate(sorted(names.items())):
            rat.SetValueAsInt(row, 0, value)
            rat.SetValueAsString(row, 1, name)
        band.SetDefaultRAT(rat)
    band = dataset = None

    run(landsat["clear"], tmp_path / "out", RasterLabels(path), metadata_format="Classified_Tiles",
        tile_size_x=64, tile_size_y=64, stride_x=64, stride_y=64)

    expected = [(1, "Forest"), (2, "Water"), (3, "Crops"), (4, "4"), (5, "Urban")]
    assert [(c["Value"], c["Name"]) for c in emd(tmp_path / "out")["Classes"]] == expected
    assert [(c["ClassValue"], c["ClassName"]) for c in stats(tmp_path / "out")["Classes"]] == expected


def test_metadata_files_follow_the_arcgis_layout(tmp_path, nb):
    result = run(nb["tile1"], tmp_path / "out", nb["labels"], image_chip_format="JPEG")
    out = tmp_path / "out"
    assert sorted(os.listdir(out)) == ["esri_accumulated_stats.json", "esri_model_definition.emd", "images",
                                       "labels", "map.txt", "stats.txt"]
    raw = (out / "map.txt").read_text()
    assert raw.splitlines()[0] == f"images\\{result.chips[0].name}.jpg labels\\{result.chips[0].name}.xml "
    assert all(len(r.name) == 12 and r.name.isdigit() for r in result.chips)
    s = stats(out)
    for key in ("Version", "NumBands", "TileSizeX", "TileSizeY", "NumClasses", "NumTiles", "NumTilesAsDouble",
                "NextTileIndex", "OutputFeatures", "MetaDataMode", "MinCellSize", "MaxCellSize", "Classes",
                "FeatureStats", "InputRastersProps", "BandStatsState"):
        assert key in s, key
    assert s["MetaDataMode"] == "PASCAL_VOC_rectangles" and s["NumTiles"] == result.chip_count
    assert '"Version" : 1' in (out / "esri_accumulated_stats.json").read_text()
    e = emd(out)
    assert "WellKnownBandNames (FYI, these band names can be used in ExtractBands)" in e
    assert e["ImageHeight"] == 128 and e["MetaDataMode"] == "PASCAL_VOC_rectangles"
    fs = s["FeatureStats"]
    assert fs["NumFeaturesTotal"] == sum(r.feature_count for r in result.chips)
    txt = (out / "stats.txt").read_text().splitlines()
    assert txt[0] == f"images = {result.chip_count} *3*128*128"
    assert all(len(line) == 89 for line in txt[4:])
    assert glob.glob(str(out / "images" / "*.jpg.aux.xml"))


@pytest.mark.parametrize("chip_format", ["TIFF", "PNG", "JPEG", "MRF"])
@pytest.mark.parametrize("metadata_format", ["KITTI_rectangles", "PASCAL_VOC_rectangles", "Classified_Tiles",
                                             "Export_Tiles"])
def test_every_metadata_format_with_every_chip_format(tmp_path, sn7, metadata_format, chip_format):
    out = tmp_path / "out"
    result = run(sn7["raster"], out, sn7["labels_4326"], metadata_format=metadata_format,
                 image_chip_format=chip_format, tile_size_x=64, tile_size_y=64, stride_x=32, stride_y=32)
    rows = map_rows(out)
    assert len(rows) == result.chip_count == stats(out)["NumTiles"] > 0
    image_ext = {"TIFF": ".tif", "PNG": ".png", "JPEG": ".jpg", "MRF": ".mrf"}[chip_format]
    label_ext = {"KITTI_rectangles": ".txt", "PASCAL_VOC_rectangles": ".xml",
                 "Classified_Tiles": ".png" if chip_format == "JPEG" else image_ext}.get(metadata_format)
    for row in rows:
        paths = [out / p.replace("\\", "/") for p in row]
        assert all(p.exists() for p in paths)
        assert paths[0].suffix == image_ext
        assert (len(paths) == 1) if label_ext is None else (paths[1].suffix == label_ext)
        with rasterio.open(paths[0]) as chip:
            assert (chip.width, chip.height, chip.count) == (64, 64, 3)
    assert emd(out)["MetaDataMode"] == metadata_format


def test_cell_size_resamples_onto_a_coarser_grid_like_gdalwarp(tmp_path, nb):
    result = run(nb["tile1"], tmp_path / "out", metadata_format="Export_Tiles", cell_size=1.0,
                 tile_size_x=32, tile_size_y=32, stride_x=32, stride_y=32)
    with rasterio.open(nb["tile1"]) as src:
        b = src.bounds
    # The same grid, made by GDAL's own warper: origin at the raster's corner, 1 m cells.
    width, height = int(np.ceil((b.right - b.left) / 1.0)), int(np.ceil((b.top - b.bottom) / 1.0))
    warped = gdal.Warp("", nb["tile1"], format="MEM", xRes=1.0, yRes=1.0, resampleAlg="bilinear",
                       outputBounds=(b.left, b.top - height, b.left + width, b.top)).ReadAsArray()
    assert result.chip_count == int(np.ceil((width - 32) / 32) + 1) * int(np.ceil((height - 32) / 32) + 1)
    for rec in result.chips:
        with rasterio.open(tmp_path / "out" / rec.image_path) as chip:
            assert chip.res == (1.0, 1.0)
            col, row = round(chip.transform.c - b.left), round(b.top - chip.transform.f)
            np.testing.assert_array_equal(chip.read(), warped[:, row:row + 32, col:col + 32])
