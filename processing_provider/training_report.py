"""The training report of Train Pixel Classifier: ``training_report.png``, the per-epoch losses (left) and
validation mean IoU (right) of a run, the best epoch marked.

Drawn with matplotlib when it is importable (its object API only, ``Figure`` and the Agg canvas: the
report is written from a Processing worker thread, where pyplot must not run), else with a QPainter on
a QImage. The matplotlib report places its legends and the "best epoch" note by measuring them: every
candidate legend location and note offset is measured with the renderer, and the combination that
overlaps nothing else and covers the least of the plotted lines is kept (:func:`report_figure`).
"""

import math

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from .base import tr

REPORT_SIZE = (1000, 520)  # pixels, both drawings
REPORT_DPI = 100  # the matplotlib figure's, so that REPORT_SIZE is 10 × 5.2 inches
# matplotlib's first three default colours (tab10), in both drawings.
TRAIN_COLOR, VAL_COLOR, IOU_COLOR = "#1f77b4", "#ff7f0e", "#2ca02c"
MARK_COLOR = "#777777"

# Candidate legend locations, most preferred first, and candidate offsets (points) of the note from
# the best point: right or left of the dashed line, beside, below or above the point.
_LEGEND_LOCATIONS = ("upper right", "lower right", "center right", "upper left", "lower left",
                     "center left", "upper center", "lower center", "center")
_NOTE_OFFSETS = tuple((dx, dy) for dy in (-16, 0, 16, -34, 34, -56, 56, -80, -110)
                      for dx in (-14, 14, -40, 40, -80, 80))
_GAP = 4.0  # pixels kept free around legends and notes
_INSIDE = 3.0  # pixels a note keeps from its axes' edges


def write_report(path, history, use_matplotlib=None):
    """Draw the per-epoch losses and validation IoU of ``history`` (engine ``EpochRecord``s) as a
    REPORT_SIZE PNG at ``path``: training and validation loss on the left, validation IoU on the right,
    the best epoch marked. ``use_matplotlib``: None draws with matplotlib when it is importable and
    with Qt otherwise, True needs matplotlib, False draws with Qt. Raises OSError when the file cannot
    be written. Safe in a worker thread."""
    if use_matplotlib is None:
        try:
            figure = report_figure(history)
        except ImportError:
            figure = None
    elif use_matplotlib:
        figure = report_figure(history)
    else:
        figure = None
    if figure is None:
        _write_qt_report(path, history)
    else:
        figure.savefig(path, format="png", dpi=REPORT_DPI, facecolor="white")


def best_record(history):
    """The record with the best validation IoU, the first of equals (as the engine keeps it)."""
    return max(history, key=lambda r: (r.val_iou, -r.epoch))


# --- matplotlib -------------------------------------------------------------------------------------


def report_figure(history):
    """The report as a matplotlib ``Figure`` on an Agg canvas, laid out and drawn once, legends and the
    note placed. Raises ImportError when matplotlib is missing."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FixedLocator, MaxNLocator, NullLocator

    epochs = [r.epoch for r in history]
    best = best_record(history)
    figure = Figure(figsize=(REPORT_SIZE[0] / REPORT_DPI, REPORT_SIZE[1] / REPORT_DPI), dpi=REPORT_DPI,
                    facecolor="white", layout="constrained")
    FigureCanvasAgg(figure)
    loss_axes, iou_axes = figure.subplots(1, 2)
    first, last = epochs[0], epochs[-1]
    pad = max(0.5, 0.03 * (last - first))
    ticks = (range(first, last + 1) if last - first < 15 else
             [t for t in MaxNLocator(nbins=8, steps=[1, 2, 5, 10], integer=True).tick_values(first, last)
              if first <= t <= last])
    marker = 5 if len(history) <= 25 else 3 if len(history) <= 60 else 0
    for axes, title, y_label in ((loss_axes, tr("Loss"), tr("Cross-entropy per labelled pixel")),
                                 (iou_axes, tr("Validation mean IoU"), tr("IoU"))):
        axes.set_facecolor("white")
        axes.set_title(title, fontsize=13, fontweight="bold", pad=8)
        axes.set_xlabel(tr("Epoch"), fontsize=10.5)
        axes.set_ylabel(y_label, fontsize=10.5)
        axes.set_xlim(first - pad, last + pad)
        axes.xaxis.set_major_locator(FixedLocator(list(ticks)))
        axes.xaxis.set_minor_locator(NullLocator())
        axes.tick_params(labelsize=9.5)
        axes.grid(True, color="#dddddd", linewidth=0.8)
        axes.set_axisbelow(True)
        axes.axvline(best.epoch, color=MARK_COLOR, linestyle="--", linewidth=1.2, zorder=1.5)

    def finite(values):
        return np.array([v if v is not None and math.isfinite(v) else np.nan for v in values], dtype=float)

    train, val, iou = (finite([r.train_loss for r in history]), finite([r.val_loss for r in history]),
                       finite([r.val_iou for r in history]))
    loss_lines = [loss_axes.plot(epochs, values, color=color, linewidth=2, marker="o", markersize=marker,
                                 label=label, zorder=3)[0]
                  for values, color, label in ((train, TRAIN_COLOR, tr("training")),
                                               (val, VAL_COLOR, tr("validation")))]
    losses = np.concatenate([train, val])
    losses = losses[np.isfinite(losses)]
    if losses.size and losses.min() > 0 and losses.max() / losses.min() > 30:
        loss_axes.set_yscale("log")  # a huge first loss would flatten every later one
    elif losses.size:
        loss_axes.set_ylim(0, losses.max() * 1.08 or 1.0)
    iou_line = iou_axes.plot(epochs, iou, color=IOU_COLOR, linewidth=2, marker="o", markersize=marker,
                             label=tr("validation IoU"), zorder=3)[0]
    iou_axes.plot([best.epoch], [best.val_iou], linestyle="none", marker="o", markersize=10,
                  markerfacecolor="none", markeredgecolor="black", markeredgewidth=1.5, zorder=4)
    iou_axes.set_ylim(0, 1.06)
    iou_axes.yaxis.set_major_locator(FixedLocator([0, 0.2, 0.4, 0.6, 0.8, 1.0]))
    note = iou_axes.annotate(
        tr("best: epoch {epoch}, {iou:.3f}").format(epoch=best.epoch, iou=best.val_iou),
        xy=(best.epoch, best.val_iou), xytext=_NOTE_OFFSETS[0], textcoords="offset points", fontsize=10,
        bbox={"boxstyle": "round,pad=0.35", "facecolor": "white", "edgecolor": "#999999", "linewidth": 0.8},
        arrowprops={"arrowstyle": "-", "color": "#555555", "linewidth": 0.9, "shrinkA": 0, "shrinkB": 6},
        zorder=5, annotation_clip=False)
    note.set_in_layout(False)
    figure.canvas.draw()  # the layout: titles, labels and ticks only, fixed from here on
    renderer = figure.canvas.get_renderer()
    _place(renderer, loss_axes, loss_lines, None)
    _place(renderer, iou_axes, [iou_line], note)
    figure.canvas.draw()
    return figure


def artist_extent(artist, renderer):
    """The window extent of ``artist``, with the box drawn around a text or annotation (and an
    annotation's arrow)."""
    extent = artist.get_window_extent(renderer)
    box = text_box(artist, renderer)
    return extent if box is None else type(extent).union([extent, box])


def text_box(artist, renderer):
    """The window extent of the box drawn around a text or annotation (None without one)."""
    patch = getattr(artist, "get_bbox_patch", lambda: None)()
    if patch is None:
        return None
    artist.get_window_extent(renderer)  # an annotation's position follows its offset from here
    artist.update_bbox_position_size(renderer)
    return patch.get_window_extent(renderer)


def _place(renderer, axes, lines, note):
    """Give ``axes`` the legend of ``lines``, and move ``note`` (an annotation or None), so that the two
    keep apart and inside the axes and cover as few samples of the plotted lines as possible."""
    samples = _line_samples(axes)
    frame = axes.get_window_extent(renderer)
    legends = []
    for rank, loc in enumerate(_LEGEND_LOCATIONS):
        legend = axes.legend(handles=lines, loc=loc, fontsize=9.5, framealpha=0.95, edgecolor="#bbbbbb")
        box = legend.get_window_extent(renderer).padded(_GAP)
        legends.append((_covered(samples, box) + 0.5 * rank, loc, box))
    notes = [(0.0, None, None)]
    if note is not None:
        notes = []
        for offset in _NOTE_OFFSETS:
            _move_note(note, offset)
            whole, box = artist_extent(note, renderer), text_box(note, renderer)
            if not _within(whole, frame, _INSIDE):
                continue
            # Covering a line is bad, being far from the point a little; the arrow keeps off the legend.
            cost = 3 * _covered(samples, box.padded(_GAP)) + 0.05 * math.hypot(*offset) / 72 * renderer.dpi
            notes.append((cost, offset, whole.padded(_GAP)))
        if not notes:  # no room inside the axes: the nearest offset, whatever it covers
            notes = [(0.0, _NOTE_OFFSETS[0], None)]
    _, loc, offset = min(((legend_cost + note_cost, loc, offset)
                          for legend_cost, loc, legend_box in legends
                          for note_cost, offset, note_box in notes
                          if note_box is None or not legend_box.overlaps(note_box)),
                         default=(0, _LEGEND_LOCATIONS[0], notes[0][1]), key=lambda c: c[0])
    legend = axes.legend(handles=lines, loc=loc, fontsize=9.5, framealpha=0.95, edgecolor="#bbbbbb")
    legend.set_zorder(6)
    if note is not None:
        _move_note(note, offset)


def _move_note(note, offset):
    dx, dy = offset
    note.xyann = offset
    note.set_horizontalalignment("left" if dx > 0 else "right")
    note.set_verticalalignment("bottom" if dy > 0 else "top" if dy < 0 else "center")


def _line_samples(axes):
    """Display coordinates of points along every line of ``axes``, at most 3 pixels apart (the dashed
    mark counts half)."""
    import numpy as np

    points, weights = [], []
    for line in axes.get_lines():
        xy = line.get_transform().transform(np.asarray(line.get_xydata(), dtype=float))
        xy = xy[np.isfinite(xy).all(axis=1)]
        if not len(xy):
            continue
        parts = [xy[:1]]
        for start, end in zip(xy[:-1], xy[1:], strict=True):
            steps = max(1, int(math.ceil(math.hypot(*(end - start)) / 3.0)))
            parts.append(start + (end - start) * (np.arange(1, steps + 1)[:, None] / steps))
        part = np.concatenate(parts)
        points.append(part)
        weights.append(np.full(len(part), 0.5 if line.get_linestyle() == "--" else 1.0))
    if not points:
        return np.zeros((0, 2)), np.zeros(0)
    return np.concatenate(points), np.concatenate(weights)


def _covered(samples, box):
    points, weights = samples
    inside = ((points[:, 0] >= box.x0) & (points[:, 0] <= box.x1) &
              (points[:, 1] >= box.y0) & (points[:, 1] <= box.y1))
    return float(weights[inside].sum())


def _within(inner, outer, margin):
    return (inner.x0 >= outer.x0 + margin and inner.x1 <= outer.x1 - margin and
            inner.y0 >= outer.y0 + margin and inner.y1 <= outer.y1 - margin)


# --- Qt, without matplotlib -------------------------------------------------------------------------

_TRAIN_QCOLOR, _VAL_QCOLOR, _IOU_QCOLOR = QColor(TRAIN_COLOR), QColor(VAL_COLOR), QColor(IOU_COLOR)
_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _nice_top(value):
    """The smallest of 1, 2, 2.5, 5 × 10^k at or above ``value``: a round top for a y axis."""
    if not (value > 0 and math.isfinite(value)):
        return 1.0
    unit = 10.0 ** math.floor(math.log10(value))
    return next(step * unit for step in (1.0, 2.0, 2.5, 5.0, 10.0) if value <= step * unit * (1 + 1e-9))


def _panel(painter, rect, title, epochs, series, top, y_label, marked, note=""):
    """Axes with ticks and labels in ``rect`` and one line per ``(name, colour, values)`` of
    ``series`` over ``epochs``; a dashed line at epoch ``marked``; a legend (``note`` in its last row)
    in the corner of the plot where it hides the fewest points of the lines."""
    plot = rect.adjusted(62, 34, -14, -44)
    painter.setPen(QPen(Qt.GlobalColor.black, 1))
    painter.setFont(QFont("Sans", 11, QFont.Weight.Bold))
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 28), _CENTER, title)
    painter.setFont(QFont("Sans", 9))
    first, last = epochs[0], epochs[-1]
    span = max(last - first, 1)

    def point(epoch, value):
        return QPointF(plot.left() + plot.width() * (epoch - first) / span,
                       plot.bottom() - plot.height() * min(max(value / top, 0.0), 1.0))

    for k in range(6):  # horizontal grid and y ticks
        y = plot.bottom() - plot.height() * k / 5
        painter.setPen(QPen(QColor(225, 225, 225), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(Qt.GlobalColor.black, 1))
        painter.drawText(QRectF(rect.left(), y - 8, 56, 16), _RIGHT_MIDDLE,
                         f"{top * k / 5:.3g}")
    step = max(1, round(span / 8))
    for epoch in range(first, last + 1, step):  # x ticks
        x = point(epoch, 0).x()
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
        painter.drawText(QRectF(x - 20, plot.bottom() + 5, 40, 16), _CENTER, str(epoch))
    painter.drawRect(plot)
    painter.setPen(QPen(QColor(120, 120, 120), 1, Qt.PenStyle.DashLine))
    painter.drawLine(point(marked, 0), point(marked, top))
    painter.setPen(QPen(Qt.GlobalColor.black, 1))
    painter.drawText(QRectF(plot.left(), rect.bottom() - 20, plot.width(), 18), _CENTER, tr("Epoch"))
    painter.save()
    painter.translate(rect.left() + 12, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.height() / 2, -10, plot.height(), 18), _CENTER, y_label)
    painter.restore()
    points = []
    for _name, color, values in series:
        path = QPainterPath(point(epochs[0], values[0]))
        for epoch, value in zip(epochs[1:], values[1:], strict=True):
            path.lineTo(point(epoch, value))
        painter.setPen(QPen(color, 2.5))
        painter.drawPath(path)
        painter.setBrush(color)
        for epoch, value in zip(epochs, values, strict=True):
            painter.drawEllipse(point(epoch, value), 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        points += ([path.pointAtPercent(k / 200) for k in range(201)] if len(epochs) > 1
                   else [path.currentPosition()])
    _legend(painter, plot, series, note, points)


def _legend(painter, plot, series, note, points):
    """The legend box of ``series``, ``note`` in a row of its own below the entries, in the corner of
    ``plot`` holding the fewest of ``points``."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    row, swatch, pad = metrics.height() + 4, 28.0, 6.0
    width = max([swatch + 6 + metrics.horizontalAdvance(name) for name, _, _ in series]
                + ([metrics.horizontalAdvance(note)] if note else [])) + 2 * pad
    height = row * (len(series) + (1 if note else 0)) + 2 * pad - 4
    corners = [QRectF(x, y, width, height)
               for y in (plot.top() + 8, plot.bottom() - 8 - height)
               for x in (plot.right() - 8 - width, plot.left() + 8)]
    box = min(corners, key=lambda corner: sum(corner.contains(p) for p in points))
    painter.setPen(QPen(QColor(190, 190, 190), 1))
    painter.setBrush(Qt.GlobalColor.white)
    painter.drawRect(box)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for k, (name, color, _values) in enumerate(series):
        y = box.top() + pad + row * k + (row - 4) / 2
        painter.setPen(QPen(color, 2.5))
        painter.drawLine(QPointF(box.left() + pad, y), QPointF(box.left() + pad + swatch, y))
        painter.setPen(QPen(Qt.GlobalColor.black, 1))
        painter.drawText(QRectF(box.left() + pad + swatch + 6, y - row / 2, width, row), _LEFT_MIDDLE, name)
    if note:
        y = box.top() + pad + row * len(series) + (row - 4) / 2
        painter.drawText(QRectF(box.left() + pad, y - row / 2, width, row), _LEFT_MIDDLE, note)


def _write_qt_report(path, history):
    """The report drawn with a QPainter on a QImage (safe in a worker thread)."""
    width, height = REPORT_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    epochs = [r.epoch for r in history]
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        losses = [r.train_loss for r in history] + [r.val_loss for r in history]
        best = best_record(history)
        _panel(painter, QRectF(0, 0, width / 2, height), tr("Loss"), epochs,
               [(tr("training"), _TRAIN_QCOLOR, [r.train_loss for r in history]),
                (tr("validation"), _VAL_QCOLOR, [r.val_loss for r in history])],
               _nice_top(max(losses)), tr("Cross-entropy per labelled pixel"), best.epoch)
        _panel(painter, QRectF(width / 2, 0, width / 2, height), tr("Validation mean IoU"), epochs,
               [(tr("validation IoU"), _IOU_QCOLOR, [r.val_iou for r in history])], 1.0, tr("IoU"),
               best.epoch, tr("best: epoch {epoch}, {iou:.3f}").format(epoch=best.epoch, iou=best.val_iou))
    finally:
        painter.end()
    if not image.save(path, "PNG"):
        raise OSError(f"Qt could not write {path}")
