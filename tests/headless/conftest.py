"""qgis_process in a subprocess, with a throwaway QGIS profile in which only Pixelwise is enabled."""

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# /usr/bin/qgis_process is a wrapper script that is broken on Debian's 3.22 package; the binary works.
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """``qgis_process(*args)`` -> CompletedProcess, in a fresh profile with the plugin enabled.

    QGIS_CUSTOM_CONFIG_PATH points QGIS at the profile folder; the repository is linked in as the
    installed plugin ``pixelwise``; qgis_process loads enabled plugins only.
    """
    if not os.access(QGIS_PROCESS, os.X_OK):
        pytest.skip(f"{QGIS_PROCESS} is not installed")
    config = tmp_path_factory.mktemp("qgis_config")
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "pixelwise").symlink_to(REPO, target_is_directory=True)
    env = {**os.environ, "QGIS_CUSTOM_CONFIG_PATH": str(config), "QT_QPA_PLATFORM": "offscreen"}

    def run(*args):
        return subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=300)

    enabled = run("plugins", "enable", "pixelwise")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return run
