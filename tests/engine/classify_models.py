"""Test models and inputs for the classification tests: small ONNX graphs built with ``onnx.helper`` (a
test-only dependency), .dlpk archives and tiny rasters. EMDs for the real UKIS cloud model are in
``helpers`` (the provider and headless tests use them too)."""

import json
import os
import zipfile

import numpy as np
import onnx
import rasterio
from onnx import TensorProto, helper, numpy_helper
from rasterio.transform import from_origin

OPSET = 17


def write_zip(path, members):
    """A zip at ``path``; ``members`` maps member name → bytes or the path of a file to store."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            if isinstance(content, str) and os.path.isfile(content):
                zf.write(content, name)
            else:
                zf.writestr(name, content)
    return str(path)


def with_metadata(src, dst, props):
    """Copy the ONNX model ``src`` to ``dst`` with ``metadata_props`` set (values JSON-encoded)."""
    model = onnx.load(str(src))
    del model.metadata_props[:]
    for key, value in props.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value if isinstance(value, str) else json.dumps(value)
    onnx.save(model, str(dst))
    return str(dst)


def conv1x1_model(path, weights, bias=None, tile=None, batch=None, nhwc=False, softmax=False, sigmoid=False,
                  crop=0, metadata=None):
    """A per-pixel linear classifier: logits = weights @ bands + bias (a 1×1 convolution).

    ``weights`` (classes, bands). ``tile`` fixes the spatial size (None: open), ``batch`` the batch
    size; ``nhwc`` makes input and output channels-last; ``softmax``/``sigmoid`` end the graph with
    probabilities; ``crop`` removes that many pixels from each side of the output (EMD ModelPadding).
    Because each pixel's scores depend on that pixel only, tiling and blending must reproduce
    ``argmax(weights @ x + bias)`` exactly.
    """
    weights = np.asarray(weights, dtype=np.float32)
    classes, bands = weights.shape
    bias = np.zeros(classes, np.float32) if bias is None else np.asarray(bias, np.float32)
    side = tile if tile else None
    spatial = [side or "height", side or "width"]
    b = batch or "batch"
    in_shape = [b] + ([*spatial, bands] if nhwc else [bands, *spatial])
    out_side = (side - 2 * crop) if side else None
    out_spatial = [out_side or "out_height", out_side or "out_width"]
    out_shape = [b] + ([*out_spatial, classes] if nhwc else [classes, *out_spatial])
    inits = [numpy_helper.from_array(weights.reshape(classes, bands, 1, 1), "W"),
             numpy_helper.from_array(bias, "B")]
    nodes, current = [], "input"
    if nhwc:
        nodes.append(helper.make_node("Transpose", ["input"], ["nchw"], perm=[0, 3, 1, 2]))
        current = "nchw"
    nodes.append(helper.make_node("Conv", [current, "W", "B"], ["logits"]))
    current = "logits"
    if softmax:
        nodes.append(helper.make_node("Softmax", [current], ["probs"], axis=1))
        current = "probs"
    if sigmoid:
        nodes.append(helper.make_node("Sigmoid", [current], ["probs"]))
        current = "probs"
    if crop:
        inits += [numpy_helper.from_array(np.array([crop, crop], np.int64), "starts"),
                  numpy_helper.from_array(np.array([-crop, -crop], np.int64), "ends"),
                  numpy_helper.from_array(np.array([2, 3], np.int64), "axes")]
        nodes.append(helper.make_node("Slice", [current, "starts", "ends", "axes"], ["cropped"]))
        current = "cropped"
    if nhwc:
        nodes.append(helper.make_node("Transpose", [current], ["nhwc"], perm=[0, 2, 3, 1]))
        current = "nhwc"
    nodes.append(helper.make_node("Identity", [current], ["output"]))
    graph = helper.make_graph(nodes, "conv1x1",
                              [helper.make_tensor_value_info("input", TensorProto.FLOAT, in_shape)],
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT, out_shape)], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="pixelwise-tests")
    model.ir_version = 8
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value if isinstance(value, str) else json.dumps(value)
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return str(path)


def expected_classes(pixels, weights, bias=None, scale=1.0 / 255.0):
    """What :func:`conv1x1_model` predicts for (bands, h, w) ``pixels`` fed as ``x * scale``."""
    weights = np.asarray(weights, dtype=np.float64)
    bias = np.zeros(len(weights)) if bias is None else np.asarray(bias, np.float64)
    x = pixels.astype(np.float64) * scale
    logits = np.einsum("kb,bhw->khw", weights, x) + bias[:, None, None]
    return logits.argmax(axis=0)


def write_raster(path, pixels, nodata=None, origin=(500000.0, 4000000.0), cell=10.0, crs="EPSG:32633"):
    """A GeoTIFF from (bands, h, w) ``pixels``."""
    count, height, width = pixels.shape
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=count, dtype=pixels.dtype,
                       crs=crs, transform=from_origin(origin[0], origin[1], cell, cell), nodata=nodata) as ds:
        ds.write(pixels)
    return str(path)


def separable_pixels(height, width, bands=3, seed=0):
    """Random uint8 bands with clear per-pixel winners (no near-ties for a 1×1 model to flip)."""
    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 256, size=(bands, height, width)).astype(np.uint8)
    top = np.sort(pixels, axis=0)
    ties = (top[-1].astype(int) - top[-2].astype(int)) < 3
    pixels[0][ties] = 255
    pixels[1:, ties] = np.minimum(pixels[1:, ties], 200)
    return pixels


def brightest_band_emd(folder, tile=128):
    """An EMD (and its ONNX file) in ``folder`` for a 1×1 identity convolution over three bands: the class
    is the brightest band (0 red, 1 green, 2 blue), so the classes follow from the pixels alone."""
    conv1x1_model(os.path.join(folder, "m.onnx"), np.eye(3))
    emd = os.path.join(folder, "brightest.emd")
    with open(emd, "w", encoding="utf-8") as f:
        json.dump({"Framework": "ONNX", "ModelType": "ImageClassification", "ModelFile": "m.onnx",
                   "ImageHeight": tile, "ImageWidth": tile}, f)
    return emd
