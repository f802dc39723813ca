"""Scheme comparison timing: `python benchmarks/bench_compare.py [--full]`.

Prints, for the Delft sample's three schemes and the status quo, the seconds
per column (cold cache), the total, CPU seconds (the cores are shared), and
the time of a second call (every column from the cache).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plannerapp.io.project import load_project  # noqa: E402
from plannerapp.report.compare_metrics import MetricsCache, compare_schemes  # noqa: E402


def main() -> None:
    quick = "--full" not in sys.argv
    project = load_project(ROOT / "scenarios" / "delft-sample")
    cache = MetricsCache()
    t0, c0 = time.perf_counter(), time.process_time()
    table = compare_schemes(project, None, quick=quick, cache=cache)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"settings: {'quick' if quick else 'full'}")
    for c in table.columns:
        print(f"  {c.name:<18} {c.seconds:6.1f} s (analyses)")
    print(f"total {wall:.1f} s wall, {cpu:.1f} s CPU for {len(table.columns)} columns")
    t0 = time.perf_counter()
    compare_schemes(project, None, quick=quick, cache=cache)
    print(f"second call (cached): {time.perf_counter() - t0:.3f} s")


if __name__ == "__main__":
    main()
