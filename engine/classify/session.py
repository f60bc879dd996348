"""ONNX Runtime sessions: execution provider choice (PROCESSOR_TYPE), threads, and a per-run cache."""

import os
import threading

from ..errors import InvalidInput, Phrase

PROCESSOR_TYPES = ("AUTO", "CPU", "GPU")

# GPU providers tried, in order, when ONNX Runtime lists them as available. TensorRT is left out on
# purpose: onnxruntime-gpu lists it whether or not the TensorRT libraries are installed, and where
# they are it builds an engine per model and input shape on first use (minutes), which a Processing
# run cannot afford; the CUDA provider gives the GPU speed-up without that.
GPU_PROVIDERS = ("CUDAExecutionProvider", "ROCMExecutionProvider", "DmlExecutionProvider")
CPU_PROVIDER = "CPUExecutionProvider"


def _ort():
    # Imported on first use so that the engine (and the plugin) load without onnxruntime installed.
    import onnxruntime

    return onnxruntime


def _requested_providers(processor_type, available):
    gpus = [p for p in GPU_PROVIDERS if p in available]
    if processor_type == "CPU":
        return [CPU_PROVIDER]
    if processor_type == "GPU":
        if not gpus:
            raise InvalidInput("PROCESSOR_TYPE", "GPU was chosen but this ONNX Runtime has no GPU provider "
                               "(available: {available})",
                               "Install onnxruntime-gpu (NVIDIA) or onnxruntime-directml (Windows), or "
                               "choose AUTO or CPU", available=', '.join(available) or Phrase("none"))
        return gpus
    return gpus + [CPU_PROVIDER]


def create_session(model_path, processor_type="AUTO", log=None):
    """An ``onnxruntime.InferenceSession`` for ``model_path`` on the chosen processor.

    ``AUTO`` tries the available GPU providers (:data:`GPU_PROVIDERS`) and falls back to the CPU;
    ``GPU`` refuses to fall back (``InvalidInput`` naming PROCESSOR_TYPE when no GPU provider
    starts); ``CPU`` uses the CPU only. Intra-op threads = all cores. ``log`` receives the provider
    that actually runs, which ONNX Runtime may silently change when a GPU library fails to load.
    """
    log = log or (lambda _message: None)
    if processor_type not in PROCESSOR_TYPES:
        raise InvalidInput("PROCESSOR_TYPE", "unknown value {processor_type!r}",
                           "Use one of {processor_types}",
                           processor_type=processor_type, processor_types=', '.join(PROCESSOR_TYPES))
    ort = _ort()
    available = list(ort.get_available_providers())
    requested = _requested_providers(processor_type, available)
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = os.cpu_count() or 1
    options.inter_op_num_threads = 1
    if "DmlExecutionProvider" in requested:
        # DirectML cannot use memory patterns or parallel execution (ONNX Runtime docs).
        options.enable_mem_pattern = False
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    name = os.path.basename(model_path)
    try:
        session = ort.InferenceSession(model_path, sess_options=options, providers=requested)
    except Exception as err:  # ONNX Runtime raises its own pybind exception types
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise InvalidInput("IN_MODEL_DEFINITION", "{name} is not a valid ONNX model ONNX Runtime can load "
                           "({detail})", "Export the model again (torch.onnx.export, opset 11 or "
                           "later) or choose another file", name=name, detail=first[:200]) from None
    running = session.get_providers()[0]
    if processor_type == "GPU" and running not in GPU_PROVIDERS:
        raise InvalidInput("PROCESSOR_TYPE", "GPU was chosen but {requested} could not start "
                           "(missing CUDA/cuDNN libraries or no GPU); ONNX Runtime fell back to the CPU",
                           "Install the CUDA and cuDNN versions your onnxruntime-gpu needs, or choose AUTO "
                           "or CPU", requested=', '.join(requested))
    if running == CPU_PROVIDER and any(p in GPU_PROVIDERS for p in requested):
        log(f"ONNX Runtime: {', '.join(p for p in requested if p != CPU_PROVIDER)} could not start "
            "(see ONNX Runtime's warning for the missing library); running on the CPU.")
    log(f"ONNX Runtime {ort.__version__}: {name} runs on {running} "
        f"({options.intra_op_num_threads} threads).")
    return session


class SessionCache:
    """Sessions kept per (model file, processor type), so a run — or a host that keeps the cache
    between runs — loads a model once. Safe to share between threads."""

    def __init__(self):
        self._sessions = {}
        self._lock = threading.Lock()

    def get(self, model_path, processor_type="AUTO", log=None):
        """The cached session, created with :func:`create_session` on first use."""
        real = os.path.realpath(model_path)
        try:
            st = os.stat(real)
            key = (real, st.st_mtime_ns, st.st_size, processor_type)
        except OSError:
            key = (real, None, None, processor_type)
        with self._lock:
            session = self._sessions.get(key)
            if session is None:
                session = create_session(real, processor_type, log)
                self._sessions[key] = session
            elif log:
                log(f"ONNX Runtime: reusing the loaded {os.path.basename(real)} on "
                    f"{session.get_providers()[0]}.")
            return session

    def clear(self):
        """Drop every cached session (frees the models' memory)."""
        with self._lock:
            self._sessions.clear()
