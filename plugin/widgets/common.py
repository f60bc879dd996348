"""What the export's parameter widgets share: the standard-dialog-only wrapper base and the raster view.

The custom widgets live in the algorithm dialog only. In the batch and modeler dialogs the wrapper
class hands back the widget wrapper QGIS would have made without the metadata (a plain number or
enum widget; in the modeler one that also takes model inputs and child outputs), so those dialogs
work as before.
"""

import weakref

from processing.gui.wrappers import DIALOG_STANDARD, WidgetWrapper, dialogTypes
from qgis.core import QgsProcessingContext, QgsProcessingParameters, QgsProject, QgsRasterLayer
from qgis.gui import QgsGui

from ...processing_provider.base import rectangle_bounds
from ...processing_provider.compat import WIDGET_MODELER, WIDGET_STANDARD


def weak_slot(method, *bound):
    """A slot calling ``method(*bound, *args)`` while its object lives: a lambda holding the wrapper
    would tie it to its widgets in a cycle that Python collects only after Qt deleted them."""
    ref = weakref.WeakMethod(method)

    def slot(*args):
        target = ref()
        if target is not None:
            target(*bound, *args)

    return slot


class StandardDialogWrapper(WidgetWrapper):
    """A Python widget wrapper in the algorithm dialog; QGIS's own wrapper in batch and modeler."""

    def __new__(cls, param, dialog, row=0, col=0, **kwargs):
        dialog_type = dialogTypes.get(dialog.__class__.__name__, WIDGET_STANDARD)
        if dialog_type == DIALOG_STANDARD:
            return super().__new__(cls)
        # What WidgetWrapperFactory.create_wrapper does for a parameter without widget metadata.
        registry = QgsGui.processingGuiRegistry()
        if dialog_type == WIDGET_MODELER:
            wrapper = registry.createModelerParameterWidget(dialog.model, dialog.childId, param,
                                                            dialog.context)
        else:
            wrapper = registry.createParameterWidgetWrapper(param, dialog_type)
        wrapper.setDialog(dialog)
        return wrapper

    def __init__(self, param, dialog, row=0, col=0, **kwargs):
        self.wrappers = {}
        super().__init__(param, dialog, row, col, **kwargs)

    # Processing reads a Python wrapper's ``widget`` and ``label``; code that asks any wrapper for
    # wrappedWidget()/wrappedLabel() (the C++ wrappers' API) gets the same widgets.
    def wrappedWidget(self):
        return self.widget

    def wrappedLabel(self):
        return self.label

    def postInitialize(self, wrappers):
        # Every wrapper of the dialog, by parameter name: the widgets read and drive each other.
        self.wrappers = {w.parameterDefinition().name(): w for w in wrappers}
        self.linked()

    def linked(self):
        """Called once every wrapper of the dialog exists."""

    def other_value(self, name):
        """The current value of another parameter's widget, or None."""
        wrapper = self.wrappers.get(name)
        return wrapper.parameterValue() if wrapper is not None else None

    def connect_to(self, names, slot):
        """Call ``slot()`` whenever one of the widgets of ``names`` changes."""
        for name in names:
            wrapper = self.wrappers.get(name)
            if wrapper is not None:
                wrapper.widgetValueHasChanged.connect(weak_slot(self._other_changed, slot.__name__))

    def _other_changed(self, slot_name, _wrapper):
        getattr(self, slot_name)()

    def select_option(self, combo, value):
        """Select the enum option ``value`` (a keyword, its index, or a one-item list of either) in
        ``combo`` (item data = keyword); returns the index, or -1 when ``value`` is no option."""
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        options = self.parameterDefinition().options()
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(options):
            value = options[value]
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index

    def set_enabled(self, name, enabled):
        """Enable or disable another parameter's widget and label."""
        wrapper = self.wrappers.get(name)
        if wrapper is None:
            return
        widgets = ((wrapper.widget, wrapper.label) if isinstance(wrapper, WidgetWrapper)
                   else (wrapper.wrappedWidget(), wrapper.wrappedLabel()))
        for widget in widgets:
            if widget is not None:
                widget.setEnabled(enabled)

    def processing_context(self):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return context

    def first_raster(self, name="IN_RASTER"):
        """``(source, crs)`` of the first raster of ``name`` as the dialog holds it now, or None.

        Only these are kept: a raster given as a path is loaded into a context that is dropped here,
        so no layer outlives the call (a layer deleted after QGIS exits crashes it).
        """
        wrapper = self.wrappers.get(name)
        if wrapper is None:
            return None
        context = self.processing_context()  # holds a layer loaded from a path until we return
        layers = QgsProcessingParameters.parameterAsLayerList(wrapper.parameterDefinition(),
                                                              wrapper.parameterValue(), context)
        layer = layers[0] if layers else None
        if not (isinstance(layer, QgsRasterLayer) and layer.isValid()):
            return None
        return layer.source(), layer.crs()

    def source_view(self):
        """The engine's view of the first raster, cropped to EXTENT and resampled to CELL_SIZE as the
        export reads it, or None (no raster, an extent outside it, or no rasterio). Close it after use.
        """
        raster = self.first_raster()
        if raster is None:
            return None
        source, crs = raster
        context = self.processing_context()
        extent = None
        extent_wrapper = self.wrappers.get("EXTENT")
        if extent_wrapper is not None:
            extent = rectangle_bounds(QgsProcessingParameters.parameterAsExtent(
                extent_wrapper.parameterDefinition(), extent_wrapper.parameterValue(), context, crs))
        cell_size = 0.0
        cell_wrapper = self.wrappers.get("CELL_SIZE")
        if cell_wrapper is not None:
            cell_size = QgsProcessingParameters.parameterAsDouble(
                cell_wrapper.parameterDefinition(), cell_wrapper.parameterValue(), context) or 0.0
        try:
            from ...engine.errors import PixelwiseError
            from ...engine.raster_io import SourceView
        except ImportError:  # rasterio missing: the dependency check says so when the export runs
            return None
        try:
            return SourceView(source, extent=extent, cell_size=cell_size)
        except PixelwiseError:
            return None
