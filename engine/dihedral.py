"""The dihedral variants of a window (flips and quarter turns): test-time augmentation in Classify
Pixels, random augmentation in Train Pixel Classifier. Pure numpy."""

import numpy as np


def augmentations(square, map_space):
    """Variants as (k rot90, flip) pairs applied to the last two axes: the 8 dihedral variants of a
    square window in map space, the 4 flips of a non-square one, identity + left-right flip in pixel
    space (spec §4.4 B)."""
    if not map_space:
        return ((0, False), (0, True))
    if square:
        return tuple((k, flip) for flip in (False, True) for k in range(4))
    return ((0, False), (0, True), (2, False), (2, True))


def augment(array, variant):
    """Apply a (k, flip) variant to (..., H, W): flip left-right first, then rotate k × 90°."""
    k, flip = variant
    out = array[..., ::-1] if flip else array
    return np.rot90(out, k, axes=(-2, -1)) if k else out


def unaugment(array, variant):
    """Undo :func:`augment` on (..., H, W) model output."""
    k, flip = variant
    out = np.rot90(array, -k, axes=(-2, -1)) if k else array
    return out[..., ::-1] if flip else out
