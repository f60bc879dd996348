"""Classify Pixels Using Deep Learning: model definitions (EMD, DLPK, ONNX metadata), ONNX Runtime
sessions, tiled inference with blending, and the classified raster. QGIS-free."""

from .arguments import ARGUMENT_NAMES, MERGE_POLICIES, ModelArguments, parse_arguments, resolve_arguments
from .classifier import ClassifyConfig, ClassifyResult, classify_pixels
from .model import ModelDefinition, Normalization, load_model_definition, resolve_bands
from .session import PROCESSOR_TYPES, SessionCache, create_session

__all__ = [
    "ARGUMENT_NAMES",
    "MERGE_POLICIES",
    "PROCESSOR_TYPES",
    "ClassifyConfig",
    "ClassifyResult",
    "ModelArguments",
    "ModelDefinition",
    "Normalization",
    "SessionCache",
    "classify_pixels",
    "create_session",
    "load_model_definition",
    "parse_arguments",
    "resolve_arguments",
    "resolve_bands",
]
