"""METADATA_FORMAT as a combo box with a one-line description, enabling only the options the format uses."""

from qgis.PyQt.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from .common import StandardDialogWrapper
from .tile_stride import PER_FEATURE_FORMATS

# The parameters only some formats use, and those formats (tests/provider/test_export_widgets.py
# checks them against the engine's writers and IN_RASTER2_FORMATS).
PANOPTIC = ("Panoptic_Segmentation",)
FORMAT_OPTIONS = {
    "BLACKEN_AROUND_FEATURE": PER_FEATURE_FORMATS,
    "CROP_MODE": PER_FEATURE_FORMATS,
    "IN_INSTANCE_DATA": PANOPTIC,
    "INSTANCE_CLASS_VALUE_FIELD": PANOPTIC,
    "IN_RASTER2": ("Classified_Tiles", "Export_Tiles", "CycleGAN"),
}


def format_descriptions(help_text):
    """``{keyword: description}`` from the parameter's help, one ``keyword: description`` a line."""
    descriptions = {}
    for line in help_text.splitlines()[1:]:
        keyword, _, description = line.strip().partition(": ")
        if description:
            descriptions[keyword] = description
    return descriptions


class MetadataFormatWidgetWrapper(StandardDialogWrapper):
    """Wrapper of METADATA_FORMAT."""

    def createWidget(self):
        definition = self.parameterDefinition()
        self.descriptions = format_descriptions(definition.help())
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        for keyword in definition.options():
            self.combo.addItem(keyword, keyword)
            self.combo.setItemData(self.combo.count() - 1, self.descriptions.get(keyword, ""),
                                   role=3)  # Qt.ToolTipRole
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.combo)
        layout.addWidget(self.description)
        self.combo.currentIndexChanged.connect(self._changed)
        return widget

    def _changed(self, _index):
        self.description.setText(self.descriptions.get(self.value(), ""))
        self.apply_to_options()
        self.widgetValueHasChanged.emit(self)

    def linked(self):
        self.apply_to_options()

    def apply_to_options(self):
        """Enable the widgets of the parameters this format uses, disable the others of FORMAT_OPTIONS."""
        metadata_format = self.value()
        for name, formats in FORMAT_OPTIONS.items():
            self.set_enabled(name, metadata_format in formats)

    def setValue(self, value):
        index = self.select_option(self.combo, value)
        if index >= 0:
            self._changed(index)

    def value(self):
        return self.combo.currentData()
