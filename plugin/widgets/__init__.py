"""Custom Processing parameter widgets of the export algorithm.

Processing imports them by the dotted class path in each parameter's ``widget_wrapper`` metadata
(``pixelwise.plugin.widgets.tile_stride.TileStrideWidgetWrapper``), so the provider names them without
importing the plugin. They are used in the algorithm dialog; the batch and modeler dialogs get QGIS's
standard widgets (see :class:`common.StandardDialogWrapper`).
"""
