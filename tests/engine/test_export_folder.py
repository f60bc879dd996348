"""Appending to an earlier export, refusing unrelated folders, and leaving outputs intact on failure."""

import json
import os

import numpy as np
import pytest
import rasterio
from helpers import tree_digest

from pixelwise.engine.errors import Cancelled, InvalidInput
from pixelwise.engine.export import ClassInfo, ExportConfig, LabelFeature, VectorLabels, export_training_data
from pixelwise.engine.feedback import Feedback


def config(raster, out, labels=None, **kw):
    base = dict(tile_size_x=64, tile_size_y=64, stride_x=64, stride_y=64)
    base.update(kw)
    return ExportConfig(raster, str(out), labels, **base)


def halves(raster):
    with rasterio.open(raster) as src:
        b = src.bounds
    mid = b.bottom + round((b.top - b.bottom) / 2 / src.res[1]) * src.res[1]
    return (b.left, mid, b.right, b.top), (b.left, b.bottom, b.right, mid)


def test_second_export_appends_numbering_map_and_statistics(tmp_path, nb):
    top, bottom = halves(nb["tile1"])
    out = tmp_path / "out"
    first = export_training_data(config(nb["tile1"], out, nb["labels"], extent=top,
                                        metadata_format="Classified_Tiles"))
    s1 = json.loads((out / "esri_accumulated_stats.json").read_text())
    map1 = (out / "map.txt").read_text()
    second = export_training_data(config(nb["tile1"], out, nb["labels"], extent=bottom,
                                         metadata_format="Classified_Tiles"))
    assert second.appended and first.chip_count and second.chip_count
    assert min(r.index for r in second.chips) >= s1["NextTileIndex"]
    s2 = json.loads((out / "esri_accumulated_stats.json").read_text())
    assert s2["NumTiles"] == first.chip_count + second.chip_count
    text = (out / "map.txt").read_text()
    assert text.startswith(map1) and len(text.splitlines()) == s2["NumTiles"]
    for line in text.splitlines():                       # every line points at files that exist
        for path in line.split():
            assert (out / path.replace("\\", "/")).exists()
    # Merged statistics equal numpy over every chip of both runs.
    pixels = np.concatenate([rasterio.open(out / r.image_path).read().reshape(3, -1)
                             for r in first.chips + second.chips], axis=1).astype(float)
    all_tiles = json.loads((out / "esri_model_definition.emd").read_text())["AllTilesStats"]
    for b in range(3):
        assert all_tiles[b]["Mean"] == pytest.approx(pixels[b].mean(), rel=1e-9)
        assert all_tiles[b]["StdDev"] == pytest.approx(pixels[b].std(ddof=1), rel=1e-9)
    labels = np.concatenate([rasterio.open(out / r.label_path).read(1).ravel()
                             for r in first.chips + second.chips])
    counts = s2["ClassPixelStats"]["NumPixelsPerClass"]
    assert counts == [int((labels == v).sum()) for v in (1, 2, 3, 4, 5)]
    per_class = s2["ClassPixelStats"]["PixelsPerClass"]
    assert all(p["Count"] == s2["NumTiles"] for p in per_class)


def test_append_maps_text_classes_by_name(tmp_path, nb):
    """A later export whose text field has other classes keeps the earlier names on their values."""
    out = tmp_path / "out"
    export_training_data(config(nb["tile1"], out, nb["labels"], metadata_format="PASCAL_VOC_rectangles"))
    with rasterio.open(nb["tile1"]) as src:
        x, y = (src.bounds.left + src.bounds.right) / 2, (src.bounds.bottom + src.bounds.top) / 2
    ring = [(x, y), (x + 10, y), (x + 10, y + 10), (x, y + 10), (x, y)]
    square = {"type": "Polygon", "coordinates": [ring]}
    later = VectorLabels((LabelFeature(square, 1),), (ClassInfo(1, "255"), ClassInfo(2, "new")),
                         nb["labels"].crs)
    export_training_data(config(nb["tile1"], out, later, metadata_format="PASCAL_VOC_rectangles",
                                output_nofeature_tiles="ONLY_TILES_WITH_FEATURES"))
    classes = json.loads((out / "esri_accumulated_stats.json").read_text())["Classes"]
    assert [(c["ClassValue"], c["ClassName"]) for c in classes] == [
        (1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "255"), (6, "new")]
    xml = sorted((out / "labels").glob("*.xml"))[-1].read_text()
    assert "<name>5</name>" in xml          # the later run's class 1 ("255") was written as 5


def test_start_index_numbers_a_new_export(tmp_path, nb):
    result = export_training_data(config(nb["tile1"], tmp_path / "out", metadata_format="Export_Tiles",
                                         start_index=1000))
    assert min(r.index for r in result.chips) == 1000 and result.chips[0].name == "000000001000"


def _assert_refused(cfg, out, parameter, **kw):
    before = tree_digest(out)
    existed = os.path.exists(out)
    with pytest.raises(InvalidInput) as err:
        export_training_data(cfg, **kw)
    message = str(err.value)
    assert message.startswith(f"{parameter}: ") and "\n" not in message
    assert tree_digest(out) == before and os.path.exists(out) == existed
    assert not [p for p in os.listdir(os.path.dirname(out)) if ".pixelwise-" in p]   # no staging left
    return message


def test_start_index_colliding_with_an_earlier_export_is_refused(tmp_path, nb):
    out = tmp_path / "out"
    export_training_data(config(nb["tile1"], out, metadata_format="Export_Tiles"))
    msg = _assert_refused(config(nb["tile1"], out, metadata_format="Export_Tiles", start_index=3), out,
                          "START_INDEX")
    assert "at least" in msg


@pytest.mark.parametrize("change, parameter", [
    (dict(metadata_format="Classified_Tiles"), "METADATA_FORMAT"),
    (dict(tile_size_x=32, stride_x=32), "TILE_SIZE_X"),
    (dict(image_chip_format="PNG"), "IMAGE_CHIP_FORMAT"),
])
def test_appending_with_other_settings_is_refused(tmp_path, nb, change, parameter):
    out = tmp_path / "out"
    export_training_data(config(nb["tile1"], out, nb["labels"], metadata_format="PASCAL_VOC_rectangles"))
    kw = dict(metadata_format="PASCAL_VOC_rectangles")
    kw.update(change)
    _assert_refused(config(nb["tile1"], out, nb["labels"], **kw), out, parameter)


def test_folder_with_unrelated_files_is_refused(tmp_path, nb):
    out = tmp_path / "out"
    out.mkdir()
    (out / "thesis.docx").write_text("years of work")
    _assert_refused(config(nb["tile1"], out, metadata_format="Export_Tiles"), out, "OUT_FOLDER")


def test_output_path_that_is_a_file_is_refused(tmp_path, nb):
    out = tmp_path / "out"
    out.write_text("not a folder")
    _assert_refused(config(nb["tile1"], out, metadata_format="Export_Tiles"), out, "OUT_FOLDER")


def test_png_with_eight_int16_bands_is_refused(tmp_path, landsat):
    out = tmp_path / "out"
    msg = _assert_refused(config(landsat["cloudy"], out, image_chip_format="PNG",
                                 metadata_format="Export_Tiles"), out, "IMAGE_CHIP_FORMAT")
    assert "8 band(s) of int16" in msg and "TIFF" in msg


def test_jpeg_with_int16_is_refused(tmp_path, landsat):
    vrt = str(tmp_path / "three.vrt")
    from osgeo import gdal
    gdal.Translate(vrt, landsat["cloudy"], format="VRT", bandList=[1, 2, 3])
    out = tmp_path / "out"
    msg = _assert_refused(config(vrt, out, image_chip_format="JPEG", metadata_format="Export_Tiles"), out,
                          "IMAGE_CHIP_FORMAT")
    assert "int16" in msg


def test_labels_that_do_not_touch_the_raster_are_refused(tmp_path, nb):
    far = VectorLabels(tuple(LabelFeature(_shift(f.geometry, 50_000), f.class_value)
                             for f in nb["labels"].features), nb["labels"].classes, nb["labels"].crs)
    out = tmp_path / "out"
    msg = _assert_refused(config(nb["tile1"], out, far, metadata_format="PASCAL_VOC_rectangles"), out,
                          "IN_CLASS_DATA")
    assert "touches" in msg


def _shift(geometry, dx):
    def move(c):
        return [move(x) for x in c] if isinstance(c[0], (list, tuple)) else [c[0] + dx, c[1]]
    return {"type": geometry["type"], "coordinates": move(geometry["coordinates"])}


@pytest.mark.parametrize("kw, parameter", [
    (dict(tile_size_x=0), "TILE_SIZE_X"),
    (dict(stride_y=0), "STRIDE_Y"),
    (dict(cell_size=-1.0), "CELL_SIZE"),
    (dict(start_index=-1), "START_INDEX"),
    (dict(extent=(0.0, 0.0, 10.0, 10.0)), "EXTENT"),
    (dict(metadata_format="Classified_Tiles"), "IN_CLASS_DATA"),       # labels missing
    (dict(metadata_format="COCO_rectangles"), "METADATA_FORMAT"),
])
def test_bad_values_are_refused_before_anything_is_written(tmp_path, nb, kw, parameter):
    out = tmp_path / "out"
    base = dict(metadata_format="Export_Tiles")
    base.update(kw)
    _assert_refused(config(nb["tile1"], out, **base), out, parameter)


def test_cancel_leaves_an_earlier_export_exactly_as_it_was(tmp_path, nb):
    out = tmp_path / "out"
    export_training_data(config(nb["tile2"], out, nb["labels"], metadata_format="Classified_Tiles"))
    before = tree_digest(out)
    calls = []

    def is_canceled():
        calls.append(1)
        return len(calls) > 5          # after a few chips have been written to staging

    with pytest.raises(Cancelled):
        export_training_data(config(nb["tile1"], out, nb["labels"], metadata_format="Classified_Tiles"),
                             Feedback(is_canceled=is_canceled))
    assert tree_digest(out) == before
    assert not [p for p in os.listdir(tmp_path) if ".pixelwise-" in p]


def test_cancel_of_a_new_export_creates_nothing(tmp_path, nb):
    out = tmp_path / "new"
    calls = []
    with pytest.raises(Cancelled):
        export_training_data(config(nb["tile1"], out, metadata_format="Export_Tiles"),
                             Feedback(is_canceled=lambda: calls.append(1) or len(calls) > 3))
    assert os.listdir(tmp_path) == []
