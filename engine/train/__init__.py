"""Train Pixel Classifier: a small U-Net trained with PyTorch on a Classified_Tiles export, written as
an ONNX model with its Esri model definition (``model.emd``) and a ``.dlpk`` that Classify Pixels
runs unchanged. QGIS-free.

PyTorch is an optional dependency: nothing here imports it until :func:`train_pixel_classifier` runs,
so the package (and the plugin) load without it; :func:`require_torch` says how to install it.
"""

from .config import MODEL_FILES, STOP_REASONS, EpochRecord, TrainConfig, TrainResult
from .dataset import TrainingData, read_export
from .network import TORCH_INSTALL, TorchMissing, require_torch
from .trainer import train_pixel_classifier

__all__ = [
    "MODEL_FILES",
    "STOP_REASONS",
    "TORCH_INSTALL",
    "EpochRecord",
    "TorchMissing",
    "TrainConfig",
    "TrainResult",
    "TrainingData",
    "read_export",
    "require_torch",
    "train_pixel_classifier",
]
