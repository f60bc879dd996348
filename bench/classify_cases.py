"""Classify cases: the engine's ``classify_pixels`` with the real UKIS cloud model, and its floor.

*Engine figure* — Mpx/s of one ``classify_pixels`` run on the CPU (window reads, normalisation,
inference, blending, class values, the tiled DEFLATE GeoTIFF and its class table), the ONNX session
loaded beforehand (a ``SessionCache``) so that model loading is not timed.

*Floor figure* — Mpx/s of bare ``onnxruntime.InferenceSession(...).run`` (CPU provider, ONNX Runtime's
default threading) on the same windows: same window size, same number of windows, same batch size,
the inputs read, normalised and reflect-padded into memory beforehand. It is the inference alone:
the engine's ratio to it is what tiling, reading, blending and writing cost on top.
"""

import time

import numpy as np
import rasterio

from engine.classify import ClassifyConfig, SessionCache, classify_pixels
from engine.classify.blend import window_origins

from .data import BUILD, build_multispectral, model_definition

TILE = 256
PADDING = 64
BATCH = 4
ARGUMENTS = f"padding={PADDING};batch_size={BATCH}"


def run_engine(spec):
    """Time one classification; ``count`` = windows run."""
    raster = build_multispectral(spec["size"], giga=spec.get("giga", False))
    emd = model_definition()
    out = BUILD / "out" / f"{spec['name']}.tif"
    out.parent.mkdir(parents=True, exist_ok=True)
    sessions = SessionCache()
    import json
    import os

    from engine.environment import parallel_workers

    factor = spec.get("factor")  # PARALLEL_PROCESSING_FACTOR: ONNX Runtime's threads
    with open(emd, encoding="utf-8") as f:
        threads = parallel_workers(factor, None, os.cpu_count() or 1)
        sessions.get(json.load(f)["ModelFile"], "CPU", None, threads)
    config = ClassifyConfig(in_raster=raster, in_model_definition=emd, out_classified_raster=str(out),
                            arguments=spec.get("arguments") or ARGUMENTS, processor_type="CPU",
                            parallel_processing_factor=factor)
    started = time.perf_counter()
    if spec.get("dask"):  # DASK_SCHEDULER: workers started, parts run and merged, all timed
        from engine.distributed import run_on_scheduler

        result = run_on_scheduler(spec["dask"], "classify", config)
    else:
        result = classify_pixels(config, sessions=sessions)
    seconds = time.perf_counter() - started
    out.unlink(missing_ok=True)
    out.with_name(out.name + ".aux.xml").unlink(missing_ok=True)
    return {"seconds": seconds, "count": result.windows_run, "pixels": result.width * result.height}


def _normalised(raster):
    import json

    with open(model_definition(), encoding="utf-8") as f:
        stats = json.load(f)["NormalizationStats"]
    mean = np.asarray(stats["band_mean_values"], np.float32)[:, None, None]
    std = np.asarray(stats["band_std_values"], np.float32)[:, None, None]
    with rasterio.open(raster) as ds:
        x = ds.read(out_dtype=np.float32)
    x -= mean
    x /= std
    return x


def run_floor(spec):
    """Bare ONNX Runtime on the engine's windows, inputs in memory."""
    import json

    import onnxruntime

    raster = build_multispectral(spec["size"])
    with open(model_definition(), encoding="utf-8") as f:
        model = json.load(f)["ModelFile"]
    session = onnxruntime.InferenceSession(model, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    x = _normalised(raster)
    height, width = x.shape[1:]
    reach = PADDING + TILE
    x = np.pad(x, ((0, 0), (reach, reach), (reach, reach)), mode="reflect")
    windows = [(r + reach, c + reach) for r in window_origins(height, TILE, PADDING)
               for c in window_origins(width, TILE, PADDING)]
    started = time.perf_counter()
    for start in range(0, len(windows), BATCH):
        batch = np.stack([x[:, r:r + TILE, c:c + TILE] for r, c in windows[start:start + BATCH]])
        session.run(None, {name: batch})
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "count": len(windows), "pixels": height * width}
