"""One classification split into parts that run anywhere (threads, processes, machines), merged into
the raster an unsplit run writes.

A part is a band of output rows, a whole number of the output's 256-row blocks.
:func:`plan_classify_parts` splits the raster; :func:`classify_part` classifies one band into a folder
of its own (``classified.tif`` and ``confidence.tif`` holding just those rows, and
``pixelwise-part.json`` with the part's class counts). A part runs the model on every window that
reaches its rows, in the same batches as an unsplit run (windows at a part's top and bottom are
shared with its neighbours and run in both), so every pixel gets the same blended scores to the last
bit. :func:`merge_classify_parts` copies the parts' rows, block row by block row, into
OUT_CLASSIFIED_RASTER and writes its class table from the summed counts: the result is
byte-identical to ``classify_pixels(config)``.

Parts can run in any order and be re-run (a part folder holding a finished part is replaced); the
merge checks that the parts come from the same settings and cover the raster once, and follows the
usual rules for the output (written under a temporary name, moved into place at the end).
"""

import hashlib
import json
import math
import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from typing import Tuple

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.windows import Window

from ..environment import open_view
from ..errors import N_, InvalidInput
from ..outputs import temp_prefix
from ..parts import Part, check_cover, check_n_parts, read_parts, split_rows
from .classifier import OUTPUT_BLOCK, _Finisher, _run, _sinks, classify_pixels

PART_FILE = "pixelwise-part.json"
CLASSIFIED = "classified.tif"
CONFIDENCE = "confidence.tif"
_FORMAT = "pixelwise-classify-part/1"


class ClassifyPart(Part):
    """Part ``index`` of ``count``: output rows ``rows`` = (top, stop) of the processed view."""


@dataclass(frozen=True)
class ClassifyPartResult:
    folder: str
    rows: Tuple[int, int]
    windows_run: int


def _key(config):
    """Fingerprint of the settings (output paths aside): parts of one job carry the same one."""
    settings = replace(config, out_classified_raster="",
                       out_confidence_raster=bool(config.out_confidence_raster))
    return hashlib.sha256(repr(settings).encode("utf-8")).hexdigest()


def plan_classify_parts(config, n_parts):
    """Split the output into at most ``n_parts`` bands of whole 256-row blocks of about equal size;
    returns a list of :class:`ClassifyPart` (fewer when the raster has fewer block rows)."""
    check_n_parts(n_parts)
    view, _output = open_view(config.in_raster, config.extent, config.cell_size, config.out_sr,
                              config.snap_raster, Resampling.bilinear)
    with view:
        height = view.height
    return split_rows(ClassifyPart, n_parts, math.ceil(height / OUTPUT_BLOCK), OUTPUT_BLOCK, height)


class _PartRun:
    """Classifies the rows of one part and keeps what the merge needs of them."""

    whole = False  # rows of the processing grid: the merge warps the whole onto OUT_SR's grid

    def __init__(self, rows):
        self.rows, self.record = tuple(rows), None

    def __call__(self, view, model, reader, args, mapping, temps, feedback):
        top, stop = self.rows
        if not 0 <= top < stop <= view.height:
            raise InvalidInput("PART", "rows {top}–{stop} are not in the raster (0–{height})",
                               "Take the parts from plan_classify_parts with the same settings",
                               top=top, stop=stop, height=view.height)
        finisher, windows_run = _run(view, model, reader, args, mapping, temps, feedback, rows=self.rows)
        self.record = {"rows": list(self.rows), "channel_counts": finisher.counts.tolist(),
                       "nodata_count": finisher.nodata_count, "windows_run": windows_run,
                       "windows_skipped": reader.skipped, "nonfinite_count": finisher.nonfinite_count,
                       "scored_count": finisher.scored_count}
        return finisher, windows_run


class _MergeRun:
    """Copies the parts' rows into the output in place of running the model."""

    def __init__(self, parts):
        self.parts = parts

    def __call__(self, view, model, reader, args, mapping, temps, feedback):
        check_cover(self.parts, view.height, N_("rows {start}–{stop} of the raster are in no part"),
                    N_("Merge exactly the parts from plan_classify_parts"))
        finisher = _Finisher(mapping)
        for _path, record in self.parts:
            finisher.counts += np.asarray(record["channel_counts"], dtype=np.int64)
            finisher.nodata_count += record["nodata_count"]
            finisher.nonfinite_count += record.get("nonfinite_count", 0)
            finisher.scored_count += record.get("scored_count", 0)
        reader.skipped = sum(record["windows_skipped"] for _path, record in self.parts)
        sinks = _sinks(view, mapping, temps, 0, view.height)
        completed = False
        try:
            for k, (path, _record) in enumerate(self.parts):
                names = (CLASSIFIED, CONFIDENCE)[:len(sinks)]
                for sink, name in zip(sinks, names, strict=True):
                    with rasterio.open(os.path.join(path, name)) as part:
                        for row in range(0, part.height, OUTPUT_BLOCK):
                            feedback.check_canceled()
                            n = min(OUTPUT_BLOCK, part.height - row)
                            sink.add(part.read(1, window=Window(0, row, part.width, n)))
                feedback.progress(99.0 * (k + 1) / len(self.parts))
            completed = True
        finally:
            for sink in sinks:
                sink.close(flush=completed)
        return finisher, sum(record["windows_run"] for _path, record in self.parts)


def classify_part(config, part, part_folder, feedback=None, sessions=None, model_definition=None):
    """Classify the rows of ``part`` (a :class:`ClassifyPart`) into ``part_folder``; returns a
    :class:`ClassifyPartResult`. Nothing is written to the configuration's outputs.
    ``model_definition``: where this process finds a copy of the configuration's model (a Dask worker
    that received it as bytes); the part still belongs to ``config``."""
    part_folder = os.path.abspath(part_folder)
    if os.path.isdir(part_folder) and os.listdir(part_folder) \
            and not os.path.exists(os.path.join(part_folder, PART_FILE)):
        raise InvalidInput("PART_FOLDER", "{part_folder!r} holds files that are not a classification part",
                           "Give each part a new or empty folder", part_folder=part_folder)
    parent = os.path.dirname(part_folder)
    os.makedirs(parent, exist_ok=True)
    staging = tempfile.mkdtemp(prefix=temp_prefix(part_folder), dir=parent)
    try:
        job = _PartRun(part.rows)
        part_config = replace(config, in_model_definition=model_definition or config.in_model_definition,
                              out_classified_raster=os.path.join(staging, CLASSIFIED),
                              out_confidence_raster=(os.path.join(staging, CONFIDENCE)
                                                     if config.out_confidence_raster else None))
        classify_pixels(part_config, feedback, sessions, job=job)
        with open(os.path.join(staging, PART_FILE), "w", encoding="utf-8") as f:
            json.dump({"format": _FORMAT, "key": _key(config), **job.record}, f)
        if os.path.isdir(part_folder):
            shutil.rmtree(part_folder)  # an earlier run of this part, complete: replaced whole
        os.rename(staging, part_folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ClassifyPartResult(part_folder, tuple(part.rows), job.record["windows_run"])


def merge_classify_parts(config, part_folders, feedback=None, sessions=None):
    """Merge the folders of every part of ``config``'s classification into its outputs; returns the
    :class:`~.classifier.ClassifyResult` of the merged raster (``windows_run`` counts the windows each
    part ran, so windows shared by two parts count twice). The part folders are left as they were."""
    parts = read_parts(part_folders, PART_FILE, _FORMAT, _key(config),
                       N_("{path!r} holds no finished classification part"),
                       N_("Run classify_part for it first"),
                       N_("{path!r} was classified with other settings than this merge"),
                       N_("Merge the parts with the configuration they were classified with"))
    return classify_pixels(config, feedback, sessions, job=_MergeRun(parts))
