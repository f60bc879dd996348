"""From QGIS layers to engine labels: skipped features, invalid geometries, class fields and colours."""

import json

import pytest
from osgeo import ogr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from pixelwise.engine.errors import InvalidInput
from pixelwise.processing_provider.compat import GEOMETRY_POLYGON, field_type
from pixelwise.processing_provider.labels import class_field_name, crs_string, vector_labels


def _polygon_layer(crs, features, field_type="string"):
    """Memory layer with one ``kind`` field; ``features`` = [(wkt or None, value)]."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=kind:{field_type}", "hand drawn", "memory")
    rows = []
    for wkt, value in features:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([value])
        rows.append(feature)
    layer.dataProvider().addFeatures(rows)
    return layer


def _square(x, y, size):
    return f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


BOWTIE = "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))"


def test_null_geometries_and_classes_are_skipped_and_invalid_ones_repaired(qgis_app):
    layer = _polygon_layer("EPSG:2953", [(_square(0, 0, 5), "b"), (None, "a"), (_square(0, 0, 5), None),
                                         (BOWTIE, "a"), ("POLYGON EMPTY", "a")])
    labels = vector_labels(layer, "kind", 0.0)

    assert labels.skipped == 3
    assert [(c.value, c.name) for c in labels.classes] == [(1, "a"), (2, "b")]
    assert [f.class_value for f in labels.features] == [2, 1]
    # The bow tie becomes its two triangles (25 + 25), not nothing and not a self-intersecting ring.
    repaired = ogr.CreateGeometryFromJson(json.dumps(labels.features[1].geometry))
    assert repaired.IsValid() and repaired.GetArea() == pytest.approx(50)
    assert labels.crs == "EPSG:2953"


def test_numeric_classes_keep_their_values_and_zero_is_dropped(qgis_app):
    layer = _polygon_layer("EPSG:2953", [(_square(0, 0, 5), 7), (_square(5, 0, 5), 0), (_square(9, 0, 5), 3)],
                           field_type="integer")
    labels = vector_labels(layer, "kind", 0.0)
    assert [(c.value, c.name) for c in labels.classes] == [(3, "3"), (7, "7")]
    assert sorted(f.class_value for f in labels.features) == [3, 7]
    assert labels.skipped == 1


def test_fractional_class_values_name_the_field(qgis_app):
    layer = _polygon_layer("EPSG:2953", [(_square(0, 0, 5), 1.5)], field_type="double")
    with pytest.raises(InvalidInput, match=r"^CLASS_VALUE_FIELD: .*1\.5.*'kind'"):
        vector_labels(layer, "kind", 0.0)


def test_default_class_field_and_single_class(qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:2953&field=name:string&field=ClassValue:integer", "roofs",
                           "memory")
    assert class_field_name(layer, "") == "ClassValue"
    assert class_field_name(layer, "classvalue") == "ClassValue"
    plain = _polygon_layer("EPSG:2953", [(_square(0, 0, 5), "x")])
    plain.dataProvider().deleteAttributes([0])
    plain.updateFields()
    labels = vector_labels(plain, "", 0.0)
    assert [(c.value, c.name) for c in labels.classes] == [(1, "hand drawn")]
    assert [f.class_value for f in labels.features] == [1]


def test_missing_class_field_lists_the_fields(qgis_app):
    layer = _polygon_layer("EPSG:2953", [(_square(0, 0, 5), "a")])
    with pytest.raises(InvalidInput) as error:
        vector_labels(layer, "Quatreclasses", 0.0)
    assert str(error.value) == ("CLASS_VALUE_FIELD: field 'Quatreclasses' is not in IN_CLASS_DATA "
                                "(fields: kind). Choose one of them.")


def test_categorized_style_gives_the_class_colours(qgis_app):
    layer = _polygon_layer("EPSG:2953", [(_square(0, 0, 5), "water"), (_square(5, 0, 5), "forest")])
    categories = []
    for value, color in (("water", "#0000ff"), ("forest", "#00aa00")):
        symbol = QgsSymbol.defaultSymbol(GEOMETRY_POLYGON)
        symbol.setColor(QColor(color))
        categories.append(QgsRendererCategory(value, symbol, value))
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))

    labels = vector_labels(layer, "kind", 0.0)
    assert {c.name: c.color for c in labels.classes} == {"forest": (0, 170, 0), "water": (0, 0, 255)}


def test_points_are_buffered_in_layer_units(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:2953&field=kind:string", "trees", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POINT(100 200)"))
    feature.setAttributes(["tree"])
    layer.dataProvider().addFeatures([feature])

    with pytest.raises(InvalidInput, match="^BUFFER_RADIUS: must be greater than 0"):
        vector_labels(layer, "kind", 0.0)
    labels = vector_labels(layer, "kind", 3.0)
    ring = labels.features[0].geometry["coordinates"][0]
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    assert (min(xs), max(xs), min(ys), max(ys)) == pytest.approx((97, 103, 197, 203))


def test_crs_without_authority_is_passed_as_wkt(qgis_app):
    custom = QgsCoordinateReferenceSystem.fromProj("+proj=tmerc +lat_0=0 +lon_0=-66.1 +k=0.9996 +x_0=500000 "
                                                   "+y_0=0 +ellps=GRS80 +units=m +no_defs")
    assert custom.isValid()
    text = crs_string(custom)
    assert text.startswith(("PROJCRS", "PROJCS")), text
    assert crs_string(QgsCoordinateReferenceSystem()) is None


def test_categorized_project_layer_colours_reach_the_emd(run_export, nb_parameters, tmp_path):
    layer = QgsVectorLayer(nb_parameters["IN_CLASS_DATA"], "land cover")
    colors = {"1": "#228b22", "2": "#1e90ff", "3": "#808080", "4": "#b22222", "255": "#f5deb3"}
    categories = []
    for value, color in colors.items():
        symbol = QgsSymbol.defaultSymbol(GEOMETRY_POLYGON)
        symbol.setColor(QColor(color))
        categories.append(QgsRendererCategory(value, symbol, value))
    layer.setRenderer(QgsCategorizedSymbolRenderer("Quatreclasses", categories))
    QgsProject.instance().addMapLayer(layer)
    try:
        run_export({**nb_parameters, "IN_CLASS_DATA": layer.id(), "OUT_FOLDER": str(tmp_path / "chips")})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())

    emd = json.loads((tmp_path / "chips" / "esri_model_definition.emd").read_text(encoding="utf-8"))
    expected = {name: list(QColor(color).getRgb()[:3]) for name, color in colors.items()}
    assert {c["Name"]: c["Color"] for c in emd["Classes"]} == expected


def test_skipped_features_are_reported(run_export, nb_parameters, tmp_path):
    raster = QgsRasterLayer(nb_parameters["IN_RASTER"], "raster")
    e = raster.extent()
    layer = _polygon_layer(raster.crs().authid(), [
        (_square(e.xMinimum() + 5, e.yMinimum() + 5, 20), "field"), (None, "field"),
        (_square(e.xMinimum() + 30, e.yMinimum() + 30, 20), None)])
    QgsProject.instance().addMapLayer(layer)
    messages = []
    feedback = QgsProcessingFeedback()
    feedback.pushInfo = messages.append
    try:
        results = run_export({**nb_parameters, "IN_CLASS_DATA": layer.id(), "CLASS_VALUE_FIELD": "kind",
                              "OUT_FOLDER": str(tmp_path / "chips")}, feedback=feedback)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert results["CHIP_COUNT"] >= 1
    assert any(message.startswith("2 label feature(s)") for message in messages), messages


def test_field_type_is_read_from_the_layer(qgis_app):
    layer = _polygon_layer("EPSG:2953", [(_square(0, 0, 5), "10"), (_square(5, 0, 5), "9")])
    assert layer.fields().field("kind").type() == field_type("string")
    labels = vector_labels(layer, "kind", 0.0)
    # Text classes are numbered 1..n in numeric order of their text, whatever the values are.
    assert [(c.value, c.name) for c in labels.classes] == [(1, "9"), (2, "10")]
