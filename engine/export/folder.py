"""The output folder: what it holds before a run, a staging folder beside it, and the final move.

A run writes everything into a hidden staging folder in the same parent directory and only moves
it into place once every chip and metadata file is complete, so an error or a cancel leaves the
output folder exactly as it was. A new export is one rename. An append moves many files, so it is
journalled: ``.pixelwise-journal.json`` in the output folder lists the files being moved in and keeps
copies of the metadata files being replaced; a run that finds a journal (its predecessor was killed
during the move) rolls the folder back to the state before that run, and then carries on.
"""

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import Optional

from ..errors import InvalidInput
from ..esri_files import EMD_FILE, MAP_FILE, STATS_FILE
from ..outputs import kill_point, remove_stale, temp_prefix

JOURNAL = ".pixelwise-journal.json"
# The record one part of a split export leaves in its folder (see .parts).
PART_FILE = "pixelwise-part.json"
_BACKUP = ".pixelwise-backup"

# Entries an export folder may hold besides its own files (arcgis.learn writes some of them).
_EXPORT_ENTRIES = {"images", "images2", "labels", "labels2", MAP_FILE, "stats.txt", STATS_FILE, EMD_FILE,
                   "models", "esri_normalization_stats.json", "esri_superres_labels_downsample_factor.txt",
                   "annotations.json", "data.yaml"}


@dataclass(frozen=True)
class EarlierExport:
    stats: dict
    emd: Optional[dict]
    map_text: str


def inspect_out_folder(path):
    """``None`` for a new or empty folder, an :class:`EarlierExport` to append to, or an error.

    Staging folders of killed runs are removed first, and an append a killed run left half-moved is
    rolled back (see the module docstring)."""
    if os.path.isdir(path):
        roll_back(path)  # before remove_stale: the killed run's staging folder holds the backups
    remove_stale(path)
    if not os.path.exists(path):
        return None
    if not os.path.isdir(path):
        raise InvalidInput("OUT_FOLDER", "{path!r} is a file, not a folder",
                           "Choose a new folder, an empty one, or one holding an earlier export", path=path)
    entries = sorted(e for e in os.listdir(path) if not e.startswith("."))
    if not entries:
        return None
    unrelated = [e for e in entries if e not in _EXPORT_ENTRIES and not e.startswith("arcgisTemp_")]
    if unrelated or STATS_FILE not in entries or MAP_FILE not in entries:
        shown = ", ".join((unrelated or entries)[:3])
        raise InvalidInput("OUT_FOLDER", "holds files that are not a training-data export ({shown})",
                           "Choose a new or empty folder, or a folder holding an earlier export to append to",
                           shown=shown)
    try:
        with open(os.path.join(path, STATS_FILE), encoding="utf-8") as f:
            stats = json.load(f)
        emd = None
        if os.path.exists(os.path.join(path, EMD_FILE)):
            with open(os.path.join(path, EMD_FILE), encoding="utf-8") as f:
                emd = json.load(f)
        with open(os.path.join(path, MAP_FILE), encoding="utf-8") as f:
            map_text = f.read()
    except (OSError, ValueError) as err:
        raise InvalidInput("OUT_FOLDER", "holds an export whose metadata cannot be read ({err})",
                           "Choose another folder; this one was left untouched", err=err) from None
    if not isinstance(stats, dict) or "MetaDataMode" not in stats:
        raise InvalidInput("OUT_FOLDER", "{stats_file} has no MetaDataMode",
                           "Choose another folder; this one was left untouched", stats_file=STATS_FILE)
    return EarlierExport(stats, emd, map_text)


def make_staging(out_folder):
    """A hidden folder beside ``out_folder`` (same file system, so the final move is a rename)."""
    out_folder = os.path.abspath(out_folder)
    parent = os.path.dirname(out_folder)
    try:
        os.makedirs(parent, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=temp_prefix(out_folder), dir=parent)
    except OSError as err:
        raise InvalidInput("OUT_FOLDER", "cannot write in {parent!r} ({strerror})",
                           "Choose a folder you can write to", parent=parent, strerror=err.strerror) from None
    return staging


def discard(staging):
    shutil.rmtree(staging, ignore_errors=True)


def commit_new(staging, out_folder):
    """Move a complete staging folder into place as ``out_folder`` (absent or empty)."""
    if os.path.isdir(out_folder):
        for hidden in os.listdir(out_folder):  # only dot-files can be there (see inspect_out_folder)
            src = os.path.join(out_folder, hidden)
            if not os.path.exists(os.path.join(staging, hidden)):
                os.replace(src, os.path.join(staging, hidden))
        os.rmdir(out_folder)
    os.rename(staging, out_folder)


def link_tree(source, staging, skip=(PART_FILE,)):
    """Hard-link every file under ``source`` into the same place under ``staging`` (copy where the two
    are on different file systems), so ``source`` stays whole whatever happens to ``staging``."""
    for root, _dirs, files in os.walk(source):
        rel = os.path.relpath(root, source)
        target = os.path.normpath(os.path.join(staging, rel))
        os.makedirs(target, exist_ok=True)
        for name in files:
            if rel == "." and name in skip:
                continue
            src, dst = os.path.join(root, name), os.path.join(target, name)
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)


def _write_json_atomically(path, data):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def commit_append(staging, out_folder, metadata_files):
    """Move new chips into an earlier export, then replace its metadata files (each atomically), under
    a journal that lets the next run roll a killed move back."""
    moves, new_dirs = [], []
    for sub in sorted(os.listdir(staging)):
        src_dir = os.path.join(staging, sub)
        if not os.path.isdir(src_dir) or sub == _BACKUP:
            continue
        for root, _dirs, files in os.walk(src_dir):
            rel = os.path.relpath(os.path.join(sub, os.path.relpath(root, src_dir)))
            if not os.path.isdir(os.path.join(out_folder, rel)):
                new_dirs.append(rel)
            moves.extend(os.path.join(rel, name) for name in sorted(files))
    backup = os.path.join(staging, _BACKUP)
    os.makedirs(backup)
    replaced = [n for n in metadata_files if os.path.exists(os.path.join(out_folder, n))]
    for name in replaced:
        shutil.copy2(os.path.join(out_folder, name), os.path.join(backup, name))
    journal = os.path.join(out_folder, JOURNAL)
    _write_json_atomically(journal, {"staging": os.path.basename(staging), "moved": moves,
                                     "new_dirs": new_dirs, "replaced": replaced,
                                     "created": [n for n in metadata_files if n not in replaced]})
    for rel in new_dirs:
        os.makedirs(os.path.join(out_folder, rel), exist_ok=True)
    for rel in moves:
        os.replace(os.path.join(staging, rel), os.path.join(out_folder, rel))
        kill_point("append-move")
    # map.txt last: it must only ever list chips that are already in place.
    for name in sorted(metadata_files, key=lambda n: n == MAP_FILE):
        os.replace(os.path.join(staging, name), os.path.join(out_folder, name))
        kill_point("append-metadata")
    os.remove(journal)
    discard(staging)


def roll_back(out_folder):
    """Undo an append that was killed while moving (a journal is present): remove the files it moved
    in, restore the metadata files it replaced, and drop its staging folder."""
    journal = os.path.join(out_folder, JOURNAL)
    if not os.path.exists(journal):
        return False
    try:
        with open(journal, encoding="utf-8") as f:
            entry = json.load(f)
    except (OSError, ValueError):
        raise InvalidInput("OUT_FOLDER", "holds an unreadable {journal} left by an interrupted run",
                           "Remove that file after checking the folder, or choose another folder",
                           journal=JOURNAL) from None
    staging = os.path.join(os.path.dirname(os.path.abspath(out_folder)), entry["staging"])
    backup = os.path.join(staging, _BACKUP)
    for name in entry["replaced"]:
        if os.path.exists(os.path.join(backup, name)):
            os.replace(os.path.join(backup, name), os.path.join(out_folder, name))
    for name in entry["created"]:
        if os.path.exists(os.path.join(out_folder, name)):
            os.remove(os.path.join(out_folder, name))
    for rel in entry["moved"]:
        if os.path.exists(os.path.join(out_folder, rel)):
            os.remove(os.path.join(out_folder, rel))
    for rel in sorted(entry["new_dirs"], key=len, reverse=True):
        try:
            os.rmdir(os.path.join(out_folder, rel))
        except OSError:
            pass
    discard(staging)
    os.remove(journal)
    return True
