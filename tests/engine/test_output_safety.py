"""Class names that XML, JSON, YAML and text files must escape (quotes, ``& < >``, backslash, spaces,
non-ASCII), written by every metadata format and by Classify Pixels into folders with spaces and
non-ASCII names, then read back with strict parsers (lxml, json, PyYAML, GDAL) and compared exactly.

The labels are the real New Brunswick polygons, read with OGR, with their class text rewritten; the files
are read back with those parsers, never the engine's readers, and the folder names a format derives from
a class name are spelt out here.
"""

import json
import os

import numpy as np
import pytest
import rasterio
from classify_models import conv1x1_model, separable_pixels, write_raster
from export_checks import map_rows, read_json, run
from lxml import etree
from osgeo import gdal, ogr

from pixelwise.engine.classes import classes_from_values
from pixelwise.engine.classify import ClassifyConfig, SessionCache, classify_pixels
from pixelwise.engine.export import ClassInfo, LabelFeature, VectorLabels
from pixelwise.engine.export.config import METADATA_FORMATS
from pixelwise.engine.export.formats import YoloWriter
from pixelwise.engine.feedback import Feedback

gdal.UseExceptions()
ogr.UseExceptions()

# The layer's "Quatreclasses" text → a class name every output must escape.
NAMES = {
    "1": 'Forêt "humide" & <marais>',
    "2": "Route 'nationale'",
    "3": "道路",
    "4": "Ελιά\\x",
    "255": "Eau/lac: #1 ]]>",
}
# Folder names of Imagenet, RCNN_Masks and Panoptic classes: every character but letters (any script),
# digits and ``._-`` becomes ``_``, spaces too, because map.txt separates its columns with spaces.
FOLDERS = {
    'Forêt "humide" & <marais>': "Forêt__humide_____marais_",
    "Route 'nationale'": "Route__nationale_",
    "道路": "道路",
    "Ελιά\\x": "Ελιά_x",
    "Eau/lac: #1 ]]>": "Eau_lac___1____",
}
# Every format that writes labels (all but Export_Tiles and CycleGAN).
LABEL_FORMATS = tuple(f for f in METADATA_FORMATS if f not in ("Export_Tiles", "CycleGAN"))
XML = etree.XMLParser(resolve_entities=False, no_network=True)  # strict: no recovery from bad markup


def renamed(shared_data, names):
    """(raster, labels): the first New Brunswick tile and its polygons, "Quatreclasses" text → ``names``."""
    folder = shared_data / "nb_aerial_landcover"
    ds = ogr.Open(str(folder / "BakerLake_2017_clipped.gpkg"))  # keep: the layer dies with it
    layer = ds.GetLayer(0)
    geoms, raw = [], []
    for feat in layer:
        geoms.append(json.loads(feat.GetGeometryRef().ExportToJson()))
        raw.append(names[feat.GetField("Quatreclasses")])
    values, classes = classes_from_values(raw, True)
    labels = VectorLabels(
        tuple(LabelFeature(g, v) for g, v in zip(geoms, values, strict=True)),
        classes,
        layer.GetSpatialRef().ExportToWkt(),
    )
    assert sorted(c.name for c in classes) == sorted(names.values())
    return str(folder / "23322E759967N_clipped_1m_1of2.tif"), labels


@pytest.fixture(scope="module")
def nb_named(shared_data):
    """The New Brunswick tile and its polygons, class text replaced by NAMES."""
    return renamed(shared_data, NAMES)


def by_value(labels):
    return {c.value: c.name for c in labels.classes}


def export(nb_named, out, fmt, **kw):
    raster, labels = nb_named
    extra = {"in_instance_data": labels} if fmt == "Panoptic_Segmentation" else {}
    return run(raster, out, labels, tile=64, stride=64, metadata_format=fmt, **extra, **kw)


def xml_files(folder):
    return sorted((folder / "labels").glob("*.xml"))


# --- what each format writes besides the common files ---------------------------------------------------
def check_values_in_xml(out, names):
    """PASCAL VOC and Labeled_Tiles: ``<object><name>`` holds the class value, not the name."""
    found = {
        int(o.findtext("name"))
        for path in xml_files(out)
        for o in etree.parse(str(path), XML).getroot().iter("object")
    }
    assert found and found <= set(names)


def check_kitti(out, names):
    """KITTI columns are space-separated: column 1 is the class value, never a name."""
    rows = [
        line.split(" ")
        for path in (out / "labels").glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert rows and {len(r) for r in rows} == {15}
    assert {int(r[0]) for r in rows} <= set(names)


def check_multilabels(out, names):
    """One ``<object><name>`` per chip: the names of its classes joined by commas, by class value."""
    order = {n: v for v, n in names.items()}
    seen = set()
    for path in xml_files(out):
        texts = [o.findtext("name") for o in etree.parse(str(path), XML).getroot().iter("object")]
        assert len(texts) == 1
        chip = texts[0].split(",")
        assert set(chip) <= set(names.values()), chip
        assert [order[n] for n in chip] == sorted(order[n] for n in chip)
        seen.update(chip)
    assert len(seen) >= 3


def check_class_folders(top):
    def check(out, names):
        folders = {p.name for p in (out / top).iterdir() if p.is_dir()}
        assert folders and folders <= set(FOLDERS.values()), folders

    return check


def check_coco(out, names):
    doc = read_json(out / "annotations.json")
    expected = [{"id": v, "name": n, "supercategory": "none"} for v, n in sorted(names.items())]
    assert doc["categories"] == expected
    assert {a["category_id"] for a in doc["annotations"]} <= set(names)


def check_yolo(out, names):
    expected = [names[v] for v in sorted(names)]
    text = (out / "data.yaml").read_text(encoding="utf-8")
    # The names line is a JSON list, and JSON strings are YAML double-quoted scalars.
    line = next(line for line in text.splitlines() if line.startswith("names: "))
    assert json.loads(line[len("names: ") :]) == expected
    yaml = pytest.importorskip("yaml")
    doc = yaml.safe_load(text)
    assert doc["names"] == expected and doc["nc"] == len(expected)


CHECKS = {
    "KITTI_rectangles": check_kitti,
    "PASCAL_VOC_rectangles": check_values_in_xml,
    "Classified_Tiles": lambda out, names: None,
    "RCNN_Masks": check_class_folders("labels"),
    "Labeled_Tiles": check_values_in_xml,
    "MultiLabeled_Tiles": check_multilabels,
    "Imagenet": check_class_folders("images"),
    "Panoptic_Segmentation": check_class_folders("labels2"),
    "COCO": check_coco,
    "YOLO": check_yolo,
}


def check_stats_txt(out, names):
    """stats.txt (ArcGIS's fixed-width summary, read by no tool): the name column holds the first 20
    characters of each name, padded to 20, then the class value."""
    lines = (out / "stats.txt").read_text(encoding="utf-8").splitlines()
    header = next(k for k, line in enumerate(lines) if line.startswith("cls name"))
    rows = lines[header + 1 :]
    assert len(rows) == len(names)
    for line, (value, name) in zip(rows, sorted(names.items()), strict=True):
        assert line[:20] == f"{name[:20]:<20}"
        assert int(line[20:].split()[0]) == value


@pytest.mark.parametrize("fmt", LABEL_FORMATS)
def test_every_format_writes_names_that_read_back_exactly(nb_named, tmp_path, fmt):
    out = tmp_path / "dossier été" / "sortie 1"
    result = export(nb_named, out, fmt)
    assert result.chip_count > 0
    names = by_value(nb_named[1])

    emd = read_json(out / "esri_model_definition.emd")
    assert {c["Value"]: c["Name"] for c in emd["Classes"]} == names
    if fmt == "Panoptic_Segmentation":
        assert {c["Value"]: c["Name"] for c in emd["Panoptic_Segmentation_Instance_Classes"]} == names
    stats = read_json(out / "esri_accumulated_stats.json")
    assert {c["ClassValue"]: c["ClassName"] for c in stats["Classes"]} == names
    check_stats_txt(out, names)
    # map.txt holds paths relative to the folder (no class names but the folder forms), one column each.
    rows = map_rows(out)
    assert len(rows) == result.chip_count
    for row in rows:
        for path in row:
            assert not os.path.isabs(path) and (out / path.replace("\\", "/")).is_file(), path
    for path in xml_files(out):
        etree.parse(str(path), XML)
    CHECKS[fmt](out, names)


def test_an_append_matches_the_odd_names_it_reads_back(nb_named, tmp_path):
    """The second run numbers the same classes differently; the names read back from the first run's
    JSON map them to the first run's values, so both runs' label chips are the same."""
    raster, labels = nb_named
    out = tmp_path / "dossier été" / "sortie 1"
    first = export(nb_named, out, "Classified_Tiles")
    names = by_value(labels)
    values = sorted(names)
    permuted = dict(zip(values, values[1:] + values[:1], strict=True))
    relabelled = VectorLabels(
        tuple(LabelFeature(f.geometry, permuted[f.class_value]) for f in labels.features),
        tuple(ClassInfo(permuted[c.value], c.name, c.color) for c in labels.classes),
        labels.crs,
    )
    second = run(raster, out, relabelled, tile=64, stride=64, metadata_format="Classified_Tiles")

    assert second.appended
    stats = read_json(out / "esri_accumulated_stats.json")
    assert {c["ClassValue"]: c["ClassName"] for c in stats["Classes"]} == names
    offset = stats["NextTileIndex"] // 2
    assert [c.index + offset for c in first.chips] == [c.index for c in second.chips]
    for a, b in zip(first.chips, second.chips, strict=True):
        with rasterio.open(out / a.label_path) as la, rasterio.open(out / b.label_path) as lb:
            assert np.array_equal(la.read(1), lb.read(1)), (a.label_path, b.label_path)


def test_yolo_names_with_characters_yaml_does_not_print(tmp_path):
    """DEL, C1 controls (NEL is a YAML line break) and line/paragraph separators are escaped, so YAML
    readers neither refuse the file nor fold the name."""
    yaml = pytest.importorskip("yaml")
    names = [
        "a\x7fb",
        "c\x85d",
        "e\u2028f\u2029g",
        "tab\there\nnl",
        "g\U0001f600h",
        "\ufeffbom",
        "  spaced  ",
    ]
    writer = YoloWriter("TIFF")
    writer.set_classes([ClassInfo(v + 1, n) for v, n in enumerate(names)])
    writer.finish(str(tmp_path), None)
    text = (tmp_path / "data.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["names"] == names
    line = next(line for line in text.splitlines() if line.startswith("names: "))
    assert json.loads(line[len("names: ") :]) == names


# --- Classify Pixels: the class table of the classified raster ------------------------------------------
CLASSIFY_NAMES = ['Forêt "humide" & <marais>', "Route 'nationale'", "道路 Ελιά\\x ]]>"]


def test_classified_raster_keeps_odd_class_names(tmp_path):
    """An EMD (raw UTF-8) in a folder with spaces and non-ASCII names; the PAM .aux.xml is valid XML and
    GDAL reads the category names and the RAT's Class column back exactly. Values 0…2, so that every
    channel may win (ArcGIS excludes channel 0 when no class has the value 0)."""
    folder = tmp_path / "modèle été" / "v 1"
    folder.mkdir(parents=True)
    conv1x1_model(folder / "réseau 1.onnx", np.eye(3))
    emd = {
        "Framework": "ONNX",
        "ModelFile": "réseau 1.onnx",
        "ImageHeight": 64,
        "ImageWidth": 64,
        "NormalizationStats": {"band_mean_values": [0], "band_std_values": [255]},
        "Classes": [
            {"Value": v, "Name": n, "Color": [40 * v, 100, 200]} for v, n in enumerate(CLASSIFY_NAMES)
        ],
    }
    (folder / "définition.emd").write_text(json.dumps(emd, ensure_ascii=False), encoding="utf-8")
    in_raster = write_raster(folder / "entrée 1.tif", separable_pixels(70, 90))
    out = tmp_path / "sortie été" / "classé 1.tif"
    out.parent.mkdir()

    result = classify_pixels(
        ClassifyConfig(in_raster, str(folder / "définition.emd"), str(out)),
        Feedback(),
        sessions=SessionCache(),
    )

    assert result.out_classified_raster == str(out)
    root = etree.parse(f"{out}.aux.xml", XML).getroot()
    assert [c.text for c in root.iter("Category")] == CLASSIFY_NAMES
    ds = gdal.Open(str(out))  # referenced while the band is used
    band = ds.GetRasterBand(1)
    # GDAL 3.6's GTiff band loads the .aux.xml on the first RAT, colour table… call, but not on
    # GetCategoryNames (None when asked first): ask for the RAT first.
    rat = band.GetDefaultRAT()
    assert band.GetCategoryNames() == CLASSIFY_NAMES
    column = [rat.GetNameOfCol(i) for i in range(rat.GetColumnCount())].index("Class")
    assert [rat.GetValueAsString(r, column) for r in range(rat.GetRowCount())] == CLASSIFY_NAMES


@pytest.mark.parametrize("fmt, top", [("RCNN_Masks", "labels"), ("Imagenet", "images")])
def test_class_names_that_clean_up_alike_get_their_own_folders(shared_data, tmp_path, fmt, top):
    """``a b``, ``a_b`` and ``A/B`` all clean up to ``a_b`` (case-insensitively): the first by class value
    keeps it, the others get their value appended, so no class's masks or chips land in another's
    folder (on a case-insensitive file system included)."""
    alike = {"1": "a b", "2": "a_b", "3": "A/B", "4": "d", "255": "e"}
    raster, labels = renamed(shared_data, alike)
    classes, values = labels.classes, [f.class_value for f in labels.features]
    value_of = {c.name: c.value for c in classes}
    assert [value_of[n] for n in ("A/B", "a b", "a_b", "d", "e")] == [1, 2, 3, 4, 5]  # sorted by text
    out = tmp_path / "out"
    run(raster, out, labels, tile=64, stride=64, metadata_format=fmt)

    # Class 1 "A/B" keeps "A_B"; "a b" (2) and "a_b" (3) would clash with it case-insensitively.
    expected = {1: "A_B", 2: "a_b_2", 3: "a_b_3", 4: "d", 5: "e"}
    folders = {p.name for p in (out / top).iterdir() if p.is_dir()}
    assert {"A_B", "a_b_2", "a_b_3"} <= folders <= set(expected.values())  # "e" has no feature here
    for value, name in expected.items():
        in_folder = {p.stem for p in (out / top / name).glob("*.tif")}
        if fmt == "Imagenet":  # one chip per feature, in its class's folder: features of 1-5 in order
            assert in_folder <= {f"{i:012d}" for i, v in enumerate(values) if v == value}, name
        else:  # a mask of class 3 only where the chip holds a feature of class 3
            for chip in in_folder:
                with rasterio.open(out / top / name / f"{chip}.tif") as mask:
                    assert mask.read(1).any()
