"""Turn QGIS layers into the engine's label and mask objects (GeoJSON mappings plus a CRS string).

Geometries stay in their layer's CRS; the engine reprojects them to the raster's CRS.
"""

import json

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..engine.classes import ClassInfo, classes_from_values, default_color
from ..engine.errors import InvalidInput
from ..engine.labels import LabelFeature, MaskPolygons, RasterLabels, VectorLabels
from .compat import GEOMETRY_POINT, GEOMETRY_POLYGON, WKB_GEOMETRY_COLLECTION

# Field names ArcGIS looks for when CLASS_VALUE_FIELD is empty (compared case-insensitively).
DEFAULT_CLASS_FIELDS = ("value", "classvalue")
BUFFER_SEGMENTS = 16


def crs_string(crs):
    """``EPSG:xxxx``-style id when the CRS has one the engine can read, else WKT; None for no CRS."""
    if not crs.isValid():
        return None
    authid = crs.authid()
    if authid and not authid.upper().startswith("USER:"):
        return authid
    return crs.toWkt(crs.WKT_PREFERRED)


def _is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _polygon_mapping(geometry, buffer_radius=0.0, repaired=None):
    """GeoJSON mapping of a polygon geometry (buffered, made valid), or None when nothing is left.
    ``repaired`` (a list) gets one entry per geometry that had to be made valid."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.type() == GEOMETRY_POLYGON and not geometry.isGeosValid():
        if repaired is not None:
            repaired.append(1)
        geometry = geometry.makeValid()
        if QgsWkbTypes.flatType(geometry.wkbType()) == WKB_GEOMETRY_COLLECTION:
            # makeValid may return collapsed parts (lines, points) beside the polygons: keep polygons.
            geometry = geometry.convertToType(GEOMETRY_POLYGON, True)
    if buffer_radius > 0 and geometry is not None:
        geometry = geometry.buffer(buffer_radius, BUFFER_SEGMENTS)
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    return json.loads(geometry.asJson(17))


def class_labels(layer, class_field, buffer_radius, layer_key="IN_CLASS_DATA", field_key="CLASS_VALUE_FIELD",
                 sources=None, extent=None, cell_size=0.0):
    """A label layer as engine labels: vector labels, a class raster (read by the engine) or None.

    ``layer_key`` and ``field_key`` are the parameters the layer and ``class_field`` came from
    (IN_INSTANCE_DATA and INSTANCE_CLASS_VALUE_FIELD for instance labels); errors name them. A class
    raster reaches the engine through ``sources`` (:class:`~.raster_source.RasterSources`), over
    ``extent`` at ``cell_size`` where it is a web layer.
    """
    if layer is None:
        return None
    if isinstance(layer, QgsVectorLayer):
        return vector_labels(layer, class_field, buffer_radius, layer_key, field_key)
    if isinstance(layer, QgsRasterLayer):
        return RasterLabels(path=raster_path(layer, layer_key, sources, extent, cell_size))
    raise InvalidInput(layer_key, "layer '{layer}' is neither a vector nor a raster layer",
                       "Use polygons, points with a BUFFER_RADIUS, or a class raster.", layer=layer.name())


def raster_path(layer, key, sources=None, extent=None, cell_size=0.0):
    """The name the engine opens for the raster layer ``layer`` of parameter ``key``."""
    if sources is None:
        from .raster_source import RasterSources

        sources = RasterSources()
    return sources.engine_raster(layer, key, extent, cell_size).path


def class_field_name(layer, requested, layer_key="IN_CLASS_DATA", field_key="CLASS_VALUE_FIELD"):
    """The class field to use: ``requested`` (must exist), else ``value``/``classvalue``, else None."""
    names = layer.fields().names()
    if requested:
        for name in names:
            if name == requested:
                return name
        for name in names:
            if name.lower() == requested.lower():
                return name
        raise InvalidInput(
            field_key,
            "field '{requested}' is not in {layer_key} (fields: {names})",
            "Choose one of them.",
            requested=requested, layer_key=layer_key, names=", ".join(names),
        )
    for name in names:
        if name.lower() in DEFAULT_CLASS_FIELDS:
            return name
    return None


def category_colors(layer, field_name):
    """Category value -> (r, g, b) when the layer is styled by categories of ``field_name``."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return {}
    if renderer.classAttribute().lower() != field_name.lower():
        return {}
    colors = {}
    for category in renderer.categories():
        if category.symbol() is None:
            continue
        color = category.symbol().color()
        values = category.value() if isinstance(category.value(), list) else [category.value()]
        for value in values:
            if not _is_null(value) and value != "":
                colors[value] = (color.red(), color.green(), color.blue())
                colors[str(value)] = colors[value]
    return colors


def vector_labels(layer, class_field, buffer_radius, layer_key="IN_CLASS_DATA",
                  field_key="CLASS_VALUE_FIELD"):
    """Polygon (or buffered point) features of ``layer`` with their class values, as engine labels.

    ``class_field``: the class field as given (may be empty). ``buffer_radius``: BUFFER_RADIUS in
    the layer's units; points need it. NULL/empty geometries and NULL or 0 classes are skipped.
    ``layer_key``/``field_key``: the parameters named in errors (see :func:`class_labels`).
    """
    geometry_type = layer.geometryType()
    if buffer_radius < 0:
        raise InvalidInput("BUFFER_RADIUS", "must be 0 or more (got {buffer_radius:g})",
                           "Give the radius in the units of {layer_key}, or 0 for no buffer.",
                           buffer_radius=buffer_radius, layer_key=layer_key)
    if geometry_type == GEOMETRY_POINT and buffer_radius <= 0:
        raise InvalidInput(
            "BUFFER_RADIUS",
            "must be greater than 0 for the point layer '{layer}' given as {layer_key} "
            "(got {buffer_radius:g})",
            "Give the radius of the circle drawn around each point, in the units of the layer's CRS.",
            layer=layer.name(), layer_key=layer_key, buffer_radius=buffer_radius,
        )
    if geometry_type not in (GEOMETRY_POINT, GEOMETRY_POLYGON):
        raise InvalidInput(
            layer_key,
            "layer '{layer}' holds {geometry} geometries",
            "Use polygons, points with a BUFFER_RADIUS, or a class raster.",
            layer=layer.name(), geometry=QgsWkbTypes.geometryDisplayString(geometry_type).lower(),
        )

    if layer.featureCount() == 0:
        raise InvalidInput(layer_key, "layer '{layer}' has no features",
                           "Choose the layer that holds your labels (or clear its filter).",
                           layer=layer.name())
    field_name = class_field_name(layer, class_field, layer_key, field_key)
    request = QgsFeatureRequest()
    if field_name is None:
        request.setNoAttributes()
    else:
        request.setSubsetOfAttributes([field_name], layer.fields())
    geometries, raw_values, skipped, repaired = [], [], 0, []
    for feature in layer.getFeatures(request):
        mapping = _polygon_mapping(feature.geometry(), buffer_radius, repaired)
        if mapping is None:
            skipped += 1
            continue
        geometries.append(mapping)
        if field_name is not None:
            value = feature[field_name]
            raw_values.append(None if _is_null(value) else value)

    if field_name is None:
        # No class field: every feature is class 1, named after the layer (ArcGIS does the same).
        classes, class_values = (ClassInfo(1, layer.name(), default_color(0)),), [1] * len(geometries)
    else:
        field = layer.fields().field(field_name)
        try:
            class_values, classes = classes_from_values(
                raw_values, not field.isNumeric(), category_colors(layer, field_name))
        except ValueError as err:
            named = "control character" in str(err)
            raise InvalidInput(field_key, "{reason} in field '{field_name}'",
                               "Remove them from the class names (Field Calculator: "
                               "regexp_replace(\"field\", '[\\\\x00-\\\\x1f]', ''))" if named
                               else "Use a field of whole numbers (0 = no class) or a text field.",
                               reason=err, field_name=field_name) from None

    pairs = zip(geometries, class_values, strict=True)
    features = tuple(LabelFeature(geometry, value) for geometry, value in pairs if value)
    skipped += len(geometries) - len(features)
    return VectorLabels(features=features, classes=classes, crs=crs_string(layer.crs()), skipped=skipped,
                        repaired=len(repaired))


def mask_polygons(source):
    """Polygons of a feature source (selection honoured by Processing) as an engine mask."""
    request = QgsFeatureRequest().setNoAttributes()
    geometries = []
    for feature in source.getFeatures(request):
        mapping = _polygon_mapping(feature.geometry())
        if mapping is not None:
            geometries.append(mapping)
    return MaskPolygons(geometries=tuple(geometries), crs=crs_string(source.sourceCrs()))
