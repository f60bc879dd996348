"""One export split into parts that run anywhere (threads, processes, machines), merged into the same
folder an unsplit run writes.

A part is a range of chip-grid rows. :func:`plan_export_parts` splits the grid; :func:`export_part`
cuts one part's chips into a folder of its own (chips and labels as the whole run would name them,
plus ``pixelwise-part.json`` with the part's map.txt lines, chip records and the statistics of every
chip); :func:`merge_export_parts` links the parts' files into OUT_FOLDER and adds their statistics up
chip by chip, in the order an unsplit run adds them, so the merged folder is byte-identical to
``export_training_data(config)``: same files, same map.txt, same statistics to the last bit.

Parts can run in any order and be re-run (a part folder that holds a finished part is replaced);
the merge checks that the parts were cut with the same settings and cover the grid once. Merging
follows the usual rules: OUT_FOLDER is replaced only when the merge completes, and an earlier export
there is appended to. Grid formats only (one chip per feature is not split by rows), one raster or
one mosaic.
"""

import hashlib
import json
import os
import shutil
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Tuple

from ..errors import N_, InvalidInput
from ..grid import ChipGrid
from ..parts import Part, check_cover, check_n_parts, read_parts, split_rows
from . import exporter, folder
from .formats import WRITERS

_FORMAT = "pixelwise-export-part/1"


class ExportPart(Part):
    """Part ``index`` of ``count``: chip-grid rows ``rows`` = (first, stop)."""


@dataclass(frozen=True)
class PartResult:
    folder: str
    chip_count: int
    rows: Tuple[int, int]


def _key(config):
    """Fingerprint of the settings: parts of one job carry the same one."""
    return hashlib.sha256(repr(config).encode("utf-8")).hexdigest()


def _check_splittable(config, writer, items):
    if writer.per_feature:
        raise InvalidInput("METADATA_FORMAT", "{metadata_format} cuts one chip per feature, which "
                           "is not split into parts by grid rows", "Run it as one export",
                           metadata_format=config.metadata_format)
    if len(items) != 1:
        raise InvalidInput("PROCESSING_MODE", "parts split one raster or one mosaic, not several rasters "
                           "processed separately", "Use PROCESS_AS_MOSAICKED_IMAGE, or one job per raster")


def _grid(config, view):
    return ChipGrid(view.width, view.height, config.tile_size_x, config.tile_size_y, config.stride_x,
                    config.stride_y, config.edge_policy)


def plan_export_parts(config, n_parts):
    """Split the export's chip grid into at most ``n_parts`` contiguous ranges of rows of about equal
    size; returns a list of :class:`ExportPart` (fewer when the grid has fewer rows)."""
    check_n_parts(n_parts)
    exporter._check_choices(config)
    writer = WRITERS[config.metadata_format](config.image_chip_format)
    with ExitStack() as stack:
        items = exporter._open_items(exporter._raster_paths(config), config, stack)
        _check_splittable(config, writer, items)
        n_rows = _grid(config, items[0]).n_rows
    return split_rows(ExportPart, n_parts, n_rows)


class _PartJob:
    def __init__(self, part, part_folder, key):
        self.part, self.folder, self.key = part, os.path.abspath(part_folder), key

    def check(self, config, writer, items):
        _check_splittable(config, writer, items)
        first, stop = self.part.rows
        if not 0 <= first < stop <= _grid(config, items[0]).n_rows:
            raise InvalidInput("PART", "rows {first}–{stop} are not in the chip grid",
                               "Take the parts from plan_export_parts with the same settings",
                               first=first, stop=stop)
        if os.path.isdir(self.folder) and os.listdir(self.folder) \
                and not os.path.exists(os.path.join(self.folder, folder.PART_FILE)):
            raise InvalidInput("PART_FOLDER", "{folder!r} holds files that are not an export part",
                               "Give each part a new or empty folder", folder=self.folder)

    def target(self, config):
        return self.folder

    def execute(self, run, items, staging):
        run.rows, run.part_log = tuple(self.part.rows), []
        next_index = run.execute(items, staging)
        record = {"format": _FORMAT, "key": self.key, **run.part_record(next_index)}
        with open(os.path.join(staging, folder.PART_FILE), "w", encoding="utf-8") as f:
            json.dump(record, f, default=lambda o: o.item())
        if os.path.isdir(self.folder):
            shutil.rmtree(self.folder)  # an earlier run of this part, complete: replaced whole
        folder.commit_new(staging, self.folder)
        return PartResult(self.folder, len(run.records), tuple(self.part.rows))


class _MergeJob:
    def __init__(self, part_folders, key):
        self.parts = read_parts(part_folders, folder.PART_FILE, _FORMAT, key,
                                N_("{path!r} holds no finished export part"),
                                N_("Run export_part for it first"),
                                N_("{path!r} was cut with other settings than this merge"),
                                N_("Merge the parts with the configuration they were cut with"))

    def check(self, config, writer, items):
        _check_splittable(config, writer, items)
        check_cover(self.parts, _grid(config, items[0]).n_rows,
                    N_("rows {start}–{stop} of the chip grid are in no part"),
                    N_("Merge exactly the parts from plan_export_parts"))

    def target(self, config):
        return config.out_folder

    def execute(self, run, items, staging):
        return run.merge(items, staging, self.parts)


def export_part(config, part, part_folder, feedback=None):
    """Cut the chips of ``part`` (an :class:`ExportPart`) into ``part_folder``; returns a
    :class:`PartResult`. Nothing is written to ``config.out_folder``."""
    return exporter.export_training_data(config, feedback, job=_PartJob(part, part_folder, _key(config)))


def merge_export_parts(config, part_folders, feedback=None):
    """Merge the folders of every part of ``config``'s export into ``config.out_folder``; returns the
    :class:`~.config.ExportResult` an unsplit run returns. The part folders are left as they were."""
    return exporter.export_training_data(config, feedback, job=_MergeJob(part_folders, _key(config)))
