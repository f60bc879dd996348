"""Classify Pixels Using Deep Learning: model definitions (EMD, DLPK, ONNX metadata), tiled inference
with blending, and the classified raster. QGIS-free.

It builds on the engine's shared modules (sessions in :mod:`engine.session`, normalization, classes,
mask geometry) and imports no other tool; ``Normalization``, ``PROCESSOR_TYPES``, ``SessionCache`` and
``create_session`` are re-exported here for callers of the classify API.
"""

from ..normalization import Normalization
from ..session import PROCESSOR_TYPES, SessionCache, create_session
from .arguments import ARGUMENT_NAMES, MERGE_POLICIES, ModelArguments, parse_arguments, resolve_arguments
from .classifier import ClassifyConfig, ClassifyResult, classify_pixels
from .model import ModelDefinition, load_model_definition, resolve_bands

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
