"""Long city runs survive faults: a killed worker, Ctrl-C, a cancel button.

Every run here uses 40 m tiles (28 tasks on the district) and is compared
with the 100 m reference run: tiling never changes the numbers.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import psutil
import pytest
from batchkit import AMSTERDAM_EPW, SHARED_DATA, geojson_props, irradiance_job, rel_diff

pytestmark = pytest.mark.slow
SMALL_TILE_M = 40.0


def _same_numbers(ref_dir: Path, out_dir: Path) -> None:
    a, b = geojson_props(ref_dir / "buildings.geojson"), geojson_props(out_dir / "buildings.geojson")
    assert set(a) == set(b)
    for k in a:
        assert rel_diff(a[k]["pv_kwh_year"], b[k]["pv_kwh_year"]) < 1e-6, k
        assert rel_diff(a[k]["roof_area_m2"], b[k]["roof_area_m2"]) < 1e-6, k


def _whole_tiles(out_dir: Path) -> list[str]:
    names = sorted(p.name for p in (out_dir / "tiles").iterdir())
    assert all(n.endswith(".npz") and not n.startswith(".") for n in names), names  # no half-written files
    for n in names:
        with np.load(out_dir / "tiles" / n, allow_pickle=False) as z:
            assert z["p_annual"].shape == z["p_area"].shape
    return names


def _worker_pids() -> set[int]:
    out = set()
    for p in psutil.Process().children(recursive=True):
        try:
            if any("spawn_main" in part for part in p.cmdline()) and p.status() != psutil.STATUS_ZOMBIE:
                out.add(p.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return out


def test_a_worker_killed_mid_run_is_replaced_and_the_run_completes_with_the_same_numbers(tiled_run, district, tmp_path):
    from plannerapp.batch.runner import run_batch

    killed: list[int] = []
    before: set[int] = set()
    after: set[int] = set()

    def on_status(st):
        if st.stage == "tiles" and st.tiles_done >= 1 and not killed:
            before.update(_worker_pids())
            victim = min(before)
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)
        elif killed:
            after.update(_worker_pids())

    res = run_batch(irradiance_job(), district, tmp_path / "out", tile_m=SMALL_TILE_M, workers=2, status=on_status)
    assert len(before) == 2 and killed
    assert not psutil.pid_exists(killed[0]) or psutil.Process(killed[0]).status() == psutil.STATUS_ZOMBIE
    assert after - before, "the nanny started no replacement worker"
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["status"] == "complete"
    assert run["tiles"]["computed"] == run["tiles"]["total"] == res.run["tiling"]["n_tiles"] > 20
    assert len(_whole_tiles(tmp_path / "out")) == run["tiles"]["total"]
    _same_numbers(tiled_run.out_dir, tmp_path / "out")


def _group_alive(pgid: int) -> list:
    alive = []
    for q in psutil.process_iter(["pid"]):
        try:
            if os.getpgid(q.pid) == pgid and q.status() != psutil.STATUS_ZOMBIE:
                alive.append(q)
        except (ProcessLookupError, psutil.NoSuchProcess):
            pass
    return alive


def test_ctrl_c_stops_the_cli_cleanly_and_resume_finishes_the_run(tiled_run, district, tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "plannerapp", "batch", "irradiance", str(district), "--weather",
           str(SHARED_DATA / AMSTERDAM_EPW), "--out", str(out), "--spacing", "5", "--sky-rays", "16",
           "--tile-m", str(SMALL_TILE_M), "--workers", "2"]
    # a terminal's Ctrl-C: SIGINT to the whole process group
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while not list((out / "tiles").glob("*.npz")) if (out / "tiles").exists() else True:
            assert time.monotonic() < deadline and p.poll() is None
            time.sleep(0.1)
        os.killpg(p.pid, signal.SIGINT)
        _, err = p.communicate(timeout=90)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
    assert p.returncode == 130, err
    assert "--resume" in err and "Traceback" not in err
    run = json.loads((out / "run.json").read_text())
    assert run["status"] == "interrupted"
    whole = _whole_tiles(out)
    assert 1 <= len(whole) < run["tiles"]["total"]
    assert run["tiles"]["computed"] == len(whole)
    assert not (out / "buildings.geojson").exists()
    # nothing of the run is left running: a worker process the nanny has just killed may still be
    # exiting when the CLI returns, so give the group a few seconds (a zombie is not running)
    deadline = time.monotonic() + 10
    while (left := _group_alive(p.pid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, [q.cmdline() for q in left]

    from plannerapp.cli import main

    assert main(["batch", "irradiance", str(district), "--weather", str(SHARED_DATA / AMSTERDAM_EPW), "--out", str(out),
                 "--spacing", "5", "--sky-rays", "16", "--tile-m", str(SMALL_TILE_M), "--workers", "2",
                 "--resume", "--quiet"]) == 0
    run = json.loads((out / "run.json").read_text())
    assert run["status"] == "complete"
    assert run["tiles"]["skipped"] == len(whole)
    assert run["tiles"]["computed"] == run["tiles"]["total"] - len(whole)
    _same_numbers(tiled_run.out_dir, out)


def test_the_cancel_callback_stops_a_run_between_tiles(district, tmp_path):
    from plannerapp.analysis.progress import Cancelled
    from plannerapp.batch.runner import run_batch

    stop = {"now": False}
    fractions = []

    def progress(fraction, text):
        fractions.append(fraction)
        if "tiles 2/" in text or "tiles 3/" in text:
            stop["now"] = True

    with pytest.raises(Cancelled):
        run_batch(irradiance_job(), district, tmp_path / "out", tile_m=SMALL_TILE_M, workers=0,
                  progress=progress, cancelled=lambda: stop["now"])
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["status"] == "interrupted"
    assert run["tiles"]["computed"] == len(_whole_tiles(tmp_path / "out")) in (2, 3)
    assert fractions == sorted(fractions) and fractions[-1] < 1.0
