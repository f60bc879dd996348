"""One benchmark run in this process: ``python -m bench.case '<json spec>'``.

The spec's ``kind`` picks the function (engine or floor, export or classify); the last line printed is
a JSON object with its result and this process's peak RSS (``VmHWM``) in MB, so every run's
memory is its own.
"""

import json
import resource
import sys


def run(spec):
    from . import classify_cases, export_cases

    functions = {"export": export_cases.run_engine, "export-floor": export_cases.run_floor,
                 "classify": classify_cases.run_engine, "classify-floor": classify_cases.run_floor}
    result = functions[spec["kind"]](spec)
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def peak_rss_mb():
    """This process's own peak RSS. Linux's ``ru_maxrss`` keeps the peak of the process that exec'd us
    (the bench driver, after building rasters), so read the address space's high-water mark instead."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


if __name__ == "__main__":
    print(json.dumps(run(json.loads(sys.argv[1]))))


def spawn(spec):
    """Run ``spec`` in a fresh ``python -m bench.case`` child; its result dict, or ``{"error": …}``."""
    import subprocess

    done = subprocess.run([sys.executable, "-m", "bench.case", json.dumps(spec)], capture_output=True,
                          text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done.returncode}: {tail}"}
    return json.loads(lines[-1])
