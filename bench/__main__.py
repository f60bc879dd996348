"""``python -m bench [--quick] [--giga] [--only TEXT]``: build the rasters, run every case, print the table.

``make bench`` runs the full set (about 10 minutes on 2 cores), ``--quick`` a smaller smoke version,
``make bench-giga`` (``--giga``) the 32768² VRT cases; ``PIXELWISE_BENCH_GIGA_CLASSIFY=1`` adds the
giga classification, which takes hours on a small CPU (its estimate is printed instead);
``PIXELWISE_BENCH_GIGA_ARGUMENTS`` overrides its ARGUMENTS (``padding=0;batch_size=4`` runs 4× fewer windows);
``PIXELWISE_BENCH_REPEATS`` (3) sets how many engine/floor pairs each export case runs (the fastest of
each side counts).
"""

import argparse
import os
import platform
import sys
import time

from . import data
from .case import spawn
from .report import status, table, write_json

EXPORT_RATIO, EXPORT_RSS = 1.3, 500
CLASSIFY_RATIO, CLASSIFY_RSS = 1.10, 1500
GIGA_CLASSIFY_ENV = "PIXELWISE_BENCH_GIGA_CLASSIFY"
GIGA_ARGUMENTS_ENV = "PIXELWISE_BENCH_GIGA_ARGUMENTS"
GIGA = 32768
EXPORT_REPEATS = int(os.environ.get("PIXELWISE_BENCH_REPEATS", "3"))  # engine/floor pairs per export case


def export_cases(size):
    """(metadata, chip format, stride) of the main export cases: every combination at stride 256, the
    4×-more-chips stride 128 for PNG only (TIFF at 128 adds minutes and nothing new)."""
    cases = []
    for metadata in ("Classified_Tiles", "PASCAL_VOC_rectangles"):
        for chip_format in ("PNG", "TIFF"):
            for stride in (256, 128):
                if stride == 128 and chip_format == "TIFF":
                    continue
                case = {"size": size, "metadata": metadata, "format": chip_format, "stride": stride}
                if chip_format == "PNG":
                    case["zlevel"] = 1  # ExportConfig's default (PNG_COMPRESSION_LEVEL), named
                cases.append(case)
    return cases


def _label(spec):
    short = {"Classified_Tiles": "classified", "PASCAL_VOC_rectangles": "pascal"}[spec["metadata"]]
    zlevel = f" z{spec['zlevel']}" if "zlevel" in spec else ""
    factor = f" PARALLEL_PROCESSING_FACTOR={spec['factor']}" if spec.get("factor") else ""
    dask = f" DASK_SCHEDULER={spec['dask']}" if spec.get("dask") else ""
    return f"export {spec['size']}² {short} {spec['format']}{zlevel} s{spec['stride']}{factor}{dask}"


def _name(text):
    return "".join(c if c.isalnum() else "_" for c in text)


def run_export(spec, floor=True):
    """One export case: a table row. With its floor, engine and floor run in turn ``EXPORT_REPEATS``
    times, each in its own child, and each side's fastest run counts (its highest RSS): on a small
    machine a few seconds of anything else moves one run by ±10 %, the same for both sides."""
    label = _label(spec)
    chips_file = str(data.BUILD / f"{_name(label)}.chips.json")
    spec = dict(spec, kind="export", name=_name(label), chips_file=chips_file)
    row = {"case": label, "unit": "chips/s", "ratio_target": EXPORT_RATIO, "rss_target_mb": EXPORT_RSS}
    engines, floors = [], []
    for _ in range(EXPORT_REPEATS if floor else 1):
        engine = spawn(spec)
        if "error" in engine:
            return dict(row, error=engine["error"])
        engines.append(engine)
        if floor:
            bottom = spawn(dict(spec, kind="export-floor"))
            if "error" in bottom:
                return dict(row, error="floor " + bottom["error"])
            floors.append(bottom)
    engine = min(engines, key=lambda run: run["seconds"])
    row.update(figure=engine["count"] / engine["seconds"], seconds=engine["seconds"], count=engine["count"],
               peak_rss_mb=max(run["peak_rss_mb"] for run in engines), runs=len(engines),
               all_seconds=[run["seconds"] for run in engines])
    if floor:
        bottom = min(floors, key=lambda run: run["seconds"])
        row.update(floor=bottom["count"] / bottom["seconds"], floor_seconds=bottom["seconds"],
                   ratio=engine["seconds"] / bottom["seconds"],
                   floor_peak_rss_mb=max(run["peak_rss_mb"] for run in floors),
                   all_floor_seconds=[run["seconds"] for run in floors])
    return row


def run_classify(size, floor=True, giga=False, arguments=None, factor=None, dask=None):
    """One classification case (engine, then floor): a table row."""
    label = f"classify {size}² 6-band" + (f" {arguments}" if arguments else "") + \
        (f" PARALLEL_PROCESSING_FACTOR={factor}" if factor else "") + \
        (f" DASK_SCHEDULER={dask}" if dask else "")
    spec = {"kind": "classify", "name": _name(label), "size": size, "giga": giga}
    if dask:
        spec["dask"] = dask
    if arguments:
        spec["arguments"] = arguments
    if factor:
        spec["factor"] = factor
    engine = spawn(spec)
    row = {"case": label, "unit": "Mpx/s", "ratio_target": CLASSIFY_RATIO, "rss_target_mb": CLASSIFY_RSS}
    if "error" in engine:
        return dict(row, error=engine["error"])
    mpx = engine["pixels"] / 1e6
    row.update(figure=mpx / engine["seconds"], seconds=engine["seconds"], count=engine["count"],
               peak_rss_mb=engine["peak_rss_mb"])
    if floor:
        bottom = spawn(dict(spec, kind="classify-floor"))
        if "error" in bottom:
            return dict(row, error="floor " + bottom["error"])
        row.update(floor=mpx / bottom["seconds"], floor_seconds=bottom["seconds"],
                   ratio=engine["seconds"] / bottom["seconds"], floor_peak_rss_mb=bottom["peak_rss_mb"])
    return row


def linearity(what, rows_by_size):
    """Rows of s/Mpx at each size and its ratio to the smallest size's s/Mpx (1.0 = linear)."""
    out, base = [], None
    for size in sorted(rows_by_size):
        row = rows_by_size[size]
        if row.get("error"):
            out.append({"case": f"linearity {what} {size}²", "error": row["error"]})
            continue
        per_mpx = row["seconds"] / (size * size / 1e6)
        base = base or per_mpx
        out.append({"case": f"linearity {what} {size}²", "unit": "s/Mpx", "figure": per_mpx,
                    "ratio": per_mpx / base, "peak_rss_mb": row["peak_rss_mb"], "seconds": row["seconds"]})
    return out


def _emit(rows, row):
    rows.append(row)
    shown = f"{row.get('figure', 0):.2f} {row.get('unit', '')}" if "figure" in row else row.get("error", "")
    ratio = f", ratio {row['ratio']:.2f}" if row.get("ratio") is not None else ""
    rss = f", {row['peak_rss_mb']:.0f} MB" if row.get("peak_rss_mb") is not None else ""
    print(f"  {row['case']}: {shown}{ratio}{rss} [{status(row)}]", flush=True)


def main_cases(quick, only):
    rows = []
    export_size, classify_size = (2048, 1024) if quick else (8192, 4096)
    export_sizes = [1024, 2048] if quick else [1024, 2048, 4096, 8192]
    classify_sizes = [512, 1024] if quick else [1024, 2048, 4096]
    wanted = (lambda text: only.lower() in text.lower()) if only else (lambda text: True)
    print("building rasters …", flush=True)
    for size in sorted(set(export_sizes) | {export_size}):
        data.build_rgb(size)
    for size in sorted(set(classify_sizes) | {classify_size}):
        data.build_multispectral(size)
    data.model_definition()
    main_export = None
    for spec in export_cases(export_size):
        if wanted(_label(spec)):
            row = run_export(spec)
            _emit(rows, row)
            if (spec["metadata"], spec["format"], spec["stride"]) == ("Classified_Tiles", "PNG", 256):
                main_export = row
    # GDAL's default PNG level, for comparison with PNG_COMPRESSION_LEVEL's default 1.
    zlevel_six = dict(size=export_size, metadata="Classified_Tiles", format="PNG", stride=256, zlevel=6)
    if wanted(_label(zlevel_six)):
        _emit(rows, run_export(zlevel_six))
    main_classify = None
    if wanted(f"classify {classify_size}²"):
        main_classify = run_classify(classify_size)
        _emit(rows, main_classify)
    if wanted("parallel processing factor") or wanted("dask_scheduler"):
        # PARALLEL_PROCESSING_FACTOR against the default (every core for ONNX Runtime, twice the cores
        # for chip writing), and DASK_SCHEDULER=local:1 / local:2 (worker processes started, parts run
        # and merged, all timed): seconds / default seconds, measured in this run (info rows: no target).
        png = dict(size=export_size, metadata="Classified_Tiles", format="PNG", stride=256, zlevel=1)
        runs = ((main_classify, lambda **option: run_classify(classify_size, floor=False, **option)),
                (main_export, lambda **option: run_export(dict(png, **option), floor=False)))
        for default, run in runs:
            if default is None:
                default = run()
                _emit(rows, default)
            for option in ({"factor": "1"}, {"factor": "100%"}, {"dask": "local:1"}, {"dask": "local:2"}):
                row = run(**option)
                if not row.get("error") and not default.get("error"):
                    row = dict(row, ratio=row["seconds"] / default["seconds"], ratio_target=None,
                               rss_target_mb=None)
                _emit(rows, row)
    if wanted("linearity export"):
        by_size = {}
        for size in export_sizes:
            reuse = size == export_size and main_export is not None
            by_size[size] = main_export if reuse else run_export(
                dict(size=size, metadata="Classified_Tiles", format="PNG", stride=256), floor=False)
        for row in linearity("export", by_size):
            _emit(rows, row)
    if wanted("linearity classify"):
        by_size = {}
        for size in classify_sizes:
            reuse = size == classify_size and main_classify is not None
            by_size[size] = main_classify if reuse else run_classify(size, floor=False)
        for row in linearity("classify", by_size):
            _emit(rows, row)
    return rows


def giga_cases():
    rows = []
    print(f"building {GIGA}² VRT mosaics …", flush=True)
    data.build_rgb(GIGA, giga=True)
    data.build_multispectral(GIGA, giga=True)
    data.model_definition()
    spec = dict(size=GIGA, metadata="Classified_Tiles", format="PNG", stride=256, giga=True)
    row = run_export(spec, floor=False)
    row["case"] += " (VRT)"
    _emit(rows, row)
    if os.environ.get(GIGA_CLASSIFY_ENV) == "1":
        # PIXELWISE_BENCH_GIGA_ARGUMENTS (e.g. padding=0;batch_size=4) trades overlap for time on a small CPU.
        row = run_classify(GIGA, floor=False, giga=True, arguments=os.environ.get(GIGA_ARGUMENTS_ENV))
        row["case"] += " (VRT)"
        _emit(rows, row)
    else:
        probe = run_classify(1024, floor=False)
        if "seconds" in probe:
            hours = probe["seconds"] * (GIGA / 1024) ** 2 / 3600
            print(f"  classify {GIGA}²: skipped (about {hours:.1f} h here, from the 1024² run); set "
                  f"{GIGA_CLASSIFY_ENV}=1 to run it", flush=True)
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller rasters: a smoke run of every case")
    parser.add_argument("--giga", action="store_true", help=f"the {GIGA}² VRT cases (make bench-giga)")
    parser.add_argument("--only", default="", help="run only the cases whose name contains this text")
    args = parser.parse_args(argv)
    data.data_dir()
    started = time.perf_counter()
    print(f"Pixelwise bench on {platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}",
          flush=True)
    rows = giga_cases() if args.giga else main_cases(args.quick, args.only)
    elapsed = time.perf_counter() - started
    print()
    print(table(rows))
    # A partial run (--only) must not replace the full run's results.
    name = "results_giga.json" if args.giga else "results_only.json" if args.only else "results.json"
    write_json(data.BUILD / name, rows, elapsed_seconds=elapsed, quick=args.quick, giga=args.giga,
               cores=os.cpu_count())
    print(f"\nelapsed {elapsed:.0f} s; results in {data.BUILD / name}")
    return 1 if any(r.get("error") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
