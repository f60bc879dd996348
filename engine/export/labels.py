"""Vector labels in the raster's pixel grid: reprojection, lookup per chip, clipped boxes, rasterising."""

import numpy as np
from rasterio.features import rasterize
from rasterio.warp import transform_geom

from ..errors import InvalidInput
from ..raster_io import parse_crs


def _polygons(geometry):
    """Polygons of a GeoJSON mapping as lists of (N, 2) float arrays (exterior first)."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return [[np.asarray(ring, dtype=float)[:, :2] for ring in geometry["coordinates"] if len(ring)]]
    if kind == "MultiPolygon":
        return [[np.asarray(ring, dtype=float)[:, :2] for ring in poly if len(ring)]
                for poly in geometry["coordinates"]]
    if kind == "GeometryCollection":
        return [p for g in geometry.get("geometries", []) for p in _polygons(g)]
    return []


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
        self.geometries, self.values, self.parts = [], [], []
        boxes = []
        self.dropped = 0
        self.pixel_area = abs(view.transform.a * view.transform.e - view.transform.b * view.transform.d)
        for geometry, value in zip(geometries, values, strict=False):
            polys = _polygons(geometry)
            pixel_polys = []
            for rings in polys:
                px_rings = []
                for ring in rings:
                    cols = inverse.a * ring[:, 0] + inverse.b * ring[:, 1] + inverse.c
                    rows = inverse.d * ring[:, 0] + inverse.e * ring[:, 1] + inverse.f
                    px_rings.append(np.column_stack([cols, rows]))
                if px_rings and len(px_rings[0]) >= 3:
                    pixel_polys.append(px_rings)
            if not pixel_polys:
                self.dropped += 1
                continue
            allpts = np.concatenate([r for p in pixel_polys for r in p])
            boxes.append((allpts[:, 0].min(), allpts[:, 1].min(), allpts[:, 0].max(), allpts[:, 1].max()))
            self.geometries.append(geometry)
            self.values.append(int(value))
            self.parts.append(pixel_polys)
        self.boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)

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
