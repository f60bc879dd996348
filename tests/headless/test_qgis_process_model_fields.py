"""The hostile model definitions of tests/engine/test_model_fields.py through qgis_process: each ends in
one ERROR line naming IN_MODEL_DEFINITION, no traceback and no output file."""

import json
import math
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))
from classify_models import conv1x1_model, write_raster  # noqa: E402

BASE = {"Framework": "ONNX", "ModelFile": "m.onnx", "ModelType": "ImageClassification", "ImageHeight": 16,
        "ImageWidth": 16, "Classes": [{"Value": 1, "Name": "a"}, {"Value": 2, "Name": "b"},
                                      {"Value": 3, "Name": "c"}]}
CASES = {
    "class_value_5e9": {**BASE, "Classes": [{"Value": 5e9, "Name": "a"}]},
    "batch_infinity": {**BASE, "BatchSize": math.inf},
    "color_infinity": {**BASE, "Classes": [{"Value": 1, "Color": [math.inf, 0, 0]}]},
    "height_nan": {**BASE, "ImageHeight": math.nan},
    "std_nan": {**BASE, "NormalizationStats": {"band_mean_values": [0, 0, 0],
                                               "band_std_values": [math.nan, 1, 1]}},
    "class_value_negative": {**BASE, "Classes": [{"Value": 1}, {"Value": -1}, {"Value": 3}]},
    "nan_scores": {**BASE, "ModelFile": "nan.onnx"},
}
METADATA = {"tiles_overlap_text": {"tile_size": "16", "tiles_overlap": "abc"},
            "resolution_text": {"tile_size": "16", "resolution": "ten"},
            "class_names_deep": {"tile_size": "16", "class_names": "[" * 100000 + "]" * 100000}}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile_models")
    pixels = np.random.default_rng(0).integers(0, 256, (3, 24, 24)).astype(np.uint8)
    write_raster(folder / "r.tif", pixels)
    conv1x1_model(folder / "m.onnx", np.eye(3))
    conv1x1_model(folder / "nan.onnx", np.eye(3), bias=[np.nan, 0, 0])
    for name, emd in CASES.items():
        (folder / f"{name}.emd").write_text(json.dumps(emd, allow_nan=True), encoding="utf-8")
    for name, metadata in METADATA.items():
        conv1x1_model(folder / f"{name}.onnx", np.eye(3), metadata=metadata)
    return folder


@pytest.mark.parametrize("definition", [f"{n}.emd" for n in CASES] + [f"{n}.onnx" for n in METADATA])
def test_a_hostile_model_definition_is_one_line(qgis_process_ort, folder, definition):
    out = folder / f"out_{definition}.tif"
    result = qgis_process_ort("run", "pixelwise:classifypixels", "--", f"IN_RASTER={folder / 'r.tif'}",
                              f"IN_MODEL_DEFINITION={folder / definition}", f"OUT_CLASSIFIED_RASTER={out}",
                              "PROCESSOR_TYPE=CPU")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output[-3000:]
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("ERROR:")]
    assert len(errors) == 1 and "IN_MODEL_DEFINITION: " in errors[0], output[-3000:]
    assert not out.exists()
