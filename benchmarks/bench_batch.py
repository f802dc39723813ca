"""City-scale batch runs on Dask: throughput, tiling overhead, memory as the city grows.

One command, figures printed as ratios::

    .venv/bin/python benchmarks/bench_batch.py                 # full run (several minutes)
    .venv/bin/python benchmarks/bench_batch.py --quick         # small sizes, a smoke test

Part A - the same irradiance job (real Rotterdam Delfshaven, 853 LoD2
buildings, Amsterdam IWEC weather) three ways; the tile phase is timed
(``run.json`` ``timings.tiles_s``: the workers' imports are done before it,
cluster start-up, store writing and output assembly are reported apart):

  1. in this process, one tile, one ray thread (the reference);
  2. Dask LocalCluster, 1 worker, automatic tiles;
  3. Dask LocalCluster, 2 workers, the same tiles.

  Figures: overhead = (2) / (1) (target <= 1.2) in wall time of the tile
  phase and in CPU seconds of the tasks (robust when others load the
  machine), speed-up = (2) / (3) in wall time (target >= 1.7 on a 2-core
  machine; only reachable when nobody else uses the cores).

Part B - the window sunlight audit (GB 50180, lowest storey, every
building) on SYNTHETIC cities of 10k / 30k / 100k buildings made by
``benchmarks/citygen.py`` (the real Rotterdam district repeated on a grid:
real buildings, not a real city), 2 workers, 500 m tiles.  To keep the
shared machine usable the sun is sampled every 20 minutes (not the
profile's 1 minute): less work per window, the same data flow.  Prints
time and peak worker memory per size and the time per 1,000 receptors
(flat = linear in receptors).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.citygen import SHARED, describe, tiled_city  # noqa: E402
from plannerapp.batch.irradiance_job import IrradianceJob, IrradianceOptions  # noqa: E402
from plannerapp.batch.runner import run_batch  # noqa: E402
from plannerapp.batch.sunhours_job import SunhoursJob, SunhoursOptions  # noqa: E402
from plannerapp.batch.tasks import peak_memory_mb  # noqa: E402

ROTTERDAM = SHARED / "rotterdam-delfshaven-lod2" / "3-20-DELFSHAVEN.city.json"
EPW = SHARED / "weather-epw" / "NLD_Amsterdam062400_IWEC.epw"


def _run(job, city, folder: Path, **kw) -> dict:
    if folder.exists():
        shutil.rmtree(folder)
    t = time.perf_counter()
    res = run_batch(job, city, folder, **kw)
    run = dict(res.run)
    run["wall_s"] = time.perf_counter() - t
    return run


def part_a(work: Path, spacing: float, sky_rays: int) -> None:
    print("== A. irradiance, real Rotterdam Delfshaven (853 buildings), spacing "
          f"{spacing:g} m, {sky_rays} sky rays, Amsterdam IWEC ==")
    job = IrradianceJob(IrradianceOptions(weather=str(EPW), spacing_m=spacing, sky_rays=sky_rays))
    ref = _run(job, ROTTERDAM, work / "a-inprocess", tile_m=0, workers=0)
    one = _run(job, ROTTERDAM, work / "a-dask1", tile_m=None, workers=1)
    two = _run(job, ROTTERDAM, work / "a-dask2", tile_m=None, workers=2)
    rows = [("in-process, one tile", ref), ("Dask, 1 worker, tiled", one), ("Dask, 2 workers, tiled", two)]
    print(f"{'run':28s} {'tiles':>5s} {'tile phase s':>12s} {'task s (sum)':>12s} {'task CPU s':>10s} "
          f"{'wall s':>8s} {'peak MB':>8s}")
    for name, r in rows:
        print(f"{name:28s} {r['tiles']['total']:5d} {r['timings']['tiles_s']:12.2f} "
              f"{r['tile_stats']['task_seconds_sum']:12.2f} {r['tile_stats']['task_cpu_s_sum']:10.2f} "
              f"{r['wall_s']:8.2f} {r['tile_stats']['peak_worker_mb']:8.0f}")
    print(f"receptors: {ref['tile_stats']['receptors']} roof points; tile edge {one['tiling']['tile_m']:g} m, "
          f"halo {one['tiling']['halo']['halo_m']:g} m")
    overhead = one["timings"]["tiles_s"] / ref["timings"]["tiles_s"]
    speedup = one["timings"]["tiles_s"] / two["timings"]["tiles_s"]
    cpu = one["tile_stats"]["task_cpu_s_sum"] / ref["tile_stats"]["task_cpu_s_sum"]
    print(f"RATIO tiled Dask (1 worker) / in-process one tile = {overhead:.2f} wall, {cpu:.2f} CPU   (target <= 1.2)")
    print(f"RATIO throughput 2 workers / 1 worker           = {speedup:.2f}   (target >= 1.7)")
    load = os.getloadavg()
    print(f"(load average during the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores;"
          " other users of the machine lower the speed-up)")


def part_b(work: Path, sizes: list[int], step_min: float, workers: int) -> None:
    print(f"\n== B. window sunlight audit on synthetic cities, {workers} workers, 500 m tiles, "
          f"sun every {step_min:g} min ==")
    job = SunhoursJob(SunhoursOptions(profile="gb50180_I_II_III_VII_large", year=2026, step_min=step_min,
                                      residential="all"))
    print(f"{'buildings':>9s} {'windows':>8s} {'tiles':>5s} {'make s':>7s} {'store s':>8s} {'tiles s':>8s} "
          f"{'ms/1000 rec':>11s} {'CPU ms/1000':>11s} {'peak worker MB':>14s} {'client MB':>9s}")
    per, per_cpu = [], []
    for n in sizes:
        t = time.perf_counter()
        city = tiled_city(n)
        make_s = time.perf_counter() - t
        r = _run(job, city, work / f"b-{n}", tile_m=500.0, workers=workers)
        del city
        rec = r["tile_stats"]["receptors"]
        ms = 1e6 * r["timings"]["tiles_s"] / max(rec, 1)  # ms per 1,000 receptors
        cpu_ms = 1e6 * r["tile_stats"]["task_cpu_s_sum"] / max(rec, 1)
        per.append(r["timings"]["tiles_s"] / max(rec, 1))
        per_cpu.append(cpu_ms)
        print(f"{n:9d} {rec:8d} {r['tiles']['total']:5d} {make_s:7.1f} {r['timings']['prepare_s']:8.1f} "
              f"{r['timings']['tiles_s']:8.1f} {ms:11.1f} {cpu_ms:11.1f} {r['tile_stats']['peak_worker_mb']:14.0f} "
              f"{peak_memory_mb():9.0f}", flush=True)
        shutil.rmtree(work / f"b-{n}", ignore_errors=True)
    if len(per) > 1:
        print(f"RATIO time per receptor, largest / smallest city = {per[-1] / per[0]:.2f} wall, "
              f"{per_cpu[-1] / per_cpu[0]:.2f} CPU   (1.0 = linear)")
    print(f"(load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print("store s includes reading nothing (the city is built in memory) and writing the tile store; "
          "client MB is this process's peak (it holds the generated city)")
    print(describe(sizes[-1], ROTTERDAM.name, 853, -(-sizes[-1] // 853)))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="small sizes: a smoke test of the benchmark")
    p.add_argument("--sizes", default=None, help="comma-separated city sizes for part B (default 10000,30000,100000)")
    p.add_argument("--skip-a", action="store_true")
    p.add_argument("--skip-b", action="store_true")
    p.add_argument("--workers", type=int, default=2)
    args = p.parse_args(argv)
    if not ROTTERDAM.exists() or not EPW.exists():
        print(f"shared data absent: {ROTTERDAM} / {EPW}")
        return 1
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([2000, 4000] if args.quick else [10_000, 30_000, 100_000])
    with tempfile.TemporaryDirectory(prefix="bench_batch_") as tmp:
        work = Path(tmp)
        if not args.skip_a:
            part_a(work, spacing=8.0 if args.quick else 5.0, sky_rays=16 if args.quick else 32)
        if not args.skip_b:
            part_b(work, sizes, step_min=20.0, workers=args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
