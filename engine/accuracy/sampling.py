"""Random accuracy points drawn in two streaming passes, reproducible with a seed.

Pass 1 counts the valid pixels of every stratum: each reference class for STRATIFIED_RANDOM and
EQUALIZED_STRATIFIED_RANDOM, all valid pixels as one stratum for RANDOM. Then ``n_s`` points are
allocated to each stratum ``s`` (:func:`allocate`) and, with ``numpy.random.default_rng(seed)``,
``n_s`` distinct ranks are drawn from ``0 … count_s − 1`` for every stratum in ascending order of
its class value (:func:`draw_ranks`). Pass 2 streams the valid pixels again in row-major order and
keeps the pixel whose rank within its stratum is drawn (:class:`RankSelector`).

So the points are a uniform sample without replacement within each stratum; the same raster,
ground truth, seed and numpy give the same points whatever the window size, since the ranks follow
the raster's row-major order. Memory: the drawn ranks (one integer per point; numpy's draw may use
up to 50 per point), never the raster.
"""

import numpy as np

from .metrics import distinct_counts

# The stratum key of RANDOM (one stratum).
ALL = 0


def allocate(strategy, counts, points):
    """Points per stratum: ``counts`` maps stratum → valid pixels, ``points`` is NUM_RANDOM_POINTS.

    With fewer valid pixels than ``points`` every pixel is taken. Otherwise the allocation sums to
    ``points`` exactly:

    * STRATIFIED_RANDOM: proportional to the class's pixels, ``points · count / total`` rounded by
      largest remainder (Hamilton): every class gets the whole part, the leftover points go one each to
      the classes with the largest fractional parts (ties: smaller class value first). A small class
      may get no point.
    * EQUALIZED_STRATIFIED_RANDOM: the same number per class. Classes are served from the smallest
      (ties: smaller value first), each getting ``min(count, remaining // classes left)``, so a class
      with fewer pixels than its share gives all of them and the rest go to the larger classes (which
      also get the rounding remainder).
    * RANDOM: ``points`` from the one stratum.
    """
    total = sum(counts.values())
    if points >= total:
        return dict(counts)
    if strategy == "EQUALIZED_STRATIFIED_RANDOM":
        remaining, out = points, {}
        order = sorted(counts, key=lambda key: (counts[key], key))
        for index, key in enumerate(order):
            out[key] = min(counts[key], remaining // (len(order) - index))
            remaining -= out[key]
        return out
    # STRATIFIED_RANDOM (RANDOM has one stratum, where this gives it every point).
    whole = {key: points * count // total for key, count in counts.items()}
    remainder = {key: points * count % total for key, count in counts.items()}
    leftover = points - sum(whole.values())
    for key in sorted(counts, key=lambda key: (-remainder[key], key))[:leftover]:
        whole[key] += 1
    return whole


def draw_ranks(counts, allocation, seed):
    """Sorted ranks drawn for every stratum (see the module docstring)."""
    rng = np.random.default_rng(seed)
    ranks = {}
    for key in sorted(counts):
        count, wanted = counts[key], allocation.get(key, 0)
        if wanted >= count:
            ranks[key] = np.arange(count, dtype=np.int64)
        elif wanted == 0:
            ranks[key] = np.zeros(0, np.int64)
        else:
            drawn = rng.choice(count, size=wanted, replace=False, shuffle=False)
            ranks[key] = np.sort(drawn).astype(np.int64)
    return ranks


class RankSelector:
    """Pass 2: picks, from the valid pixels streamed in order, those whose rank in their stratum was
    drawn. ``ranks`` maps stratum → sorted ranks (:func:`draw_ranks`)."""

    def __init__(self, ranks):
        self.ranks = ranks
        self.seen = dict.fromkeys(ranks, 0)

    def pick(self, strata):
        """Indices into ``strata`` (the stratum of each valid pixel of a strip, in stream order) of the
        selected pixels."""
        if strata.size == 0:
            return np.zeros(0, np.int64)
        keys = distinct_counts(strata)[0]
        inverse = np.searchsorted(keys, strata)
        order = np.argsort(inverse, kind="stable")  # stream order within each stratum
        ends = np.cumsum(np.bincount(inverse, minlength=len(keys)))
        chosen, start = [], 0
        for key, end in zip(keys.tolist(), ends.tolist(), strict=True):
            ranks, first = self.ranks.get(key, np.zeros(0, np.int64)), self.seen.get(key, 0)
            size = end - start
            lo, hi = np.searchsorted(ranks, [first, first + size])
            chosen.append(order[start:end][ranks[lo:hi] - first])
            self.seen[key] = first + size
            start = end
        return np.sort(np.concatenate(chosen))
