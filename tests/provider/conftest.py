"""Fixtures for the Processing tests: the export through processing.run, data, an earlier export."""

import shutil

import pytest

ALGORITHM = "pixelwise:exporttrainingdata"


@pytest.fixture(scope="session")
def processing_run(pixelwise_provider):
    """``processing.run`` (the module is importable only once pytest-qgis set up Processing)."""
    import processing

    return processing.run


@pytest.fixture(scope="session")
def run_export(processing_run):
    """``run_export(parameters, feedback=None)``: processing.run of the export algorithm."""

    def run(parameters, feedback=None):
        return processing_run(ALGORITHM, parameters, feedback=feedback)

    return run


@pytest.fixture(scope="session")
def nb_data(shared_data):
    """The New Brunswick aerial crop (EPSG:2953, 0.5 m, RGB) and its land-cover polygons."""
    folder = shared_data / "nb_aerial_landcover"
    return {"raster": str(folder / "23322E759967N_clipped_1m_1of2.tif"),
            "labels": str(folder / "BakerLake_2017_clipped.gpkg")}


@pytest.fixture(scope="session")
def nb_parameters(nb_data):
    """A small Classified_Tiles export of the aerial crop; tests add OUT_FOLDER and their changes."""
    from catalogue import export_parameters

    return export_parameters(nb_data["raster"], nb_data["labels"])


@pytest.fixture(scope="session")
def earlier_export(run_export, nb_parameters, tmp_path_factory):
    """A finished export made with ``nb_parameters`` (read-only: copy it with ``copy_of_earlier_export``)."""
    folder = tmp_path_factory.mktemp("earlier") / "export"
    run_export({**nb_parameters, "OUT_FOLDER": str(folder)})
    return folder


@pytest.fixture
def copy_of_earlier_export(earlier_export, tmp_path):
    folder = tmp_path / "existing_export"
    shutil.copytree(earlier_export, folder)
    return folder


@pytest.fixture(scope="session", autouse=True)
def layer_tree_view(qgis_iface):
    """QGIS Desktop's layer tree view over the project's tree, which pytest-qgis's ``qgis_iface`` lacks (it
    answers any unknown method with a MagicMock): QGIS 3.44's Processing hands ``iface.layerTreeView()`` to
    ``QgsProcessingGuiUtils.addResultLayers`` when it loads results, and that takes only a real view."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView(qgis_iface.mainWindow())
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    yield view
    del qgis_iface.layerTreeView


@pytest.fixture(autouse=True)
def slot_errors(monkeypatch):
    """An exception in a Qt slot (a widget's, an action's) reaches sys.excepthook, whose default aborts
    the process under PyQt5: collect them instead, and fail the test."""
    errors = []
    monkeypatch.setattr("sys.excepthook", lambda kind, value, traceback: errors.append(value))
    yield errors
    assert errors == []


@pytest.fixture()
def tile_cache(tmp_path_factory):
    """A fresh QGIS cache folder (where GDAL keeps the tiles of web layers) for one test."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    before = settings.value("cache/directory")
    folder = tmp_path_factory.mktemp("qgis_cache")
    settings.setValue("cache/directory", str(folder))
    yield folder
    if before is None:
        settings.remove("cache/directory")
    else:
        settings.setValue("cache/directory", before)
