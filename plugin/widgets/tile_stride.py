"""Tile size and stride as one linked widget, with the overlap, the chip count and a map preview.

The widget is the wrapper of TILE_SIZE_X; TILE_SIZE_Y, STRIDE_X and STRIDE_Y get a
:class:`LinkedNumberWidgetWrapper` without a widget of its own that reads and sets its value in it. The
chip count is the engine's :class:`ChipGrid` over the engine's view of the first IN_RASTER layer
(cropped to EXTENT, resampled to CELL_SIZE) with EDGE_POLICY, so it is the number of grid chips the
export cuts before any label or mask filter.
"""

from qgis.core import QgsApplication, QgsGeometry, QgsPointXY, QgsProcessingParameters
from qgis.gui import QgsRubberBand, QgsSpinBox
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QCheckBox, QDialog, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...processing_provider.base import tr
from ...processing_provider.compat import GEOMETRY_POLYGON
from .common import StandardDialogWrapper, weak_slot

TILE_SIZE_X, TILE_SIZE_Y, STRIDE_X, STRIDE_Y = "TILE_SIZE_X", "TILE_SIZE_Y", "STRIDE_X", "STRIDE_Y"
# (X, Y) pairs the lock buttons keep equal.
PAIRS = ((TILE_SIZE_X, TILE_SIZE_Y), (STRIDE_X, STRIDE_Y))
# The parameters besides the four numbers whose change moves the grid.
GRID_INPUTS = ("IN_RASTER", "EXTENT", "CELL_SIZE", "EDGE_POLICY", "METADATA_FORMAT")
# Formats that cut one chip per feature, not the grid.
PER_FEATURE_FORMATS = ("Labeled_Tiles", "Imagenet")
# The preview draws at most this many chips (a canvas with more outlines is unreadable and slow).
PREVIEW_LIMIT = 5000
MAX_PIXELS = 1_000_000


def overlap(tile, stride):
    """Fraction of a chip shared with its neighbour along one axis: (tile − stride) / tile."""
    return (tile - stride) / tile


class TileStrideWidget(QWidget):
    """Tile X/Y and stride X/Y spin boxes, a lock per pair, the grid summary and the preview switch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("X")), 0, 1)
        grid.addWidget(QLabel(tr("Y")), 0, 2)
        self.spin_boxes, self.locks = {}, {}
        texts = (tr("Tile size"), tr("Stride"))
        for row, ((x_name, y_name), text) in enumerate(zip(PAIRS, texts, strict=True), 1):
            grid.addWidget(QLabel(text), row, 0)
            for col, name in enumerate((x_name, y_name), 1):
                spin_box = QgsSpinBox()
                spin_box.setRange(1, MAX_PIXELS)
                spin_box.setSuffix(" px")
                spin_box.setObjectName(name)
                self.spin_boxes[name] = spin_box
                grid.addWidget(spin_box, row, col)
            lock = QToolButton()
            lock.setCheckable(True)
            lock.setChecked(True)
            lock.setIcon(QgsApplication.getThemeIcon("/locked.svg"))
            lock.setToolTip(tr("While locked, Y is kept equal to X"))
            lock.setObjectName(f"{x_name}_LOCK")
            self.locks[x_name] = lock
            grid.addWidget(lock, row, 3)
        layout.addLayout(grid)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview_check = QCheckBox(tr("Show the chip grid on the map"))
        self.preview_check.setChecked(True)
        layout.addWidget(self.preview_check)


class ChipGridPreview:
    """The outlines of the grid chips as one rubber band on a map canvas."""

    def __init__(self, canvas):
        self.canvas = canvas
        self.rubber_band = None

    def show(self, polygons, crs):
        """Draw ``polygons`` (lists of (x, y) rings, in ``crs``), replacing the previous drawing."""
        if self.canvas is None or sip.isdeleted(self.canvas):
            return
        if self.rubber_band is None:
            self.rubber_band = QgsRubberBand(self.canvas, GEOMETRY_POLYGON)
            self.rubber_band.setStrokeColor(QColor(255, 80, 0, 220))
            self.rubber_band.setFillColor(QColor(255, 80, 0, 25))
            self.rubber_band.setWidth(1)
        if not polygons:
            self.rubber_band.reset(GEOMETRY_POLYGON)
            return
        geometry = QgsGeometry.fromMultiPolygonXY([[[QgsPointXY(x, y) for x, y in ring]]
                                                   for ring in polygons])
        self.rubber_band.setToGeometry(geometry, crs)

    def part_count(self):
        """Number of chip outlines drawn."""
        if not self.is_drawn():
            return 0
        geometry = self.rubber_band.asGeometry()
        return 0 if geometry.isEmpty() else geometry.constGet().numGeometries()

    def is_drawn(self):
        return self.rubber_band is not None and not sip.isdeleted(self.rubber_band)

    def clear(self):
        """Remove the drawing from the canvas (the dialog closed)."""
        if self.is_drawn():
            if self.canvas is not None and not sip.isdeleted(self.canvas):
                self.canvas.scene().removeItem(self.rubber_band)
                self.canvas.refresh()
            sip.delete(self.rubber_band)
        self.rubber_band = None


class TileStrideWidgetWrapper(StandardDialogWrapper):
    """Wrapper of TILE_SIZE_X holding the four numbers (see the module docstring)."""

    def createLabel(self):
        # One label for the four numbers (TILE_SIZE_X's own description would name only one of them).
        return QLabel(tr("Tile size and stride"))

    def createWidget(self):
        self.preview = None
        self.linked_wrappers = {}
        self.view_size = None
        self.chip_count = None
        widget = TileStrideWidget()
        for name, spin_box in widget.spin_boxes.items():
            spin_box.valueChanged.connect(weak_slot(self._spin_box_changed, name))
        for x_name, lock in widget.locks.items():
            lock.toggled.connect(weak_slot(self._lock_toggled, x_name))
        widget.preview_check.toggled.connect(weak_slot(self._preview_toggled))
        return widget

    # --- values -------------------------------------------------------------------------------
    def number(self, name):
        return self.widget.spin_boxes[name].value()

    def set_number(self, name, value):
        """Set one of the four numbers; a Y unlike its X unlocks the pair."""
        if value is None:
            return
        value = int(value)
        for x_name, y_name in PAIRS:
            if name == y_name and value != self.number(x_name):
                self.widget.locks[x_name].setChecked(False)
        self.widget.spin_boxes[name].setValue(value)

    def setValue(self, value):
        self.set_number(TILE_SIZE_X, value)

    def value(self):
        return self.number(TILE_SIZE_X)

    def _spin_box_changed(self, name, value):
        for x_name, y_name in PAIRS:
            if name == x_name and self.widget.locks[x_name].isChecked():
                self.widget.spin_boxes[y_name].setValue(value)
        for wrapper in self.linked_wrappers.values():
            if wrapper.parameterDefinition().name() == name:
                wrapper.widgetValueHasChanged.emit(wrapper)
        if name == TILE_SIZE_X:
            self.widgetValueHasChanged.emit(self)
        self.refresh_grid()

    def _preview_toggled(self, _checked):
        self.refresh_grid()

    def _lock_toggled(self, x_name, checked):
        self.widget.locks[x_name].setIcon(QgsApplication.getThemeIcon("/locked.svg" if checked
                                                                       else "/unlocked.svg"))
        if checked:
            y_name = dict(PAIRS)[x_name]
            self.widget.spin_boxes[y_name].setValue(self.number(x_name))

    def is_locked(self, x_name):
        return self.widget.locks[x_name].isChecked()

    def set_locked(self, x_name, locked):
        self.widget.locks[x_name].setChecked(locked)

    # --- the grid -----------------------------------------------------------------------------
    def linked(self):
        canvas = self.widgetContext().mapCanvas()
        self.preview = ChipGridPreview(canvas)
        preview = self.preview
        # The dialog outlives nothing it drew: clear on close and, failing that, on deletion.
        # (AlgorithmDialog's finished() method hides QDialog's finished signal: take the signal itself.)
        QDialog.finished.__get__(self.dialog, QDialog).connect(lambda _result: preview.clear())
        self.dialog.destroyed.connect(lambda _obj=None: preview.clear())
        self.connect_to(GRID_INPUTS, self.refresh_grid)
        self.refresh_grid()

    def link(self, wrapper):
        """Called by the wrappers of TILE_SIZE_Y, STRIDE_X and STRIDE_Y."""
        self.linked_wrappers[wrapper.parameterDefinition().name()] = wrapper

    def overlaps(self):
        """(overlap X, overlap Y) as fractions."""
        return (overlap(self.number(TILE_SIZE_X), self.number(STRIDE_X)),
                overlap(self.number(TILE_SIZE_Y), self.number(STRIDE_Y)))

    def refresh_grid(self):
        """Recompute the overlap, the chip count and the preview from the dialog's current values."""
        if not hasattr(self, "preview"):  # still being built
            return
        ox, oy = self.overlaps()
        lines = [tr("Overlap: X {x:.1f} %, Y {y:.1f} %").format(x=100 * ox, y=100 * oy)]
        self.view_size, self.chip_count = None, None
        polygons, crs = [], None
        view = self.source_view() if self.wrappers else None
        if view is not None:
            try:
                polygons, crs = self._grid(view, lines)
            finally:
                view.close()
        elif self.wrappers:
            lines.append(tr("Chips: choose an input raster (and an extent that overlaps it) to count them."))
        metadata_format = self.other_value("METADATA_FORMAT")
        if metadata_format in PER_FEATURE_FORMATS:
            lines.append(tr("{format} cuts one chip per feature, not this grid.").format(
                format=metadata_format))
        self.widget.summary.setText("\n".join(lines))
        if self.preview is not None:
            if self.widget.preview_check.isChecked() and crs is not None:
                self.preview.show(polygons, crs)
            else:
                self.preview.show([], None)

    def _grid(self, view, lines):
        from ...engine.grid import ChipGrid

        edge_policy = "SHIFT_INWARD"
        edge_wrapper = self.wrappers.get("EDGE_POLICY")
        if edge_wrapper is not None:
            edge_policy = QgsProcessingParameters.parameterAsEnumString(
                edge_wrapper.parameterDefinition(), edge_wrapper.parameterValue(), self.processing_context())
        grid = ChipGrid(view.width, view.height, self.number(TILE_SIZE_X), self.number(TILE_SIZE_Y),
                        self.number(STRIDE_X), self.number(STRIDE_Y), edge_policy or "SHIFT_INWARD")
        self.view_size, self.chip_count = (view.width, view.height), grid.count()
        lines.append(tr("{count} chips ({cols} × {rows} grid cells) over {width} × {height} pixels").format(
            count=self.chip_count, cols=grid.n_cols, rows=grid.n_rows, width=view.width, height=view.height))
        polygons = []
        for window in grid.windows():
            if len(polygons) == PREVIEW_LIMIT:
                lines.append(tr("The map shows the first {limit} chips.").format(limit=PREVIEW_LIMIT))
                break
            transform = view.window_transform(window.col_off, window.row_off)
            polygons.append([transform * corner for corner in
                             ((0, 0), (window.width, 0), (window.width, window.height), (0, window.height),
                              (0, 0))])
        return polygons, self.first_raster()[1]


class LinkedNumberWidgetWrapper(StandardDialogWrapper):
    """Wrapper of TILE_SIZE_Y, STRIDE_X or STRIDE_Y: its value lives in the TILE_SIZE_X widget.

    Its own widget and label stay hidden; until the dialog links the wrappers it keeps the value
    it is given.
    """

    def createWidget(self):
        self.owner = None
        self.pending = None
        widget = QWidget()
        widget.setVisible(False)
        return widget

    def createLabel(self):
        label = QLabel(self.parameterDefinition().description())
        label.setVisible(False)
        return label

    def linked(self):
        owner = self.wrappers.get(TILE_SIZE_X)
        if isinstance(owner, TileStrideWidgetWrapper):
            self.owner = owner
            owner.link(self)
            owner.set_number(self.parameterDefinition().name(), self.pending)
        else:  # no linked widget (should not happen): show a plain spin box instead
            spin_box = QgsSpinBox(self.widget)
            spin_box.setRange(1, MAX_PIXELS)
            spin_box.setValue(int(self.pending or 1))
            spin_box.valueChanged.connect(weak_slot(self.setValue))
            layout = QVBoxLayout(self.widget)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(spin_box)
            self.widget.setVisible(True)
            self.label.setVisible(True)

    def setValue(self, value):
        if self.owner is not None:
            self.owner.set_number(self.parameterDefinition().name(), value)
        elif value is not None:
            self.pending = int(value)

    def value(self):
        if self.owner is not None:
            return self.owner.number(self.parameterDefinition().name())
        return self.pending

