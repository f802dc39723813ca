"""Load speed and memory of the city readers (file -> City).

    .venv/bin/python benchmarks/bench_load.py            # shared datasets + 10,000-building tiled city
    .venv/bin/python benchmarks/bench_load.py --quick    # skip the tiled city

For each file: the best of 3 ``load_city`` wall times (time.perf_counter)
and CPU times (time.process_time; steadier when other work shares the cores),
the triangles built (GeoJSON prisms are built at load too), and the peak Python heap during one load (tracemalloc,
measured in a separate run because tracing slows the load).  The process's
peak RSS (``ru_maxrss``) is printed at the end.  The 10,000-building case is
SYNTHETIC: real Rotterdam Delfshaven buildings tiled on a grid
(``benchmarks/citygen.py``), written to a real CityJSON file first so the
figure includes the file read and JSON parse.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from plannerapp.io.loader import load_city  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
FILES = [
    "3dbag-delft-lod22/3dbag_v210908_fd2cee53_5910.json",
    "3dbag-delft-lod22/3dbag_v210908_fd2cee53_5907_subset.json",
    "denhaag-lod2/DenHaag_01.json",
    "rotterdam-delfshaven-lod2/3-20-DELFSHAVEN.city.json",
    "delft-3dfier-lod1/delft.city.json",
    "delft-3dfier-lod1/testarea.obj",
    "china-suzhou-footprints/suzhou_buildings.geojson",
]


def measure(path: Path, label: str, repeats: int = 3) -> dict:
    times, cpu = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        city = load_city(path)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    tracemalloc.start()
    load_city(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    row = {
        "case": label,
        "MB": path.stat().st_size / 1e6,
        "buildings": len(city),
        "triangles": city.n_triangles(),
        "load_s": min(times),
        "cpu_s": min(cpu),
        "peak_heap_MB": peak / 1e6,
    }
    print(
        f"{row['case']:<58} {row['MB']:6.1f} MB  {row['buildings']:6d} bldg  {row['triangles']:8d} tri"
        f"  load {row['load_s']:6.3f} s (cpu {row['cpu_s']:6.3f} s)  peak heap {row['peak_heap_MB']:7.1f} MB",
        flush=True,
    )
    return row


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="only the shared datasets")
    p.add_argument("--buildings", type=int, default=10_000, help="size of the tiled city (default 10000)")
    args = p.parse_args(argv)
    print("load_city: best of 3 wall times (and CPU seconds of this process, steadier on a busy machine);")
    print("peak heap = tracemalloc peak during one load; load average now: %.1f" % os.getloadavg()[0])
    for rel in FILES:
        path = SHARED / rel
        if path.exists():
            measure(path, rel)
        else:
            print(f"{rel}: absent, skipped")
    if not args.quick:
        import citygen

        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "tiled.city.json"
            citygen.write_tiled_cityjson(args.buildings, out)
            print("tiled case: " + citygen.describe(args.buildings, citygen.DEFAULT_SOURCE, 853, -(-args.buildings // 853)))
            measure(out, f"SYNTHETIC tiled Rotterdam x{args.buildings} (real buildings)", repeats=2)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS of this process: {rss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
