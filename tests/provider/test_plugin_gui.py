"""The plugin in QGIS Desktop, with pytest-qgis's ``qgis_iface`` (a real QMainWindow): Raster ▸ Pixelwise
and the Pixelwise toolbar hold the four tools, each opens Processing's own algorithm dialog, and unload
takes everything away again.

pytest-qgis 2.1.0's QgisInterface has ``addToolBar`` (a real QToolBar on its main window) but no
``rasterMenu`` / ``addPluginToRasterMenu`` / ``removePluginRasterMenu``, nor the ``browserModel`` that
Processing's parameter panel asks for: the ``iface`` fixture below adds them to it, doing what QgisApp does
(a submenu per name in the Raster menu, removed when it is empty). Nothing in QGIS is patched.
"""

import pytest
from qgis.core import Qgis, QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QApplication, QLabel, QMenu
from test_dependencies import blocked_import

ALGORITHM_IDS = ("pixelwise:exporttrainingdata", "pixelwise:trainpixelclassifier",
                 "pixelwise:classifypixels", "pixelwise:computeaccuracy")


def _submenu(menu, title):
    return next((a.menu() for a in menu.actions() if a.menu() is not None and a.menu().title() == title),
                None)


@pytest.fixture
def iface(qgis_iface, monkeypatch):
    """pytest-qgis's interface, with QgisApp's Raster-menu methods it lacks."""
    window = qgis_iface.mainWindow()
    raster_menu = window.menuBar().addMenu("&Raster")

    def add_plugin_to_raster_menu(name, action):
        submenu = _submenu(raster_menu, name) or raster_menu.addMenu(name)
        submenu.addAction(action)

    def remove_plugin_raster_menu(name, action):
        submenu = _submenu(raster_menu, name)
        if submenu is None:
            return
        submenu.removeAction(action)
        if not submenu.actions():
            raster_menu.removeAction(submenu.menuAction())
            submenu.deleteLater()

    monkeypatch.setattr(qgis_iface, "rasterMenu", lambda: raster_menu, raising=False)
    monkeypatch.setattr(qgis_iface, "addPluginToRasterMenu", add_plugin_to_raster_menu, raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginRasterMenu", remove_plugin_raster_menu, raising=False)
    # Processing's parameter panel asks for the browser model (QgsBrowserGuiModel); None is allowed.
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)
    yield qgis_iface
    window.menuBar().removeAction(raster_menu.menuAction())
    raster_menu.deleteLater()
    _delete_later_now()


def _delete_later_now():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def plugin(iface, pixelwise_provider, qgis_processing):
    """The plugin created as QGIS Desktop does it: ``classFactory(iface)`` then ``initGui``."""
    import pixelwise

    plugin = pixelwise.classFactory(iface)
    plugin.initGui()
    yield plugin
    plugin.unload()
    _delete_later_now()


class DialogCloser:
    """Closes the modal dialog that ``exec_()`` blocks on, from inside its event loop, and records it."""

    def __init__(self):
        self.dialogs = []
        self.tries = 0

    def start(self):
        QTimer.singleShot(0, self._close)

    def _close(self):
        from processing.gui.AlgorithmDialog import AlgorithmDialog

        dialogs = [widget for widget in QApplication.topLevelWidgets()
                   if isinstance(widget, AlgorithmDialog) and widget.isVisible()]
        modal = QApplication.activeModalWidget()
        if dialogs:
            self.dialogs.extend(dialogs)
            for dialog in dialogs:
                dialog.reject()
        elif modal is not None:  # something else is blocking: close it and let the test fail
            self.dialogs.append(modal)
            modal.reject()
        elif self.tries < 50:
            self.tries += 1
            QTimer.singleShot(20, self._close)

    def delete_dialogs(self):
        for dialog in self.dialogs:
            dialog.deleteLater()
        _delete_later_now()


def test_four_actions_in_the_raster_menu_and_the_toolbar(plugin, iface):
    registry = QgsApplication.processingRegistry()
    algorithms = [registry.algorithmById(algorithm_id) for algorithm_id in ALGORITHM_IDS]

    assert [action.data() for action in plugin.actions] == list(ALGORITHM_IDS)
    assert [action.text() for action in plugin.actions] == [a.displayName() for a in algorithms]
    for action, algorithm in zip(plugin.actions, algorithms, strict=True):
        assert not action.icon().isNull()
        assert action.icon().pixmap(24, 24).toImage() == algorithm.icon().pixmap(24, 24).toImage()

    toolbar = plugin.toolbar
    assert toolbar.objectName() == "PixelwiseToolbar" and toolbar.windowTitle() == "Pixelwise"
    assert toolbar.parent() is iface.mainWindow()
    assert toolbar.actions() == plugin.actions

    submenu = _submenu(iface.rasterMenu(), "Pixelwise")
    assert isinstance(submenu, QMenu)
    assert submenu.actions() == plugin.actions + [plugin.dependencies_action]
    assert plugin.dependencies_action.text() == "Install Python packages…"


@pytest.mark.parametrize("algorithm_id", ALGORITHM_IDS)
def test_an_action_opens_processings_dialog(plugin, algorithm_id):
    action = next(a for a in plugin.actions if a.data() == algorithm_id)
    if not QgsApplication.processingRegistry().algorithmById(algorithm_id).canExecute()[0]:
        pytest.skip(f"{algorithm_id} cannot run here (a missing Python package)")
    closer = DialogCloser()
    closer.start()
    action.trigger()  # processing.execAlgorithmDialog: returns when the dialog is closed
    try:
        from processing.gui.AlgorithmDialog import AlgorithmDialog

        assert len(closer.dialogs) == 1, closer.dialogs
        dialog = closer.dialogs[0]
        assert isinstance(dialog, AlgorithmDialog)
        assert dialog.algorithm().id() == algorithm_id
    finally:
        closer.delete_dialogs()


def test_a_missing_package_is_offered_for_install_and_nothing_runs_without_consent(plugin, iface):
    """A missing onnxruntime: the action opens the dependency dialog (and no algorithm dialog); declined,
    nothing is installed or started, and no warning is added (the dialog said what was missing)."""
    from pixelwise.plugin.dependency_dialog import DependencyDialog

    action = next(a for a in plugin.actions if a.data() == "pixelwise:classifypixels")
    warnings = iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    before = len(warnings)
    closer = DialogCloser()
    with blocked_import("onnxruntime"):
        closer.start()  # rejects the modal dialog that opens
        action.trigger()
    try:
        assert [type(dialog) for dialog in closer.dialogs] == [DependencyDialog]
        dialog = closer.dialogs[0]
        assert dialog is plugin.dependency_dialog and dialog.modules == ["onnxruntime"]
        assert dialog.process is None and not dialog.installed
        assert "Classify Pixels Using Deep Learning" in dialog.findChild(QLabel, "intro").text()
        assert warnings[before:] == []
    finally:
        closer.delete_dialogs()


def test_a_package_the_dialog_cannot_install_shows_the_reason_instead(plugin, iface):
    """Like the Toolbox: rasterio (QGIS's own) missing gives the reason in the message bar, no dialog."""
    action = next(a for a in plugin.actions if a.data() == "pixelwise:exporttrainingdata")
    warnings = iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    before = len(warnings)
    closer = DialogCloser()
    with blocked_import("rasterio"):
        export = QgsApplication.processingRegistry().algorithmById("pixelwise:exporttrainingdata")
        reason = export.canExecute()[1]
        closer.start()  # closes a dialog if one wrongly opens, so the test fails instead of hanging
        action.trigger()
    try:
        assert closer.dialogs == []
        assert warnings[before:] == [f"Export Training Data For Deep Learning:{reason}"]
        assert "-m pip install" in reason and "python3-rasterio" in reason
    finally:
        closer.delete_dialogs()


def test_unload_removes_the_menu_the_toolbar_and_the_actions(iface, pixelwise_provider, qgis_processing):
    import pixelwise

    plugin = pixelwise.classFactory(iface)
    plugin.initGui()
    actions, toolbar = list(plugin.actions) + [plugin.dependencies_action], plugin.toolbar
    assert len(actions) == 5

    plugin.unload()
    _delete_later_now()

    assert all(sip.isdeleted(action) for action in actions)
    assert sip.isdeleted(toolbar)
    assert _submenu(iface.rasterMenu(), "Pixelwise") is None
    assert plugin.actions == [] and plugin.dependencies_action is None and plugin.toolbar is None
    # The session's provider was registered first: this copy kept none, so unload left it registered.
    assert QgsApplication.processingRegistry().providerById("pixelwise") is pixelwise_provider
