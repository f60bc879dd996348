"""Model card for Classify Pixels' IN_MODEL_DEFINITION: the standard file selector plus what the chosen
model is (type, input size, bands, classes with their colours, argument defaults), read by the engine.

The wrapper also fills the ARGUMENTS widget with the model's defaults (only while it is empty or still
holds the previous model's defaults) and warns when the IN_RASTER layer does not have the bands the model
takes. It is named by the parameter's metadata (``{'widget_wrapper': {'class': '…ModelCardWrapper'}}``),
so processing_provider does not import the GUI. The batch and modeler dialogs get Processing's plain
file widget (:class:`common.StandardDialogWrapper`).
"""

import html
import tempfile
from dataclasses import dataclass
from typing import Optional, Tuple

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...processing_provider.base import tr
from ...processing_provider.classify_pixels import _class_styles
from .common import StandardDialogWrapper

# Typing a path fires a change per key: the model is read once the typing pauses.
EDIT_DELAY_MS = 400
KIND_NAMES = {"emd": "Esri model definition", "dlpk": "deep learning package", "onnx": "ONNX metadata"}


@dataclass(frozen=True)
class ModelSummary:
    """What the card shows of a model, as the engine reads it.

    ``tile`` is (height, width) or None when the input size is open; ``channels`` the ONNX input
    channels (None: open, or ONNX Runtime is not installed); ``arguments`` the defaults as
    ``name=value;…`` (empty when they cannot be resolved, ``arguments_error`` says why).
    """

    model_type: str
    kind: str
    tile: Optional[Tuple[int, int]]
    extract_bands: Optional[Tuple]
    channels: Optional[int]
    classes: Tuple  # (value, name, (r, g, b))
    arguments: str
    arguments_error: str = ""

    @property
    def band_count(self):
        """Bands the model takes (ExtractBands, else the input channels); None when unknown."""
        return len(self.extract_bands) if self.extract_bands is not None else self.channels


def error_line(err):
    """The one-line text of an error: the engine's message, or the first line of anything else."""
    from ...engine.errors import PixelwiseError

    text = err.message(tr).strip() if isinstance(err, PixelwiseError) else str(err).strip()
    if not isinstance(err, PixelwiseError):
        text = f"{type(err).__name__}: {text}" if text else type(err).__name__
    return text.splitlines()[0] if text else tr("the model definition cannot be read")


def _input_io(definition):
    """The ONNX input (channels, height, width) as the classifier reads it; Nones without ONNX Runtime."""
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return None, None, None
    from ...engine.classify.classifier import _model_io
    from ...engine.session import create_session

    io = _model_io(create_session(definition.model_file, "CPU"), definition, lambda _message: None)
    return io.channels, io.height, io.width


def arguments_text(args, fixed_tile):
    """``name=value;…`` of resolved ``ModelArguments``; tile_size only where the input size is open."""
    values = [("padding", args.padding), ("batch_size", args.batch_size)]
    if not fixed_tile:
        values.append(("tile_size", args.tile_height))
    values += [("predict_background", args.predict_background),
               ("test_time_augmentation", args.test_time_augmentation), ("merge_policy", args.merge_policy)]
    return ";".join(f"{name}={value}" for name, value in values)


def summarize_model(source):
    """:class:`ModelSummary` of the model definition ``source`` (path or EMD JSON text). A .dlpk is
    unpacked into a temporary folder that is gone when this returns. Raises what the engine raises."""
    from ...engine.classify import load_model_definition, resolve_arguments
    from ...engine.errors import InvalidInput

    with tempfile.TemporaryDirectory(prefix="pixelwise-card-") as work_dir:
        definition = load_model_definition(source, work_dir)
        channels, height, width = _input_io(definition)
    fixed = height is not None and width is not None
    arguments, arguments_error = "", ""
    try:
        args = resolve_arguments({}, definition, height, width)
        tile = (args.tile_height, args.tile_width)
        arguments = arguments_text(args, fixed)
    except InvalidInput as err:
        tile, arguments_error = None, error_line(err)
    if not fixed and not definition.tile_height:
        tile = None
    return ModelSummary(definition.model_type, definition.kind, tile, definition.extract_bands, channels,
                        _class_styles(definition.classes), arguments, arguments_error)


def _band_labels(source):
    """(description, colour interpretation) of every band of the raster at ``source``, the way the
    engine names them; None when GDAL cannot open it."""
    from osgeo import gdal

    from ...processing_provider.base import quiet_gdal_open

    dataset, _detail = quiet_gdal_open(source)
    if dataset is None:
        return None
    labels = []
    for b in range(1, dataset.RasterCount + 1):
        band = dataset.GetRasterBand(b)
        labels.append((band.GetDescription() or "",
                       gdal.GetColorInterpretationName(band.GetColorInterpretation()).lower()))
    return tuple(labels)


def band_mismatch(summary, raster):
    """The engine's one-line message when ``raster`` (``(source, crs)`` of the dialog's IN_RASTER, or
    None) lacks the bands the model takes, else ''."""
    from ...engine.classify import resolve_bands
    from ...engine.errors import InvalidInput

    if summary is None or raster is None:
        return ""
    labels = _band_labels(raster[0])
    if labels is None:
        return ""
    if summary.extract_bands is None and summary.channels is None:
        return ""
    try:
        resolve_bands(summary.extract_bands, labels, summary.channels)
    except InvalidInput as err:
        return error_line(err)
    return ""


def _hex(rgb):
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def card_html(summary):
    """Rich text of the card: one row per fact, the classes with a colour swatch each."""
    esc = html.escape
    if summary.tile is not None:
        size = f"{summary.tile[0]}×{summary.tile[1]} px"
    else:
        size = tr("open (ARGUMENTS tile_size)")
    if summary.extract_bands is not None:
        bands = (f"{len(summary.extract_bands)} (ExtractBands "
                 f"{', '.join(str(b) for b in summary.extract_bands)})")
    elif summary.channels is not None:
        bands = f"{summary.channels} ({tr('model input channels, raster bands in order')})"
    else:
        bands = tr("the raster's bands in order")
    rows = [(tr("Type"), esc(summary.model_type)),
            (tr("Framework"), esc(f"ONNX ({KIND_NAMES.get(summary.kind, summary.kind)})")),
            (tr("Input size"), esc(size)),
            (tr("Bands"), esc(bands))]
    if summary.classes:
        classes = "".join(
            f'<tr><td bgcolor="{_hex(rgb)}" width="14">&nbsp;&nbsp;&nbsp;</td>'
            f"<td>{value}</td><td>{esc(name)}</td></tr>" for value, name, rgb in summary.classes)
        rows.append((tr("Classes"), f'<table cellspacing="1" cellpadding="1">{classes}</table>'))
    else:
        rows.append((tr("Classes"), esc(tr("one per output channel, named by its index"))))
    if summary.arguments:
        rows.append((tr("Argument defaults"), esc(summary.arguments.replace(";", "; "))))
    else:
        rows.append((tr("Argument defaults"), esc(summary.arguments_error)))
    body = "".join(f'<tr><td valign="top"><b>{esc(label)}</b></td><td>{value}</td></tr>'
                   for label, value in rows)
    return f'<table cellspacing="2" cellpadding="0">{body}</table>'


class ModelCardWidget(QWidget):
    """The file selector (a path; EMD JSON text may be typed in), the card and the band warning."""

    def __init__(self, file_filter, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.file_widget = QgsFileWidget()
        self.file_widget.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.file_widget.setFilter(file_filter)
        self.file_widget.setDialogTitle(tr("Model definition"))
        self.card = QLabel()
        self.card.setObjectName("modelCard")
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setWordWrap(True)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.setVisible(False)
        self.warning = QLabel()
        self.warning.setObjectName("bandWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b35900; font-weight: bold;")
        self.warning.setVisible(False)
        for widget in (self.file_widget, self.card, self.warning):
            layout.addWidget(widget)

    def value(self):
        return self.file_widget.filePath().strip() or None

    def set_value(self, value):
        self.file_widget.setFilePath("" if value is None else str(value))

    def show_summary(self, summary):
        self.card.setText(card_html(summary))
        self.card.setVisible(True)

    def show_error(self, text):
        self.card.setText(f'<span style="color:#c00000">{html.escape(text)}</span>')
        self.card.setVisible(True)

    def clear_card(self):
        self.card.clear()
        self.card.setVisible(False)

    def set_warning(self, text):
        self.warning.setText(f"⚠ {text}" if text else "")
        self.warning.setVisible(bool(text))


class ModelCardWrapper(StandardDialogWrapper):
    """IN_MODEL_DEFINITION in the algorithm dialog: :class:`ModelCardWidget`, wired to the IN_RASTER and
    ARGUMENTS widgets once the dialog has them all. Values are what the plain file widget gives: the
    path (or EMD text) as a string, None when empty. Batch and modeler get QGIS's plain file widget."""

    def __init__(self, param, dialog, row=0, col=0, raster_parameter="IN_RASTER",
                 arguments_parameter="ARGUMENTS", **kwargs):
        self.raster_parameter = raster_parameter
        self.arguments_parameter = arguments_parameter
        self.summary = None
        self.filled_arguments = ""  # the defaults this card put into ARGUMENTS last
        self._shown_source = None
        self._timer = None
        super().__init__(param, dialog, row, col, **kwargs)

    # --- WidgetWrapper ---------------------------------------------------------------------------

    def createWidget(self, **_kwargs):
        widget = ModelCardWidget(self.parameterDefinition().fileFilter())
        self._timer = QTimer(widget)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.update_card)
        widget.file_widget.fileChanged.connect(self._edited)
        return widget

    def setValue(self, value):
        self.widget.set_value(value)
        self.update_card()

    def value(self):
        return self.widget.value()

    def linked(self):
        self.connect_to([self.raster_parameter], self.update_warning)
        self.update_card(force=True)

    # --- behaviour -------------------------------------------------------------------------------

    def _edited(self, _text):
        self.widgetValueHasChanged.emit(self)
        self._timer.start()

    def update_card(self, force=False):
        """Read the chosen model and show it; fill ARGUMENTS and check the raster's bands."""
        if self._timer is not None:
            self._timer.stop()
        source = self.value()
        if source == self._shown_source and not force:
            return
        self._shown_source = source
        self.summary = None
        if source is None:
            self.widget.clear_card()
        else:
            try:
                self.summary = summarize_model(source)
            except Exception as err:  # the card shows every failure as one line, never a traceback
                self.widget.show_error(error_line(err))
            else:
                self.widget.show_summary(self.summary)
                self.fill_arguments(self.summary.arguments)
        self.update_warning()

    def fill_arguments(self, defaults):
        """Put ``defaults`` into ARGUMENTS unless the user wrote something of their own there."""
        wrapper = self.wrappers.get(self.arguments_parameter)
        if wrapper is None or not defaults:
            return
        current = self.other_value(self.arguments_parameter)
        current = "" if current is None else str(current).strip()
        if current and current != self.filled_arguments:
            return
        wrapper.setParameterValue(defaults, self.processing_context())
        self.filled_arguments = defaults

    def update_warning(self):
        try:
            text = band_mismatch(self.summary, self.first_raster(self.raster_parameter))
        except Exception as err:  # a raster GDAL cannot read: say so rather than fail the dialog
            text = error_line(err)
        self.widget.set_warning(text)

    # Processing's C++-style accessors, for code that asks every wrapper for its widget.
    def wrappedWidget(self):
        return self.widget

    def wrappedLabel(self):
        return self.label
