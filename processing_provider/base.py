"""What every Pixelwise algorithm shares: translation, feedback bridging, engine error conversion, the
dependency check (processing_provider/dependencies.py) and the icons."""

import math
import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..engine.errors import PixelwiseError
from ..engine.feedback import Feedback
from ..engine.yes_no import parse_yes_no
from .compat import FLAG_ADVANCED, FLAG_HIDDEN, FLAG_OPTIONAL, NUMBER_INTEGER
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


# The metadata key that marks a yes/no parameter; the spellings it takes are engine.yes_no's.
YES_NO = "pixelwise_yes_no"


def yes_no_enum(name, description, keywords, default, help_text):
    """A yes/no parameter that ArcGIS spells with keywords: ``keywords`` is ``(no_keyword, yes_keyword)``
    (OUTPUT_NOFEATURE_TILES: ONLY_TILES_WITH_FEATURES, ALL_TILES), in that order, so the option index
    (0, 1) means no/yes as well. It takes the keywords, true/false, yes/no, 1/0 (any case) and Python's
    True/False; read it with :meth:`PixelwiseAlgorithm.parameterAsYesNo`."""
    help_text += " " + tr("Yes/no: {yes}, true, yes or 1; {no}, false, no or 0.").format(
        yes=keywords[1], no=keywords[0])
    parameter = keyword_enum(name, description, keywords, default, help_text)
    metadata = parameter.metadata()
    metadata[YES_NO] = list(keywords)
    parameter.setMetadata(metadata)
    return parameter


def yes_no(name, description, default, help_text):
    """A yes/no parameter without ArcGIS keywords: a check box in the dialog, true/false, yes/no, 1/0 (any
    case) and Python's True/False elsewhere; read it with :meth:`PixelwiseAlgorithm.parameterAsYesNo`."""
    parameter = QgsProcessingParameterBoolean(name, description, defaultValue=default)
    metadata = parameter.metadata()
    metadata[YES_NO] = []
    parameter.setMetadata(metadata)
    return with_help(parameter, help_text + " " + tr("Yes/no: true, yes or 1; false, no or 0."))


def yes_no_keywords(definition):
    """``(no_keyword, yes_keyword)`` of a yes/no parameter, ``()`` for one without keywords, None for a
    parameter that is not yes/no."""
    keywords = definition.metadata().get(YES_NO)
    return None if keywords is None else tuple(keywords)


def yes_no_value(definition, value):
    """True or False for ``value`` of the yes/no parameter ``definition``; None when it is neither."""
    return parse_yes_no(value, yes_no_keywords(definition) or ())


def _yes_no_message(definition, value):
    keywords = yes_no_keywords(definition)
    spellings = "true/false, yes/no, 1/0"
    if keywords:
        spellings = f"{keywords[1]}/{keywords[0]}, {spellings}"
    return "{name}: {problem}. {fix}.".format(
        name=definition.name(),
        problem=tr("{value} is neither yes nor no").format(value=_shown(value)),
        fix=tr("Use {spellings}").format(spellings=spellings))


def number(name, description, default, help_text, data_type=NUMBER_INTEGER, advanced=False):
    """A number parameter with its help text. No QGIS minimum or maximum: QGIS would refuse a bad value
    with a generic message; the engine names the parameter and says what to use instead."""
    parameter = QgsProcessingParameterNumber(name, description, data_type, defaultValue=default)
    if advanced:
        parameter.setFlags(parameter.flags() | FLAG_ADVANCED)
    return with_help(parameter, help_text)


WEB_TILE_LIMIT = "WEB_TILE_LIMIT"


def web_tile_limit():
    """The advanced WEB_TILE_LIMIT parameter of the algorithms that read web layers."""
    from .raster_source import DEFAULT_TILE_LIMIT

    parameter = number(WEB_TILE_LIMIT, tr("Web tile limit"), DEFAULT_TILE_LIMIT,
                  tr("Most tiles (or map requests) a web layer input (XYZ, WMS, WMTS, WCS, ArcGIS REST) may "
                     "need over EXTENT at the cell size; a larger request stops before the first tile is "
                     "fetched. 0: no limit. Raise it only if the service allows bulk downloads "
                     "(Pixelwise addition)."), advanced=True)
    parameter.setFlags(parameter.flags() | FLAG_OPTIONAL)
    return parameter


# ArcGIS's environment settings beyond extent and cell size (engine/environment.py), on Classify Pixels and
# Export Training Data; public parameter keys like the others.
OUT_SR = "OUT_SR"
SNAP_RASTER = "SNAP_RASTER"
PARALLEL_PROCESSING_FACTOR = "PARALLEL_PROCESSING_FACTOR"
RETRY_ON_FAILURES = "RETRY_ON_FAILURES"
ENVIRONMENT_PARAMETERS = (OUT_SR, SNAP_RASTER, PARALLEL_PROCESSING_FACTOR, RETRY_ON_FAILURES)
DASK_SCHEDULER = "DASK_SCHEDULER"


def _advanced(parameter, help_text):
    parameter.setFlags(parameter.flags() | FLAG_ADVANCED)
    return with_help(parameter, help_text)


def environment_parameters(export):
    """OUT_SR, SNAP_RASTER, PARALLEL_PROCESSING_FACTOR and RETRY_ON_FAILURES (advanced) of Classify Pixels
    (``export`` False) or Export Training Data (True)."""
    if export:
        where = tr("Chips and labels are cut on a grid in this CRS, and the metadata files follow it")
        threads = tr("the threads that write chips (default: twice the cores, at most 16)")
    else:
        where = tr("The model runs on the input's own grid; the result is warped into this CRS as it is "
                   "written (nearest neighbour for classes, bilinear for the confidence raster)")
        threads = tr("ONNX Runtime's threads (default: every core)")
    return [
        _advanced(QgsProcessingParameterCrs(OUT_SR, tr("Output coordinate system"), optional=True),
                  tr("The coordinate system of the output (the ArcGIS 'outputCoordinateSystem' environment, "
                     "outSR). {where}. CELL_SIZE is then in this CRS's units; the output grid is GDAL's "
                     "(as gdalwarp makes it) unless SNAP_RASTER sets it. Not set: the raster's CRS."
                     ).format(where=where)),
        _advanced(QgsProcessingParameterRasterLayer(SNAP_RASTER, tr("Snap raster"), optional=True),
                  tr("A raster whose cells the output lines up with (the ArcGIS 'snapRaster' environment): "
                     "the output grid's corner moves outwards onto the snap raster's cell corners, and its "
                     "cell size is the snap raster's unless CELL_SIZE is set. Without OUT_SR the output is "
                     "in the snap raster's CRS; with OUT_SR in another CRS the snap raster's grid is "
                     "projected into it first.")),
        _advanced(QgsProcessingParameterString(PARALLEL_PROCESSING_FACTOR, tr("Parallel processing factor"),
                                               optional=True),
                  tr("How many threads work at once (the ArcGIS 'parallelProcessingFactor' environment): a "
                     "number (4) or a percentage of the cores (50%), at most the machine's cores; 0 means "
                     "one. It sets {threads}. Results are the same for every value."
                     ).format(threads=threads)),
        _advanced(QgsProcessingParameterNumber(RETRY_ON_FAILURES, tr("Number of retries on failures"),
                                               NUMBER_INTEGER, optional=True),
                  tr("How often a window is tried again after a transient failure (the ArcGIS "
                     "'retryOnFailures' environment): a web service's HTTP 408, 429 or 5xx answer or "
                     "time-out, or a GPU out of memory (then in smaller batches). Not set: 1 for web "
                     "layers, 0 otherwise (a file has nothing to retry). 0: fail at once.")),
    ]


def dask_scheduler():
    """DASK_SCHEDULER (advanced): run the tool's parts on a Dask cluster."""
    return _advanced(
        QgsProcessingParameterString(DASK_SCHEDULER, tr("Dask scheduler"), optional=True),
        tr("Run the job in parts on a Dask cluster (Pixelwise addition): the scheduler's address "
           "(tcp://host:8786), or local:N for N worker processes on this computer. Empty: this process, "
           "as usual. Every worker must see the inputs and the output folder under the same paths (a "
           "shared file system; checked before the run) or read the input from a GDAL network path "
           "(/vsis3/…, /vsicurl/…); the model travels to the workers. The result is the same, byte for "
           "byte. Needs the dask and distributed packages."))


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
    # Modules a parameter needs (DASK_SCHEDULER: distributed); Install Python packages… offers them.
    OPTIONAL_MODULES = ()
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
        """QGIS's check, with a ``KEY: problem. Fix.`` line instead of 'Incorrect parameter value'.

        Yes/no parameters are checked here (QGIS would refuse ``true`` for a keyword enum and take
        ``no`` for true in a boolean) and handed to QGIS's own check in their canonical form."""
        checked = dict(parameters)
        for definition in self.parameterDefinitions():
            if definition.flags() & FLAG_HIDDEN:
                continue
            name = definition.name()
            value = parameters.get(name)
            keywords = yes_no_keywords(definition)
            if keywords is not None and value is not None and not isinstance(value, QgsProperty):
                answer = yes_no_value(definition, value)
                if answer is None:
                    return False, _yes_no_message(definition, value)
                checked[name] = keywords[answer] if keywords else answer
                continue
            if not definition.checkValueIsAcceptable(value, context):
                return False, bad_value_message(definition, value)
        return super().checkParameterValues(checked, context)

    def parameterAsYesNo(self, parameters, name, context):
        """True or False for the yes/no parameter ``name`` (see :func:`yes_no_enum`, :func:`yes_no`): its
        default when absent; a model's expression or property is evaluated first."""
        definition = self.parameterDefinition(name)
        value = parameters.get(name)
        if value is None:
            value = definition.defaultValue()
        elif isinstance(value, QgsProperty):
            value = self.parameterAsString(parameters, name, context)
        answer = yes_no_value(definition, value)
        if answer is None:
            raise QgsProcessingException(_yes_no_message(definition, value))
        return answer

    def raster_sources(self, parameters, context, feedback):
        """The run's :class:`~.raster_source.RasterSources`: how its raster layers reach the engine."""
        import tempfile

        from qgis.core import QgsProcessingUtils

        from ..engine.errors import InvalidInput
        from .raster_source import DEFAULT_TILE_LIMIT, RasterSources

        limit = DEFAULT_TILE_LIMIT
        if self.parameterDefinition(WEB_TILE_LIMIT) is not None:
            limit = self.parameterAsInt(parameters, WEB_TILE_LIMIT, context)
            if limit < 0:
                raise InvalidInput(WEB_TILE_LIMIT, "must be 0 (no limit) or positive (got {limit})",
                                   "Give the most tiles a run may fetch, or 0", limit=limit)
        folder = tempfile.mkdtemp(prefix="sources-", dir=QgsProcessingUtils.tempFolder())
        return RasterSources(folder, limit, feedback)

    def environment(self, parameters, context, layer, extent, cell_size):
        """ArcGIS's environment parameters for the engine: ``(values, request_extent, request_cell_size,
        converted)``.
        ``values`` are the engine config's ``out_sr``, ``snap_raster``, ``parallel_processing_factor`` and
        ``retry_on_failures``; ``request_cell_size`` is CELL_SIZE in the units of ``layer``'s CRS, where a
        web layer is requested (CELL_SIZE is in the output CRS's), and ``request_extent`` the area (moved
        onto the snap raster's cells when they are in the layer's CRS); ``converted``: True when the request
        cell size is CELL_SIZE converted (the engine then gets CELL_SIZE itself, for the output grid)."""
        from rasterio.transform import Affine

        from ..engine import environment
        from ..engine.errors import InvalidInput
        from ..engine.raster_io import parse_crs
        from .labels import crs_string

        out_crs = self.parameterAsCrs(parameters, OUT_SR, context)
        out_sr = crs_string(out_crs) if out_crs.isValid() else None
        snap_layer = self.parameterAsRasterLayer(parameters, SNAP_RASTER, context)
        snap_raster = None
        if snap_layer is not None:
            if snap_layer.providerType() != "gdal":
                raise InvalidInput(SNAP_RASTER, "'{name}' is a web or database layer, which has no cell grid "
                                   "of its own", "Choose a raster file as the snap raster",
                                   name=snap_layer.name())
            snap_raster = snap_layer.source().split("|")[0]
        elif parameters.get(SNAP_RASTER) not in (None, ""):
            raise self.invalid_raster(parameters, SNAP_RASTER)
        retries = None  # the engine checks both before it writes anything
        if parameters.get(RETRY_ON_FAILURES) not in (None, ""):
            retries = self.parameterAsDouble(parameters, RETRY_ON_FAILURES, context)
        factor = self.parameterAsString(parameters, PARALLEL_PROCESSING_FACTOR, context) or None
        values = {"out_sr": out_sr, "snap_raster": snap_raster, "parallel_processing_factor": factor,
                  "retry_on_failures": retries}
        request_extent, request_cell, converted = extent, cell_size, False
        web = layer.providerType() != "gdal"
        if (out_sr or snap_raster) and web and extent is not None:
            snap = environment.snap_grid(snap_raster)
            source_crs = parse_crs(crs_string(layer.crs()), "IN_RASTER")
            target = environment.target_crs(source_crs, environment.output_crs(out_sr), snap)
            if not environment.same_crs(source_crs, target):
                if cell_size:
                    request_cell = environment.source_cell_size(cell_size, source_crs, target, extent)
                    converted = True
            elif snap is not None and snap.res[0] == snap.res[1]:
                # Requested on the snap raster's cells: the service's pixels are resampled once, not twice.
                cell = cell_size or snap.res[0]
                request = environment.Grid(source_crs, Affine(cell, 0.0, extent[0], 0.0, -cell, extent[3]),
                                           max(1, math.ceil((extent[2] - extent[0]) / cell - 1e-9)),
                                           max(1, math.ceil((extent[3] - extent[1]) / cell - 1e-9)))
                snapped = environment.output_grid(request, None, snap, cell_size)
                request_extent, request_cell = snapped.bounds, snapped.res[0]
        return values, request_extent, request_cell, converted

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

    def dask_value(self, parameters, context):
        """DASK_SCHEDULER's text, checked (raises the one-line error); empty: run in this process."""
        from ..engine.distributed import parse_scheduler

        value = (self.parameterAsString(parameters, DASK_SCHEDULER, context) or "").strip()
        self.run_engine(parse_scheduler, value)
        return value

    def run_job(self, kind, run, config, feedback, scheduler):
        """``run(config, feedback)`` in this process, or its parts on the Dask cluster ``scheduler``."""
        if not scheduler:
            return self.run_engine(run, config, self.engine_feedback(feedback))
        from ..engine.distributed import run_on_scheduler

        return self.run_engine(run_on_scheduler, scheduler, kind, config, self.engine_feedback(feedback))

    @staticmethod
    def run_engine(fn, *args):
        """Call ``fn(*args)``; an engine error becomes a one-line ``QgsProcessingException`` in QGIS's
        language (the engine carries English templates; :func:`tr` translates them here)."""
        try:
            return fn(*args)
        except PixelwiseError as err:
            # "from None": Processing shows the message, not a chained traceback.
            raise QgsProcessingException(err.message(tr)) from None
