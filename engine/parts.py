"""What an export and a classification split into parts share: a part is a range of rows, a plan cuts
the rows into about equal ranges of whole units, and a merge reads the parts' records and checks that
they cover the rows once (see :mod:`.export.parts` and :mod:`.classify.parts`)."""

import json
import os
from dataclasses import dataclass
from typing import Tuple

from .errors import InvalidInput


@dataclass(frozen=True)
class Part:
    """Part ``index`` of ``count``: rows ``rows`` = (first, stop)."""

    index: int
    count: int
    rows: Tuple[int, int]


def check_n_parts(n_parts):
    if int(n_parts) != n_parts or n_parts < 1:
        raise InvalidInput("N_PARTS", "must be a whole number of at least 1 (got {n_parts})",
                           "Use e.g. the number of workers", n_parts=n_parts)


def split_rows(part_class, n_parts, units, unit_rows=1, total_rows=None):
    """At most ``n_parts`` parts (``part_class``) of contiguous whole ``units`` of ``unit_rows`` rows
    each, about equal in size; the last part stops at ``total_rows`` (default: every unit's rows)."""
    total = units * unit_rows if total_rows is None else total_rows
    count = min(int(n_parts), units)
    bounds = [min(total, round(k * units / count) * unit_rows) for k in range(count + 1)]
    return [part_class(k, count, (bounds[k], bounds[k + 1])) for k in range(count)]


def read_parts(part_folders, part_file, record_format, key, missing, missing_fix, foreign, foreign_fix):
    """``[(folder, record)]`` of the parts' record files, by first row. A folder without a readable
    record raises ``missing`` / ``missing_fix``; a record of another format or of other settings
    (``key``) raises ``foreign`` / ``foreign_fix`` (templates with a ``{path}`` field)."""
    parts = []
    for path in part_folders:
        try:
            with open(os.path.join(path, part_file), encoding="utf-8") as f:
                record = json.load(f)
        except (OSError, ValueError):
            raise InvalidInput("PART_FOLDERS", missing, missing_fix, path=path) from None
        if record.get("format") != record_format or record.get("key") != key:
            raise InvalidInput("PART_FOLDERS", foreign, foreign_fix, path=path)
        parts.append((os.path.abspath(path), record))
    return sorted(parts, key=lambda p: p[1]["rows"][0])


def check_cover(parts, total_rows, gap, fix):
    """The parts' row ranges, in order, cover rows 0…``total_rows`` once; ``gap`` (with ``{start}`` and
    ``{stop}`` fields) and ``fix`` say what is wrong otherwise."""
    expected = 0
    for path, record in parts:
        first, stop = record["rows"]
        if first > expected:
            raise InvalidInput("PART_FOLDERS", gap, fix, start=expected, stop=first)
        if first < expected:
            raise InvalidInput("PART_FOLDERS", "{path!r} repeats rows {start}–{stop}", fix,
                               path=path, start=first, stop=expected)
        expected = stop
    if expected != total_rows:
        raise InvalidInput("PART_FOLDERS", gap, fix, start=expected, stop=total_rows)
