"""Classify Pixels Using Deep Learning: the Processing front end of ``engine.classify``."""

import os
import threading

from qgis.core import (
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDistance,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QColor

from .base import (  # noqa: F401  (DASK_SCHEDULER … WEB_TILE_LIMIT: parameter keys of this algorithm, public API)
    DASK_SCHEDULER,
    OUT_SR,
    PARALLEL_PROCESSING_FACTOR,
    PROCESSOR_TYPES,
    RETRY_ON_FAILURES,
    SNAP_RASTER,
    WEB_TILE_LIMIT,
    PixelwiseAlgorithm,
    dask_scheduler,
    environment_parameters,
    keyword_enum,
    rectangle_bounds,
    tr,
    web_tile_limit,
    with_help,
)
from .compat import FILE_BEHAVIOR_FILE, SOURCE_VECTOR_POLYGON

# Parameter keys: the ArcGIS Pro parameter names in upper case (public API of qgis_process and
# processing.run). The engine's ClassifyConfig fields are the same names in lower case.
IN_RASTER = "IN_RASTER"
IN_MODEL_DEFINITION = "IN_MODEL_DEFINITION"
OUT_CLASSIFIED_RASTER = "OUT_CLASSIFIED_RASTER"
ARGUMENTS = "ARGUMENTS"
PROCESSOR_TYPE = "PROCESSOR_TYPE"
EXTENT = "EXTENT"
CELL_SIZE = "CELL_SIZE"
IN_MASK_POLYGONS = "IN_MASK_POLYGONS"
OUT_CONFIDENCE_RASTER = "OUT_CONFIDENCE_RASTER"


# The first filter is the file dialog's default. "All files (*)" is there for the parameter check:
# QGIS 3.22 accepts a value only when it matches the filter, and the value may be EMD JSON text.
MODEL_FILE_FILTER = "Model definition (*.emd *.dlpk *.onnx);;All files (*)"
# Named from this package: the plugin folder may be installed under another name.
MODEL_CARD_WRAPPER = f"{__name__.split('.')[0]}.plugin.widgets.model_card.ModelCardWrapper"
# The engine writes GeoTIFF whatever the name; other extensions would mislead QGIS and the user.
GEOTIFF_EXTENSIONS = (".tif", ".tiff")


# Stylers handed to a context. The 3.22 bindings give the context the C++ object but leave the Python
# object to Python, which collects it once processAlgorithm returns: the context would then call a
# post-processor that does nothing. So they are kept here until their context has deleted them.
_STYLERS = []
_STYLERS_LOCK = threading.Lock()


class ClassStyler(QgsProcessingLayerPostProcessorInterface):
    """Gives the loaded classified raster the model's classes: a paletted renderer with each class's
    value, colour and name. QGIS 3.22 shows the file's colour table and category names by default, but
    Processing's 'Style for raster layers' setting replaces them; post-processors run after it."""

    def __init__(self, classes):
        super().__init__()
        self.classes = tuple(classes)  # (value, name, (r, g, b)) of every class the raster can hold

    def postProcessLayer(self, layer, context, feedback):
        if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
            return
        classes = [QgsPalettedRasterRenderer.Class(value, QColor(*rgb), name)
                   for value, name, rgb in self.classes]
        layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
        layer.triggerRepaint()

    @classmethod
    def attach(cls, context, path, classes):
        """Style ``path`` with ``classes`` when Processing loads it on completion; returns the styler."""
        if not context.willLoadLayerOnCompletion(path):
            return None
        styler = cls(classes)
        with _STYLERS_LOCK:
            # The contexts delete their post-processors when they go: forget those.
            _STYLERS[:] = [s for s in _STYLERS if not sip.isdeleted(s)]
            _STYLERS.append(styler)
        context.layerToLoadOnCompletionDetails(path).setPostProcessor(styler)
        return styler


def _class_styles(classes):
    """(value, name, (r, g, b)) of the engine's ``ClassInfo`` list, with the colours the file has."""
    from ..engine.classes import default_color

    return tuple((c.value, c.name, tuple(c.color or default_color(i))[:3]) for i, c in enumerate(classes))


class ClassifyPixelsAlgorithm(PixelwiseAlgorithm):
    """Classify every pixel of a raster with an ONNX segmentation model described by an Esri EMD."""

    REQUIRED_MODULES = PixelwiseAlgorithm.REQUIRED_MODULES + ("onnxruntime",)
    OPTIONAL_MODULES = ("distributed",)
    ICON = "classify.svg"

    def name(self):
        return "classifypixels"

    def displayName(self):
        return tr("Classify Pixels Using Deep Learning")

    def tags(self):
        return tr("deep learning,classification,segmentation,onnx,emd,dlpk,arcgis,inference,model,cloud mask"
                  ).split(",")

    def shortHelpString(self):
        return tr(
            "Runs a trained pixel classification (semantic segmentation) model over a raster and writes a "
            "classified raster, like ArcGIS Pro's 'Classify Pixels Using Deep Learning'. The model is an "
            "Esri model definition (.emd, or the EMD JSON text itself), a .dlpk package or an .onnx file "
            "with Deepness-style metadata; Pixelwise runs ONNX models with ONNX Runtime and never runs "
            "code from a model package.\n\n"
            "Inputs: the raster (IN_RASTER, with the bands the model expects), the model "
            "(IN_MODEL_DEFINITION) and optionally model arguments, an extent, a cell size and mask "
            "polygons.\n\n"
            "The raster is read in overlapping windows of the model's size; overlaps are blended, so the "
            "result has no seams. The output is a GeoTIFF with the input's CRS, grid and size (or those "
            "of EXTENT and CELL_SIZE). Pixels that are NoData in any model band, or outside the mask "
            "polygons, are NoData.\n\n"
            "Outputs: the classified raster (OUT_CLASSIFIED_RASTER), a GeoTIFF with the class colours, "
            "names and a raster attribute table, loaded as a styled layer; optionally the confidence raster "
            "(OUT_CONFIDENCE_RASTER). A failed or cancelled run leaves the output file as it was.\n\n"
            "Parameter names are the ArcGIS ones. The log names the ONNX Runtime execution provider "
            "that ran (CPU, CUDA, DirectML).\n\n"
            "Example: IN_RASTER=scene.tif IN_MODEL_DEFINITION=model.emd ARGUMENTS=padding=64;batch_size=4 "
            "PROCESSOR_TYPE=AUTO OUT_CLASSIFIED_RASTER=classified.tif"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(with_help(
            QgsProcessingParameterRasterLayer(IN_RASTER, tr("Input raster")),
            tr("The imagery to classify. It must have the bands the model expects (ExtractBands of the "
               "model definition, else the model's input channels). Any QGIS raster layer works, web "
               "services too (XYZ, WMS, WMTS, WCS, ArcGIS REST: red, green and blue bands; EXTENT is then "
               "required).")))
        model_definition = QgsProcessingParameterFile(IN_MODEL_DEFINITION, tr("Model definition"),
                                                      behavior=FILE_BEHAVIOR_FILE,
                                                      fileFilter=MODEL_FILE_FILTER)
        # The model card (type, size, bands, classes, argument defaults) in the algorithm dialog. A class
        # path, not an import: the provider does not depend on the GUI.
        model_definition.setMetadata({"widget_wrapper": {"class": MODEL_CARD_WRAPPER}})
        self.addParameter(with_help(
            model_definition,
            tr("An Esri model definition (.emd) whose ModelFile is an ONNX model, a deep learning package "
               "(.dlpk) holding one, or an .onnx model with Deepness metadata. The EMD JSON text itself is "
               "accepted too, as in ArcGIS.")))
        self.addParameter(with_help(
            QgsProcessingParameterRasterDestination(OUT_CLASSIFIED_RASTER, tr("Output classified raster")),
            tr("The classified raster (GeoTIFF, .tif): one band of class values, with the model's class "
               "colours and names.")))
        self.addParameter(with_help(
            QgsProcessingParameterString(ARGUMENTS, tr("Arguments"), optional=True),
            tr("Model arguments as name=value;name=value (ArcGIS's 'name value;name value' works too): "
               "padding (overlap margin of each window, pixels; default a quarter of the window), "
               "batch_size (windows per model call; default 4), tile_size (window size, only for models "
               "whose input size is open), predict_background (True/False: whether class 0 may win), "
               "test_time_augmentation (True/False: average over flips and rotations), merge_policy (mean, "
               "max or min: how augmented predictions merge).")))
        self.addParameter(keyword_enum(
            PROCESSOR_TYPE, tr("Processor type"), PROCESSOR_TYPES, "AUTO",
            tr("Where the model runs (the ArcGIS 'processorType' environment): AUTO uses a GPU when ONNX "
               "Runtime has a working GPU provider (CUDA, ROCm, DirectML) and the CPU otherwise; GPU fails "
               "instead of falling back to the CPU; CPU uses the CPU only.")))
        self.addParameter(with_help(
            QgsProcessingParameterExtent(EXTENT, tr("Extent"), optional=True),
            tr("Area to classify (the ArcGIS 'extent' environment); the whole raster if not set. Required "
               "for a web layer, which has no extent of its own.")))
        self.addParameter(with_help(
            QgsProcessingParameterDistance(CELL_SIZE, tr("Cell size"), defaultValue=0.0,
                                           parentParameterName=IN_RASTER, optional=True),
            tr("Cell size of the classified raster in the raster CRS's units, or OUT_SR's when set (the "
               "ArcGIS 'cellSize' environment); the input is resampled to it before the model runs. 0 keeps "
               "the raster's own cell size (or the snap raster's). For a tiled web layer it picks the zoom "
               "level (0: the finest the service offers); a WMS or ArcGIS layer needs it.")))
        self.addParameter(with_help(
            QgsProcessingParameterFeatureSource(IN_MASK_POLYGONS, tr("Input mask polygons"),
                                                [SOURCE_VECTOR_POLYGON], optional=True),
            tr("Only pixels inside these polygons are classified; the rest are NoData (the ArcGIS 'mask' "
               "environment).")))
        self.addParameter(with_help(
            QgsProcessingParameterRasterDestination(OUT_CONFIDENCE_RASTER, tr("Output confidence raster"),
                                                    optional=True, createByDefault=False),
            tr("Optional GeoTIFF (.tif) of the winning class's probability (0–1, float32) for every pixel "
               "(Pixelwise addition).")))
        for parameter in environment_parameters(export=False):
            self.addParameter(parameter)
        self.addParameter(dask_scheduler())
        self.addParameter(web_tile_limit())

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        # Imported here, after the check: the engine needs numpy, rasterio and onnxruntime, the plugin
        # must load without them.
        from ..engine.classify import classify_pixels

        scheduler = self.dask_value(parameters, context)
        raster = self.parameterAsRasterLayer(parameters, IN_RASTER, context)
        if raster is None:
            raise self.invalid_raster(parameters, IN_RASTER)
        out_classified = self.parameterAsOutputLayer(parameters, OUT_CLASSIFIED_RASTER, context)
        out_confidence = self.parameterAsOutputLayer(parameters, OUT_CONFIDENCE_RASTER, context) or None
        config = self.run_engine(self._classify_config, parameters, context, feedback, raster, out_classified,
                                 out_confidence)
        result = self.run_job("classify", classify_pixels, config, feedback, scheduler)

        ClassStyler.attach(context, out_classified, _class_styles(result.classes))
        results = {OUT_CLASSIFIED_RASTER: out_classified}
        if out_confidence:
            results[OUT_CONFIDENCE_RASTER] = out_confidence
        return results

    def _classify_config(self, parameters, context, feedback, raster, out_classified, out_confidence):
        """Read every parameter into the engine's frozen ``ClassifyConfig`` (raises ``InvalidInput``)."""
        from ..engine.classify import ClassifyConfig
        from ..engine.errors import InvalidInput
        from .labels import mask_polygons

        for key, path in ((OUT_CLASSIFIED_RASTER, out_classified), (OUT_CONFIDENCE_RASTER, out_confidence)):
            if path and not path.lower().endswith(GEOTIFF_EXTENSIONS):
                raise InvalidInput(key, "{name!r} is not a GeoTIFF file name",
                                   "Pixelwise writes GeoTIFF: give a .tif file name",
                                   name=os.path.basename(path))
        mask_source = self.parameterAsSource(parameters, IN_MASK_POLYGONS, context)
        # Files as they are; web layers and other providers as GDAL names the engine opens.
        extent = rectangle_bounds(self.parameterAsExtent(parameters, EXTENT, context, raster.crs()))
        cell_size = self.parameterAsDouble(parameters, CELL_SIZE, context) or 0.0
        environment, request_extent, request_cell, converted = self.environment(parameters, context, raster,
                                                                                extent, cell_size)
        source = self.raster_sources(parameters, context, feedback).engine_raster(
            raster, IN_RASTER, request_extent, request_cell)
        return ClassifyConfig(
            in_raster=source.path,
            # A value that is no file is passed on as text: the engine reads EMD JSON text, as ArcGIS does.
            in_model_definition=self.parameterAsFile(parameters, IN_MODEL_DEFINITION, context),
            out_classified_raster=out_classified,
            arguments=self.parameterAsString(parameters, ARGUMENTS, context) or None,
            processor_type=self.parameterAsEnumString(parameters, PROCESSOR_TYPE, context),
            extent=source.extent,
            cell_size=cell_size if converted else source.cell_size,
            in_mask_polygons=mask_polygons(mask_source) if mask_source is not None else None,
            out_confidence_raster=out_confidence,
            **environment,
        )
