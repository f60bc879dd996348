"""The confusion-matrix table (shared by the CSV and the host's table layer) and the HTML report.

Both files are written beside their target under a temporary name and moved into place only when
both are complete, so a failed run leaves the previous files as they were.
"""

import csv
import os

from lxml import etree

from ..errors import InvalidInput
from ..outputs import is_write_error, temp_beside, write_failure

TOTAL_ROW = "Total"
USERS_ACCURACY_ROW = "UsersAccuracy"
# Heat-map colours: share 0 of the reference class → white, share 1 → dark blue.
_LOW, _HIGH = (255, 255, 255), (8, 48, 107)


def count_field(value):
    """Name of the table column of predicted class ``value``."""
    return f"C_{value}"


def confusion_table(result):
    """``(field names, rows)`` of the confusion-matrix table.

    One row per reference class: ClassValue, ClassName, the count predicted as each class (C_<value>),
    Total, ProducersAccuracy, IoU, F1. Then a ``Total`` row (pixels predicted as each class, and the
    number assessed) and a ``UsersAccuracy`` row (user's accuracy of each predicted class, and in its
    ProducersAccuracy cell the overall accuracy, where ArcGIS's matrix has it). Cells without a value
    are None.
    """
    classes, matrix = result.classes, result.matrix
    fields = ["ClassValue", "ClassName", *(count_field(c.value) for c in classes), "Total",
              "ProducersAccuracy", "IoU", "F1"]
    rows = []
    for i, c in enumerate(classes):
        rows.append([c.value, c.name, *matrix[i], sum(matrix[i]), result.producers_accuracy[i],
                     result.iou[i], result.f1[i]])
    columns = [sum(row[j] for row in matrix) for j in range(len(classes))]
    rows.append([None, TOTAL_ROW, *columns, result.total, None, None, None])
    rows.append([None, USERS_ACCURACY_ROW, *result.users_accuracy, None, result.overall_accuracy, None, None])
    return fields, rows


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same float
    return str(value)


def _write_csv(path, result):
    fields, rows = confusion_table(result)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(fields)
        writer.writerows([_cell(v) for v in row] for row in rows)


def _percent(value):
    return "–" if value is None else f"{100 * value:.2f} %"


def _number(value):
    return "–" if value is None else f"{value:.4f}"


def _label(info):
    return info.name if info.name == str(info.value) else f"{info.name} ({info.value})"


def _heat(share):
    rgb = tuple(round(lo + (hi - lo) * share) for lo, hi in zip(_LOW, _HIGH, strict=True))
    text = "#ffffff" if share > 0.5 else "#000000"
    return f"background-color:#{rgb[0]:02x}{rgb[1]:02x}{rgb[2]:02x};color:{text}"


def _sub(parent, tag, text=None, **attrib):
    element = etree.SubElement(parent, tag, {k.rstrip("_"): str(v) for k, v in attrib.items()})
    if text is not None:
        element.text = str(text)
    return element


def _key_values(parent, pairs):
    table = _sub(parent, "table", class_="summary")
    for key, value in pairs:
        row = _sub(table, "tr")
        _sub(row, "th", key)
        _sub(row, "td", value)


_STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin-bottom: 1.5em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; }
td { text-align: right; }
th { background: #f0f0f0; text-align: left; }
table.matrix td.count { min-width: 4em; }
td.total, th.total { font-weight: bold; }
"""


def _html(result, description):
    root = etree.Element("html", lang="en")
    head = _sub(root, "head")
    _sub(head, "meta", charset="utf-8")
    _sub(head, "title", "Accuracy assessment")
    _sub(head, "style", _STYLE)
    body = _sub(root, "body")
    _sub(body, "h1", "Accuracy assessment")
    _key_values(body, [*description, ("Pixels assessed", result.total),
                       ("Pixels with a class and a reference class", result.valid_pixels)])
    _sub(body, "h2", "Summary")
    _key_values(body, [("Overall accuracy", _percent(result.overall_accuracy)),
                       ("Cohen's kappa", _number(result.kappa)), ("Mean IoU", _number(result.mean_iou))])

    _sub(body, "h2", "Confusion matrix")
    _sub(body, "p", "Rows: reference (ground-truth) classes; columns: predicted classes. A cell's colour "
                    "is its share of the reference class's pixels (white 0 %, dark blue 100 %).")
    classes, matrix = result.classes, result.matrix
    table = _sub(body, "table", class_="matrix")
    header = _sub(table, "tr")
    _sub(header, "th", "Reference \\ Predicted")
    for c in classes:
        _sub(header, "th", _label(c))
    _sub(header, "th", "Total", class_="total")
    _sub(header, "th", "Producer's accuracy")
    for i, c in enumerate(classes):
        row = _sub(table, "tr")
        _sub(row, "th", _label(c))
        reference_total = sum(matrix[i])
        for count in matrix[i]:
            share = count / reference_total if reference_total else 0.0
            _sub(row, "td", count, class_="count", style=_heat(share),
                 title=f"{100 * share:.1f} % of the row")
        _sub(row, "td", reference_total, class_="total")
        _sub(row, "td", _percent(result.producers_accuracy[i]))
    totals = _sub(table, "tr")
    _sub(totals, "th", "Total", class_="total")
    for j in range(len(classes)):
        _sub(totals, "td", sum(row[j] for row in matrix), class_="total")
    _sub(totals, "td", result.total, class_="total")
    _sub(totals, "td", "")
    users = _sub(table, "tr")
    _sub(users, "th", "User's accuracy")
    for value in result.users_accuracy:
        _sub(users, "td", _percent(value))
    _sub(users, "td", "")
    _sub(users, "td", _percent(result.overall_accuracy), title="overall accuracy")

    _sub(body, "h2", "Per-class metrics")
    table = _sub(body, "table", class_="classes")
    header = _sub(table, "tr")
    for title in ("Class", "Value", "User's accuracy", "Producer's accuracy", "IoU", "F1"):
        _sub(header, "th", title)
    for i, c in enumerate(classes):
        row = _sub(table, "tr")
        _sub(row, "th", c.name)
        _sub(row, "td", c.value)
        for value in (result.users_accuracy[i], result.producers_accuracy[i], result.iou[i], result.f1[i]):
            _sub(row, "td", _number(value))
    _sub(body, "p", "User's accuracy = correct / predicted as the class; producer's accuracy = correct / "
                    "reference pixels of the class; IoU = TP / (TP + FP + FN); F1 = 2 TP / (2 TP + FP + FN); "
                    "kappa = (po − pe) / (1 − pe). Written by Pixelwise.")
    return root


def _write_html(path, result, description):
    text = etree.tostring(_html(result, description), method="html", encoding="unicode",
                          doctype="<!DOCTYPE html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def check_output(path, parameter, extensions):
    """The absolute path of an output file, or :class:`InvalidInput` when it cannot be one."""
    if not path or not str(path).strip():
        raise InvalidInput(parameter, "is empty", "Give a file name ({extension})", extension=extensions[0])
    path = os.path.abspath(str(path))
    if os.path.isdir(path):
        raise InvalidInput(parameter, "{path!r} is a folder",
                           "Give a file name such as accuracy{extension}", path=path, extension=extensions[0])
    return path


def write_outputs(result, description, out_csv=None, out_report=None):
    """Write the CSV and the HTML report (each optional) for ``result``; ``description`` is (key, text)
    pairs for the report's heading (inputs and sampling)."""
    jobs = [(out_csv, "OUT_CSV", lambda p: _write_csv(p, result)),
            (out_report, "OUT_REPORT", lambda p: _write_html(p, result, description))]
    temps = []
    try:
        for target, parameter, write in jobs:
            if not target:
                continue
            temp = temp_beside(target, parameter)
            temps.append((temp, target, parameter))
            write(temp)
        for temp, target, _parameter in temps:
            os.replace(temp, target)
    except BaseException as err:
        failure = None
        if is_write_error(err) and temps:
            failure = write_failure(temps[-1][2], err, temps[-1][1])
        for temp, _target, _parameter in temps:
            try:
                os.remove(temp)
            except OSError:
                pass
        if failure is not None:
            raise failure from None
        raise
