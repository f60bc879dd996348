"""What every Pixelwise algorithm shares: translation, feedback bridging and engine error conversion."""

import importlib

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.errors import PixelwiseError
from ..engine.feedback import Feedback

# Python module -> (pip package, Debian/Ubuntu package) for the install hint.
_INSTALL_NAMES = {
    "numpy": ("numpy", "python3-numpy"),
    "rasterio": ("rasterio", "python3-rasterio"),
    "lxml": ("lxml", "python3-lxml"),
}


def tr(text):
    """Translate ``text`` under the one context all Pixelwise Processing strings share."""
    return QCoreApplication.translate("Pixelwise", text)


def missing_modules(names):
    """The names in ``names`` that this Python cannot import, in the given order."""
    missing = []
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing


class PixelwiseAlgorithm(QgsProcessingAlgorithm):
    """Base of the Pixelwise algorithms; ``processAlgorithm`` may run in a worker thread (no GUI here)."""

    # Python modules the engine needs at run time; checked when the algorithm runs, not when QGIS
    # loads the plugin, so a missing package shows up as a clear message instead of a broken plugin.
    REQUIRED_MODULES = ("numpy", "rasterio", "lxml")

    def createInstance(self):
        return type(self)()

    def group(self):
        return tr("Deep learning")

    def groupId(self):
        return "deeplearning"

    def check_dependencies(self):
        """Raise a one-line ``QgsProcessingException`` with install commands when a module is missing."""
        missing = missing_modules(self.REQUIRED_MODULES)
        if not missing:
            return
        names = [_INSTALL_NAMES.get(name, (name, f"python3-{name}")) for name in missing]
        pip_names = " ".join(pip for pip, _apt in names)
        apt_names = " ".join(apt for _pip, apt in names)
        raise QgsProcessingException(
            tr("Pixelwise needs the Python packages {missing}, which QGIS's Python cannot import. "
               "Install them with 'python3 -m pip install {pip}' (Debian/Ubuntu: 'sudo apt install {apt}') "
               "and restart QGIS.").format(missing=", ".join(missing), pip=pip_names, apt=apt_names)
        )

    @staticmethod
    def engine_feedback(feedback):
        """Bridge a ``QgsProcessingFeedback`` (or None) to the engine's callback object."""
        if feedback is None:
            return Feedback()
        return Feedback(progress=feedback.setProgress, is_canceled=feedback.isCanceled, log=feedback.pushInfo)

    @staticmethod
    def run_engine(fn, *args):
        """Call ``fn(*args)``; an engine error becomes a one-line ``QgsProcessingException``."""
        try:
            return fn(*args)
        except PixelwiseError as err:
            # "from None": Processing shows the message, not a chained traceback.
            raise QgsProcessingException(str(err)) from None
