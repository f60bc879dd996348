"""Run an export or a classification past one machine: its parts as tasks on a Dask cluster.

The recipe (Dask's ``distributed`` is an optional dependency, ``pip install "dask[distributed]"``)::

    from distributed import Client
    from pixelwise.engine.distributed import export_on_dask, classify_on_dask

    with Client("tcp://scheduler:8786") as client:      # or Client(LocalCluster(n_workers=2))
        export_on_dask(client, export_config, n_parts=64)
        classify_on_dask(client, classify_config, n_parts=64)

1. the job is split into parts (:func:`~.export.parts.plan_export_parts`: ranges of chip-grid rows;
   :func:`~.classify.parts.plan_classify_parts`: bands of 256-row blocks);
2. each part is one task (``client.map``) writing a part folder under ``work_folder``;
3. the client merges the part folders into the job's outputs, byte-identical to one process's run,
   and removes the part folders.

Every worker must read the inputs and write ``work_folder`` under the same paths as the client: on one
machine that is a given; on a cluster put them on a shared file system (NFS, Lustre, a mounted bucket),
or give the input as a GDAL path every worker can open (``/vsis3/…``, ``/vsicurl/…``). Workers need
Pixelwise importable (the plugin folder on their ``PYTHONPATH``, e.g. through the cluster's software
environment) with numpy, rasterio and onnxruntime; each worker process keeps one ONNX Runtime session
per model between tasks. A failed task can simply run again (Dask retries with ``retries=``): a part
folder holding a finished part is replaced, and nothing reaches the outputs before the merge.
"""

import os
import shutil
import tempfile

from .classify.parts import classify_part, merge_classify_parts, plan_classify_parts
from .export.parts import export_part, merge_export_parts, plan_export_parts
from .session import SessionCache

_SESSIONS = SessionCache()  # per worker process: a model is loaded once, not once per part


def _export_task(config, part, folder):
    return export_part(config, part, folder).folder


def _classify_task(config, part, folder):
    return classify_part(config, part, folder, sessions=_SESSIONS).folder


def _workers(client):
    return max(1, len(client.scheduler_info().get("workers", {})))


def _on_dask(client, config, n_parts, work_folder, output, plan, task, merge, feedback, retries):
    parts = plan(config, n_parts or 2 * _workers(client))
    parent = os.path.dirname(os.path.abspath(output))
    os.makedirs(parent, exist_ok=True)
    work = work_folder or tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.pixelwise-parts-", dir=parent)
    folders = [os.path.join(work, f"part-{p.index:05d}") for p in parts]
    try:
        futures = client.map(task, [config] * len(parts), parts, folders, pure=False, retries=retries)
        done = client.gather(futures)
        return merge(config, done, feedback)
    finally:
        # Only what this run made: a work_folder the caller gave may hold other things.
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
        if not work_folder:
            shutil.rmtree(work, ignore_errors=True)


def export_on_dask(client, config, n_parts=None, work_folder=None, feedback=None, retries=1):
    """Export ``config`` (an :class:`~.export.ExportConfig`) as ``n_parts`` tasks (default: twice the
    workers) on the Dask ``client``'s cluster; returns the merged :class:`~.export.ExportResult`."""
    return _on_dask(client, config, n_parts, work_folder, config.out_folder, plan_export_parts, _export_task,
                    merge_export_parts, feedback, retries)


def classify_on_dask(client, config, n_parts=None, work_folder=None, feedback=None, retries=1):
    """Classify ``config`` (a :class:`~.classify.classifier.ClassifyConfig`) as ``n_parts`` tasks on the
    Dask ``client``'s cluster; returns the merged :class:`~.classify.classifier.ClassifyResult`."""
    return _on_dask(client, config, n_parts, work_folder, config.out_classified_raster, plan_classify_parts,
                    _classify_task, merge_classify_parts, feedback, retries)
