"""``plannerapp batch``: the window audit end to end, and bad input refused before any work."""

from __future__ import annotations

import json
import socket
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "batch"))
from batchkit import AMSTERDAM_EPW, ROTTERDAM, SHARED_DATA, crop_cityjson  # noqa: E402

from plannerapp.cli import main  # noqa: E402

PROFILE = "gb50180_I_II_III_VII_large"


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    if not (SHARED_DATA / ROTTERDAM).exists():
        pytest.skip("shared Rotterdam city absent")
    dst = tmp_path_factory.mktemp("district") / "delfshaven-crop.city.json"
    crop_cityjson(SHARED_DATA / ROTTERDAM, dst)
    return dst


def _exit2_before_work(args, out: Path, capsys, expect: str) -> str:
    before = sorted(p.name for p in out.iterdir()) if out.exists() else None
    t = time.monotonic()
    rc = main(args)
    took = time.monotonic() - t
    err = capsys.readouterr().err
    assert rc == 2, err
    assert expect in err, err
    assert err.startswith("error: ") and "Traceback" not in err
    after = sorted(p.name for p in out.iterdir()) if out.exists() else None
    assert after == before  # nothing written: no store, no tiles
    assert took < 60  # no cluster started, no tile computed (generous: the machine is shared)
    return err


def test_unknown_or_missing_crs_is_refused_before_work(district, tmp_path, capsys):
    doc = json.loads(district.read_text())
    del doc["metadata"]["referenceSystem"]
    none = tmp_path / "nocrs.city.json"
    none.write_text(json.dumps(doc))
    _exit2_before_work(["batch", "sunhours", str(none), "--profile", PROFILE, "--residential-all",
                        "--out", str(tmp_path / "o1")], tmp_path / "o1", capsys, "no coordinate reference system")
    doc["metadata"]["referenceSystem"] = "https://www.opengis.net/def/crs/EPSG/0/4326"
    lonlat = tmp_path / "lonlat.city.json"
    lonlat.write_text(json.dumps(doc))
    _exit2_before_work(["batch", "sunhours", str(lonlat), "--profile", PROFILE, "--residential-all",
                        "--out", str(tmp_path / "o2")], tmp_path / "o2", capsys, "projected CRS in metres")


def test_weather_file_that_does_not_parse_is_refused(district, tmp_path, capsys):
    bad = tmp_path / "broken.epw"
    bad.write_text("LOCATION,Nowhere\nthis is not an EPW file\n1,2,3\n")
    _exit2_before_work(["batch", "irradiance", str(district), "--weather", str(bad), "--out", str(tmp_path / "o")],
                       tmp_path / "o", capsys, "broken.epw")


def test_unreachable_scheduler_is_refused_after_a_short_timeout(district, tmp_path, capsys):
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    err = _exit2_before_work(["batch", "irradiance", str(district), "--weather", str(SHARED_DATA / AMSTERDAM_EPW),
                              "--out", str(tmp_path / "o"), "--scheduler", f"tcp://127.0.0.1:{port}"],
                             tmp_path / "o", capsys, "cannot reach the Dask scheduler")
    assert str(port) in err


def test_output_folder_with_other_files_or_another_run_is_refused(district, tmp_path, capsys):
    stray = tmp_path / "stray"
    stray.mkdir()
    (stray / "notes.txt").write_text("mine")
    _exit2_before_work(["batch", "sunhours", str(district), "--profile", PROFILE, "--residential-all",
                        "--out", str(stray)], stray, capsys, "already holds other files (notes.txt)")
    other = tmp_path / "other"
    other.mkdir()
    (other / "run.json").write_text(json.dumps({"analysis": "sunhours", "status": "complete"}))
    _exit2_before_work(["batch", "irradiance", str(district), "--weather", str(SHARED_DATA / AMSTERDAM_EPW),
                        "--out", str(other), "--resume"], other, capsys, "holds a batch sunhours run")
    _exit2_before_work(["batch", "sunhours", str(district), "--profile", PROFILE, "--residential-all",
                        "--out", str(other)], other, capsys, "--resume")


def test_no_residential_building_and_unknown_profile_are_refused(district, tmp_path, capsys):
    _exit2_before_work(["batch", "sunhours", str(district), "--profile", PROFILE, "--out", str(tmp_path / "o")],
                       tmp_path / "o", capsys, "--residential-all")
    _exit2_before_work(["batch", "sunhours", str(district), "--profile", PROFILE, "--use-attribute", "status=2",
                        "--out", str(tmp_path / "o")], tmp_path / "o", capsys, "attribute 'status'")
    _exit2_before_work(["batch", "sunhours", str(district), "--profile", "no_such_rule", "--residential-all",
                        "--out", str(tmp_path / "o")], tmp_path / "o", capsys, "unknown sunlight profile")


@pytest.mark.slow
def test_window_audit_of_a_district_on_two_workers(district, tmp_path, capsys):
    out = tmp_path / "audit"
    rc = main(["batch", "sunhours", str(district), "--profile", PROFILE, "--use-attribute", "status=1",
               "--year", "2026", "--step-min", "10", "--tile-m", "100", "--workers", "2", "--out", str(out), "--quiet"])
    cap = capsys.readouterr()
    assert rc == 0, cap.err
    assert "windows" in cap.out and "8 tiles computed" in cap.out
    win = pd.read_csv(out / "windows.csv")
    assert list(win.columns) == ["building", "facade", "floor", "window", "x", "y", "z", "hours", "longest_hours",
                                 "passes", "sun_facing"]
    doc = json.loads(district.read_text())
    assert set(win["building"]) <= set(doc["CityObjects"]) and len(win) > 500
    assert (win["floor"] == 0).all()  # GB 50180: the lowest storey
    assert win["x"].between(90790, 91060).all()  # world metres (RD New)
    # GB 50180 zones I-III, >= 500,000 residents: 2 h on the Great Cold day, 08:00-16:00 true solar time
    assert (win["passes"] == (win["hours"] >= 2.0 - 1e-9)).all()
    assert win["hours"].between(0, 8).all() and (win["longest_hours"] <= win["hours"] + 1e-9).all()
    assert (~win["sun_facing"] <= ~win["passes"]).all()  # a window that cannot pass in the open never passes
    assert 0 < win["passes"].mean() < 1
    gj = json.loads((out / "buildings.geojson").read_text())
    props = {f["properties"]["id"]: f["properties"] for f in gj["features"]}
    per_b = win.groupby("building")["passes"].agg(["count", "sum"])
    for bid, row in per_b.iterrows():
        assert props[bid]["n_windows"] == row["count"] and props[bid]["n_pass"] == row["sum"]
        assert props[bid]["share_pass"] == pytest.approx(row["sum"] / row["count"])
    run = json.loads((out / "run.json").read_text())
    assert run["parameters"]["job"]["day"] == "2026-01-20"
    assert run["tiles"] == {"total": 8, "computed": 8, "skipped": 0}

    # the same audit in one tile, in this process, gives the same hours window for window
    from plannerapp.batch.runner import run_batch
    from plannerapp.batch.sunhours_job import SunhoursJob, SunhoursOptions

    job = SunhoursJob(SunhoursOptions(profile=PROFILE, year=2026, step_min=10, residential="attribute",
                                      use_attribute="status", residential_values=("1",)))
    run_batch(job, district, tmp_path / "one", tile_m=0, workers=0)
    one = pd.read_csv(tmp_path / "one" / "windows.csv")
    key = ["building", "facade", "floor", "window"]
    a, b = win.sort_values(key).reset_index(drop=True), one.sort_values(key).reset_index(drop=True)
    assert len(a) == len(b)
    assert np.array_equal(a[key].to_numpy(), b[key].to_numpy())
    assert np.array_equal(a["hours"].to_numpy(), b["hours"].to_numpy())
