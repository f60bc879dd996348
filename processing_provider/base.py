"""What every Pixelwise algorithm shares: translation, feedback bridging, engine error conversion, the
dependency check (processing_provider/dependencies.py) and the icons."""

import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..engine.errors import PixelwiseError
from ..engine.feedback import Feedback
from .compat import FLAG_ADVANCED, FLAG_HIDDEN, NUMBER_INTEGER
from .dependencies import missing_dependencies_message

RESOURCES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources")


def tr(text):
    """Translate ``text`` under the one context all Pixelwise Processing strings share."""
    return QCoreApplication.translate("Pixelwise", text)


def with_help(parameter, help_text):
    """``parameter`` with its help text set (shown in the dialog, the modeler and ``qgis_process help``)."""
    parameter.setHelp(help_text)
    return parameter


# engine.classify.PROCESSOR_TYPES, repeated because importing the engine needs numpy and rasterio and
# the plugin must load without them; tests/provider checks that the lists agree.
PROCESSOR_TYPES = ("AUTO", "CPU", "GPU")


def keyword_enum(name, description, options, default, help_text, optional=False):
    """An enum parameter whose value is the keyword itself (METADATA_FORMAT=Classified_Tiles, as in
    arcpy), with its help text."""
    parameter = QgsProcessingParameterEnum(name, description, options=list(options), defaultValue=default,
                                           optional=optional)
    parameter.setUsesStaticStrings(True)
    return with_help(parameter, help_text)


def number(name, description, default, help_text, data_type=NUMBER_INTEGER, advanced=False):
    """A number parameter with its help text. No QGIS minimum or maximum: QGIS would refuse a bad value
    with a generic message; the engine names the parameter and says what to use instead."""
    parameter = QgsProcessingParameterNumber(name, description, data_type, defaultValue=default)
    if advanced:
        parameter.setFlags(parameter.flags() | FLAG_ADVANCED)
    return with_help(parameter, help_text)


def rectangle_bounds(rectangle):
    """``(xmin, ymin, xmax, ymax)`` of a ``QgsRectangle``, or None for a null one (no EXTENT given)."""
    if rectangle.isNull():
        return None
    return (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())


def quiet_gdal_open(path):
    """``(dataset or None, GDAL's first error line)``: open ``path`` without GDAL printing anything,
    whether or not someone called ``gdal.UseExceptions()``."""
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.Open(path)
    except RuntimeError:
        dataset = None
    finally:
        detail = gdal.GetLastErrorMsg().splitlines()[0] if gdal.GetLastErrorMsg() else ""
        gdal.PopErrorHandler()
    return dataset, detail


def raster_problem(value):
    """``(problem, fix)`` saying why ``value`` (a path or layer name, or a list of them) does not load as
    a raster, or None when nothing is found wrong with the files."""

    for item in value if isinstance(value, (list, tuple)) else [value]:
        if not isinstance(item, str) or not item:
            continue
        path = item.split("|")[0]
        name = os.path.basename(path) or item
        if not os.path.exists(path):
            return (tr("{value!r} is neither a file nor a raster layer of the project").format(value=item),
                    tr("Give the path of a raster file or the name of a loaded raster layer"))
        dataset, detail = quiet_gdal_open(path)
        if dataset is None:
            return (tr("GDAL cannot open {name} as a raster{detail}").format(
                        name=name, detail=f" ({detail})" if detail else ""),
                    tr("Check that the file is a complete raster: open it in QGIS or run gdalinfo on it"))
        if dataset.RasterCount == 0:
            inner = [v for k, v in sorted(dataset.GetMetadata("SUBDATASETS").items()) if k.endswith("_NAME")]
            if inner:
                return (tr("{name} has no bands of its own: it holds {n} rasters").format(
                            name=name, n=len(inner)),
                        tr("Give one of them, e.g. '{first}' (a raster with at least one band)").format(
                            first=inner[0]))
            return (tr("{name} has no bands").format(name=name),
                    tr("Choose a raster with at least one band"))
    return None


def _shown(value):
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def bad_value_message(definition, value):
    """One line ``KEY: problem. Fix.`` for a value QGIS finds unacceptable for ``definition``."""
    name = definition.name()
    if value is None or value == "":
        problem, fix = tr("has no value"), tr("Give a value for '{description}'").format(
            description=definition.description())
    elif isinstance(definition, (QgsProcessingParameterRasterLayer, QgsProcessingParameterMultipleLayers)) \
            and raster_problem(value):
        problem, fix = raster_problem(value)
    elif isinstance(definition, QgsProcessingParameterEnum):
        options = definition.options()
        problem = tr("{value} is not one of its choices").format(value=_shown(value))
        fix = tr("Use one of {options}").format(options=", ".join(options))
    elif isinstance(definition, QgsProcessingParameterNumber):
        low, high = definition.minimum(), definition.maximum()
        problem = tr("{value} is not a number from {low:g} to {high:g}").format(
            value=_shown(value), low=low, high=high)
        fix = tr("Give a number of at least {low:g}").format(low=low) if high > 1e300 else \
            tr("Give a number from {low:g} to {high:g}").format(low=low, high=high)
    elif isinstance(definition, QgsProcessingParameterFile):
        problem, fix = tr("{value} is not an existing file").format(value=_shown(value)), tr("Choose a file")
    else:
        problem = tr("{value} is not a valid value for '{description}'").format(
            value=_shown(value), description=definition.description())
        fix = tr("See the parameter's help ('qgis_process help ALGORITHM') for what it takes")
    return f"{name}: {problem}. {fix}."


class PixelwiseAlgorithm(QgsProcessingAlgorithm):
    """Base of the Pixelwise algorithms; ``processAlgorithm`` may run in a worker thread (no GUI here)."""

    # Python modules the engine needs at run time; checked when the algorithm runs, not when QGIS
    # loads the plugin, so a missing package shows up as a clear message instead of a broken plugin.
    REQUIRED_MODULES = ("numpy", "rasterio", "lxml")
    # File name of the algorithm's icon in resources/ (the Toolbox, the modeler, the Pixelwise menu).
    ICON = "icon.svg"

    def createInstance(self):
        return type(self)()

    def group(self):
        return tr("Deep learning")

    def groupId(self):
        return "deeplearning"

    def svgIconPath(self):
        return os.path.join(RESOURCES_DIR, self.ICON)

    def icon(self):
        return QIcon(self.svgIconPath())

    def checkParameterValues(self, parameters, context):
        """QGIS's check, with a ``KEY: problem. Fix.`` line instead of 'Incorrect parameter value'."""
        for definition in self.parameterDefinitions():
            if definition.flags() & FLAG_HIDDEN:
                continue
            value = parameters.get(definition.name())
            if not definition.checkValueIsAcceptable(value, context):
                return False, bad_value_message(definition, value)
        return super().checkParameterValues(parameters, context)

    def invalid_raster(self, parameters, key):
        """The one-line error for a raster parameter whose value does not load as a raster layer."""
        value = parameters.get(key)
        problem = raster_problem(value) or (tr("{value} does not load as a raster layer").format(
            value=_shown(value)), tr("Give the path of a raster file or the name of a loaded raster layer"))
        return QgsProcessingException(f"{key}: {problem[0]}. {problem[1]}.")

    def canExecute(self):
        """``(False, reason)`` when a required module is missing: the Toolbox, the locator and the
        Pixelwise menu then refuse to open the algorithm and show the reason. ``processing.run`` and
        ``qgis_process`` do not ask, so ``processAlgorithm`` checks again (:meth:`check_dependencies`)."""
        message = missing_dependencies_message(self.REQUIRED_MODULES)
        return (False, message) if message else (True, "")

    def check_dependencies(self):
        """Raise a one-line ``QgsProcessingException`` with install commands when a module is missing.

        Only says what to run: nothing is installed from here."""
        message = missing_dependencies_message(self.REQUIRED_MODULES)
        if message:
            raise QgsProcessingException(message)

    @staticmethod
    def engine_feedback(feedback):
        """Bridge a ``QgsProcessingFeedback`` (or None) to the engine's callback object."""
        if feedback is None:
            return Feedback()
        return Feedback(progress=feedback.setProgress, is_canceled=feedback.isCanceled, log=feedback.pushInfo)

    @staticmethod
    def run_engine(fn, *args):
        """Call ``fn(*args)``; an engine error becomes a one-line ``QgsProcessingException`` in QGIS's
        language (the engine carries English templates; :func:`tr` translates them here)."""
        try:
            return fn(*args)
        except PixelwiseError as err:
            # "from None": Processing shows the message, not a chained traceback.
            raise QgsProcessingException(err.message(tr)) from None
