"""Classification pieces without the real model: window grid, blending, accumulator, arguments, class
mapping, model definitions, ONNX metadata — and small ONNX models built here (Deepness-style metadata,
channels-last, probabilities, sigmoid, fixed batch, ModelPadding) run through the whole pipeline."""

import json

import numpy as np
import pytest
import rasterio
from classify_models import conv1x1_model, expected_classes, separable_pixels, write_raster
from helpers import write_json

from pixelwise.engine.classes import ClassInfo
from pixelwise.engine.classify import (
    ClassifyConfig,
    SessionCache,
    classify_pixels,
    load_model_definition,
    parse_arguments,
    resolve_arguments,
    resolve_bands,
)
from pixelwise.engine.classify.blend import RowAccumulator, blend_weights, window_origins
from pixelwise.engine.classify.model import ModelDefinition
from pixelwise.engine.classify.onnx_file import NotOnnx, read_metadata_props
from pixelwise.engine.classify.output import class_mapping, nodata_and_dtype
from pixelwise.engine.dihedral import augment, augmentations, unaugment
from pixelwise.engine.errors import InvalidInput
from pixelwise.engine.feedback import Feedback
from pixelwise.engine.labels import MaskPolygons

IDENTITY = np.eye(3)


# --- window grid -------------------------------------------------------------------------------------

@pytest.mark.parametrize("size, tile, padding, expected", [
    (250, 256, 64, [-64, 64]),                 # smaller than a window: still covered, never dropped
    (256, 256, 64, [-64, 64]),
    (600, 256, 64, [-64, 64, 192, 320, 448]),  # ceil(600 / 128) windows at stride 128
    (100, 64, 0, [0, 64]),                     # no padding: butt-joined windows, the last one padded
    (1, 64, 16, [-16]),
    (129, 256, 64, [-64, 64]),
])
def test_window_origins(size, tile, padding, expected):
    origins = window_origins(size, tile, padding)
    assert origins == expected
    stride = tile - 2 * padding
    inner = np.zeros(size, bool)
    for o in origins:
        inner[max(o + padding, 0):o + padding + stride] = True
    assert inner.all()  # every pixel lies in some window's inner part


def test_window_origins_refuse_padding_that_leaves_no_stride():
    with pytest.raises(ValueError):
        window_origins(100, 64, 32)


def test_blend_weights_are_smooth_positive_and_sum_flat_at_half_overlap():
    w = blend_weights(256, 256)
    assert w.dtype == np.float32 and w.min() > 0 and np.allclose(w, w.T)
    one = blend_weights(1, 256)[0] / blend_weights(1, 256)[0].max()
    total = one[:128] + one[128:]  # two windows overlapping by half: Hann sums to a constant
    assert np.ptp(total) < 1e-5


def test_augmentations_invert():
    x = np.arange(2 * 3 * 4 * 4, dtype=np.float32).reshape(2, 3, 4, 4)
    for square, map_space, count in ((True, True, 8), (False, True, 4), (True, False, 2)):
        variants = augmentations(square, map_space)
        assert len(variants) == count
        for v in variants:
            assert np.array_equal(unaugment(augment(x, v), v), x)
    assert len({augment(x, v).tobytes() for v in augmentations(True, True)}) == 8


def test_row_accumulator_blends_and_releases_rows():
    acc = RowAccumulator(2, width=5, height=6)
    ones = np.ones((4, 4), np.float32)
    acc.add(-1, -1, np.full((2, 4, 4), 1.0, np.float32), ones, np.ones((4, 4), bool))
    acc.add(-1, 2, np.full((2, 4, 4), 3.0, np.float32), ones, np.ones((4, 4), bool))
    scores, valid = acc.pop(2)
    assert scores.shape == (2, 2, 5) and valid.all()
    assert np.allclose(scores[0, 0], [1, 1, 2, 3, 3])  # column 2 holds both windows: their average
    acc.add(2, -1, np.full((2, 4, 4), 5.0, np.float32), ones, np.zeros((4, 4), bool))
    scores, valid = acc.pop(6)
    assert scores.shape == (2, 4, 5)
    assert valid[0, 2] and not valid[1:].any()  # row 3+ only saw NoData; row 4+ no window at all
    assert acc.pop(6) is None


# --- arguments ------------------------------------------------------------------------------------------

def _definition(**kw):
    return ModelDefinition(source="x", model_file="x.onnx", kind="emd", **kw)


@pytest.mark.parametrize("text", [
    "padding=32;batch_size=2;predict_background=false",
    "padding 32;batch_size 2;predict_background False",
    '{"padding": "32", "batch_size": 2, "predict_background": "False"}',
    {"PADDING": 32, "batch_size": "2", "predict_background": False},
    "padding=32\nbatch_size=2\n predict_background = no ",
])
def test_argument_forms(text):
    args = resolve_arguments(parse_arguments(text), _definition(), 256, 256)
    assert (args.padding, args.batch_size, args.predict_background) == (32, 2, False)


def test_argument_defaults_follow_arcgis():
    args = resolve_arguments({}, _definition(), 256, 256)
    assert (args.tile_height, args.padding, args.batch_size) == (256, 64, 4)
    assert not args.test_time_augmentation
    assert args.predict_background  # no classes listed
    esri = _definition(classes=(ClassInfo(1, "a"), ClassInfo(2, "b")), batch_size=9, model_padding=10,
                       tile_height=320, tile_width=320)
    args = resolve_arguments({}, esri, None, None)
    assert not args.predict_background  # class 0 absent among two classes
    assert (args.padding, args.batch_size, args.tile_height) == (10, 9, 320)
    assert resolve_arguments(parse_arguments("tile_size=128"), _definition(), None, None).tile_width == 128


def test_open_input_size_needs_a_tile_size():
    """An open ONNX input with no ImageHeight/ImageWidth and no tile_size: no silent 256."""
    with pytest.raises(InvalidInput) as error:
        resolve_arguments({}, _definition(), None, None)
    assert str(error.value).startswith("ARGUMENTS: the model's input size is open")
    assert "tile_size=256" in str(error.value)


@pytest.mark.parametrize("text, words", [
    ("threshold=0.5", "ARGUMENTS: unknown argument 'threshold'"),
    ("padding=abc", "ARGUMENTS: padding must be a whole number"),
    ("padding=128", "ARGUMENTS: padding 128 leaves no room in a 256×256 window"),
    ("batch_size=0", "ARGUMENTS: batch_size must be a whole number"),
    ("tile_size=512", "ARGUMENTS: tile_size 512 is not possible: the model's input is fixed at 256×256"),
    ("merge_policy=median", "ARGUMENTS: merge_policy must be one of mean, max, min"),
    ("padding", "ARGUMENTS: 'padding' has no value"),
    ("padding=1;padding=2", "ARGUMENTS: padding is given twice"),
])
def test_argument_errors(text, words):
    with pytest.raises(InvalidInput) as err:
        resolve_arguments(parse_arguments(text), _definition(), 256, 256)
    assert str(err.value).startswith(words) and "\n" not in str(err.value)


# --- class mapping and output typing -----------------------------------------------------------------

def test_class_mapping_rules():
    ukis = (ClassInfo(0, "clear"), ClassInfo(1, "cloud"), ClassInfo(2, "shadow"))
    m = class_mapping(ukis, 3)
    assert m.channel_values == (0, 1, 2) and (m.nodata, m.dtype) == (255, "uint8") and m.excluded == ()
    esri = (ClassInfo(1, "a", (1, 2, 3)), ClassInfo(5, "b"))
    m = class_mapping(esri, 3, predict_background=False)  # channel 0 = background, never wins
    assert m.channel_values == (0, 1, 5) and m.excluded == (0,) and m.nodata == 0
    assert [c.value for c in m.classes] == [1, 5]
    m = class_mapping(esri, 3, predict_background=True)
    assert m.classes[0].name == "Background" and m.nodata == 255
    assert class_mapping((), 4).channel_values == (0, 1, 2, 3)
    assert class_mapping((ClassInfo(1, "water"),), 1).channel_values == (0, 1)  # sigmoid: [1 - p, p]
    with pytest.raises(InvalidInput, match="outputs 5 class channels but the definition lists 3"):
        class_mapping(ukis, 5)


@pytest.mark.parametrize("values, expected", [
    ([1, 2, 3], (0, "uint8")),
    ([0, 1, 2], (255, "uint8")),
    ([0, 255], (65535, "uint16")),
    ([1, 255], (0, "uint8")),
    ([0, 300], (65535, "uint16")),
    ([1, 70000], (0, "uint32")),
    ([-1, 0, 5], (-128, "int8")),
    ([-300, 0], (-32768, "int16")),
])
def test_nodata_and_dtype(values, expected):
    assert nodata_and_dtype(values) == expected


# --- model definitions ----------------------------------------------------------------------------------

def test_esri_emd_with_normalization_band_names_and_placeholders(tmp_path):
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    emd = {"Framework": "ONNX", "ModelFile": "m.onnx", "ModelType": "ImageClassification",
           "ExtractBands": ["Blue", "Green", "Red"], "ImageHeight": 64, "ImageWidth": 64,
           "NormalizationStats": {"band_min_values": [0, 0, 0, 0], "band_max_values": [255, 255, 255, 510],
                                  "scaled_mean_values": [0.5, 0.5, 0.5, 0.5],
                                  "scaled_std_values": [0.25, 0.25, 0.25, 0.25]},
           "Classes": [{"ClassValue": 1, "ClassName": "a", "Color": [-1, -1, -1]}]}
    d = load_model_definition(write_json(tmp_path / "m.emd", emd))
    assert d.model_file == model and d.extract_bands == ("Blue", "Green", "Red")
    labels = (("", "red"), ("", "green"), ("", "blue"), ("nir", "undefined"))
    bands = resolve_bands(d.extract_bands, labels, 3)
    assert bands == (2, 1, 0)
    scale, offset = d.normalization.affine(bands, 4)  # stats indexed by original band
    assert np.allclose(scale, 1 / (255 * 0.25)) and np.allclose(offset, -0.5 / 0.25)
    assert d.classes[0].name == "a" and len(d.classes[0].color) == 3
    assert resolve_bands(("nir", 0), labels, 2) == (3, 0)
    with pytest.raises(InvalidInput, match="IN_RASTER: has no band named 'Thermal'"):
        resolve_bands(("Thermal",), labels, 1)
    emd["ImageHeight"] = "e.g. 256"
    with pytest.raises(InvalidInput, match="ImageHeight must be a number"):
        load_model_definition(write_json(tmp_path / "bad.emd", emd))


def test_emd_as_json_text(tmp_path, monkeypatch):
    conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    monkeypatch.chdir(tmp_path)
    d = load_model_definition(json.dumps({"Framework": "ONNX", "ModelFile": "m.onnx"}))
    assert d.model_file == str(tmp_path / "m.onnx") and d.kind == "emd"


def test_onnx_sidecar_emd_wins_over_metadata(tmp_path):
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY, metadata={"class_names": ["x", "y", "z"]})
    assert load_model_definition(model).classes[2].name == "z"
    write_json(tmp_path / "m.emd", {"Framework": "ONNX", "Classes": [{"Value": v, "Name": n} for v, n in
                                                                      ((1, "a"), (2, "b"), (3, "c"))]})
    d = load_model_definition(model)
    assert [c.name for c in d.classes] == ["a", "b", "c"] and d.model_file == model


def test_deepness_metadata(tmp_path):
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY, metadata={
        "model_type": "Segmentor", "class_names": "{0: 'soil', 1: 'crop', 2: 'weed'}",
        "standardization_mean": [0.5, 0.5, 0.5], "standardization_std": [0.25, 0.25, 0.25],
        "tiles_size": 128, "tiles_overlap": 25, "resolution": 3.0})
    d = load_model_definition(model)
    assert (d.kind, d.tile_height, d.default_padding, d.resolution) == ("onnx", 128, 16, 3.0)
    assert [(c.value, c.name) for c in d.classes] == [(0, "soil"), (1, "crop"), (2, "weed")]
    scale, offset = d.normalization.affine((0, 1, 2), 3)  # (x / 255 - 0.5) / 0.25
    assert np.allclose(scale, 1 / (255 * 0.25)) and np.allclose(offset, -2.0)
    bad = conv1x1_model(tmp_path / "det.onnx", IDENTITY, metadata={"model_type": "Detector"})
    with pytest.raises(InvalidInput, match="ModelType 'Detector' is not a pixel classification model"):
        load_model_definition(bad)


def test_read_metadata_props_without_onnx_runtime(tmp_path):
    metadata = {"class_names": {"0": "a"}, "tiles_size": 64}
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY, metadata=metadata)
    assert read_metadata_props(model) == {"class_names": '{"0": "a"}', "tiles_size": "64"}
    (tmp_path / "junk.onnx").write_bytes(np.random.default_rng(1).bytes(4096))
    with pytest.raises(NotOnnx):
        read_metadata_props(tmp_path / "junk.onnx")


# --- small models through the whole pipeline -------------------------------------------------------------

@pytest.fixture(scope="module")
def sessions():
    return SessionCache()


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    """A 3-band uint8 raster of 203 × 317 pixels (not a multiple of any window) with clear winners."""
    pixels = separable_pixels(203, 317)
    return write_raster(tmp_path_factory.mktemp("scene") / "scene.tif", pixels), pixels


def _classify(in_raster, model, out, sessions, **kwargs):
    result = classify_pixels(ClassifyConfig(str(in_raster), str(model), str(out), **kwargs), Feedback(),
                             sessions=sessions)
    with rasterio.open(result.out_classified_raster) as ds:
        return result, ds.read(1)


@pytest.mark.parametrize("model_kw, args", [
    ({}, "tile_size=64;padding=16;batch_size=3"),
    ({"tile": 64}, "padding=8;batch_size=5"),
    ({"tile": 64, "batch": 1}, "padding=16;batch_size=4"),  # graph with a fixed batch of 1
    ({"nhwc": True}, "tile_size=96;padding=24"),
    ({"softmax": True}, "tile_size=64;padding=16"),  # probabilities are blended directly
    ({}, "tile_size=64;padding=16;test_time_augmentation=True;merge_policy=max"),
    ({}, "tile_size=512;padding=0"),  # one window larger than the raster
])
def test_tiling_reproduces_the_per_pixel_model_exactly(scene, sessions, tmp_path, model_kw, args):
    in_raster, pixels = scene
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY, bias=[0.0, 0.01, 0.02],
                          metadata={"class_names": {"0": "r", "1": "g", "2": "b"}}, **model_kw)
    result, classes = _classify(in_raster, model, tmp_path / "out.tif", sessions, arguments=args)
    assert np.array_equal(classes, expected_classes(pixels, IDENTITY, [0.0, 0.01, 0.02]))
    assert result.windows_skipped == 0


def test_model_padding_crops_the_output(scene, sessions, tmp_path):
    in_raster, pixels = scene
    conv1x1_model(tmp_path / "m.onnx", IDENTITY, tile=64, crop=8)
    emd = write_json(tmp_path / "m.emd", {"Framework": "ONNX", "ModelFile": "m.onnx", "ModelPadding": 8,
                                           "NormalizationStats": {"band_mean_values": [0],
                                                                  "band_std_values": [255]}})
    result, classes = _classify(in_raster, emd, tmp_path / "out.tif", sessions)
    assert result.padding == 8
    assert np.array_equal(classes, expected_classes(pixels, IDENTITY))


def test_sigmoid_model_with_one_class(scene, sessions, tmp_path):
    in_raster, pixels = scene
    weights = np.array([[1.0, -1.0, 0.0]])
    model = conv1x1_model(tmp_path / "m.onnx", weights, sigmoid=True, metadata={"class_names": ["water"]})
    emd = write_json(tmp_path / "m.emd", {"Framework": "ONNX", "ModelFile": "m.onnx", "ImageHeight": 64,
                                           "ImageWidth": 64, "Classes": [{"Value": 7, "Name": "water"}],
                                           "NormalizationStats": {"band_mean_values": [0],
                                                                  "band_std_values": [255]}})
    result, classes = _classify(in_raster, emd, tmp_path / "out.tif", sessions)
    assert model
    expected = np.where(pixels[0].astype(int) > pixels[1].astype(int), 7, 0)
    unsure = pixels[0] == pixels[1]
    assert np.array_equal(classes[~unsure], expected[~unsure])
    assert [c.value for c in result.classes] == [0, 7] and result.nodata == 255


def test_esri_background_channel_is_not_predicted_by_default(scene, sessions, tmp_path):
    in_raster, pixels = scene
    conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    emd = {"Framework": "ONNX", "ModelFile": "m.onnx", "ImageHeight": 64, "ImageWidth": 64,
           "Classes": [{"Value": 10, "Name": "a"}, {"Value": 20, "Name": "b"}]}
    result, classes = _classify(in_raster, write_json(tmp_path / "m.emd", emd), tmp_path / "o.tif", sessions)
    winners = expected_classes(pixels, IDENTITY)
    runner_up = np.where(pixels[1] >= pixels[2], 1, 2)  # ties: the first channel wins
    expected = np.where(winners == 0, runner_up, winners)
    assert np.array_equal(classes, np.array([0, 10, 20])[expected])
    assert result.nodata == 0 and [c.value for c in result.classes] == [10, 20]
    result, classes = _classify(in_raster, write_json(tmp_path / "m.emd", emd), tmp_path / "o2.tif", sessions,
                                arguments="predict_background=True")
    assert np.array_equal(classes, np.array([0, 10, 20])[winners]) and result.nodata == 255


def test_mask_polygons_extent_and_cell_size(scene, sessions, tmp_path):
    in_raster, pixels = scene
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY, tile=64)
    with rasterio.open(in_raster) as ds:
        t, crs = ds.transform, ds.crs
    x0, y0 = t * (0, 0)
    x1, y1 = t * (100, 203)  # left 100 columns
    mask = MaskPolygons(({"type": "Polygon", "coordinates": [[(x0, y0), (x1, y0), (x1, y1), (x0, y1),
                                                              (x0, y0)]]},), crs.to_wkt())
    result, classes = _classify(in_raster, model, tmp_path / "masked.tif", sessions, in_mask_polygons=mask,
                                arguments="padding=16")
    expected = expected_classes(pixels, IDENTITY)
    assert np.array_equal(classes[:, :100], expected[:, :100])
    assert (classes[:, 100:] == 255).all() and result.windows_skipped > 0
    extent = (x0 + 50 * t.a, y1 + 3 * abs(t.e), x0 + 250 * t.a, y0 - 20 * abs(t.e))
    result, classes = _classify(in_raster, model, tmp_path / "extent.tif", sessions, extent=extent)
    assert classes.shape == (180, 200)
    assert np.array_equal(classes, expected[20:200, 50:250])
    result, classes = _classify(in_raster, model, tmp_path / "coarse.tif", sessions, cell_size=20.0)
    with rasterio.open(result.out_classified_raster) as ds:
        assert ds.res == (20.0, 20.0) and (ds.width, ds.height) == (159, 102)


def test_streaming_keeps_only_open_rows(sessions, tmp_path, monkeypatch):
    """A tall raster: the accumulator never holds more than a window's rows, whatever the height."""
    from pixelwise.engine.classify import blend

    pixels = separable_pixels(1500, 40, seed=3)
    in_raster = write_raster(tmp_path / "tall.tif", pixels)
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    held = []
    reserve = blend.RowAccumulator._reserve

    def spy(self, bottom):
        reserve(self, bottom)
        held.append(self.weights.shape[0])

    monkeypatch.setattr(blend.RowAccumulator, "_reserve", spy)
    result, classes = _classify(in_raster, model, tmp_path / "out.tif", sessions,
                                arguments="tile_size=64;padding=16;batch_size=2")
    assert np.array_equal(classes, expected_classes(pixels, IDENTITY))
    assert max(held) <= 64


def test_all_nodata_raster_gives_all_nodata(sessions, tmp_path):
    pixels = np.zeros((3, 70, 90), np.uint8)
    in_raster = write_raster(tmp_path / "empty.tif", pixels, nodata=0)
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    result, classes = _classify(in_raster, model, tmp_path / "out.tif", sessions, arguments="tile_size=32")
    assert result.windows_run == 0 and result.nodata_count == 70 * 90
    assert (classes == result.nodata).all()
