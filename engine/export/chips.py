"""Where chips are cut: cells of the chip grid (with rotated copies), or one chip per feature.

A chip is a pixel grid of ``width`` × ``height`` placed on the view by an affine ``to_view``
(chip pixel → view pixel): a whole-pixel translation for ordinary chips, a rotation about the
chip centre for the copies ``ROTATION_ANGLE`` adds.

Rotation rule: with an angle ``a`` > 0 every chip is written ``n = ceil(360 / a)`` times, copy ``k``
with its footprint turned by ``k · a`` degrees counter-clockwise on the map about the chip centre
(so the picture inside turns clockwise). Copy ``k`` of the chip numbered ``i`` (a grid cell, or a
feature for Labeled_Tiles / Imagenet) is numbered ``i + k · span``, ``span`` being the number of
grid cells (or features) of the run, so the numbering stays a position as in ArcGIS.
"""

import math
from dataclasses import dataclass
from typing import Optional

from rasterio.transform import Affine

from ..errors import InvalidInput

MAX_ROTATED_COPIES = 360


@dataclass(frozen=True)
class ChipSpec:
    """One chip to cut: its number, size, placement on the view and, for per-feature formats, the
    feature it shows (position in the label list)."""

    index: int
    width: int
    height: int
    to_view: Affine
    feature: Optional[int] = None
    angle: float = 0.0

    def footprint(self):
        """(col0, row0, col1, row1): the view-pixel box that holds the chip."""
        corners = [self.to_view * (x, y) for x in (0, self.width) for y in (0, self.height)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        return min(xs), min(ys), max(xs), max(ys)

    def box_window(self):
        """The footprint as (col_off, row_off, width, height) for bounding-box lookups."""
        c0, r0, c1, r1 = self.footprint()
        return c0, r0, c1 - c0, r1 - r0


def rotation_angles(angle):
    """The angles of every copy of a chip: 0 first, then multiples of ``angle`` below 360."""
    if angle is None or angle == 0:
        return (0.0,)
    if not (0 < angle < 360) or math.isnan(angle):
        raise InvalidInput("ROTATION_ANGLE", "must be 0 (no rotation) or between 0 and 360 degrees "
                           "(got {angle})", "Use e.g. 90 for four copies of every chip, or 0", angle=angle)
    n = math.ceil(360.0 / angle - 1e-9)
    if n > MAX_ROTATED_COPIES:
        raise InvalidInput("ROTATION_ANGLE", "{angle}° would write {n} copies of every chip",
                           "Use 1 degree or more", angle=angle, n=n)
    return tuple(k * float(angle) for k in range(n))


def rotated(to_view, width, height, angle):
    """``to_view`` turned by ``angle`` degrees (counter-clockwise on a north-up map) about the chip
    centre."""
    if not angle:
        return to_view
    cx, cy = width / 2.0, height / 2.0
    # Pixel rows grow downwards, so a counter-clockwise turn on the map is a negative angle here.
    return (to_view * Affine.translation(cx, cy) * Affine.rotation(-angle)
            * Affine.translation(-cx, -cy))


def grid_chips(grid, start_index, angles, rows=None):
    """Chips of every grid cell that is not dropped (in grid ``rows`` (first, stop) when given), each
    followed by its rotated copies."""
    span = len(grid)
    for win in grid.windows(start_index, rows):
        base = Affine.translation(win.col_off, win.row_off)
        for k, angle in enumerate(angles):
            yield ChipSpec(win.index + k * span, win.width, win.height,
                           rotated(base, win.width, win.height, angle), angle=angle)


def feature_chips(polygons, view_width, view_height, tile_x, tile_y, crop_mode, start_index, angles):
    """One chip per feature that overlaps the view (Labeled_Tiles, Imagenet), numbered by feature
    position: FIXED_SIZE centres a tile on the feature's bounding box (whole-pixel offset, so never
    resampled); BOUNDING_BOX cuts the feature's bounding box rounded outwards to whole pixels."""
    span = len(polygons)
    for i, (x0, y0, x1, y1) in enumerate(polygons.boxes):
        if x1 <= 0 or y1 <= 0 or x0 >= view_width or y0 >= view_height:
            continue
        if crop_mode == "BOUNDING_BOX":
            c0, r0 = math.floor(x0), math.floor(y0)
            width, height = max(1, math.ceil(x1) - c0), max(1, math.ceil(y1) - r0)
        else:
            width, height = tile_x, tile_y
            c0 = int(math.floor((x0 + x1) / 2.0 - width / 2.0 + 0.5))
            r0 = int(math.floor((y0 + y1) / 2.0 - height / 2.0 + 0.5))
        base = Affine.translation(c0, r0)
        for k, angle in enumerate(angles):
            yield ChipSpec(start_index + i + k * span, width, height, rotated(base, width, height, angle),
                           feature=i, angle=angle)
