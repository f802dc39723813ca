"""``run_batch``: a city-scale analysis over tiles on Dask, resumable, with progress.

Steps, and where bad input stops the run (:class:`InputError`, before any work):

1. the job checks its inputs (weather file, profile, options);
2. the output folder must be new, empty, or (``resume=True``) hold a run of the same analysis;
3. a ``--scheduler`` must answer within a few seconds;
4. the city is read once (a path) and must have a metric projected CRS;
   it is written to the tile store ``OUT/store`` (kept and reused by
   ``--resume`` while the city file and tile size are unchanged);
5. one Dask task per tile not yet done with the same parameters; each
   writes ``OUT/tiles/<key>.npz`` atomically when it finishes;
6. the outputs are assembled tile by tile; ``OUT/run.json`` is updated.

Progress: ``progress(fraction, text)`` (house convention) and
``status(BatchStatus)`` with the figures (tiles, buildings, receptors,
ETA); ``cancelled() -> bool`` stops the run between checks (every 0.1 s):
pending tasks are cancelled and only whole tile files remain.

``workers=0`` runs the tiles one after another in this process, without
Dask: the reference the Dask runs are measured against (benchmarks).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import pickle
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from plannerapp.analysis.progress import Cancelled
from plannerapp.batch import runinfo
from plannerapp.batch.halo import DEFAULT_HALO_CAP_M, halo_m
from plannerapp.batch.store import STORE_FORMAT, Manifest, file_sha256, store_matches, write_store
from plannerapp.batch.tasks import TILE_DIR, can_see, run_tile, tile_done, warm_up
from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.io.atomic import write_bytes_atomic

STORE_DIR = "store"
POLL_S = 0.1


@dataclass
class BatchStatus:
    """Figures of a running batch (for a progress bar or a GUI dialog)."""

    stage: str = "start"            # start, store, tiles, assemble, done
    tiles_total: int = 0
    tiles_done: int = 0             # computed by this run so far
    tiles_skipped: int = 0          # already done (resume)
    buildings_total: int = 0
    buildings_done: int = 0
    receptors_done: int = 0
    elapsed_s: float = 0.0
    eta_s: float | None = None
    peak_worker_mb: float = 0.0

    @property
    def fraction(self) -> float:
        if self.stage == "done":
            return 1.0
        if self.stage in ("start", "store"):
            return 0.0
        base = self.buildings_done / max(self.buildings_total, 1)
        return min(0.99, 0.97 * base + (0.02 if self.stage == "assemble" else 0.0))

    def text(self) -> str:
        eta = "--:--" if self.eta_s is None else _clock(self.eta_s)
        return translate("batch", "tiles {t}/{T}, buildings {b}/{B}, ETA {eta}").format(
            t=self.tiles_done + self.tiles_skipped, T=self.tiles_total, b=self.buildings_done,
            B=self.buildings_total, eta=eta)


def _clock(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


@dataclass
class BatchResult:
    out_dir: Path
    run: dict
    totals: dict = field(default_factory=dict)


def city_fingerprint(city) -> str:
    """SHA-256 over ids and triangles of an in-memory City (for resume checks)."""
    h = hashlib.sha256()
    h.update(str(city.crs).encode())
    h.update(city.origin.tobytes())
    for b in city.buildings:
        h.update(b.id.encode("utf-8"))
        g = b.geometry
        h.update(g.vertices.tobytes())
        h.update(g.faces.tobytes())
    return h.hexdigest()


def check_city_frame(city) -> dict:
    """The city must have a metric projected CRS; returns its site (lat, lon, convergence)."""
    from plannerapp.analysis.sun import site_for_city
    from plannerapp.geometry.crs import is_metric_projected

    where = getattr(city, "source", None) or None
    if not city.crs:
        raise InputError(where, translate("batch", "the city has no coordinate reference system; batch tiles need a metric projected CRS"))
    try:
        metric = is_metric_projected(city.crs)
    except (InputError, RuntimeError, ValueError):
        metric = False
    if not metric:
        raise InputError(where, translate("batch", "unknown or non-metric CRS {crs}: batch tiles need a projected CRS in metres").format(crs=city.crs))
    if len(city) == 0:
        raise InputError(where, translate("batch", "the city has no buildings"))
    site = site_for_city(city)
    return {"latitude": site.latitude, "longitude": site.longitude, "convergence_deg": site.convergence_deg}


def run_batch(job, city, out_dir, *, tile_m: float | None = None, workers: int | None = None,
              scheduler: str | None = None, resume: bool = False, halo_cap_m: float = DEFAULT_HALO_CAP_M,
              backend: str = "embree", progress=None, cancelled=None, status=None, log=None) -> BatchResult:
    """Run *job* (an ``IrradianceJob`` or ``SunhoursJob``) over *city* (path or City) into *out_dir*.

    tile_m: tile edge (m) in the city's CRS; ``None`` automatic; 0 one tile.
    workers: LocalCluster worker processes (default: one per core); 0 = in
        this process without Dask.  scheduler: ``tcp://HOST:PORT`` of an
        existing Dask cluster instead.
    resume: continue a run in *out_dir*: tiles done with the same parameters
        are skipped; with other parameters everything is recomputed.
    progress(fraction, text), status(BatchStatus), cancelled() -> bool: see the module docstring.
    log(text): one-line messages (cluster address, dashboard...).
    """
    t0 = time.perf_counter()
    out = Path(out_dir).resolve()
    say = log or (lambda text: None)
    if tile_m is not None and (not math.isfinite(tile_m) or tile_m < 0):
        raise InputError(None, translate("batch", "--tile-m must be 0 (one tile) or a positive number of metres"))
    if not (halo_cap_m > 0):
        raise InputError(None, translate("batch", "--halo-cap-m must be positive"))
    prev = runinfo.check_out_dir(out, job.analysis, resume)
    handle = None
    if scheduler:
        from plannerapp.batch.cluster import open_cluster

        handle = open_cluster(scheduler=scheduler)
    try:
        manifest, city_id = _prepare_store(job, city, out, tile_m, say)
        if handle is None and workers != 0:
            from plannerapp.batch.cluster import open_cluster

            handle = open_cluster(workers=workers)
        if handle is not None:
            say(translate("batch", "Dask scheduler {addr}, {n} workers, dashboard: {dash}").format(
                addr=handle.address, n=handle.n_workers, dash=handle.dashboard))
        return _run(job, manifest, city_id, out, prev, handle, halo_cap_m, backend, progress, cancelled, status, t0, say)
    except (KeyboardInterrupt, Cancelled):
        if handle is not None:  # stop the workers first, then count the whole tiles they left
            handle.close()
            handle = None
        _remove_stray_temp(out)
        _recount_interrupted(out)
        raise
    finally:
        if handle is not None:
            handle.close()
        _remove_stray_temp(out)


def _recount_interrupted(out: Path) -> None:
    """Set run.json's ``tiles.computed`` of an interrupted run from the whole tile files on disk."""
    info = runinfo.read_run(out)
    if not info or info.get("status") != "interrupted":
        return
    try:
        keys = Manifest.read(out / STORE_DIR).keys()
    except (OSError, ValueError, KeyError):
        return
    whole = sum(tile_done(out, k, info["params_hash"]) for k in keys)
    info["tiles"]["computed"] = max(0, whole - int(info["tiles"].get("skipped", 0)))
    runinfo.write_run(out, info)


def _prepare_store(job, city, out: Path, tile_m, say):
    store = out / STORE_DIR
    if isinstance(city, (str, Path)):
        path = Path(city)
        if not path.exists():
            raise InputError(path, translate("batch", "file not found"))
        if path.is_dir():
            raise InputError(path, translate("batch", "is a folder, not a city file"))
        city_id = file_sha256(path)
        if store_matches(store, city_id, tile_m):
            say(translate("batch", "reusing the tile store in {folder}").format(folder=store))
            return Manifest.read(store), city_id
        from plannerapp.io.loader import load_city

        city = load_city(path)
    else:
        city_id = city_fingerprint(city)
        if store_matches(store, city_id, tile_m):
            return Manifest.read(store), city_id
    site = check_city_frame(city)
    job.check_city(city)
    if store.exists():
        shutil.rmtree(store)
    man = write_store(city, store, tile_m, source_sha256=city_id, site=site)
    return man, city_id


def _remove_stray_temp(out: Path) -> None:
    tiles = out / TILE_DIR
    if tiles.is_dir():
        for p in tiles.glob(".*.tmp"):
            try:
                p.unlink()
            except OSError:
                pass


def _run(job, manifest: Manifest, city_id, out: Path, prev, handle, halo_cap_m, backend,
         progress, cancelled, status, t0, say) -> BatchResult:
    halo = halo_m(manifest.max_top_z, job.min_receptor_z(manifest), job.min_elevation_deg(manifest), halo_cap_m)
    params = {"analysis": job.analysis, "job": job.parameters(manifest), "tile_m": manifest.tile_m,
              "halo": halo, "city_sha256": city_id, "store_format": STORE_FORMAT, "backend": backend}
    phash = runinfo.params_hash(params)
    tiles_dir = out / TILE_DIR
    if prev is not None and prev.get("params_hash") != phash and tiles_dir.exists():
        say(translate("batch", "parameters differ from the previous run: recomputing every tile"))
        shutil.rmtree(tiles_dir)
    tiles_dir.mkdir(parents=True, exist_ok=True)
    inputs_path = out / STORE_DIR / f"inputs-{phash}.pkl"
    write_bytes_atomic(inputs_path, pickle.dumps(job.inputs(manifest), protocol=pickle.HIGHEST_PROTOCOL))
    config = dict(job.config(), inputs=str(inputs_path))

    keys = manifest.keys()
    done = [k for k in keys if tile_done(out, k, phash)]
    todo = [k for k in keys if k not in set(done)]
    st = BatchStatus("tiles", len(keys), 0, len(done), manifest.n_buildings,
                     sum(manifest.tiles[k]["n_buildings"] for k in done))
    if handle is not None and todo:
        seen = handle.client.run(can_see, str(inputs_path))
        blind = sorted(w for w, ok in seen.items() if not ok)
        if blind:
            raise InputError(out, translate("batch", "{n} Dask worker(s) cannot see the output folder ({workers}); "
                                                     "workers need it at the same path, e.g. on a shared file system").format(
                n=len(blind), workers=", ".join(blind[:3])))
        handle.client.run(warm_up, job.analysis)
    else:
        warm_up(job.analysis)
    info = {
        "analysis": job.analysis, "status": "running", "parameters": params, "params_hash": phash,
        "versions": runinfo.versions(),
        "city": {"source": manifest.source, "sha256": city_id, "crs": manifest.crs,
                 "origin": [float(v) for v in manifest.origin], "n_buildings": manifest.n_buildings},
        "tiling": {"tile_m": manifest.tile_m, "halo": halo, "n_tiles": len(keys)},
        "cluster": handle.describe() if handle is not None else {"scheduler": "in-process", "workers": 0},
        "tiles": {"total": len(keys), "computed": 0, "skipped": len(done)},
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    runinfo.write_run(out, info)
    say(translate("batch", "{n} tiles of {m:g} m, halo {h:g} m ({k} already done)").format(
        n=len(keys), m=manifest.tile_m, h=halo["halo_m"], k=len(done)))

    def report():
        st.elapsed_s = time.perf_counter() - t0
        work_left = st.buildings_total - st.buildings_done
        new_work = st.buildings_done - sum(manifest.tiles[k]["n_buildings"] for k in done)
        st.eta_s = (st.elapsed_s - t_tiles0) / new_work * work_left if new_work > 0 else None
        if status is not None:
            status(st)
        if progress is not None:
            progress(st.fraction, st.text())

    t_tiles0 = time.perf_counter() - t0
    summaries = []
    near = {}
    for k in todo:
        near[k] = manifest.neighbours(k, halo["halo_m"])
    # largest tiles first: better load balance at the end of the run
    todo.sort(key=lambda k: -manifest.tiles[k]["n_buildings"])
    args = (str(manifest.folder), str(out))
    report()
    try:
        if handle is None:
            for k in todo:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                s = run_tile(job.analysis, config, *args, k, near[k][0], near[k][1], halo["halo_m"], phash, backend)
                _count(st, s, summaries)
                report()
        else:
            _run_dask(handle.client, job.analysis, config, args, todo, near, halo["halo_m"], phash, backend,
                      st, summaries, report, cancelled)
    except (KeyboardInterrupt, Cancelled):
        # count whole tile files (a task may have finished after the last progress poll)
        on_disk = sum(tile_done(out, k, phash) for k in todo)
        info.update(status="interrupted", tiles={"total": len(keys), "computed": on_disk, "skipped": len(done)},
                    finished=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    seconds=round(time.perf_counter() - t0, 3))
        runinfo.write_run(out, info)
        raise
    except BaseException as exc:
        info.update(status="failed", error=f"{type(exc).__name__}: {exc}",
                    tiles={"total": len(keys), "computed": len(summaries), "skipped": len(done)})
        runinfo.write_run(out, info)
        raise

    t_tiles1 = time.perf_counter() - t0
    st.stage = "assemble"
    report()
    totals = job.assemble(out, manifest, keys)
    st.stage = "done"
    report()
    timings = {"prepare_s": round(t_tiles0, 3), "tiles_s": round(t_tiles1 - t_tiles0, 3),
               "assemble_s": round(time.perf_counter() - t0 - t_tiles1, 3)}
    info.update(status="complete", tiles={"total": len(keys), "computed": len(summaries), "skipped": len(done)},
                finished=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                seconds=round(time.perf_counter() - t0, 3), timings=timings, totals=totals,
                tile_stats={"task_seconds_sum": round(sum(s["seconds"] for s in summaries), 3),
                            "task_cpu_s_sum": round(sum(s.get("cpu_s", 0.0) for s in summaries), 3),
                            "load_s_sum": round(sum(s.get("load_s", 0.0) for s in summaries), 3),
                            "scene_s_sum": round(sum(s.get("scene_s", 0.0) for s in summaries), 3),
                            "compute_s_sum": round(sum(s.get("compute_s", 0.0) for s in summaries), 3),
                            "peak_worker_mb": round(max((s["peak_mb"] for s in summaries), default=0.0), 1),
                            "receptors": sum(s.get("n_receptors", 0) for s in summaries)})
    runinfo.write_run(out, info)
    return BatchResult(out, info, totals)


def _count(st: BatchStatus, s: dict, summaries: list) -> None:
    summaries.append(s)
    st.tiles_done += 1
    st.buildings_done += int(s["n_buildings"])
    st.receptors_done += int(s.get("n_receptors", 0))
    st.peak_worker_mb = max(st.peak_worker_mb, float(s.get("peak_mb", 0.0)))


def _run_dask(client, analysis, config, args, todo, near, reach, phash, backend, st, summaries, report, cancelled):
    token = uuid.uuid4().hex[:8]
    futures = [client.submit(run_tile, analysis, config, *args, k, near[k][0], near[k][1], reach, phash, backend,
                             key=f"plannerapp-{analysis}-{k}-{token}", pure=False, priority=len(todo) - i)
               for i, k in enumerate(todo)]
    pending = set(futures)
    try:
        while pending:
            if cancelled is not None and cancelled():
                raise Cancelled()
            finished = [f for f in pending if f.done()]
            if not finished:
                time.sleep(POLL_S)
                continue
            for f in finished:
                pending.discard(f)
                _count(st, f.result(), summaries)
            report()
    except BaseException:
        client.cancel(list(pending), force=True)
        raise
