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
    # No Debian/Ubuntu package; onnxruntime-gpu (NVIDIA CUDA) is the same module with GPU providers.
    "onnxruntime": ("onnxruntime", None),
}
# Module -> another pip package providing it, named in the install hint as an alternative.
_ALTERNATIVES = {"onnxruntime": "onnxruntime-gpu"}


def tr(text):
    """Translate ``text`` under the one context all Pixelwise Processing strings share."""
    return QCoreApplication.translate("Pixelwise", text)


def with_help(parameter, help_text):
    """``parameter`` with its help text set (shown in the dialog, the modeler and ``qgis_process help``)."""
    parameter.setHelp(help_text)
    return parameter


def rectangle_bounds(rectangle):
    """``(xmin, ymin, xmax, ymax)`` of a ``QgsRectangle``, or None for a null one (no EXTENT given)."""
    if rectangle.isNull():
        return None
    return (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())


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
        apt_names = " ".join(apt for _pip, apt in names if apt)
        hint = tr("Install them with 'python3 -m pip install {pip}'").format(pip=pip_names)
        if apt_names:
            hint += tr(" (Debian/Ubuntu: 'sudo apt install {apt}')").format(apt=apt_names)
        for name in missing:
            if name in _ALTERNATIVES:
                hint += tr(" ('{alternative}' instead of '{pip}' for an NVIDIA GPU)").format(
                    alternative=_ALTERNATIVES[name], pip=_INSTALL_NAMES[name][0])
        raise QgsProcessingException(
            tr("Pixelwise needs the Python packages {missing}, which QGIS's Python cannot import. "
               "{hint} and restart QGIS.").format(missing=", ".join(missing), hint=hint)
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
