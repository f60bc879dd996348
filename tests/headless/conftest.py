"""qgis_process in a subprocess, with a throwaway QGIS profile in which only Pixelwise is enabled."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pixelwise.processing_provider.compat import qgis_process_executable

REPO = Path(__file__).resolve().parents[2]
# Debian 12's qgis_process wrapper is broken; compat picks the binary there, the wrapper elsewhere.
QGIS_PROCESS = qgis_process_executable()


def _runner(config, extra_env=None):
    """``run(*args)`` -> CompletedProcess of qgis_process in a fresh profile under ``config`` with the
    plugin enabled. QGIS_CUSTOM_CONFIG_PATH points QGIS at the profile folder; the repository is linked
    in as the installed plugin ``pixelwise``; qgis_process loads enabled plugins only."""
    if not os.access(QGIS_PROCESS, os.X_OK):
        pytest.skip(f"{QGIS_PROCESS} is not installed")
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "pixelwise").symlink_to(REPO, target_is_directory=True)
    env = {**os.environ, "QGIS_CUSTOM_CONFIG_PATH": str(config), "QT_QPA_PLATFORM": "offscreen",
           **(extra_env or {})}

    def run(*args):
        return subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=300)

    enabled = run("plugins", "enable", "pixelwise")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return run


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """qgis_process with Debian's QGIS Python as it comes (no onnxruntime there)."""
    return _runner(tmp_path_factory.mktemp("qgis_config"))


@pytest.fixture(scope="session")
def qgis_process_ort(tmp_path_factory):
    """Like ``qgis_process``, but QGIS's Python also sees the onnxruntime of the Python running the
    tests (the test environment installs it with pip; Debian's QGIS Python lacks it)."""
    import onnxruntime

    site_packages = os.path.dirname(os.path.dirname(onnxruntime.__file__))
    pythonpath = os.pathsep.join(p for p in (site_packages, os.environ.get("PYTHONPATH")) if p)
    return _runner(tmp_path_factory.mktemp("qgis_config_ort"), {"PYTHONPATH": pythonpath})


@pytest.fixture(scope="session")
def package(tmp_path_factory):
    """Path of the release zip built by scripts/package.py into a temporary folder (not dist/)."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "package.py"), "--output-dir", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    path = Path(result.stdout.strip().splitlines()[-1])
    assert path.parent == out and path.is_file()
    return path
