"""Hostile .dlpk packages: members that would land outside the work folder, links, zip bombs (too many
members, too large, a header that lies about its size), a ModelFile leading out of the package, and
Python that must never be imported. Every refusal is one line naming IN_MODEL_DEFINITION, writes
nothing outside the work folder, and leaves nothing in it.

Each package is otherwise valid (an .emd and a working ONNX model), so the hostile part alone decides,
and it comes last, after members a streaming extractor would already have written.
"""

import json
import os
import signal
import stat
import sys
import tempfile
import zipfile
import zlib
from contextlib import contextmanager

import numpy as np
import pytest
import rasterio
from classify_models import conv1x1_model, expected_classes, separable_pixels, write_raster

from pixelwise.engine.classify import ClassifyConfig, classify_pixels, load_model_definition
from pixelwise.engine.classify import model as model_module
from pixelwise.engine.errors import InvalidInput
from pixelwise.engine.feedback import Feedback

IDENTITY = np.eye(3)
EMD = {"Framework": "ONNX", "ModelType": "ImageClassification", "ModelFile": "m.onnx", "ImageHeight": 32,
       "ImageWidth": 32}
ESCAPED = "pw-escaped"  # every would-be target outside the package has this in its name


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    pixels = separable_pixels(40, 56)
    return {"pixels": pixels, "raster": write_raster(folder / "rgb.tif", pixels),
            "onnx": conv1x1_model(folder / "m.onnx", IDENTITY)}


@pytest.fixture
def temp_dir(tmp_path, monkeypatch):
    """The folder classify_pixels makes its work folder in (instead of the system's temporary folder)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def write_package(path, members, links=()):
    """A zip at ``path``: ``members`` maps name → bytes or the path of a file to store; each name in
    ``links`` is a symbolic-link member (Unix mode S_IFLNK, its content the link target, a path), as
    ``zip -y`` writes them."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in links:
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                content = content.encode()
            elif isinstance(content, str):
                with open(content, "rb") as f:
                    content = f.read()
            zf.writestr(info, content)
    return str(path)


def valid_members(inputs, **emd):
    return {"m.emd": json.dumps({**EMD, **emd}).encode(), "m.onnx": inputs["onnx"]}


def patch_entry(path, member, size=None, crc=None, flags=None):
    """Rewrite ``member``'s declared uncompressed size, CRC or flags in its local header and in the
    central directory (a lying header, as a hand-made zip bomb has)."""
    data = bytearray(open(path, "rb").read())
    eocd = data.rfind(b"PK\x05\x06")
    count = int.from_bytes(data[eocd + 10:eocd + 12], "little")
    entry = int.from_bytes(data[eocd + 16:eocd + 20], "little")
    for _ in range(count):
        name_len, extra_len, comment_len = (int.from_bytes(data[entry + o:entry + o + 2], "little")
                                            for o in (28, 30, 32))
        name = data[entry + 46:entry + 46 + name_len].decode()
        if name == member:
            local = int.from_bytes(data[entry + 42:entry + 46], "little")
            # (central directory offset, local header offset) of each field
            for value, central, local_off, width in ((flags, 8, 6, 2), (crc, 16, 14, 4), (size, 24, 22, 4)):
                if value is not None:
                    raw = value.to_bytes(width, "little")
                    data[entry + central:entry + central + width] = raw
                    data[local + local_off:local + local_off + width] = raw
            break
        entry += 46 + name_len + extra_len + comment_len
    else:
        raise KeyError(member)
    with open(path, "wb") as f:
        f.write(data)
    return str(path)


def escaped_files(tmp_path):
    """Files and links a hostile member could have left: anything named *pw-escaped* under ``tmp_path``
    (the package's, work folder's and temporary folder's parent), in the two folders above it (where
    ``../../..`` from a work folder leads), in the current folder or at the file system root."""
    found = list(tmp_path.rglob(f"*{ESCAPED}*"))
    for folder in (tmp_path.parent, tmp_path.parent.parent, os.getcwd(), os.path.abspath(os.sep)):
        found += [os.path.join(folder, name) for name in os.listdir(folder) if ESCAPED in name]
    return found


def tree(folder):
    return sorted(os.path.relpath(os.path.join(root, name), folder)
                  for root, dirs, files in os.walk(folder) for name in dirs + files)


def refuse(dlpk, inputs, tmp_path, temp_dir):
    """Refuse ``dlpk`` twice: loading it into an empty work folder (which must stay empty) and in a real
    classification (no output, no work folder left behind). Returns the one-line message."""
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    with pytest.raises(InvalidInput) as loaded:
        load_model_definition(dlpk, str(work))
    assert tree(work) == []
    out = tmp_path / "out" / "classified.tif"
    with pytest.raises(InvalidInput) as run:
        classify_pixels(ClassifyConfig(inputs["raster"], dlpk, str(out), processor_type="CPU"))
    message = str(run.value)
    assert message == str(loaded.value)
    assert "\n" not in message and message.startswith("IN_MODEL_DEFINITION: ")
    assert not out.parent.exists()
    assert tree(temp_dir) == []
    assert escaped_files(tmp_path) == []
    return message


def classify(dlpk, inputs, tmp_path):
    out = tmp_path / "out" / "classified.tif"
    lines = []
    result = classify_pixels(ClassifyConfig(inputs["raster"], dlpk, str(out), processor_type="CPU"),
                             Feedback(log=lines.append))
    with rasterio.open(out) as ds:
        assert np.array_equal(ds.read(1), expected_classes(inputs["pixels"], IDENTITY))
    return result, lines


def test_the_valid_package_runs(inputs, tmp_path, temp_dir):
    """The baseline the hostile packages differ from by one member."""
    dlpk = write_package(tmp_path / "ok.dlpk", valid_members(inputs))
    result, _ = classify(dlpk, inputs, tmp_path)
    assert result.windows_run > 0
    assert tree(temp_dir) == []  # the work folder goes with the run


# --- members outside the package folder -------------------------------------------------------------

@pytest.mark.parametrize("name, reason", [
    ("{tmp}/pw-escaped/abs.txt", "has an absolute path"),
    ("/pw-escaped.txt", "has an absolute path"),
    ("C:\\pw-escaped.txt", "has an absolute path"),
    ("C:/pw-escaped.txt", "has an absolute path"),
    ("C:pw-escaped.txt", "has an absolute path"),
    ("\\\\server\\share\\pw-escaped.txt", "has an absolute path"),
    ("\\pw-escaped.txt", "has an absolute path"),
    ("../pw-escaped.txt", "would be written outside the package folder"),
    ("a/../../pw-escaped.txt", "would be written outside the package folder"),
    ("a/../../../../pw-escaped.txt", "would be written outside the package folder"),
    ("a\\..\\..\\..\\pw-escaped.txt", "would be written outside the package folder"),
    ("ok/./../../pw-escaped.txt", "would be written outside the package folder"),
    # Inside the folder on Linux, a device or an NTFS stream on Windows, an overwrite on macOS/Windows.
    ("m.onnx:pw-escaped", "has a name with characters file names cannot hold"),
    ("pw-escaped\x01.txt", "has a name with characters file names cannot hold"),
    ("CON", "is named like a Windows device"),
    ("sub/aux.pw-escaped.txt", "is named like a Windows device"),
    ("M.ONNX", "appears twice"),
])
def test_members_outside_the_package_folder_are_refused(inputs, tmp_path, temp_dir, name, reason):
    name = name.replace("{tmp}", str(tmp_path))
    dlpk = write_package(tmp_path / "bad.dlpk", {**valid_members(inputs), name: b"owned"})
    message = refuse(dlpk, inputs, tmp_path, temp_dir)
    assert message.startswith(f"IN_MODEL_DEFINITION: bad.dlpk was refused: its member {name!r} {reason}")
    assert not (tmp_path / "pw-escaped").exists()


@pytest.mark.parametrize("members, links, link", [
    # A link to a file outside, then the same name written through it.
    ({"pw-escaped-link": "{tmp}/pw-escaped-target.txt"}, ("pw-escaped-link",), "pw-escaped-link"),
    # A folder link, then a member inside it: a naive extractor writes into the link's target.
    ({"models": "{tmp}/pw-escaped-dir", "models/m2.onnx": b"owned"}, ("models",), "models"),
    # ModelFile named m.onnx is itself a link to a model outside the package (which exists).
    ({"m.onnx": "{onnx}"}, ("m.onnx",), "m.onnx"),
])
def test_symbolic_link_members_are_refused(inputs, tmp_path, temp_dir, members, links, link):
    members = {name: value.replace("{tmp}", str(tmp_path)).replace("{onnx}", inputs["onnx"])
               if isinstance(value, str) else value for name, value in members.items()}
    dlpk = write_package(tmp_path / "link.dlpk", {**valid_members(inputs), **members}, links)
    message = refuse(dlpk, inputs, tmp_path, temp_dir)
    assert message.startswith(f"IN_MODEL_DEFINITION: link.dlpk was refused: its member {link!r} is a "
                              "symbolic link")
    assert not (tmp_path / "pw-escaped-target.txt").exists() and not (tmp_path / "pw-escaped-dir").exists()
    assert os.path.isfile(inputs["onnx"])


# --- ModelFile ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("emd_name, model_file", [
    ("m.emd", "../m.onnx"),
    ("sub/m.emd", "../../m.onnx"),
    ("m.emd", "sub/../../m.onnx"),
    ("m.emd", "{onnx}"),                     # absolute, and the model there exists and would run
    ("m.emd", "C:\\models\\m.onnx"),
    ("m.emd", "C:m.onnx"),
    ("m.emd", "\\\\server\\share\\m.onnx"),
    ("m.emd", "/m.onnx"),
])
def test_model_file_outside_the_package_is_refused(inputs, tmp_path, temp_dir, emd_name, model_file):
    model_file = model_file.replace("{onnx}", inputs["onnx"])
    members = {emd_name: json.dumps({**EMD, "ModelFile": model_file}).encode(), "m.onnx": inputs["onnx"]}
    dlpk = write_package(tmp_path / "mf.dlpk", members)
    message = refuse(dlpk, inputs, tmp_path, temp_dir)
    assert message.startswith(f"IN_MODEL_DEFINITION: ModelFile {model_file!r} points outside the package. "
                              "Give a ModelFile inside the .dlpk")


def test_model_file_through_a_link_in_the_work_folder_is_refused(inputs, tmp_path):
    """Defence in depth: were a link ever in the package folder, ModelFile through it still resolves
    outside (the extraction itself never creates one: link members are refused above)."""
    package = tmp_path / "package"
    package.mkdir()
    (package / "m.emd").write_text(json.dumps({**EMD, "ModelFile": "models/m.onnx"}), encoding="utf-8")
    (package / "models").symlink_to(os.path.dirname(inputs["onnx"]), target_is_directory=True)
    with pytest.raises(InvalidInput) as err:
        model_module._from_emd_file(str(package / "m.emd"), "x.dlpk", "dlpk", package_dir=str(package))
    assert str(err.value).startswith("IN_MODEL_DEFINITION: ModelFile 'models/m.onnx' points outside the "
                                     "package")


# --- zip bombs ---------------------------------------------------------------------------------------

def test_too_many_members(inputs, tmp_path, temp_dir):
    limit = model_module.DLPK_MAX_MEMBERS
    extra = {f"pw-escaped/{i:05d}.txt": b"" for i in range(limit - 1)}
    dlpk = write_package(tmp_path / "many.dlpk", {**valid_members(inputs), **extra})
    message = refuse(dlpk, inputs, tmp_path, temp_dir)
    assert message.startswith(f"IN_MODEL_DEFINITION: many.dlpk holds {limit + 1} files (limit {limit})")


def test_declared_size_over_the_limit(inputs, tmp_path, temp_dir, monkeypatch):
    monkeypatch.setattr(model_module, "DLPK_MAX_BYTES", 1024 ** 2)
    bomb = b"\0" * (8 * 1024 ** 2)  # 8 MiB of zeros: a few KiB in the package
    dlpk = write_package(tmp_path / "bomb.dlpk", {**valid_members(inputs), "pw-escaped.bin": bomb})
    assert os.path.getsize(dlpk) < 64 * 1024
    message = refuse(dlpk, inputs, tmp_path, temp_dir)
    assert message.startswith("IN_MODEL_DEFINITION: bomb.dlpk unpacks to more than 1 MiB (DLPK_MAX_BYTES)")


@contextmanager
def file_size_limit(limit):
    """While active, writing past ``limit`` bytes into any one file fails with EFBIG (RLIMIT_FSIZE): the
    real proof that extraction stops, whatever the extractor believes."""
    resource = pytest.importorskip("resource")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of killing the process
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


BOMB = 64 * 1024 ** 2  # real bytes of the lying member
DECLARED = 1000        # what its header says


def lying_package(inputs, tmp_path, crc=None):
    dlpk = write_package(tmp_path / "liar.dlpk", {**valid_members(inputs), "weights.bin": b"\0" * BOMB})
    assert os.path.getsize(dlpk) < 1024 ** 2
    return patch_entry(dlpk, "weights.bin", size=DECLARED, crc=crc)


def test_header_that_lies_about_the_size(inputs, tmp_path, temp_dir):
    """Declared 1000 bytes, really 64 MiB: unpacking stops at the declared size, the CRC then fails."""
    dlpk = lying_package(inputs, tmp_path)
    limit = 4 * 1024 ** 2
    with file_size_limit(limit):
        probe = tmp_path / "probe.bin"
        with pytest.raises(OSError), open(probe, "wb") as f:  # the limit is really in force
            f.write(b"\0" * (limit + 1))
        probe.unlink()
        message = refuse(dlpk, inputs, tmp_path, temp_dir)
    # "File too large" would mean more than 4 MiB reached the disk before the refusal.
    assert message.startswith("IN_MODEL_DEFINITION: liar.dlpk is damaged: its member 'weights.bin' cannot be "
                              "read (Bad CRC-32")
    assert "too large" not in message


def test_header_that_lies_consistently_unpacks_only_the_declared_bytes(inputs, tmp_path):
    """With the CRC of the declared bytes the member is accepted, but only those bytes are written."""
    dlpk = lying_package(inputs, tmp_path, crc=zlib.crc32(b"\0" * DECLARED))
    work = tmp_path / "work"
    definition = load_model_definition(dlpk, str(work))
    package = os.path.dirname(definition.model_file)
    assert os.path.getsize(os.path.join(package, "weights.bin")) == DECLARED
    assert sum(os.path.getsize(os.path.join(package, n)) for n in os.listdir(package)) < 1024 ** 2


@pytest.mark.parametrize("compression, method", [(zipfile.ZIP_BZIP2, 12), (zipfile.ZIP_LZMA, 14)])
def test_compression_that_zipfile_inflates_without_bound_is_refused(inputs, tmp_path, temp_dir, compression,
                                                                    method):
    """bzip2 and LZMA members are decompressed a whole compressed chunk at a time, without a cap on the
    output: a few bytes can become gigabytes in memory before any size check."""
    dlpk = write_package(tmp_path / "packed.dlpk", valid_members(inputs))
    with zipfile.ZipFile(dlpk, "a") as zf:
        zf.writestr("pw-escaped.bin", b"\0" * 1024 ** 2, compress_type=compression)
    message = refuse(dlpk, inputs, tmp_path, temp_dir)
    assert message.startswith("IN_MODEL_DEFINITION: packed.dlpk was refused: its member 'pw-escaped.bin' "
                              f"uses compression method {method}")


def test_encrypted_member_is_refused(inputs, tmp_path, temp_dir):
    dlpk = write_package(tmp_path / "locked.dlpk", {**valid_members(inputs), "pw-escaped.bin": b"secret"})
    patch_entry(dlpk, "pw-escaped.bin", flags=0x1)
    message = refuse(dlpk, inputs, tmp_path, temp_dir)
    assert message.startswith("IN_MODEL_DEFINITION: locked.dlpk was refused: its member 'pw-escaped.bin' is "
                              "encrypted")


# --- no Python from a package ------------------------------------------------------------------------

PYTHON_NAMES = ("evil", "ArcGISImageClassifier", "_UnetClassifier", "sitecustomize", "usercustomize",
                "pixelwise_evil_pkg")


def python_members(marker_dir):
    """Modules, a package and a .pth that each leave a marker file when imported (or processed by site)."""
    def code(tag):
        return f"open({os.path.join(str(marker_dir), tag)!r}, 'w').write('imported')\n".encode()

    members = {f"{name}.py": code(name) for name in PYTHON_NAMES if name != "pixelwise_evil_pkg"}
    members.update({"__init__.py": code("__init__"), "pixelwise_evil_pkg/__init__.py": code("package"),
                    "evil.pth": b"import os; " + code("pth"), "python/evil.py": code("nested")})
    return members


@pytest.mark.parametrize("emd_changes, runs", [
    ({"InferenceFunction": "evil.py"}, True),
    # ArcGIS's own form: a Framework naming Python, a ModelConfiguration module, an inference class.
    ({"Framework": "arcgis.learn.models._inferencing", "ModelConfiguration": "_UnetClassifier",
      "ModelName": "UnetClassifier", "InferenceFunction": "ArcGISImageClassifier.py"}, True),
    ({"InferenceFunction": "{outside}"}, True),          # a module outside the package, by absolute path
    ({"ModelFile": "evil.py", "InferenceFunction": "evil.py"}, False),
    ({"Framework": "PyTorch", "ModelFile": "evil.pth", "InferenceFunction": "evil.py"}, False),
])
def test_no_python_from_a_package_is_imported(inputs, tmp_path, temp_dir, emd_changes, runs):
    markers = tmp_path / "markers"
    markers.mkdir()
    outside = tmp_path / "evil_outside.py"
    outside.write_text(f"open({str(markers / 'outside')!r}, 'w')\n", encoding="utf-8")
    emd_changes = {k: v.replace("{outside}", str(outside)) for k, v in emd_changes.items()}
    members = {**valid_members(inputs, **emd_changes), **python_members(markers)}
    dlpk = write_package(tmp_path / "python.dlpk", members)
    modules, path = set(sys.modules), list(sys.path)
    if runs:
        _, lines = classify(dlpk, inputs, tmp_path)
        assert any(f"InferenceFunction {emd_changes['InferenceFunction']!r} is ignored" in line
                   for line in lines), lines
    else:
        message = refuse(dlpk, inputs, tmp_path, temp_dir)
        assert "is not an ONNX model" in message or "is a PyTorch model" in message
    assert os.listdir(markers) == []
    assert sys.path == path
    gained = {name: getattr(sys.modules[name], "__file__", None) or "" for name in set(sys.modules) - modules}
    assert not [n for n in gained if n.split(".")[0] in PYTHON_NAMES], gained
    assert not [f for f in gained.values() if f.startswith((str(tmp_path), str(temp_dir)))], gained
    assert tree(temp_dir) == []
