"""Classify Pixels Using Deep Learning: tiled ONNX inference over a raster, blended across window
overlaps, streamed row by row into a classified GeoTIFF (and optionally a confidence raster).

Pipeline: model definition → ONNX Runtime session → bands and arguments checked against the graph →
windows (see :mod:`.blend`) read and normalised in a background thread, batched, run (with optional
test-time augmentation), weighted and summed into a :class:`~.blend.RowAccumulator` → finished rows
turned into class values (:mod:`.output`) and written a row of blocks at a time into a temporary
GeoTIFF beside the target, which is moved into place when the run completes.

NoData: a pixel is NoData in the output when any model band is NoData (or masked) there, or when it
lies outside IN_MASK_POLYGONS. Before inference NoData pixels are set to 0 *after* normalisation
(the band mean, for standardised models), so they disturb their neighbours as little as possible;
pixels outside the raster are filled by reflection. ``DataRange [min, max]`` clips the raw input
values to that range before normalisation.
"""

import os
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Mapping, Optional, Tuple, Union

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.transform import Affine
from rasterio.vrt import WarpedVRT
from rasterio.windows import Window

from ..classes import ClassInfo
from ..dihedral import augment, augmentations, unaugment
from ..environment import open_view, parallel_workers, retries
from ..errors import InvalidInput
from ..feedback import Feedback
from ..geometry import PixelPolygons, reproject_geometries
from ..labels import MaskPolygons
from ..outputs import is_write_error, kill_point, temp_beside, write_failure
from ..raster_io import (
    band_labels,
    bounded_block_cache,
    check_complete,
    create_class_raster,
    read_context,
    write_rows,
)
from ..session import PROCESSOR_TYPES, SessionCache, is_out_of_memory
from .arguments import parse_arguments, resolve_arguments
from .blend import RowAccumulator, blend_weights, merge, window_origins
from .model import load_model_definition, resolve_bands
from .output import CONFIDENCE_NODATA, class_mapping, tiff_colormap, write_class_table

OUTPUT_BLOCK = 256  # GeoTIFF tile size; rows are written a whole row of tiles at a time

_INPUT_TYPES = {"tensor(float)": np.float32, "tensor(float16)": np.float16, "tensor(double)": np.float64}


@dataclass(frozen=True)
class ClassifyConfig:
    """Everything one classification needs; field names are the ArcGIS parameter names in lower case.

    ``in_model_definition``: path of an ``.emd``, ``.dlpk`` or ``.onnx``, or the EMD JSON text.
    ``arguments``: ``name=value;…`` text, ArcGIS ``name value;…`` text, JSON text or a dict
    (:mod:`.arguments`). ``extent`` (xmin, ymin, xmax, ymax) in the raster's CRS and ``cell_size``
    (raster CRS units, 0 = the raster's own) define the processed view, as for the export.
    ``in_mask_polygons``: only pixels inside them are classified (others are NoData).
    ``out_confidence_raster``: optional float32 raster of the winning class's probability.
    ``out_sr`` (CRS text) and ``snap_raster`` (a raster path) move the output onto another grid, with
    ``cell_size`` then in the output CRS's units (see :mod:`engine.environment`).
    ``parallel_processing_factor``: ``4`` or ``50%``: ONNX Runtime's threads (default: every core).
    ``retry_on_failures``: retries of a window whose read fails the way a busy web service does, or
    whose inference runs out of GPU memory (then in smaller batches); None = 1 for reads, 0 for inference.
    """

    in_raster: str
    in_model_definition: str
    out_classified_raster: str
    arguments: Union[str, Mapping[str, object], None] = None
    processor_type: str = "AUTO"
    extent: Optional[Tuple[float, float, float, float]] = None
    cell_size: float = 0.0
    in_mask_polygons: Optional[MaskPolygons] = None
    out_confidence_raster: Optional[str] = None
    out_sr: Optional[str] = None
    snap_raster: Optional[str] = None
    parallel_processing_factor: Optional[str] = None
    retry_on_failures: Optional[int] = None


@dataclass(frozen=True)
class ClassifyResult:
    """What a run wrote. ``classes``: the values that can appear (name, colour), sorted by value;
    ``class_counts``: (value, pixels) for each of them; ``provider``: the ONNX Runtime execution
    provider that ran; ``windows_run``/``windows_skipped``: model windows run, and skipped because
    they held only NoData or lay outside the mask."""

    out_classified_raster: str
    out_confidence_raster: Optional[str]
    classes: Tuple[ClassInfo, ...]
    nodata: int
    dtype: str
    class_counts: Tuple[Tuple[int, int], ...]
    nodata_count: int
    width: int
    height: int
    crs_wkt: Optional[str]
    provider: str
    tile_height: int
    tile_width: int
    padding: int
    batch_size: int
    test_time_augmentation: bool
    windows_run: int
    windows_skipped: int
    seconds: float


# --- model input/output ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _ModelIO:
    """What the ONNX graph says about its first input and output."""

    input_name: str
    output_name: str
    nhwc: bool
    channels: Optional[int]
    height: Optional[int]
    width: Optional[int]
    fixed_batch: Optional[int]
    input_dtype: type
    output_channels: Optional[int]
    output_hw: Optional[Tuple[int, int]]


def _dim(value):
    return value if isinstance(value, int) and value > 0 else None


def _model_io(session, definition, log):
    inputs, outputs = session.get_inputs(), session.get_outputs()
    name = os.path.basename(definition.model_file)
    if len(inputs) != 1:
        raise InvalidInput("IN_MODEL_DEFINITION", "{name} has {count} inputs; pixel classification "
                           "needs one image input", "Export the model with a single (batch, bands, height, "
                           "width) input", name=name, count=len(inputs))
    first = inputs[0]
    shape = list(first.shape)
    if len(shape) != 4:
        raise InvalidInput("IN_MODEL_DEFINITION", "{name} takes a {ndim}-D input {shape}; an image "
                           "model takes (batch, bands, height, width)", "Export the model with a 4-D input",
                           name=name, ndim=len(shape), shape=shape)
    if first.type not in _INPUT_TYPES:
        raise InvalidInput("IN_MODEL_DEFINITION", "{name} takes {type} input; Pixelwise feeds float "
                           "tensors", "Export the model with a float32 input", name=name, type=first.type)
    d1, d3 = _dim(shape[1]), _dim(shape[3])
    # Channels-last when the graph says so unambiguously (a small last axis, a larger or open second
    # axis); NCHW is what torch.onnx.export and Deepness produce.
    looks_nhwc = d3 is not None and d3 <= 16 and (d1 is None or d1 > d3)
    looks_nchw = d1 is not None and d1 <= 16 and (d3 is None or d3 > d1)
    if definition.model_format:
        nhwc = definition.model_format == "NHWC"
        if (nhwc and looks_nchw) or (not nhwc and looks_nhwc):
            graph = "NCHW" if nhwc else "NHWC"
            raise InvalidInput("IN_MODEL_DEFINITION",
                               "ModelFormat says {model_format}, but {name} takes {shape}, which is {graph} "
                               "(channels first)" if nhwc else
                               "ModelFormat says {model_format}, but {name} takes {shape}, which is {graph} "
                               "(channels last)",
                               "Set ModelFormat to {graph} in the model definition, or leave it out",
                               model_format=definition.model_format, name=name, shape=shape, graph=graph)
    else:
        nhwc = looks_nhwc
    channels, height, width = (d3, _dim(shape[1]), _dim(shape[2])) if nhwc else (d1, _dim(shape[2]), d3)
    if len(outputs) > 1:
        log(f"{name} has {len(outputs)} outputs; the first ({outputs[0].name}) holds the class scores.")
    out_shape = list(outputs[0].shape)
    out_channels = out_hw = None
    if len(out_shape) == 4:
        dims = [_dim(d) for d in out_shape]
        out_channels, out_hw = (dims[3], (dims[1], dims[2])) if nhwc else (dims[1], (dims[2], dims[3]))
        if None in out_hw:
            out_hw = None
    return _ModelIO(first.name, outputs[0].name, nhwc, channels, height, width, _dim(shape[0]),
                    _INPUT_TYPES[first.type], out_channels, out_hw)


class _Model:
    """Runs batches of (B, C, H, W) float32 windows and returns (B, K, h, w) float32 scores."""

    def __init__(self, session, io, args, definition, retries=0, log=None):
        self.session, self.io, self.args = session, io, args
        self.retries, self.log = retries, log or (lambda _message: None)
        self.name = os.path.basename(definition.model_file)
        self.margin = None  # pixels the model crops from each side of its output (ModelPadding)
        self.model_padding = definition.model_padding or 0
        square = args.tile_height == args.tile_width
        self.variants = augmentations(square, definition.image_space != "PIXEL_SPACE") \
            if args.test_time_augmentation else None

    def _run(self, batch, retries=None):
        """Scores of ``batch``; a run that exhausts the GPU's memory is retried (RETRY_ON_FAILURES times)
        in two halves."""
        retries = self.retries if retries is None else retries
        try:
            return self._run_once(batch)
        except Exception as err:  # ONNX Runtime raises its own pybind exception types
            if not retries or len(batch) < 2 or not is_out_of_memory(err):
                raise
        half = (len(batch) + 1) // 2
        self.log(f"The device ran out of memory for a batch of {len(batch)} windows; retrying in batches "
                 f"of {half}.")
        return np.concatenate([self._run(batch[:half], retries - 1), self._run(batch[half:], retries - 1)])

    def _run_once(self, batch):
        x = batch.transpose(0, 2, 3, 1) if self.io.nhwc else batch
        x = np.ascontiguousarray(x, dtype=self.io.input_dtype)
        fixed = self.io.fixed_batch
        if fixed and fixed != len(x):
            # A graph with a fixed batch size: run it in chunks, the last one padded with zeros.
            parts = []
            for start in range(0, len(x), fixed):
                chunk = x[start:start + fixed]
                if len(chunk) < fixed:
                    filler = np.zeros((fixed - len(chunk),) + chunk.shape[1:], chunk.dtype)
                    chunk = np.concatenate([chunk, filler])
                parts.append(self.session.run([self.io.output_name], {self.io.input_name: chunk})[0])
            out = np.concatenate(parts)[:len(x)]
        else:
            out = self.session.run([self.io.output_name], {self.io.input_name: x})[0]
        return self._as_nchw(np.asarray(out, dtype=np.float32), batch.shape[2], batch.shape[3])

    def _as_nchw(self, out, height, width):
        if out.ndim == 3:  # a squeezed single-channel output
            out = out[:, None]
        if out.ndim != 4:
            raise InvalidInput("IN_MODEL_DEFINITION", "{name} returns a {ndim}-D output "
                               "{shape}; pixel classification needs (batch, classes, height, width) "
                               "scores",
                               "Export the segmentation model without post-processing",
                               name=self.name, ndim=out.ndim, shape=out.shape)
        m = self.model_padding
        sizes = [(height, width)] + ([(height - 2 * m, width - 2 * m)] if m else [])
        if out.shape[2:4] in sizes:
            pass
        elif out.shape[1:3] in sizes:
            out = out.transpose(0, 3, 1, 2)
        else:
            raise InvalidInput("IN_MODEL_DEFINITION",
                               "{name} returns {shape} for a {height}×{width} window; expected class scores "
                               "of the window's size or of its inner {inner_height}×{inner_width} pixels "
                               "(ModelPadding)" if m else
                               "{name} returns {shape} for a {height}×{width} window; expected class scores "
                               "of the window's size",
                               "Export the model so that it outputs one score per pixel", name=self.name,
                               shape=tuple(out.shape), height=height, width=width,
                               inner_height=height - 2 * m, inner_width=width - 2 * m)
        self.margin = (height - out.shape[2]) // 2
        return out

    def scores(self, batch):
        """Class scores of a batch, merged over the test-time augmentations when they are on."""
        if not self.variants:
            return self._run(batch)
        outs = [unaugment(self._run(np.ascontiguousarray(augment(batch, v))), v) for v in self.variants]
        return merge(np.stack(outs), self.args.merge_policy)


# --- reading windows --------------------------------------------------------------------------------

class _WindowReader:
    """Reads and normalises the model bands of windows (runs in the prefetch thread: it alone touches
    the raster during the run)."""

    def __init__(self, view, bands, definition, args, mask_polygons):
        self.view, self.bands, self.args = view, bands, args
        self.scale, self.offset = (definition.normalization.affine(bands, view.count)
                                   if definition.normalization else
                                   (np.ones(len(bands), np.float32), np.zeros(len(bands), np.float32)))
        self.data_range = definition.data_range
        self.mask = mask_polygons
        self.skipped = 0

    def _inside_mask(self, row_off, col_off, height, width):
        hits = self.mask.candidates(col_off, row_off, width, height)
        if not len(hits):
            return np.zeros((height, width), dtype=bool)
        burnt = self.mask.rasterize(hits, col_off, row_off, width, height,
                                    self.view.window_transform(col_off, row_off), np.uint8)
        return burnt > 0

    def read(self, windows):
        """``(origins, inputs (B, C, H, W) float32, valid list)`` for the windows worth running."""
        th, tw = self.args.tile_height, self.args.tile_width
        origins, inputs, valids = [], [], []
        for row_off, col_off in windows:
            pixels, valid, (dy, dx) = read_context(self.view, self.bands, col_off, row_off, tw, th)
            h, w = valid.shape
            window_valid = np.zeros((th, tw), dtype=bool)
            window_valid[dy:dy + h, dx:dx + w] = valid
            if self.mask is not None:
                window_valid &= self._inside_mask(row_off, col_off, th, tw)
            vy0, vx0 = max(0, -row_off), max(0, -col_off)
            vy1, vx1 = min(th, self.view.height - row_off), min(tw, self.view.width - col_off)
            if not window_valid[vy0:vy1, vx0:vx1].any():
                self.skipped += 1
                continue
            x = pixels.astype(np.float32)
            if self.data_range is not None:
                np.clip(x, self.data_range[0], self.data_range[1], out=x)
            x *= self.scale[:, None, None]
            x += self.offset[:, None, None]
            x[:, ~valid] = 0.0
            pad = ((0, 0), (dy, th - dy - h), (dx, tw - dx - w))
            if any(p for axis in pad for p in axis):
                x = np.pad(x, pad, mode="reflect")
            origins.append((row_off, col_off))
            inputs.append(x)
            valids.append(window_valid)
        batch = np.stack(inputs) if inputs else None
        return origins, batch, valids


# --- writing rows ---------------------------------------------------------------------------------------

class _RowSink:
    """Collects finished rows and writes them a row of GeoTIFF tiles at a time."""

    def __init__(self, dataset, block=OUTPUT_BLOCK):
        self.dataset, self.block = dataset, block
        self.pending, self.pending_rows, self.written = [], 0, 0

    def add(self, rows):
        self.pending.append(rows)
        self.pending_rows += rows.shape[0]
        if self.pending_rows >= self.block:
            self._write(self.pending_rows - self.pending_rows % self.block)

    def _write(self, count):
        data = np.concatenate(self.pending, axis=0)
        write_rows(self.dataset, data[:count], self.written)
        self.written += count
        rest = data[count:]
        self.pending, self.pending_rows = ([rest] if len(rest) else []), len(rest)

    def close(self, flush=True):
        """Write the last rows (unless the run failed), close the file and, after a run that finished,
        check that every block reached the disk."""
        try:
            if flush and self.pending_rows:
                self._write(self.pending_rows)
        finally:
            self.dataset.close()
        if flush:
            check_complete(self.dataset.name)


def _softmax(scores):
    shifted = scores - scores.max(axis=0, keepdims=True)
    np.exp(shifted, out=shifted)
    shifted /= shifted.sum(axis=0, keepdims=True)
    return shifted


class _Finisher:
    """Turns blended scores of finished rows into class values and confidences."""

    def __init__(self, mapping):
        self.mapping = mapping
        self.values = np.asarray(mapping.channel_values, dtype=np.int64)
        self.probabilities = None  # decided from the first real batch
        self.counts = np.zeros(len(self.values), dtype=np.int64)
        self.nodata_count = 0
        # Pixels whose scores the model gave as NaN or infinite (written as NoData, never as a class),
        # and the pixels that had scores at all.
        self.nonfinite_count = 0
        self.scored_count = 0

    def observe(self, scores):
        """Decide once whether the model outputs probabilities (0…1, summing to 1) or logits."""
        if self.probabilities is not None:
            return self.probabilities
        pixels = np.isfinite(scores).all(axis=1, keepdims=True)  # (batch, 1, h, w): every channel finite
        if not pixels.all():
            if not pixels.any():
                return None  # decided by a later batch with finite scores
            scores = np.where(pixels, scores, 0.5 if scores.shape[1] == 1 else 1.0 / scores.shape[1])
        in_range = float(scores.min()) >= 0.0 and float(scores.max()) <= 1.0
        sums = scores.sum(axis=1)
        sums_to_one = scores.shape[1] == 1 or bool(np.abs(sums - 1.0).max() < 1e-3)
        self.probabilities = in_range and sums_to_one
        return self.probabilities

    def finish(self, scores, valid):
        finite = np.isfinite(scores).all(axis=0)
        if not finite.all():
            self.nonfinite_count += int((valid & ~finite).sum())
            scores = np.where(finite, scores, 0.0).astype(scores.dtype, copy=False)
        self.scored_count += int(valid.sum())
        valid = valid & finite
        if scores.shape[0] == 1:
            p = scores[0] if self.probabilities else 1.0 / (1.0 + np.exp(-scores[0]))
            probs = ranked = np.stack([1.0 - p, p]).astype(np.float32)
        elif self.probabilities:
            probs = ranked = scores
        else:
            # Rank by the blended logits themselves: softmax underflows to equal zeros for channels far
            # behind an excluded winner, and would then pick among them at random.
            probs, ranked = _softmax(scores), scores
        if self.mapping.excluded:
            ranked = ranked.copy()
            ranked[list(self.mapping.excluded)] = -np.inf
        winner = ranked.argmax(axis=0)
        confidence = np.take_along_axis(probs, winner[None], axis=0)[0].astype(np.float32)
        classes = self.values[winner].astype(self.mapping.dtype)
        classes[~valid] = self.mapping.nodata
        confidence[~valid] = CONFIDENCE_NODATA
        self.counts += np.bincount(winner[valid], minlength=len(self.values))
        self.nodata_count += int((~valid).sum())
        return classes, confidence


# --- the run --------------------------------------------------------------------------------------------

def _output_path(path, parameter):
    if not path or not str(path).strip():
        raise InvalidInput(parameter, "is empty", "Give an output file name (.tif)")
    path = os.path.abspath(str(path))
    if os.path.isdir(path):
        raise InvalidInput(parameter, "{path!r} is a folder", "Give a file name such as classified.tif",
                           path=path)
    return path


def _remove(*paths):
    for path in paths:
        for p in (path, path + ".aux.xml"):
            try:
                os.remove(p)
            except OSError:
                pass


def _batches(windows, size):
    batch = []
    for window in windows:
        batch.append(window)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@bounded_block_cache()
def classify_pixels(config, feedback=None, sessions=None, job=None):
    """Run one classification described by a :class:`ClassifyConfig`; return a :class:`ClassifyResult`.

    Every input is checked before anything is written (``InvalidInput`` naming the parameter). The
    output is a single-band tiled GeoTIFF with the view's CRS, transform and size, the smallest
    integer type holding the class values and a NoData value no class uses (:mod:`.output`), plus a
    ``.aux.xml`` sidecar with the class colour table, category names and a raster attribute table
    (Value, Count, Class, Red, Green, Blue) (:func:`.output.write_class_table`). It is written beside
    the target under a temporary name and moved into place at the end; ``Cancelled`` or any error
    removes it and leaves OUT_CLASSIFIED_RASTER as it was. ``sessions`` (a :class:`SessionCache`) lets
    a host reuse loaded models between runs. ``job`` (see :mod:`.parts`) classifies one part of the
    raster, or merges parts, instead of the whole.
    """
    feedback = feedback or Feedback()
    sessions = sessions or SessionCache()
    started = time.monotonic()
    if config.processor_type not in PROCESSOR_TYPES:
        raise InvalidInput("PROCESSOR_TYPE", "unknown value {processor_type!r}",
                           "Use one of {processor_types}",
                           processor_type=config.processor_type, processor_types=', '.join(PROCESSOR_TYPES))
    raw_args = parse_arguments(config.arguments)
    out_path = _output_path(config.out_classified_raster, "OUT_CLASSIFIED_RASTER")
    conf_path = None
    if config.out_confidence_raster:
        conf_path = _output_path(config.out_confidence_raster, "OUT_CONFIDENCE_RASTER")
        if conf_path == out_path:
            raise InvalidInput("OUT_CONFIDENCE_RASTER", "is the same file as OUT_CLASSIFIED_RASTER",
                               "Give the confidence raster its own file name")
    in_path = os.path.abspath(str(config.in_raster))
    if os.path.exists(in_path) and in_path in (out_path, conf_path):
        raise InvalidInput("OUT_CLASSIFIED_RASTER", "would overwrite IN_RASTER", "Choose another output file")
    with tempfile.TemporaryDirectory(prefix="pixelwise-model-") as work_dir:
        definition = load_model_definition(config.in_model_definition, work_dir)
        for note in definition.notes:
            feedback.log(note)
        read_retries = retries(config.retry_on_failures)
        run_retries = retries(config.retry_on_failures, default=0)
        threads = parallel_workers(config.parallel_processing_factor, None, os.cpu_count() or 1)
        view, output = open_view(config.in_raster, config.extent, config.cell_size, config.out_sr,
                                 config.snap_raster, Resampling.bilinear, retries=read_retries)
        if not getattr(job, "whole", True):
            output = None  # a part is merged on the processing grid; the merge warps the whole
        with view:
            session = sessions.get(definition.model_file, config.processor_type, feedback.log, threads)
            io = _model_io(session, definition, feedback.log)
            bands = resolve_bands(definition.extract_bands, band_labels(view), io.channels)
            args = resolve_arguments(raw_args, definition, io.height, io.width)
            model = _Model(session, io, args, definition, run_retries, feedback.log)
            channels = io.output_channels
            if channels is None or io.output_hw is None:
                # The graph leaves the output shape open: one window of zeros tells it.
                probe = np.zeros((1, len(bands), args.tile_height, args.tile_width), np.float32)
                channels = model.scores(probe).shape[1]
            mapping = class_mapping(definition.classes, channels, args.predict_background,
                                    definition.ignore_mapped_class)
            _log_setup(feedback, definition, view, bands, args, mapping)
            mask = None
            if config.in_mask_polygons is not None:
                polygons = config.in_mask_polygons
                geometries = reproject_geometries(polygons.geometries, polygons.crs, view, "IN_MASK_POLYGONS")
                mask = PixelPolygons(geometries, [1] * len(geometries), view)
            reader = _WindowReader(view, bands, definition, args, mask)
            created, temps, failure = [], [], None
            try:
                temps.append(temp_beside(out_path, "OUT_CLASSIFIED_RASTER", created, ".partial.tif"))
                if conf_path:
                    temps.append(temp_beside(conf_path, "OUT_CONFIDENCE_RASTER", created, ".partial.tif"))
                run_feedback = feedback if output is None else _scaled(feedback, 0.0, 90.0)
                finisher, windows_run = (job or _run)(view, model, reader, args, mapping, temps, run_feedback)
                _check_scores(finisher, feedback)
                counts = {v: int(n) for v, n in zip(mapping.channel_values, finisher.counts, strict=True)}
                if output is not None:
                    counts = _warp_outputs(temps, output, mapping, (out_path, conf_path), created, feedback)
                write_class_table(temps[0], mapping, counts)
                os.replace(temps[0] + ".aux.xml", out_path + ".aux.xml")
                kill_point("classify-commit")
                os.replace(temps[0], out_path)
                if conf_path:
                    _remove(conf_path + ".aux.xml")
                    os.replace(temps[1], conf_path)
            except BaseException as err:
                failure = (write_failure("OUT_CLASSIFIED_RASTER", err, out_path) if is_write_error(err)
                           else None)
                _remove(*temps)
                for folder in created:  # deepest first
                    try:
                        os.rmdir(folder)
                    except OSError:
                        pass
                if failure is None:
                    raise
            if failure is not None:
                try:
                    raise failure
                finally:
                    del failure  # see _raise
            result = ClassifyResult(
                out_classified_raster=out_path, out_confidence_raster=conf_path, classes=mapping.classes,
                nodata=mapping.nodata, dtype=mapping.dtype,
                class_counts=tuple((c.value, counts.get(c.value, 0)) for c in mapping.classes),
                nodata_count=(finisher.nodata_count if output is None else
                              output.width * output.height - sum(counts.values())),
                width=(output or view).width, height=(output or view).height,
                crs_wkt=(output or view).crs.to_wkt() if (output or view).crs else None,
                provider=session.get_providers()[0],
                tile_height=args.tile_height, tile_width=args.tile_width, padding=args.padding,
                batch_size=args.batch_size, test_time_augmentation=args.test_time_augmentation,
                windows_run=windows_run, windows_skipped=reader.skipped,
                seconds=time.monotonic() - started)
    _log_result(feedback, result)
    feedback.progress(100.0)
    return result


def _scaled(feedback, start, stop):
    """``feedback`` whose progress 0–100 maps to ``start``–``stop``."""
    return Feedback(lambda percent: feedback.progress(start + (stop - start) * percent / 100.0),
                    feedback.is_canceled, feedback.log)


def _warp_outputs(temps, output, mapping, targets, created, feedback):
    """Warp the classified raster (nearest neighbour) and the confidence raster (bilinear) from the
    processing grid onto ``output`` (a :class:`~engine.environment.Grid`), a row of 256-pixel blocks at a
    time; ``temps`` (the files written so far) are replaced by the warped ones. Returns the class counts
    of the warped raster (value → pixels)."""
    rows_done, total_rows = 0, output.height * len(temps)
    counts = {}
    parameters = ("OUT_CLASSIFIED_RASTER", "OUT_CONFIDENCE_RASTER")
    for k, source in enumerate(list(temps)):
        target = temp_beside(targets[k], parameters[k], created, ".warped.tif")
        temps.append(target)  # removed with the others if the run fails; replaces ``source`` at the end
        classes = k == 0
        nodata = mapping.nodata if classes else CONFIDENCE_NODATA
        dtype = mapping.dtype if classes else "float32"
        with rasterio.open(source) as src, \
                WarpedVRT(src, crs=output.crs, transform=output.transform, width=output.width,
                          height=output.height, src_nodata=nodata, nodata=nodata,
                          resampling=Resampling.nearest if classes else Resampling.bilinear) as vrt:
            sink = _RowSink(create_class_raster(target, output.width, output.height, dtype, output.crs,
                                                output.transform, nodata,
                                                tiff_colormap(mapping) if classes else None))
            completed = False
            try:
                for row in range(0, output.height, OUTPUT_BLOCK):
                    feedback.check_canceled()
                    n = min(OUTPUT_BLOCK, output.height - row)
                    block = vrt.read(1, window=Window(0, row, output.width, n))
                    if classes:
                        values, numbers = np.unique(block[block != nodata], return_counts=True)
                        for value, number in zip(values.tolist(), numbers.tolist(), strict=True):
                            counts[value] = counts.get(value, 0) + number
                    sink.add(block)
                    rows_done += n
                    feedback.progress(90.0 + 9.0 * rows_done / total_rows)
                completed = True
            finally:
                sink.close(flush=completed)
        os.remove(source)
        temps.remove(source)
    return counts


def _check_scores(finisher, feedback):
    """Say how many pixels got NaN or infinite scores from the model (they are NoData); refuse a run in
    which every pixel did."""
    bad, scored = finisher.nonfinite_count, finisher.scored_count
    if not bad:
        return
    if bad >= scored:
        raise InvalidInput("IN_MODEL_DEFINITION", "the model gave NaN or infinite scores for every pixel "
                           "({count})", "Check the model file and its NormalizationStats (a standard "
                           "deviation of 0 or a NaN in the model's weights give this)", count=bad)
    feedback.log(f"Warning: the model gave NaN or infinite scores for {bad} of {scored} pixels "
                 f"({bad / scored:.2%}); they are NoData in OUT_CLASSIFIED_RASTER.")


def _log_setup(feedback, definition, view, bands, args, mapping):
    names = ", ".join(f"{c.value} {c.name}" for c in mapping.classes)
    tta = f", test-time augmentation ({args.merge_policy})" if args.test_time_augmentation else ""
    feedback.log(f"Model bands: {', '.join(str(b + 1) for b in bands)} of {view.count}; windows "
                 f"{args.tile_height}×{args.tile_width} px, padding {args.padding}, "
                 f"batch {args.batch_size}{tta}.")
    feedback.log(f"Classes: {names}; NoData {mapping.nodata} ({mapping.dtype}).")
    if definition.resolution and view.crs is not None and view.crs.is_projected:
        cell_cm = view.res[0] * 100.0 * view.crs.linear_units_factor[1]
        if not 0.5 <= cell_cm / definition.resolution <= 2.0:
            feedback.log(f"Warning: the model was trained at {definition.resolution:g} cm per pixel; the "
                         f"input has {cell_cm:g} cm. Set CELL_SIZE to resample it.")


def _log_result(feedback, result):
    total = result.width * result.height or 1
    shares = ", ".join(f"{c.name} {n / total:.1%}" for c, (_v, n) in
                       zip(result.classes, result.class_counts, strict=True))
    feedback.log(f"Classified {result.width}×{result.height} px in {result.seconds:.1f} s on "
                 f"{result.provider}: {result.windows_run} windows run, {result.windows_skipped} skipped "
                 f"(NoData or outside the mask). {shares}; NoData {result.nodata_count / total:.1%}.")


def _part_batches(windows, size, top, stop, th):
    """The batches of ``windows`` (row-major) holding a window that reaches output rows [top, stop):
    cut from the whole run's sequence of batches, so every window runs in the same batch as in an
    unsplit run (and gets the same scores to the last bit)."""
    touching = [k for k, (r, _c) in enumerate(windows) if r < stop and r + th > top]
    if not touching:
        return []
    first, last = touching[0] // size, touching[-1] // size
    return [windows[k * size:(k + 1) * size] for k in range(first, last + 1)]


def _sinks(view, mapping, temps, top, stop):
    """Row sinks of the class raster (and the confidence raster) for rows [top, stop) of the view."""
    transform = view.transform * Affine.translation(0, top)
    sinks = [_RowSink(create_class_raster(temps[0], view.width, stop - top, mapping.dtype, view.crs,
                                          transform, mapping.nodata, tiff_colormap(mapping)))]
    if len(temps) > 1:
        sinks.append(_RowSink(create_class_raster(temps[1], view.width, stop - top, "float32", view.crs,
                                                  transform, CONFIDENCE_NODATA)))
    return sinks


def _run(view, model, reader, args, mapping, temps, feedback, rows=None):
    """Classify output rows ``rows`` = (top, stop) of the view (all by default) into ``temps``."""
    th, tw = args.tile_height, args.tile_width
    top, stop = rows or (0, view.height)
    windows = [(r, c) for r in window_origins(view.height, th, args.padding)
               for c in window_origins(view.width, tw, args.padding)]
    if rows is None:
        batches = list(_batches(windows, args.batch_size))
    else:
        batches = _part_batches(windows, args.batch_size, top, stop, th)
    total = sum(len(b) for b in batches)
    batches = iter(batches)
    finisher = _Finisher(mapping)
    sinks = _sinks(view, mapping, temps, top, stop)
    classified = sinks[0]
    accumulator = None
    weights = None
    done = windows_run = 0
    completed = False
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pixelwise-read") as pool:
            current = next(batches, None)
            future = pool.submit(reader.read, current) if current else None
            while future is not None:
                origins, batch, valids = future.result()
                upcoming = next(batches, None)
                # Read the next batch while ONNX Runtime works on this one.
                future = pool.submit(reader.read, upcoming) if upcoming else None
                feedback.check_canceled()
                if batch is not None:
                    scores = model.scores(batch)
                    finisher.observe(scores)
                    if accumulator is None:
                        accumulator = RowAccumulator(scores.shape[1], view.width, stop,
                                                     top=top + classified.written + classified.pending_rows)
                        weights = blend_weights(scores.shape[2], scores.shape[3])
                    m = model.margin
                    for (row_off, col_off), window_scores, valid in zip(origins, scores, valids, strict=True):
                        inner = valid[m:th - m, m:tw - m] if m else valid
                        accumulator.add(row_off + m, col_off + m, window_scores, weights, inner)
                    windows_run += len(origins)
                done += len(current)
                current = upcoming
                bottom = current[0][0] + (model.margin or 0) if current else stop
                _flush(accumulator, finisher, sinks, mapping, view, bottom, top, stop)
                feedback.progress(min(99.0, 100.0 * done / total))
        completed = True
    finally:
        failures = []
        for sink in sinks:  # every file is closed, even when one of them fails
            try:
                sink.close(flush=completed)
            except Exception as err:  # noqa: BLE001  (re-raised below)
                failures.append(err)
        if failures and completed:
            del failures[1:]  # the first failure is the one reported; no local may keep any (see _raise)
            _raise(failures.pop())
    return finisher, windows_run


def _raise(error):
    """Raise ``error`` from a frame that keeps no reference to it. A local naming the exception while
    its traceback holds the frame is a cycle that only the garbage collector frees, maybe as late as
    after QGIS has shut GDAL down, when freeing the datasets in those frames crashes the interpreter."""
    try:
        raise error
    finally:
        del error


def _flush(accumulator, finisher, sinks, mapping, view, bottom, top, stop):
    """Write every row of [top, stop) above ``bottom`` (rows no later window touches)."""
    if accumulator is None:
        # No window has run yet: the rows above ``bottom`` hold only NoData.
        start = top + sinks[0].written + sinks[0].pending_rows
        n = min(bottom, stop) - start
        if n > 0:
            finisher.nodata_count += n * view.width
            sinks[0].add(np.full((n, view.width), mapping.nodata, dtype=mapping.dtype))
            if len(sinks) > 1:
                sinks[1].add(np.full((n, view.width), CONFIDENCE_NODATA, dtype=np.float32))
        return
    taken = accumulator.pop(bottom)
    if taken is None:
        return
    classes, confidence = finisher.finish(*taken)
    sinks[0].add(classes)
    if len(sinks) > 1:
        sinks[1].add(confidence)
