"""A missing runtime package (onnxruntime, import blocked): the Toolbox's reason (``canExecute``), the run
error with the pip command for this QGIS's Python, and nothing installed or started behind the user's back."""

import contextlib
import importlib
import importlib.abc
import os
import subprocess
import sys

import pytest
from qgis.core import QgsApplication, QgsProcessingException

CLASSIFY = "pixelwise:classifypixels"
# Algorithms that do not need onnxruntime.
WITHOUT_ONNXRUNTIME = ("pixelwise:exporttrainingdata", "pixelwise:computeaccuracy")


class _BlockingFinder(importlib.abc.MetaPathFinder):
    """Makes ``import <name>`` (and its submodules) raise ImportError, as if it were not installed."""

    def __init__(self, name):
        self.name = name

    def find_spec(self, fullname, path=None, target=None):
        if fullname == self.name or fullname.startswith(self.name + "."):
            raise ImportError(f"No module named {fullname!r} (blocked by the test)")
        return None


@contextlib.contextmanager
def blocked_import(name):
    """``import name`` fails inside the block; the modules already imported come back after it."""
    hidden = {key: sys.modules.pop(key) for key in list(sys.modules)
              if key == name or key.startswith(name + ".")}
    finder = _BlockingFinder(name)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
        sys.modules.update(hidden)


@pytest.fixture
def without_onnxruntime():
    with blocked_import("onnxruntime"):
        with pytest.raises(ImportError):
            importlib.import_module("onnxruntime")
        yield


@pytest.fixture
def no_processes(monkeypatch):
    """Starting a process (``pip`` or anything else) fails the test; importing pip is noticed too."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"a process was started: {args!r}")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(os, "system", refuse)
    had_pip = "pip" in sys.modules
    yield
    assert ("pip" in sys.modules) == had_pip, "pip was imported"


def _algorithm(algorithm_id):
    return QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)


def _interpreter():
    """What the hint must name here: the interpreter under sys.exec_prefix (this test's Python)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    path = os.path.join(sys.exec_prefix, "bin", f"python{version}")
    assert os.path.isfile(path), path
    return path


def test_classify_cannot_execute_without_onnxruntime(pixelwise_provider, without_onnxruntime, no_processes):
    from pixelwise.processing_provider.dependencies import pip_install_command

    ok, reason = _algorithm(CLASSIFY).canExecute()

    assert ok is False
    assert "\n" not in reason
    assert reason.startswith("Pixelwise needs the Python packages onnxruntime, "), reason
    assert f"'{pip_install_command('onnxruntime')}'" in reason, reason
    assert f"'{_interpreter()} -m pip install " in reason, reason
    assert "'onnxruntime-gpu' instead of 'onnxruntime'" in reason, reason
    assert "Raster ▸ Pixelwise ▸ Install Python packages… installs them into Pixelwise's own folder" in reason
    assert reason.endswith("and restart QGIS."), reason


@pytest.mark.parametrize("algorithm_id", WITHOUT_ONNXRUNTIME)
def test_the_other_algorithms_can_execute_without_onnxruntime(pixelwise_provider, without_onnxruntime,
                                                              algorithm_id):
    assert _algorithm(algorithm_id).canExecute() == (True, "")


def test_classify_can_execute_with_onnxruntime(pixelwise_provider):
    pytest.importorskip("onnxruntime")
    assert _algorithm(CLASSIFY).canExecute() == (True, "")


def test_running_classify_without_onnxruntime_gives_the_same_text(pixelwise_provider, classify_parameters,
                                                                   tmp_path, without_onnxruntime,
                                                                   no_processes):
    """processing.run and qgis_process do not ask canExecute: processAlgorithm says the same."""
    import processing

    ok, reason = _algorithm(CLASSIFY).canExecute()
    out = tmp_path / "classified.tif"
    with pytest.raises(QgsProcessingException) as error:
        processing.run(CLASSIFY, {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(out)})

    assert not ok and str(error.value) == reason
    assert list(tmp_path.iterdir()) == []


def test_the_provider_cannot_start_pip():
    """The dependency check only says what to run: the provider imports no way of starting a process
    (the plugin's dialog starts pip, when the user asks it to)."""
    import pixelwise.processing_provider.base as base
    import pixelwise.processing_provider.dependencies as dependencies

    for module in (base, dependencies):
        assert not any(hasattr(module, name) for name in ("subprocess", "pip", "QProcess")), module


# --- the interpreter and the pip command -----------------------------------------------------------------

def _touch(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")
    return path


def test_the_interpreter_is_the_one_under_exec_prefix(monkeypatch, tmp_path):
    from pixelwise.processing_provider.dependencies import qgis_python

    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path / "QGIS dir"))
    assert qgis_python() == "python3"  # nothing there
    _touch(tmp_path / "QGIS dir" / "bin" / "python3")
    assert qgis_python() == f"'{tmp_path}/QGIS dir/bin/python3'"  # quoted for the shell
    _touch(tmp_path / "QGIS dir" / "bin" / f"python{version}")
    assert qgis_python() == f"'{tmp_path}/QGIS dir/bin/python{version}'"


def test_the_interpreter_on_windows(monkeypatch, tmp_path):
    """OSGeo4W and the standalone installer: <root>/apps/Python3X is sys.exec_prefix."""
    from pixelwise.processing_provider.dependencies import qgis_python

    prefix = tmp_path / "QGIS 3.22" / "apps" / "Python39"
    monkeypatch.setattr(sys, "exec_prefix", str(prefix))
    monkeypatch.setattr(sys, "platform", "win32")
    assert qgis_python() == "python"
    _touch(prefix / "python.exe")
    assert qgis_python() == f'"{prefix / "python.exe"}"'
    _touch(tmp_path / "QGIS 3.22" / "bin" / "python-qgis-ltr.bat")
    assert qgis_python() == f'"{tmp_path / "QGIS 3.22" / "bin" / "python-qgis-ltr.bat"}"'


@pytest.mark.parametrize("in_venv, externally_managed, options", [
    (True, True, ""),  # pip refuses --user in a virtual environment, which PEP 668 does not cover
    (False, False, " --user"),
    (False, True, " --user --break-system-packages"),  # Debian 12's /usr/bin/python3
])
def test_the_pip_command(monkeypatch, in_venv, externally_managed, options):
    from pixelwise.processing_provider import dependencies

    monkeypatch.setattr(sys, "prefix", "/venv" if in_venv else sys.base_prefix)
    monkeypatch.setattr(dependencies, "_externally_managed", lambda: externally_managed)
    expected = f"{dependencies.qgis_python()} -m pip install{options} onnxruntime"
    assert dependencies.pip_install_command("onnxruntime") == expected


def test_dask_is_optional_and_offered(pixelwise_provider, processing_run, classify_parameters, tmp_path):
    """Without Dask's distributed the tools still execute; DASK_SCHEDULER then says how to get it, and
    the dependency dialog offers dask and distributed."""
    from pixelwise.processing_provider.dependencies import builds, installable

    assert [b.requirements for b in builds("distributed")] == [["dask>=2024.1", "distributed>=2024.1"]]
    assert installable(["distributed"]) == ["distributed"]
    for algorithm_id in (CLASSIFY, "pixelwise:exporttrainingdata"):
        assert _algorithm(algorithm_id).OPTIONAL_MODULES == ("distributed",)
    with blocked_import("distributed"):
        assert _algorithm(CLASSIFY).canExecute() == (True, "")
        with pytest.raises(QgsProcessingException) as info:
            processing_run(CLASSIFY, {**classify_parameters, "DASK_SCHEDULER": "local:2",
                                      "OUT_CLASSIFIED_RASTER": str(tmp_path / "c.tif")})
    assert str(info.value).startswith("DASK_SCHEDULER: needs Dask's distributed package, which is not "
                                      "installed. Install dask and distributed (Pixelwise ▸ Install Python "
                                      "packages…"), str(info.value)
    assert os.listdir(tmp_path) == []
