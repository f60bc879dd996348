"""Compute Accuracy For Pixel Classification: stream both sides, count, sample, report."""

import os

import numpy as np

from ..classes import ClassInfo
from ..errors import InvalidInput
from ..feedback import Feedback
from ..labels import RasterLabels
from .config import SAMPLING_STRATEGIES, AccuracyResult
from .metrics import ConfusionCounter, confusion_metrics, distinct_counts
from .report import check_output, write_outputs
from .sampling import ALL, RankSelector, allocate, draw_ranks
from .truth import CLASSIFIED, GROUND_TRUTH, ClassifiedGrid, class_names, open_truth


def _check(config):
    points = config.num_random_points
    if isinstance(points, bool) or not isinstance(points, (int, np.integer)) or points < 0:
        raise InvalidInput("NUM_RANDOM_POINTS", "must be a whole number, 0 or more (got {points!r})",
                           "Give the number of random points to assess, or 0 to assess every valid pixel",
                           points=points)
    if config.sampling_strategy not in SAMPLING_STRATEGIES:
        raise InvalidInput("SAMPLING_STRATEGY", "unknown value {sampling_strategy!r}",
                           "Use one of {sampling_strategies}",
                           sampling_strategy=config.sampling_strategy,
                           sampling_strategies=', '.join(SAMPLING_STRATEGIES))
    seed = config.random_seed
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise InvalidInput("RANDOM_SEED", "must be a whole number, 0 or more (got {seed!r})",
                           "Give any whole number of 0 or more; the same seed draws the same points",
                           seed=seed)
    if config.window_pixels < 1:
        raise InvalidInput("window_pixels", "must be at least 1 (got {window_pixels})",
                           "Give the number of pixels to read at a time", window_pixels=config.window_pixels)


def _strips(grid, truth, rows, feedback, done, passes, stats=None):
    """Yield ``(reference, predicted)`` int64 arrays of the pixels valid on both sides, strip by strip
    in row-major order; ``stats`` (a dict) gets the reference pixels without a predicted class."""
    for row_off in range(0, grid.height, rows):
        feedback.check_canceled()
        n = min(rows, grid.height - row_off)
        predicted, predicted_valid = grid.read(row_off, n)
        reference, reference_valid = truth.read(row_off, n, grid.width)
        both = predicted_valid & reference_valid
        if stats is not None:
            stats["no_prediction"] += int(np.count_nonzero(reference_valid & ~predicted_valid))
        yield reference[both], predicted[both]
        feedback.progress(100.0 * (done + (row_off + n) / grid.height) / passes)


def _sampling_text(config, population):
    if not config.num_random_points:
        return "every valid pixel"
    text = (f"{config.num_random_points} {config.sampling_strategy} points, seed {config.random_seed}")
    if config.num_random_points > population:
        text += f" (only {population} valid pixels: all taken)"
    return text


def _as_float(value):
    return None if value is None else float(value)


def compute_accuracy(config, feedback=None):
    """Assess a classified raster against ground truth; return an :class:`AccuracyResult`.

    Both sides are read in strips of whole rows on the classified raster's grid (at most
    ``config.window_pixels`` pixels at a time). Pixels that are NoData on either side are not assessed.
    With ``num_random_points`` 0 every remaining pixel is counted; otherwise a first pass counts the
    pixels of each stratum and a second keeps the random points (:mod:`.sampling`). Writes
    ``out_csv`` (:func:`.report.confusion_table`) and ``out_report`` (HTML) when given; logs the
    metrics. Raises :class:`InvalidInput` naming the parameter for bad input.
    """
    feedback = feedback or Feedback()
    _check(config)
    out_csv = check_output(config.out_csv, "OUT_CSV", (".csv",)) if config.out_csv else None
    out_report = check_output(config.out_report, "OUT_REPORT", (".html",)) if config.out_report else None
    if out_csv and out_csv == out_report:
        raise InvalidInput("OUT_REPORT", "is the same file as OUT_CSV", "Give the report its own file name")
    grid = ClassifiedGrid(config.in_classified_raster)
    truth = None
    try:
        if grid.view.count > 1:
            feedback.log(f"{CLASSIFIED} has {grid.view.count} bands; band 1 holds the classes assessed.")
        truth, truth_names = open_truth(config, grid, feedback.log)
        rows = grid.rows_per_strip(config.window_pixels)
        counter, stats = ConfusionCounter(), {"no_prediction": 0}
        sampled = config.num_random_points > 0
        passes = 2 if sampled else 1
        if not sampled:
            for reference, predicted in _strips(grid, truth, rows, feedback, 0, passes, stats):
                counter.add(reference, predicted)
            population = int(counter.counts.sum())
        else:
            stratified = config.sampling_strategy != "RANDOM"
            strata = {}
            for reference, _predicted in _strips(grid, truth, rows, feedback, 0, passes, stats):
                keys, counts = distinct_counts(reference) if stratified else (
                    np.array([ALL]), np.array([reference.size]))
                for key, count in zip(keys.tolist(), counts.tolist(), strict=True):
                    strata[key] = strata.get(key, 0) + count
            population = sum(strata.values())
            if population:
                allocation = allocate(config.sampling_strategy, strata, config.num_random_points)
                selector = RankSelector(draw_ranks(strata, allocation, config.random_seed))
                for reference, predicted in _strips(grid, truth, rows, feedback, 1, passes):
                    keys = reference if stratified else np.full(reference.size, ALL, np.int64)
                    chosen = selector.pick(keys)
                    counter.add(reference[chosen], predicted[chosen])
        if population == 0:
            raise InvalidInput(GROUND_TRUTH, "no pixel of {classified} has both a class and a reference "
                               "class ({no_prediction} reference pixels lie on NoData of the "
                               "classified raster)", "Give ground truth that overlaps the classified pixels "
                               "(reference value 0 and NoData count as no reference)",
                               classified=CLASSIFIED, no_prediction=stats['no_prediction'])
        if stats["no_prediction"]:
            feedback.log(f"{stats['no_prediction']} reference pixels lie on NoData of {CLASSIFIED} and are "
                         "not assessed.")
    finally:
        if truth is not None:
            truth.close()
        grid.close()

    names = {**truth_names, **class_names(config.in_classified_raster)}
    classes = tuple(ClassInfo(int(v), names.get(int(v), str(int(v)))) for v in counter.values)
    matrix = tuple(tuple(int(x) for x in row) for row in counter.counts)
    metrics = confusion_metrics(matrix)
    sampling = _sampling_text(config, population)
    result = AccuracyResult(
        classes=classes, matrix=matrix, overall_accuracy=_as_float(metrics.overall_accuracy),
        kappa=_as_float(metrics.kappa), mean_iou=_as_float(metrics.mean_iou),
        users_accuracy=tuple(map(_as_float, metrics.users_accuracy)),
        producers_accuracy=tuple(map(_as_float, metrics.producers_accuracy)),
        iou=tuple(map(_as_float, metrics.iou)), f1=tuple(map(_as_float, metrics.f1)),
        valid_pixels=population, sampling=sampling, out_csv=out_csv, out_report=out_report)
    _log(feedback, result)
    truth_text = (os.path.basename(config.in_ground_truth_data.path)
                  if isinstance(config.in_ground_truth_data, RasterLabels)
                  else f"{len(config.in_ground_truth_data.features)} polygons")
    description = [("Classified raster", os.path.basename(str(config.in_classified_raster))),
                   ("Ground truth", truth_text), ("Sampling", sampling)]
    write_outputs(result, description, out_csv, out_report)
    feedback.progress(100.0)
    return result


def _shown(value):
    return "undefined" if value is None else f"{value:.4f}"


def _log(feedback, result):
    feedback.log(f"Assessed {result.total} pixels ({result.sampling}) of {result.valid_pixels} with both a "
                 f"class and a reference class.")
    feedback.log(f"Overall accuracy {_shown(result.overall_accuracy)}, Cohen's kappa {_shown(result.kappa)}, "
                 f"mean IoU {_shown(result.mean_iou)}.")
    for i, c in enumerate(result.classes):
        feedback.log(f"Class {c.value} '{c.name}': {sum(result.matrix[i])} reference pixels, producer's "
                     f"accuracy {_shown(result.producers_accuracy[i])}, user's accuracy "
                     f"{_shown(result.users_accuracy[i])}, IoU {_shown(result.iou[i])}, F1 "
                     f"{_shown(result.f1[i])}.")
