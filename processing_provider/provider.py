"""The Pixelwise Processing provider: one id, one icon, an explicit list of algorithms."""

import configparser
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .classify_pixels import ClassifyPixelsAlgorithm
from .compute_accuracy import ComputeAccuracyAlgorithm
from .export_training_data import ExportTrainingDataAlgorithm
from .train_pixel_classifier import TrainPixelClassifierAlgorithm

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icon.svg")


def plugin_version():
    """The ``version`` of metadata.txt (the plugin's single source of its version)."""
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return metadata.get("general", "version", fallback="")


class PixelwiseProvider(QgsProcessingProvider):
    """Provider ``pixelwise``; algorithms are listed in :meth:`loadAlgorithms`."""

    def id(self):
        return "pixelwise"

    def name(self):
        return "Pixelwise"

    def longName(self):
        return f"Pixelwise {self.versionInfo()}".strip()

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):
        return ICON_PATH

    def versionInfo(self):
        return plugin_version()

    def loadAlgorithms(self):
        self.addAlgorithm(ExportTrainingDataAlgorithm())
        self.addAlgorithm(TrainPixelClassifierAlgorithm())
        self.addAlgorithm(ClassifyPixelsAlgorithm())
        self.addAlgorithm(ComputeAccuracyAlgorithm())
