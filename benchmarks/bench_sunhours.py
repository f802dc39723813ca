"""Sunlight-hours benchmark: one command, figures printed as ratios measured in one run.

    .venv/bin/python benchmarks/bench_sunhours.py            # full: 10,000 buildings, 1,000,000 points
    .venv/bin/python benchmarks/bench_sunhours.py --quick    # 1,000 buildings, 100,000 points

Scene: a SYNTHETIC city of box buildings on a regular grid (100 x 100 =
10,000 boxes, 20 x 20 m footprints every 40 m, heights 6-60 m from a fixed
random seed), built directly as triangles (12 per box).  Sample points: a
ground grid 1.5 m above ground over the whole city, points inside buildings
dropped.  Sun: Beijing (39.9 N 116.4 E), Great Cold day 2026-01-20,
08:00-16:05 true solar time at 5 min = 97 intervals.

Figures:
1. ``compute_sunlight_hours`` (the product path: chunking, per-sun cast,
   statistics, packed sunlit bits) vs a bare two-thread embreex OCCLUDED loop
   over the same rays (float32 arrays prepared outside the timing, a
   ThreadPoolExecutor over 65,536-ray chunks): target <= 1.5x.
2. trimesh's ``mesh.ray.intersects_any`` on the same rays (batches of ~1,000,000 rays), measured on a
   subset of the points (all 97 suns) and scaled linearly: target >= 3x slower
   than figure 1's product path.
3. Peak memory (max RSS of a fresh process) of ``compute_sunlight_hours``
   on 2,000,000 points (200,000 with --quick): target < 2 GB.
4. Cancel latency: time from ``cancelled()`` turning true to ``Cancelled``
   being raised: target < 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plannerapp.analysis.progress import Cancelled  # noqa: E402
from plannerapp.analysis.raycast import OcclusionScene  # noqa: E402
from plannerapp.analysis.sun import Site, sun_path  # noqa: E402
from plannerapp.analysis.sunhours import compute_sunlight_hours  # noqa: E402

PITCH, SIZE = 40.0, 20.0


def box_city(n_side: int, seed: int = 1):
    """``(vertices, faces, heights)`` of n_side x n_side boxes (local metres)."""
    rng = np.random.default_rng(seed)
    heights = rng.uniform(6.0, 60.0, n_side * n_side)
    ij = np.stack(np.meshgrid(np.arange(n_side), np.arange(n_side), indexing="ij"), -1).reshape(-1, 2)
    x0 = ij[:, 0] * PITCH - n_side * PITCH / 2
    y0 = ij[:, 1] * PITCH - n_side * PITCH / 2
    corners = np.array([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]], float)
    v = np.empty((len(heights), 8, 3))
    v[:, :, 0] = x0[:, None] + corners[:, 0] * SIZE
    v[:, :, 1] = y0[:, None] + corners[:, 1] * SIZE
    v[:, :, 2] = corners[:, 2] * heights[:, None]
    tri = np.array([[0, 2, 1], [0, 3, 2], [4, 5, 6], [4, 6, 7], [0, 1, 5], [0, 5, 4],
                    [1, 2, 6], [1, 6, 5], [2, 3, 7], [2, 7, 6], [3, 0, 4], [3, 4, 7]])
    f = (tri[None, :, :] + 8 * np.arange(len(heights))[:, None, None]).reshape(-1, 3)
    return v.reshape(-1, 3), f, heights


def ground_points(n_side: int, n_target: int, seed: int = 2) -> np.ndarray:
    """~n_target points 1.5 m above ground on a regular grid, none inside a box."""
    extent = n_side * PITCH
    free_share = 1 - (SIZE / PITCH) ** 2
    spacing = np.sqrt(extent * extent * free_share / n_target)
    xs = np.arange(-extent / 2 + spacing / 2, extent / 2, spacing)
    gx, gy = (a.ravel() for a in np.meshgrid(xs, xs))
    inside = (np.mod(gx + extent / 2, PITCH) < SIZE) & (np.mod(gy + extent / 2, PITCH) < SIZE)
    pts = np.column_stack([gx[~inside], gy[~inside], np.full((~inside).sum(), 1.5)])
    return pts[:n_target]


def suns_97():
    site = Site(39.9042, 116.4074, "Asia/Shanghai")
    return sun_path(site, "2026-01-20", "08:00", "16:05", 5, time_base="solar")


def bare_embree(vertices, faces, origins, suns, threads: int = 2, tnear: float = 1e-3) -> tuple[float, int]:
    """Seconds for a bare embreex OCCLUDED loop over every (point, sun-up interval) ray."""
    from embreex import rtcore_scene
    from embreex.mesh_construction import TriangleMesh

    scene = rtcore_scene.EmbreeScene()
    TriangleMesh(scene, vertices.astype(np.float32), faces.astype(np.int32))
    scene.run(np.zeros((1, 3), np.float32), np.array([[0, 0, 1]], np.float32), query="OCCLUDED")
    dirs = suns.directions[suns.above]
    # prepared outside the timing: offset float32 origins per sun would be the same work in both
    o32 = origins.astype(np.float32)
    d32 = [np.ascontiguousarray(d[None, :], dtype=np.float32) for d in dirs]
    chunk = 1 << 16
    spans = [(a, min(len(o32), a + chunk)) for a in range(0, len(o32), chunk)]
    hits = 0
    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as ex:
        for d in d32:
            org = o32 + np.float32(tnear) * d
            for r in ex.map(lambda s: scene.run(org[s[0]:s[1]], d, query="OCCLUDED"), spans):
                hits += int((r != -1).sum())
    return time.perf_counter() - t0, hits


def trimesh_any(vertices, faces, origins, suns) -> tuple[float, str, int]:
    import trimesh

    mesh = trimesh.Trimesh(vertices, faces, process=False)
    mesh.ray.intersects_any(origins[:10], np.tile([0.0, 0.0, 1.0], (10, 1)))  # build its scene outside the timing
    dirs = suns.directions[suns.above]
    # the same rays in batches of ~1,000,000 (several suns per call), so trimesh's per-call
    # overhead is not inflated by the smaller subset
    per_call = max(1, 1_000_000 // len(origins))
    hits = 0
    t0 = time.perf_counter()
    for a in range(0, len(dirs), per_call):
        dd = dirs[a:a + per_call]
        o = (origins[None, :, :] + 1e-3 * dd[:, None, :]).reshape(-1, 3)
        d = np.repeat(dd, len(origins), axis=0)
        hits += int(mesh.ray.intersects_any(o, d).sum())
    return time.perf_counter() - t0, type(mesh.ray).__module__, hits


def memory_child(n_side: int, n_points: int) -> None:
    """Run in a fresh process: compute on n_points and print the peak RSS (bytes) as JSON."""
    v, f, _ = box_city(n_side)
    pts = ground_points(n_side, n_points)
    suns = suns_97()
    scene = OcclusionScene(v, f, threads=2)
    res = compute_sunlight_hours(scene, suns, pts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"points": len(pts), "peak_bytes": peak, "mean_hours": float(res.hours.mean())}))


def cancel_latency(scene, pts, suns, after_s: float = 1.5) -> float:
    flag = threading.Event()
    t_set = [0.0]
    t_raised = [0.0]

    def run():
        try:
            compute_sunlight_hours(scene, suns, pts, cancelled=flag.is_set)
        except Cancelled:
            t_raised[0] = time.perf_counter()

    th = threading.Thread(target=run)
    th.start()
    time.sleep(after_s)
    t_set[0] = time.perf_counter()
    flag.set()
    th.join()
    return t_raised[0] - t_set[0] if t_raised[0] else float("nan")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1,000 buildings, 100,000 points (about a minute)")
    ap.add_argument("--trimesh-points", type=int, default=None, help="points in the trimesh subset")
    ap.add_argument("--memory-child", nargs=2, type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.memory_child:
        memory_child(*args.memory_child)
        return 0
    n_side, n_points = (32, 100_000) if args.quick else (100, 1_000_000)
    n_mem = 2 * n_points
    n_tri = args.trimesh_points or (10_000 if args.quick else 50_000)

    v, f, h = box_city(n_side)
    pts = ground_points(n_side, n_points)
    suns = suns_97()
    n_up = int(suns.above.sum())
    print(f"scene: SYNTHETIC box city, {n_side * n_side:,} buildings ({len(f):,} triangles), heights "
          f"{h.min():.0f}-{h.max():.0f} m, {n_side * PITCH / 1000:.1f} km square")
    print(f"points: {len(pts):,} ground points at 1.5 m; sun: {len(suns)} intervals ({n_up} above the horizon), "
          f"Beijing Great Cold day 08:00-16:05 true solar time, 5 min")
    print(f"rays per run: {len(pts) * n_up:,}; threads: 2; machine: {os.cpu_count()} CPUs (shared)")

    scene = OcclusionScene(v, f, threads=2)
    compute_sunlight_hours(scene, suns, pts[:1000])  # warm-up
    t0 = time.perf_counter()
    res = compute_sunlight_hours(scene, suns, pts)
    t_api = time.perf_counter() - t0
    t_bare, hits = bare_embree(v, f, pts, suns)
    shaded_api = int((~res.sunlit()[:, suns.above]).sum())
    print(f"\n1. compute_sunlight_hours: {t_api:.2f} s ({len(pts) * n_up / t_api / 1e6:.1f} M rays/s); "
          f"bare 2-thread embreex loop: {t_bare:.2f} s; ratio {t_api / t_bare:.2f}x (target <= 1.5x); "
          f"occluded rays {shaded_api:,} vs {hits:,}")

    sub = pts[:: max(1, len(pts) // n_tri)][:n_tri]
    t_tm, module, _ = trimesh_any(v, f, sub, suns)
    t_tm_scaled = t_tm * len(pts) / len(sub)
    print(f"2. trimesh ray.intersects_any ({module}): {t_tm:.2f} s on {len(sub):,} points x {n_up} suns, "
          f"scaled to {len(pts):,} points: {t_tm_scaled:.1f} s; compute_sunlight_hours is {t_tm_scaled / t_api:.1f}x "
          f"faster (target >= 3x)")

    out = subprocess.run([sys.executable, __file__, "--memory-child", str(n_side), str(n_mem)],
                         capture_output=True, text=True, check=True)
    mem = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"3. peak memory (max RSS, fresh process) for {mem['points']:,} points x {len(suns)} intervals: "
          f"{mem['peak_bytes'] / 2**30:.2f} GiB (target < 2 GB)")

    lat = cancel_latency(scene, pts, suns, after_s=0.3 * t_api)
    print(f"4. cancel latency: {lat * 1000:.0f} ms (target < 1 s)")
    scene.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
