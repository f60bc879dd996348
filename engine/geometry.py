"""Polygons in a raster's pixel grid, shared by every tool: reprojection onto the raster, lookup per
chip or window, clipped areas, outlines and boxes, rasterising. Export cuts chip labels with it,
Classify its mask polygons, Compute Accuracy its truth polygons."""

from itertools import chain

import numpy as np
from rasterio.features import rasterize
from rasterio.warp import transform_geom

from .errors import InvalidInput
from .raster_io import parse_crs


def _polygons(geometry):
    """Polygons of a GeoJSON mapping as lists of their non-empty rings' coordinate sequences (exterior
    first)."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return [[ring for ring in geometry["coordinates"] if len(ring)]]
    if kind == "MultiPolygon":
        return [[ring for ring in poly if len(ring)] for poly in geometry["coordinates"]]
    if kind == "GeometryCollection":
        return [p for g in geometry.get("geometries", []) for p in _polygons(g)]
    return []


def _coordinates(rings, total):
    """The (x, y) of every vertex of ``rings`` (coordinate sequences, ``total`` vertices in all) as one
    (total, 2) float array; a z (or m) is dropped."""
    if not rings:
        return np.empty((0, 2))
    try:
        xy = np.array(list(chain.from_iterable(rings)), dtype=float)
    except ValueError:  # rings of different dimensions: one at a time
        xy = None
    if xy is None or xy.ndim != 2 or len(xy) != total or xy.shape[1] < 2:
        xy = np.concatenate([np.asarray(ring, dtype=float).reshape(len(ring), -1)[:, :2] for ring in rings])
    return xy[:, :2]


def _runs(items, bounds):
    """``items`` cut into consecutive runs at ``bounds`` (0, end of run 1, end of run 2, …)."""
    bounds = list(map(int, bounds))
    return [items[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def reproject_geometries(geometries, crs_text, view, parameter):
    """GeoJSON mappings from ``crs_text`` to the view's CRS (unchanged when equal, or when neither has
    one). Labels without a CRS over a raster with one are refused: guessing a CRS puts labels on the
    wrong pixels without a word."""
    src = parse_crs(crs_text, parameter)
    dst = view.crs
    if src is None and dst is not None:
        raise InvalidInput(parameter, "has no coordinate reference system, so it cannot be placed on "
                           "IN_RASTER ({crs})", "Assign the layer its CRS (Layer Properties > "
                           "Source > Assigned Coordinate Reference System), e.g. the raster's",
                           crs=dst.to_string())
    if src is None or src == dst:
        return list(geometries)
    if dst is None:
        raise InvalidInput("IN_RASTER", "has no coordinate reference system, so labels in "
                           "{crs} cannot be placed on it",
                           "Assign the raster its CRS (Raster > Projections > Assign Projection)",
                           crs=src.to_string())
    return list(transform_geom(src, dst, list(geometries))) if geometries else []


class PixelPolygons:
    """Polygons in the view's pixel coordinates (col, row), with bounding boxes for quick lookup.

    ``geometries`` are GeoJSON mappings already in the view's CRS; ``values`` one integer each.
    Geometries with no polygon part (points, lines, empty) are dropped and counted in ``dropped``.
    """

    def __init__(self, geometries, values, view):
        inverse = ~view.transform
        self.geometries, self.values = [], []
        self.dropped = 0
        self.pixel_area = abs(view.transform.a * view.transform.e - view.transform.b * view.transform.d)
        # Every vertex is converted and moved to pixels in one array; the rings are views into it.
        rings, ring_sizes, poly_sizes, geometry_sizes = [], [], [], []
        for geometry, value in zip(geometries, values, strict=False):
            kept = 0
            for rings_of_poly in _polygons(geometry):
                if rings_of_poly and len(rings_of_poly[0]) >= 3:
                    rings.extend(rings_of_poly)
                    ring_sizes.extend(len(ring) for ring in rings_of_poly)
                    poly_sizes.append(len(rings_of_poly))
                    kept += 1
            if not kept:
                self.dropped += 1
                continue
            geometry_sizes.append(kept)
            self.geometries.append(geometry)
            self.values.append(int(value))
        ring_sizes = np.asarray(ring_sizes, dtype=np.int64)
        xy = _coordinates(rings, int(ring_sizes.sum()))
        px = np.column_stack([inverse.a * xy[:, 0] + inverse.b * xy[:, 1] + inverse.c,
                              inverse.d * xy[:, 0] + inverse.e * xy[:, 1] + inverse.f])
        ring_start = np.cumsum(ring_sizes) - ring_sizes
        ring_arrays = np.split(px, ring_start[1:]) if len(ring_sizes) else []
        poly_ring, geometry_poly = np.cumsum([0] + poly_sizes), np.cumsum([0] + geometry_sizes)
        self.parts = _runs(_runs(ring_arrays, poly_ring), geometry_poly)
        # Each geometry's vertices are contiguous: its box is a reduction over its run.
        geometry_start = ring_start[poly_ring[geometry_poly[:-1]]] if self.parts else np.empty(0, np.int64)
        if len(geometry_start):
            self.boxes = np.column_stack([np.minimum.reduceat(px[:, 0], geometry_start),
                                          np.minimum.reduceat(px[:, 1], geometry_start),
                                          np.maximum.reduceat(px[:, 0], geometry_start),
                                          np.maximum.reduceat(px[:, 1], geometry_start)])
        else:
            self.boxes = np.empty((0, 4))
        ring_outer = np.zeros(len(ring_sizes), dtype=bool)
        ring_outer[poly_ring[:-1]] = True
        self._flat = _FlatRings(px, ring_sizes, ring_outer, np.append(geometry_start, len(px)))

    def __len__(self):
        return len(self.geometries)

    def candidates(self, col_off, row_off, width, height):
        """Indices (in input order) of polygons whose box overlaps the window's interior."""
        b = self.boxes
        hit = ((b[:, 0] < col_off + width) & (b[:, 2] > col_off)
               & (b[:, 1] < row_off + height) & (b[:, 3] > row_off))
        return np.flatnonzero(hit)

    def touches(self, width, height):
        """True when any polygon overlaps a ``width`` × ``height`` view."""
        return len(self.candidates(0, 0, width, height)) > 0

    def rasterize(self, indices, col_off, row_off, width, height, transform, dtype, values=None):
        """Class values (or ``values``, one per index) of the given polygons burnt into a chip whose
        map transform is ``transform`` (later polygons win, 0 elsewhere). ``col_off``/``row_off`` are
        unused; they keep the window signature of callers."""
        out = np.zeros((height, width), dtype=dtype)
        if len(indices):
            burn = values if values is not None else [self.values[i] for i in indices]
            shapes = [(self.geometries[i], v) for i, v in zip(indices, burn, strict=True)]
            rasterize(shapes, out=out, transform=transform)
        return out

    def in_chip(self, i, to_view):
        """Rings of polygon ``i`` in the pixel coordinates of a chip (``to_view``: chip → view pixels)."""
        inv = ~to_view
        out = []
        for rings in self.parts[i]:
            out.append([np.column_stack([inv.a * r[:, 0] + inv.b * r[:, 1] + inv.c,
                                         inv.d * r[:, 0] + inv.e * r[:, 1] + inv.f]) for r in rings])
        return out

    def area(self, i):
        """Area of polygon ``i`` in pixels² (holes subtracted)."""
        return _parts_area(self.parts[i])

    def clipped(self, chips, need_area=True):
        """For each chip ``(indices, to_view, width, height)`` (``to_view``: chip pixel → view pixel), the
        ``[(index, box, area or None)]`` of its polygons ``indices`` that overlap it with positive area:
        the same boxes as :func:`clipped_box` and the same areas as :func:`clipped_area` (to rounding).

        Where no vertex of a polygon lies on a chip side and no edge passes through a chip corner
        (almost always, for real coordinates), the intersection's vertices are the polygon's vertices
        inside the chip, its edges' crossings of the chip's sides and the chip corners inside the
        polygon, so its box is theirs; the area is the boundary integral of the edges clipped to the
        chip. Both are found for every edge of every polygon of every chip in a few array operations,
        so a batch of chips costs little more than one. Polygons that touch a side or a corner get
        their box from :func:`clipped_box`.
        """
        chips = [(np.asarray(ix, dtype=np.int64).reshape(-1), to_view, float(w), float(h))
                 for ix, to_view, w, h in chips]
        if not any(len(ix) for ix, *_ in chips):
            return [[] for _ in chips]
        return self._flat.clipped(chips, need_area, self.in_chip)


class _FlatRings:
    """Every ring of every polygon in one array of vertices, for measuring many polygons at once."""

    def __init__(self, xy, ring_sizes, ring_outer, poly_start):
        self.xy = xy
        n = len(xy)
        ring_start = np.cumsum(ring_sizes) - ring_sizes
        self.next = np.arange(1, n + 1, dtype=np.int64)
        self.next[ring_start + ring_sizes - 1] = ring_start   # each ring's last vertex leads to its first
        self.ring_of = np.repeat(np.arange(len(ring_sizes), dtype=np.int64), ring_sizes)
        self.ring_sign = np.where(ring_outer, 1.0, -1.0)
        self.poly_start = np.asarray(poly_start, dtype=np.int64)   # first vertex of each polygon, and the end

    def clipped(self, chips, need_area, in_chip):
        # A "pair" is one polygon in one chip; every array below runs over the pairs' vertices.
        poly = np.concatenate([ix for ix, *_ in chips])
        chip_of = np.repeat(np.arange(len(chips)), [len(ix) for ix, *_ in chips])
        inverse = [~to_view for _, to_view, _, _ in chips]
        coef = np.array([[m.a, m.b, m.c, m.d, m.e, m.f, w, h]
                         for m, (_, _, w, h) in zip(inverse, chips, strict=True)])[chip_of]
        n = len(poly)
        starts = self.poly_start[poly]
        counts = self.poly_start[poly + 1] - starts
        first = np.cumsum(counts) - counts           # where each pair starts among the vertices
        shift = np.repeat(starts - first, counts)
        vi = np.arange(int(counts.sum())) + shift
        owner = np.repeat(np.arange(n), counts)
        gx, gy = self.xy[vi, 0], self.xy[vi, 1]
        c = coef[owner].T
        ax = c[0] * gx + c[1] * gy + c[2]             # as in_chip computes them, bit for bit
        ay = c[3] * gx + c[4] * gy + c[5]
        w, h = c[6], c[7]
        nb = self.next[vi] - shift
        bx, by = ax[nb], ay[nb]
        # Edges wholly above, below or left of the chip add no crossing, no corner parity (the rays run
        # right) and no area (clamp(x) is 0, or no dy within the chip): only the rest are measured.
        near = ~(((ay < 0) & (by < 0)) | ((ay > h) & (by > h)) | ((ax < 0) & (bx < 0)))
        ax, ay, bx, by, w, h, vi, owner = (v[near] for v in (ax, ay, bx, by, w, h, vi, owner))
        zero = np.zeros_like(w)

        # The chip's sides x = 0, x = w, y = 0, y = h, each row of these (4, vertices) arrays one side.
        lines, spans = np.stack([zero, w, zero, h]), np.stack([h, h, w, w])
        a_along, b_along = np.stack([ax, ax, ay, ay]), np.stack([bx, bx, by, by])
        a_across, b_across = np.stack([ay, ay, ax, ax]), np.stack([by, by, bx, bx])
        da, db = a_along - lines, b_along - lines
        # A vertex on a side's line, on an edge that reaches the side, or an edge through a corner: the
        # polygon may only touch the chip there, which clipped_box sorts out.
        touch = (((da == 0) | (db == 0)) & (np.maximum(a_across, b_across) >= 0)
                 & (np.minimum(a_across, b_across) <= spans))
        cross = ((da < 0) & (db > 0)) | ((da > 0) & (db < 0))
        with np.errstate(divide="ignore", invalid="ignore"):
            t = da / (da - db)                        # as clipped_box computes the crossings
            val = a_across + t * (b_across - a_across)
        touch |= cross & ((val == 0) | (val == spans))
        degenerate = np.zeros(n, dtype=bool)
        degenerate[owner[touch.any(axis=0)]] = True
        side, edge = np.nonzero(cross & (val > 0) & (val < spans))
        on_x, fixed, crossing = side < 2, lines[side, edge], val[side, edge]
        # Chip corners inside a polygon (even-odd over all its rings, crossings to the right).
        cx, cy = np.stack([zero, w, zero, w]), np.stack([zero, zero, h, h])
        with np.errstate(divide="ignore", invalid="ignore"):
            right = ((ay > cy) != (by > cy)) & (ax + (cy - ay) * (bx - ax) / (by - ay) > cx)
        parity = np.stack([np.bincount(owner, weights=r, minlength=n) for r in right]) % 2 == 1
        corner, pair = np.nonzero(parity)
        pair_cx = np.stack([np.zeros(n), coef[:, 6], np.zeros(n), coef[:, 6]])
        pair_cy = np.stack([np.zeros(n), np.zeros(n), coef[:, 7], coef[:, 7]])
        # The intersection's vertices: polygon vertices inside the chip, crossings, corners inside.
        inside = (ax > 0) & (ax < w) & (ay > 0) & (ay < h)
        owners = np.concatenate([owner[inside], owner[edge], pair])
        xs = np.concatenate([ax[inside], np.where(on_x, fixed, crossing), pair_cx[corner, pair]])
        ys = np.concatenate([ay[inside], np.where(on_x, crossing, fixed), pair_cy[corner, pair]])
        box = np.full((n, 4), np.nan)
        if len(owners):
            order = np.argsort(owners, kind="stable")
            owners, xs, ys = owners[order], xs[order], ys[order]
            cut = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
            box[owners[cut]] = np.column_stack([np.minimum.reduceat(xs, cut), np.minimum.reduceat(ys, cut),
                                                np.maximum.reduceat(xs, cut), np.maximum.reduceat(ys, cut)])
        areas = self._areas(ax, ay, bx, by, w, h, vi, owner, n) if need_area else None
        out, k = [], 0
        for (indices, to_view, width, height) in chips:
            kept = []
            for i in indices.tolist():
                area = float(areas[k]) if need_area else None
                if degenerate[k]:
                    exact = clipped_box(in_chip(i, to_view), width, height)
                    if exact is not None:
                        kept.append((i, exact, area))
                else:
                    left, top, right_, bottom = box[k]
                    if left < right_ and top < bottom:
                        kept.append((i, (float(left), float(top), float(right_), float(bottom)), area))
                k += 1
            out.append(kept)
        return out

    def _areas(self, ax, ay, bx, by, w, h, vi, owner, n):
        """Area of each pair's polygon ∩ chip (holes subtracted): per ring, the integral of
        clamp(x, 0, w) dy along its edges within 0 ≤ y ≤ h (Green's theorem), made positive, then
        summed with signs."""
        dx, dy = bx - ax, by - ay
        with np.errstate(divide="ignore", invalid="ignore"):
            s0, s1 = (0.0 - ay) / dy, (h - ay) / dy
            s_lo = np.minimum(np.maximum(np.minimum(s0, s1), 0.0), 1.0)
            s_hi = np.minimum(np.maximum(np.maximum(s0, s1), 0.0), 1.0)
            flat = dy == 0
            s_lo[flat], s_hi[flat] = 0.0, 0.0
            u0, u1 = (0.0 - ax) / dx, (w - ax) / dx
            k1 = np.minimum(np.maximum(np.minimum(u0, u1), s_lo), s_hi)
            k2 = np.minimum(np.maximum(np.maximum(u0, u1), s_lo), s_hi)
            upright = dx == 0
            k1[upright], k2[upright] = s_lo[upright], s_lo[upright]
        # clamp(x) is linear between the knots (where the edge leaves 0 ≤ y ≤ h or crosses x = 0, x = w).
        knots = np.stack([s_lo, k1, k2, s_hi])
        x = np.minimum(np.maximum(ax + knots * dx, 0.0), w)
        total = ((knots[1:] - knots[:-1]) * (x[1:] + x[:-1])).sum(axis=0) * dy * 0.5
        # Per ring (contiguous runs of the vertices; a ring repeated in the next chip starts anew), then
        # per pair.
        if not len(total):
            return np.zeros(n)
        ring = self.ring_of[vi]
        cut = np.flatnonzero(np.r_[True, (ring[1:] != ring[:-1]) | (owner[1:] != owner[:-1])])
        ring_area = np.abs(np.add.reduceat(total, cut)) * self.ring_sign[ring[cut]]
        return np.maximum(np.bincount(owner[cut], weights=ring_area, minlength=n), 0.0)


def _parts_area(parts, rect=None):
    total = 0.0
    for rings in parts:
        for k, ring in enumerate(rings):
            area = abs(_shoelace(_clip_ring(ring, rect) if rect else ring))
            total += area if k == 0 else -area
    return max(total, 0.0)


def clipped_area(parts, width, height):
    """Area of (polygon ∩ chip) in pixels² for rings in chip pixel coordinates (holes subtracted)."""
    return _parts_area(parts, (0.0, 0.0, float(width), float(height)))


def clipped_outlines(parts, width, height):
    """Outer rings of (polygon ∩ chip), each an (N, 2) array in chip pixels; slivers are left out."""
    rect = (0.0, 0.0, float(width), float(height))
    out = []
    for rings in parts:
        ring = _drop_side_spikes(_clip_ring(rings[0], rect), rect)
        if len(ring) >= 3 and abs(_shoelace(ring)) > 0:
            out.append(ring)
    return out


def _drop_side_spikes(ring, rect):
    """Drop repeated vertices, and vertices on a chip side whose two neighbours lie on the same side:
    they add no area, but where a polygon passes a chip corner outside the chip, the clip leaves a
    zero-width spike out to that corner that would stretch the outline's bounds."""
    pts, sides = [tuple(p) for p in ring], ((0, rect[0]), (0, rect[2]), (1, rect[1]), (1, rect[3]))
    spike = True
    while spike and len(pts) > 3:
        spike = next((k for k in range(len(pts)) if pts[k] == pts[k - 1] or any(
            pts[k - 1][a] == pts[k][a] == pts[(k + 1) % len(pts)][a] == v for a, v in sides)), None)
        if spike is not None:
            del pts[spike]
            spike = True
    return np.asarray(pts, dtype=float).reshape(-1, 2)


def clipped_box(parts, width, height):
    """Bounds of (polygon ∩ chip) in chip pixel coordinates, or None when they do not overlap with
    positive area. Exact: the intersection's vertices can only be the polygon's vertices inside the
    chip, its edges' crossings of the chip's sides and the chip corners; along each axis the bounds are
    the outermost of those coordinates between which lines across the chip meet the polygon over a
    positive length, so a part that only touches the chip (a side, a corner, a hole's edge on a side)
    does not stretch the box."""
    x0, y0, x1, y1 = 0.0, 0.0, float(width), float(height)
    pts = []
    starts, ends = [], []
    for rings in parts:
        for ring in rings:
            a, b = ring, np.roll(ring, -1, axis=0)
            starts.append(a)
            ends.append(b)
            inside = (a[:, 0] >= x0) & (a[:, 0] <= x1) & (a[:, 1] >= y0) & (a[:, 1] <= y1)
            pts.append(a[inside])
            for axis, lines, lo, hi in ((0, (x0, x1), y0, y1), (1, (y0, y1), x0, x1)):
                other = 1 - axis
                for line in lines:
                    da, db = a[:, axis] - line, b[:, axis] - line
                    cross = (da * db <= 0) & (da != db)
                    if not cross.any():
                        continue
                    t = da[cross] / (da[cross] - db[cross])
                    val = a[cross, other] + t * (b[cross, other] - a[cross, other])
                    ok = (val >= lo) & (val <= hi)
                    xy = np.empty((int(ok.sum()), 2))
                    xy[:, axis], xy[:, other] = line, val[ok]
                    pts.append(xy)
    if not starts:
        return None
    pts = np.concatenate(pts)
    a, b = np.concatenate(starts), np.concatenate(ends)
    span_x = _covered_span(a, b, pts[:, 0], 0, x1, y1)
    span_y = _covered_span(a, b, pts[:, 1], 1, y1, x1) if span_x else None
    if span_x is None or span_y is None:
        return None
    return float(span_x[0]), float(span_y[0]), float(span_x[1]), float(span_y[1])


def _covered_span(a, b, coords, axis, size, across):
    """(first, last) coordinate along ``axis`` of the strips of the chip (cut at ``coords``, where the
    intersection may have a vertex, so the cover cannot change inside a strip) whose middle line meets
    the polygon (edges ``a`` → ``b``, even-odd) within ``[0, across]`` over a positive length; None
    when no strip does."""
    cuts = np.unique(np.concatenate([coords, [0.0, size]]))
    cuts = cuts[(cuts >= 0) & (cuts <= size)]
    mids = (cuts[:-1] + cuts[1:]) / 2.0
    covered = (k for k in range(len(mids)) if _line_covered(a, b, axis, mids[k], across))
    first = next(covered, None)
    if first is None:
        return None
    last = next(k for k in range(len(mids) - 1, first - 1, -1)
                if k == first or _line_covered(a, b, axis, mids[k], across))
    return cuts[first], cuts[last + 1]


def _line_covered(a, b, axis, at, across):
    """True when the line ``axis`` = ``at`` meets the polygon within ``[0, across]`` over a positive
    length (edges ``a`` → ``b``, even-odd; half-open crossing rule, so every ring crosses it evenly)."""
    other = 1 - axis
    straddles = (a[:, axis] < at) != (b[:, axis] < at)
    if not straddles.any():
        return False
    pa, pb = a[straddles], b[straddles]
    vals = np.sort(pa[:, other] + (at - pa[:, axis]) * (pb[:, other] - pa[:, other])
                   / (pb[:, axis] - pa[:, axis]))
    n = len(vals) // 2 * 2
    lo, hi = vals[0:n:2], vals[1:n:2]
    return bool((np.minimum(hi, across) - np.maximum(lo, 0.0) > 0).any())


def _clip_ring(ring, rect):
    """Sutherland–Hodgman clip of a ring to an axis-aligned rectangle (area is exact)."""
    x0, y0, x1, y1 = rect
    ring = np.asarray(ring, dtype=float).reshape(-1, 2)
    xs, ys = ring[:, 0], ring[:, 1]
    # Whole rings inside (every vertex kept, in order) or wholly beyond one side (none kept) come out
    # of the loop below unchanged or empty; skipping it for them changes no bit of the result.
    if ((xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)).all():
        return ring
    if (xs < x0).all() or (xs > x1).all() or (ys < y0).all() or (ys > y1).all():
        return np.empty((0, 2))
    pts = [tuple(p) for p in ring]
    for axis, bound, keep_greater in ((0, x0, True), (0, x1, False), (1, y0, True), (1, y1, False)):
        if not pts:
            break
        out = []
        prev = pts[-1]
        for cur in pts:
            cur_in = cur[axis] >= bound if keep_greater else cur[axis] <= bound
            prev_in = prev[axis] >= bound if keep_greater else prev[axis] <= bound
            if cur_in != prev_in:
                t = (bound - prev[axis]) / (cur[axis] - prev[axis])
                cut = [prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])]
                cut[axis] = bound
                out.append(tuple(cut))
            if cur_in:
                out.append(cur)
            prev = cur
        pts = out
    return np.asarray(pts, dtype=float).reshape(-1, 2)


def _shoelace(ring):
    if len(ring) < 3:
        return 0.0
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
