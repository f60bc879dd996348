"""Shared test set-up: the plugin importable as ``pixelwise``, offscreen Qt, data and provider fixtures.

The repository root is the plugin folder, whatever the checkout is called; QGIS imports it under the
folder name it is installed as (``pixelwise``). The tests do the same through a symlink
``.build/pythonpath/pixelwise -> <repo>`` put at the front of ``sys.path`` before anything imports
the plugin.
"""

import gc
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PYTHONPATH = REPO / ".build" / "pythonpath"


def _link_plugin_package():
    link = PYTHONPATH / "pixelwise"
    if not (link.is_symlink() and link.resolve() == REPO):
        PYTHONPATH.mkdir(parents=True, exist_ok=True)
        # Replace atomically so two test runs starting together both see a complete link.
        tmp = PYTHONPATH / f".pixelwise.{os.getpid()}"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(REPO, target_is_directory=True)
        tmp.replace(link)
    if str(PYTHONPATH) not in sys.path:
        sys.path.insert(0, str(PYTHONPATH))


_link_plugin_package()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def garbage_collected_before_qgis_exits(qgis_app):
    """Free the reference cycles the tests leave (``pytest.raises`` keeps the test's frame, an exception
    raised in a worker thread keeps the future's) while QGIS still runs: freed by the interpreter at exit,
    after pytest-qgis has called exitQgis, their rasterio CRS objects crash Python 3.14 with GDAL 3.13."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def shared_data():
    """Path of the shared test data next to the checkout (``<repo>/../shared/data``)."""
    path = REPO.parent / "shared" / "data"
    if not path.is_dir():
        pytest.skip(f"../shared/data is absent: {path} holds the shared test rasters and labels")
    return path


@pytest.fixture(scope="session")
def pixelwise_provider(qgis_app, qgis_processing):
    """The Pixelwise provider registered exactly as QGIS does it (``classFactory`` then ``initProcessing``).

    The plugin object is kept until the session ends: the Processing registry does not own Python
    providers, and registering the same id twice deletes the second provider.
    """
    import pixelwise

    plugin = pixelwise.classFactory(None)
    plugin.initProcessing()
    yield plugin.provider
    plugin.unload()


@pytest.fixture(scope="session")
def classify_inputs(shared_data, tmp_path_factory):
    """The Landsat scenes, an RGB raster and an EMD (file and JSON text) for the real UKIS cloud model."""
    from helpers import ukis_inputs

    return ukis_inputs(shared_data, tmp_path_factory.mktemp("ukis"))


@pytest.fixture(scope="session")
def classify_parameters(classify_inputs):
    """The cloudy scene with the real model on the CPU; tests add OUT_CLASSIFIED_RASTER."""
    return {"IN_RASTER": classify_inputs["cloudy"], "IN_MODEL_DEFINITION": classify_inputs["emd"],
            "ARGUMENTS": "padding=32;batch_size=2", "PROCESSOR_TYPE": "CPU"}


@pytest.fixture(scope="session")
def bad_files(shared_data, classify_inputs, tmp_path_factory):
    """The bad inputs of the catalogue (tests/catalogue.py), made from the real data on first use."""
    from catalogue import BadFiles

    return BadFiles(shared_data, tmp_path_factory.mktemp("bad_files"), classify_inputs)
