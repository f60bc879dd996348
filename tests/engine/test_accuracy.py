"""Compute Accuracy (engine): every metric of a hand-computed 3-class case, polygons vs the same ground
truth as a raster on real New Brunswick land cover, reproducible stratified sampling, streaming against
a whole-array numpy oracle, and one-line errors naming the parameter."""

import csv
import json
from fractions import Fraction

import lxml.html
import numpy as np
import pytest
import rasterio
from helpers import flipped_landcover
from osgeo import gdal, ogr
from rasterio.transform import Affine

from pixelwise.engine.accuracy import AccuracyConfig, compute_accuracy
from pixelwise.engine.accuracy.sampling import allocate
from pixelwise.engine.classes import classes_from_values
from pixelwise.engine.classify.output import class_mapping, write_class_table
from pixelwise.engine.errors import Cancelled, InvalidInput
from pixelwise.engine.export import ClassInfo, LabelFeature, RasterLabels, VectorLabels
from pixelwise.engine.feedback import Feedback

gdal.UseExceptions()

TRANSFORM = Affine(10.0, 0.0, 500000.0, 0.0, -10.0, 4000000.0)
CRS = "EPSG:32633"

# The hand-computed case: 0 is NoData on both sides (the reference's [2][4], the prediction's [3][1]).
REFERENCE = [[1, 1, 1, 2, 2],
             [1, 1, 2, 2, 2],
             [3, 3, 3, 2, 0],
             [3, 3, 1, 2, 2]]
PREDICTED = [[1, 1, 2, 2, 2],
             [1, 3, 2, 2, 1],
             [3, 3, 2, 2, 1],
             [3, 0, 1, 2, 3]]
# Counted by hand from the 18 pixels valid on both sides: rows reference 1, 2, 3; columns predicted.
MATRIX = ((4, 1, 1),
          (1, 6, 1),
          (0, 1, 3))
# Row totals 6, 8, 4; column totals 5, 8, 5; diagonal 4, 6, 3; n = 18.
OVERALL = Fraction(13, 18)
# pe = (6·5 + 8·8 + 4·5) / 18² = 114/324 = 19/54; kappa = (13/18 − 19/54) / (1 − 19/54) = 20/35.
KAPPA = Fraction(4, 7)
USERS = (Fraction(4, 5), Fraction(6, 8), Fraction(3, 5))
PRODUCERS = (Fraction(4, 6), Fraction(6, 8), Fraction(3, 4))
IOU = (Fraction(4, 7), Fraction(6, 10), Fraction(3, 6))       # TP / (TP + FP + FN)
F1 = (Fraction(8, 11), Fraction(12, 16), Fraction(6, 9))       # 2TP / (2TP + FP + FN)
MEAN_IOU = Fraction(39, 70)                                    # (4/7 + 3/5 + 1/2) / 3
NAMES = ("forest", "water", "road")


def write_raster(path, array, nodata=0, transform=TRANSFORM, crs=CRS, **profile):
    array = np.asarray(array)
    with rasterio.open(path, "w", driver="GTiff", width=array.shape[1], height=array.shape[0], count=1,
                       dtype=array.dtype, crs=crs, transform=transform, nodata=nodata, **profile) as ds:
        ds.write(array, 1)
    return str(path)


def oracle(reference, predicted, reference_valid, predicted_valid):
    """(classes, matrix) counted over whole arrays with plain numpy: the independent reference."""
    both = reference_valid & predicted_valid
    ref, pred = reference[both].astype(np.int64), predicted[both].astype(np.int64)
    classes = np.union1d(ref, pred)
    matrix = np.zeros((len(classes), len(classes)), np.int64)
    np.add.at(matrix, (np.searchsorted(classes, ref), np.searchsorted(classes, pred)), 1)
    return tuple(int(c) for c in classes), tuple(tuple(int(x) for x in row) for row in matrix)


def run(classified, ground_truth, log=None, **kwargs):
    lines = [] if log is None else log
    return compute_accuracy(AccuracyConfig(str(classified), ground_truth, **kwargs),
                            Feedback(log=lines.append))


@pytest.fixture(scope="module")
def hand_case(tmp_path_factory):
    """The 4 × 5 case; the classified raster carries class names as Classify Pixels writes them."""
    folder = tmp_path_factory.mktemp("hand")
    reference = write_raster(folder / "reference.tif", np.array(REFERENCE, np.uint8))
    classified = write_raster(folder / "classified.tif", np.array(PREDICTED, np.uint8))
    mapping = class_mapping([ClassInfo(v, n) for v, n in zip((1, 2, 3), NAMES, strict=True)], 3)
    write_class_table(classified, mapping, {})
    return {"folder": folder, "reference": reference, "classified": classified}


def test_hand_computed_three_class_case_checks_every_metric_exactly(hand_case):
    folder = hand_case["folder"]
    log = []
    result = run(hand_case["classified"], RasterLabels(hand_case["reference"]), log,
                 out_csv=str(folder / "matrix.csv"), out_report=str(folder / "report.html"))
    assert [(c.value, c.name) for c in result.classes] == [(1, "forest"), (2, "water"), (3, "road")]
    assert result.matrix == MATRIX
    assert result.total == result.valid_pixels == 18
    # Floats are the exact fractions correctly rounded: compared with ==, not approx.
    assert result.overall_accuracy == float(OVERALL)
    assert result.kappa == float(KAPPA)
    assert result.mean_iou == float(MEAN_IOU)
    assert result.users_accuracy == tuple(map(float, USERS))
    assert result.producers_accuracy == tuple(map(float, PRODUCERS))
    assert result.iou == tuple(map(float, IOU))
    assert result.f1 == tuple(map(float, F1))
    assert any("Overall accuracy 0.7222, Cohen's kappa 0.5714, mean IoU 0.5571" in line for line in log), log
    assert any("Class 3 'road': 4 reference pixels" in line for line in log), log

    with open(folder / "matrix.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["ClassValue", "ClassName", "C_1", "C_2", "C_3", "Total", "ProducersAccuracy", "IoU",
                       "F1"]
    assert rows[1] == ["1", "forest", "4", "1", "1", "6", repr(2 / 3), repr(4 / 7), repr(8 / 11)]
    assert rows[2] == ["2", "water", "1", "6", "1", "8", "0.75", "0.6", "0.75"]
    assert rows[3] == ["3", "road", "0", "1", "3", "4", "0.75", "0.5", repr(2 / 3)]
    assert rows[4] == ["", "Total", "5", "8", "5", "18", "", "", ""]
    assert rows[5] == ["", "UsersAccuracy", "0.8", "0.75", "0.6", "", repr(13 / 18), "", ""]
    assert len(rows) == 6

    page = lxml.html.parse(str(folder / "report.html")).getroot()
    matrix = page.find_class("matrix")[0]
    cells = [[td.text_content() for td in tr.findall("td")] for tr in matrix.findall("tr")]
    assert [row[:3] for row in cells[1:4]] == [[str(x) for x in row] for row in MATRIX]
    assert "background-color" in matrix.findall("tr")[1].findall("td")[0].get("style")
    summary = page.text_content()
    assert "72.22 %" in summary and "0.5714" in summary and "0.5571" in summary
    assert not page.xpath("//script")


def test_polygons_give_the_same_matrix_as_the_same_ground_truth_rasterised(tmp_path):
    """The hand case's reference as one square polygon per pixel: the same matrix."""
    polygons = []
    for row, line in enumerate(REFERENCE):
        for col, value in enumerate(line):
            if value:
                x0, y0 = TRANSFORM * (col, row)
                x1, y1 = TRANSFORM * (col + 1, row + 1)
                ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
                polygons.append(LabelFeature({"type": "Polygon", "coordinates": [ring]}, value))
    classes = tuple(ClassInfo(v, str(v)) for v in (1, 2, 3))
    classified = write_raster(tmp_path / "classified.tif", np.array(PREDICTED, np.uint8))
    result = run(classified, VectorLabels(tuple(polygons), classes, CRS))
    assert result.matrix == MATRIX and result.kappa == float(KAPPA)


# --- real data: New Brunswick land cover ------------------------------------------------------------

@pytest.fixture(scope="module")
def landcover(nb, tmp_path_factory):
    """Quatreclasses rasterised with GDAL (NoData 0) as the reference raster, and a "classified" raster
    made from it with 20 % of the pixels flipped at random (seed 1) and the unlabelled pixels filled."""
    folder = tmp_path_factory.mktemp("landcover")
    path, classified, truth, predicted = flipped_landcover(nb["tile1"], nb["gpkg"], str(folder))
    expected = oracle(truth, predicted, truth > 0, np.ones(truth.shape, bool))
    return {"reference": path, "classified": classified, "truth": truth, "predicted": predicted,
            "expected": expected, "folder": folder}


def text_labels(path, field):
    """Polygons of a vector file with the text of ``field`` as class names (classes 1…n), read with OGR."""
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    geometries, texts = [], []
    for feature in layer:
        geometries.append(json.loads(feature.GetGeometryRef().ExportToJson()))
        texts.append(feature.GetField(field))
    values, classes = classes_from_values(texts, True)
    features = tuple(LabelFeature(g, v) for g, v in zip(geometries, values, strict=True))
    return VectorLabels(features, classes, layer.GetSpatialRef().ExportToWkt())


def by_value(result):
    return tuple(c.value for c in result.classes), result.matrix


def test_real_polygons_and_their_rasterisation_give_the_same_matrix(nb, landcover):
    from_raster = run(landcover["classified"], RasterLabels(landcover["reference"]))
    # Quatreclasses is text ("1" … "4", "255"): no class name matches, so the numbers are the values.
    from_polygons = run(landcover["classified"], nb["labels"], match_class_names=True)
    # Niveau_2 names the same classes ("Vegetation", …): matched to the classified raster's names.
    by_names = run(landcover["classified"], text_labels(nb["gpkg"], "Niveau_2"), match_class_names=True)
    assert by_value(from_raster) == by_value(from_polygons) == by_value(by_names) == landcover["expected"]
    assert from_raster.total > 30000
    assert [c.name for c in by_names.classes] == ["Vegetation", "Hydro", "Road", "Building", "Train"]
    assert from_polygons.kappa == from_raster.kappa == by_names.kappa


def test_ground_truth_on_another_grid_is_resampled_nearest(landcover, tmp_path):
    """A crop of the reference (no NoData, so the outside is known only from the warp's alpha) and a
    2 m version of it: read on the classified raster's 0.5 m grid."""
    truth, predicted = landcover["truth"], landcover["predicted"]
    with rasterio.open(landcover["reference"]) as ds:
        transform, crs = ds.transform, ds.crs
    crop = truth[40:240, 30:200]
    cropped = write_raster(tmp_path / "crop.tif", crop, nodata=None, crs=crs,
                           transform=transform * Affine.translation(30, 40))
    inside = np.zeros(truth.shape, bool)
    inside[40:240, 30:200] = True
    result = run(landcover["classified"], RasterLabels(cropped))
    assert by_value(result) == oracle(truth, predicted, inside & (truth > 0), inside)

    coarse = truth[0:340:4, 0:280:4]  # the pixel at each 2 m cell's upper left, as its value
    coarse_path = write_raster(tmp_path / "coarse.tif", coarse, crs=crs,
                               transform=transform * Affine.scale(4))
    upsampled = np.repeat(np.repeat(coarse, 4, axis=0), 4, axis=1)[:truth.shape[0], :truth.shape[1]]
    covered = np.zeros(truth.shape, bool)
    covered[:340, :280] = True
    result = run(landcover["classified"], RasterLabels(coarse_path))
    assert by_value(result) == oracle(np.pad(upsampled, ((0, truth.shape[0] - 340), (0, 0))), predicted,
                                      covered & (np.pad(upsampled, ((0, truth.shape[0] - 340), (0, 0))) > 0),
                                      covered)


def test_streaming_in_small_strips_equals_the_whole_array_oracle(landcover):
    # 1 000 pixels: strips of 3 rows of 280, smaller than the file's 9-row blocks; 113 strips.
    result = run(landcover["classified"], RasterLabels(landcover["reference"]), window_pixels=1000)
    assert by_value(result) == landcover["expected"]


def test_streaming_a_tiled_raster_of_many_blocks_with_negative_classes(tmp_path):
    rng = np.random.default_rng(7)
    truth = rng.integers(-3, 4, size=(700, 1000)).astype(np.int16)  # 0 = no reference
    predicted = np.where(rng.random(truth.shape) < 0.7, truth, rng.integers(-3, 4, size=truth.shape))
    predicted = predicted.astype(np.int16)
    predicted[rng.random(truth.shape) < 0.05] = -32768  # NoData
    tiled = dict(tiled=True, blockxsize=128, blockysize=128)
    reference = write_raster(tmp_path / "reference.tif", truth, nodata=None, **tiled)
    classified = write_raster(tmp_path / "classified.tif", predicted, nodata=-32768, **tiled)
    result = run(classified, RasterLabels(reference), window_pixels=130_000)  # 128-row strips
    assert by_value(result) == oracle(truth, predicted, truth != 0, predicted != -32768)
    assert result.classes[0].value == -3


# --- sampling --------------------------------------------------------------------------------------

def test_allocation_rules():
    # Proportional: 7 · (50, 30, 20) / 100 = 3.5, 2.1, 1.4 → 3, 2, 1 and the leftover point to the
    # largest remainder (class 1).
    assert allocate("STRATIFIED_RANDOM", {1: 50, 2: 30, 3: 20}, 7) == {1: 4, 2: 2, 3: 1}
    # Ties in the remainder go to the smaller class value.
    assert allocate("STRATIFIED_RANDOM", {1: 10, 2: 10, 3: 10}, 4) == {1: 2, 2: 1, 3: 1}
    # Equalized: 12 over 3 classes; class 1 has only 2 pixels, so its share goes to the others.
    assert allocate("EQUALIZED_STRATIFIED_RANDOM", {1: 2, 2: 30, 3: 20}, 12) == {1: 2, 2: 5, 3: 5}
    assert allocate("EQUALIZED_STRATIFIED_RANDOM", {1: 40, 2: 30, 3: 20}, 11) == {1: 4, 2: 4, 3: 3}
    assert allocate("RANDOM", {0: 1000}, 25) == {0: 25}
    # More points than pixels: every pixel.
    assert allocate("STRATIFIED_RANDOM", {1: 3, 2: 4}, 100) == {1: 3, 2: 4}


@pytest.mark.parametrize("strategy", ["STRATIFIED_RANDOM", "EQUALIZED_STRATIFIED_RANDOM", "RANDOM"])
def test_sampling_is_reproducible_with_a_seed(landcover, strategy):
    truth_counts = dict(zip(*np.unique(landcover["truth"][landcover["truth"] > 0], return_counts=True),
                            strict=True))
    truth_counts = {int(k): int(v) for k, v in truth_counts.items()}
    ground_truth = RasterLabels(landcover["reference"])

    def sample(seed, window_pixels=1 << 20):
        return run(landcover["classified"], ground_truth, num_random_points=500, sampling_strategy=strategy,
                   random_seed=seed, window_pixels=window_pixels)

    first, again, other = sample(42), sample(42), sample(43)
    assert first.total == 500 == again.total == other.total
    assert first.valid_pixels == sum(truth_counts.values())
    assert by_value(first) == by_value(again)
    assert first.matrix != other.matrix
    # The ranks follow the raster's row-major order: strips of 3 rows draw the same points.
    assert by_value(sample(42, window_pixels=1000)) == by_value(first)
    # Sampled pixels are real pixels: no cell exceeds the full matrix.
    full_classes, full = landcover["expected"]
    index = [full_classes.index(c.value) for c in first.classes]
    assert all(first.matrix[i][j] <= full[index[i]][index[j]]
               for i in range(len(index)) for j in range(len(index)))
    per_class = {k: v for k, v in first.points_per_class.items() if v}
    if strategy == "STRATIFIED_RANDOM":
        assert per_class == allocate(strategy, truth_counts, 500)
        # 500 · (10031, 13429, 4999, 3580) / 32039 = 156.54, 209.57, 78.01, 55.87: floors 156, 209, 78,
        # 55 (498); the 2 points left go to the largest remainders, classes 4 (.87) and 2 (.57).
        assert per_class == {1: 156, 2: 210, 3: 78, 4: 56}
    elif strategy == "EQUALIZED_STRATIFIED_RANDOM":
        assert per_class == {1: 125, 2: 125, 3: 125, 4: 125}


def test_more_points_than_pixels_assesses_every_pixel(hand_case):
    log = []
    result = run(hand_case["classified"], RasterLabels(hand_case["reference"]), log, num_random_points=1000)
    assert result.matrix == MATRIX
    assert "only 18 valid pixels: all taken" in result.sampling


def test_cancel_writes_nothing(hand_case, tmp_path):
    config = AccuracyConfig(hand_case["classified"], RasterLabels(hand_case["reference"]),
                            out_csv=str(tmp_path / "matrix.csv"), out_report=str(tmp_path / "report.html"))
    with pytest.raises(Cancelled):
        compute_accuracy(config, Feedback(is_canceled=lambda: True))
    assert list(tmp_path.iterdir()) == []


# --- bad input ------------------------------------------------------------------------------------

def one_line_error(parameter, **kwargs):
    with pytest.raises(InvalidInput) as caught:
        compute_accuracy(AccuracyConfig(**kwargs))
    message = str(caught.value)
    assert message.startswith(f"{parameter}: ") and "\n" not in message, message
    return message


def test_bad_input_is_one_line_naming_the_parameter(hand_case, tmp_path):
    base = {"in_classified_raster": hand_case["classified"],
            "in_ground_truth_data": RasterLabels(hand_case["reference"])}
    one_line_error("NUM_RANDOM_POINTS", **base, num_random_points=-5)
    one_line_error("SAMPLING_STRATEGY", **base, num_random_points=5, sampling_strategy="STRATIFIED")
    one_line_error("RANDOM_SEED", **base, random_seed=-1)
    far = write_raster(tmp_path / "far.tif", np.array(REFERENCE, np.uint8),
                       transform=Affine(10.0, 0.0, 100000.0, 0.0, -10.0, 1000000.0))
    assert "does not overlap" in one_line_error("IN_GROUND_TRUTH_DATA", **{**base, "in_ground_truth_data":
                                                                             RasterLabels(far)})
    floats = write_raster(tmp_path / "floats.tif", np.array(PREDICTED, np.float32))
    one_line_error("IN_CLASSIFIED_RASTER", **{**base, "in_classified_raster": floats})
    one_line_error("OUT_CSV", **base, out_csv=str(tmp_path))

    square = {"type": "Polygon", "coordinates": [[[500000, 4000000], [500050, 4000000], [500050, 3999960],
                                                  [500000, 3999960], [500000, 4000000]]]}
    unknown = VectorLabels((LabelFeature(square, 1),), (ClassInfo(1, "glacier"),), CRS)
    message = one_line_error("CLASS_VALUE_FIELD", **{**base, "in_ground_truth_data": unknown},
                             match_class_names=True)
    assert "'glacier'" in message and "'forest'" in message
    no_crs = VectorLabels((LabelFeature(square, 1),), (ClassInfo(1, "1"),), None)
    one_line_error("IN_GROUND_TRUTH_DATA", **{**base, "in_ground_truth_data": no_crs})


def test_unmatched_class_names_become_reference_classes_of_their_own(hand_case):
    """'forest' is class 1 of the classified raster; 'glacier' is none of its classes."""
    left = {"type": "Polygon", "coordinates": [[[500000, 4000000], [500020, 4000000], [500020, 3999980],
                                                [500000, 3999980], [500000, 4000000]]]}
    right = json.loads(json.dumps(left).replace("500000", "500030").replace("500020", "500050"))
    labels = VectorLabels((LabelFeature(left, 1), LabelFeature(right, 2)),
                          (ClassInfo(1, "Forest "), ClassInfo(2, "glacier")), CRS)
    log = []
    result = run(hand_case["classified"], labels, log, match_class_names=True)
    # Left square: rows 0-1, cols 0-1 (predicted 1, 1, 1, 3); right: rows 0-1, cols 3-4 (2, 2, 2, 1).
    assert [(c.value, c.name) for c in result.classes] == [(1, "forest"), (2, "water"), (3, "road"),
                                                           (256, "glacier")]
    assert result.matrix == ((3, 0, 1, 0), (0, 0, 0, 0), (0, 0, 0, 0), (1, 3, 0, 0))
    assert any("'glacier'" in line for line in log), log
