"""Export Training Data For Deep Learning: the Processing front end of ``engine.export``."""

import dataclasses
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsRasterLayer,
    QgsRectangle,
)

from .base import (  # noqa: F401  (DASK_SCHEDULER … WEB_TILE_LIMIT: parameter keys of this algorithm, public API)
    DASK_SCHEDULER,
    OUT_SR,
    PARALLEL_PROCESSING_FACTOR,
    RETRY_ON_FAILURES,
    SNAP_RASTER,
    WEB_TILE_LIMIT,
    PixelwiseAlgorithm,
    dask_scheduler,
    environment_parameters,
    keyword_enum,
    number,
    rectangle_bounds,
    tr,
    web_tile_limit,
    with_help,
    yes_no_enum,
)
from .compat import (
    NUMBER_DOUBLE,
    SOURCE_RASTER,
    SOURCE_VECTOR_POINT,
    SOURCE_VECTOR_POLYGON,
    WKB_POLYGON,
    field_type,
)

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
PNG_COMPRESSION_LEVEL = "PNG_COMPRESSION_LEVEL"
ROTATION_ANGLE = "ROTATION_ANGLE"
REFERENCE_SYSTEM = "REFERENCE_SYSTEM"
PROCESSING_MODE = "PROCESSING_MODE"
BLACKEN_AROUND_FEATURE = "BLACKEN_AROUND_FEATURE"
CROP_MODE = "CROP_MODE"
IN_RASTER2 = "IN_RASTER2"
IN_INSTANCE_DATA = "IN_INSTANCE_DATA"
INSTANCE_CLASS_VALUE_FIELD = "INSTANCE_CLASS_VALUE_FIELD"
MIN_POLYGON_OVERLAP_RATIO = "MIN_POLYGON_OVERLAP_RATIO"
CHIP_COUNT = "CHIP_COUNT"
OUT_CHIP_INDEX = "OUT_CHIP_INDEX"

# Enum values are the ArcGIS keywords (static strings). They repeat engine.export.config's tuples
# because importing the engine needs rasterio, and the plugin must load without it;
# tests/provider checks that both lists agree.
IMAGE_CHIP_FORMATS = ("TIFF", "PNG", "JPEG", "MRF")
# Yes/no keywords in (no, yes) order: option 0 is "no", option 1 "yes" (see base.yes_no_enum).
NOFEATURE_TILES = ("ONLY_TILES_WITH_FEATURES", "ALL_TILES")
# ArcGIS's ten formats in ArcGIS's order, then two Pixelwise additions (COCO, YOLO).
METADATA_FORMATS = ("KITTI_rectangles", "PASCAL_VOC_rectangles", "Classified_Tiles", "RCNN_Masks",
                    "Labeled_Tiles", "MultiLabeled_Tiles", "Export_Tiles", "CycleGAN", "Imagenet",
                    "Panoptic_Segmentation", "COCO", "YOLO")
EDGE_POLICIES = ("SHIFT_INWARD", "PAD", "DROP")
REFERENCE_SYSTEMS = ("MAP_SPACE", "PIXEL_SPACE")
PROCESSING_MODES = ("PROCESS_AS_MOSAICKED_IMAGE", "PROCESS_ITEMS_SEPARATELY")
CROP_MODES = ("FIXED_SIZE", "BOUNDING_BOX")
# ArcGIS's keywords for the boolean blacken_around_feature, in (no, yes) order (see base.yes_no_enum).
BLACKEN_KEYWORDS = ("NO_BLACKEN", "BLACKEN_AROUND_FEATURE")

# Fields of the OUT_CHIP_INDEX layer.
CHIP_INDEX_FIELDS = (("chip_name", field_type("string")), ("image_path", field_type("string")),
                     ("feature_count", field_type("int")))


def _with_widget(parameter, wrapper_class):
    """``parameter`` shown in the algorithm dialog by ``plugin/widgets/<wrapper_class>`` (a class path
    that Processing imports, so this module does not import the plugin)."""
    package = __package__.rpartition(".")[0]  # the folder QGIS installed the plugin as: pixelwise
    parameter.setMetadata({"widget_wrapper": {"class": f"{package}.plugin.widgets.{wrapper_class}"}})
    return parameter


def _drawn_over_the_raster(labels, raster_crs):
    """``labels`` without their CRS when it is the one QGIS gave a raster whose file has none.

    QGIS shows such a raster at x = column, y = −row in whatever CRS the layer got (often the
    project's), so labels drawn over it in that CRS are in those pixel coordinates: the engine takes
    labels without a CRS as exactly that. Labels in another CRS keep it (and the engine refuses them).
    """
    from .labels import crs_string

    if getattr(labels, "crs", None) is None or labels.crs != crs_string(raster_crs):
        return labels
    return dataclasses.replace(labels, crs=None)


class ExportTrainingDataAlgorithm(PixelwiseAlgorithm):
    """Cut a raster and its labels into image chips with ArcGIS-compatible metadata."""

    ICON = "export.svg"
    OPTIONAL_MODULES = ("distributed",)

    def name(self):
        return "exporttrainingdata"

    def displayName(self):
        return tr("Export Training Data For Deep Learning")

    def tags(self):
        return tr("deep learning,training data,chips,tiles,labels,arcgis,pascal voc,kitti,segmentation,"
                  "coco,yolo,mask r-cnn,imagenet,cyclegan,panoptic").split(",")

    def shortHelpString(self):
        return tr(
            "Cuts a raster into image chips and writes a label for each chip from polygons, points or a "
            "class raster, in the folder layout ArcGIS Pro's 'Export Training Data For Deep Learning' "
            "writes (images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json, "
            "esri_model_definition.emd), so training code written for ArcGIS reads it unchanged.\n\n"
            "Inputs: one or more rasters (IN_RASTER) and, for every format but Export_Tiles and CycleGAN, "
            "the labels (IN_CLASS_DATA): polygons, points (buffered by BUFFER_RADIUS) or a class raster. "
            "Labels in another CRS are reprojected to the raster's CRS. Parameter names and keywords are "
            "the ArcGIS ones (METADATA_FORMAT=Classified_Tiles).\n\n"
            "Every ArcGIS metadata format is written (boxes, class tiles, instance masks, labelled and "
            "multi-labelled tiles, Imagenet, CycleGAN, panoptic segmentation, image-only tiles), plus COCO "
            "and YOLO. Several input rasters are mosaicked or cut one by one (PROCESSING_MODE); a second "
            "raster adds images2/ (IN_RASTER2); ROTATION_ANGLE adds rotated copies of every chip; "
            "REFERENCE_SYSTEM=PIXEL_SPACE cuts chips in image space, also from rasters without "
            "georeference.\n\n"
            "Outputs: the folder (OUT_FOLDER), which must be new, empty or an earlier Pixelwise export of "
            "the same kind (the new chips are appended); a failed or cancelled run leaves it as it was. "
            "CHIP_COUNT, the number of chips written, and the chip index (OUT_CHIP_INDEX), one polygon "
            "per written chip.\n\n"
            "Example: IN_RASTER=scene.tif IN_CLASS_DATA=landcover.gpkg CLASS_VALUE_FIELD=class "
            "METADATA_FORMAT=Classified_Tiles TILE_SIZE_X=256 TILE_SIZE_Y=256 STRIDE_X=128 STRIDE_Y=128 "
            "OUT_FOLDER=training_data"
        )

    def initAlgorithm(self, config=None):
        in_raster = QgsProcessingParameterMultipleLayers(IN_RASTER, tr("Input raster"),
                                                         layerType=SOURCE_RASTER)
        in_raster.setMinimumNumberInputs(1)
        self.addParameter(with_help(
            in_raster,
            tr("The imagery to cut into chips: one raster, or several (PROCESSING_MODE says whether they "
               "are mosaicked or cut one by one). Chips keep the raster's data type and all its bands. Any "
               "QGIS raster layer works, web services too (XYZ, WMS, WMTS, WCS, ArcGIS REST: red, green and "
               "blue bands; EXTENT is then required).")))
        self.addParameter(with_help(
            QgsProcessingParameterFolderDestination(OUT_FOLDER, tr("Output folder")),
            tr("Folder that receives images/, labels/ and the metadata files. It must not exist, be "
               "empty, or hold an earlier Pixelwise export.")))
        self.addParameter(with_help(
            QgsProcessingParameterMapLayer(
                IN_CLASS_DATA, tr("Input feature class or classified raster"), optional=True,
                types=[SOURCE_VECTOR_POLYGON, SOURCE_VECTOR_POINT,
                       SOURCE_RASTER]),
            tr("Labels: polygons, points (with a buffer radius) or a single-band class raster whose "
               "values are the classes (0 = no class). Leave empty with Export_Tiles.")))
        self.addParameter(_with_widget(keyword_enum(
            IMAGE_CHIP_FORMAT, tr("Image format"), IMAGE_CHIP_FORMATS, "TIFF",
            tr("File format of the image chips. PNG and JPEG take at most 3 bands; JPEG takes 8-bit "
               "data only.")), "chip_format.ChipFormatWidgetWrapper"))
        # One linked widget (the wrapper of TILE_SIZE_X) shows the four numbers in the dialog.
        self.addParameter(_with_widget(
            number(TILE_SIZE_X, tr("Tile size X"), 256, tr("Chip width in pixels.")),
            "tile_stride.TileStrideWidgetWrapper"))
        self.addParameter(_with_widget(
            number(TILE_SIZE_Y, tr("Tile size Y"), 256, tr("Chip height in pixels.")),
            "tile_stride.LinkedNumberWidgetWrapper"))
        self.addParameter(_with_widget(number(
            STRIDE_X, tr("Stride X"), 128,
            tr("Horizontal distance between chip origins in pixels; equal to the tile size for no overlap.")),
            "tile_stride.LinkedNumberWidgetWrapper"))
        self.addParameter(_with_widget(number(
            STRIDE_Y, tr("Stride Y"), 128,
            tr("Vertical distance between chip origins in pixels; equal to the tile size for no overlap.")),
            "tile_stride.LinkedNumberWidgetWrapper"))
        self.addParameter(yes_no_enum(
            OUTPUT_NOFEATURE_TILES, tr("Output no feature tiles"), NOFEATURE_TILES,
            "ONLY_TILES_WITH_FEATURES",
            tr("ALL_TILES writes every chip; ONLY_TILES_WITH_FEATURES skips chips without any label.")))
        self.addParameter(_with_widget(keyword_enum(
            METADATA_FORMAT, tr("Metadata format"), METADATA_FORMATS, "PASCAL_VOC_rectangles",
            tr("Label format (what is written for each chip):\n\t"
               "KITTI_rectangles: boxes in a KITTI text file (object detection).\n\t"
               "PASCAL_VOC_rectangles: boxes in a PASCAL VOC XML file (object detection).\n\t"
               "Classified_Tiles: a class raster (pixel classification).\n\t"
               "RCNN_Masks: one instance mask per class present, in labels/<class name>/ (instance "
               "segmentation).\n\t"
               "Labeled_Tiles: one chip per feature, its class in a PASCAL VOC XML file (object "
               "classification).\n\t"
               "MultiLabeled_Tiles: the names of every class in the chip in a PASCAL VOC XML file "
               "(multi-label classification).\n\t"
               "Export_Tiles: images only (super-resolution, Pix2Pix).\n\t"
               "CycleGAN: images only, one domain of a CycleGAN training set.\n\t"
               "Imagenet: one chip per feature, filed in images/<class name>/ (object classification).\n\t"
               "Panoptic_Segmentation: a class raster from the input class data plus instance masks from "
               "IN_INSTANCE_DATA.\n\t"
               "COCO: one annotations.json with the polygons and boxes of every chip (Pixelwise "
               "addition).\n\t"
               "YOLO: normalised boxes in a YOLO text file per chip, plus data.yaml (Pixelwise addition)."),
            ), "metadata_format.MetadataFormatWidgetWrapper"))
        self.addParameter(number(
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
            tr("Buffer drawn around each input feature (and each IN_INSTANCE_DATA feature), in the units "
               "of the features' CRS. Points need a radius greater than 0 (they become circles).")))
        self.addParameter(with_help(
            QgsProcessingParameterFeatureSource(IN_MASK_POLYGONS, tr("Input mask polygons"),
                                                [SOURCE_VECTOR_POLYGON], optional=True),
            tr("Only chips that lie completely inside these polygons are written.")))
        self.addParameter(with_help(
            QgsProcessingParameterExtent(EXTENT, tr("Extent"), optional=True),
            tr("Area to export (the ArcGIS 'extent' environment); the whole raster if not set. Required "
               "for a web layer, which has no extent of its own.")))
        self.addParameter(with_help(
            QgsProcessingParameterDistance(CELL_SIZE, tr("Cell size"), defaultValue=0.0,
                                           parentParameterName=IN_RASTER, optional=True),
            tr("Output cell size in the units of the (first) input raster's CRS, or OUT_SR's when set (the "
               "ArcGIS 'cellSize' environment); 0 keeps the raster's own cell size (or the snap raster's). "
               "For a tiled web layer it picks the zoom level (0: the finest the service offers); a WMS or "
               "ArcGIS layer needs it.")))
        self.addParameter(number(
            PNG_COMPRESSION_LEVEL, tr("PNG compression level"), 1,
            tr("zlib level of PNG image chips, 1 (fastest) to 9 (smallest); label PNGs are written at 1. "
               "Measured on aerial RGB chips, level 6 (GDAL's default) encodes 2.5 times slower than 1 for "
               "files 2 % smaller, so 1 is the default. (Pixelwise addition.)"), advanced=True))
        self.addParameter(keyword_enum(
            EDGE_POLICY, tr("Edge chips"), EDGE_POLICIES, "SHIFT_INWARD",
            tr("What happens to grid cells that run past the right or bottom edge of the raster: "
               "SHIFT_INWARD moves the last chip back so it ends at the edge, PAD fills the missing "
               "pixels with NoData, DROP leaves the cell out. (Pixelwise addition; ArcGIS does not "
               "document its behaviour.)")))
        self.addParameter(number(
            ROTATION_ANGLE, tr("Rotation angle"), 0.0,
            tr("Augmentation, in degrees: with an angle a greater than 0 every chip is also written "
               "rotated counter-clockwise about its centre by a, 2a, … (less than 360°), ceil(360 / a) "
               "copies in all; rotated chips are resampled from the raster around them and their labels "
               "recomputed. 0 writes no rotated chips."),
            NUMBER_DOUBLE))
        self.addParameter(keyword_enum(
            REFERENCE_SYSTEM, tr("Reference system"), REFERENCE_SYSTEMS, "MAP_SPACE",
            tr("MAP_SPACE cuts georeferenced chips (the raster needs a CRS); PIXEL_SPACE cuts chips in "
               "image rows and columns and writes them without CRS or world file, also from a raster "
               "without georeference. Use the space the model will be run in.")))
        self.addParameter(keyword_enum(
            PROCESSING_MODE, tr("Processing mode"), PROCESSING_MODES, "PROCESS_AS_MOSAICKED_IMAGE",
            tr("With several input rasters: PROCESS_AS_MOSAICKED_IMAGE mosaics them into one image first "
               "(same CRS, band count and data type; later rasters on top); PROCESS_ITEMS_SEPARATELY "
               "cuts each raster on its own grid, chip numbers continuing from one raster to the next.")))
        self.addParameter(yes_no_enum(
            BLACKEN_AROUND_FEATURE, tr("Blacken around feature"), BLACKEN_KEYWORDS, "NO_BLACKEN",
            tr("For the one-feature chips of Labeled_Tiles and Imagenet: BLACKEN_AROUND_FEATURE sets every "
               "pixel whose centre lies outside the feature to 0; NO_BLACKEN keeps the imagery around it.")))
        self.addParameter(keyword_enum(
            CROP_MODE, tr("Crop mode"), CROP_MODES, "FIXED_SIZE",
            tr("For Labeled_Tiles and Imagenet (one chip per feature): FIXED_SIZE writes a tile-size chip "
               "centred on the feature; BOUNDING_BOX crops the chip to the feature's bounding box, so "
               "chip sizes vary.")))
        self.addParameter(with_help(
            QgsProcessingParameterRasterLayer(IN_RASTER2, tr("Additional input raster"), optional=True),
            tr("A second raster cut on the same chips (resampled onto the input raster's grid) and written "
               "to images2/, for image translation or change detection. Only with Export_Tiles, "
               "Classified_Tiles and CycleGAN; arcgis.learn reads Classified_Tiles with images2/ as "
               "change detection.")))
        self.addParameter(with_help(
            QgsProcessingParameterMapLayer(
                IN_INSTANCE_DATA, tr("Input instance data"), optional=True,
                types=[SOURCE_VECTOR_POLYGON, SOURCE_VECTOR_POINT]),
            tr("Instance labels for Panoptic_Segmentation: polygons, or points with a buffer radius; each "
               "feature is one instance in the masks of labels2/<class name>/.")))
        self.addParameter(with_help(
            QgsProcessingParameterField(INSTANCE_CLASS_VALUE_FIELD, tr("Instance class value field"),
                                        parentLayerParameterName=IN_INSTANCE_DATA, optional=True),
            tr("Field of the instance features holding the class, read like the class value field. If "
               "empty, a field named 'value' or 'classvalue' is used, else all features are one class.")))
        self.addParameter(number(
            MIN_POLYGON_OVERLAP_RATIO, tr("Minimum polygon overlap ratio"), 0.0,
            tr("A feature is put in a chip's label only when at least this fraction (0 to 1) of its area "
               "lies inside the chip; 0 keeps every feature that touches the chip. Polygon and point "
               "labels only."),
            NUMBER_DOUBLE))
        self.addParameter(with_help(
            # Optional with a temporary default: processing.run, models and qgis_process create it
            # without being asked (a required sink without a value fails in 3.22).
            QgsProcessingParameterFeatureSink(OUT_CHIP_INDEX, tr("Chip index"),
                                              SOURCE_VECTOR_POLYGON,
                                              defaultValue=QgsProcessing.TEMPORARY_OUTPUT, optional=True,
                                              createByDefault=True),
            tr("One polygon per written chip (chip_name, image_path, feature_count), in the chips' CRS (the "
               "raster's, or OUT_SR's).")))
        for parameter in environment_parameters(export=True):
            self.addParameter(parameter)
        self.addParameter(dask_scheduler())
        self.addParameter(web_tile_limit())
        self.addOutput(QgsProcessingOutputNumber(CHIP_COUNT, tr("Number of chips")))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        # Imported here, after the check: the engine needs rasterio, the plugin must load without it.
        from ..engine.export import export_training_data

        scheduler = self.dask_value(parameters, context)
        rasters = self.parameterAsLayerList(parameters, IN_RASTER, context)
        if not rasters or not all(isinstance(layer, QgsRasterLayer) for layer in rasters):
            raise self.invalid_raster(parameters, IN_RASTER)
        # The first raster's CRS is the one of EXTENT, CELL_SIZE and the chip index (a mosaic needs
        # one CRS anyway): the layer's, as QGIS shows it, also for a file without georeference.
        crs = rasters[0].crs()
        out_folder = self.parameterAsFileOutput(parameters, OUT_FOLDER, context)
        config = self.run_engine(self._export_config, parameters, context, feedback, rasters, crs, out_folder)
        result = self.run_job("export", export_training_data, config, feedback, scheduler)
        if (config.out_sr or config.snap_raster) and result.crs_wkt:
            crs = QgsCoordinateReferenceSystem.fromWkt(result.crs_wkt)  # chips cut in the output CRS
        index_id = self._write_chip_index(parameters, context, result, crs)
        return {OUT_FOLDER: out_folder, CHIP_COUNT: result.chip_count, OUT_CHIP_INDEX: index_id}

    def _write_chip_index(self, parameters, context, result, crs):
        """One footprint polygon per written chip into OUT_CHIP_INDEX; returns the sink's id."""
        fields = QgsFields()
        for field_name, kind in CHIP_INDEX_FIELDS:
            fields.append(QgsField(field_name, kind))
        sink, index_id = self.parameterAsSink(parameters, OUT_CHIP_INDEX, context, fields,
                                              WKB_POLYGON, crs)
        if sink is not None:
            for chip in result.chips:
                feature = QgsFeature(fields)
                # The chip's true outline: rotated chips (ROTATION_ANGLE) are not axis-aligned.
                ring = [QgsPointXY(x, y) for x, y in chip.footprint]
                feature.setGeometry(QgsGeometry.fromPolygonXY([ring + ring[:1]]) if ring
                                    else QgsGeometry.fromRect(QgsRectangle(*chip.bounds)))
                image_path = os.path.abspath(os.path.join(result.out_folder, *chip.image_path.split("/")))
                feature.setAttributes([chip.name, image_path, chip.feature_count])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return index_id

    def _export_config(self, parameters, context, feedback, rasters, crs, out_folder):
        """Read every parameter into the engine's frozen ``ExportConfig`` (raises ``InvalidInput``)."""
        from ..engine.errors import InvalidInput
        from ..engine.export import ExportConfig
        from .labels import class_labels, mask_polygons

        overlap_ratio = self.parameterAsDouble(parameters, MIN_POLYGON_OVERLAP_RATIO, context)
        if not 0.0 <= overlap_ratio <= 1.0:
            raise InvalidInput(MIN_POLYGON_OVERLAP_RATIO, "must be between 0 and 1 (got {overlap_ratio:g})",
                               "Give the fraction of a feature's area that must lie inside a chip, or 0",
                               overlap_ratio=overlap_ratio)
        buffer_radius = self.parameterAsDouble(parameters, BUFFER_RADIUS, context)
        # Files as they are; web layers and other providers as GDAL names the engine opens.
        sources = self.raster_sources(parameters, context, feedback)
        extent = rectangle_bounds(self.parameterAsExtent(parameters, EXTENT, context, crs))
        cell_size = self.parameterAsDouble(parameters, CELL_SIZE, context) or 0.0
        environment, extent, request_cell, converted = self.environment(parameters, context, rasters[0],
                                                                        extent, cell_size)
        images = [sources.engine_raster(layer, IN_RASTER, extent, request_cell) for layer in rasters]
        raster2 = self.parameterAsRasterLayer(parameters, IN_RASTER2, context)
        if raster2 is not None:
            images.append(sources.engine_raster(raster2, IN_RASTER2, extent, request_cell))
        if len({(image.extent, image.cell_size) for image in images}) > 1:
            raise InvalidInput(IN_RASTER, "mixes web layers with other rasters", "Export the web layers and "
                               "the other rasters in separate runs")
        class_data = class_labels(self.parameterAsLayer(parameters, IN_CLASS_DATA, context),
                                  self.parameterAsString(parameters, CLASS_VALUE_FIELD, context),
                                  buffer_radius, sources=sources, extent=extent, cell_size=cell_size)
        instance_data = class_labels(self.parameterAsLayer(parameters, IN_INSTANCE_DATA, context),
                                     self.parameterAsString(parameters, INSTANCE_CLASS_VALUE_FIELD, context),
                                     buffer_radius, IN_INSTANCE_DATA, INSTANCE_CLASS_VALUE_FIELD, sources,
                                     extent, cell_size)
        mask_source = self.parameterAsSource(parameters, IN_MASK_POLYGONS, context)
        mask = mask_polygons(mask_source) if mask_source is not None else None
        if not rasters[0].dataProvider().crs().isValid():
            class_data, instance_data, mask = (_drawn_over_the_raster(labels, crs)
                                               for labels in (class_data, instance_data, mask))
        paths = tuple(image.path for image in images[:len(rasters)])
        return ExportConfig(
            in_raster=paths[0] if len(paths) == 1 else paths,
            out_folder=out_folder,
            in_class_data=class_data,
            image_chip_format=self.parameterAsEnumString(parameters, IMAGE_CHIP_FORMAT, context),
            tile_size_x=self.parameterAsInt(parameters, TILE_SIZE_X, context),
            tile_size_y=self.parameterAsInt(parameters, TILE_SIZE_Y, context),
            stride_x=self.parameterAsInt(parameters, STRIDE_X, context),
            stride_y=self.parameterAsInt(parameters, STRIDE_Y, context),
            output_nofeature_tiles=NOFEATURE_TILES[self.parameterAsYesNo(parameters, OUTPUT_NOFEATURE_TILES,
                                                                         context)],
            metadata_format=self.parameterAsEnumString(parameters, METADATA_FORMAT, context),
            start_index=self.parameterAsInt(parameters, START_INDEX, context),
            in_mask_polygons=mask,
            extent=images[0].extent,
            cell_size=cell_size if converted else images[0].cell_size,
            edge_policy=self.parameterAsEnumString(parameters, EDGE_POLICY, context),
            png_zlevel=self.parameterAsInt(parameters, PNG_COMPRESSION_LEVEL, context),
            rotation_angle=self.parameterAsDouble(parameters, ROTATION_ANGLE, context),
            reference_system=self.parameterAsEnumString(parameters, REFERENCE_SYSTEM, context),
            processing_mode=self.parameterAsEnumString(parameters, PROCESSING_MODE, context),
            blacken_around_feature=self.parameterAsYesNo(parameters, BLACKEN_AROUND_FEATURE, context),
            crop_mode=self.parameterAsEnumString(parameters, CROP_MODE, context),
            in_raster2=images[-1].path if raster2 is not None else None,
            in_instance_data=instance_data,
            min_polygon_overlap_ratio=overlap_ratio,
            **environment,
        )
