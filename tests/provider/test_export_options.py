"""processing.run of the newer export options on real data: COCO, YOLO, per-feature chips, several
rasters, IN_RASTER2, rotation, pixel space, overlap ratio and instance labels."""

import json
import re
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
import rasterio
from helpers import tree_digest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from rasterio.transform import Affine

GRID = {"TILE_SIZE_X": 128, "TILE_SIZE_Y": 128, "STRIDE_X": 128, "STRIDE_Y": 128}
IMAGES_ONLY = {**GRID, "METADATA_FORMAT": "Export_Tiles", "OUTPUT_NOFEATURE_TILES": "ALL_TILES"}


def _map_lines(folder):
    return [line.split() for line in (Path(folder) / "map.txt").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _json(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _classes(folder):
    """(value, name) of the EMD classes, ordered by value."""
    emd = _json(Path(folder) / "esri_model_definition.emd")
    return sorted((c["Value"], c["Name"]) for c in emd["Classes"])


def _pascal_boxes(folder):
    """``{chip stem: sorted [(class value, xmin, ymin, xmax, ymax)]}`` of the PASCAL VOC labels."""
    boxes = {}
    for path in sorted((Path(folder) / "labels").glob("*.xml")):
        boxes[path.stem] = sorted(
            (int(obj.findtext("name")), *(float(obj.find("bndbox").findtext(k))
                                          for k in ("xmin", "ymin", "xmax", "ymax")))
            for obj in ElementTree.parse(path).getroot().iter("object"))
    return boxes


def _assert_same_boxes(actual, expected, tolerance):
    assert actual.keys() == expected.keys()
    for stem, boxes in expected.items():
        assert len(actual[stem]) == len(boxes), stem
        for got, want in zip(sorted(actual[stem]), boxes, strict=True):
            assert got[0] == want[0], stem
            assert got[1:] == pytest.approx(want[1:], abs=tolerance), stem


def _read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(), dataset.transform


def _chip(folder, name, sub=""):
    return _read(Path(folder) / "images" / sub / f"{name}.tif")


def _bounds(rectangle):
    return rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum()


def _index_layer(value):
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "index")


def _memory_layer(definition, name, geometries):
    layer = QgsVectorLayer(definition, name, "memory")
    features = []
    for geometry in geometries:
        feature = QgsFeature()
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture(scope="module")
def pascal_export(run_export, nb_parameters, tmp_path_factory):
    """The land-cover polygons as PASCAL VOC boxes: the reference for COCO and YOLO."""
    folder = tmp_path_factory.mktemp("pascal") / "export"
    run_export({**nb_parameters, "METADATA_FORMAT": "PASCAL_VOC_rectangles", "OUT_FOLDER": str(folder)})
    return folder


def test_coco_annotations_are_the_pascal_boxes_with_outlines(run_export, nb_parameters, pascal_export,
                                                             tmp_path):
    out = tmp_path / "coco"
    results = run_export({**nb_parameters, "METADATA_FORMAT": "COCO", "OUT_FOLDER": str(out)})

    coco = _json(out / "annotations.json")
    assert {"images", "annotations", "categories"} <= coco.keys()
    assert [(c["id"], c["name"]) for c in coco["categories"]] == _classes(out)
    images = {image["id"]: image for image in coco["images"]}
    assert len(images) == results["CHIP_COUNT"] == len(_map_lines(out)) > 0
    assert not (out / "labels").exists()

    boxes = defaultdict(list)
    for annotation in coco["annotations"]:
        image = images[annotation["image_id"]]
        assert (out / image["file_name"]).is_file()
        assert (image["width"], image["height"]) == (128, 128)
        assert annotation["iscrowd"] == 0
        x, y, width, height = annotation["bbox"]
        xs = [v for ring in annotation["segmentation"] for v in ring[0::2]]
        ys = [v for ring in annotation["segmentation"] for v in ring[1::2]]
        # The box is the one of the outline, both in chip pixels inside the chip.
        assert (x, y, x + width, y + height) == pytest.approx((min(xs), min(ys), max(xs), max(ys)), abs=0.011)
        assert 0 <= min(xs) and max(xs) <= 128 and 0 <= min(ys) and max(ys) <= 128
        assert 0 < annotation["area"] <= width * height + 0.01
        boxes[Path(image["file_name"]).stem].append((annotation["category_id"], x, y, x + width, y + height))
    _assert_same_boxes(boxes, _pascal_boxes(pascal_export), 0.011)


def test_yolo_labels_are_the_pascal_boxes_normalised(run_export, nb_parameters, pascal_export, tmp_path):
    import yaml

    out = tmp_path / "yolo"
    run_export({**nb_parameters, "METADATA_FORMAT": "YOLO", "OUT_FOLDER": str(out)})

    data = yaml.safe_load((out / "data.yaml").read_text(encoding="utf-8"))
    classes = _classes(out)
    assert {"path", "train", "val", "nc", "names"} <= data.keys()
    assert data["names"] == [name for _value, name in classes]
    assert data["nc"] == len(classes) == 5

    boxes = {}
    for image, label in _map_lines(out):
        assert label == image.replace("images", "labels", 1).rsplit(".", 1)[0] + ".txt"
        chip_boxes = []
        for line in (out / label.replace("\\", "/")).read_text(encoding="utf-8").splitlines():
            position, *numbers = line.split()
            assert all(re.fullmatch(r"[01]\.\d{6}", number) for number in numbers), line
            cx, cy, width, height = (float(number) * 128 for number in numbers)
            chip_boxes.append((classes[int(position)][0], cx - width / 2, cy - height / 2, cx + width / 2,
                               cy + height / 2))
        boxes[Path(image.replace("\\", "/")).stem] = chip_boxes
    _assert_same_boxes(boxes, _pascal_boxes(pascal_export), 0.011)


# A right triangle on the New Brunswick crop (0.5 m pixels), in raster pixels: corners at pixel
# edges (col 100, row 120), (col 122, row 120), (col 100, row 140). Its hypotenuse passes through no
# pixel centre, so "pixel centre inside" has one answer for every pixel.
TRIANGLE = {"col": 100, "row": 120, "width": 22, "height": 20}


def _triangle_mask(width, height):
    rows, cols = np.mgrid[0:height, 0:width]
    return (cols + 0.5) / width + (rows + 0.5) / height < 1


@pytest.fixture
def triangle_layer(nb_data):
    raster = QgsRasterLayer(nb_data["raster"], "raster")
    extent, pixel = raster.extent(), raster.rasterUnitsPerPixelX()
    x0 = extent.xMinimum() + TRIANGLE["col"] * pixel
    y0 = extent.yMaximum() - TRIANGLE["row"] * pixel
    corners = [QgsPointXY(x0, y0), QgsPointXY(x0 + TRIANGLE["width"] * pixel, y0),
               QgsPointXY(x0, y0 - TRIANGLE["height"] * pixel)]
    layer = _memory_layer(f"Polygon?crs={raster.crs().authid()}", "triangle",
                          [QgsGeometry.fromPolygonXY([corners + corners[:1]])])
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.parametrize("crop_mode, blacken", [("FIXED_SIZE", "NO_BLACKEN"),
                                                ("FIXED_SIZE", "BLACKEN_AROUND_FEATURE"),
                                                ("BOUNDING_BOX", "BLACKEN_AROUND_FEATURE")])
def test_labeled_tiles_cut_one_chip_around_the_feature(run_export, nb_data, triangle_layer, tmp_path,
                                                       crop_mode, blacken):
    out = tmp_path / "labeled"
    results = run_export({"IN_RASTER": nb_data["raster"], "IN_CLASS_DATA": triangle_layer.id(),
                          "METADATA_FORMAT": "Labeled_Tiles", "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64,
                          "CROP_MODE": crop_mode, "BLACKEN_AROUND_FEATURE": blacken, "OUT_FOLDER": str(out)})
    assert results["CHIP_COUNT"] == 1
    chip, transform = _chip(out, "000000000000")
    source, source_transform = _read(nb_data["raster"])

    if crop_mode == "FIXED_SIZE":
        # 64 × 64 centred on the centre of the triangle's box (col 111, row 130).
        col0, row0 = 111 - 32, 130 - 32
        assert chip.shape == (3, 64, 64)
    else:
        col0, row0 = TRIANGLE["col"], TRIANGLE["row"]
        assert chip.shape == (3, TRIANGLE["height"], TRIANGLE["width"])
    assert transform.almost_equals(source_transform * source_transform.translation(col0, row0))
    window = source[:, row0:row0 + chip.shape[1], col0:col0 + chip.shape[2]]

    # The triangle in chip pixels; the label box is its box.
    left, top = TRIANGLE["col"] - col0, TRIANGLE["row"] - row0
    inside = np.zeros(chip.shape[1:], bool)
    inside[top:top + TRIANGLE["height"], left:left + TRIANGLE["width"]] = _triangle_mask(TRIANGLE["width"],
                                                                                         TRIANGLE["height"])
    if blacken == "BLACKEN_AROUND_FEATURE":
        np.testing.assert_array_equal(chip, np.where(inside, window, 0))
    else:
        np.testing.assert_array_equal(chip, window)
    assert _pascal_boxes(out) == {"000000000000": [(1, left, top, left + TRIANGLE["width"],
                                                    top + TRIANGLE["height"])]}


def test_imagenet_files_the_labeled_tiles_chip_under_its_class(run_export, nb_data, triangle_layer, tmp_path):
    common = {"IN_RASTER": nb_data["raster"], "IN_CLASS_DATA": triangle_layer.id(), "TILE_SIZE_X": 64,
              "TILE_SIZE_Y": 64}
    run_export({**common, "METADATA_FORMAT": "Labeled_Tiles", "OUT_FOLDER": str(tmp_path / "labeled")})
    run_export({**common, "METADATA_FORMAT": "Imagenet", "OUT_FOLDER": str(tmp_path / "imagenet")})

    # No class field: one class named after the layer.
    assert _map_lines(tmp_path / "imagenet") == [["images\\triangle\\000000000000.tif"]]
    assert not (tmp_path / "imagenet" / "labels").exists()
    imagenet, _ = _chip(tmp_path / "imagenet", "000000000000", "triangle")
    np.testing.assert_array_equal(imagenet, _chip(tmp_path / "labeled", "000000000000")[0])


def _images_only_run(run_export, tmp_path, name, **changes):
    out = tmp_path / name
    results = run_export({**IMAGES_ONLY, **changes, "OUT_FOLDER": str(out)})
    return out, results


def test_in_raster_as_a_path_a_list_or_a_layer_gives_the_same_folder(run_export, nb_data, tmp_path):
    raster = nb_data["raster"]
    folders = [_images_only_run(run_export, tmp_path, name, IN_RASTER=value)[0]
               for name, value in (("path", raster), ("list", [raster]),
                                   ("layer", QgsRasterLayer(raster, "raster")))]
    digest = tree_digest(folders[0])
    assert len(digest) > 4
    assert tree_digest(folders[1]) == digest and tree_digest(folders[2]) == digest


@pytest.fixture(scope="module")
def second_raster(shared_data):
    """The other half of the New Brunswick crop: same CRS and cell size, another grid."""
    return str(shared_data / "nb_aerial_landcover" / "23322E759967N_clipped_1m_2of2.tif")


def test_rasters_processed_separately_keep_their_own_chips(run_export, nb_data, second_raster, tmp_path):
    first, first_results = _images_only_run(run_export, tmp_path, "first", IN_RASTER=nb_data["raster"])
    second, second_results = _images_only_run(run_export, tmp_path, "second", IN_RASTER=second_raster)
    both, both_results = _images_only_run(run_export, tmp_path, "both",
                                          IN_RASTER=[nb_data["raster"], second_raster],
                                          PROCESSING_MODE="PROCESS_ITEMS_SEPARATELY")

    assert both_results["CHIP_COUNT"] == first_results["CHIP_COUNT"] + second_results["CHIP_COUNT"]
    # The second raster's chips are numbered after the first raster's grid cells (3 × 3 here).
    offset = _json(first / "esri_accumulated_stats.json")["NextTileIndex"]
    assert offset == 9
    pairs = [(first, image, 0) for image, in _map_lines(first)] + \
            [(second, image, offset) for image, in _map_lines(second)]
    assert len(_map_lines(both)) == len(pairs)
    for folder, image, shift in pairs:
        name = f"{int(Path(image.replace(chr(92), '/')).stem) + shift:012d}"
        pixels, transform = _chip(both, name)
        expected_pixels, expected_transform = _chip(folder, Path(image.replace("\\", "/")).stem)
        np.testing.assert_array_equal(pixels, expected_pixels)
        assert transform == expected_transform

    index = _index_layer(both_results["OUT_CHIP_INDEX"])
    assert index.crs() == QgsRasterLayer(nb_data["raster"], "raster").crs()
    extents = [QgsRasterLayer(path, "r").extent() for path in (nb_data["raster"], second_raster)]
    inside = [sum(extent.contains(f.geometry().boundingBox()) for f in index.getFeatures())
              for extent in extents]
    assert inside == [first_results["CHIP_COUNT"], second_results["CHIP_COUNT"]]


def test_rasters_mosaicked_into_one_grid(run_export, nb_data, second_raster, tmp_path):
    out, results = _images_only_run(run_export, tmp_path, "mosaic",
                                    IN_RASTER=[nb_data["raster"], second_raster])

    union = QgsRectangle(QgsRasterLayer(nb_data["raster"], "a").extent())
    union.combineExtentWith(QgsRasterLayer(second_raster, "b").extent())
    covered = QgsRectangle()
    covered.setMinimal()
    for feature in _index_layer(results["OUT_CHIP_INDEX"]).getFeatures():
        covered.combineExtentWith(feature.geometry().boundingBox())
    assert _bounds(covered) == pytest.approx(_bounds(union), abs=0.5)  # within a pixel
    # The mosaic starts at the first raster's upper-left corner: its first chip is that raster's.
    source, source_transform = _read(nb_data["raster"])
    chip, transform = _chip(out, "000000000000")
    np.testing.assert_array_equal(chip, source[:, :128, :128])
    assert transform.almost_equals(source_transform)


def test_in_raster2_adds_the_second_image_of_each_chip(run_export, nb_data, tmp_path):
    out, results = _images_only_run(run_export, tmp_path, "pair", IN_RASTER=nb_data["raster"],
                                    IN_RASTER2=nb_data["raster"])
    lines = _map_lines(out)
    assert len(lines) == results["CHIP_COUNT"] > 0
    for image, image2 in lines:
        assert image2 == image.replace("images", "images2", 1)
        # The same raster on the same grid: nearest neighbour, the same pixels.
        np.testing.assert_array_equal(_read(out / image2.replace("\\", "/"))[0],
                                      _read(out / image.replace("\\", "/"))[0])


def test_rotation_angle_adds_turned_copies_of_every_chip(run_export, nb_data, tmp_path):
    out, results = _images_only_run(run_export, tmp_path, "rotated", IN_RASTER=nb_data["raster"],
                                    ROTATION_ANGLE=90)
    cells = 9
    names = sorted(Path(image.replace("\\", "/")).stem for image, in _map_lines(out))
    assert names == [f"{i:012d}" for i in range(4 * cells)]
    assert results["CHIP_COUNT"] == 4 * cells
    for i in range(cells):
        chip, transform = _chip(out, f"{i:012d}")
        for k in range(1, 4):
            turned, turned_transform = _chip(out, f"{i + k * cells:012d}")
            # The footprint turns counter-clockwise on the map, so the picture turns clockwise; a
            # quarter turn maps pixel centres onto pixel centres, so nothing is interpolated.
            np.testing.assert_allclose(turned, np.rot90(chip, -k, axes=(1, 2)), atol=1)
            # The chip's georeference turns with it, about the chip centre.
            about_centre = (Affine.translation(64, 64) * Affine.rotation(-90 * k)
                            * Affine.translation(-64, -64))
            assert turned_transform.almost_equals(transform * about_centre)
    # A quarter turn: the world file's rotation terms carry the cell size, its scale terms are 0.
    world = [float(v) for v in (out / "images" / f"{cells:012d}.tfw").read_text(encoding="utf-8").split()]
    assert [abs(v) for v in world[:4]] == pytest.approx([0, 0.5, 0.5, 0], abs=1e-9)
    # The chip index draws each chip's true outline: the turned square, not its bounding box.
    index = {f["chip_name"]: f.geometry() for f in _index_layer(results["OUT_CHIP_INDEX"]).getFeatures()}
    assert len(index) == 4 * cells
    for name in (f"{i:012d}" for i in range(0, 4 * cells, 5)):
        _, transform = _chip(out, name)
        corners = [transform * xy for xy in ((0, 0), (128, 0), (128, 128), (0, 128))]
        ring = [(p.x(), p.y()) for p in index[name].asPolygon()[0]]
        assert ring[:4] == pytest.approx(corners, abs=1e-6)
        assert index[name].area() == pytest.approx((128 * 0.5) ** 2)


def test_min_polygon_overlap_ratio_keeps_features_mostly_inside(run_export, nb_parameters, pascal_export,
                                                                tmp_path):
    out = tmp_path / "whole"
    run_export({**nb_parameters, "METADATA_FORMAT": "PASCAL_VOC_rectangles", "MIN_POLYGON_OVERLAP_RATIO": 1.0,
                "OUTPUT_NOFEATURE_TILES": "ALL_TILES", "OUT_FOLDER": str(out)})
    every, whole = _pascal_boxes(pascal_export), _pascal_boxes(out)

    kept = sum(len(boxes) for boxes in whole.values())
    assert 0 < kept < sum(len(boxes) for boxes in every.values())
    for stem, boxes in every.items():
        # Boxes that touch no chip edge are features lying wholly inside: they stay, and only they.
        inner = [box for box in boxes if min(box[1:]) > 0 and max(box[1:]) < 128]
        assert set(inner) <= set(whole.get(stem, [])) <= set(boxes), stem


@pytest.mark.parametrize("value", [-0.1, 1.5])
def test_min_polygon_overlap_ratio_out_of_range_is_named(run_export, nb_parameters, tmp_path, value):
    out = tmp_path / "out"
    with pytest.raises(QgsProcessingException, match="^MIN_POLYGON_OVERLAP_RATIO: must be between 0 and 1"):
        run_export({**nb_parameters, "MIN_POLYGON_OVERLAP_RATIO": value, "OUT_FOLDER": str(out)})
    assert not out.exists()


def test_panoptic_segmentation_reads_the_instance_layer(run_export, nb_parameters, tmp_path):
    out = tmp_path / "panoptic"
    results = run_export({**nb_parameters, "METADATA_FORMAT": "Panoptic_Segmentation",
                          "IN_INSTANCE_DATA": nb_parameters["IN_CLASS_DATA"],
                          "INSTANCE_CLASS_VALUE_FIELD": "Quatreclasses", "OUT_FOLDER": str(out)})
    assert results["CHIP_COUNT"] > 0
    emd = _json(out / "esri_model_definition.emd")
    instance_classes = sorted(c["Name"] for c in emd["Panoptic_Segmentation_Instance_Classes"])
    assert instance_classes == sorted(name for _value, name in _classes(out))
    folders = {path.name for path in (out / "labels2").iterdir()}
    assert folders and folders <= set(instance_classes)
    assert len(list((out / "labels").glob("*.tif"))) == results["CHIP_COUNT"]


def test_instance_class_field_errors_name_the_instance_parameters(run_export, nb_parameters, tmp_path):
    message = "^INSTANCE_CLASS_VALUE_FIELD: field 'Quatre_classes' is not in IN_INSTANCE_DATA"
    with pytest.raises(QgsProcessingException, match=message):
        run_export({**nb_parameters, "METADATA_FORMAT": "Panoptic_Segmentation",
                    "IN_INSTANCE_DATA": nb_parameters["IN_CLASS_DATA"],
                    "INSTANCE_CLASS_VALUE_FIELD": "Quatre_classes", "OUT_FOLDER": str(tmp_path / "out")})
    assert not (tmp_path / "out").exists()
