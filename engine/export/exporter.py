"""Export Training Data For Deep Learning: cut chips, write labels and ArcGIS metadata files."""

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional

import numpy as np
from rasterio.enums import ColorInterp, Resampling

from ..errors import InvalidInput
from ..feedback import Feedback
from ..grid import ChipGrid
from ..raster_io import CHIP_FORMATS, SourceView, check_chip_format, format_bounds, write_chip
from . import folder
from .classes import default_color
from .config import (
    IMAGE_CHIP_FORMATS,
    METADATA_FORMATS,
    NOFEATURE_TILES,
    ChipRecord,
    ClassInfo,
    ExportResult,
    RasterLabels,
    VectorLabels,
)
from .formats import WRITERS
from .labels import PixelPolygons, reproject_geometries
from .metadata import (
    EMD_FILE,
    MAP_FILE,
    PIXELWISE_KEY,
    STATS_FILE,
    STATS_TXT_FILE,
    BandStats,
    ClassStats,
    classes_from_stats,
    dumps,
    emd_json,
    map_line,
    stats_json,
    stats_txt,
)

NAME_DIGITS = 12  # chip names as ArcGIS Pro 3.x writes them: 000000000042


@dataclass
class ChipLabel:
    boxes: list                      # [(class value, (left, top, right, bottom))] in chip pixels
    per_class: dict                  # value -> feature areas (list) or pixel count
    feature_count: int
    classes: Optional[np.ndarray] = None   # class raster of the chip (Classified_Tiles)
    colormap: Optional[dict] = None

    @property
    def has_features(self):
        return self.feature_count > 0


@dataclass(frozen=True)
class ChipInfo:
    width: int
    height: int
    depth: int
    transform: object
    crs: object


def _choice(parameter, value, allowed):
    if value not in allowed:
        raise InvalidInput(parameter, f"unknown value {value!r}", f"Use one of {', '.join(allowed)}")


def _band_names(view):
    names = []
    for b, ci in enumerate(view.dataset.colorinterp):
        desc = view.dataset.descriptions[b]
        named = {ColorInterp.red: "Red", ColorInterp.green: "Green", ColorInterp.blue: "Blue"}.get(ci)
        names.append(named or desc or f"Band_{b + 1}")
    return names


class _VectorSource:
    """Labels from polygons: boxes and areas per chip, or a rasterised class chip."""

    def __init__(self, labels, view, rasterize, label_dtype):
        geometries = reproject_geometries([f.geometry for f in labels.features], labels.crs, view,
                                          "IN_CLASS_DATA")
        self.polygons = PixelPolygons(geometries, [f.class_value for f in labels.features], view)
        self.rasterize_labels, self.dtype = rasterize, label_dtype
        self.colormap = {c.value: tuple(c.color) + (255,) for c in labels.classes if c.color}

    def chip_label(self, win, transform, valid):
        hits = self.polygons.candidates(win.col_off, win.row_off, win.width, win.height)
        boxes, per_class = [], {}
        for i in hits:
            box = self.polygons.clipped_box(i, win.col_off, win.row_off, win.width, win.height)
            if box is None:
                continue
            value = self.polygons.values[i]
            boxes.append((value, box))
            if not self.rasterize_labels:
                area = self.polygons.clipped_area(i, win.col_off, win.row_off, win.width, win.height)
                per_class.setdefault(value, []).append(area)
        classes = None
        if self.rasterize_labels:
            classes = self.polygons.rasterize(hits, win.col_off, win.row_off, win.width, win.height,
                                              transform, self.dtype)
            classes[~valid] = 0
            values, counts = np.unique(classes[classes > 0], return_counts=True)
            per_class = {int(v): int(n) for v, n in zip(values, counts, strict=False)}
            return ChipLabel([], per_class, len(boxes), classes, self.colormap or None)
        return ChipLabel(boxes, per_class, len(boxes))


class _RasterSource:
    """Labels from a class raster resampled (nearest) onto the chip grid."""

    def __init__(self, labels, view):
        self.aligned = view.aligned(labels.path, "IN_CLASS_DATA")
        dtype = self.aligned.dataset.dtypes[0]
        if not np.issubdtype(np.dtype(dtype), np.integer):
            self.aligned.close()
            raise InvalidInput("IN_CLASS_DATA", f"the class raster holds {dtype} values; class values "
                               "must be whole numbers", "Convert it to an integer raster (e.g. Byte)")
        self.dtype = np.uint8 if np.dtype(dtype).itemsize == 1 else np.uint16
        cmap = self.aligned.colormap()
        self.source_colormap = cmap
        self.seen = set()

    def chip_label(self, win, transform, valid):
        raw = self.aligned.read_band(win.col_off, win.row_off, win.width, win.height)
        raw = np.where(valid & (raw > 0), raw, 0)
        if raw.max(initial=0) > np.iinfo(self.dtype).max:
            raise InvalidInput("IN_CLASS_DATA", f"class value {int(raw.max())} is above 65535",
                               "Renumber the classes to 1…65535")
        classes = raw.astype(self.dtype)
        values, counts = np.unique(classes[classes > 0], return_counts=True)
        per_class = {int(v): int(n) for v, n in zip(values, counts, strict=False)}
        self.seen.update(per_class)
        return ChipLabel([], per_class, len(per_class), classes, self.source_colormap)

    def classes(self):
        out = []
        for k, v in enumerate(sorted(self.seen)):
            rgba = (self.source_colormap or {}).get(v)
            out.append(ClassInfo(v, str(v), tuple(rgba[:3]) if rgba else default_color(k)))
        return tuple(out)

    def close(self):
        self.aligned.close()


class _MaskSource:
    """Mask polygons: a chip is kept when every pixel centre lies inside some polygon."""

    def __init__(self, mask, view):
        geometries = reproject_geometries(mask.geometries, mask.crs, view, "IN_MASK_POLYGONS")
        self.polygons = PixelPolygons(geometries, [1] * len(geometries), view)

    def contains(self, win, transform):
        hits = self.polygons.candidates(win.col_off, win.row_off, win.width, win.height)
        if not len(hits):
            return False
        burnt = self.polygons.rasterize(hits, win.col_off, win.row_off, win.width, win.height,
                                        transform, np.uint8)
        return bool(burnt.all())


def _merge_classes(earlier, new_classes):
    """Classes of an append: earlier ones kept; a new class takes the value of the earlier class of the
    same name, else its own value when free, else the next free value. Returns (classes, remap)."""
    by_name = {c.name: c for c in earlier}
    used = {c.value for c in earlier}
    merged, remap = list(earlier), {}
    for c in new_classes:
        if c.name in by_name:
            remap[c.value] = by_name[c.name].value
            continue
        value = c.value if c.value not in used else max(used | {0}) + 1
        used.add(value)
        remap[c.value] = value
        merged.append(ClassInfo(value, c.name, c.color))
    return tuple(sorted(merged, key=lambda c: c.value)), remap


def _check_append(config, earlier, view):
    stats = earlier.stats
    pw = stats.get(PIXELWISE_KEY, {})
    checks = (
        ("METADATA_FORMAT", stats.get("MetaDataMode"), config.metadata_format),
        ("TILE_SIZE_X", stats.get("TileSizeX"), config.tile_size_x),
        ("TILE_SIZE_Y", stats.get("TileSizeY"), config.tile_size_y),
        ("IN_RASTER", stats.get("NumBands"), view.count),
        ("IMAGE_CHIP_FORMAT", pw.get("ImageChipFormat", config.image_chip_format), config.image_chip_format),
    )
    for parameter, before, now in checks:
        if before != now:
            what = "bands" if parameter == "IN_RASTER" else "value"
            raise InvalidInput(parameter, f"OUT_FOLDER holds an export made with {before} ({what}), this run "
                               f"asks for {now}; appending would mix them",
                               "Use the same settings as the earlier export, or a new OUT_FOLDER")
    next_index = int(stats.get("NextTileIndex", 0))
    if config.start_index and config.start_index < next_index:
        raise InvalidInput("START_INDEX", f"{config.start_index} would reuse chip numbers of the export in "
                           f"OUT_FOLDER, which continues at {next_index}",
                           f"Leave START_INDEX at 0 to continue at {next_index}, or set it to at least "
                           f"{next_index}")
    return max(config.start_index, next_index)


def export_training_data(config, feedback=None):
    """Run one export described by an :class:`ExportConfig`; return an :class:`ExportResult`.

    Validates every input before writing anything (raising ``InvalidInput`` naming the parameter),
    writes into a hidden staging folder beside ``out_folder`` and moves it into place only when the
    run completes; ``Cancelled`` or any error leaves ``out_folder`` as it was. When ``out_folder``
    holds an earlier export made with the same format, tile size, bands and chip format, the new
    chips are appended: numbering continues at its ``NextTileIndex`` and map.txt and every
    statistic are merged.
    """
    feedback = feedback or Feedback()
    _choice("IMAGE_CHIP_FORMAT", config.image_chip_format, IMAGE_CHIP_FORMATS)
    _choice("METADATA_FORMAT", config.metadata_format, METADATA_FORMATS)
    _choice("OUTPUT_NOFEATURE_TILES", config.output_nofeature_tiles, NOFEATURE_TILES)
    if config.start_index < 0:
        raise InvalidInput("START_INDEX", f"must be 0 or more (got {config.start_index})",
                           "Use 0 to number from the start, or continue an earlier export")
    writer = WRITERS[config.metadata_format](config.image_chip_format)
    with SourceView(config.in_raster, config.extent, config.cell_size, Resampling.bilinear) as view:
        check_chip_format(config.image_chip_format, view.count, view.dtype)
        grid = ChipGrid(view.width, view.height, config.tile_size_x, config.tile_size_y,
                        config.stride_x, config.stride_y, config.edge_policy)
        earlier = folder.inspect_out_folder(config.out_folder)
        offset = _check_append(config, earlier, view) if earlier else config.start_index
        source, classes = _label_source(config, writer, view, earlier, feedback)
        mask = _MaskSource(config.in_mask_polygons, view) if config.in_mask_polygons else None
        try:
            staging = folder.make_staging(config.out_folder)
            try:
                result = _run(config, view, grid, writer, source, mask, classes, earlier, offset,
                              staging, feedback)
            except BaseException:
                folder.discard(staging)
                raise
        finally:
            if isinstance(source, _RasterSource):
                source.close()
    feedback.progress(100.0)
    return result


def _label_source(config, writer, view, earlier, feedback):
    labels = config.in_class_data
    if writer.needs_labels and labels is None:
        raise InvalidInput("IN_CLASS_DATA", f"{config.metadata_format} needs labels",
                           "Give a polygon or point layer, or a class raster")
    if labels is not None and not writer.needs_labels:
        feedback.log(f"{config.metadata_format} writes no labels; IN_CLASS_DATA is not used.")
    if labels is None or not writer.needs_labels:
        return None, ()
    if isinstance(labels, RasterLabels):
        if writer.vector_only:
            raise InvalidInput("IN_CLASS_DATA", f"{config.metadata_format} needs polygon or point labels, "
                               "not a class raster", "Use Classified_Tiles for a class raster, or polygons")
        return _RasterSource(labels, view), None
    if not isinstance(labels, VectorLabels):
        raise InvalidInput("IN_CLASS_DATA", f"unsupported label type {type(labels).__name__}",
                           "Give a polygon or point layer, or a class raster")
    if labels.skipped:
        feedback.log(f"{labels.skipped} label feature(s) without geometry or class were skipped.")
    features = [f for f in labels.features if f.class_value]
    if not features:
        raise InvalidInput("IN_CLASS_DATA", "holds no feature with a geometry and a class value above 0",
                           "Check CLASS_VALUE_FIELD and the layer's features")
    classes = tuple(sorted(labels.classes, key=lambda c: c.value))
    if earlier:
        classes, remap = _merge_classes(classes_from_stats(earlier.stats, earlier.emd), classes)
        features = [type(f)(f.geometry, remap.get(f.class_value, f.class_value)) for f in features]
    if max(c.value for c in classes) > 65535:
        raise InvalidInput("CLASS_VALUE_FIELD", "class values above 65535 cannot be stored in label chips",
                           "Renumber the classes to 1…65535")
    dtype = np.uint8 if max(c.value for c in classes) <= 255 else np.uint16
    labels = VectorLabels(tuple(features), classes, labels.crs)
    source = _VectorSource(labels, view, writer.by_pixels, dtype)
    if source.polygons.dropped:
        feedback.log(f"{source.polygons.dropped} label feature(s) without polygon area were skipped.")
    if not source.polygons.touches(view.width, view.height):
        raise InvalidInput("IN_CLASS_DATA", f"none of its {len(features)} features touches IN_RASTER "
                           f"(export area {format_bounds(view.bounds)}, in the raster's CRS)",
                           "Check that the labels cover the image and that both layers have the right CRS")
    return source, classes


def _run(config, view, grid, writer, source, mask, classes, earlier, offset, staging, feedback):
    chip_format = config.image_chip_format
    os.makedirs(os.path.join(staging, "images"))
    if writer.needs_labels:
        os.makedirs(os.path.join(staging, "labels"))
    band_stats = BandStats(view.count)
    class_stats = ClassStats(writer.by_pixels)
    keep_empty = config.output_nofeature_tiles == "ALL_TILES" or not writer.needs_labels
    image_ext = CHIP_FORMATS[chip_format][1]
    total = max(grid.count(), 1)
    records, map_lines = [], []
    workers = max(1, min(8, os.cpu_count() or 1))
    pending = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for done, win in enumerate(grid.windows(offset)):
            feedback.check_canceled()
            feedback.progress(95.0 * done / total)
            transform = view.window_transform(win.col_off, win.row_off)
            if mask is not None and not mask.contains(win, transform):
                continue
            pixels, valid = view.read(win.col_off, win.row_off, win.width, win.height)
            if not valid.any():
                continue  # a chip of NoData only is never written
            label = source.chip_label(win, transform, valid) if source else ChipLabel([], {}, 0)
            if not keep_empty and not label.has_features:
                continue
            name = f"{win.index:0{NAME_DIGITS}d}"
            chip = ChipInfo(win.width, win.height, view.count, transform, view.crs)
            pending.append(pool.submit(_write_chip, staging, name, pixels, chip, label, writer, config,
                                       view.nodata))
            band_stats.update(pixels, valid)
            class_stats.add_chip(label.per_class)
            bounds = (transform.c, transform.f + win.height * transform.e,
                      transform.c + win.width * transform.a, transform.f)
            records.append([win.index, name, f"images/{name}.{image_ext}", None, bounds, label.feature_count])
            while len(pending) > 2 * workers:
                map_lines.append(pending.popleft().result())
        while pending:
            map_lines.append(pending.popleft().result())
    for record, line_paths in zip(records, map_lines, strict=False):
        record[3] = line_paths[1] if len(line_paths) > 1 else None
    feedback.check_canceled()

    if isinstance(source, _RasterSource):
        classes = source.classes()
        if earlier:
            classes, _ = _merge_classes(classes_from_stats(earlier.stats, earlier.emd), classes)
    next_index = offset + len(grid)
    num_tiles = len(records)
    map_text = "".join(map_line(p) for p in map_lines)
    if earlier:
        band_stats_all = BandStats.from_state(earlier.stats["BandStatsState"])
        band_stats_all.merge(band_stats)
        class_stats_all = ClassStats.from_json(earlier.stats, classes)
        class_stats_all.merge(class_stats)
        band_stats, class_stats = band_stats_all, class_stats_all
        num_tiles += int(earlier.stats.get("NumTiles", 0))
        next_index = max(next_index, int(earlier.stats.get("NextTileIndex", 0)))
        map_text = earlier.map_text + map_text
    _write_metadata(staging, config, view, classes, band_stats, class_stats, num_tiles, next_index,
                    map_text)
    feedback.check_canceled()
    if earlier:
        folder.commit_append(staging, config.out_folder, [MAP_FILE, STATS_TXT_FILE, STATS_FILE, EMD_FILE])
    else:
        folder.commit_new(staging, config.out_folder)
    feedback.log(f"Wrote {len(records)} chip(s) to {config.out_folder}"
                 + (f" (appended; {num_tiles} in total)" if earlier else "") + ".")
    chips = tuple(ChipRecord(*r) for r in records)
    return ExportResult(os.path.abspath(config.out_folder), len(records), chips,
                        view.crs.to_wkt() if view.crs else None, bool(earlier))


def _write_chip(staging, name, pixels, chip, label, writer, config, nodata):
    write_chip(os.path.join(staging, "images", name), pixels, config.image_chip_format, chip.transform,
               chip.crs, nodata=nodata, png_zlevel=config.png_zlevel)
    label_path = writer.write(staging, name, label, chip)
    return writer.map_paths(name, label_path)


def _write_metadata(staging, config, view, classes, band_stats, class_stats, num_tiles, next_index,
                    map_text):
    band_names = _band_names(view)
    epsg = view.crs.to_epsg() if view.crs else None
    common = dict(metadata_format=config.metadata_format, tile_x=config.tile_size_x,
                  tile_y=config.tile_size_y, classes=classes, band_stats=band_stats, band_names=band_names,
                  cell_size=view.res, epsg=epsg)
    pixelwise = {"ImageChipFormat": config.image_chip_format, "EdgePolicy": config.edge_policy,
                 "NameDigits": NAME_DIGITS}
    stats = stats_json(num_bands=view.count, num_tiles=num_tiles, next_index=next_index,
                       class_stats=class_stats, pixelwise=pixelwise, **common)
    files = {
        STATS_FILE: dumps(stats),
        EMD_FILE: dumps(emd_json(**common)),
        STATS_TXT_FILE: stats_txt(num_tiles=num_tiles, num_bands=view.count, tile_x=config.tile_size_x,
                                  tile_y=config.tile_size_y, classes=classes, class_stats=class_stats),
        MAP_FILE: map_text,
    }
    for name, text in files.items():
        with open(os.path.join(staging, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
