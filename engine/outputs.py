"""Writing outputs so that nothing is lost: temporaries named after the process that writes them,
those of killed runs removed by the next run, and write failures (a full disk) as one-line errors.

A temporary of ``target`` is ``.<target name>.pixelwise-<pid>-<random>`` beside it: hidden, on the
same file system (so the final move is a rename), and recognisable as stale once ``<pid>`` no longer
runs. Another live process's temporaries, and this process's (a parallel run), are never touched.
"""

import errno
import os
import shutil
import uuid

from lxml.etree import SerialisationError
from rasterio.errors import RasterioError, RasterioIOError

from .errors import InvalidInput

TAG = "pixelwise"
# Set by tests only: "<point>:<n>" kills this process with SIGKILL at the n-th pass of a fault point
# (see kill_point), to prove that a run killed there leaves nothing a re-run cannot repair.
KILL_ENV = "PIXELWISE_TEST_KILL_AT"
_passes = {}


def temp_prefix(target):
    """Prefix of this process's temporaries of ``target`` (a file or folder path)."""
    return f".{os.path.basename(os.path.abspath(target))}.{TAG}-{os.getpid()}-"


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale(target):
    """Remove the temporaries of ``target`` whose process no longer runs; returns their names."""
    folder = os.path.dirname(os.path.abspath(target))
    head = f".{os.path.basename(os.path.abspath(target))}.{TAG}-"
    try:
        entries = os.listdir(folder)
    except OSError:
        return []
    removed = []
    for entry in sorted(entries):
        pid = entry[len(head):].split("-", 1)[0] if entry.startswith(head) else ""
        if not pid.isdigit() or _alive(int(pid)):
            continue
        path = os.path.join(folder, entry)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                os.remove(path)
            except OSError:
                continue
        removed.append(entry)
    return removed


def temp_beside(path, parameter, created=None, suffix=""):
    """A free temporary name beside ``path`` (same file system, so the final move is a rename) after
    removing stale temporaries of ``path``; creates the folder if needed (the folders it created are
    appended to ``created``, deepest first, to be removed again if the run fails). Nothing is created at
    the name itself: GDAL or the writer creates the file, so it gets the user's usual permissions."""
    folder = os.path.dirname(os.path.abspath(path))
    missing, probe = [], folder
    while not os.path.isdir(probe) and os.path.dirname(probe) != probe:
        missing.append(probe)
        probe = os.path.dirname(probe)
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as err:
        raise InvalidInput(parameter, "cannot create the folder {folder!r} ({strerror})",
                           "Choose a folder you can write to", folder=folder, strerror=err.strerror) from None
    if created is not None:
        created.extend(missing)
    if not os.access(folder, os.W_OK):
        raise InvalidInput(parameter, "cannot write in {folder!r}", "Choose a folder you can write to",
                           folder=folder)
    remove_stale(path)
    return os.path.join(folder, f"{temp_prefix(path)}{uuid.uuid4().hex[:12]}{suffix}")


def is_write_error(err):
    """True for the errors a failing write raises: OSError (ENOSPC, EROFS, …), GDAL's via rasterio, and
    lxml's when it cannot write a file."""
    return isinstance(err, (OSError, RasterioError, RasterioIOError, SerialisationError)) \
        or type(err).__name__.startswith("CPLE_")


def write_failure(parameter, err, target):
    """The one-line :class:`InvalidInput` for a write that failed under ``target``; call it before
    removing the run's temporaries, while a full disk is still full."""
    where = os.path.dirname(os.path.abspath(target)) or "."
    text = " ".join(str(err).split())
    full = getattr(err, "errno", None) == errno.ENOSPC or "no space left" in text.lower() \
        or "disk space" in text.lower() or _nearly_full(where)
    if full:
        return InvalidInput(parameter, "the disk holding {where!r} is full",
                            "Free some space there or choose another location; what was there before the run "
                            "is unchanged", where=where)
    detail = getattr(err, "strerror", None) or text[:160] or type(err).__name__
    return InvalidInput(parameter, "writing into {where!r} failed ({detail})",
                        "Check the free space and permissions there; what was there before the run is "
                        "unchanged", where=where, detail=detail)


def _nearly_full(folder):
    """Less than 64 KiB free: a write failing there failed for lack of space (lxml does not say why)."""
    probe = folder
    while probe and not os.path.isdir(probe) and os.path.dirname(probe) != probe:
        probe = os.path.dirname(probe)
    try:
        return shutil.disk_usage(probe).free < 64 * 1024
    except OSError:
        return False


def kill_point(point):
    """Fault injection for tests: SIGKILL this process at the n-th pass of ``point`` when
    ``PIXELWISE_TEST_KILL_AT=<point>:<n>`` is set. Does nothing otherwise."""
    wanted = os.environ.get(KILL_ENV)
    if not wanted or not wanted.startswith(point + ":"):
        return
    _passes[point] = _passes.get(point, 0) + 1
    if _passes[point] == int(wanted.rsplit(":", 1)[1]):
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
