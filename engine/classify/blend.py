"""Inference windows, blending weights and the row accumulator: pure numpy, no files.

Window grid (pixels of the view, along one axis of ``size`` pixels, window ``tile``, ``padding``):

* ``stride = tile - 2 * padding``; window ``i`` starts at ``i * stride - padding``, so its inner part
  (the window less ``padding`` on each side) starts at ``i * stride``;
* ``n = ceil(size / stride)`` windows (at least 1): their inner parts tile ``[0, n * stride)``, which
  covers every pixel, so each pixel lies at least ``padding`` pixels inside some window (or at the
  raster's own edge). Windows reaching past the raster are padded by reflection, never dropped;
  a raster smaller than a window gets windows all the same.

Every window's class scores are multiplied by :func:`blend_weights` (a 2-D Hann window with a small
floor) and summed; dividing by the summed weights gives a smooth weighted average across overlaps,
so no seam follows the window grid (spec §4.4 B).
"""

import math

import numpy as np


def window_origins(size, tile, padding):
    """Start offsets of the windows along one axis (see the module docstring)."""
    stride = tile - 2 * padding
    if stride < 1:
        raise ValueError(f"padding {padding} leaves no stride in a {tile}-pixel window")
    count = max(1, math.ceil(size / stride))
    return [i * stride - padding for i in range(count)]


def blend_weights(height, width, floor=0.05):
    """float32 (height, width) weights: outer product of 1-D Hann windows lifted to ``floor`` at the
    ends, so a pixel seen only near a window's border (at the raster's edge) still gets a score.
    Sampled at pixel centres, so no weight is exactly the floor's zero crossing."""
    def hann(n):
        t = (np.arange(n, dtype=np.float64) + 0.5) / n
        return floor + (1.0 - floor) * np.sin(np.pi * t) ** 2

    return np.outer(hann(height), hann(width)).astype(np.float32)


def merge(stack, policy):
    """Merge augmented predictions stacked on axis 0 with ``mean``, ``max`` or ``min``."""
    if policy == "max":
        return stack.max(axis=0)
    if policy == "min":
        return stack.min(axis=0)
    return stack.mean(axis=0)


# --- accumulator --------------------------------------------------------------------------------------

class RowAccumulator:
    """Weighted class scores of the output rows still open: a band of rows as wide as the view.

    Windows are added in row-major order; rows above the next window's top are final and are taken
    out with :meth:`pop`, so memory depends on the window height, batch and view width, not on the
    view's height.
    """

    def __init__(self, channels, width, height, top=0):
        self.channels, self.width, self.height = channels, width, height
        self.top = top
        self.scores = np.zeros((channels, 0, width), dtype=np.float32)
        self.weights = np.zeros((0, width), dtype=np.float32)
        self.valid = np.zeros((0, width), dtype=bool)

    def _reserve(self, bottom):
        rows = bottom - self.top
        have = self.weights.shape[0]
        if rows <= have:
            return
        extra = rows - have
        more = np.zeros((self.channels, extra, self.width), np.float32)
        self.scores = np.concatenate([self.scores, more], 1)
        self.weights = np.concatenate([self.weights, np.zeros((extra, self.width), np.float32)], 0)
        self.valid = np.concatenate([self.valid, np.zeros((extra, self.width), bool)], 0)

    def add(self, row_off, col_off, scores, weights, valid):
        """Add a window's (channels, h, w) ``scores`` × ``weights`` at (row_off, col_off) of the view;
        ``valid`` (h, w) marks its pixels that are not NoData. Parts outside the view are cut off."""
        _, h, w = scores.shape
        r0, c0 = max(row_off, self.top), max(col_off, 0)
        r1, c1 = min(row_off + h, self.height), min(col_off + w, self.width)
        if r1 <= r0 or c1 <= c0:
            return
        self._reserve(r1)
        ys, xs = slice(r0 - row_off, r1 - row_off), slice(c0 - col_off, c1 - col_off)
        ay, ax = slice(r0 - self.top, r1 - self.top), slice(c0, c1)
        wgt = weights[ys, xs]
        self.scores[:, ay, ax] += scores[:, ys, xs] * wgt
        self.weights[ay, ax] += wgt
        self.valid[ay, ax] |= valid[ys, xs]

    def pop(self, bottom):
        """Take rows ``[top, bottom)`` out: ``(scores / weights, valid)`` with ``valid`` False where no
        window contributed. Returns ``None`` when there is nothing to take."""
        bottom = min(bottom, self.height)
        n = bottom - self.top
        if n <= 0:
            return None
        self._reserve(bottom)
        weights = self.weights[:n]
        valid = self.valid[:n] & (weights > 0)
        scores = self.scores[:, :n] / np.maximum(weights, 1e-12)
        rest = self.weights.shape[0] - n
        # Shift the open rows up and clear the freed tail, keeping the buffers' size.
        self.scores[:, :rest] = self.scores[:, n:].copy()
        self.scores[:, rest:] = 0
        self.weights[:rest] = self.weights[n:].copy()
        self.weights[rest:] = 0
        self.valid[:rest] = self.valid[n:].copy()
        self.valid[rest:] = False
        self.top = bottom
        return scores, valid
