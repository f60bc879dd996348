"""Compute Accuracy For Pixel Classification: the Processing front end of ``engine.accuracy``."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .base import PixelwiseAlgorithm, keyword_enum, number, tr, with_help
from .compat import (
    GEOMETRY_POLYGON,
    SOURCE_RASTER,
    SOURCE_VECTOR_ANY,
    SOURCE_VECTOR_POLYGON,
    WKB_NO_GEOMETRY,
    field_type,
)

# Parameter keys: ArcGIS-style names in upper case; the engine's AccuracyConfig fields are the same
# names in lower case.
IN_CLASSIFIED_RASTER = "IN_CLASSIFIED_RASTER"
IN_GROUND_TRUTH_DATA = "IN_GROUND_TRUTH_DATA"
CLASS_VALUE_FIELD = "CLASS_VALUE_FIELD"
NUM_RANDOM_POINTS = "NUM_RANDOM_POINTS"
SAMPLING_STRATEGY = "SAMPLING_STRATEGY"
RANDOM_SEED = "RANDOM_SEED"
OUT_CONFUSION_MATRIX = "OUT_CONFUSION_MATRIX"
OUT_CSV = "OUT_CSV"
OUT_REPORT = "OUT_REPORT"
OVERALL_ACCURACY = "OVERALL_ACCURACY"
KAPPA = "KAPPA"
MEAN_IOU = "MEAN_IOU"

# engine.accuracy.SAMPLING_STRATEGIES, repeated because importing the engine needs rasterio and the
# plugin must load without it; tests/provider checks that both lists agree.
SAMPLING_STRATEGIES = ("STRATIFIED_RANDOM", "EQUALIZED_STRATIFIED_RANDOM", "RANDOM")


def _table_fields(field_names):
    """QGIS fields of the confusion-matrix table (engine.accuracy.confusion_table's columns)."""
    fields = QgsFields()
    for name in field_names:
        if name == "ClassName":
            kind = field_type("string")
        elif name in ("ClassValue", "Total"):
            kind = field_type("longlong")
        else:  # C_<value> holds counts, and user's accuracies in the UsersAccuracy row
            kind = field_type("double")
        fields.append(QgsField(name, kind))
    return fields


class ComputeAccuracyAlgorithm(PixelwiseAlgorithm):
    """Confusion matrix and accuracy metrics of a classified raster against ground truth."""

    ICON = "accuracy.svg"

    def name(self):
        return "computeaccuracy"

    def displayName(self):
        return tr("Compute Accuracy For Pixel Classification")

    def tags(self):
        return tr("accuracy,assessment,confusion matrix,error matrix,kappa,iou,f1,user's accuracy,"
                  "producer's accuracy,validation,ground truth,classification,segmentation,arcgis").split(",")

    def shortHelpString(self):
        return tr(
            "Compares a classified raster (e.g. the output of 'Classify Pixels Using Deep Learning') with "
            "ground truth and reports how accurate it is, like ArcGIS Pro's 'Compute Accuracy For Pixel "
            "Classification'.\n\n"
            "Inputs: the classified raster (band 1 = class values) and the ground truth, either a class "
            "raster (resampled, nearest, onto the classified raster's grid when the grids differ) or "
            "polygons with a class field (reprojected and rasterised onto that grid). NoData on either "
            "side, a ground-truth value of 0 and pixels outside every polygon are not assessed. Every "
            "valid pixel is assessed, or NUM_RANDOM_POINTS random points drawn with RANDOM_SEED "
            "(reproducible).\n\n"
            "Outputs: the confusion matrix as a table (one row per reference class: ClassValue, "
            "ClassName, one count column C_<value> per predicted class, Total, ProducersAccuracy, IoU, "
            "F1; then a Total row and a UsersAccuracy row whose ProducersAccuracy cell is the overall "
            "accuracy), the same table as CSV, an HTML report with the matrix as a heat map, and the "
            "numbers OVERALL_ACCURACY, KAPPA (Cohen's) and MEAN_IOU. The log lists every metric.\n\n"
            "Example: IN_CLASSIFIED_RASTER=classified.tif IN_GROUND_TRUTH_DATA=landcover.gpkg "
            "CLASS_VALUE_FIELD=class NUM_RANDOM_POINTS=1000 SAMPLING_STRATEGY=STRATIFIED_RANDOM "
            "RANDOM_SEED=42 OUT_CSV=matrix.csv OUT_REPORT=accuracy.html"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(with_help(
            QgsProcessingParameterRasterLayer(IN_CLASSIFIED_RASTER, tr("Input classified raster")),
            tr("The raster to assess: band 1 holds whole-number class values; its NoData pixels are not "
               "assessed. Class names come from its attribute table or category names (.aux.xml, as "
               "Classify Pixels writes them).")))
        self.addParameter(with_help(
            QgsProcessingParameterMapLayer(IN_GROUND_TRUTH_DATA, tr("Ground truth data"),
                                           types=[SOURCE_RASTER, SOURCE_VECTOR_POLYGON]),
            tr("The reference: a class raster (values = classes; 0 and NoData = no reference), or polygons "
               "with a class field (pixels whose centre lies in no polygon have no reference; later "
               "features win where polygons overlap). Rasters on another grid are resampled (nearest), "
               "polygons in another CRS reprojected, onto the classified raster's grid.")))
        # A plain string, not a field parameter: QGIS 3.22's field widget crashes when its parent
        # map-layer parameter holds a raster (QgsProcessingFieldWidgetWrapper dereferences a null layer).
        self.addParameter(with_help(
            QgsProcessingParameterString(CLASS_VALUE_FIELD, tr("Class value field"), optional=True),
            tr("Field of the ground-truth polygons holding the reference class (not used for a raster). "
               "A numeric field gives class values, matched to the classified raster's values (0 and NULL "
               "= no reference). A text field gives class names, matched to the classified raster's class "
               "names exactly, else ignoring case and surrounding spaces, else a text that is a whole "
               "number is that value; names that match nothing become extra reference classes (logged), "
               "and if no name matches the run stops. If empty, a field named 'value' or 'classvalue' is "
               "used.")))
        self.addParameter(number(
            NUM_RANDOM_POINTS, tr("Number of random points"), 0,
            tr("0 assesses every valid pixel. More than 0: the number of random points (pixels) assessed, "
               "drawn as SAMPLING_STRATEGY says; with fewer valid pixels than that, all are taken.")))
        self.addParameter(keyword_enum(
            SAMPLING_STRATEGY, tr("Sampling strategy"), SAMPLING_STRATEGIES, "STRATIFIED_RANDOM",
            tr("How random points are drawn (ArcGIS's 'Create Accuracy Assessment Points' keywords); "
               "points are distinct pixels drawn uniformly within each stratum:\n\t"
               "STRATIFIED_RANDOM: per reference class, in proportion to its area (largest-remainder "
               "rounding, so the points add up to NUM_RANDOM_POINTS; a tiny class may get none).\n\t"
               "EQUALIZED_STRATIFIED_RANDOM: the same number per reference class; a class with fewer pixels "
               "gives all of them and the rest go to the other classes.\n\t"
               "RANDOM: anywhere among the valid pixels.")))
        self.addParameter(number(
            RANDOM_SEED, tr("Random seed"), 0,
            tr("Seed of the random points (0 or more): the same seed, inputs and numpy version draw the "
               "same points.")))
        self.addParameter(with_help(
            # Optional with a temporary default: processing.run, models and qgis_process create it
            # without being asked (a required sink without a value fails in 3.22).
            QgsProcessingParameterFeatureSink(OUT_CONFUSION_MATRIX, tr("Confusion matrix"),
                                              SOURCE_VECTOR_ANY,
                                              defaultValue=QgsProcessing.TEMPORARY_OUTPUT, optional=True,
                                              createByDefault=True),
            tr("The confusion matrix as a table without geometry: one row per reference class (ClassValue, "
               "ClassName, C_<value> = pixels predicted as that class, Total, ProducersAccuracy, IoU, F1), "
               "a Total row and a UsersAccuracy row (its ProducersAccuracy cell is the overall accuracy).")))
        self.addParameter(with_help(
            QgsProcessingParameterFileDestination(OUT_CSV, tr("Confusion matrix CSV"),
                                                  fileFilter=tr("CSV files (*.csv)"),
                                                  defaultValue=QgsProcessing.TEMPORARY_OUTPUT, optional=True,
                                                  createByDefault=True),
            tr("The same table as a CSV file (UTF-8, comma-separated, full-precision numbers).")))
        self.addParameter(with_help(
            QgsProcessingParameterFileDestination(OUT_REPORT, tr("Accuracy report"),
                                                  fileFilter=tr("HTML files (*.html)"),
                                                  defaultValue=QgsProcessing.TEMPORARY_OUTPUT, optional=True,
                                                  createByDefault=True),
            tr("An HTML report: inputs, sampling, overall accuracy, kappa, mean IoU, the confusion matrix "
               "as a heat map (cell colour = share of the reference class) and the per-class metrics.")))
        self.addOutput(QgsProcessingOutputNumber(OVERALL_ACCURACY, tr("Overall accuracy")))
        self.addOutput(QgsProcessingOutputNumber(KAPPA, tr("Cohen's kappa")))
        self.addOutput(QgsProcessingOutputNumber(MEAN_IOU, tr("Mean IoU")))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        # Imported here, after the check: the engine needs numpy and rasterio, the plugin must load
        # without them.
        from ..engine.accuracy import compute_accuracy, confusion_table

        raster = self.parameterAsRasterLayer(parameters, IN_CLASSIFIED_RASTER, context)
        if raster is None:
            raise self.invalid_raster(parameters, IN_CLASSIFIED_RASTER)
        out_csv = self.parameterAsFileOutput(parameters, OUT_CSV, context) or None
        out_report = self.parameterAsFileOutput(parameters, OUT_REPORT, context) or None
        config = self.run_engine(self._accuracy_config, parameters, context, raster, out_csv, out_report)
        result = self.run_engine(compute_accuracy, config, self.engine_feedback(feedback))

        field_names, rows = confusion_table(result)
        fields = _table_fields(field_names)
        sink, table_id = self.parameterAsSink(parameters, OUT_CONFUSION_MATRIX, context, fields,
                                              WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())
        if sink is not None:
            for row in rows:
                feature = QgsFeature(fields)
                feature.setAttributes(list(row))
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        results = {OVERALL_ACCURACY: result.overall_accuracy, KAPPA: result.kappa, MEAN_IOU: result.mean_iou}
        if table_id:
            results[OUT_CONFUSION_MATRIX] = table_id
        if out_csv:
            results[OUT_CSV] = out_csv
        if out_report:
            results[OUT_REPORT] = out_report
        return results

    def _accuracy_config(self, parameters, context, raster, out_csv, out_report):
        """Read every parameter into the engine's frozen ``AccuracyConfig`` (raises ``InvalidInput``)."""
        from ..engine.accuracy import AccuracyConfig
        from ..engine.errors import InvalidInput, Phrase
        from ..engine.labels import RasterLabels
        from .labels import class_field_name, raster_path, vector_labels

        layer = self.parameterAsLayer(parameters, IN_GROUND_TRUTH_DATA, context)
        match_class_names = False
        if isinstance(layer, QgsRasterLayer):
            ground_truth = RasterLabels(path=raster_path(layer, IN_GROUND_TRUTH_DATA))
        elif isinstance(layer, QgsVectorLayer):
            if layer.geometryType() != GEOMETRY_POLYGON:
                raise InvalidInput(IN_GROUND_TRUTH_DATA, "layer '{layer}' holds {geometry} geometries",
                                   "Use polygons or a class raster as ground truth", layer=layer.name(),
                                   geometry=QgsWkbTypes.geometryDisplayString(layer.geometryType()).lower())
            requested = self.parameterAsString(parameters, CLASS_VALUE_FIELD, context)
            field_name = class_field_name(layer, requested, IN_GROUND_TRUTH_DATA, CLASS_VALUE_FIELD)
            if field_name is None:
                raise InvalidInput(CLASS_VALUE_FIELD, "is empty and the polygons of '{layer}' have "
                                   "no field named 'value' or 'classvalue' (fields: {fields})",
                                   "Choose the field that holds the reference classes", layer=layer.name(),
                                   fields=", ".join(layer.fields().names()) or Phrase("none"))
            ground_truth = vector_labels(layer, field_name, 0.0, IN_GROUND_TRUTH_DATA, CLASS_VALUE_FIELD)
            match_class_names = not layer.fields().field(field_name).isNumeric()
        else:
            raise InvalidInput(IN_GROUND_TRUTH_DATA, "{value!r} does not load as a raster or polygon layer",
                               "Give a class raster or a polygon layer",
                               value=parameters.get(IN_GROUND_TRUTH_DATA))
        return AccuracyConfig(
            in_classified_raster=raster_path(raster, IN_CLASSIFIED_RASTER),
            in_ground_truth_data=ground_truth,
            match_class_names=match_class_names,
            num_random_points=self.parameterAsInt(parameters, NUM_RANDOM_POINTS, context),
            sampling_strategy=self.parameterAsEnumString(parameters, SAMPLING_STRATEGY, context),
            random_seed=self.parameterAsInt(parameters, RANDOM_SEED, context),
            out_csv=out_csv,
            out_report=out_report,
        )
