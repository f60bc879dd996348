"""processing.run of the export on real data: folder layout, outputs, CRS handling, points, masks, models."""

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from helpers import tree_digest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from pixelwise.processing_provider.compat import model_output_name

METADATA_FILES = {"map.txt", "stats.txt", "esri_accumulated_stats.json", "esri_model_definition.emd"}


def _layer(value):
    """A processing.run result layer: the layer object (temporary output) or one loaded from its path."""
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "result")


def _map_lines(folder):
    return [line.split() for line in (Path(folder) / "map.txt").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _pascal_boxes(folder):
    """``{label file: sorted [(name, xmin, ymin, xmax, ymax)]}`` of a PASCAL_VOC_rectangles export."""
    boxes = {}
    for path in sorted((Path(folder) / "labels").glob("*.xml")):
        root = ElementTree.parse(path).getroot()
        boxes[path.name] = sorted(
            (obj.findtext("name"), *(float(obj.find("bndbox").findtext(k)) for k in ("xmin", "ymin", "xmax",
                                                                                       "ymax")))
            for obj in root.iter("object"))
    return boxes


@pytest.fixture(scope="module")
def centroid_labels(nb_data, processing_run, tmp_path_factory):
    """Points (with the Quatreclasses field) at the centroids of the land-cover polygons, in a GeoPackage."""
    path = tmp_path_factory.mktemp("points") / "centroids.gpkg"
    processing_run("native:centroids", {"INPUT": nb_data["labels"], "ALL_PARTS": False, "OUTPUT": str(path)})
    return str(path)


@pytest.mark.parametrize("metadata_format, label_suffix", [("Classified_Tiles", ".tif"),
                                                            ("PASCAL_VOC_rectangles", ".xml")])
def test_export_writes_the_arcgis_folder(run_export, nb_parameters, tmp_path, metadata_format, label_suffix):
    out = tmp_path / "chips"
    index_path = tmp_path / "index.gpkg"
    results = run_export({**nb_parameters, "METADATA_FORMAT": metadata_format, "OUT_FOLDER": str(out),
                          "OUT_CHIP_INDEX": str(index_path)})

    assert results["OUT_FOLDER"] == str(out)
    assert {p.name for p in out.iterdir()} == METADATA_FILES | {"images", "labels"}
    lines = _map_lines(out)
    assert results["CHIP_COUNT"] == len(lines) > 0
    for image, label in lines:
        assert (out / image.replace("\\", "/")).is_file()
        assert (out / label.replace("\\", "/")).is_file() and label.endswith(label_suffix)

    emd = json.loads((out / "esri_model_definition.emd").read_text(encoding="utf-8"))
    assert [(c["Value"], c["Name"]) for c in emd["Classes"]] == [(1, "1"), (2, "2"), (3, "3"), (4, "4"),
                                                                 (5, "255")]
    stats = json.loads((out / "esri_accumulated_stats.json").read_text(encoding="utf-8"))
    assert stats["MetaDataMode"] == metadata_format

    index = _layer(results["OUT_CHIP_INDEX"])
    raster = QgsRasterLayer(nb_parameters["IN_RASTER"], "raster")
    assert index.isValid()
    assert index.featureCount() == results["CHIP_COUNT"]
    assert [f.name() for f in index.fields() if f.name() != "fid"] == ["chip_name", "image_path",
                                                                      "feature_count"]
    assert index.crs() == raster.crs()
    mapped_images = sorted(str(out / image.replace("\\", "/")) for image, _label in lines)
    features = list(index.getFeatures())
    assert sorted(f["image_path"] for f in features) == mapped_images
    for feature in features:
        assert Path(feature["image_path"]).stem == feature["chip_name"]
        assert feature["feature_count"] > 0
        bounds = feature.geometry().boundingBox()
        assert raster.extent().contains(bounds)
        assert bounds.width() == pytest.approx(128 * raster.rasterUnitsPerPixelX())


def test_chip_index_is_created_without_being_asked(run_export, nb_parameters, tmp_path):
    results = run_export({**nb_parameters, "OUT_FOLDER": str(tmp_path / "chips")})
    assert _layer(results["OUT_CHIP_INDEX"]).featureCount() == results["CHIP_COUNT"]


def test_labels_in_another_crs_give_the_same_boxes(run_export, shared_data, tmp_path):
    """SN7 raster in EPSG:3857: labels in EPSG:4326 are reprojected to the same pixel boxes."""
    folder = shared_data / "spacenet_crops"
    stem = "SN7_global_monthly_2020_01_mosaic_L15-0331E-1257N_1327_3160_13_uint8_clipped"
    common = {"IN_RASTER": str(folder / f"{stem}.tif"), "METADATA_FORMAT": "PASCAL_VOC_rectangles",
              "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64, "STRIDE_X": 32, "STRIDE_Y": 32}
    run_export({**common, "IN_CLASS_DATA": str(folder / f"{stem}.gpkg"), "OUT_FOLDER": str(tmp_path / "a")})
    run_export({**common, "IN_CLASS_DATA": str(folder / f"{stem}_4326.gpkg"),
                "OUT_FOLDER": str(tmp_path / "b")})

    native, reprojected = _pascal_boxes(tmp_path / "a"), _pascal_boxes(tmp_path / "b")
    assert native and native.keys() == reprojected.keys()
    for name, boxes in native.items():
        assert len(boxes) == len(reprojected[name]), name
        for box, other in zip(boxes, reprojected[name], strict=True):
            assert box[0] == other[0]
            assert box[1:] == pytest.approx(other[1:], abs=0.05), name


def test_buffered_points_give_boxes_twice_the_radius(run_export, nb_parameters, centroid_labels, tmp_path):
    radius = 4.0
    pixel = QgsRasterLayer(nb_parameters["IN_RASTER"], "raster").rasterUnitsPerPixelX()
    run_export({**nb_parameters, "IN_CLASS_DATA": centroid_labels, "BUFFER_RADIUS": radius,
                "METADATA_FORMAT": "PASCAL_VOC_rectangles", "OUT_FOLDER": str(tmp_path / "points")})

    boxes = [box for chip in _pascal_boxes(tmp_path / "points").values() for box in chip]
    inside = [box for box in boxes if box[1] > 0 and box[2] > 0 and box[3] < 128 and box[4] < 128]
    assert inside, boxes
    for _name, xmin, ymin, xmax, ymax in inside:
        assert xmax - xmin == pytest.approx(2 * radius / pixel, abs=0.05)
        assert ymax - ymin == pytest.approx(2 * radius / pixel, abs=0.05)


def test_class_raster_labels(run_export, shared_data, tmp_path):
    folder = shared_data / "landsat7_chiapas"
    results = run_export({"IN_RASTER": str(folder / "LE70220491999322EDC01_stack.gtif"),
                          "IN_CLASS_DATA": str(folder / "training_data.gtif"),
                          "METADATA_FORMAT": "Classified_Tiles", "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64,
                          "STRIDE_X": 64, "STRIDE_Y": 64, "OUT_FOLDER": str(tmp_path / "chips")})
    emd = json.loads((tmp_path / "chips" / "esri_model_definition.emd").read_text(encoding="utf-8"))
    assert results["CHIP_COUNT"] == len(_map_lines(tmp_path / "chips")) > 0
    assert {c["Value"] for c in emd["Classes"]} <= {1, 2, 3, 4, 5}


def test_selected_mask_polygon_limits_the_chips(run_export, nb_parameters, tmp_path):
    """Only chips completely inside the selected mask polygon are written (the other one is ignored)."""
    raster = QgsRasterLayer(nb_parameters["IN_RASTER"], "raster")
    extent = raster.extent()
    left = QgsRectangle(extent.xMinimum(), extent.yMinimum(), extent.center().x(), extent.yMaximum())
    mask = QgsVectorLayer(f"Polygon?crs={raster.crs().authid()}", "mask", "memory")
    features = []
    for rect in (left, extent):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(rect))
        features.append(feature)
    mask.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(mask)
    try:
        mask.selectByIds([next(mask.getFeatures()).id()])
        parameters = {**nb_parameters, "OUTPUT_NOFEATURE_TILES": "ALL_TILES", "TILE_SIZE_X": 64,
                      "TILE_SIZE_Y": 64, "STRIDE_X": 64, "STRIDE_Y": 64}
        everything = run_export({**parameters, "OUT_FOLDER": str(tmp_path / "all")})
        masked = run_export({**parameters, "OUT_FOLDER": str(tmp_path / "masked"),
                             "IN_MASK_POLYGONS": QgsProcessingFeatureSourceDefinition(mask.id(), True)})
    finally:
        QgsProject.instance().removeMapLayer(mask.id())

    assert 0 < masked["CHIP_COUNT"] < everything["CHIP_COUNT"]
    for feature in _layer(masked["OUT_CHIP_INDEX"]).getFeatures():
        assert QgsGeometry.fromRect(left).buffer(1e-6, 1).contains(feature.geometry())


def test_extent_limits_the_chips(run_export, nb_parameters, tmp_path):
    raster = QgsRasterLayer(nb_parameters["IN_RASTER"], "raster")
    e = raster.extent()
    area = QgsRectangle(e.xMinimum(), e.center().y(), e.xMaximum(), e.yMaximum())
    results = run_export({
        **nb_parameters, "OUTPUT_NOFEATURE_TILES": "ALL_TILES", "OUT_FOLDER": str(tmp_path / "chips"),
        "EXTENT": f"{area.xMinimum()},{area.xMaximum()},{area.yMinimum()},{area.yMaximum()} "
                  f"[{raster.crs().authid()}]"})
    assert results["CHIP_COUNT"] > 0
    for feature in _layer(results["OUT_CHIP_INDEX"]).getFeatures():
        assert area.buffered(raster.rasterUnitsPerPixelX()).contains(feature.geometry().boundingBox())


def _export_then_fix_model(parameters):
    """A model: exporttrainingdata -> native:fixgeometries on its chip index; folder and fixed layer out."""
    model = QgsProcessingModelAlgorithm("export_then_fix", "Pixelwise tests")
    export = QgsProcessingModelChildAlgorithm("pixelwise:exporttrainingdata")
    export.setChildId("export")
    for key, value in parameters.items():
        export.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    folder = QgsProcessingModelOutput("folder", "Folder")
    folder.setChildOutputName("OUT_FOLDER")
    export.setModelOutputs({"folder": folder})
    model.addChildAlgorithm(export)

    fix = QgsProcessingModelChildAlgorithm("native:fixgeometries")
    fix.setChildId("fix")
    fix.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("export",
                                                                                            "OUT_CHIP_INDEX")])
    fixed = QgsProcessingModelOutput("fixed", "Fixed chip index")
    fixed.setChildOutputName("OUTPUT")
    fix.setModelOutputs({"fixed": fixed})
    model.addChildAlgorithm(fix)
    return model


def test_model_writes_the_same_folder_as_processing_run(run_export, processing_run, nb_parameters, tmp_path):
    results = run_export({**nb_parameters, "OUT_FOLDER": str(tmp_path / "direct")})

    model = _export_then_fix_model(nb_parameters)
    folder = model_output_name(model, "export", "folder")
    fixed = model_output_name(model, "fix", "fixed")
    assert model.parameterDefinition(folder) is not None, [p.name() for p in model.parameterDefinitions()]
    model_results = processing_run(model, {folder: str(tmp_path / "model"),
                                           fixed: QgsProcessing.TEMPORARY_OUTPUT})

    direct = tree_digest(tmp_path / "direct")
    assert len(direct) > 4 and tree_digest(tmp_path / "model") == direct
    assert _layer(model_results[fixed]).featureCount() == results["CHIP_COUNT"]
