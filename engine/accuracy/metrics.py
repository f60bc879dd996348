"""Confusion matrix accumulation (numpy) and its metrics (exact fractions of the counts).

Rows are reference (ground-truth) classes, columns predicted classes. With ``n`` assessed pixels,
``TP_i`` the diagonal, ``R_i`` the row totals and ``P_i`` the column totals:

* producer's accuracy ``TP_i / R_i``, user's accuracy ``TP_i / P_i``;
* overall accuracy ``po = Σ TP_i / n``; chance agreement ``pe = Σ R_i · P_i / n²``;
  Cohen's kappa ``(po − pe) / (1 − pe)``;
* IoU ``TP_i / (R_i + P_i − TP_i)`` (= TP / (TP + FP + FN)); F1 ``2 TP_i / (R_i + P_i)``;
* mean IoU: the mean of the classes' IoU (every class seen on either side).

A ratio whose denominator is 0 is None (a class never in the reference has no producer's accuracy;
kappa is None when ``pe`` is 1, i.e. one class everywhere on both sides).
"""

from dataclasses import dataclass
from fractions import Fraction
from typing import Optional, Tuple

import numpy as np

# Value spans up to this size are counted with bincount (linear); wider ones are sorted.
_BINCOUNT_SPAN = 1 << 20


def distinct_counts(values):
    """Sorted distinct values of a 1-D integer array and how often each occurs."""
    if values.size == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    low, high = int(values.min()), int(values.max())
    if high - low < _BINCOUNT_SPAN:
        counts = np.bincount(values - low)
        found = np.flatnonzero(counts)
        return found.astype(np.int64) + low, counts[found].astype(np.int64)
    found, counts = np.unique(values, return_counts=True)
    return found.astype(np.int64), counts.astype(np.int64)


class ConfusionCounter:
    """Accumulates (reference, predicted) pairs of class values into a square matrix whose classes
    (``values``, sorted) grow as new values turn up."""

    def __init__(self):
        self.values = np.zeros(0, np.int64)
        self.counts = np.zeros((0, 0), np.int64)

    def add(self, reference, predicted):
        """Count the pairs of two parallel 1-D int64 arrays."""
        if reference.size == 0:
            return
        present = np.union1d(distinct_counts(reference)[0], distinct_counts(predicted)[0])
        if not np.isin(present, self.values).all():
            self._grow(present)
        n = len(self.values)
        codes = np.searchsorted(self.values, reference) * n + np.searchsorted(self.values, predicted)
        self.counts += np.bincount(codes, minlength=n * n).reshape(n, n)

    def _grow(self, present):
        values = np.union1d(self.values, present)
        counts = np.zeros((len(values), len(values)), np.int64)
        where = np.searchsorted(values, self.values)
        counts[np.ix_(where, where)] = self.counts
        self.values, self.counts = values, counts


@dataclass(frozen=True)
class Metrics:
    """Exact metrics of a confusion matrix (see the module docstring); None where undefined."""

    overall_accuracy: Optional[Fraction]
    kappa: Optional[Fraction]
    mean_iou: Optional[Fraction]
    users_accuracy: Tuple[Optional[Fraction], ...]
    producers_accuracy: Tuple[Optional[Fraction], ...]
    iou: Tuple[Optional[Fraction], ...]
    f1: Tuple[Optional[Fraction], ...]


def _ratio(numerator, denominator):
    return Fraction(numerator, denominator) if denominator else None


def confusion_metrics(matrix):
    """:class:`Metrics` of a square matrix of counts (rows reference, columns predicted)."""
    m = [[int(x) for x in row] for row in matrix]
    k = len(m)
    n = sum(sum(row) for row in m)
    diagonal = [m[i][i] for i in range(k)]
    rows = [sum(row) for row in m]
    columns = [sum(m[i][j] for i in range(k)) for j in range(k)]
    overall = _ratio(sum(diagonal), n)
    kappa = None
    if n:
        chance = Fraction(sum(r * c for r, c in zip(rows, columns, strict=True)), n * n)
        kappa = (overall - chance) / (1 - chance) if chance != 1 else None
    iou = tuple(_ratio(diagonal[i], rows[i] + columns[i] - diagonal[i]) for i in range(k))
    defined = [x for x in iou if x is not None]
    return Metrics(
        overall_accuracy=overall,
        kappa=kappa,
        mean_iou=sum(defined, Fraction(0)) / len(defined) if defined else None,
        users_accuracy=tuple(_ratio(diagonal[i], columns[i]) for i in range(k)),
        producers_accuracy=tuple(_ratio(diagonal[i], rows[i]) for i in range(k)),
        iou=iou,
        f1=tuple(_ratio(2 * diagonal[i], rows[i] + columns[i]) for i in range(k)),
    )
