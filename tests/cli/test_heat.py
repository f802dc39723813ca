"""``plannerapp heat`` end to end on the Delft sample project: CSV + summary out, exit 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

from datafiles import ROOT, shared_file
from plannerapp.cli import main

PROJECT = str(ROOT / "scenarios" / "delft-sample")
EPW = "weather-epw/NLD_Amsterdam062400_IWEC.epw"


@pytest.fixture(scope="module")
def towers_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("heat") / "towers.csv"
    code = main(["heat", PROJECT, "--scheme", "Towers", "--hottest", "--weather", str(shared_file(EPW)),
                 "--spacing", "8", "--hour", "13", "--out", str(out), "--quiet"])
    return code, out


def test_towers_on_the_hottest_day_write_points_in_world_coordinates_and_a_summary(towers_run, capsys):
    from plannerapp.io.project import load_project

    code, out = towers_run
    assert code == 0
    df = pd.read_csv(out)
    for col in ("x", "y", "z", "svf", "uhi_oke_k", "tmrt_max_c", "tmrt_max_hour", "ground_temp_max_c", "surface",
                "tmrt_c_13", "ground_temp_c_13", "sunlit_13"):
        assert col in df.columns
    project = load_project(PROJECT)
    city = project.scheme("towers").built_city(project.context)
    local = df[["x", "y"]].to_numpy() - city.origin[:2]
    # world coordinates: EPSG:7415 metres around Delft, every point on public ground
    assert df["x"].between(85000, 86000).all() and df["y"].between(446000, 447500).all()
    fp = shapely.union_all([b.footprint2d for b in city.buildings])
    assert not shapely.intersects_xy(fp, local[:, 0], local[:, 1]).any()
    assert df["svf"].between(0, 1).all() and (df["tmrt_max_c"] >= df["tmrt_c_13"] - 1e-6).all()
    assert set(df["surface"]) == {"paved", "grass"}
    # on the hottest June day the daily Tmrt maximum is in the early afternoon, well above the 32.7 C air maximum
    assert df["tmrt_max_hour"].median() in (12.0, 13.0, 14.0, 15.0)
    assert df["tmrt_max_c"].median() > 50.0
    meta = json.loads(out.with_name("towers.summary.json").read_text())
    s = meta["summary"]
    assert s["scheme"] == "Towers" and s["day"].endswith("06-07") and not s["clear_sky"]
    assert 40.0 < s["weather_distance_km"] < 60.0  # Schiphol to Delft
    assert s["tmrt_max_c_mean"] == pytest.approx(df["tmrt_max_c"].mean(), abs=1e-3)
    assert s["svf_p95"] == pytest.approx(np.percentile(df["svf"], 95), abs=1e-3)
    models = " ".join(meta["models"])
    assert "Oke (1981)" in models and "Lindberg" in models and "Stewart & Oke (2012)" in models
    assert meta["crs"] == "EPSG:7415"
    cards = meta["model_cards"]
    assert all(set(c) >= {"name", "equation", "inputs", "limits", "source"} for c in cards)
    assert {c["output"].split(",")[0] for c in cards} >= {"svf", "uhi_oke_k", "tmrt_max_c", "ground_temp_max_c"}


def test_the_printed_summary_names_the_models_and_the_local_climate_zone(tmp_path, capsys):
    out = tmp_path / "slabs.csv"
    code = main(["heat", PROJECT, "--scheme", "mid-rise-slabs", "--date", "2026-07-01", "--spacing", "10",
                 "--out", str(out), "--quiet"])
    assert code == 0
    text = capsys.readouterr().out
    assert "Local Climate Zone" in text and "tmrt_max_c: mean" in text and "Oke (1981)" in text
    meta = json.loads(out.with_name("slabs.summary.json").read_text())
    # no weather file in the project: a clear sky with the assumed 20-30 C day, and the output says so
    assert meta["summary"]["clear_sky"] and meta["summary"]["ta_max_c"] == pytest.approx(30.0, abs=0.1)
    assert "assumed" in meta["summary"]["weather"]


def test_a_darker_ground_material_heats_the_street(tmp_path):
    what_if = tmp_path / "asphalt.json"
    what_if.write_text(json.dumps({"ground": "asphalt"}))
    runs = {}
    for name, extra in (("paved", []), ("asphalt", ["--materials", str(what_if)])):
        out = tmp_path / f"{name}.csv"
        assert main(["heat", PROJECT, "--scheme", "perimeter-block", "--date", "2026-07-01", "--spacing", "12",
                     "--out", str(out), "--quiet", *extra]) == 0
        runs[name] = pd.read_csv(out)
    a, p = runs["asphalt"], runs["paved"]
    assert (a["surface"] == "asphalt").sum() > 0 and (p["surface"] == "paved").sum() > 0
    # SOLWEIG's dark asphalt (0.58 K/deg, -9.78 K) runs hotter in sun than paving (0.37 K/deg, -3.41 K)
    assert a["ground_temp_max_c"].mean() > p["ground_temp_max_c"].mean() + 2.0
    assert a["tmrt_max_c"].mean() > p["tmrt_max_c"].mean()


@pytest.mark.parametrize("args,needle", [
    (["--scheme", "no-such-scheme"], "no scheme"),
    (["--date", "2026-02-30"], "YYYY-MM-DD"),
    (["--spacing", "0"], "--spacing"),
    (["--hour", "25"], "--hour"),
    (["--weather", "/nonexistent/file.epw"], "weather file not found"),
    (["--materials", "/nonexistent/m.json"], "materials file not found"),
])
def test_bad_input_is_one_line_on_stderr_and_exit_code_2(tmp_path, capsys, args, needle):
    code = main(["heat", PROJECT, *args, "--out", str(tmp_path / "x.csv"), "--quiet"])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert not (tmp_path / "x.csv").exists()


def test_a_missing_project_and_a_weather_file_without_the_day_exit_2(tmp_path, capsys):
    assert main(["heat", str(tmp_path), "--out", str(tmp_path / "x.csv")]) == 2
    assert "project.json" in capsys.readouterr().err
    assert main(["heat", PROJECT, "--weather", str(shared_file(EPW)), "--date", "2024-02-29",
                 "--out", str(tmp_path / "x.csv"), "--quiet"]) == 2
    assert "02-29" in capsys.readouterr().err


def test_bad_materials_values_are_listed(tmp_path, capsys):
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps({"ground": "lava", "wall": {"albedo": 2}}))
    assert main(["heat", PROJECT, "--materials", str(bad), "--out", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert "lava" in err and "outside 0-1" in err and Path(str(bad)).name in err


def test_the_projects_own_weather_file_is_used_when_set_in_its_settings(tmp_path, capsys):
    import os
    import shutil

    folder = tmp_path / "proj"
    shutil.copytree(PROJECT, folder, ignore=shutil.ignore_patterns("*.bak", "__pycache__"))
    (folder / "weather").mkdir()
    shutil.copy(shared_file(EPW), folder / "weather" / "amsterdam.epw")
    data = json.loads((folder / "project.json").read_text())
    data["context"] = os.path.relpath(ROOT / "resources" / "sample" / "delft_3dbag_5910.city.json", folder)
    data["settings"] = {**data.get("settings", {}), "weather": "weather/amsterdam.epw"}
    (folder / "project.json").write_text(json.dumps(data))
    out = tmp_path / "t.csv"
    assert main(["heat", str(folder), "--scheme", "towers", "--spacing", "15", "--out", str(out), "--quiet"]) == 0
    s = json.loads(out.with_name("t.summary.json").read_text())["summary"]
    assert s["weather"] == "amsterdam.epw" and not s["clear_sky"] and s["day"].endswith("06-07")


def test_lcz_per_tile_covers_the_analysis_area(tmp_path):
    out = tmp_path / "towers.csv"
    assert main(["heat", PROJECT, "--scheme", "towers", "--date", "2026-07-01", "--spacing", "10", "--lcz-tiles", "100",
                 "--out", str(out), "--quiet"]) == 0
    tiles = pd.read_csv(tmp_path / "towers.lcz.csv", dtype={"lcz_code": str})
    meta = json.loads((tmp_path / "towers.summary.json").read_text())["summary"]
    assert len(tiles) >= 4
    # tiles partition the analysis area: parcel grown by 50 m
    from plannerapp.io.project import load_project
    from plannerapp.analysis.heat import analysis_area

    assert tiles["area_m2"].sum() == pytest.approx(analysis_area(load_project(PROJECT)).area, rel=1e-6)
    assert tiles["lcz_code"].isin([str(i) for i in range(1, 11)] + list("ABCDEFG")).all()
    total = tiles["building_fraction"] + tiles["pervious_fraction"] + tiles["impervious_fraction"]
    assert np.allclose(total, 100.0, atol=1e-3)  # CSV values carry 4 decimals
    # the area-weighted building fraction of the tiles is the site's
    bf = (tiles["building_fraction"] * tiles["area_m2"]).sum() / tiles["area_m2"].sum()
    assert bf == pytest.approx(meta["site_building_fraction"], abs=1e-3)


def test_a_far_away_weather_file_is_flagged(tmp_path, capsys):
    out = tmp_path / "sg.csv"
    assert main(["heat", PROJECT, "--scheme", "towers", "--weather", str(shared_file("weather-epw/SGP_Singapore.486980_IWEC.epw")),
                 "--spacing", "15", "--out", str(out), "--quiet"]) == 0
    assert "weather station is" in capsys.readouterr().err
    s = json.loads(out.with_name("sg.summary.json").read_text())["summary"]
    assert s["weather_distance_km"] > 10000 and s["ta_max_c"] > 30.0


def test_help_lists_every_option(capsys):
    with pytest.raises(SystemExit) as e:
        main(["heat", "--help"])
    assert e.value.code == 0
    text = capsys.readouterr().out
    for opt in ("--scheme", "--date", "--hottest", "--spacing", "--weather", "--hour", "--materials", "--lcz-tiles", "--out"):
        assert opt in text


def test_compare_answers_which_scheme_makes_the_street_hotter(tmp_path, capsys):
    out = tmp_path / "towers.csv"
    assert main(["heat", PROJECT, "--scheme", "towers", "--compare", "perimeter-block", "--weather",
                 str(shared_file(EPW)), "--spacing", "8", "--out", str(out), "--quiet"]) == 0
    text = capsys.readouterr().out
    assert "Compared with Perimeter block" in text and "tmrt_max_c_mean:" in text
    meta = json.loads(out.with_name("towers.summary.json").read_text())
    c = meta["comparison"]
    assert c["baseline"] == "Perimeter block" and c["scheme"] == "Towers"
    # the towers scheme (bigger park, more sky) is cooler at street level than the perimeter block
    assert c["tmrt_max_c_mean_delta"] < 0 and c["ground_temp_max_c_mean_delta"] < 0 and c["uhi_oke_k_mean_delta"] < 0
    assert c["svf_mean_delta"] > 0
    # an unknown scheme to compare with is refused before any work
    assert main(["heat", PROJECT, "--scheme", "towers", "--compare", "nope", "--out", str(tmp_path / "x.csv")]) == 2
    assert "no scheme 'nope'" in capsys.readouterr().err and not (tmp_path / "x.csv").exists()
