"""The results table (stdout) and ``.build/bench/results.json``.

Columns: ``figure`` is the engine's throughput (chips/s for exports, Mpx/s for classification; s/Mpx
for linearity rows), ``floor`` the same figure for the floor run, ``ratio`` engine time / floor time
(linearity rows: s/Mpx over the smallest size's s/Mpx), ``RSS MB`` the engine run's peak resident
memory, ``target`` the ratio and memory it should stay within, ``status`` ok / over (info: no target).
"""

import json

HEADER = ("case", "figure", "floor", "ratio", "RSS MB", "target", "status")


def _number(value, digits=2):
    return "-" if value is None else f"{value:.{digits}f}"


def _target(row):
    parts = []
    if row.get("ratio_target") is not None:
        parts.append(f"ratio<={row['ratio_target']:g}")
    if row.get("rss_target_mb") is not None:
        parts.append(f"RSS<={row['rss_target_mb']:g}")
    return " ".join(parts) or "-"


def status(row):
    """ok / over against the row's targets; info when it has none; error when the run failed."""
    if row.get("error"):
        return "error"
    if row.get("ratio_target") is None and row.get("rss_target_mb") is None:
        return "info"
    over = ((row.get("ratio_target") is not None and row.get("ratio") is not None
             and row["ratio"] > row["ratio_target"])
            or (row.get("rss_target_mb") is not None and row.get("peak_rss_mb") is not None
                and row["peak_rss_mb"] > row["rss_target_mb"]))
    return "over" if over else "ok"


def table(rows):
    """The table as text, one line per row."""
    cells = [HEADER]
    for row in rows:
        unit = row.get("unit", "")
        cells.append((row["case"], f"{_number(row.get('figure'))} {unit}".strip(),
                      _number(row.get("floor")), _number(row.get("ratio")),
                      _number(row.get("peak_rss_mb"), 0), _target(row),
                      row.get("status") or status(row) + (f" ({row['error']})" if row.get("error") else "")))
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADER))]
    lines = ["  ".join(c[i].ljust(widths[i]) if i in (0, 5, 6) else c[i].rjust(widths[i])
                       for i in range(len(HEADER))).rstrip() for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write_json(path, rows, **extra):
    """Write the rows (with their status) and ``extra`` fields as JSON."""
    doc = dict(extra, results=[dict(r, status=r.get("status") or status(r)) for r in rows])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
