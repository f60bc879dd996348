"""Run an export or a classification past one machine: its parts as tasks on a Dask cluster.

From QGIS, the ``DASK_SCHEDULER`` parameter (:func:`run_on_scheduler`); from Python (Dask's
``distributed`` is an optional dependency, ``pip install "dask[distributed]"``)::

    from distributed import Client
    from pixelwise.engine.distributed import export_on_dask, classify_on_dask

    with Client("tcp://scheduler:8786") as client:      # or Client(LocalCluster(n_workers=2))
        export_on_dask(client, export_config, n_parts=64)
        classify_on_dask(client, classify_config, n_parts=64)

1. the job is split into parts (:func:`~.export.parts.plan_export_parts`: ranges of chip-grid rows;
   :func:`~.classify.parts.plan_classify_parts`: bands of 256-row blocks), by default two per worker;
2. before anything is submitted, every worker proves that it sees the inputs and the output's folder as
   the client does (:func:`check_reachable`: a probe file written by the client, the inputs' sizes and
   first bytes); GDAL network paths (``/vsis3/…``, ``/vsicurl/…``, URLs) are not checked, and the small
   GDAL descriptions a web layer becomes (``.vrt``/``.xml``) travel to the workers as bytes;
3. the model travels to every worker once, as bytes (``client.scatter``), and is written to the
   worker's temporary folder under its content's hash;
4. each part is one task writing a part folder next to the output; its progress comes back as Dask
   events and cancelling sets a Dask ``Event`` that every part polls, so a cancelled run stops on every
   worker; a failed part is retried once (``retries``), then the run ends with one line naming the
   part, the worker and its error;
5. the client merges the part folders into the job's outputs, byte-identical to one process's run, and
   removes the part folders: nothing reaches the outputs before the merge.

Workers need Pixelwise importable (the plugin folder on their ``PYTHONPATH``, e.g. through the
cluster's software environment) with numpy, rasterio and onnxruntime; each worker process keeps one ONNX
Runtime session per model between tasks.
"""

import hashlib
import json
import logging
import multiprocessing
import os
import re
import shutil
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from dataclasses import replace

from .classify.model import load_model_definition
from .classify.parts import classify_part, merge_classify_parts, plan_classify_parts
from .errors import N_, Cancelled, InvalidInput, Phrase, PixelwiseError
from .export.parts import export_part, merge_export_parts, plan_export_parts
from .feedback import Feedback
from .labels import RasterLabels
from .session import SessionCache

PARAMETER = "DASK_SCHEDULER"
PARTS_PER_WORKER = 2
# Share of the progress bar the parts fill; the merge on the client fills the rest.
PART_SHARE = 90.0
# How often a part sends its progress and asks whether the run was cancelled (seconds).
_REPORT_EVERY = 0.5
# GDAL descriptions (a web layer's .vrt and .xml) up to this size travel to the workers as bytes.
_DESCRIPTION_BYTES = 1 << 20
_DESCRIPTION_EXTENSIONS = (".vrt", ".xml")
_NETWORK_PREFIXES = ("/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls", "/vsioss", "/vsiswift",
                     "/vsiwebhdfs", "/vsihdfs", "/vsihttp")
_SCHEMES = ("tcp://", "tls://", "ws://", "wss://", "ucx://")
_FINGERPRINT_BYTES = 1 << 16

_SESSIONS = SessionCache()  # per worker process: a model is loaded once, not once per part
_MODELS = {}  # per worker process: content hash -> the model's entry file, written once

_UNREACHABLE_FIX = N_("Put inputs and outputs on a file system every worker mounts at the same path, give "
                      "the input as a GDAL network path (/vsis3/…, /vsicurl/…), or use local:N to run on "
                      "this computer")


class PartFailed(Exception):
    """A part's error on a worker: ``(worker address, error)``, the error a :class:`PixelwiseError` (its
    one-line message, translated with the rest) or the text of any other exception."""

    def __init__(self, worker, error):
        super().__init__(worker, error)


class _Clause(Phrase):
    """A worker's Pixelwise error inside another message: its one line, translated, without its full stop."""

    def __init__(self, error):
        super().__init__("")
        self.error = error

    def message(self, translate=lambda text: text):
        return self.error.message(translate).rstrip(".")


# --- DASK_SCHEDULER -------------------------------------------------------------------------------

def parse_scheduler(value):
    """``None`` (empty: one process), ``("local", N)`` or ``("remote", address)`` for a
    ``DASK_SCHEDULER`` value; raises :class:`InvalidInput` for anything else."""
    text = (value or "").strip()
    if not text:
        return None
    if text.lower().startswith("local:"):
        count = text[6:].strip()
        if not count.isdigit() or not 1 <= int(count) <= 1024:
            raise InvalidInput(PARAMETER, "local:N needs a whole number of worker processes, at least 1 "
                               "(got {value!r})", "Write e.g. local:2", value=text)
        return "local", int(count)
    if text.lower().startswith(_SCHEMES) and re.search(r":\d+/?$", text):
        return "remote", text.rstrip("/")
    if re.fullmatch(r"[\w.\-]+:\d+", text):
        return "remote", "tcp://" + text
    raise InvalidInput(PARAMETER, "{value!r} is neither a Dask scheduler address nor local:N",
                       "Give the scheduler's address with its port (tcp://host:8786), local:N for N worker "
                       "processes on this computer, or nothing to run in this process", value=text)


def worker_python():
    """The Python interpreter that local worker processes start with: this Python's own, found under
    ``sys.exec_prefix``. ``sys.executable`` is not to be trusted: in QGIS it is the qgis binary, or
    whatever ``python3`` comes first on PATH (another Python, e.g. pyenv's), which cannot load this
    Python's standard library."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    if sys.platform == "win32":
        candidates = [os.path.join(sys.exec_prefix, name) for name in ("python.exe", "python3.exe")]
    else:
        candidates = [os.path.join(sys.exec_prefix, "bin", name) for name in (f"python{version}", "python3")]
    return next((path for path in candidates if os.path.isfile(path)), None)


def _one_line(err):
    return " ".join(str(err).split()) or type(err).__name__


@contextmanager
def dask_client(value, log=None, timeout=10):
    """``(client, local)`` for a ``DASK_SCHEDULER`` value: a new local cluster of N worker processes
    (closed afterwards) or the scheduler at the address, with at least one worker."""
    log = log or (lambda _text: None)
    kind, target = parse_scheduler(value) or (None, None)
    if kind is None:
        raise ValueError("DASK_SCHEDULER is empty")
    try:
        import distributed
    except ImportError:
        raise InvalidInput(PARAMETER, "needs Dask's distributed package, which is not installed",
                           "Install dask and distributed (Pixelwise ▸ Install Python packages…, or pip "
                           "install \"dask[distributed]\"), or leave DASK_SCHEDULER empty") from None
    cluster = None
    if kind == "local":
        python = worker_python()
        if python:
            multiprocessing.set_executable(python)  # Dask's worker processes are spawned
        cluster = distributed.LocalCluster(n_workers=target, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
        client = distributed.Client(cluster)
        log(f"Dask: a local cluster of {target} worker processes")
    else:
        try:
            client = distributed.Client(target, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as err:
            raise InvalidInput(PARAMETER, "no Dask scheduler answered at {address} ({error})",
                               "Start one (dask scheduler) with its workers, or check the address and port",
                               address=target, error=_one_line(err)) from None
        try:
            client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError):
            client.close()
            raise InvalidInput(PARAMETER, "the Dask scheduler at {address} has no workers",
                               "Start some: dask worker {address}", address=target) from None
        log(f"Dask: the scheduler at {target}")
    try:
        yield client, kind == "local"
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_on_scheduler(value, kind, config, feedback=None, n_parts=None):
    """Run ``kind`` (``"export"`` or ``"classify"``) of ``config`` on the cluster ``value``
    (``DASK_SCHEDULER``) and return the merged result: what the Processing algorithms call."""
    feedback = feedback or Feedback()
    with dask_client(value, feedback.log) as (client, local):
        if local and config.parallel_processing_factor is None:
            # N processes share the cores: one process's default threads each would oversubscribe them.
            threads = max(1, (os.cpu_count() or 1) // _workers(client))
            config = replace(config, parallel_processing_factor=str(threads))
        return run_on_dask(client, kind, config, n_parts, feedback=feedback, check_paths=not local)


# --- what travels to the workers ------------------------------------------------------------------

def _read(path):
    with open(path, "rb") as f:
        return f.read()


def model_bundle(source, work_dir):
    """``(entry name, {file name: bytes})``: the files a worker writes into one folder to load the model
    ``source`` (an .emd with its ONNX file, EMD text, a .dlpk, an .onnx with its sidecar .emd) from
    ``entry``. Reads the definition first, so that a bad model fails here, before anything runs."""
    definition = load_model_definition(source, work_dir)
    text = str(source).strip()
    path = None if text.startswith("{") else os.path.abspath(text)
    ext = os.path.splitext(path)[1].lower() if path else ".emd"
    if ext in (".dlpk", ".zip"):
        return os.path.basename(path), {os.path.basename(path): _read(path)}
    onnx_name = os.path.basename(definition.model_file)
    files = {onnx_name: _read(definition.model_file)}
    if ext == ".onnx":
        emd_path = os.path.splitext(path)[0] + ".emd"
        if not os.path.isfile(emd_path):
            return onnx_name, files
        entry, emd_name, emd = onnx_name, os.path.splitext(onnx_name)[0] + ".emd", json.loads(
            _read(emd_path).decode("utf-8-sig"))
    else:
        emd = json.loads(text if path is None else _read(path).decode("utf-8-sig"))
        emd_name = "model.emd" if path is None else os.path.basename(path)
        if emd_name == onnx_name:
            emd_name = "model.emd"
        entry = emd_name
    if emd.get("ModelFile") or ext != ".onnx":
        emd["ModelFile"] = onnx_name  # beside it in the worker's folder
    files[emd_name] = json.dumps(emd).encode("utf-8")
    return entry, files


def _local_model(bundle):
    """On a worker: the model ``bundle`` written (once per content) into the temporary folder."""
    entry, files = bundle
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode("utf-8") + b"\0" + files[name])
    key = digest.hexdigest()[:32]
    path = _MODELS.get(key)
    if path and os.path.isfile(path):
        return path
    root = os.path.join(tempfile.gettempdir(), "pixelwise-models")
    folder = os.path.join(root, key)
    if not os.path.isdir(folder):
        os.makedirs(root, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=".incoming-", dir=root)
        for name, data in files.items():
            with open(os.path.join(staging, name), "wb") as f:
                f.write(data)
        try:
            os.rename(staging, folder)
        except OSError:  # another worker process on this machine was first
            shutil.rmtree(staging, ignore_errors=True)
    _MODELS[key] = path = os.path.join(folder, entry)
    return path


def _network(name):
    text = str(name).strip()
    return text.startswith(_NETWORK_PREFIXES) or "://" in text.split("?")[0][:16] or text.startswith("<")


def _local_file(name):
    """The local file a GDAL name opens (``GPKG:/data/x.gpkg:layer`` → ``/data/x.gpkg``), or None."""
    text = str(name)
    if _network(text):
        return None
    for candidate in [text] + text.split(":"):
        if candidate and os.path.isfile(candidate):
            return os.path.abspath(candidate)
    return None


def _reads(kind, config):
    names = list(config.in_raster) if isinstance(config.in_raster, (tuple, list)) else [config.in_raster]
    names.append(config.snap_raster)
    if kind == "export":
        names.append(config.in_raster2)
        if isinstance(config.in_class_data, RasterLabels):
            names.append(config.in_class_data.path)
    return [name for name in names if name]


def _descriptions(paths):
    """Split local files into small GDAL descriptions (followed into the files they name), returned as
    ``{path: bytes}``, and the other files, which the workers must see themselves."""
    from lxml import etree

    shipped, others, todo = {}, [], list(paths)
    while todo:
        path = todo.pop()
        if path in shipped or path in others:
            continue
        small = os.path.getsize(path) <= _DESCRIPTION_BYTES
        if not (path.lower().endswith(_DESCRIPTION_EXTENSIONS) and small):
            others.append(path)
            continue
        data = _read(path)
        shipped[path] = data
        try:
            root = etree.fromstring(data)
        except etree.XMLSyntaxError:
            continue
        for element in root.iter():
            text = (element.text or "").strip() if isinstance(element.tag, str) else ""
            if not text or "\n" in text or len(text) > 4096 or _network(text):
                continue
            target = text if os.path.isabs(text) else os.path.join(os.path.dirname(path), text)
            if os.path.isfile(target):
                todo.append(os.path.abspath(target))
    return shipped, others


def _fingerprint(path):
    try:
        with open(path, "rb") as f:
            head = hashlib.sha256(f.read(_FINGERPRINT_BYTES)).hexdigest()
        return os.path.getsize(path), head
    except OSError:
        return None


def _place(files):
    """On a worker: write each ``{path: bytes}`` at its path unless it already holds those bytes."""
    for path, data in files.items():
        try:
            if _read(path) == data:
                continue
        except OSError:
            pass
        os.makedirs(os.path.dirname(path), exist_ok=True)
        staging = f"{path}.{uuid.uuid4().hex[:8]}.incoming"
        with open(staging, "wb") as f:
            f.write(data)
        os.replace(staging, path)


def _worker_check(probe, token, fingerprints, descriptions):
    """On a worker: the paths it does not see as the client does (the output folder first)."""
    _place(descriptions)
    folder = os.path.dirname(probe)
    try:
        with open(probe, encoding="utf-8") as f:
            seen = f.read() == token
    except OSError:
        seen = False
    if seen:
        try:
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".pixelwise-write-test-"):
                pass
        except OSError:
            seen = False
    problems = [] if seen else [folder]
    return problems + [path for path, expected in fingerprints.items() if _fingerprint(path) != expected]


def check_reachable(client, kind, config, folder, shown=None):
    """Before a run: every worker of ``client`` reads the job's local inputs as this computer does and
    writes into ``folder`` (where the parts go, beside the output), else :class:`InvalidInput` naming
    the first worker and path that do not (``shown`` in place of ``folder``: the output's folder).
    Small GDAL descriptions are copied to the workers."""
    local = [path for path in (_local_file(name) for name in _reads(kind, config)) if path]
    descriptions, others = _descriptions(local)
    token = uuid.uuid4().hex
    probe = os.path.join(folder, f".pixelwise-probe-{token}")
    with open(probe, "w", encoding="utf-8") as f:
        f.write(token)
    try:
        found = client.run(_worker_check, probe, token, {path: _fingerprint(path) for path in others},
                           descriptions)
    finally:
        os.remove(probe)
    for worker, problems in sorted(found.items()):
        if problems:
            path = shown if shown and problems[0] == folder else problems[0]
            raise InvalidInput(PARAMETER, "the Dask worker {worker} does not see {path!r} as this computer "
                               "does", _UNREACHABLE_FIX, worker=worker, path=path)


# --- the parts on the workers ---------------------------------------------------------------------

def _part_feedback(run, index):
    """A part's feedback on a worker: progress as Dask events of topic ``run``, cancel from the Dask
    ``Event`` named ``run``, each at most every :data:`_REPORT_EVERY` seconds."""
    from distributed import Event, get_worker

    worker, event = get_worker(), Event(run)
    state = {"sent": 0.0, "checked": 0.0, "canceled": False}

    def progress(percent):
        now = time.monotonic()
        if percent >= 100 or now - state["sent"] >= _REPORT_EVERY:
            state["sent"] = now
            worker.log_event(run, {"part": index, "percent": float(percent)})

    def is_canceled():
        now = time.monotonic()
        if not state["canceled"] and now - state["checked"] >= _REPORT_EVERY:
            state["checked"] = now
            state["canceled"] = event.is_set()
        return state["canceled"]

    return Feedback(progress=progress, is_canceled=is_canceled)


def _part_task(kind, config, part, folder, run, model):
    from distributed import get_worker

    feedback = _part_feedback(run, part.index)
    try:
        if kind == "classify":
            model_definition = _local_model(model) if model else None
            result = classify_part(config, part, folder, feedback, sessions=_SESSIONS,
                                   model_definition=model_definition)
        else:
            result = export_part(config, part, folder, feedback)
    except Cancelled:
        raise
    except PixelwiseError as err:  # its own one-line message, said with the part and the worker
        raise PartFailed(get_worker().address, err) from None
    except Exception as err:
        raise PartFailed(get_worker().address, f"{type(err).__name__}: {_one_line(err)}") from None
    feedback.progress(100.0)
    return result.folder


def _workers(client):
    return max(1, len(client.scheduler_info().get("workers", {})))


def _part_error(future, part, retries):
    err = future.exception()
    if isinstance(err, PixelwiseError):
        return err
    if isinstance(err, PartFailed):
        worker, error = err.args
        if isinstance(error, PixelwiseError):
            error = _Clause(error)
    elif err is None:
        worker, error = "?", f"the part was {future.status} on the scheduler"
    else:
        last = getattr(err, "last_worker", None)
        worker = getattr(last, "address", None) or "?"
        error = f"{type(err).__name__}: {_one_line(err)}"
    return InvalidInput(PARAMETER, "part {index} of {count} (rows {first}–{stop}) failed {tries} time(s), "
                        "last on the Dask worker {worker}: {error}",
                        "Nothing was written to the output. Fix what the error says and run again",
                        index=part.index + 1, count=part.count, first=part.rows[0], stop=part.rows[1],
                        tries=retries + 1, worker=worker, error=error)


def run_on_dask(client, kind, config, n_parts=None, work_folder=None, feedback=None, retries=1,
                check_paths=True):
    """Run ``kind`` (``"export"`` or ``"classify"``) of ``config`` as ``n_parts`` tasks (default two per
    worker) on the Dask ``client``'s cluster; returns the merged result. ``check_paths``: make the
    workers prove they see the inputs and the output folder first (:func:`check_reachable`)."""
    from distributed import Event, wait

    feedback = feedback or Feedback()
    if kind == "classify":
        plan, merge, output = plan_classify_parts, merge_classify_parts, config.out_classified_raster
    else:
        plan, merge, output = plan_export_parts, merge_export_parts, config.out_folder
    parts = plan(config, n_parts or PARTS_PER_WORKER * _workers(client))
    model = None
    if kind == "classify":
        unpack = tempfile.mkdtemp(prefix="pixelwise-model-")
        try:
            model = model_bundle(config.in_model_definition, unpack)
        finally:
            shutil.rmtree(unpack, ignore_errors=True)
    parent = os.path.dirname(os.path.abspath(output))
    os.makedirs(parent, exist_ok=True)
    work = work_folder or tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.pixelwise-parts-", dir=parent)
    folders = [os.path.join(work, f"part-{p.index:05d}") for p in parts]
    run = f"pixelwise-{uuid.uuid4().hex}"
    percents = {}
    futures = []
    event = None
    try:
        if check_paths:
            check_reachable(client, kind, config, work, shown=work if work_folder else parent)
        feedback.log(f"Dask: {len(parts)} parts on {_workers(client)} workers")
        event = Event(run, client=client)
        client.subscribe_topic(run, lambda message: percents.__setitem__(message[1]["part"],
                                                                          message[1]["percent"]))
        model_future = client.scatter(model, broadcast=True, hash=False) if model else None
        n = len(parts)
        futures = client.map(_part_task, [kind] * n, [config] * n, parts, folders, [run] * n,
                             [model_future] * n, key=[f"{run}-part-{p.index}" for p in parts], pure=False,
                             retries=retries)
        try:
            while True:
                feedback.check_canceled()
                # "lost": a worker holding a finished part died; Dask runs the part again.
                failed = next((k for k, f in enumerate(futures) if f.status in ("error", "cancelled")), None)
                if failed is not None:
                    raise _part_error(futures[failed], parts[failed], retries)
                if all(f.status == "finished" for f in futures):
                    break
                feedback.progress(PART_SHARE * sum(percents.values()) / (100.0 * n))
                time.sleep(0.2)
        except BaseException:
            # Every part stops (they poll the event) before their folders go.
            event.set()
            try:
                wait(futures, timeout=60)
            except TimeoutError:
                pass
            client.cancel(futures)
            raise
        done = client.gather(futures)
        return merge(config, done, Feedback(
            progress=lambda p: feedback.progress(PART_SHARE + (100.0 - PART_SHARE) * p / 100.0),
            is_canceled=feedback.is_canceled, log=feedback.log))
    finally:
        if event is not None:
            client.unsubscribe_topic(run)
            event.clear()
        # Only what this run made: a work_folder the caller gave may hold other things.
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
        if not work_folder:
            shutil.rmtree(work, ignore_errors=True)


def export_on_dask(client, config, n_parts=None, work_folder=None, feedback=None, retries=1):
    """Export ``config`` (an :class:`~.export.ExportConfig`) as ``n_parts`` tasks (default: twice the
    workers) on the Dask ``client``'s cluster; returns the merged :class:`~.export.ExportResult`."""
    return run_on_dask(client, "export", config, n_parts, work_folder, feedback, retries)


def classify_on_dask(client, config, n_parts=None, work_folder=None, feedback=None, retries=1):
    """Classify ``config`` (a :class:`~.classify.classifier.ClassifyConfig`) as ``n_parts`` tasks on the
    Dask ``client``'s cluster; returns the merged :class:`~.classify.classifier.ClassifyResult`."""
    return run_on_dask(client, "classify", config, n_parts, work_folder, feedback, retries)

