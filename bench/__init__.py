"""Pixelwise benchmarks (``make bench``, ``make bench-giga``): not tests, no timed assertions.

Each case runs the engine in a fresh subprocess (so its peak RSS is its own) and then a *floor*: the
least work any implementation must do for the same output, measured in the same run on the same
machine. The figure that matters is the ratio engine time / floor time, which is far less noisy
across machines than the raw chips/s or Mpx/s.

Modules: :mod:`.data` builds the rasters from real data in ``../shared/data``, :mod:`.export_cases`
and :mod:`.classify_cases` time the engine and its floors, :mod:`.case` runs one of them in a child
process, :mod:`.report` prints the table and writes ``.build/bench/results.json``.
"""
