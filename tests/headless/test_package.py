"""The release zip (scripts/package.py, what ``make package`` runs): what the QGIS plugin repository
checks, then installed the way Plugin Manager installs it — unzipped into a fresh profile — enabled,
listed and run with ``qgis_process``."""

import configparser
import json
import os
import subprocess
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from pixelwise.processing_provider.compat import qgis_process_executable

pytestmark = pytest.mark.headless

REPO = Path(__file__).resolve().parents[2]
# Debian 12's qgis_process wrapper is broken; compat picks the binary there, the wrapper elsewhere.
QGIS_PROCESS = qgis_process_executable()
ALGORITHMS = ("pixelwise:exporttrainingdata", "pixelwise:classifypixels", "pixelwise:trainpixelclassifier",
              "pixelwise:computeaccuracy")
REQUIRED_FIELDS = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                   "repository")
# Nothing of this may be in a release: tooling, tests, caches, VCS and OS leftovers.
FORBIDDEN_PARTS = {"tests", "bench", "scripts", ".ci", ".github", "__pycache__", ".git", "__MACOSX",
                   ".pytest_cache", ".ruff_cache", ".build", ".venv", "dist"}
FORBIDDEN_FILES = {"Makefile", "pyproject.toml", "constraints.txt", ".gitignore", ".gitattributes"}


def _tracked(*arguments):
    """``git ls-files *arguments`` in the checkout: the files that exist."""
    listing = subprocess.run(["git", "-C", str(REPO), "ls-files", *arguments], check=True,
                             capture_output=True, text=True).stdout
    return [name for name in listing.splitlines() if (REPO / name).is_file()]


@pytest.fixture(scope="module")
def names(package):
    with zipfile.ZipFile(package) as archive:
        assert archive.testzip() is None
        return archive.namelist()


@pytest.fixture(scope="module")
def metadata(package):
    with zipfile.ZipFile(package) as archive:
        text = archive.read("pixelwise/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    return dict(parser["general"])


def test_zip_is_named_by_version_and_has_one_top_folder(package, names, metadata):
    assert package.name == f"pixelwise-{metadata['version']}.zip"
    assert {PurePosixPath(name).parts[0] for name in names} == {"pixelwise"}
    for entry in ("metadata.txt", "__init__.py", "LICENSE", "README.md"):
        assert f"pixelwise/{entry}" in names, entry


def test_metadata_has_what_the_plugin_repository_requires(package, names, metadata):
    for field in REQUIRED_FIELDS + ("tracker", "homepage", "icon"):
        assert metadata.get(field, "").strip(), field
    assert metadata["name"] == "Pixelwise"
    assert f"pixelwise/{metadata['icon']}" in names
    with zipfile.ZipFile(package) as archive:
        assert archive.read("pixelwise/metadata.txt") == (REPO / "metadata.txt").read_bytes()


def test_no_tests_tooling_or_caches(names):
    for name in names:
        parts = PurePosixPath(name).parts[1:]
        assert not FORBIDDEN_PARTS.intersection(parts), name
        assert not (parts and parts[-1] in FORBIDDEN_FILES), name
        assert not (parts and parts[-1].startswith("requirements")), name
        assert not name.endswith((".pyc", ".pyo")), name


def test_every_plugin_module_and_resource_is_in(names):
    folders = ("__init__.py", "engine", "processing_provider", "plugin", "resources")
    expected = _tracked("--", *folders)
    assert [name for name in expected if name.endswith(".py")], "git ls-files found no modules"
    assert not [name for name in expected if f"pixelwise/{name}" not in names]
    # The zip takes tracked files only: a module or icon not yet added to git would be missing from it.
    untracked = _tracked("--others", "--exclude-standard", "--", *folders)
    assert not untracked, f"not tracked by git, so not in the package (git add them): {untracked}"
    # Compiled translations are not tracked: the zip must add every one that has been built.
    built = [path.relative_to(REPO).as_posix() for path in (REPO / "i18n").glob("*.qm")]
    assert not [name for name in built if f"pixelwise/{name}" not in names]


@pytest.fixture(scope="module")
def installed(package, tmp_path_factory):
    """``run(*args)`` -> qgis_process in a fresh profile holding only the unzipped package, enabled.

    No PYTHONPATH (the tests' own path could hold a ``pixelwise`` pointing at the checkout), and
    bytecode writing on, so the __pycache__ that appears in the unzipped copy shows what was imported.
    """
    if not os.access(QGIS_PROCESS, os.X_OK):
        pytest.skip(f"{QGIS_PROCESS} is not installed")
    config = tmp_path_factory.mktemp("qgis_config_package")
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")

    def run(*args):
        return subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=300)

    enabled = run("plugins", "enable", "pixelwise")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    run.plugin = plugins / "pixelwise"
    return run


def test_installed_copy_is_a_real_folder(installed):
    plugin = installed.plugin
    assert plugin.is_dir() and not plugin.is_symlink()
    links = [path for path in plugin.parent.rglob("*") if path.is_symlink()]
    assert not links
    assert (plugin / "metadata.txt").read_bytes() == (REPO / "metadata.txt").read_bytes()


def test_enabled_package_lists_the_four_algorithms(installed):
    result = installed("list")
    assert result.returncode == 0, result.stdout + result.stderr
    for algorithm in ALGORITHMS:
        assert f"\t{algorithm}\t" in result.stdout, algorithm


def test_enabled_package_exports_training_data(installed, shared_data, tmp_path):
    folder = shared_data / "nb_aerial_landcover"
    out = tmp_path / "export"
    parameters = {"IN_RASTER": folder / "23322E759967N_clipped_1m_1of2.tif",
                  "IN_CLASS_DATA": folder / "BakerLake_2017_clipped.gpkg",
                  "CLASS_VALUE_FIELD": "Quatreclasses", "METADATA_FORMAT": "Classified_Tiles",
                  "TILE_SIZE_X": 128, "TILE_SIZE_Y": 128, "STRIDE_X": 128, "STRIDE_Y": 128, "OUT_FOLDER": out}
    result = installed("--json", "run", "pixelwise:exporttrainingdata", "--",
                       *(f"{key}={value}" for key, value in parameters.items()))

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Traceback" not in result.stdout + result.stderr
    chips = sorted((out / "images").glob("*.tif"))
    assert chips and json.loads(result.stdout)["results"]["CHIP_COUNT"] == len(chips)
    assert len(list((out / "labels").glob("*.tif"))) == len(chips)
    assert (out / "map.txt").is_file() and (out / "esri_model_definition.emd").is_file()
    # The engine that wrote the chips was imported from the unzipped copy, not from the checkout.
    assert list((installed.plugin / "engine" / "export" / "__pycache__").glob("exporter.*.pyc"))
    assert list((installed.plugin / "processing_provider" / "__pycache__").glob("export_training_data.*.pyc"))
