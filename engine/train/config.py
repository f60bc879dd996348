"""What a training run takes (:class:`TrainConfig`) and what it gives back (:class:`TrainResult`)."""

from dataclasses import dataclass
from typing import Optional, Tuple

from ..classes import ClassInfo

# The files a run writes into OUT_FOLDER (and the only ones it replaces there).
EMD_NAME = "model.emd"
ONNX_NAME = "model.onnx"
DLPK_NAME = "model.dlpk"
LOG_CSV_NAME = "training_log.csv"
LOG_JSON_NAME = "training_log.json"
REPORT_NAME = "training_report.png"
MODEL_FILES = (EMD_NAME, ONNX_NAME, DLPK_NAME, LOG_CSV_NAME, LOG_JSON_NAME, REPORT_NAME)

# Why training ended: every epoch ran, no better validation IoU for `early_stopping_patience`
# epochs, or the host asked to stop (the best model so far is written).
STOP_REASONS = ("max_epochs", "early_stopping", "cancelled")


@dataclass(frozen=True)
class TrainConfig:
    """Everything one training run needs; field names are the parameter names in lower case.

    ``in_folder``: a Classified_Tiles export (Pixelwise's or ArcGIS Pro's). ``out_folder``: new, empty,
    or holding an earlier training's files (:data:`MODEL_FILES`), which are replaced.
    ``validation_percentage``: share of the chips held out for validation (at least one chip), drawn
    with ``random_seed``. ``early_stopping_patience``: epochs without a better validation IoU before
    training stops; 0 trains all ``max_epochs``. ``augmentation``: random flips and 90° rotations
    (ArcGIS's rule: all eight in MAP_SPACE exports, left-right flips only in PIXEL_SPACE).
    ``model_width``/``model_depth``: channels of the first U-Net level (doubled at each of the
    ``model_depth`` down-samplings). ``processor_type``: AUTO (CUDA when PyTorch has it), CPU or GPU.
    """

    in_folder: str
    out_folder: str
    max_epochs: int = 20
    batch_size: int = 8
    learning_rate: float = 0.001
    validation_percentage: float = 10.0
    early_stopping_patience: int = 5
    augmentation: bool = True
    random_seed: int = 0
    model_width: int = 16
    model_depth: int = 3
    processor_type: str = "AUTO"


@dataclass(frozen=True)
class EpochRecord:
    """One finished epoch: mean cross-entropy per labelled pixel on the training chips (as trained,
    augmented) and on the validation chips, the validation mean IoU over the classes present (in the
    labels or the predictions), the IoU of every class in model order (None where absent), and
    whether it is the best epoch so far."""

    epoch: int
    train_loss: float
    val_loss: float
    val_iou: float
    class_iou: Tuple[Optional[float], ...]
    seconds: float
    best: bool


@dataclass(frozen=True)
class TrainResult:
    """What a run wrote and how it went. ``history`` holds every finished epoch; the model files hold
    the weights of ``best_epoch``. ``report`` is None when no report writer was given.
    ``onnx_difference``: the largest difference between the logits of ONNX Runtime and PyTorch on the
    validation chips (None without ONNX Runtime)."""

    out_folder: str
    model_definition: str
    model_file: str
    dlpk: str
    training_log_csv: str
    training_log_json: str
    report: Optional[str]
    history: Tuple[EpochRecord, ...]
    best_epoch: int
    best_val_iou: float
    epochs_run: int
    stop_reason: str
    device: str
    classes: Tuple[ClassInfo, ...]
    train_chips: int
    val_chips: int
    onnx_difference: Optional[float]
    seconds: float
