"""Progress, cancel and log callbacks that cross from the host (QGIS or a script) into the engine."""

from dataclasses import dataclass
from typing import Callable

from .errors import Cancelled


def _no_progress(_percent):
    return None


def _never():
    return False


def _no_log(_message):
    return None


@dataclass(frozen=True)
class Feedback:
    """Callbacks the engine calls; the defaults do nothing, so scripts can omit them.

    ``progress(percent)`` takes 0–100, ``is_canceled()`` is polled between chips or batches,
    ``log(message)`` receives one line of information.
    """

    progress: Callable[[float], None] = _no_progress
    is_canceled: Callable[[], bool] = _never
    log: Callable[[str], None] = _no_log

    def check_canceled(self):
        """Raise :class:`Cancelled` when the host asked to stop."""
        if self.is_canceled():
            raise Cancelled()
