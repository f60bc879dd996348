"""The pieces of engine/distributed.py that need no cluster: DASK_SCHEDULER's values, the model as the
bytes a worker receives (each kind of model definition loads the same from them), the worker's Python,
and Pixelwise's errors surviving pickling (a worker's error reaches the client as the same message)."""

import json
import os
import pickle
import sys
import zipfile

import pytest
from helpers import ukis_emd

from pixelwise.engine.classify.model import load_model_definition
from pixelwise.engine.distributed import _local_model, model_bundle, parse_scheduler, worker_python
from pixelwise.engine.errors import Cancelled, InvalidInput, Phrase, Problem


@pytest.mark.parametrize("value, parsed", [
    ("", None), ("  ", None), (None, None),
    ("local:2", ("local", 2)), (" LOCAL:16 ", ("local", 16)),
    ("tcp://10.0.0.5:8786", ("remote", "tcp://10.0.0.5:8786")),
    ("tls://scheduler.example.org:8786/", ("remote", "tls://scheduler.example.org:8786")),
    ("scheduler:8786", ("remote", "tcp://scheduler:8786")),
])
def test_scheduler_values(value, parsed):
    assert parse_scheduler(value) == parsed


@pytest.mark.parametrize("value", ["local:0", "local:-1", "local:", "local:2.5", "tcp://host", "http://h:80",
                                   "my scheduler", "8786"])
def test_bad_scheduler_values(value):
    with pytest.raises(InvalidInput) as info:
        parse_scheduler(value)
    assert info.value.parameter == "DASK_SCHEDULER"
    assert "\n" not in str(info.value)


def test_the_worker_python_is_this_one():
    path = worker_python()
    assert os.path.samefile(os.path.dirname(os.path.dirname(path)), sys.exec_prefix)
    assert os.path.basename(path) == f"python{sys.version_info.major}.{sys.version_info.minor}"


def _same_definition(a, b):
    fields = ("model_type", "tile_height", "tile_width", "extract_bands", "data_range", "normalization",
              "classes", "model_padding", "batch_size", "supports_variable_tile_size", "ignore_mapped_class")
    assert {f: getattr(a, f) for f in fields} == {f: getattr(b, f) for f in fields}
    with open(a.model_file, "rb") as fa, open(b.model_file, "rb") as fb:
        assert fa.read() == fb.read()


def test_every_model_kind_loads_the_same_from_its_bytes(shared_data, tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "worker_tmp"))
    (tmp_path / "worker_tmp").mkdir()
    onnx = shared_data / "ukis_csmask_onnx" / "model_6b_l2a.onnx"
    emd = ukis_emd(str(onnx), str(onnx.parent))  # ModelFile: an absolute path elsewhere
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / "ukis.emd").write_text(json.dumps(emd), encoding="utf-8")
    package = folder / "ukis.dlpk"
    with zipfile.ZipFile(package, "w") as z:
        z.writestr("ukis.emd", json.dumps({**emd, "ModelFile": "model.onnx"}))
        z.write(onnx, "model.onnx")
    sidecar_onnx = folder / "side.onnx"
    sidecar_onnx.write_bytes(onnx.read_bytes())
    (folder / "side.emd").write_text(json.dumps({k: v for k, v in emd.items() if k != "ModelFile"}),
                                     encoding="utf-8")
    for source in (str(folder / "ukis.emd"), json.dumps(emd), str(package), str(sidecar_onnx), str(onnx)):
        original = load_model_definition(source, str(tmp_path / "unpack_a"))
        entry, files = model_bundle(source, str(tmp_path / "unpack_b"))
        assert all(isinstance(data, bytes) for data in files.values())
        local = _local_model((entry, files))
        assert local.startswith(str(tmp_path / "worker_tmp" / "pixelwise-models"))
        assert _local_model((entry, files)) == local  # written once
        _same_definition(original, load_model_definition(local, str(tmp_path / "unpack_c")))


def test_errors_survive_pickling():
    problem = Problem("{n} is odd", n=3)
    error = InvalidInput("TILE_SIZE_X", "must be even ({why}, {phrase})", "Use {good}",
                         why=problem, phrase=Phrase("say {x}", x=1), good=256)
    for err in (error, Cancelled(), problem):
        again = pickle.loads(pickle.dumps(err))
        assert type(again) is type(err) and str(again) == str(err)
    again = pickle.loads(pickle.dumps(error))
    assert again.parameter == "TILE_SIZE_X" and again.message(str.upper) == error.message(str.upper)
