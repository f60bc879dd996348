"""IMAGE_CHIP_FORMAT as a combo box that warns when the input raster cannot be stored in the format."""

from qgis.PyQt.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ...processing_provider.base import tr
from .common import StandardDialogWrapper


class ChipFormatWidgetWrapper(StandardDialogWrapper):
    """Wrapper of IMAGE_CHIP_FORMAT; the warning is the engine's own refusal (``check_chip_format``)."""

    def createWidget(self):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        for keyword in self.parameterDefinition().options():
            self.combo.addItem(keyword, keyword)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b35900")
        self.warning.setVisible(False)
        layout.addWidget(self.combo)
        layout.addWidget(self.warning)
        self.combo.currentIndexChanged.connect(self._changed)
        return widget

    def _changed(self, _index):
        self.check()
        self.widgetValueHasChanged.emit(self)

    def linked(self):
        self.connect_to(("IN_RASTER",), self.check)
        self.check()

    def check(self):
        """Show the warning when the first input raster's bands or data type do not fit the format."""
        message = self.problem()
        self.warning.setText(f"⚠ {message}" if message else "")
        self.warning.setVisible(bool(message))

    def problem(self):
        """The reason the current raster cannot be written in the chosen format, or None."""
        raster = self.first_raster() if self.wrappers else None
        if raster is None:
            return None
        try:
            from ...engine.errors import InvalidInput
            from ...engine.raster_io import check_chip_format, open_raster
        except ImportError:
            return None
        try:
            with open_raster(raster[0], "IN_RASTER") as dataset:
                count, dtype = dataset.count, dataset.dtypes[0]
            check_chip_format(self.value(), count, dtype)
        except InvalidInput as error:
            return error.message(tr)
        return None

    def setValue(self, value):
        self.select_option(self.combo, value)

    def value(self):
        return self.combo.currentData()
