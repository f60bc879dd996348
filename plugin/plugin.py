"""The plugin object QGIS creates through ``classFactory``: the Processing provider, and in QGIS Desktop a
'Pixelwise' entry in the Raster menu and a toolbar that open Processing's own algorithm dialogs."""

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtWidgets import QAction

from ..processing_provider.dependencies import installable, missing_modules, tr
from ..processing_provider.provider import PixelwiseProvider
from .i18n import remove_translator

MENU = "Pixelwise"
TOOLBAR_OBJECT_NAME = "PixelwiseToolbar"
# The tools in workflow order: export → train → classify → assess.
ALGORITHM_IDS = ("pixelwise:exporttrainingdata", "pixelwise:trainpixelclassifier",
                 "pixelwise:classifypixels", "pixelwise:computeaccuracy")
# Raster ▸ Pixelwise ▸ Install Python packages… (the dependency dialog for every tool that lacks some).
DEPENDENCIES_ACTION = "pixelwise:installdependencies"


class PixelwisePlugin:
    """Registers the Pixelwise provider in QGIS Desktop and under qgis_process (where ``iface`` is None)."""

    def __init__(self, iface):
        self.iface = iface
        # The registry does not own Python providers: this reference keeps ours alive.
        self.provider = None
        self.actions = []
        self.dependencies_action = None
        self.toolbar = None
        # The last dependency dialog shown (tests look into it).
        self.dependency_dialog = None

    def initProcessing(self):
        """Create and register the provider once; QGIS Desktop and qgis_process both call this."""
        if self.provider is not None:
            return
        provider = PixelwiseProvider()
        # addProvider refuses (and deletes) a provider whose id is taken, e.g. by a second copy of the
        # plugin: keep none then, so that unload leaves the other copy's provider registered.
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    def initGui(self):
        """QGIS Desktop only: the provider, then one action per algorithm in Raster ▸ Pixelwise and on
        the Pixelwise toolbar."""
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(MENU)
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        registry = QgsApplication.processingRegistry()
        for algorithm_id in ALGORITHM_IDS:
            algorithm = registry.algorithmById(algorithm_id)
            if algorithm is None:
                continue
            action = QAction(algorithm.icon(), algorithm.displayName(), self.iface.mainWindow())
            action.setObjectName(algorithm_id)
            action.setData(algorithm_id)
            action.setToolTip(algorithm.displayName())
            action.triggered.connect(lambda _checked=False, alg_id=algorithm_id: self.open_dialog(alg_id))
            self.iface.addPluginToRasterMenu(MENU, action)
            self.toolbar.addAction(action)
            self.actions.append(action)
        self.dependencies_action = QAction(tr("Install Python packages…"), self.iface.mainWindow())
        self.dependencies_action.setObjectName(DEPENDENCIES_ACTION)
        self.dependencies_action.triggered.connect(lambda _checked=False: self.install_dependencies())
        self.iface.addPluginToRasterMenu(MENU, self.dependencies_action)

    def open_dialog(self, algorithm_id):
        """Processing's own dialog for ``algorithm_id`` (history, batch mode and the modeler work as from
        the Toolbox). When Python packages are missing: first the offer to install them (the dependency
        dialog); for packages it cannot install, the reason, as the Toolbox gives it."""
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        if algorithm is None:
            return
        ok, reason = algorithm.canExecute()
        if not ok:
            missing = missing_modules(algorithm.REQUIRED_MODULES)
            if missing and installable(missing) == missing:
                if not self.install_dependencies(missing, algorithm.displayName()):
                    return  # declined, cancelled or failed: the dialog said so
            else:
                self.iface.messageBar().pushMessage(algorithm.displayName(), reason,
                                                    Qgis.MessageLevel.Warning, 0)
                return
        import processing  # QGIS's Processing plugin, importable in QGIS Desktop

        processing.execAlgorithmDialog(algorithm_id)

    def install_dependencies(self, modules=None, tool=None):
        """Offer to install ``modules`` (default: every installable module a Pixelwise tool lacks) into
        Pixelwise's own folder; True when they import afterwards. Nothing is installed unless the user
        agrees in the dialog."""
        from .dependency_dialog import DependencyDialog

        registry = QgsApplication.processingRegistry()
        if modules is None:
            algorithms = [registry.algorithmById(algorithm_id) for algorithm_id in ALGORITHM_IDS]
            # Optional packages too (Dask for DASK_SCHEDULER): this menu entry is where users get them.
            needed = [name for alg in algorithms if alg is not None
                      for name in alg.REQUIRED_MODULES + alg.OPTIONAL_MODULES]
            modules = installable(missing_modules(dict.fromkeys(needed)))
            tool = tool or MENU
            if not modules:
                self.iface.messageBar().pushMessage(
                    MENU, tr("Every Python package Pixelwise uses is installed."), Qgis.MessageLevel.Info, 5)
                return True
        self.dependency_dialog = DependencyDialog(modules, tool or MENU, self.iface.mainWindow())
        self.dependency_dialog.exec()
        return self.dependency_dialog.installed

    def unload(self):
        extra = [self.dependencies_action] if self.dependencies_action is not None else []
        for action in self.actions + extra:
            self.iface.removePluginRasterMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        self.dependencies_action = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()  # installed by classFactory
