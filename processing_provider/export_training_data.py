"""Export Training Data For Deep Learning: the Processing front end of ``engine.export``."""

import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from .base import PixelwiseAlgorithm, rectangle_bounds, tr, with_help

# Parameter keys: the ArcGIS Pro parameter names in upper case (public API of qgis_process and
# processing.run). The engine's ExportConfig fields are the same names in lower case.
IN_RASTER = "IN_RASTER"
OUT_FOLDER = "OUT_FOLDER"
IN_CLASS_DATA = "IN_CLASS_DATA"
IMAGE_CHIP_FORMAT = "IMAGE_CHIP_FORMAT"
TILE_SIZE_X = "TILE_SIZE_X"
TILE_SIZE_Y = "TILE_SIZE_Y"
STRIDE_X = "STRIDE_X"
STRIDE_Y = "STRIDE_Y"
OUTPUT_NOFEATURE_TILES = "OUTPUT_NOFEATURE_TILES"
METADATA_FORMAT = "METADATA_FORMAT"
START_INDEX = "START_INDEX"
CLASS_VALUE_FIELD = "CLASS_VALUE_FIELD"
BUFFER_RADIUS = "BUFFER_RADIUS"
IN_MASK_POLYGONS = "IN_MASK_POLYGONS"
EXTENT = "EXTENT"
CELL_SIZE = "CELL_SIZE"
EDGE_POLICY = "EDGE_POLICY"
CHIP_COUNT = "CHIP_COUNT"
OUT_CHIP_INDEX = "OUT_CHIP_INDEX"

# Enum values are the ArcGIS keywords (static strings). They repeat engine.export.config's tuples
# because importing the engine needs rasterio, and the plugin must load without it;
# tests/provider checks that both lists agree.
IMAGE_CHIP_FORMATS = ("TIFF", "PNG", "JPEG", "MRF")
NOFEATURE_TILES = ("ALL_TILES", "ONLY_TILES_WITH_FEATURES")
METADATA_FORMATS = ("KITTI_rectangles", "PASCAL_VOC_rectangles", "Classified_Tiles", "Export_Tiles")
EDGE_POLICIES = ("SHIFT_INWARD", "PAD", "DROP")

# Fields of the OUT_CHIP_INDEX layer.
CHIP_INDEX_FIELDS = (("chip_name", QVariant.String), ("image_path", QVariant.String),
                     ("feature_count", QVariant.Int))


def _enum(name, description, options, default, help_text, optional=False):
    parameter = QgsProcessingParameterEnum(name, description, options=list(options),
                                           defaultValue=default, optional=optional)
    # The keyword itself is the value: METADATA_FORMAT=Classified_Tiles, as in arcpy.
    parameter.setUsesStaticStrings(True)
    parameter.setHelp(help_text)
    return parameter


def _integer(name, description, default, help_text):
    # No minimum here: QGIS would reject bad values with a generic message; the engine names the
    # parameter and says what to use instead.
    parameter = QgsProcessingParameterNumber(name, description, QgsProcessingParameterNumber.Integer,
                                             defaultValue=default)
    parameter.setHelp(help_text)
    return parameter


class ExportTrainingDataAlgorithm(PixelwiseAlgorithm):
    """Cut a raster and its labels into image chips with ArcGIS-compatible metadata."""

    def name(self):
        return "exporttrainingdata"

    def displayName(self):
        return tr("Export Training Data For Deep Learning")

    def tags(self):
        return tr("deep learning,training data,chips,tiles,labels,arcgis,pascal voc,kitti,segmentation"
                  ).split(",")

    def shortHelpString(self):
        return tr(
            "Cuts a raster into image chips and writes a label for each chip from polygons, points or a "
            "class raster, in the folder layout ArcGIS Pro's 'Export Training Data For Deep Learning' "
            "writes (images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json, "
            "esri_model_definition.emd), so training code written for ArcGIS reads it unchanged.\n\n"
            "Parameter names and keywords are the ArcGIS ones (METADATA_FORMAT=Classified_Tiles). "
            "Labels in another CRS are reprojected to the raster's CRS. The chip index output has one "
            "polygon per written chip.\n\n"
            "The output folder must be new, empty or an earlier Pixelwise export; a failed or cancelled "
            "run leaves it as it was."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(with_help(
            QgsProcessingParameterRasterLayer(IN_RASTER, tr("Input raster")),
            tr("The imagery to cut into chips. Chips keep the raster's data type and all its bands.")))
        self.addParameter(with_help(
            QgsProcessingParameterFolderDestination(OUT_FOLDER, tr("Output folder")),
            tr("Folder that receives images/, labels/ and the metadata files. It must not exist, be "
               "empty, or hold an earlier Pixelwise export.")))
        self.addParameter(with_help(
            QgsProcessingParameterMapLayer(
                IN_CLASS_DATA, tr("Input feature class or classified raster"), optional=True,
                types=[QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint,
                       QgsProcessing.TypeRaster]),
            tr("Labels: polygons, points (with a buffer radius) or a single-band class raster whose "
               "values are the classes (0 = no class). Leave empty with Export_Tiles.")))
        self.addParameter(_enum(
            IMAGE_CHIP_FORMAT, tr("Image format"), IMAGE_CHIP_FORMATS, "TIFF",
            tr("File format of the image chips. PNG and JPEG take at most 3 bands; JPEG takes 8-bit "
               "data only.")))
        self.addParameter(_integer(TILE_SIZE_X, tr("Tile size X"), 256, tr("Chip width in pixels.")))
        self.addParameter(_integer(TILE_SIZE_Y, tr("Tile size Y"), 256, tr("Chip height in pixels.")))
        self.addParameter(_integer(
            STRIDE_X, tr("Stride X"), 128,
            tr("Horizontal distance between chip origins in pixels; equal to the tile size for no overlap.")))
        self.addParameter(_integer(
            STRIDE_Y, tr("Stride Y"), 128,
            tr("Vertical distance between chip origins in pixels; equal to the tile size for no overlap.")))
        self.addParameter(_enum(
            OUTPUT_NOFEATURE_TILES, tr("Output no feature tiles"), NOFEATURE_TILES,
            "ONLY_TILES_WITH_FEATURES",
            tr("ALL_TILES writes every chip; ONLY_TILES_WITH_FEATURES skips chips without any label.")))
        self.addParameter(_enum(
            METADATA_FORMAT, tr("Metadata format"), METADATA_FORMATS, "PASCAL_VOC_rectangles",
            tr("Label format: KITTI_rectangles and PASCAL_VOC_rectangles write boxes (object detection), "
               "Classified_Tiles a class raster per chip (pixel classification), Export_Tiles images only.")))
        self.addParameter(_integer(
            START_INDEX, tr("Start index"), 0,
            tr("Number of the first chip (deprecated in ArcGIS Pro; an earlier Pixelwise export in the "
               "output folder is continued from its next free index).")))
        self.addParameter(with_help(
            QgsProcessingParameterField(CLASS_VALUE_FIELD, tr("Class value field"),
                                        parentLayerParameterName=IN_CLASS_DATA, optional=True),
            tr("Field of the input features holding the class. Whole numbers are used as class values "
               "(0 = no class); text values become classes 1…n named by the text. If empty, a field "
               "named 'value' or 'classvalue' is used, else all features are one class.")))
        self.addParameter(with_help(
            QgsProcessingParameterDistance(BUFFER_RADIUS, tr("Buffer radius"), defaultValue=0.0,
                                           parentParameterName=IN_CLASS_DATA),
            tr("Buffer drawn around each input feature, in the units of the input features' CRS. Points "
               "need a radius greater than 0 (they become circles).")))
        self.addParameter(with_help(
            QgsProcessingParameterFeatureSource(IN_MASK_POLYGONS, tr("Input mask polygons"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True),
            tr("Only chips that lie completely inside these polygons are written.")))
        self.addParameter(with_help(
            QgsProcessingParameterExtent(EXTENT, tr("Extent"), optional=True),
            tr("Area to export (the ArcGIS 'extent' environment); the whole raster if not set.")))
        self.addParameter(with_help(
            QgsProcessingParameterDistance(CELL_SIZE, tr("Cell size"), defaultValue=0.0,
                                           parentParameterName=IN_RASTER, optional=True),
            tr("Output cell size in the raster CRS's units (the ArcGIS 'cellSize' environment); 0 keeps "
               "the raster's own cell size.")))
        self.addParameter(_enum(
            EDGE_POLICY, tr("Edge chips"), EDGE_POLICIES, "SHIFT_INWARD",
            tr("What happens to grid cells that run past the right or bottom edge of the raster: "
               "SHIFT_INWARD moves the last chip back so it ends at the edge, PAD fills the missing "
               "pixels with NoData, DROP leaves the cell out. (Pixelwise addition; ArcGIS does not "
               "document its behaviour.)")))
        self.addParameter(with_help(
            # Optional with a temporary default: processing.run, models and qgis_process create it
            # without being asked (a required sink without a value fails in 3.22).
            QgsProcessingParameterFeatureSink(OUT_CHIP_INDEX, tr("Chip index"),
                                              QgsProcessing.TypeVectorPolygon,
                                              defaultValue=QgsProcessing.TEMPORARY_OUTPUT, optional=True,
                                              createByDefault=True),
            tr("One polygon per written chip (chip_name, image_path, feature_count), in the raster's CRS.")))
        self.addOutput(QgsProcessingOutputNumber(CHIP_COUNT, tr("Number of chips")))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        # Imported here, after the check: the engine needs rasterio, the plugin must load without it.
        from ..engine.export import export_training_data

        raster = self.parameterAsRasterLayer(parameters, IN_RASTER, context)
        if raster is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, IN_RASTER))
        out_folder = self.parameterAsFileOutput(parameters, OUT_FOLDER, context)
        config = self.run_engine(self._export_config, parameters, context, raster, out_folder)
        result = self.run_engine(export_training_data, config, self.engine_feedback(feedback))

        fields = QgsFields()
        for field_name, field_type in CHIP_INDEX_FIELDS:
            fields.append(QgsField(field_name, field_type))
        sink, index_id = self.parameterAsSink(parameters, OUT_CHIP_INDEX, context, fields,
                                              QgsWkbTypes.Polygon, raster.crs())
        if sink is not None:
            for chip in result.chips:
                feature = QgsFeature(fields)
                feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*chip.bounds)))
                image_path = os.path.abspath(os.path.join(result.out_folder, *chip.image_path.split("/")))
                feature.setAttributes([chip.name, image_path, chip.feature_count])
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return {OUT_FOLDER: out_folder, CHIP_COUNT: result.chip_count, OUT_CHIP_INDEX: index_id}

    def _export_config(self, parameters, context, raster, out_folder):
        """Read every parameter into the engine's frozen ``ExportConfig`` (raises ``InvalidInput``)."""
        from ..engine.export import ExportConfig
        from .labels import class_labels, mask_polygons

        class_data = class_labels(self.parameterAsLayer(parameters, IN_CLASS_DATA, context),
                                  self.parameterAsString(parameters, CLASS_VALUE_FIELD, context),
                                  self.parameterAsDouble(parameters, BUFFER_RADIUS, context))
        mask_source = self.parameterAsSource(parameters, IN_MASK_POLYGONS, context)
        extent = self.parameterAsExtent(parameters, EXTENT, context, raster.crs())
        return ExportConfig(
            in_raster=raster.source(),
            out_folder=out_folder,
            in_class_data=class_data,
            image_chip_format=self.parameterAsEnumString(parameters, IMAGE_CHIP_FORMAT, context),
            tile_size_x=self.parameterAsInt(parameters, TILE_SIZE_X, context),
            tile_size_y=self.parameterAsInt(parameters, TILE_SIZE_Y, context),
            stride_x=self.parameterAsInt(parameters, STRIDE_X, context),
            stride_y=self.parameterAsInt(parameters, STRIDE_Y, context),
            output_nofeature_tiles=self.parameterAsEnumString(parameters, OUTPUT_NOFEATURE_TILES, context),
            metadata_format=self.parameterAsEnumString(parameters, METADATA_FORMAT, context),
            start_index=self.parameterAsInt(parameters, START_INDEX, context),
            in_mask_polygons=mask_polygons(mask_source) if mask_source is not None else None,
            extent=rectangle_bounds(extent),
            cell_size=self.parameterAsDouble(parameters, CELL_SIZE, context) or 0.0,
            edge_policy=self.parameterAsEnumString(parameters, EDGE_POLICY, context),
        )
