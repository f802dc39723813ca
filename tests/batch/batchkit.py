"""Helpers for the batch tests: a cropped real city, a hand-started Dask cluster."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
ROTTERDAM = "rotterdam-delfshaven-lod2/3-20-DELFSHAVEN.city.json"
AMSTERDAM_EPW = "weather-epw/NLD_Amsterdam062400_IWEC.epw"
# a 250 m x 200 m window in the middle of Delfshaven (EPSG:28992 world metres)
CROP_BOX = (90800.0, 435680.0, 91050.0, 435880.0)


def crop_cityjson(src: Path, dst: Path, box=CROP_BOX) -> int:
    """Write the buildings of *src* whose vertices all lie in *box* to *dst*; returns their number.

    Plain json: keeps the file's vertices, transform and metadata (CRS) as they are.
    """
    doc = json.loads(Path(src).read_text(encoding="utf-8"))
    sc, tr = doc["transform"]["scale"], doc["transform"]["translate"]
    verts = doc["vertices"]

    def indices(b):
        if isinstance(b, list):
            for x in b:
                yield from indices(x)
        else:
            yield b

    keep = {}
    for oid, obj in doc["CityObjects"].items():
        ids = [i for g in obj.get("geometry", []) for i in indices(g["boundaries"])]
        xs = [verts[i][0] * sc[0] + tr[0] for i in ids]
        ys = [verts[i][1] * sc[1] + tr[1] for i in ids]
        if ids and min(xs) >= box[0] and max(xs) <= box[2] and min(ys) >= box[1] and max(ys) <= box[3]:
            keep[oid] = obj
    doc["CityObjects"] = keep
    doc.pop("appearance", None)
    for obj in keep.values():
        for g in obj.get("geometry", []):
            g.pop("texture", None)
            g.pop("material", None)
    Path(dst).write_text(json.dumps(doc), encoding="utf-8")
    return len(keep)
#: small but real work: 5 m roof grid, 16 sky rays, 100 m tiles (8 tiles on the crop)
IRR_OPTS = {"spacing_m": 5.0, "sky_rays": 16}
TILE_M = 100.0


def irradiance_job(**changes):
    """The test's batch irradiance job (Amsterdam IWEC weather), with option *changes*."""
    from plannerapp.batch.irradiance_job import IrradianceJob, IrradianceOptions

    opts = dict(IRR_OPTS, **changes)
    return IrradianceJob(IrradianceOptions(weather=str(SHARED_DATA / AMSTERDAM_EPW), **opts))


class HandCluster:
    """``dask scheduler`` + ``dask worker`` subprocesses on 127.0.0.1, stopped by :meth:`stop`."""

    def __init__(self, folder: Path, n_workers: int = 2):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        dask = str(Path(sys.executable).with_name("dask"))
        self.sched_file = self.folder / "scheduler.json"
        env = dict(os.environ)
        self.procs = [subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(self.sched_file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, env=env)]
        deadline = time.monotonic() + 60
        while not self.sched_file.exists():
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("dask scheduler did not start")
            time.sleep(0.2)
        time.sleep(0.3)
        self.address = json.loads(self.sched_file.read_text())["address"]
        self.procs.append(subprocess.Popen(
            [dask, "worker", self.address, "--nworkers", str(n_workers), "--nthreads", "1",
             "--host", "127.0.0.1", "--no-dashboard"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, env=env))
        self.n_workers = n_workers

    def wait_for_workers(self, timeout_s: float = 180.0) -> None:
        """Block until every worker has registered (slow on a loaded machine)."""
        from distributed import Client

        with Client(self.address, timeout="30s", set_as_default=False) as c:
            c.wait_for_workers(self.n_workers, timeout=timeout_s)

    def stop(self) -> None:
        for p in reversed(self.procs):
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in reversed(self.procs):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait(timeout=10)


def geojson_props(path: Path) -> dict:
    """``{building id: properties}`` of a batch buildings.geojson."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    return {f["properties"]["id"]: f["properties"] for f in doc["features"]}


def rel_diff(a: float, b: float) -> float:
    return abs(a - b) / max(abs(a), abs(b), 1e-12)
