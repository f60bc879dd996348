"""ONNX Runtime sessions: execution provider choice (PROCESSOR_TYPE), threads, and a per-run cache."""

import ctypes
import os
import threading

from .errors import InvalidInput, Phrase

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


# ONNX Runtime's default logger levels: 2 (warning) is its default, 4 (fatal) silences the rest.
_ORT_WARNING, _ORT_FATAL = 2, 4
# The CUDA provider library of onnxruntime-gpu, beside ONNX Runtime's own (Linux; Windows: a .dll).
_CUDA_LIBRARIES = ("libonnxruntime_providers_cuda.so", "onnxruntime_providers_cuda.dll")


def cuda_problem(ort):
    """Why ONNX Runtime's CUDA provider library cannot load (its first missing library, e.g.
    ``libcublasLt.so.13: cannot open shared object file``), or None when it loads or is not there.
    Loading it is what ONNX Runtime does first when a session asks for CUDA."""
    folder = os.path.join(os.path.dirname(ort.__file__), "capi")
    for name in _CUDA_LIBRARIES:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            try:
                ctypes.CDLL(path)
            except OSError as err:
                return str(err).replace(path + ": ", "").strip() or type(err).__name__
            return None
    return None


def _new_session(ort, model_path, options, requested, quiet):
    """The session; with ``quiet``, ONNX Runtime logs nothing below fatal while it tries the GPU providers
    (AUTO: a machine without a usable GPU is normal, and the log line says what ran and why)."""
    if not quiet:
        return ort.InferenceSession(model_path, sess_options=options, providers=requested)
    ort.set_default_logger_severity(_ORT_FATAL)
    try:
        return ort.InferenceSession(model_path, sess_options=options, providers=requested)
    finally:
        ort.set_default_logger_severity(_ORT_WARNING)


def is_out_of_memory(err):
    """True when ONNX Runtime's error ``err`` says the device ran out of memory (a transient failure: a
    smaller batch may fit)."""
    text = str(err)
    return any(mark in text for mark in ("out of memory", "Failed to allocate memory", "CUDNN_STATUS_ALLOC",
                                          "cudaErrorMemoryAllocation", "BFCArena", "E_OUTOFMEMORY"))


def create_session(model_path, processor_type="AUTO", log=None, threads=None):
    """An ``onnxruntime.InferenceSession`` for ``model_path`` on the chosen processor.

    ``AUTO`` tries the available GPU providers (:data:`GPU_PROVIDERS`) and falls back to the CPU;
    ``GPU`` refuses to fall back (``InvalidInput`` naming PROCESSOR_TYPE when no GPU provider
    starts); ``CPU`` uses the CPU only. Intra-op threads: ``threads``, else all cores. ``log``
    receives the provider that actually runs, which ONNX Runtime may silently change when a GPU library
    fails to load.
    """
    log = log or (lambda _message: None)
    if processor_type not in PROCESSOR_TYPES:
        raise InvalidInput("PROCESSOR_TYPE", "unknown value {processor_type!r}",
                           "Use one of {processor_types}",
                           processor_type=processor_type, processor_types=', '.join(PROCESSOR_TYPES))
    ort = _ort()
    available = list(ort.get_available_providers())
    requested = _requested_providers(processor_type, available)
    reason = None
    if "CUDAExecutionProvider" in requested:
        reason = cuda_problem(ort)
        if reason and processor_type == "AUTO":
            # Asking for CUDA would only print ONNX Runtime's failed library loads (in red) before the
            # fallback to the CPU: leave it out.
            requested = [p for p in requested if p != "CUDAExecutionProvider"]
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads or os.cpu_count() or 1
    options.inter_op_num_threads = 1
    if "DmlExecutionProvider" in requested:
        # DirectML cannot use memory patterns or parallel execution (ONNX Runtime docs).
        options.enable_mem_pattern = False
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    name = os.path.basename(model_path)
    try:
        session = _new_session(ort, model_path, options, requested,
                               quiet=processor_type == "AUTO" and requested != [CPU_PROVIDER])
    except Exception as err:  # ONNX Runtime raises its own pybind exception types
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise InvalidInput("IN_MODEL_DEFINITION", "{name} is not a valid ONNX model ONNX Runtime can load "
                           "({detail})", "Export the model again (torch.onnx.export, opset 11 or "
                           "later) or choose another file", name=name, detail=first[:200]) from None
    running = session.get_providers()[0]
    if processor_type == "GPU" and running not in GPU_PROVIDERS:
        raise InvalidInput("PROCESSOR_TYPE", "GPU was chosen but {requested} could not start "
                           "({reason}); ONNX Runtime fell back to the CPU",
                           "Install the CUDA and cuDNN versions your onnxruntime-gpu needs, or choose AUTO "
                           "or CPU", requested=', '.join(requested),
                           reason=reason or Phrase("missing CUDA/cuDNN libraries or no GPU"))
    why = ""
    if running == CPU_PROVIDER and processor_type == "AUTO":
        gpus = [p for p in GPU_PROVIDERS if p in available]
        if reason:
            why = f"; CUDA is not usable here: {reason}"
        elif gpus:
            why = f"; {', '.join(gpus)} could not start (no usable GPU)"
        else:
            why = "; this ONNX Runtime has no GPU provider"
    elif processor_type == "CPU":
        why = "; PROCESSOR_TYPE=CPU"
    log(f"ONNX Runtime {ort.__version__}: {name} runs on {running} "
        f"({options.intra_op_num_threads} threads{why}).")
    return session


class SessionCache:
    """Sessions kept per (model file, processor type), so a run — or a host that keeps the cache
    between runs — loads a model once. Safe to share between threads."""

    def __init__(self):
        self._sessions = {}
        self._lock = threading.Lock()

    def get(self, model_path, processor_type="AUTO", log=None, threads=None):
        """The cached session, created with :func:`create_session` on first use (``threads``: ONNX
        Runtime's intra-op threads, None = every core)."""
        real = os.path.realpath(model_path)
        try:
            st = os.stat(real)
            key = (real, st.st_mtime_ns, st.st_size, processor_type, threads)
        except OSError:
            key = (real, None, None, processor_type, threads)
        with self._lock:
            session = self._sessions.get(key)
            if session is None:
                session = create_session(real, processor_type, log, threads)
                self._sessions[key] = session
            elif log:
                log(f"ONNX Runtime: reusing the loaded {os.path.basename(real)} on "
                    f"{session.get_providers()[0]}.")
            return session

    def clear(self):
        """Drop every cached session (frees the models' memory)."""
        with self._lock:
            self._sessions.clear()
