"""Model definitions from strangers: every field of an EMD and of Deepness-style ONNX metadata, with
arbitrary values (hypothesis), ends in a classification with a valid output or in one InvalidInput naming
IN_MODEL_DEFINITION — never another exception, never a silently wrong map. The cases an independent
round found (tracebacks and wrong maps) are pinned here too; tests/headless/test_qgis_process_model_fields.py
runs them through qgis_process."""

import json

import numpy as np
import pytest
import rasterio
from classify_models import conv1x1_model, write_raster
from helpers import HOSTILE_BASE, HOSTILE_EMDS, HOSTILE_METADATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pixelwise.engine.classify import ClassifyConfig, SessionCache, classify_pixels
from pixelwise.engine.errors import InvalidInput
from pixelwise.engine.feedback import Feedback

BASE = HOSTILE_BASE
EMD_FIELDS = ("Framework", "ModelType", "ImageHeight", "ImageWidth", "ExtractBands", "DataRange",
              "NormalizationStats", "Classes", "ModelPadding", "BatchSize", "SupportsVariableTileSize",
              "ignore_mapped_class", "ImageSpaceUsed", "ModelFormat", "DoNormalize", "InferenceFunction")
META_FIELDS = ("class_names", "standardization_mean", "standardization_std", "tile_size", "tiles_overlap",
               "resolution", "model_type")
EXAMPLES = 500

# Any JSON value, NaN, infinities and numbers far out of range included, a few levels deep.
scalars = (st.none() | st.booleans() | st.integers(min_value=-2 ** 40, max_value=2 ** 40)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12)
           | st.sampled_from(["NaN", "Infinity", "1e999", "-1", "0", "256", "abc", "true", "NCHW"]))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8) | st.sampled_from(["Value", "Name", "Color",
                                                                                  "band_mean_values",
                                                                                  "band_std_values"]),
                                        inner, max_size=4), max_leaves=12)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("model_fields")
    pixels = np.random.default_rng(0).integers(0, 256, (3, 24, 24)).astype(np.uint8)
    return {"folder": folder, "raster": write_raster(folder / "r.tif", pixels),
            "model": conv1x1_model(folder / "m.onnx", np.eye(3)), "sessions": SessionCache(), "n": [0]}


def _classify(world, definition, arguments=None):
    world["n"][0] += 1
    out = world["folder"] / f"out{world['n'][0]}.tif"
    result = classify_pixels(ClassifyConfig(world["raster"], str(definition), str(out), arguments=arguments,
                                            processor_type="CPU"), Feedback(), world["sessions"])
    with rasterio.open(out) as ds:
        data = ds.read(1)
        assert ds.nodata is not None
    possible = {c.value for c in result.classes} | {int(ds.nodata)}
    assert set(np.unique(data).tolist()) <= possible  # never a value no class has
    return result, data


def _refused_in_one_line(err):
    message = err.message()
    assert message.startswith("IN_MODEL_DEFINITION: ") or message.startswith("ARGUMENTS: ") \
        or message.startswith("IN_RASTER: "), message
    assert "\n" not in message


def _run_or_refuse(world, definition):
    try:
        _classify(world, definition)
    except InvalidInput as err:
        _refused_in_one_line(err)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(field=st.sampled_from(EMD_FIELDS), value=values)
def test_any_value_in_any_emd_field(world, field, value):
    path = world["folder"] / "e.emd"
    path.write_text(json.dumps({**BASE, field: value}, allow_nan=True), encoding="utf-8")
    _run_or_refuse(world, path)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(field=st.sampled_from(META_FIELDS), value=values, as_text=st.booleans())
def test_any_value_in_any_onnx_metadata_field(world, field, value, as_text):
    world["n"][0] += 1
    text = value if as_text and isinstance(value, str) else json.dumps(value, allow_nan=True)
    metadata = {"tile_size": "16", field: text}
    model = conv1x1_model(world["folder"] / f"meta{world['n'][0]}.onnx", np.eye(3), metadata=metadata)
    _run_or_refuse(world, model)


def _emd(world, name, text):
    path = world["folder"] / f"{name}.emd"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(HOSTILE_EMDS))
def test_hostile_emd_fields_are_one_line_errors(world, name):
    text, says = HOSTILE_EMDS[name]
    with pytest.raises(InvalidInput) as caught:
        _classify(world, _emd(world, name, text))
    _refused_in_one_line(caught.value)
    assert says in caught.value.message()


@pytest.mark.parametrize("name", sorted(HOSTILE_METADATA))
def test_hostile_onnx_metadata_is_one_line_errors(world, name):
    metadata, says = HOSTILE_METADATA[name]
    world["n"][0] += 1
    model = conv1x1_model(world["folder"] / f"hostile{world['n'][0]}.onnx", np.eye(3), metadata=metadata)
    with pytest.raises(InvalidInput) as caught:
        _classify(world, model)
    _refused_in_one_line(caught.value)
    assert says in caught.value.message()


def test_scores_that_are_all_nan_are_refused(world):
    model = conv1x1_model(world["folder"] / "nan.onnx", np.eye(3), bias=[np.nan, 0, 0])
    definition = _emd(world, "nan", json.dumps({**BASE, "ModelFile": "nan.onnx"}))
    with pytest.raises(InvalidInput, match="NaN or infinite scores for every pixel"):
        _classify(world, definition)
    assert model


def test_nan_scores_for_some_pixels_become_nodata_and_are_counted(world, tmp_path):
    """A model dividing by band 1: where band 1 is 0 its scores are infinite or NaN. Those pixels are
    NoData, the log counts them, and every other pixel has the class a 1 × 1 model gives it."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    pixels = np.random.default_rng(1).integers(1, 256, (3, 24, 24)).astype(np.uint8)
    pixels[0, :5, :7] = 0  # 35 pixels
    raster = write_raster(tmp_path / "zeros.tif", pixels)
    inits = [numpy_helper.from_array(np.eye(3, dtype=np.float32).reshape(3, 3, 1, 1), "W"),
             numpy_helper.from_array(np.array([0], np.int64), "s"),
             numpy_helper.from_array(np.array([1], np.int64), "e"),
             numpy_helper.from_array(np.array([1], np.int64), "a")]
    nodes = [helper.make_node("Conv", ["input", "W"], ["logits"]),
             helper.make_node("Slice", ["input", "s", "e", "a"], ["band1"]),
             helper.make_node("Div", ["logits", "band1"], ["output"])]
    graph = helper.make_graph(nodes, "div", [helper.make_tensor_value_info("input", TensorProto.FLOAT,
                                                                           ["b", 3, "h", "w"])],
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT,
                                                             ["b", 3, "h", "w"])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(tmp_path / "div.onnx"))
    definition = tmp_path / "div.emd"
    definition.write_text(json.dumps({**BASE, "ModelFile": "div.onnx",
                                      "Classes": [{"Value": 1}, {"Value": 2}, {"Value": 3}]}))
    lines = []
    out = tmp_path / "out.tif"
    result = classify_pixels(ClassifyConfig(raster, str(definition), str(out),
                                            arguments="padding=0;predict_background=true",
                                            processor_type="CPU"),
                             Feedback(log=lines.append))
    with rasterio.open(out) as ds:
        data, nodata = ds.read(1), ds.nodata
    assert (data[:5, :7] == nodata).all()
    rest = np.ones(data.shape, bool)
    rest[:5, :7] = False
    expected = pixels.astype(np.float64).argmax(axis=0) + 1  # dividing by a positive band keeps the order
    assert (data[rest] == expected[rest]).all()
    assert result.nodata_count == 35
    assert [line for line in lines if "NaN or infinite scores for 35 of 576 pixels" in line]
