"""The chip grid formula, one table of (size, tile, stride, policy) → chip origins along an axis."""

import pytest

from pixelwise.engine.errors import InvalidInput
from pixelwise.engine.grid import ChipGrid


def origins(size, tile, stride, policy):
    grid = ChipGrid(size, 1, tile, 1, stride, 1, policy)
    return [w.col_off for w in grid.windows()], len(grid)


@pytest.mark.parametrize(
    "size, tile, stride, policy, expected, cells",
    [
        (512, 256, 256, "SHIFT_INWARD", [0, 256], 2),        # exact fit: no edge cell
        (512, 256, 128, "SHIFT_INWARD", [0, 128, 256], 3),
        (300, 256, 128, "SHIFT_INWARD", [0, 44], 2),          # last cell moved back to end on the edge
        (300, 256, 128, "PAD", [0, 128], 2),                  # last cell runs 84 px past the edge
        (300, 256, 128, "DROP", [0], 2),                      # dropped, numbering span still 2
        (100, 256, 128, "SHIFT_INWARD", [0], 1),              # smaller than a tile: padded, cannot shift
        (100, 256, 128, "DROP", [], 1),
        (1000, 100, 300, "SHIFT_INWARD", [0, 300, 600, 900], 4),   # stride > tile leaves gaps
        (1001, 100, 300, "SHIFT_INWARD", [0, 300, 600, 900, 901], 5),  # one pixel left over
    ],
)
def test_origins_along_an_axis(size, tile, stride, policy, expected, cells):
    assert origins(size, tile, stride, policy) == (expected, cells)


def test_numbering_is_grid_position_plus_start():
    grid = ChipGrid(300, 300, 256, 256, 128, 128, "DROP")
    assert [w.index for w in grid.windows(start_index=10)] == [10]
    grid = ChipGrid(300, 300, 256, 256, 128, 128, "SHIFT_INWARD")
    assert [(w.index, w.col_off, w.row_off) for w in grid.windows(5)] == [
        (5, 0, 0), (6, 44, 0), (7, 0, 44), (8, 44, 44)]


@pytest.mark.parametrize("key, args", [("TILE_SIZE_X", (0, 1, 1, 1)), ("TILE_SIZE_Y", (1, -2, 1, 1)),
                                       ("STRIDE_X", (1, 1, 0, 1)), ("STRIDE_Y", (1, 1, 1, 0))])
def test_sizes_below_one_name_the_parameter(key, args):
    with pytest.raises(InvalidInput) as err:
        ChipGrid(10, 10, *args)
    assert str(err.value).startswith(f"{key}: ")
    assert "\n" not in str(err.value)
