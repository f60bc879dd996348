"""The hostile model definitions of tests/engine/test_model_fields.py through qgis_process: each ends in
one ERROR line naming IN_MODEL_DEFINITION, no traceback and no output file."""

import json
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))
from classify_models import conv1x1_model, write_raster  # noqa: E402
from helpers import HOSTILE_BASE, HOSTILE_EMDS, HOSTILE_METADATA  # noqa: E402

CASES = {**HOSTILE_EMDS, "nan_scores": (json.dumps({**HOSTILE_BASE, "ModelFile": "nan.onnx"}), "NaN")}
METADATA = HOSTILE_METADATA


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile_models")
    pixels = np.random.default_rng(0).integers(0, 256, (3, 24, 24)).astype(np.uint8)
    write_raster(folder / "r.tif", pixels)
    conv1x1_model(folder / "m.onnx", np.eye(3))
    conv1x1_model(folder / "nan.onnx", np.eye(3), bias=[np.nan, 0, 0])
    for name, (text, _says) in CASES.items():
        (folder / f"{name}.emd").write_text(text, encoding="utf-8")
    for name, (metadata, _says) in METADATA.items():
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
    name, kind = definition.rsplit(".", 1)
    says = (CASES if kind == "emd" else METADATA)[name][1]
    assert says in errors[0]
    assert not out.exists()
