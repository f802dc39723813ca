"""What one Dask task does: compute one tile and write its result file.

:func:`run_tile` runs on a worker.  It loads the tile and the occluders
within its halo from the store (never the whole city), builds a
:class:`~plannerapp.batch.halo.ReachScene` on ONE ray thread (a worker is
one single-threaded process per core), hands both to the analysis'
``compute_tile`` and writes ``OUT/tiles/<key>.npz`` atomically.  It returns
a small summary (counts, seconds, the worker's peak memory), so nothing big
passes through the scheduler.
"""

from __future__ import annotations

import io
import json
import pickle
import resource
import time
from functools import lru_cache
from pathlib import Path

import numpy as np

from plannerapp.batch.halo import ReachScene
from plannerapp.batch.store import Manifest, load_occluders, load_tile
from plannerapp.io.atomic import write_bytes_atomic

TILE_DIR = "tiles"


@lru_cache(maxsize=4)
def _manifest(folder: str, mtime_ns: int) -> Manifest:
    return Manifest.read(folder)


@lru_cache(maxsize=4)
def _inputs(path: str, mtime_ns: int):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def load_inputs(path) -> object:
    """The run's shared inputs (weather, sun path...) pickled by the client, cached per worker."""
    p = Path(path)
    return _inputs(str(p), p.stat().st_mtime_ns)


def manifest_of(store_dir) -> Manifest:
    p = Path(store_dir)
    return _manifest(str(p), (p / "manifest.json").stat().st_mtime_ns)


def peak_memory_mb() -> float:
    """Peak resident memory of this process so far, MB.

    Linux: ``VmHWM`` of ``/proc/self/status`` (reset when a process image is
    exec'ed; ``ru_maxrss`` is not: a spawned worker would report the peak of
    the process it was forked from).  Elsewhere ``ru_maxrss``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def tile_result_path(out_dir, key: str) -> Path:
    return Path(out_dir) / TILE_DIR / f"{key}.npz"


def run_tile(analysis: str, config: dict, store_dir: str, out_dir: str, key: str, near: list, region,
             reach_m: float, phash: str, backend: str = "embree") -> dict:
    """Compute tile *key* of *analysis* and write its result file; returns a summary dict."""
    t0 = time.perf_counter()
    c0 = time.process_time()
    man = manifest_of(store_dir)
    tile = load_tile(man, key)
    v, f = load_occluders(man, near, region, tile, key)
    t1 = time.perf_counter()
    scene = ReachScene(v, f, reach_m, backend, threads=1)
    del v, f
    t2 = time.perf_counter()
    try:
        mod = job_module(analysis)
        arrays, summary = mod.compute_tile(tile, scene, config, load_inputs(config["inputs"]))
    finally:
        scene.close()
    t3 = time.perf_counter()
    arrays["params_hash"] = np.array(phash)
    summary.update({"load_s": t1 - t0, "scene_s": t2 - t1, "compute_s": t3 - t2,
                    "cpu_s": time.process_time() - c0})
    summary.update({"key": key, "seconds": time.perf_counter() - t0, "peak_mb": peak_memory_mb(),
                    "n_buildings": len(tile), "n_occluder_triangles": int(scene.n_triangles)})
    arrays["summary"] = np.array(json.dumps(summary))
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    write_bytes_atomic(tile_result_path(out_dir, key), buf.getvalue())
    return summary


def warm_up(analysis: str) -> int:
    """Import the analysis code on a worker before the first tile (returns the pid)."""
    import os

    job_module(analysis)
    import plannerapp.analysis.irradiance  # noqa: F401
    import plannerapp.analysis.sunhours  # noqa: F401

    return os.getpid()


def can_see(path: str) -> bool:
    """Does this worker see *path* (the shared output folder)?"""
    return Path(path).exists()


def job_module(analysis: str):
    if analysis == "irradiance":
        from plannerapp.batch import irradiance_job as mod
    elif analysis == "sunhours":
        from plannerapp.batch import sunhours_job as mod
    else:  # pragma: no cover - guarded by the runner
        raise ValueError(f"unknown batch analysis {analysis!r}")
    return mod


def read_tile_result(out_dir, key: str) -> dict:
    with np.load(tile_result_path(out_dir, key), allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def tile_done(out_dir, key: str, phash: str) -> bool:
    """Does a whole result file of tile *key* with parameters *phash* exist?"""
    p = tile_result_path(out_dir, key)
    if not p.exists():
        return False
    try:
        with np.load(p, allow_pickle=False) as z:
            return str(z["params_hash"]) == phash
    except Exception:  # noqa: BLE001 - unreadable = not done
        return False
