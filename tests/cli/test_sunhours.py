"""``plannerapp sunhours`` end to end: files in, CSV out, clear errors on bad input."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pvlib
import pytest

from plannerapp.cli import main
from datafiles import shared_file

DELFT = "delft-3dfier-lod1/delft.city.json"


def _city():
    from plannerapp.io.loader import load_city

    return load_city(shared_file(DELFT))


def test_points_csv_round_trips_world_coordinates_and_open_points_get_every_sun_interval(tmp_path, capsys):
    city = _city()
    b = city.bounds_world()
    # one point 2 km south of the city (nothing in the way) and one just north of the tallest building
    tall = max(city.buildings, key=lambda bb: bb.top_z)
    c = tall.footprint2d
    north_x, north_y = c.centroid.x + city.origin[0], c.bounds[3] + 1.0 + city.origin[1]
    pts = pd.DataFrame({"x": [0.5 * (b[0] + b[3]), north_x], "y": [b[1] - 2000.0, north_y], "z": [1.5, 1.0]})
    pts_csv = tmp_path / "pts.csv"
    pts.to_csv(pts_csv, index=False)
    out = tmp_path / "out.csv"
    code = main(["sunhours", str(shared_file(DELFT)), "--date", "2026-12-21", "--start", "09:00", "--end", "15:00",
                 "--step-min", "10", "--tz", "Europe/Amsterdam", "--points", str(pts_csv), "--out", str(out)])
    assert code == 0
    df = pd.read_csv(out)
    assert list(df.columns[:5]) == ["x", "y", "z", "hours", "longest_hours"]
    assert np.allclose(df[["x", "y", "z"]].to_numpy(), pts.to_numpy(), atol=1e-6)
    # open point: every 10-min interval with the sun up (pvlib directly, independent of the engine)
    mids = pd.date_range("2026-12-21 09:05", periods=36, freq="10min", tz="Europe/Amsterdam")
    alt = pvlib.solarposition.get_solarposition(mids, 52.0, 4.37)["apparent_elevation"].to_numpy()
    assert abs(df["hours"][0] - (alt > 0).sum() / 6) < 1e-6
    # at the foot of the tall building's north side the low winter sun is blocked
    assert df["hours"][1] < df["hours"][0] - 1.0
    err = capsys.readouterr().err
    assert "%" in err  # progress bar on stderr


def test_grid_and_facades_write_world_coordinates_with_hours_in_the_window(tmp_path):
    out = tmp_path / "grid.csv"
    assert main(["sunhours", str(shared_file(DELFT)), "--date", "2026-03-21", "--start", "10:00", "--end", "14:00",
                 "--step-min", "30", "--tz", "Europe/Amsterdam", "--grid", "10", "--out", str(out), "--quiet"]) == 0
    df = pd.read_csv(out)
    city = _city()
    b = city.bounds_world()
    assert len(df) > 50
    assert df["x"].between(b[0], b[3]).all() and df["y"].between(b[1], b[4]).all()
    assert df["hours"].between(0, 4.0 + 1e-9).all() and df["hours"].max() == pytest.approx(4.0)
    assert (df["hours"] < 4.0).any()
    assert (df["hours"] == df["sunlit_hours"]).all()  # no profile: plain sum of sunlit intervals
    out2 = tmp_path / "fac.csv"
    assert main(["sunhours", str(shared_file(DELFT)), "--profile", "gb50180_I_II_III_VII_large", "--lat", "39.9",
                 "--lon", "116.4", "--facades", "--facade-spacing", "8", "--out", str(out2), "--quiet"]) == 0
    fac = pd.read_csv(out2)
    assert {"building_id", "facade", "floor", "nx", "ny", "nz"} <= set(fac.columns)
    assert fac["hours"].max() <= 8.0 + 1e-6
    north = fac["ny"] > 0.95
    assert north.any() and (fac.loc[north, "hours"] == 0).all()  # winter sun never reaches north walls
    assert (fac["hours"] <= fac["sunlit_hours"] + 1e-9).all()  # minimum segment can only remove time


def test_project_folder_with_a_scheme(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    shutil.copy(shared_file(DELFT), root / "context.city.json")
    city = _city()
    x0, y0 = city.origin[0] + 400.0, city.origin[1] + 400.0  # empty land north-east of the city
    ring = [[x0, y0], [x0 + 20, y0], [x0 + 20, y0 + 20], [x0, y0 + 20], [x0, y0]]
    (root / "schemes").mkdir()
    (root / "schemes" / "tower.geojson").write_text(json.dumps({
        "type": "FeatureCollection", "name": "Tower",
        "features": [{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring]},
                      "properties": {"kind": "building", "id": "T1", "height_m": 80.0, "floors": 26}}]}))
    (root / "project.json").write_text(json.dumps({
        "schema_version": 1, "name": "t", "crs": "EPSG:7415", "context": "context.city.json",
        "schemes": ["schemes/tower.geojson"], "site": {"latitude": 52.0, "longitude": 4.37, "timezone": "Europe/Amsterdam"}}))
    pts = tmp_path / "p.csv"
    pd.DataFrame({"x": [x0 + 10], "y": [y0 + 40], "z": [1.5]}).to_csv(pts, index=False)
    outs = {}
    for scheme in (None, "tower"):
        out = tmp_path / f"o_{scheme}.csv"
        args = ["sunhours", str(root), "--date", "2026-03-21", "--start", "08:00", "--end", "18:00", "--step-min", "15",
                "--points", str(pts), "--out", str(out), "--quiet"]
        if scheme:
            args += ["--scheme", scheme]
        assert main(args) == 0
        outs[scheme] = pd.read_csv(out)["hours"][0]
    assert outs[None] > 9.0 and outs["tower"] < outs[None] - 2.0  # the tower shades the point north of it


@pytest.mark.parametrize("csv_text,needle", [
    ("a,b,c\n1,2,3\n", "missing column"),
    ("x,y,z\n1,2,abc\n", "row 2"),
    ("x,y,z,nx,ny,nz\n1,2,3,0,0,0\n", "normal is zero"),
    ("x,y,z\n", "no points"),
])
def test_bad_points_file_exits_2_with_a_clear_message(tmp_path, capsys, csv_text, needle):
    p = tmp_path / "bad.csv"
    p.write_text(csv_text)
    code = main(["sunhours", str(shared_file(DELFT)), "--date", "2026-03-21", "--start", "10:00", "--end", "12:00",
                 "--points", str(p), "--out", str(tmp_path / "o.csv"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and needle in err and "bad.csv" in err and "Traceback" not in err
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("extra,needle", [
    (["--date", "2026-02-30", "--start", "10:00", "--end", "12:00"], "YYYY-MM-DD"),
    (["--date", "2026-03-21", "--start", "12:00", "--end", "10:00"], "empty"),
    (["--date", "2026-03-21", "--start", "10:00", "--end", "12:00", "--step-min", "0"], "positive"),
    (["--date", "2026-03-21", "--start", "10:00", "--end", "12:00", "--tz", "Nowhere/Land"], "time zone"),
    (["--profile", "no_such_profile"], "unknown sunlight profile"),
    (["--date", "2026-03-21"], "--start"),
    (["--date", "2026-03-21", "--start", "10:00", "--end", "12:00", "--scheme", "x"], "project folder"),
    (["--date", "2026-03-21", "--start", "10:00", "--end", "12:00", "--lat", "52"], "--lon"),
])
def test_bad_arguments_exit_2(tmp_path, capsys, extra, needle):
    code = main(["sunhours", str(shared_file(DELFT)), "--grid", "20", "--out", str(tmp_path / "o.csv"), "--quiet", *extra])
    err = capsys.readouterr().err
    assert code == 2 and needle in err and err.count("\n") == 1


def test_missing_or_broken_scene_exits_2(tmp_path, capsys):
    bad = tmp_path / "broken.json"
    bad.write_text("{not json")
    for scene in (str(tmp_path / "missing.city.json"), str(bad)):
        code = main(["sunhours", scene, "--date", "2026-03-21", "--start", "10:00", "--end", "12:00", "--grid", "5",
                     "--out", str(tmp_path / "o.csv"), "--quiet"])
        assert code == 2
    err = capsys.readouterr().err
    assert "missing.city.json" in err and "broken.json" in err


def test_lon_lat_geojson_points_stay_in_lon_lat(tmp_path):
    # Suzhou footprints are CRS84: the model works in UTM metres, the CSVs stay in lon/lat
    pts = pd.DataFrame({"x": [120.6070, 120.6000], "y": [31.3000, 31.2950], "z": [1.5, 1.5]})
    p = tmp_path / "p.csv"
    pts.to_csv(p, index=False)
    out = tmp_path / "o.csv"
    assert main(["sunhours", str(shared_file("china-suzhou-footprints/suzhou_buildings.geojson")), "--profile",
                 "gb50180_IV_large", "--step-min", "10", "--points", str(p), "--out", str(out), "--quiet"]) == 0
    df = pd.read_csv(out)
    assert np.allclose(df[["x", "y", "z"]].to_numpy(), pts.to_numpy(), atol=1e-6)
    assert df["hours"].between(0, 8.0 + 1e-9).all()
