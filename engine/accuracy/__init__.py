"""Compute Accuracy For Pixel Classification: a classified raster against ground truth (a class raster
or polygons), on every pixel or on stratified random points; confusion matrix, metrics, CSV and HTML.
QGIS-free."""

from .assess import compute_accuracy
from .config import DEFAULT_WINDOW_PIXELS, SAMPLING_STRATEGIES, AccuracyConfig, AccuracyResult
from .metrics import Metrics, confusion_metrics
from .report import confusion_table

__all__ = [
    "DEFAULT_WINDOW_PIXELS",
    "SAMPLING_STRATEGIES",
    "AccuracyConfig",
    "AccuracyResult",
    "Metrics",
    "compute_accuracy",
    "confusion_metrics",
    "confusion_table",
]
