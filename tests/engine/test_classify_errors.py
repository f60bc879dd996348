"""Refusals of Classify Pixels: each is one line naming the parameter and the problem, and leaves no
file at OUT_CLASSIFIED_RASTER (nor any temporary file beside it)."""

import os
import stat
import zipfile

import numpy as np
import pytest
from classify_models import conv1x1_model, separable_pixels, write_raster, write_zip
from helpers import ukis_emd, write_json

from pixelwise.engine.classify import ClassifyConfig, SessionCache, classify_pixels, create_session
from pixelwise.engine.errors import Cancelled, InvalidInput, PixelwiseError
from pixelwise.engine.feedback import Feedback

IDENTITY = np.eye(3)


@pytest.fixture(scope="module")
def sessions():
    return SessionCache()


@pytest.fixture(scope="module")
def ukis(shared_data):
    model = shared_data / "ukis_csmask_onnx" / "model_6b_l2a.onnx"
    if not model.is_file():
        pytest.skip(f"{model} is absent (shared/data/ukis_csmask_onnx holds the real cloud model)")
    return {"dir": str(model.parent), "model": str(model),
            "cloudy": str(shared_data / "landsat7_chiapas" / "LE70220492002106EDC00_stack.gtif")}


@pytest.fixture(scope="module")
def rgb(tmp_path_factory):
    return write_raster(tmp_path_factory.mktemp("rgb") / "rgb.tif", separable_pixels(90, 130))


def refuse(in_raster, model, out_dir, sessions=None, feedback=None, error=InvalidInput, **kwargs):
    """Run a classification that must fail; return the one-line message."""
    out = os.path.join(str(out_dir), "out", "classified.tif")
    with pytest.raises(error) as err:
        classify_pixels(ClassifyConfig(str(in_raster), str(model), out, **kwargs), feedback or Feedback(),
                        sessions=sessions or SessionCache())
    message = str(err.value)
    assert "\n" not in message
    assert not os.path.exists(os.path.dirname(out))  # no file, no temporary file, not even the folder
    return message


def test_band_count_differs_from_model_channels(ukis, tmp_path, sessions):
    emd = ukis_emd(ukis["model"], ukis["dir"])
    del emd["ExtractBands"]
    message = refuse(ukis["cloudy"], write_json(tmp_path / "m.emd", emd), tmp_path, sessions)
    assert message.startswith("IN_RASTER: has 8 bands but the model takes 6")


def test_missing_model_file(tmp_path, rgb):
    message = refuse(rgb, write_json(tmp_path / "m.emd", {"Framework": "ONNX", "ModelFile": "gone.onnx"}),
                     tmp_path)
    assert message.startswith("IN_MODEL_DEFINITION: its ModelFile gone.onnx does not exist")
    message = refuse(rgb, write_json(tmp_path / "n.emd", {"Framework": "ONNX"}), tmp_path)
    assert message.startswith("IN_MODEL_DEFINITION: has no ModelFile")


def test_malformed_json(tmp_path, rgb):
    path = tmp_path / "broken.emd"
    path.write_text('{\n  "Framework": "ONNX",\n  "ModelFile": "m.onnx",,\n}\n', encoding="utf-8")
    message = refuse(rgb, path, tmp_path)
    assert message.startswith("IN_MODEL_DEFINITION: broken.emd is not valid JSON (line 3")


def test_dlpk_member_escaping_the_folder_is_refused(tmp_path, rgb):
    conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    dlpk = write_zip(tmp_path / "evil.dlpk", {
        "m.emd": b'{"Framework": "ONNX", "ModelFile": "m.onnx"}',
        "m.onnx": str(tmp_path / "m.onnx"),
        "../evil.txt": b"owned"})
    message = refuse(rgb, dlpk, tmp_path)
    assert message.startswith("IN_MODEL_DEFINITION: evil.dlpk was refused: its member '../evil.txt' would be "
                              "written outside")
    assert not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize("member, reason", [
    ("/tmp/pixelwise-absolute.txt", "has an absolute path"),
    ("C:/evil.txt", "has an absolute path"),
    ("models/../../evil.txt", "would be written outside"),
    ("link", "is a symbolic link"),
])
def test_dlpk_unsafe_members_are_refused(tmp_path, rgb, member, reason):
    dlpk = tmp_path / "bad.dlpk"
    with zipfile.ZipFile(dlpk, "w") as zf:
        zf.writestr("m.emd", '{"Framework": "ONNX", "ModelFile": "m.onnx"}')
        info = zipfile.ZipInfo(member)
        if member == "link":
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd" if member == "link" else "x")
    message = refuse(rgb, dlpk, tmp_path)
    assert message.startswith(f"IN_MODEL_DEFINITION: bad.dlpk was refused: its member {member!r} {reason}")
    assert not os.path.exists("/tmp/pixelwise-absolute.txt")


def test_dlpk_model_file_outside_the_package(tmp_path, rgb):
    conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    emd = b'{"Framework": "ONNX", "ModelFile": "../../m.onnx"}'
    dlpk = write_zip(tmp_path / "out.dlpk", {"sub/m.emd": emd})
    message = refuse(rgb, dlpk, tmp_path)
    assert "ModelFile '../../m.onnx' points outside the package" in message


def test_corrupt_onnx(tmp_path, rgb):
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(np.random.default_rng(7).bytes(20000))
    message = refuse(rgb, junk, tmp_path)
    assert message.startswith("IN_MODEL_DEFINITION: junk.onnx is not a valid ONNX model")
    # The same bytes named by an .emd reach ONNX Runtime, which refuses them too.
    emd = write_json(tmp_path / "junk.emd", {"Framework": "ONNX", "ModelFile": "junk.onnx"})
    message = refuse(rgb, emd, tmp_path)
    assert message.startswith("IN_MODEL_DEFINITION: junk.onnx is not a valid ONNX model")


def test_gpu_without_a_gpu(tmp_path, rgb):
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    try:
        session = create_session(model, "GPU")
    except InvalidInput:
        message = refuse(rgb, model, tmp_path, processor_type="GPU")
        assert message.startswith("PROCESSOR_TYPE: GPU was chosen but")
    else:  # a machine with a working GPU provider: GPU must really run on it
        assert session.get_providers()[0] != "CPUExecutionProvider"


def test_unknown_processor_type_and_argument(tmp_path, rgb):
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    message = refuse(rgb, model, tmp_path, processor_type="TPU")
    assert message.startswith("PROCESSOR_TYPE: unknown value 'TPU'")
    assert refuse(rgb, model, tmp_path, arguments="chip_size=3").startswith(
        "ARGUMENTS: unknown argument 'chip_size'")


def test_cancel_after_the_first_batch(tmp_path, rgb):
    model = conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    polls = []

    def is_canceled():
        polls.append(1)
        return len(polls) > 1  # the first batch runs, the second is refused

    refuse(rgb, model, tmp_path, feedback=Feedback(is_canceled=is_canceled), error=Cancelled,
           arguments="tile_size=32;padding=8;batch_size=2")
    assert len(polls) == 2


def test_dlpk_with_a_pytorch_model_only(tmp_path, rgb):
    only_pth = write_zip(tmp_path / "torch.dlpk", {"model.pth": b"\x80\x02not really a pickle"})
    message = refuse(rgb, only_pth, tmp_path)
    assert message.startswith("IN_MODEL_DEFINITION: torch.dlpk holds a PyTorch model and no .emd")
    assert "torch.onnx.export" in message
    arcgis = write_zip(tmp_path / "arcgis.dlpk", {
        "unet.emd": b'{"Framework": "arcgis.learn.models._inferencing", "ModelFile": "unet.pth", '
                    b'"InferenceFunction": "ArcGISImageClassifier.py"}',
        "unet.pth": b"weights",
        "ArcGISImageClassifier.py": b"import os\nos.system('echo never run')\n"})
    message = refuse(rgb, arcgis, tmp_path)
    assert message.startswith("IN_MODEL_DEFINITION: ModelFile unet.pth is a PyTorch model")
    assert "torch.onnx.export" in message


def test_class_count_mismatch(tmp_path, rgb, sessions):
    conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    emd = write_json(tmp_path / "m.emd", {"Framework": "ONNX", "ModelFile": "m.onnx", "ImageHeight": 64,
                                          "ImageWidth": 64, "Classes": [{"Value": 1, "Name": "only"}]})
    message = refuse(rgb, emd, tmp_path, sessions)
    assert message.startswith("IN_MODEL_DEFINITION: the model outputs 3 class channels but the definition "
                              "lists 1 classes")


def test_object_detection_model_type(tmp_path, rgb):
    conv1x1_model(tmp_path / "m.onnx", IDENTITY)
    emd = write_json(tmp_path / "m.emd", {"Framework": "ONNX", "ModelFile": "m.onnx",
                                          "ModelType": "ObjectDetection"})
    assert refuse(rgb, emd, tmp_path).startswith("IN_MODEL_DEFINITION: ModelType 'ObjectDetection' is not")


def test_failure_leaves_an_existing_output_untouched(tmp_path, rgb):
    out = tmp_path / "out" / "classified.tif"
    out.parent.mkdir()
    out.write_bytes(b"previous result")
    with pytest.raises(PixelwiseError):
        classify_pixels(ClassifyConfig(str(rgb), str(tmp_path / "absent.emd"), str(out)))
    assert out.read_bytes() == b"previous result"
    assert sorted(os.listdir(out.parent)) == ["classified.tif"]
