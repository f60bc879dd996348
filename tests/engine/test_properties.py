"""Property-based tests (hypothesis) of the chip grid, the extent window and label clipping.

Oracles are independent of the engine's helpers: a reference model of the grid written from the
README's description (the fewest cells at the stride reaching the edge, then the edge policy), numpy
coverage masks, and OGR/GEOS intersections for the clipped labels. Runs are reproducible
(``derandomize=True``) and write no ``.hypothesis/`` folder (``database=None``).

What each EDGE_POLICY promises (README "Grid and edges", engine/grid.py), with ``stride <= tile``:

* ``SHIFT_INWARD``: every pixel is covered; every chip lies inside the raster, except along an axis
  where the raster is smaller than the tile (one chip at 0, padded); nothing is dropped.
* ``PAD``: every pixel is covered; chips start at ``i * stride`` and only the last one along an axis
  runs past the edge (by less than a stride, or by ``tile - size`` for a raster smaller than the tile).
* ``DROP``: every chip lies inside the raster; the last ``(size - tile) % stride`` pixels along each
  axis stay uncovered, and a raster smaller than the tile gets no chip at all.

With ``stride > tile`` (accepted: strides are only required to be >= 1) chips leave gaps between
them; SHIFT_INWARD still covers the first and the last pixel, PAD's last cell may lie wholly past the
edge (it then holds no real pixel and is never written).
"""

import json
import math
from types import SimpleNamespace

import numpy as np
import pytest
import rasterio
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from osgeo import ogr
from rasterio.transform import Affine

from pixelwise.engine.export.chips import grid_chips, rotated
from pixelwise.engine.geometry import PixelPolygons, clipped_area, clipped_box, clipped_outlines
from pixelwise.engine.grid import EDGE_POLICIES, ChipGrid
from pixelwise.engine.raster_io import SourceView

ogr.UseExceptions()


def _settings(n):
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


# --- the chip grid ----------------------------------------------------------------------------------

def reference_origins(size, tile, stride, policy):
    """Chip origins along one axis as the README describes them (None: dropped cell)."""
    n = 1
    while (n - 1) * stride + tile < size:  # the fewest cells whose last one reaches the edge
        n += 1
    origins = []
    for i in range(n):
        start = i * stride
        if start + tile > size:  # past the edge: the policy decides
            start = {"PAD": start, "DROP": None, "SHIFT_INWARD": max(size - tile, 0)}[policy]
        origins.append(start)
    return origins


@st.composite
def axes(draw, max_cells=30):
    """(size, tile, stride) along one axis; strides above the tile size included."""
    tile = draw(st.integers(1, 48))
    stride = draw(st.integers(1, 72))
    size = draw(st.integers(1, min(400, tile + stride * max_cells)))
    return size, tile, stride


grids = st.tuples(axes(), axes(), st.sampled_from(EDGE_POLICIES))


def coverage(grid):
    """Boolean (height, width) mask of the raster pixels some chip holds."""
    mask = np.zeros((grid.height, grid.width), dtype=bool)
    for w in grid.windows():
        mask[max(w.row_off, 0):w.row_off + w.height, max(w.col_off, 0):w.col_off + w.width] = True
    return mask


@_settings(300)
@given(grids, st.integers(0, 10_000))
def test_grid_matches_the_reference_model_and_numbering(args, start):
    (width, tile_x, stride_x), (height, tile_y, stride_y), policy = args
    grid = ChipGrid(width, height, tile_x, tile_y, stride_x, stride_y, policy)
    cols = reference_origins(width, tile_x, stride_x, policy)
    rows = reference_origins(height, tile_y, stride_y, policy)
    wins = list(grid.windows(start))

    # Counts: the numbering span and the number of windows the grid reports are what it yields.
    assert (grid.n_cols, grid.n_rows, len(grid)) == (len(cols), len(rows), len(cols) * len(rows))
    assert grid.count() == len(wins) == sum(c is not None for c in cols) * sum(r is not None for r in rows)

    # Every cell that is not dropped, row by row, numbered by grid position plus the start index.
    expected = [(start + r * len(cols) + c, r, c, col, row, tile_x, tile_y)
                for r, row in enumerate(rows) if row is not None
                for c, col in enumerate(cols) if col is not None]
    assert [(w.index, w.row, w.col, w.col_off, w.row_off, w.width, w.height) for w in wins] == expected
    assert [w.index for w in wins] == sorted({w.index for w in wins})  # increasing, no repeats
    assert all(start <= w.index < start + len(grid) for w in wins)

    # No chip twice: no two windows at the same place.
    assert len({(w.col_off, w.row_off) for w in wins}) == len(wins)


@_settings(300)
@given(grids)
def test_grid_edges_and_coverage_per_policy(args):
    (width, tile_x, stride_x), (height, tile_y, stride_y), policy = args
    grid = ChipGrid(width, height, tile_x, tile_y, stride_x, stride_y, policy)
    wins = list(grid.windows())
    covered = coverage(grid)
    dense = stride_x <= tile_x and stride_y <= tile_y

    if policy == "SHIFT_INWARD":
        assert grid.count() == len(grid)  # nothing dropped
        for w in wins:
            if width >= tile_x:
                assert 0 <= w.col_off and w.col_off + w.width <= width
            else:
                assert w.col_off == 0  # cannot shift: padded
            if height >= tile_y:
                assert 0 <= w.row_off and w.row_off + w.height <= height
            else:
                assert w.row_off == 0
        if dense:
            assert covered.all()
        # Even with gaps between chips, the corners of the raster are covered.
        assert covered[0, 0] and covered[0, -1] and covered[-1, 0] and covered[-1, -1]
    elif policy == "PAD":
        assert grid.count() == len(grid)
        assert all(w.col_off % stride_x == 0 and w.row_off % stride_y == 0 for w in wins)
        for w in wins:
            # Only the last cell along an axis runs past the edge, by less than a stride (a raster
            # smaller than the tile: by the missing part).
            if w.col_off + w.width > width:
                assert w.col == grid.n_cols - 1
                assert w.col_off + w.width - width < (stride_x if width > tile_x else tile_x - width + 1)
            if w.row_off + w.height > height:
                assert w.row == grid.n_rows - 1
                assert w.row_off + w.height - height < (stride_y if height > tile_y else tile_y - height + 1)
            if dense:
                assert w.col_off < width and w.row_off < height  # holds at least one real pixel
        if dense:
            assert covered.all()
    else:  # DROP
        assert all(0 <= w.col_off and w.col_off + w.width <= width
                   and 0 <= w.row_off and w.row_off + w.height <= height for w in wins)
        if width < tile_x or height < tile_y:
            assert wins == []
        elif dense:
            # Covered: everything but the strips the dropped cells would have held.
            keep_w = width - (width - tile_x) % stride_x
            keep_h = height - (height - tile_y) % stride_y
            assert covered[:keep_h, :keep_w].all()
            assert not covered[keep_h:, :].any() and not covered[:, keep_w:].any()


@_settings(150)
@given(grids, st.integers(0, 1000), st.sampled_from([0, 90, 120, 45, 200]))
def test_grid_chips_numbering_leaves_no_collisions(args, start, angle):
    """The exporter's numbers: cell index + k * span for rotated copy k, the next run at start + span·n."""
    (width, tile_x, stride_x), (height, tile_y, stride_y), policy = args
    grid = ChipGrid(width, height, tile_x, tile_y, stride_x, stride_y, policy)
    angles = (0.0,) if not angle else tuple(k * float(angle) for k in range(math.ceil(360 / angle)))
    chips = list(grid_chips(grid, start, angles))
    assert len(chips) == grid.count() * len(angles)
    indices = [c.index for c in chips]
    assert len(set(indices)) == len(indices)
    assert all(start <= i < start + len(grid) * len(angles) for i in indices)
    # The unrotated copy of each cell sits exactly on the cell's window.
    plain = [(c.index, c.to_view.c, c.to_view.f) for c in chips if c.angle == 0]
    assert plain == [(w.index, w.col_off, w.row_off) for w in grid.windows(start)]


# --- the extent: the view the grid is cut from ------------------------------------------------------

RASTER_W, RASTER_H = 37, 29
RASTER_TRANSFORM = Affine(2.0, 0.0, 1000.0, 0.0, -2.0, 2000.0)


@pytest.fixture(scope="module")
def small_raster(tmp_path_factory):
    path = tmp_path_factory.mktemp("properties") / "small.tif"
    with rasterio.open(path, "w", driver="GTiff", width=RASTER_W, height=RASTER_H, count=1,
                       dtype="uint8", crs="EPSG:32633", transform=RASTER_TRANSFORM) as ds:
        ds.write(np.ones((1, RASTER_H, RASTER_W), dtype=np.uint8))
    return str(path)


# Extent edges in source pixels, on quarter pixels so that edges on pixel boundaries are common.
pixel_edges = st.integers(-40, 4 * RASTER_W + 40).map(lambda q: q / 4.0)
pixel_rows = st.integers(-40, 4 * RASTER_H + 40).map(lambda q: q / 4.0)


@_settings(60)
@given(st.tuples(pixel_edges, pixel_edges).map(sorted), st.tuples(pixel_rows, pixel_rows).map(sorted),
       axes(max_cells=12), axes(max_cells=12), st.sampled_from(("SHIFT_INWARD", "PAD")))
def test_extent_pixels_are_all_chipped(small_raster, xs, ys, ax, ay, policy):
    """The view holds exactly the source pixels the extent touches (snapped outwards, clipped to the
    raster), and a SHIFT_INWARD/PAD grid with stride <= tile over it covers every one of them."""
    (c0, c1), (r0, r1) = xs, ys
    assume(c1 > c0 and r1 > r0 and c1 > 0 and r1 > 0 and c0 < RASTER_W and r0 < RASTER_H)
    xmin, ymax = RASTER_TRANSFORM * (c0, r0)
    xmax, ymin = RASTER_TRANSFORM * (c1, r1)
    # Source pixels whose interior meets the extent: i < c1 and i + 1 > c0.
    want_cols = [i for i in range(RASTER_W) if i < c1 and i + 1 > c0]
    want_rows = [j for j in range(RASTER_H) if j < r1 and j + 1 > r0]
    with SourceView(small_raster, extent=(xmin, ymin, xmax, ymax)) as view:
        assert list(range(view.col0, view.col0 + view.width)) == want_cols
        assert list(range(view.row0, view.row0 + view.height)) == want_rows
        assert view.transform == RASTER_TRANSFORM * Affine.translation(view.col0, view.row0)
        (_, tile_x, stride_x), (_, tile_y, stride_y) = ax, ay
        grid = ChipGrid(view.width, view.height, tile_x, tile_y, min(stride_x, tile_x), min(stride_y, tile_y),
                        policy)
        assert coverage(grid).all()


# --- label clipping ---------------------------------------------------------------------------------

VIEW = SimpleNamespace(transform=Affine(0.5, 0.0, 1000.0, 0.0, -0.5, 2000.0))  # exact inverse


def to_map(ring):
    return [list(VIEW.transform * (float(x), float(y))) for x, y in ring]


def closed(ring):
    return list(ring) + [ring[0]]


def signed_area(ring):
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))


# Pixel coordinates on quarter pixels (exact in binary, so touching and shared edges happen), or free.
quarters = st.integers(-40, 320).map(lambda q: q / 4.0)
free = st.floats(-10.0, 80.0, allow_nan=False, allow_infinity=False)


@st.composite
def rectangles(draw, coord=quarters):
    x0, x1 = sorted(draw(st.tuples(coord, coord)))
    y0, y1 = sorted(draw(st.tuples(coord, coord)))
    assume(x1 - x0 > 1e-3 and y1 - y0 > 1e-3)
    return [[(x0, y0), (x1, y0), (x1, y1), (x0, y1)]]


@st.composite
def triangles(draw, coord=quarters):
    pts = draw(st.lists(st.tuples(coord, coord), min_size=3, max_size=3))
    assume(abs(signed_area(pts)) > 1e-3)
    return [pts]


def convex_hull(points):
    """Andrew's monotone chain (counter-clockwise, no collinear points)."""
    pts = sorted(set(points))

    def half(seq):
        out = []
        for p in seq:
            while len(out) >= 2 and ((out[-1][0] - out[-2][0]) * (p[1] - out[-2][1])
                                     - (out[-1][1] - out[-2][1]) * (p[0] - out[-2][0])) <= 0:
                out.pop()
            out.append(p)
        return out

    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]


@st.composite
def convex(draw, coord=quarters):
    hull = convex_hull(draw(st.lists(st.tuples(coord, coord), min_size=3, max_size=12)))
    assume(len(hull) >= 3 and abs(signed_area(hull)) > 1e-3)
    return [hull]


@st.composite
def stars(draw):
    """Concave simple polygons: vertices at increasing angles around a centre, random radii."""
    cx, cy = draw(free), draw(free)
    n = draw(st.integers(3, 10))
    angles = sorted(draw(st.lists(st.floats(0, 2 * math.pi, exclude_max=True), min_size=n, max_size=n,
                                  unique=True)))
    assume(all(b - a > 1e-2 for a, b in zip(angles, angles[1:], strict=False)))
    assume(angles[0] + 2 * math.pi - angles[-1] > 1e-2)
    radii = draw(st.lists(st.floats(0.5, 40.0), min_size=n, max_size=n))
    ring = [(cx + r * math.cos(a), cy + r * math.sin(a)) for a, r in zip(angles, radii, strict=True)]
    assume(abs(signed_area(ring)) > 1e-2)
    return [ring]


@st.composite
def with_hole(draw):
    """A rectangle with a rectangular hole strictly inside it (on quarter pixels)."""
    (outer,) = draw(rectangles())
    (x0, y0), (x1, y1) = outer[0], outer[2]
    hx0, hx1 = sorted(draw(st.tuples(st.floats(x0, x1), st.floats(x0, x1))))
    hy0, hy1 = sorted(draw(st.tuples(st.floats(y0, y1), st.floats(y0, y1))))
    hx0, hx1, hy0, hy1 = (round(v * 4) / 4 for v in (hx0, hx1, hy0, hy1))
    assume(x0 < hx0 < hx1 < x1 and y0 < hy0 < hy1 < y1)
    return [outer, [(hx0, hy0), (hx0, hy1), (hx1, hy1), (hx1, hy0)]]


@st.composite
def pixel_blobs(draw):
    """Unions of whole-pixel rectangles, as polygons vectorised from a class raster look: concave,
    maybe with holes or in several parts, every edge on a pixel boundary (and so on chip sides)."""
    geom = None
    for _ in range(draw(st.integers(1, 4))):
        x0, x1 = sorted(draw(st.tuples(st.integers(-10, 70), st.integers(-10, 70))))
        y0, y1 = sorted(draw(st.tuples(st.integers(-10, 70), st.integers(-10, 70))))
        assume(x1 > x0 and y1 > y0)
        rect = ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")
        geom = rect if geom is None else geom.Union(rect)
    return [[[tuple(p[:2]) for p in ring[:-1]] for ring in poly] for poly in _ogr_polygons(geom)]


def _ogr_polygons(geom):
    mapping = json.loads(geom.ExportToJson())
    if mapping["type"] == "Polygon":
        return [mapping["coordinates"]]
    return mapping["coordinates"]


single = st.one_of(rectangles(), rectangles(free), triangles(), triangles(free), convex(), convex(free),
                   stars(), with_hole())
polygons = st.one_of(single.map(lambda rings: [rings]), pixel_blobs())


def geojson(parts):
    """GeoJSON (map coordinates) of ``parts``: a list of polygons, each a list of rings."""
    coords = [[closed(to_map(r)) for r in rings] for rings in parts]
    if len(coords) == 1:
        return {"type": "Polygon", "coordinates": coords[0]}
    return {"type": "MultiPolygon", "coordinates": coords}


def ogr_geometry(parts, point=lambda p: p):
    """OGR geometry of ``parts`` in pixel coordinates, each vertex passed through ``point``."""
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for rings in parts:
        poly = ogr.Geometry(ogr.wkbPolygon)
        for r in rings:
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in closed(r):
                ring.AddPoint_2D(*point((x, y)))
            poly.AddGeometry(ring)
        multi.AddGeometry(poly)
    return multi


def rect_geometry(x0, y0, x1, y1):
    return ogr_geometry([[[(x0, y0), (x1, y0), (x1, y1), (x0, y1)]]])


def surface_area(geom):
    """Area of an OGR geometry, 0 for a point or line (where OGR would warn)."""
    return geom.GetArea() if geom.GetDimension() == 2 or geom.GetGeometryCount() else 0.0


def polygonal_envelope(geom):
    """(xmin, ymin, xmax, ymax) of the polygon members of an OGR geometry, None if there are none."""
    boxes = []
    name = geom.GetGeometryName()
    if name in ("POLYGON", "MULTIPOLYGON"):
        if not geom.IsEmpty() and surface_area(geom) > 0:
            e = geom.GetEnvelope()
            boxes.append((e[0], e[2], e[1], e[3]))
    elif name == "GEOMETRYCOLLECTION":
        for k in range(geom.GetGeometryCount()):
            sub = polygonal_envelope(geom.GetGeometryRef(k))
            if sub:
                boxes.append(sub)
    if not boxes:
        return None
    b = np.array(boxes)
    return b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()


@st.composite
def features_and_chips(draw):
    """A feature and a chip: size and ``to_view`` (a whole-pixel offset, sometimes turned about its
    centre). Half the chips have their sides on the feature's vertices (rounded to whole pixels),
    where a feature touches a chip side or corner without entering it."""
    parts = draw(polygons)
    if draw(st.booleans()):
        pts = [p for rings in parts for r in rings for p in r]
        xs = sorted({math.floor(x) for x, _ in pts} | {math.ceil(x) for x, _ in pts})
        ys = sorted({math.floor(y) for _, y in pts} | {math.ceil(y) for _, y in pts})
        col_off, right = sorted(draw(st.tuples(st.sampled_from(xs), st.sampled_from(xs))))
        row_off, bottom = sorted(draw(st.tuples(st.sampled_from(ys), st.sampled_from(ys))))
        width, height = max(1, right - col_off), max(1, bottom - row_off)
        angle = 0.0
    else:
        width, height = draw(st.integers(1, 40)), draw(st.integers(1, 40))
        col_off, row_off = draw(st.integers(-10, 60)), draw(st.integers(-10, 60))
        angle = draw(st.sampled_from([0.0] * 4 + [90.0, 180.0, 30.0, 45.0, 137.5]))
    return parts, (width, height, rotated(Affine.translation(col_off, row_off), width, height, angle))


def one_polygon(parts):
    polys = PixelPolygons([geojson(parts)], [1], VIEW)
    assert len(polys) == 1 and polys.dropped == 0
    return polys


def close(a, b, scale=1.0):
    return abs(a - b) <= 1e-7 * max(1.0, scale)


@_settings(400)
@given(features_and_chips())
@example(([[[(1, 1), (3, 1), (3, 3), (1, 3)]], [[(10, 5), (12, 5), (12, 6), (10, 6)]]],  # a part touches
          (10, 10, Affine.identity())))                                                     # the right side
@example(([[[(10, 5), (12, 5), (12, 12), (5, 12), (5, 10), (10, 10)]]],  # an L around the corner, outside
          (10, 10, Affine.identity())))
@example(([[[(-5, -5), (20, -5), (20, 15), (-5, 15)], [(5, 0), (5, 10), (10, 10), (10, 0)]]],
          (10, 10, Affine.identity())))                   # a hole filling the chip's right half
def test_clipped_labels_match_ogr_intersection(feature_and_chip):
    parts, (width, height, to_view) = feature_and_chip
    polys = one_polygon(parts)
    feature = ogr_geometry(parts)
    area = feature.GetArea()
    assert close(polys.area(0), area, area)

    in_chip = polys.in_chip(0, to_view)
    inverse = ~to_view
    # Oracle 1: the feature against the chip's footprint, both in view pixels (to_view keeps areas).
    footprint = ogr_geometry([[[to_view * p for p in ((0, 0), (width, 0), (width, height), (0, height))]]])
    want_area = surface_area(feature.Intersection(footprint))
    # Oracle 2: the feature moved into chip pixels against the chip rectangle, for the box.
    in_chip_oracle = ogr_geometry(parts, point=lambda p: inverse * p)
    inter = in_chip_oracle.Intersection(rect_geometry(0, 0, width, height))

    got_area = clipped_area(in_chip, width, height)
    assert got_area <= polys.area(0) + 1e-7 * max(1.0, area)
    assert close(got_area, want_area, area)

    box = clipped_box(in_chip, width, height)
    if box is not None:
        left, top, right, bottom = box
        assert 0 <= left < right <= width and 0 <= top < bottom <= height
    want_box = polygonal_envelope(inter)
    exact = to_view.b == 0 and to_view.d == 0  # no rotation: every coordinate is exact
    if exact and want_box is None:
        assert box is None
    if want_box is not None and surface_area(inter) > 1e-6:
        assert box is not None
        assert np.allclose(box, want_box, atol=1e-6), (box, want_box)

    outlines = clipped_outlines(in_chip, width, height)
    for ring in outlines:
        assert ((ring >= -1e-9) & (ring <= np.array([width, height]) + 1e-9)).all()
    if exact and box is None:
        assert outlines == []
    if all(len(rings) == 1 for rings in parts):
        # No holes (outlines are outer rings only): they hold the whole clipped area, within the box.
        outline_area = sum(ogr_geometry([[[tuple(p) for p in ring]]]).GetArea() for ring in outlines)
        assert close(outline_area, want_area, area)
        if outlines and box is not None:
            pts = np.concatenate(outlines)
            assert (pts.min(axis=0) >= np.array(box[:2]) - 1e-6).all()
            assert (pts.max(axis=0) <= np.array(box[2:]) + 1e-6).all()
            if exact:
                assert np.allclose((*pts.min(axis=0), *pts.max(axis=0)), box, atol=1e-9)


@_settings(300)
@given(st.lists(polygons, min_size=1, max_size=4), st.lists(features_and_chips(), min_size=1, max_size=5))
def test_batched_measure_matches_one_polygon_at_a_time(many, chips):
    """``PixelPolygons.clipped`` (every polygon of a batch of chips in one array pass) gives exactly the
    boxes of ``clipped_box`` and the areas of ``clipped_area`` (to rounding), chip by chip: the chips
    include sides on the polygons' vertices and rotated ones, where the fast rule hands over."""
    polys = PixelPolygons([geojson(parts) for parts in many], [1] * len(many), VIEW)
    assert len(polys) == len(many)
    batch = [(range(len(polys)), to_view, width, height) for _parts, (width, height, to_view) in chips]
    got = polys.clipped(batch)
    assert len(got) == len(chips)
    for measured, (indices, to_view, width, height) in zip(got, batch, strict=True):
        want = []
        for i in indices:
            in_chip = polys.in_chip(i, to_view)
            box = clipped_box(in_chip, width, height)
            if box is not None:
                want.append((i, box, clipped_area(in_chip, width, height)))
        assert [(i, box) for i, box, _ in measured] == [(i, box) for i, box, _ in want]
        for (_, _, area), (_, _, want_area) in zip(measured, want, strict=True):
            assert area == pytest.approx(want_area, rel=1e-9, abs=1e-9)
    one = polys.clipped(batch[:1], need_area=False)[0]
    assert [(i, box, area) for i, box, area in one] == [(i, box, None) for i, box, _ in got[0]]


@_settings(200)
@given(polygons, st.integers(0, 6), st.integers(0, 6), st.integers(0, 6), st.integers(0, 6))
def test_feature_inside_the_chip_keeps_its_box_and_area(parts, left, top, right, bottom):
    polys = one_polygon(parts)
    pts = np.array([p for rings in parts for r in rings for p in r])
    (x0, y0), (x1, y1) = pts.min(axis=0), pts.max(axis=0)
    col_off, row_off = math.floor(x0) - left, math.floor(y0) - top
    width, height = math.ceil(x1) + right - col_off, math.ceil(y1) + bottom - row_off
    in_chip = polys.in_chip(0, Affine.translation(col_off, row_off))
    assert clipped_box(in_chip, width, height) == pytest.approx(
        (x0 - col_off, y0 - row_off, x1 - col_off, y1 - row_off), abs=1e-9)
    area = ogr_geometry(parts).GetArea()
    assert clipped_area(in_chip, width, height) == pytest.approx(area, rel=1e-9, abs=1e-9)
    assert polys.area(0) == pytest.approx(area, rel=1e-9, abs=1e-9)


@_settings(200)
@given(polygons, st.sampled_from(["left", "right", "above", "below"]), st.integers(0, 5),
       st.integers(1, 30), st.integers(1, 30), st.integers(-40, 40))
def test_feature_outside_the_chip_gives_no_label(parts, side, gap, width, height, shift):
    """A chip beside the feature's bounding box (touching it when ``gap`` is 0) gets nothing."""
    polys = one_polygon(parts)
    pts = np.array([p for rings in parts for r in rings for p in r])
    (x0, y0), (x1, y1) = pts.min(axis=0), pts.max(axis=0)
    col_off = {"left": math.floor(x0) - gap - width, "right": math.ceil(x1) + gap}.get(
        side, math.floor(x0) + shift)
    row_off = {"above": math.floor(y0) - gap - height, "below": math.ceil(y1) + gap}.get(
        side, math.floor(y0) + shift)
    in_chip = polys.in_chip(0, Affine.translation(col_off, row_off))
    assert clipped_box(in_chip, width, height) is None
    assert clipped_area(in_chip, width, height) == 0
    assert clipped_outlines(in_chip, width, height) == []


def test_pixel_polygons_read_every_coordinate_layout_alike():
    """All vertices are converted in one array (labels._coordinates): a z is dropped, rings of 2 and 3
    coordinates mix, and geometries without a polygon of 3 vertices are dropped, in input order."""
    square = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]
    hole = [[1, 1], [2, 1], [2, 2], [1, 1]]
    flat = {"type": "Polygon", "coordinates": [to_map(square), to_map(hole)]}
    with_z = {"type": "Polygon", "coordinates": [[p + [7.0] for p in to_map(r)] for r in (square, hole)]}
    mixed = {"type": "Polygon", "coordinates": [[p + [7.0] for p in to_map(square)], to_map(hole)]}
    far = [[10, 10], [12, 10], [12, 13], [10, 10]]
    multi = {"type": "MultiPolygon", "coordinates": [[to_map(far)], [to_map(square)]]}
    dropped = [{"type": "Point", "coordinates": [1000.0, 2000.0]},
               {"type": "Polygon", "coordinates": [to_map([[0, 0], [1, 1]])]}]
    for geoms in ([flat, with_z, mixed, multi] + dropped, [flat, with_z, mixed, multi]):
        polys = PixelPolygons(geoms, [1, 2, 3, 4, 5, 6][:len(geoms)], VIEW)
        assert len(polys) == 4 and polys.values == [1, 2, 3, 4] and polys.dropped == len(geoms) - 4
        for i in range(3):
            assert [[r.tolist() for r in rings] for rings in polys.parts[i]] == [
                [[[float(x), float(y)] for x, y in square], [[float(x), float(y)] for x, y in hole]]]
            assert polys.boxes[i].tolist() == [0.0, 0.0, 4.0, 4.0]
            assert polys.area(i) == 16.0 - 0.5
        assert polys.boxes[3].tolist() == [0.0, 0.0, 12.0, 13.0]
        assert [len(rings) for rings in polys.parts[3]] == [1, 1]
        measured = polys.clipped([(np.arange(4), Affine.translation(0, 0), 3.0, 3.0)])[0]
        assert [(i, box) for i, box, _area in measured] == [(i, (0.0, 0.0, 3.0, 3.0)) for i in range(4)]
        assert [area for *_rest, area in measured] == pytest.approx([9.0 - 0.5] * 3 + [9.0])
