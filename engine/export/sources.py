"""What a chip's label holds, computed from polygons, a class raster or mask polygons.

Every source works on a :class:`~.chips.ChipSpec` (a chip grid placed on the view, possibly
rotated) and the chip's map transform, so rotated chips get their labels recomputed in their own
pixel grid: boxes from the clipped polygons, class and instance rasters burnt on the chip's grid.
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from rasterio.enums import Resampling

from ..classes import ClassInfo, check_class_name, class_names, default_color
from ..errors import InvalidInput
from ..geometry import PixelPolygons, clipped_outlines, reproject_geometries
from ..raster_io import sample_chip


@dataclass
class ChipLabel:
    boxes: list                      # [(class value, (left, top, right, bottom))] in chip pixels
    per_class: dict                  # value -> feature areas (list) or pixel count
    feature_count: int
    classes: Optional[np.ndarray] = None   # class raster of the chip (Classified_Tiles, Panoptic)
    colormap: Optional[dict] = None
    instances: Optional[dict] = None       # value -> instance ids 1…k (RCNN_Masks, Panoptic labels2)
    outlines: Optional[list] = None        # [(value, [rings], area in pixels)] (COCO)
    feature: Optional[tuple] = None        # (value, box) of the feature a per-feature chip shows

    @property
    def has_features(self):
        return self.feature_count > 0


EMPTY_LABEL = ChipLabel([], {}, 0)


def class_counts(classes):
    """{class value: pixels} of a uint8/uint16 class chip, 0 left out, values ascending."""
    counts = np.bincount(classes.ravel())
    return {int(v): int(counts[v]) for v in np.flatnonzero(counts) if v}


def _ids_dtype(count):
    return np.uint8 if count <= 255 else np.uint16


class VectorSource:
    """Labels from polygons (points arrive buffered), in the view's CRS.

    ``rasterize``: burn a class raster per chip; ``instances``: burn instance masks per class;
    ``outlines``: keep the clipped polygons; ``min_overlap``: the MIN_POLYGON_OVERLAP_RATIO rule.
    """

    def __init__(self, labels, view, parameter, *, rasterize=False, instances=False, outlines=False,
                 label_dtype=np.uint8, min_overlap=0.0):
        geometries = reproject_geometries([f.geometry for f in labels.features], labels.crs, view, parameter)
        self.polygons = PixelPolygons(geometries, [f.class_value for f in labels.features], view)
        self.rasterize_labels, self.dtype = rasterize, label_dtype
        self.want_instances, self.want_outlines = instances, outlines
        self.min_overlap = min_overlap
        self.map_pixel_area = self.polygons.pixel_area
        self.full_area = [self.polygons.area(i) for i in range(len(self.polygons))] if min_overlap else None
        self.colormap = {c.value: tuple(c.color) + (255,) for c in labels.classes if c.color}
        self._batch = {}

    def prefetch(self, specs):
        """Measure the features of a batch of chips at once (one array pass instead of one per chip);
        :meth:`chip_label` then takes each chip's from here."""
        self._batch = dict(zip(specs, self._measure(specs), strict=True))

    def _measure(self, specs, by_feature=True):
        """``[(index, box, area or None)]`` of the features of each chip (its feature alone, for a
        per-feature chip) that overlap it with positive area."""
        need_area = bool(self.min_overlap) or not self.rasterize_labels or self.want_outlines
        return self.polygons.clipped([([spec.feature] if by_feature and spec.feature is not None
                                       else self.polygons.candidates(*spec.box_window()),
                                       spec.to_view, spec.width, spec.height) for spec in specs], need_area)

    def _kept(self, spec, by_feature=True):
        """(index, box, parts, area in chip pixels or None) of every feature in the chip's label;
        ``parts`` (the feature's rings in chip pixels) only where outlines are kept."""
        measured = self._batch.pop(spec, None) if by_feature else None
        if measured is None:
            measured = self._measure([spec], by_feature)[0]
        kept = []
        for i, box, area in measured:
            full = self.full_area[i] if self.min_overlap else 0.0
            if full > 0 and area / full < self.min_overlap - 1e-12:
                continue
            parts = self.polygons.in_chip(i, spec.to_view) if self.want_outlines else None
            kept.append((i, box, parts, area))
        return kept

    def chip_label(self, spec, map_transform, valid):
        kept = self._kept(spec)
        values = self.polygons.values
        boxes = [(values[i], box) for i, box, _p, _a in kept]
        per_class = {}
        if not self.rasterize_labels:
            for i, _b, _p, area in kept:
                per_class.setdefault(values[i], []).append(area * self.map_pixel_area)
        label = ChipLabel(boxes, per_class, len(kept))
        if spec.feature is not None:
            label.feature = boxes[0] if boxes else None
            label.feature_count = 1 if boxes else 0
        if self.rasterize_labels:
            classes = self.polygons.rasterize([k[0] for k in kept], 0, 0, spec.width, spec.height,
                                              map_transform, self.dtype)
            classes[~valid] = 0
            label.per_class = class_counts(classes)
            label.classes, label.colormap = classes, self.colormap or None
        if self.want_instances:
            label.instances = self._instances(kept, spec, map_transform, valid)
        if self.want_outlines:
            label.outlines = [(values[i], clipped_outlines(parts, spec.width, spec.height), area)
                              for i, _b, parts, area in kept]
            label.outlines = [o for o in label.outlines if o[1]]
        return label

    def instance_masks(self, spec, map_transform, valid):
        """Instance masks of the chip (Panoptic_Segmentation's IN_INSTANCE_DATA)."""
        return self._instances(self._kept(spec, by_feature=False), spec, map_transform, valid)

    def _instances(self, kept, spec, map_transform, valid):
        """value -> (h, w) ids: 0 background, 1…k the class's features in input order (later win)."""
        by_class = {}
        for i, *_ in kept:
            by_class.setdefault(self.polygons.values[i], []).append(i)
        out = {}
        for value, indices in by_class.items():
            ids = self.polygons.rasterize(indices, 0, 0, spec.width, spec.height, map_transform,
                                          _ids_dtype(len(indices)), values=range(1, len(indices) + 1))
            ids[~valid] = 0
            if ids.any():
                out[value] = ids
        return out

    def inside(self, feature, spec, map_transform):
        """Pixels of the chip whose centre lies inside feature ``feature``."""
        return self.polygons.rasterize([feature], 0, 0, spec.width, spec.height, map_transform,
                                       np.uint8, values=[1]) > 0


class RasterSource:
    """Labels from a class raster resampled (nearest) onto the chip grid."""

    def __init__(self, labels, view):
        self.aligned = view.aligned(labels.path, "IN_CLASS_DATA")
        dtype = self.aligned.dataset.dtypes[0]
        if not np.issubdtype(np.dtype(dtype), np.integer):
            self.aligned.close()
            raise InvalidInput("IN_CLASS_DATA", "the class raster holds {dtype} values; class values "
                               "must be whole numbers", "Convert it to an integer raster (e.g. Byte)",
                               dtype=dtype)
        self.raw_dtype = dtype
        self.dtype = np.uint8 if np.dtype(dtype).itemsize == 1 else np.uint16
        self.source_colormap = self.aligned.colormap()
        # Class names from the raster's attribute table or category names (.aux.xml), as ArcGIS takes
        # a class raster's names from its attribute table; a value without one is named by its number.
        self.names = class_names(labels.path)
        for name in self.names.values():
            try:
                check_class_name(name)  # the names go into XML labels and the EMD
            except ValueError as err:
                self.aligned.close()
                raise InvalidInput("IN_CLASS_DATA", "the class raster's attribute table or category names: "
                                   "{err}", "Remove them from the class names", err=err) from None
        self.seen = set()

    def _read(self, col_off, row_off, width, height):
        raw = self.aligned.read_band(col_off, row_off, width, height)
        return raw[None], np.ones((height, width), dtype=bool)

    def chip_label(self, spec, map_transform, valid):
        raw, _ = sample_chip(self._read, spec.to_view, spec.width, spec.height, 1, self.raw_dtype, 0,
                             Resampling.nearest)
        raw = raw[0]
        if raw.dtype == self.dtype and valid.all():
            classes = raw   # 8/16-bit unsigned and every pixel valid: nothing to zero or to check
        else:
            raw = np.where(valid & (raw > 0), raw, 0)
            if raw.max(initial=0) > np.iinfo(self.dtype).max:
                raise InvalidInput("IN_CLASS_DATA", "class value {value} is above 65535",
                                   "Renumber the classes to 1…65535", value=int(raw.max()))
            classes = raw.astype(self.dtype)
        per_class = class_counts(classes)
        self.seen.update(per_class)
        return ChipLabel([], per_class, len(per_class), classes, self.source_colormap)

    def classes(self):
        out = []
        for k, v in enumerate(sorted(self.seen)):
            rgba = (self.source_colormap or {}).get(v)
            color = tuple(rgba[:3]) if rgba else default_color(k)
            out.append(ClassInfo(v, self.names.get(v) or str(v), color))
        return tuple(out)

    def close(self):
        self.aligned.close()


class MaskSource:
    """Mask polygons: a chip is kept when every pixel centre lies inside some polygon."""

    def __init__(self, mask, view):
        geometries = reproject_geometries(mask.geometries, mask.crs, view, "IN_MASK_POLYGONS")
        self.polygons = PixelPolygons(geometries, [1] * len(geometries), view)

    def contains(self, spec, map_transform):
        hits = self.polygons.candidates(*spec.box_window())
        if not len(hits):
            return False
        burnt = self.polygons.rasterize(hits, 0, 0, spec.width, spec.height, map_transform, np.uint8)
        return bool(burnt.all())
