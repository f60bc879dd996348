"""Train Pixel Classifier: the Processing front end of ``engine.train``; its training report (a PNG) is
drawn by ``training_report``: the engine has no plotting library."""

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
)

from .base import (
    PROCESSOR_TYPES,
    PixelwiseAlgorithm,
    keyword_enum,
    number,
    tr,
    with_help,
    yes_no,
    yes_no_enum,
)
from .compat import FILE_BEHAVIOR_FOLDER, NUMBER_DOUBLE
from .training_report import write_report

# Parameter keys: ArcGIS Pro's "Train Deep Learning Model" names in upper case where it has them;
# the engine's TrainConfig fields are the same names in lower case.
IN_FOLDER = "IN_FOLDER"
OUT_FOLDER = "OUT_FOLDER"
MAX_EPOCHS = "MAX_EPOCHS"
BATCH_SIZE = "BATCH_SIZE"
LEARNING_RATE = "LEARNING_RATE"
VALIDATION_PERCENTAGE = "VALIDATION_PERCENTAGE"
STOP_TRAINING = "STOP_TRAINING"
PATIENCE = "PATIENCE"
AUGMENTATION = "AUGMENTATION"
RANDOM_SEED = "RANDOM_SEED"
PROCESSOR_TYPE = "PROCESSOR_TYPE"
MODEL_WIDTH = "MODEL_WIDTH"
MODEL_DEPTH = "MODEL_DEPTH"
OUT_MODEL_DEFINITION = "OUT_MODEL_DEFINITION"
OUT_DLPK = "OUT_DLPK"
OUT_REPORT = "OUT_REPORT"
BEST_VAL_IOU = "BEST_VAL_IOU"
EPOCHS_RUN = "EPOCHS_RUN"

# ArcGIS's keywords for the boolean stop_training, in (no, yes) order (see base.yes_no_enum).
STOP_TRAINING_KEYWORDS = ("CONTINUE_TRAINING", "STOP_TRAINING")


class TrainPixelClassifierAlgorithm(PixelwiseAlgorithm):
    """Train a U-Net on a Classified_Tiles export and write an ONNX model that Classify Pixels runs."""

    REQUIRED_MODULES = PixelwiseAlgorithm.REQUIRED_MODULES + ("torch", "onnx")
    ICON = "train.svg"

    def name(self):
        return "trainpixelclassifier"

    def displayName(self):
        return tr("Train Pixel Classifier")

    def tags(self):
        return tr("deep learning,training,train,unet,u-net,segmentation,pixel classification,pytorch,onnx,"
                  "emd,dlpk,arcgis").split(",")

    def shortHelpString(self):
        return tr(
            "Trains a pixel classification (semantic segmentation) model on a Classified_Tiles export — "
            "written by Export Training Data For Deep Learning or by ArcGIS Pro — like ArcGIS Pro's 'Train "
            "Deep Learning Model' with a U-Net. It needs PyTorch (CPU is enough; an NVIDIA GPU is used when "
            "PyTorch has CUDA).\n\n"
            "Inputs: the training-data folder (IN_FOLDER) and the training settings: epochs, batch size, "
            "learning rate, validation share, early stopping, augmentation, seed, processor and network "
            "size.\n\n"
            "The chips are normalised with the export's band statistics; a share of them is held out to "
            "measure the model after every epoch (validation loss and mean IoU, in the log). The model of "
            "the epoch with the best validation IoU is kept. Training stops after the maximum number of "
            "epochs, earlier when the IoU stops improving (STOP_TRAINING), or when you cancel: the best "
            "model so far is then written.\n\n"
            "Outputs: the folder (OUT_FOLDER) receives model.onnx, model.emd, model.dlpk (both in one "
            "package), training_log.csv/.json and training_report.png (loss and IoU curves); the results "
            "name the .emd, the .dlpk, the report, the best validation IoU and the number of epochs run. "
            "The .emd or .dlpk runs unchanged in Classify Pixels Using Deep Learning; label value 0 "
            "(NoData) is never predicted. A failed run, or one cancelled before the first epoch ends, "
            "leaves the folder as it was.\n\n"
            "Example: IN_FOLDER=training_data OUT_FOLDER=model MAX_EPOCHS=20 BATCH_SIZE=8 "
            "STOP_TRAINING=STOP_TRAINING PROCESSOR_TYPE=AUTO"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(with_help(
            QgsProcessingParameterFile(IN_FOLDER, tr("Input training data"),
                                       behavior=FILE_BEHAVIOR_FOLDER),
            tr("Folder of a Classified_Tiles export (map.txt, images/, labels/, esri_model_definition.emd, "
               "esri_accumulated_stats.json), from Pixelwise or ArcGIS Pro. Its classes (values, names, "
               "colours) become the model's classes; label pixels of value 0 are unlabelled.")))
        self.addParameter(with_help(
            QgsProcessingParameterFolderDestination(OUT_FOLDER, tr("Output model")),
            tr("Folder that receives the trained model. It must be new, empty, or the folder of an earlier "
               "Train Pixel Classifier run, whose files are replaced.")))
        self.addParameter(number(
            MAX_EPOCHS, tr("Max epochs"), 20,
            tr("Most passes over the training chips (ArcGIS max_epochs). Training may stop earlier, see "
               "STOP_TRAINING.")))
        self.addParameter(number(
            BATCH_SIZE, tr("Batch size"), 8,
            tr("Chips per training step. Larger batches need more memory (GPU memory on a GPU).")))
        self.addParameter(number(
            LEARNING_RATE, tr("Learning rate"), 0.001,
            tr("Step size of the Adam optimiser (ArcGIS learning_rate). 0.001 suits the small U-Net; 0 "
               "leaves the initial weights unchanged."), NUMBER_DOUBLE))
        self.addParameter(number(
            VALIDATION_PERCENTAGE, tr("Validation %"), 10.0,
            tr("Percentage of the chips held out to measure the model after every epoch (ArcGIS "
               "validation_percentage): at least one chip, drawn with RANDOM_SEED."),
            NUMBER_DOUBLE))
        self.addParameter(yes_no_enum(
            STOP_TRAINING, tr("Stop when model stops improving"), STOP_TRAINING_KEYWORDS, "STOP_TRAINING",
            tr("STOP_TRAINING: stop once the validation IoU has not improved for PATIENCE epochs (ArcGIS "
               "stop_training). CONTINUE_TRAINING: train all MAX_EPOCHS epochs. Either way the best epoch's "
               "model is written.")))
        self.addParameter(number(
            PATIENCE, tr("Patience (epochs)"), 5,
            tr("Epochs without a better validation IoU before training stops (with STOP_TRAINING).")))
        self.addParameter(yes_no(
            AUGMENTATION, tr("Augment chips with flips and rotations"), True,
            tr("Show each training chip randomly flipped and rotated by multiples of 90° (image and label "
               "alike): all eight variants for MAP_SPACE exports, left-right flips for PIXEL_SPACE ones.")))
        self.addParameter(number(
            RANDOM_SEED, tr("Random seed"), 0,
            tr("Seed of the initial weights, the validation split, the chip order and the augmentations: "
               "the same seed gives the same model on the CPU.")))
        self.addParameter(keyword_enum(
            PROCESSOR_TYPE, tr("Processor type"), PROCESSOR_TYPES, "AUTO",
            tr("Where the model trains (the ArcGIS 'processorType' environment): AUTO uses an NVIDIA GPU "
               "when PyTorch has CUDA and the CPU otherwise; GPU fails instead of falling back to the CPU; "
               "CPU uses the CPU only. The log names the device.")))
        self.addParameter(number(
            MODEL_WIDTH, tr("Model width"), 16,
            tr("Channels of the U-Net's first level, doubled at every level below (Pixelwise addition). "
               "16 trains in seconds to minutes on a CPU; 32 or 64 learn more and need a GPU."),
            advanced=True))
        self.addParameter(number(
            MODEL_DEPTH, tr("Model depth"), 3,
            tr("Down-samplings of the U-Net (Pixelwise addition): its view grows with 2^depth. The chips "
               "must be at least 2^depth pixels wide and high."), advanced=True))
        self.addOutput(QgsProcessingOutputFile(OUT_MODEL_DEFINITION, tr("Model definition (.emd)")))
        self.addOutput(QgsProcessingOutputFile(OUT_DLPK, tr("Deep learning package (.dlpk)")))
        self.addOutput(QgsProcessingOutputFile(OUT_REPORT, tr("Training report (PNG)")))
        self.addOutput(QgsProcessingOutputNumber(BEST_VAL_IOU, tr("Best validation IoU")))
        self.addOutput(QgsProcessingOutputNumber(EPOCHS_RUN, tr("Epochs run")))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        # Imported here, after the check: the engine needs numpy, rasterio and PyTorch, the plugin must
        # load without them.
        from ..engine.train import train_pixel_classifier

        config = self.run_engine(self._train_config, parameters, context)
        result = self.run_engine(train_pixel_classifier, config, self.engine_feedback(feedback), write_report)
        return {OUT_FOLDER: result.out_folder, OUT_MODEL_DEFINITION: result.model_definition,
                OUT_DLPK: result.dlpk, OUT_REPORT: result.report, BEST_VAL_IOU: result.best_val_iou,
                EPOCHS_RUN: result.epochs_run}

    def _train_config(self, parameters, context):
        """Read every parameter into the engine's frozen ``TrainConfig``."""
        from ..engine.train import TrainConfig

        stop = self.parameterAsYesNo(parameters, STOP_TRAINING, context)
        return TrainConfig(
            in_folder=self.parameterAsFile(parameters, IN_FOLDER, context),
            out_folder=self.parameterAsFileOutput(parameters, OUT_FOLDER, context),
            max_epochs=self.parameterAsInt(parameters, MAX_EPOCHS, context),
            batch_size=self.parameterAsInt(parameters, BATCH_SIZE, context),
            learning_rate=self.parameterAsDouble(parameters, LEARNING_RATE, context),
            validation_percentage=self.parameterAsDouble(parameters, VALIDATION_PERCENTAGE, context),
            early_stopping_patience=self.parameterAsInt(parameters, PATIENCE, context) if stop else 0,
            augmentation=self.parameterAsYesNo(parameters, AUGMENTATION, context),
            random_seed=self.parameterAsInt(parameters, RANDOM_SEED, context),
            model_width=self.parameterAsInt(parameters, MODEL_WIDTH, context),
            model_depth=self.parameterAsInt(parameters, MODEL_DEPTH, context),
            processor_type=self.parameterAsEnumString(parameters, PROCESSOR_TYPE, context),
        )
