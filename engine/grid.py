"""The chip grid: where chips are cut, how they are numbered, and what happens at the edges.

Grid formula (pixels of the view being chipped, ``size`` along one axis, ``tile`` and ``stride``):

* cells along the axis: ``n = 1`` when ``size <= tile``, else ``ceil((size - tile) / stride) + 1`` —
  the fewest cells at this stride whose union covers every pixel;
* cell ``i`` starts at ``i * stride``; the last cell may run past the edge, and ``edge_policy`` says
  what happens to such a cell:

  - ``SHIFT_INWARD`` (default): the cell is moved back so that it ends on the edge; it overlaps its
    neighbour more but holds only real pixels. A raster smaller than the tile cannot be shifted and
    is padded;
  - ``PAD``: the cell keeps its position; pixels past the edge are filled with NoData (or 0);
  - ``DROP``: the cell is not exported (pixels near the right/bottom edge may stay uncovered).

* chip numbers are grid positions (``row * n_cols + col``) plus the export's start index, as in
  ArcGIS Pro: cells that are not written leave gaps in the numbering, and the next export into the
  same folder continues at ``start + n_cols * n_rows`` (``NextTileIndex``).
"""

import math
from dataclasses import dataclass

from .errors import InvalidInput

EDGE_POLICIES = ("SHIFT_INWARD", "PAD", "DROP")


@dataclass(frozen=True)
class ChipWindow:
    """One grid cell: grid position, pixel offset in the view and size (always the tile size)."""

    index: int
    row: int
    col: int
    col_off: int
    row_off: int
    width: int
    height: int


def cells_along(size, tile, stride):
    """Number of grid cells along one axis (see the module docstring)."""
    if size <= tile:
        return 1
    return math.ceil((size - tile) / stride) + 1


def _origins(size, tile, stride, edge_policy):
    """Start offsets along one axis; ``None`` for a dropped cell."""
    origins = []
    for i in range(cells_along(size, tile, stride)):
        start = i * stride
        if start + tile > size:
            if edge_policy == "DROP":
                start = None
            elif edge_policy == "SHIFT_INWARD":
                start = max(size - tile, 0)
        origins.append(start)
    return origins


def check_grid_parameters(tile_x, tile_y, stride_x, stride_y, edge_policy):
    """Raise :class:`InvalidInput` for a tile size or stride below 1 or an unknown edge policy."""
    for name, value in (("TILE_SIZE_X", tile_x), ("TILE_SIZE_Y", tile_y),
                        ("STRIDE_X", stride_x), ("STRIDE_Y", stride_y)):
        if int(value) != value or value < 1:
            raise InvalidInput(name, "must be a whole number of pixels, at least 1 (got {value})",
                               "Set it to 1 or more, e.g. 256 for tiles and 128 for strides", value=value)
    if edge_policy not in EDGE_POLICIES:
        raise InvalidInput("EDGE_POLICY", "unknown value {edge_policy!r}",
                           "Use one of {edge_policies}",
                           edge_policy=edge_policy, edge_policies=', '.join(EDGE_POLICIES))


class ChipGrid:
    """Chip windows over a ``width`` × ``height`` view (pixels)."""

    def __init__(self, width, height, tile_x, tile_y, stride_x, stride_y, edge_policy="SHIFT_INWARD"):
        check_grid_parameters(tile_x, tile_y, stride_x, stride_y, edge_policy)
        self.width, self.height = int(width), int(height)
        self.tile_x, self.tile_y = int(tile_x), int(tile_y)
        self.stride_x, self.stride_y = int(stride_x), int(stride_y)
        self.edge_policy = edge_policy
        self._cols = _origins(self.width, self.tile_x, self.stride_x, edge_policy)
        self._rows = _origins(self.height, self.tile_y, self.stride_y, edge_policy)

    @property
    def n_cols(self):
        return len(self._cols)

    @property
    def n_rows(self):
        return len(self._rows)

    def __len__(self):
        """Number of grid cells, written or not (the numbering span)."""
        return self.n_cols * self.n_rows

    def windows(self, start_index=0, rows=None):
        """Yield the :class:`ChipWindow` of every cell that is not dropped, row by row; ``rows``
        ``(first, stop)`` limits them to those grid rows (one part of a job split by rows)."""
        first, stop = rows or (0, self.n_rows)
        for r, row_off in enumerate(self._rows):
            if row_off is None or not first <= r < stop:
                continue
            for c, col_off in enumerate(self._cols):
                if col_off is None:
                    continue
                yield ChipWindow(start_index + r * self.n_cols + c, r, c, col_off, row_off,
                                 self.tile_x, self.tile_y)

    def count(self, rows=None):
        """Number of windows :meth:`windows` yields."""
        first, stop = rows or (0, self.n_rows)
        return sum(o is not None for o in self._cols) * sum(o is not None for o in self._rows[first:stop])
