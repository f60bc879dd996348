"""What differs between the QGIS releases Pixelwise runs on: 3.22 to 3.44 (Qt5), and QGIS 4 (Qt6).

Everything else in the plugin is written once, in forms every release takes: Qt enums in their scoped
form (``Qt.AlignmentFlag.AlignCenter``), which PyQt5 5.15 and PyQt6 both accept. QGIS moved many of its
own enums to ``Qgis`` between 3.30 and 3.40 (``QgsProcessing.TypeRaster`` became
``Qgis.ProcessingSourceType.Raster`` in 3.36) and keeps the old names only as aliases that QGIS 4
drops; field types became ``QMetaType`` types in 3.38. The names below are looked up by string, newest
first, so the module imports on every release and the Qt6 check (scripts/check_qt6.py) finds no old
name in the code.
"""

import importlib
import os
import shutil

from qgis.core import Qgis

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT
# Where the first name of a path is looked up; qgis.gui only for the GUI names (imported on first use).
_NAMESPACES = ("qgis.core", "qgis.PyQt.QtCore", "qgis.gui")


def _root(name):
    for module in _NAMESPACES:
        value = getattr(importlib.import_module(module), name, None)
        if value is not None:
            return value
    return None


def _lookup(*paths):
    """The object at the first dotted path that exists (``"Qgis.ProcessingSourceType.Raster"``)."""
    for path in paths:
        root, *rest = path.split(".")
        value = _root(root)
        for name in rest:
            value = getattr(value, name, None)
        if value is not None:
            return value
    raise AttributeError(f"none of {', '.join(paths)} exists in QGIS {Qgis.QGIS_VERSION}")


# Processing source types (layer parameters, sinks).
SOURCE_RASTER = _lookup("Qgis.ProcessingSourceType.Raster", "QgsProcessing.SourceType.TypeRaster")
SOURCE_VECTOR_ANY = _lookup("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
SOURCE_VECTOR_POINT = _lookup("Qgis.ProcessingSourceType.VectorPoint",
                              "QgsProcessing.SourceType.TypeVectorPoint")
SOURCE_VECTOR_POLYGON = _lookup("Qgis.ProcessingSourceType.VectorPolygon",
                                "QgsProcessing.SourceType.TypeVectorPolygon")

# Raster provider capabilities (QgsRasterInterface.Capability became Qgis.RasterInterfaceCapability).
RASTER_CAPABILITY_SIZE = _lookup("Qgis.RasterInterfaceCapability.Size", "QgsRasterInterface.Capability.Size")

# Parameter definitions.
NUMBER_INTEGER = _lookup("Qgis.ProcessingNumberParameterType.Integer",
                         "QgsProcessingParameterNumber.Type.Integer")
NUMBER_DOUBLE = _lookup("Qgis.ProcessingNumberParameterType.Double",
                        "QgsProcessingParameterNumber.Type.Double")
FILE_BEHAVIOR_FILE = _lookup("Qgis.ProcessingFileParameterBehavior.File",
                             "QgsProcessingParameterFile.Behavior.File")
FILE_BEHAVIOR_FOLDER = _lookup("Qgis.ProcessingFileParameterBehavior.Folder",
                               "QgsProcessingParameterFile.Behavior.Folder")
FLAG_ADVANCED = _lookup("Qgis.ProcessingParameterFlag.Advanced",
                        "QgsProcessingParameterDefinition.Flag.FlagAdvanced")
FLAG_OPTIONAL = _lookup("Qgis.ProcessingParameterFlag.Optional",
                        "QgsProcessingParameterDefinition.Flag.FlagOptional")
FLAG_HIDDEN = _lookup("Qgis.ProcessingParameterFlag.Hidden",
                      "QgsProcessingParameterDefinition.Flag.FlagHidden")

# Geometry and WKB types.
GEOMETRY_POINT = _lookup("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
GEOMETRY_POLYGON = _lookup("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
WKB_NO_GEOMETRY = _lookup("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
WKB_POLYGON = _lookup("Qgis.WkbType.Polygon", "QgsWkbTypes.Type.Polygon")
WKB_GEOMETRY_COLLECTION = _lookup("Qgis.WkbType.GeometryCollection", "QgsWkbTypes.Type.GeometryCollection")


# The modeler.
MODEL_SOURCE_STATIC_VALUE = _lookup("Qgis.ProcessingModelChildParameterSource.StaticValue",
                                    "QgsProcessingModelChildParameterSource.Source.StaticValue")

# Names from qgis.gui, looked up when first asked for (``from .compat import WIDGET_STANDARD``), so that
# the algorithms never import the GUI library.
_GUI_NAMES = {
    "WIDGET_STANDARD": ("Qgis.ProcessingMode.Standard", "QgsProcessingGui.WidgetType.Standard"),
    "WIDGET_BATCH": ("Qgis.ProcessingMode.Batch", "QgsProcessingGui.WidgetType.Batch"),
    "WIDGET_MODELER": ("Qgis.ProcessingMode.Modeler", "QgsProcessingGui.WidgetType.Modeler"),
}


def __getattr__(name):
    if name in _GUI_NAMES:
        value = _lookup(*_GUI_NAMES[name])
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# Field types: QMetaType types from QGIS 3.38 (QVariant types are gone in QGIS 4), QVariant ones before.
_FIELD_TYPES = {
    "string": ("QMetaType.Type.QString", "QVariant.Type.String"),
    "int": ("QMetaType.Type.Int", "QVariant.Type.Int"),
    "longlong": ("QMetaType.Type.LongLong", "QVariant.Type.LongLong"),
    "double": ("QMetaType.Type.Double", "QVariant.Type.Double"),
}


def field_type(name):
    """The field type ``QgsField`` takes on this QGIS for ``"string"``, ``"int"``, ``"longlong"``,
    ``"double"``."""
    new, old = _FIELD_TYPES[name]
    return _lookup(new) if QGIS_VERSION_INT >= 33800 else _lookup(old)


def batch_row_parameters(panel, row, context):
    """``(parameters, ok)`` of one row of Processing's batch panel: QGIS 3.40 added the context
    argument to ``BatchPanel.parametersForRow``."""
    try:
        return panel.parametersForRow(row, context)
    except TypeError:
        return panel.parametersForRow(row)


def qgis_process_executable():
    """The ``qgis_process`` command of this QGIS installation. Debian 12's wrapper script
    (``/usr/bin/qgis_process``) hands ``--noversioncheck`` to the binary, which refuses it, so on QGIS
    releases before 3.28 the binary is called directly where it exists."""
    binary = "/usr/bin/qgis_process.bin"
    if QGIS_VERSION_INT < 32800 and os.access(binary, os.X_OK):
        return binary
    return shutil.which("qgis_process") or "qgis_process"


def model_output_name(model, child_id, output_name):
    """The name under which ``model`` takes and returns the model output ``output_name`` of its child
    ``child_id``: ``child_id:output_name`` up to QGIS 3.3x; later releases name the parameter after the
    output's description and say which child output it is in its metadata."""
    for parameter in model.parameterDefinitions():
        metadata = parameter.metadata()
        if (metadata.get("_modelChildId"), metadata.get("_modelChildOutputName")) == (child_id, output_name):
            return parameter.name()
    return f"{child_id}:{output_name}"
