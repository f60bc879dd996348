"""The training report of Train Pixel Classifier (processing_provider/training_report.py): with matplotlib,
legends and the best-epoch note keep clear of each other and of the titles, inside the figure, for
short, long and awkward histories; both drawings (matplotlib and the Qt fallback) write a drawn PNG of
the report's size; an unwritable path raises OSError."""

import importlib.util
import itertools
import math
import sys

import numpy as np
import pytest
from qgis.PyQt.QtGui import QImage

from pixelwise.engine.train import EpochRecord
from pixelwise.processing_provider import training_report
from pixelwise.processing_provider.training_report import REPORT_SIZE, report_figure, write_report

HAS_MATPLOTLIB = importlib.util.find_spec("matplotlib") is not None
needs_matplotlib = pytest.mark.skipif(not HAS_MATPLOTLIB, reason="matplotlib is absent (Debian package "
                                      "python3-matplotlib; make deps installs it)")
# What the report imports from matplotlib: None in sys.modules makes each import raise ImportError.
MATPLOTLIB_MODULES = ("matplotlib", "matplotlib.figure", "matplotlib.backends",
                      "matplotlib.backends.backend_agg", "matplotlib.ticker")
CURVE_COLOURS = {(31, 119, 180), (255, 127, 14), (44, 160, 44)}  # training, validation loss; IoU


def history(train, val, iou):
    return [EpochRecord(epoch, t, v, i, (), 1.0, False)
            for epoch, (t, v, i) in enumerate(zip(train, val, iou, strict=True), start=1)]


def decaying(n, start=2.0, end=0.2):
    return [end + (start - end) * math.exp(-4 * k / max(n, 2)) for k in range(n)]


def rising(n, start=0.2, end=0.85):
    return [end - (end - start) * math.exp(-5 * k / max(n, 2)) for k in range(n)]


def wavy(n, best_at):
    """An IoU with its maximum (0.9) at index ``best_at`` and lower, wavy values elsewhere."""
    return [0.9 if k == best_at else 0.55 + 0.25 * math.sin(k) ** 2 for k in range(n)]


HISTORIES = {
    "one epoch": history([1.2], [1.3], [0.4]),
    "five epochs": history(decaying(5), decaying(5, 2.2, 0.3), rising(5)),
    "sixty epochs": history(decaying(60), decaying(60, 2.4, 0.35), rising(60)),
    "IoU rising to 0.99 at the last": history(decaying(30), decaying(30, 2.1, 0.3),
                                              [0.3 + 0.69 * k / 29 for k in range(30)]),
    "IoU 1.0 from the first": history(decaying(8), decaying(8), [1.0] * 8),
    "huge first loss": history([250.0] + decaying(19, 0.8, 0.1), [400.0] + decaying(19, 0.9, 0.2),
                               rising(20)),
    "best first": history(decaying(12), decaying(12, 2.2, 0.3), wavy(12, 0)),
    "best in the middle": history(decaying(25), decaying(25, 2.2, 0.3), wavy(25, 12)),
    "best last": history(decaying(15), decaying(15, 2.2, 0.3), [0.2 + 0.05 * k for k in range(15)]),
    "flat": history([0.5] * 10, [0.5] * 10, [0.5] * 10),
    "noisy, sixty epochs": history(decaying(60), [0.6 + 0.4 * abs(math.sin(k * 1.7)) for k in range(60)],
                                   [0.5 + 0.4 * abs(math.sin(k * 0.9)) for k in range(60)]),
}


def extent(artist, renderer):
    """``artist``'s window extent, with the box around an annotation's text."""
    box = artist.get_window_extent(renderer)
    patch = artist.get_bbox_patch() if hasattr(artist, "get_bbox_patch") else None
    if patch is not None:
        box = type(box).union([box, patch.get_window_extent(renderer)])
    return box


def inside(inner, outer):
    return (outer.x0 <= inner.x0 and inner.x1 <= outer.x1 and outer.y0 <= inner.y0 and inner.y1 <= outer.y1)


@needs_matplotlib
@pytest.mark.parametrize("name", HISTORIES)
def test_legends_note_and_titles_keep_apart(name):
    records = HISTORIES[name]
    figure = report_figure(records)
    assert figure.canvas.get_width_height() == REPORT_SIZE
    renderer = figure.canvas.get_renderer()
    loss_axes, iou_axes = figure.axes
    assert loss_axes.get_title() == "Loss" and iou_axes.get_title() == "Validation mean IoU"
    (note,) = iou_axes.texts
    best = max(records, key=lambda r: (r.val_iou, -r.epoch))
    assert note.get_text() == f"best: epoch {best.epoch}, {best.val_iou:.3f}"
    assert tuple(note.xy) == (best.epoch, best.val_iou)
    marks = [line.get_xdata()[0] for line in iou_axes.get_lines() if line.get_linestyle() == "--"]
    assert marks == [best.epoch]
    boxes = {"loss legend": loss_axes.get_legend(), "IoU legend": iou_axes.get_legend(), "note": note,
             "loss title": loss_axes.title, "IoU title": iou_axes.title}
    boxes = {key: extent(artist, renderer) for key, artist in boxes.items()}
    for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
        assert not box_a.overlaps(box_b), f"{name}: {a} {box_a} overlaps {b} {box_b}"
    for key, box in boxes.items():
        assert inside(box, figure.bbox), f"{name}: {key} {box} leaves the figure"
    assert inside(boxes["note"], iou_axes.get_window_extent(renderer))
    assert inside(boxes["IoU legend"], iou_axes.get_window_extent(renderer))
    assert inside(boxes["loss legend"], loss_axes.get_window_extent(renderer))
    # Epoch ticks are whole epochs within the run.
    for axes in figure.axes:
        ticks = axes.get_xticks()
        assert len(ticks) and all(t == int(t) and records[0].epoch <= t <= records[-1].epoch for t in ticks)


@needs_matplotlib
def test_a_huge_first_loss_gets_a_log_axis():
    assert report_figure(HISTORIES["huge first loss"]).axes[0].get_yscale() == "log"
    assert report_figure(HISTORIES["five epochs"]).axes[0].get_yscale() == "linear"


@needs_matplotlib
def test_the_note_avoids_the_curve_where_it_can():
    """IoU rising to 0.99 at the last epoch: the note goes where no line runs, the legend too."""
    figure = report_figure(HISTORIES["IoU rising to 0.99 at the last"])
    renderer = figure.canvas.get_renderer()
    iou_axes = figure.axes[1]
    points, weights = training_report._line_samples(iou_axes)
    note_box = training_report.text_box(iou_axes.texts[0], renderer)
    assert training_report._covered((points, weights), note_box) == 0
    assert training_report._covered((points, weights), iou_axes.get_legend().get_window_extent(renderer)) == 0


def pixels(path):
    """(height, width, 3) uint8 of the PNG at ``path``, read with Qt."""
    image = QImage(str(path))
    assert not image.isNull(), f"Qt cannot read {path}"
    assert (image.width(), image.height()) == REPORT_SIZE
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    words = np.frombuffer(bits, np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    return np.stack([(words >> 16) & 255, (words >> 8) & 255, words & 255], axis=-1).astype(np.uint8)


def assert_drawn(path):
    rgb = pixels(path)
    colours = {tuple(int(c) for c in v) for v in np.unique(rgb.reshape(-1, 3), axis=0)}
    assert len(colours) > 50  # text, antialiased curves, grid: not a blank or flat image
    assert np.mean(rgb.min(axis=2) < 250) > 0.005
    assert CURVE_COLOURS <= colours


@pytest.mark.parametrize("use_matplotlib", [pytest.param(True, marks=needs_matplotlib), False],
                         ids=["matplotlib", "Qt fallback"])
@pytest.mark.parametrize("name", ["one epoch", "sixty epochs", "huge first loss"])
def test_write_report_draws_a_png(tmp_path, name, use_matplotlib):
    path = tmp_path / "training_report.png"
    write_report(str(path), HISTORIES[name], use_matplotlib=use_matplotlib)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert_drawn(path)


def test_without_matplotlib_the_qt_drawing_is_written(tmp_path, monkeypatch, caplog):
    for module in MATPLOTLIB_MODULES:
        monkeypatch.setitem(sys.modules, module, None)
    drawn = []
    qt_report = training_report._write_qt_report
    monkeypatch.setattr(training_report, "_write_qt_report", lambda *args: drawn.append(qt_report(*args)))
    path = tmp_path / "training_report.png"
    with pytest.raises(ImportError):
        report_figure(HISTORIES["five epochs"])
    write_report(str(path), HISTORIES["five epochs"])
    assert drawn == [None] and not caplog.records
    assert_drawn(path)


@needs_matplotlib
def test_with_matplotlib_the_qt_drawing_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(training_report, "_write_qt_report", lambda *args: pytest.fail("Qt drawing used"))
    write_report(str(tmp_path / "report.png"), HISTORIES["five epochs"])
    assert_drawn(tmp_path / "report.png")


@pytest.mark.parametrize("use_matplotlib", [pytest.param(True, marks=needs_matplotlib), False],
                         ids=["matplotlib", "Qt fallback"])
def test_unwritable_path_raises_oserror(tmp_path, use_matplotlib):
    with pytest.raises(OSError):
        write_report(str(tmp_path / "missing" / "training_report.png"), HISTORIES["five epochs"],
                     use_matplotlib=use_matplotlib)
    with pytest.raises(OSError):  # a folder where the file should go
        write_report(str(tmp_path), HISTORIES["five epochs"], use_matplotlib=use_matplotlib)
