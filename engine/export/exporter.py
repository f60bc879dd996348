"""Export Training Data For Deep Learning: cut chips, write labels and ArcGIS metadata files."""

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import islice

import numpy as np
from rasterio.enums import ColorInterp, Resampling
from rasterio.io import MemoryFile

from ..classes import ClassInfo
from ..environment import open_view, parallel_workers, retries
from ..errors import InvalidInput
from ..esri_files import EMD_FILE, MAP_FILE, STATS_FILE, STATS_TXT_FILE, dumps
from ..feedback import Feedback
from ..grid import ChipGrid, check_grid_parameters
from ..labels import RasterLabels, VectorLabels
from ..outputs import is_write_error, kill_point, write_failure
from ..raster_io import (
    bounded_block_cache,
    check_chip_format,
    format_bounds,
    hold_gdal_env,
    mosaic_vrt,
    write_chip,
)
from . import folder
from .chips import feature_chips, grid_chips, rotation_angles
from .config import (
    CROP_MODES,
    IMAGE_CHIP_FORMATS,
    IN_RASTER2_FORMATS,
    METADATA_FORMATS,
    NOFEATURE_TILES,
    PROCESSING_MODES,
    REFERENCE_SYSTEMS,
    ChipRecord,
    ExportResult,
)
from .formats import WRITERS
from .metadata import (
    PIXELWISE_KEY,
    BandStats,
    ClassStats,
    classes_from_stats,
    emd_json,
    map_line,
    stats_json,
    stats_txt,
)
from .sources import EMPTY_LABEL, MaskSource, RasterSource, VectorSource

NAME_DIGITS = 12  # chip names as ArcGIS Pro 3.x writes them: 000000000042
PREFETCH_CHIPS = 32  # chips whose vector labels are measured in one pass


@dataclass(frozen=True)
class ChipInfo:
    index: int
    width: int
    height: int
    depth: int
    transform: object
    crs: object


def _choice(parameter, value, allowed):
    if value not in allowed:
        raise InvalidInput(parameter, "unknown value {value!r}", "Use one of {allowed}",
                           value=value, allowed=', '.join(allowed))


def _band_names(view):
    names = []
    for b, ci in enumerate(view.dataset.colorinterp):
        desc = view.dataset.descriptions[b]
        named = {ColorInterp.red: "Red", ColorInterp.green: "Green", ColorInterp.blue: "Blue"}.get(ci)
        names.append(named or desc or f"Band_{b + 1}")
    return names


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
            raise InvalidInput(parameter, "OUT_FOLDER holds an export made with {before} (bands), this run "
                               "asks for {now}; appending would mix them" if parameter == "IN_RASTER" else
                               "OUT_FOLDER holds an export made with {before} (value), this run asks for "
                               "{now}; appending would mix them",
                               "Use the same settings as the earlier export, or a new OUT_FOLDER",
                               before=before, now=now)
    next_index = int(stats.get("NextTileIndex", 0))
    if config.start_index and config.start_index < next_index:
        raise InvalidInput("START_INDEX", "{start_index} would reuse chip numbers of the export in "
                           "OUT_FOLDER, which continues at {next_index}",
                           "Leave START_INDEX at 0 to continue at {next_index}, or set it to at least "
                           "{next_index}", start_index=config.start_index, next_index=next_index)
    return max(config.start_index, next_index)


@bounded_block_cache()
def export_training_data(config, feedback=None, job=None):
    """Run one export described by an :class:`ExportConfig`; return an :class:`ExportResult`.

    Validates every input before writing anything (raising ``InvalidInput`` naming the parameter),
    writes into a hidden staging folder beside ``out_folder`` and moves it into place only when the
    run completes; ``Cancelled`` or any error leaves ``out_folder`` as it was. When ``out_folder``
    holds an earlier export made with the same format, tile size, bands and chip format, the new
    chips are appended: numbering continues at its ``NextTileIndex`` and map.txt and every
    statistic are merged.

    ``job`` (see :mod:`.parts`) runs one part of the export, or merges parts, instead of the whole.
    """
    feedback = feedback or Feedback()
    job = job or _WholeRun()
    _check_choices(config)
    angles = rotation_angles(config.rotation_angle)
    writer = WRITERS[config.metadata_format](config.image_chip_format)
    if not writer.per_feature:
        _check_strides(config)
    paths = _raster_paths(config)
    if config.in_raster2 and config.metadata_format not in IN_RASTER2_FORMATS:
        raise InvalidInput("IN_RASTER2", "is not used by {metadata_format}",
                           "Leave it empty, or use {in_raster2_formats}",
                           metadata_format=config.metadata_format,
                           in_raster2_formats=', '.join(IN_RASTER2_FORMATS))
    if config.in_raster2 and len(paths) > 1 and config.processing_mode == "PROCESS_ITEMS_SEPARATELY":
        raise InvalidInput("IN_RASTER2", "pairs with one image, but IN_RASTER holds several processed "
                           "separately", "Give one IN_RASTER, or PROCESSING_MODE=PROCESS_AS_MOSAICKED_IMAGE")
    if config.in_raster2 and config.metadata_format == "Classified_Tiles":
        feedback.log("Note: arcgis.learn reads a Classified_Tiles export with images2/ as change-detection "
                     "data (ChangeDetection), not as pixel classification.")
    if config.metadata_format == "Panoptic_Segmentation" and config.in_instance_data is None:
        raise InvalidInput("IN_INSTANCE_DATA", "Panoptic_Segmentation needs instance polygons",
                           "Give a polygon layer with the objects (e.g. buildings) and its class field")
    if config.in_instance_data is not None and config.metadata_format != "Panoptic_Segmentation":
        feedback.log("IN_INSTANCE_DATA is only used by Panoptic_Segmentation; it is ignored.")
    if config.blacken_around_feature and not writer.per_feature:
        feedback.log("BLACKEN_AROUND_FEATURE only applies to Labeled_Tiles and Imagenet; it is ignored.")
    if isinstance(config.in_instance_data, RasterLabels):
        raise InvalidInput("IN_INSTANCE_DATA", "must be polygons, not a raster",
                           "Give a polygon layer with one feature per object")

    earlier = folder.inspect_out_folder(config.out_folder)
    run = _Run(config, writer, angles, earlier, feedback)
    with ExitStack() as stack:
        items = _open_items(paths, config, stack)
        first = items[0]
        for view in items[1:]:
            if (view.count, view.dtype) != (first.count, first.dtype):
                raise InvalidInput("IN_RASTER", "{name} has {count} band(s) "
                                   "of {dtype}, {first_name} {first_count} of "
                                   "{first_dtype}; one export holds one kind of chip",
                                   "Export them into separate folders",
                                   name=os.path.basename(view.path), count=view.count, dtype=view.dtype,
                                   first_name=os.path.basename(first.path), first_count=first.count,
                                   first_dtype=first.dtype)
            if config.reference_system == "MAP_SPACE" and view.crs != first.crs:
                raise InvalidInput("IN_RASTER", "{name} and "
                                   "{first_name} have different CRSs, so their chips "
                                   "cannot share one map-space export",
                                   "Reproject them to one CRS, or use REFERENCE_SYSTEM=PIXEL_SPACE",
                                   name=os.path.basename(view.path), first_name=os.path.basename(first.path))
        job.check(config, writer, items)
        for view in items:
            run.prepare(view, len(items))
        if run.untouched == len(items) > 1:
            raise InvalidInput("IN_CLASS_DATA", "none of its features touches any of the {count} "
                               "rasters", "Check that the labels cover the images and have the right CRS",
                               count=len(items))
        staging = folder.make_staging(job.target(config))
        try:
            result = job.execute(run, items, staging)
        except BaseException as err:
            failure = (write_failure("OUT_FOLDER", err, os.path.join(config.out_folder, "x"))
                       if is_write_error(err) else None)
            folder.discard(staging)
            if failure is not None:
                raise failure from None
            raise
        finally:
            run.close()
    feedback.progress(100.0)
    return result


class _WholeRun:
    """The default job: the whole export into OUT_FOLDER."""

    def check(self, config, writer, items):
        return None

    def target(self, config):
        return config.out_folder

    def execute(self, run, items, staging):
        return run.execute(items, staging)


def _check_strides(config):
    """A stride longer than the tile would leave strips of the raster in no chip."""
    for axis in ("X", "Y"):
        tile, stride = getattr(config, f"tile_size_{axis.lower()}"), getattr(config, f"stride_{axis.lower()}")
        if stride > tile:
            raise InvalidInput(f"STRIDE_{axis}", "{stride} is larger than TILE_SIZE_{axis} ({tile}), so a "
                               "{gap}-pixel strip between chips would go into no chip",
                               "Use a stride of at most {tile} (equal: chips side by side; less: overlap)",
                               stride=stride, axis=axis, tile=tile, gap=stride - tile)


def _check_choices(config):
    check_grid_parameters(config.tile_size_x, config.tile_size_y, config.stride_x, config.stride_y,
                          config.edge_policy)
    parallel_workers(config.parallel_processing_factor, 1, 1)
    retries(config.retry_on_failures)
    _choice("IMAGE_CHIP_FORMAT", config.image_chip_format, IMAGE_CHIP_FORMATS)
    _choice("METADATA_FORMAT", config.metadata_format, METADATA_FORMATS)
    _choice("OUTPUT_NOFEATURE_TILES", config.output_nofeature_tiles, NOFEATURE_TILES)
    _choice("REFERENCE_SYSTEM", config.reference_system, REFERENCE_SYSTEMS)
    _choice("PROCESSING_MODE", config.processing_mode, PROCESSING_MODES)
    _choice("CROP_MODE", config.crop_mode, CROP_MODES)
    if config.start_index < 0:
        raise InvalidInput("START_INDEX", "must be 0 or more (got {start_index})",
                           "Use 0 to number from the start, or continue an earlier export",
                           start_index=config.start_index)
    if config.png_zlevel not in range(1, 10):
        raise InvalidInput("PNG_COMPRESSION_LEVEL", "must be a whole number from 1 to 9 (got {level})",
                           "Use 1 for the fastest export, 9 for the smallest PNG files",
                           level=config.png_zlevel)
    ratio = config.min_polygon_overlap_ratio
    if ratio is None or not (0.0 <= ratio <= 1.0):
        raise InvalidInput("MIN_POLYGON_OVERLAP_RATIO", "must be between 0 and 1 (got {ratio})",
                           "Use e.g. 0.3 to drop slivers under 30 % of a feature, or 0 to keep all",
                           ratio=ratio)


def _raster_paths(config):
    paths = (config.in_raster,) if isinstance(config.in_raster, str) else tuple(config.in_raster or ())
    if not paths:
        raise InvalidInput("IN_RASTER", "no raster given", "Give one raster, or several")
    return paths


def _open_items(paths, config, stack):
    """The views cut in this run: one raster, a mosaic of several, or each of several."""
    if len(paths) > 1 and config.processing_mode == "PROCESS_AS_MOSAICKED_IMAGE":
        memfile = stack.enter_context(MemoryFile(mosaic_vrt(paths).encode("utf-8"), ext=".vrt"))
        sources = [memfile.name]
    else:
        sources = list(paths)
    views = []
    for source in sources:
        view, _same = open_view(source, config.extent, config.cell_size, config.out_sr, config.snap_raster,
                                Resampling.bilinear, retries=retries(config.retry_on_failures),
                                on_output_grid=True)
        view = stack.enter_context(view)
        if len(paths) > 1 and len(sources) == 1:
            view.path = "mosaic of " + ", ".join(os.path.basename(p) for p in paths)
        check_chip_format(config.image_chip_format, view.count, view.dtype)
        if config.reference_system == "MAP_SPACE" and view.crs is None:
            raise InvalidInput("REFERENCE_SYSTEM", "MAP_SPACE needs a raster with a coordinate reference "
                               "system, and {name} has none",
                               "Use REFERENCE_SYSTEM=PIXEL_SPACE, or assign the raster its CRS",
                               name=os.path.basename(view.path))
        views.append(view)
    return views


class _Run:
    """One export: label sources per raster, chips written on a thread pool, statistics, metadata."""

    def __init__(self, config, writer, angles, earlier, feedback):
        self.config, self.writer, self.angles = config, writer, angles
        self.earlier, self.feedback = earlier, feedback
        self.classes = ()
        self.instance_classes = ()
        self.prepared = []      # (view, label source, instance source, mask, companion) per item
        self.raster_sources = []
        self.offset = None
        self.remap = {}
        self.untouched = 0
        self.missed_features = 0
        self.n_items = 1
        # One part of a split run (see .parts): the grid rows it cuts, and per-chip statistics kept
        # so that merging the parts adds them up in the same order as an unsplit run.
        self.rows = None
        self.part_log = None

    # --- before anything is written -----------------------------------------------------------
    def prepare(self, view, n_items=1):
        config = self.config
        self.n_items = n_items
        self._check_tile_fits(view)
        if self.offset is None:
            self.offset = _check_append(config, self.earlier, view) if self.earlier else config.start_index
        source = self._label_source(view)
        instances = None
        if config.metadata_format == "Panoptic_Segmentation":
            instances = self._vector_source(config.in_instance_data, view, "IN_INSTANCE_DATA", instances=True)
            self.instance_classes = tuple(sorted(config.in_instance_data.classes, key=lambda c: c.value))
        mask = MaskSource(config.in_mask_polygons, view) if config.in_mask_polygons else None
        companion = None
        if config.in_raster2:
            companion = view.companion(config.in_raster2, "IN_RASTER2")
            self.raster_sources.append(companion)
            try:
                check_chip_format(config.image_chip_format, companion.count, companion.dtype)
            except InvalidInput as err:
                raise InvalidInput("IN_RASTER2", "{count} band(s) of {dtype} do not fit {chip_format} chips",
                                   err.fix_template, **{**err.values, "count": companion.count,
                                                        "dtype": companion.dtype,
                                                        "chip_format": config.image_chip_format}) from None
        self.prepared.append((view, source, instances, mask, companion))

    def _check_tile_fits(self, view):
        """A grid tile larger than the raster: one padded chip (SHIFT_INWARD, PAD) or an error (DROP)."""
        config = self.config
        if self.writer.per_feature:
            return
        for axis, tile, size in (("X", config.tile_size_x, view.width),
                                 ("Y", config.tile_size_y, view.height)):
            if tile <= size:
                continue
            if config.edge_policy == "DROP":
                raise InvalidInput(f"TILE_SIZE_{axis}", "{tile} is larger than the raster "
                                   "({name}: {width} × {height} pixels), "
                                   "so EDGE_POLICY=DROP would drop every chip", "Use a tile size of at most "
                                   "{size}, or EDGE_POLICY=PAD to write chips padded with NoData",
                                   tile=tile, name=os.path.basename(view.path), width=view.width,
                                   height=view.height, size=size)
            self.feedback.log(f"TILE_SIZE_{axis} {tile} is larger than the raster ({view.width} × "
                              f"{view.height} pixels): its chips are padded with NoData.")

    def _label_source(self, view):
        config, writer = self.config, self.writer
        labels = config.in_class_data
        if writer.needs_labels and labels is None:
            raise InvalidInput("IN_CLASS_DATA", "{metadata_format} needs labels",
                               "Give a polygon or point layer, or a class raster",
                               metadata_format=config.metadata_format)
        if labels is not None and not writer.needs_labels:
            if not self.prepared:
                self.feedback.log(f"{config.metadata_format} writes no labels; IN_CLASS_DATA is not used.")
            return None
        if labels is None:
            return None
        if isinstance(labels, RasterLabels):
            if writer.vector_only:
                raise InvalidInput("IN_CLASS_DATA", "{metadata_format} needs polygon or point "
                                   "labels, not a class raster", "Use Classified_Tiles or "
                                   "MultiLabeled_Tiles for a class raster, or polygons",
                                   metadata_format=config.metadata_format)
            source = RasterSource(labels, view)
            self.raster_sources.append(source)
            return source
        if not isinstance(labels, VectorLabels):
            raise InvalidInput("IN_CLASS_DATA", "unsupported label type {kind}",
                               "Give a polygon or point layer, or a class raster", kind=type(labels).__name__)
        return self._vector_source(labels, view, "IN_CLASS_DATA", rasterize=writer.by_pixels,
                                   instances=writer.instances and not writer.by_pixels,
                                   outlines=writer.outlines, classes_of_run=True)

    def _vector_source(self, labels, view, parameter, rasterize=False, instances=False, outlines=False,
                       classes_of_run=False):
        first = not self.prepared
        what = "label" if parameter == "IN_CLASS_DATA" else "instance"
        if labels.skipped and first:
            self.feedback.log(f"{labels.skipped} {what} feature(s) without geometry or class were skipped.")
        if labels.repaired and first:
            self.feedback.log(f"{labels.repaired} invalid {what} geometries (e.g. self-intersecting) were "
                              "repaired (made valid) before use.")
        features = [f for f in labels.features if f.class_value]
        if not features:
            field = "CLASS_VALUE_FIELD" if parameter == "IN_CLASS_DATA" else "INSTANCE_CLASS_VALUE_FIELD"
            raise InvalidInput(parameter, "holds no feature with a geometry and a class value above 0",
                               "Check {field} and the layer's features", field=field)
        classes = tuple(sorted(labels.classes, key=lambda c: c.value))
        if classes_of_run:
            if self.earlier and not self.classes:
                earlier_classes = classes_from_stats(self.earlier.stats, self.earlier.emd)
                self.classes, self.remap = _merge_classes(earlier_classes, classes)
                _check_class_order(self.config, earlier_classes, self.classes)
            elif not self.classes:
                self.classes = classes
            classes = self.classes
            features = [type(f)(f.geometry, self.remap.get(f.class_value, f.class_value)) for f in features]
        if max(c.value for c in classes) > 65535:
            raise InvalidInput("CLASS_VALUE_FIELD", "class values above 65535 cannot be stored in label "
                               "chips", "Renumber the classes to 1…65535")
        dtype = np.uint8 if max(c.value for c in classes) <= 255 else np.uint16
        labels = VectorLabels(tuple(features), classes, labels.crs)
        source = VectorSource(labels, view, parameter, rasterize=rasterize, instances=instances,
                              outlines=outlines, label_dtype=dtype,
                              min_overlap=self.config.min_polygon_overlap_ratio)
        if source.polygons.dropped and first:
            what = "label" if parameter == "IN_CLASS_DATA" else "instance"
            self.feedback.log(f"{source.polygons.dropped} {what} feature(s) without polygon area were "
                              "skipped.")
        if not source.polygons.touches(view.width, view.height) and parameter == "IN_CLASS_DATA" \
                and self.n_items > 1:
            self.untouched += 1
            self.feedback.log(f"No {parameter} feature touches {os.path.basename(view.path)}.")
        elif not source.polygons.touches(view.width, view.height):
            raise InvalidInput(parameter, "none of its {count} features touches IN_RASTER "
                               "({name}: export area {bounds}, "
                               "in the raster's CRS)", "Check that the labels cover the image and that both "
                               "layers have the right CRS",
                               count=len(features), name=os.path.basename(view.path),
                               bounds=format_bounds(view.bounds))
        return source

    def close(self):
        for source in self.raster_sources:
            source.close()

    # --- the run ------------------------------------------------------------------------------
    def execute(self, items, staging):
        self._start(items, staging)
        offset = self.offset
        # Twice the cores by default: writes also wait on the disk.
        cores = os.cpu_count() or 1
        workers = parallel_workers(self.config.parallel_processing_factor, max(1, min(16, 2 * cores)),
                                   2 * cores)
        with ThreadPoolExecutor(max_workers=workers, initializer=hold_gdal_env) as pool:
            for k, prepared in enumerate(self.prepared):
                offset = self._cut(prepared, offset, pool, workers, k, len(self.prepared), staging)
        self.feedback.check_canceled()
        if self.part_log is not None:
            return offset
        return self._finish(items, staging, offset)

    def merge(self, items, staging, parts):
        """Finish a run from its parts, ``[(folder, record)]`` in grid-row order (see .parts): their
        files are linked into ``staging`` and their chips' statistics added in chip order."""
        self._start(items, staging)
        next_index, seen = self.offset, set()
        for part_folder, record in parts:
            self.feedback.check_canceled()
            folder.link_tree(part_folder, staging)
            for stats, stats2, per_class in record["chips"]:
                if stats is not None:
                    self.band_stats.add(stats)
                if stats2 is not None:
                    self.band_stats2.add(stats2)
                self.class_stats.add_chip(dict(per_class))
            self.records.extend([i, name, image, None, tuple(bounds), n, tuple(map(tuple, corners))]
                                for i, name, image, _label, bounds, n, corners in record["records"])
            self.map_lines.extend(record["map_lines"])
            self.writer.add_part_state(record["writer"])
            seen.update(record["seen"])
            next_index = record["next_index"]
        for source in self.raster_sources:
            if isinstance(source, RasterSource):
                source.seen = set(seen)
        return self._finish(items, staging, next_index)

    def part_record(self, next_index):
        """What :meth:`merge` needs of this part (JSON-able)."""
        seen = set().union(*(s.seen for s in self.raster_sources if isinstance(s, RasterSource)))
        return {"rows": list(self.rows), "next_index": next_index, "records": self.records,
                "map_lines": self.map_lines, "chips": self.part_log, "seen": sorted(seen),
                "writer": self.writer.part_state()}

    def _start(self, items, staging):
        config, writer = self.config, self.writer
        os.makedirs(os.path.join(staging, "images"))
        if writer.label_dir:
            os.makedirs(os.path.join(staging, writer.label_dir))
        if config.in_raster2:
            os.makedirs(os.path.join(staging, "images2"))
        count = items[0].count
        self.band_stats = BandStats(count)
        self.band_stats2 = BandStats(self.prepared[0][4].count) if config.in_raster2 else None
        by_pixels = writer.by_pixels or isinstance(config.in_class_data, RasterLabels)
        self.class_stats = ClassStats(by_pixels)
        writer.set_classes(self.classes, self.instance_classes)
        self.records, self.map_lines = [], []

    def _chips(self, view, source, offset):
        """(chip specs, how many, numbering span) of one raster."""
        config = self.config
        if self.writer.per_feature:
            polygons = source.polygons
            chips = feature_chips(polygons, view.width, view.height, config.tile_size_x, config.tile_size_y,
                                  config.crop_mode, offset, self.angles)
            span = len(polygons)
            return chips, span * len(self.angles), span * len(self.angles)
        grid = ChipGrid(view.width, view.height, config.tile_size_x, config.tile_size_y,
                        config.stride_x, config.stride_y, config.edge_policy)
        n = len(self.angles)
        return grid_chips(grid, offset, self.angles, self.rows), grid.count(self.rows) * n, len(grid) * n

    def _cut(self, prepared, offset, pool, workers, item, n_items, staging):
        view, source, instances, mask, companion = prepared
        config, writer, feedback = self.config, self.writer, self.feedback
        keep_empty = (config.output_nofeature_tiles == "ALL_TILES" and not writer.instances
                      and not writer.per_feature) or not writer.needs_labels
        map_space = config.reference_system == "MAP_SPACE"
        chips, total, span = self._chips(view, source, offset)
        pending = deque()
        for done, spec in enumerate(_prefetched(chips, source)):
            feedback.check_canceled()
            feedback.progress(95.0 * (item + done / max(total, 1)) / n_items)
            map_transform = view.transform * spec.to_view
            if mask is not None and not mask.contains(spec, map_transform):
                continue
            pixels, valid = view.read_chip(spec.to_view, spec.width, spec.height)
            if not valid.any():
                continue  # a chip of NoData only is never written
            label = source.chip_label(spec, map_transform, valid) if source else EMPTY_LABEL
            if spec.feature is not None:
                if label.feature is None:
                    self.missed_features += 1  # the fixed-size chip around a bent feature misses it
                    continue
                if config.blacken_around_feature:
                    inside = source.inside(spec.feature, spec, map_transform)
                    pixels = np.where(inside[None], pixels, 0).astype(pixels.dtype, copy=False)
                    valid = valid & inside
            if instances is not None:
                label.instances = instances.instance_masks(spec, map_transform, valid)
            if not keep_empty and not writer.keeps(label):
                continue
            pixels2 = valid2 = None
            if companion is not None:
                pixels2, valid2 = companion.read_chip(spec.to_view, spec.width, spec.height)
            name = f"{spec.index:0{NAME_DIGITS}d}"
            chip = ChipInfo(spec.index, spec.width, spec.height, view.count,
                            map_transform if map_space else None, view.crs if map_space else None)
            image_dir = writer.image_dir(label)
            kill_point("export-chip")
            future = pool.submit(_write_chip, staging, image_dir, name, pixels, valid, pixels2, valid2, chip,
                                 label, writer, config, view.nodata, companion.nodata if companion else None)
            pending.append((future, label.per_class))
            self.records.append([spec.index, name, f"{image_dir}/{name}.{writer.image_ext}", None,
                                 _bounds(map_transform, spec.width, spec.height), label.feature_count,
                                 _corners(map_transform, spec.width, spec.height)])
            while len(pending) > 2 * workers:
                self._collect(*pending.popleft())
        while pending:
            self._collect(*pending.popleft())
        return offset + span

    def _collect(self, future, per_class):
        """Take in a written chip, in chip order: its files and its statistics (computed by the worker)."""
        paths, stats, stats2 = future.result()
        self.map_lines.append(paths)
        if stats is not None:
            self.band_stats.add(stats)
        if stats2 is not None:
            self.band_stats2.add(stats2)
        self.class_stats.add_chip(per_class)
        if self.part_log is not None:
            self.part_log.append([stats, stats2, [[int(v), _plain(item)] for v, item in per_class.items()]])

    def _finish(self, items, staging, next_index):
        config, writer, earlier = self.config, self.writer, self.earlier
        for record, line_paths in zip(self.records, self.map_lines, strict=True):
            labels = [p for p in line_paths[1:] if not p.startswith("images2/")]
            record[3] = labels[0] if labels else None
        classes = self.classes
        raster_labels = [s for s in self.raster_sources if isinstance(s, RasterSource)]
        if raster_labels:
            seen = set().union(*(s.seen for s in raster_labels))
            raster_labels[0].seen = seen
            classes = raster_labels[0].classes()
            if earlier:
                classes, _ = _merge_classes(classes_from_stats(earlier.stats, earlier.emd), classes)
            writer.set_classes(classes, self.instance_classes)
        num_tiles = len(self.records)
        map_text = "".join(map_line(p) for p in self.map_lines)
        band_stats, band_stats2, class_stats = self.band_stats, self.band_stats2, self.class_stats
        if earlier:
            merged = BandStats.from_state(earlier.stats["BandStatsState"])
            merged.merge(band_stats)
            band_stats = merged
            if band_stats2 is not None and "BandStatsState2" in earlier.stats:
                merged2 = BandStats.from_state(earlier.stats["BandStatsState2"])
                merged2.merge(band_stats2)
                band_stats2 = merged2
            merged_classes = ClassStats.from_json(earlier.stats, classes)
            merged_classes.merge(class_stats)
            class_stats = merged_classes
            num_tiles += int(earlier.stats.get("NumTiles", 0))
            next_index = max(next_index, int(earlier.stats.get("NextTileIndex", 0)))
            map_text = earlier.map_text + map_text
        writer.finish(staging, config.out_folder if earlier else None)
        self.feedback.check_canceled()
        _write_metadata(staging, config, items, classes, self.instance_classes, band_stats, band_stats2,
                        class_stats, num_tiles, next_index, map_text, self.prepared[0][4])
        self.feedback.check_canceled()
        if earlier:
            folder.commit_append(staging, config.out_folder,
                                 [MAP_FILE, STATS_TXT_FILE, STATS_FILE, EMD_FILE, *writer.extra_files])
        else:
            folder.commit_new(staging, config.out_folder)
        if self.missed_features:
            self.feedback.log(f"{self.missed_features} feature chip(s) were not written: the chip centred on "
                              "the feature's bounding box does not overlap the feature (use CROP_MODE="
                              "BOUNDING_BOX for such shapes).")
        self.feedback.log(f"Wrote {len(self.records)} chip(s) to {config.out_folder}"
                          + (f" (appended; {num_tiles} in total)" if earlier else "") + ".")
        chips = tuple(ChipRecord(*r) for r in self.records)
        crs = items[0].crs
        return ExportResult(os.path.abspath(config.out_folder), len(self.records), chips,
                            crs.to_wkt() if crs else None, bool(earlier))


def _check_class_order(config, earlier_classes, merged):
    """YOLO class ids are positions: an append may add classes only after the earlier ones."""
    if config.metadata_format != "YOLO":
        return
    before = [c.value for c in sorted(earlier_classes, key=lambda c: c.value)]
    after = [c.value for c in sorted(merged, key=lambda c: c.value)]
    if after[:len(before)] != before:
        raise InvalidInput("IN_CLASS_DATA", "adds classes whose values sort between the earlier export's, "
                           "which would renumber its YOLO class ids",
                           "Give new classes values above the earlier ones, or export into a new OUT_FOLDER")


def _prefetched(chips, source, size=PREFETCH_CHIPS):
    """The chips, the label source measuring them a batch at a time where it can (vector labels)."""
    prefetch = getattr(source, "prefetch", None)
    chips = iter(chips)
    while batch := list(islice(chips, size)):
        if prefetch is not None:
            prefetch(batch)
        yield from batch


def _plain(item):
    """A class's per-chip statistic as JSON: a pixel count, or a list of feature areas."""
    return int(item) if np.ndim(item) == 0 else [float(a) for a in item]


def _corners(transform, width, height):
    return tuple(transform * xy for xy in ((0, 0), (width, 0), (width, height), (0, height)))


def _bounds(transform, width, height):
    corners = [transform * (x, y) for x in (0, width) for y in (0, height)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _write_chip(staging, image_dir, name, pixels, valid, pixels2, valid2, chip, label, writer, config, nodata,
                nodata2):
    """Write one chip's image(s) and labels (on a worker thread); return (paths, statistics of the image,
    of the second image or None)."""
    stats = BandStats.chip(pixels, valid)
    stats2 = BandStats.chip(pixels2, valid2) if pixels2 is not None else None
    os.makedirs(os.path.join(staging, image_dir), exist_ok=True)
    write_chip(os.path.join(staging, image_dir, name), pixels, config.image_chip_format, chip.transform,
               chip.crs, nodata=nodata, png_zlevel=config.png_zlevel)
    paths = [f"{image_dir}/{name}.{writer.image_ext}"]
    if pixels2 is not None:
        write_chip(os.path.join(staging, "images2", name), pixels2, config.image_chip_format, chip.transform,
                   chip.crs, nodata=nodata2, png_zlevel=config.png_zlevel)
        paths.append(f"images2/{name}.{writer.image_ext}")
    return paths + writer.write(staging, name, label, chip), stats, stats2


def _write_metadata(staging, config, items, classes, instance_classes, band_stats, band_stats2, class_stats,
                    num_tiles, next_index, map_text, companion):
    view = items[0]
    band_names = _band_names(view)
    epsg = view.crs.to_epsg() if view.crs else None
    common = dict(metadata_format=config.metadata_format, tile_x=config.tile_size_x,
                  tile_y=config.tile_size_y, classes=classes, band_stats=band_stats, band_names=band_names,
                  cell_size=view.res, epsg=epsg)
    pixelwise = {"ImageChipFormat": config.image_chip_format, "EdgePolicy": config.edge_policy,
                 "NameDigits": NAME_DIGITS, "RotationAngle": config.rotation_angle}
    stats = stats_json(num_bands=view.count, num_tiles=num_tiles, next_index=next_index,
                       class_stats=class_stats, pixelwise=pixelwise, **common)
    emd = emd_json(**common)
    raster_count = len(_raster_paths(config))
    for doc in (stats, emd):
        doc["InputRastersProps"]["RasterCount"] = raster_count
    emd["ImageSpaceUsed"] = config.reference_system
    emd["BlackenAroundFeature"] = bool(config.blacken_around_feature)
    emd["CropTileMode"] = "Fixed_Size" if config.crop_mode == "FIXED_SIZE" else "Bounding_Box"
    if band_stats2 is not None:
        names2 = _band_names(companion)
        props2 = {"RasterCount": 1, "SensorName": "Undefined", "BandNames": names2}
        stats = _insert_after(stats, "InputRastersProps", "InputRastersProps2", props2)
        stats = _insert_after(stats, "BandStatsState", "BandStatsState2", band_stats2.state_json())
        emd = _insert_after(emd, "InputRastersProps", "InputRastersProps2", props2)
        emd = _insert_after(emd, "AllTilesStats", "AllTilesStats2", band_stats2.all_tiles_json(names2))
    if instance_classes:
        emd["Panoptic_Segmentation_Instance_Classes"] = [{"Value": c.value, "Name": c.name}
                                                         for c in instance_classes]
    files = {
        STATS_FILE: dumps(stats),
        EMD_FILE: dumps(emd),
        STATS_TXT_FILE: stats_txt(num_tiles=num_tiles, num_bands=view.count, tile_x=config.tile_size_x,
                                  tile_y=config.tile_size_y, classes=classes, class_stats=class_stats),
        MAP_FILE: map_text,
    }
    for name, text in files.items():
        with open(os.path.join(staging, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def _insert_after(doc, key, new_key, value):
    out = {}
    for k, v in doc.items():
        out[k] = v
        if k == key:
            out[new_key] = value
    return out
