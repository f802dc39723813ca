"""Delft sample schemes compared on the hottest day of the Amsterdam weather file.

The schemes differ in height, spacing and greening; the results must move in the
direction the cited models say: deeper canyons -> lower SVF -> larger nocturnal heat
island (Oke 1981); more greening -> cooler ground and lower Tmrt (SOLWEIG surface
parameters); tower shade -> locally lower daytime Tmrt.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely

from plannerapp.analysis.heat import analysis_area, compute_heat
from plannerapp.analysis.heat_summary import heat_summary
from plannerapp.analysis.heat_weather import day_from_weather
from plannerapp.analysis.sun import site_for_city
from plannerapp.analysis.weather import read_weather
from datafiles import shared_file

SAMPLE = Path(__file__).resolve().parents[2] / "scenarios" / "delft-sample"
SPACING = 6.0


@pytest.fixture(scope="module")
def delft():
    from plannerapp.io.project import load_project

    project = load_project(SAMPLE)
    w = read_weather(shared_file("weather-epw/NLD_Amsterdam062400_IWEC.epw"))
    day = day_from_weather(w, hottest=True, site_lat=project.site.latitude, site_lon=project.site.longitude)
    area = analysis_area(project, 30.0)
    cache = {}

    def run(scheme):
        city = scheme.built_city(project.context)
        site = site_for_city(city, project.site.latitude, project.site.longitude, project.site.timezone)
        return compute_heat(city, scheme.greens, day, site, area=area, spacing=SPACING)

    def result(key):
        if key not in cache:
            cache[key] = run(project.scheme(key))
        return cache[key]

    return project, day, area, run, result


def _common(a, b):
    """Indices into a and b of the grid points both results share (same x, y)."""
    ka = {tuple(p): i for i, p in enumerate(np.round(a.positions[:, :2], 3))}
    pairs = [(ka[tuple(p)], j) for j, p in enumerate(np.round(b.positions[:, :2], 3)) if tuple(p) in ka]
    ia, ib = np.array(pairs).T
    return ia, ib


def test_the_hottest_amsterdam_day_is_a_clear_hot_june_day(delft):
    _, day, *_ = delft
    assert day.day.month == 6 and day.ta_c.max() > 30.0
    assert day.dni.max() > 700.0 and day.clearness[10:16].min() > 0.9


def test_public_ground_excludes_every_building_and_summary_is_a_flat_table_row(delft):
    project, day, area, run, result = delft
    res = result("towers")
    city = project.scheme("towers").built_city(project.context)
    fp = shapely.union_all([b.footprint2d for b in city.buildings])
    assert not shapely.intersects_xy(fp, res.positions[:, 0], res.positions[:, 1]).any()
    assert shapely.contains_xy(area, res.positions[:, 0], res.positions[:, 1]).all()
    s = heat_summary(res, name="Towers")
    assert all(isinstance(v, (int, float, str, bool)) or v is None for v in s.values())
    for key in ("svf", "uhi_oke_k", "tmrt_max_c", "ground_temp_max_c"):
        assert s[f"{key}_p95"] >= s[f"{key}_mean"]
    assert s["tmrt_max_c_area_above_m2"] <= s["public_ground_m2"] == pytest.approx(len(res) * SPACING ** 2)
    # the pavilion's 360 m2 green roof is reported as a share of the roof area
    assert s["site_green_roof_area_m2"] == pytest.approx(360.0, rel=1e-6)
    assert 0 < s["site_green_roof_fraction"] < 0.2
    assert s["lcz_code"] in {c for c in "123456789"} | {"10"}


def test_deeper_canyons_lower_the_sky_view_and_raise_okes_heat_island(delft):
    project, day, area, run, result = delft
    base = result("perimeter-block")
    tall = project.scheme("perimeter-block").copy()
    tall.buildings = {k: b.replace(height=2.0 * b.height) for k, b in tall.buildings.items()}
    deep = run(tall)
    ia, ib = _common(base, deep)
    assert len(ia) == len(base) == len(deep)
    assert deep.svf[ib].mean() < base.svf[ia].mean() - 0.02
    assert (deep.svf[ib] <= base.svf[ia] + 0.011).all()  # nowhere more sky (within the 0.01 ray noise)
    assert deep.uhi_k[ib].mean() > base.uhi_k[ia].mean()
    sd, sb = heat_summary(deep), heat_summary(base)
    assert sd["site_aspect_ratio"] > sb["site_aspect_ratio"]
    assert sd["site_uhi_oke_k_from_aspect_ratio"] > sb["site_uhi_oke_k_from_aspect_ratio"]


def test_sample_schemes_rank_the_same_by_sky_view_and_heat_island(delft):
    *_, result = delft
    runs = {k: result(k) for k in ("towers", "perimeter-block", "mid-rise-slabs")}
    svf = {k: r.svf.mean() for k, r in runs.items()}
    uhi = {k: r.uhi_k.mean() for k, r in runs.items()}
    assert sorted(svf, key=svf.get) == sorted(uhi, key=uhi.get, reverse=True)
    # two widely spaced point towers on a park keep the most sky of the three (despite being the tallest)
    assert max(svf, key=svf.get) == "towers"
    # towers: a park over about a third of the ground; perimeter block: a tenth -> cooler ground in the towers scheme
    green = {k: r.green.mean() for k, r in runs.items()}
    ground = {k: r.ground_temp_max_c.mean() for k, r in runs.items()}
    assert green["towers"] > 2 * green["perimeter-block"]
    assert ground["towers"] < ground["perimeter-block"] - 0.5


def test_greening_cools_the_ground_and_lowers_tmrt_where_the_green_is(delft):
    project, day, area, run, result = delft
    green = result("towers")
    bare_scheme = project.scheme("towers").copy()
    bare_scheme.greens = []
    bare = run(bare_scheme)
    ia, ib = _common(green, bare)
    assert len(ia) == len(green)
    on_green = green.green[ia]
    assert on_green.sum() > 100
    assert not bare.green.any() and set(bare.surface) == {"paved"}
    # grass (SOLWEIG: 0.21 K/deg, -3.38 K) heats less than paving (0.37 K/deg, -3.41 K) in sun
    d_ground = green.ground_temp_max_c[ia][on_green] - bare.ground_temp_max_c[ib][on_green]
    assert d_ground.mean() < -5.0 and (d_ground <= 1e-9).all()
    d_tmrt = green.tmrt_max_c[ia][on_green] - bare.tmrt_max_c[ib][on_green]
    assert d_tmrt.mean() < -1.0 and (d_tmrt <= 1e-9).all()
    # off the green nothing changes (same geometry, same paving)
    assert np.allclose(green.tmrt_max_c[ia][~on_green], bare.tmrt_max_c[ib][~on_green])
    sg, sb = heat_summary(green), heat_summary(bare)
    assert sg["ground_temp_max_c_mean"] < sb["ground_temp_max_c_mean"]
    assert sg["tmrt_max_c_mean"] < sb["tmrt_max_c_mean"]
    assert sg["site_pervious_fraction"] > 10.0 and sb["site_pervious_fraction"] == 0.0


def test_tower_shade_lowers_daytime_tmrt_locally(delft):
    project, day, area, run, result = delft
    with_t1 = result("towers")
    no_t1 = project.scheme("towers").copy()
    del no_t1.buildings["T1"]
    without = run(no_t1)
    ia, ib = _common(with_t1, without)
    k = with_t1.hour_index(14)
    shaded_by_t1 = ~with_t1.sunlit[ia, k] & without.sunlit[ib, k]
    assert shaded_by_t1.sum() > 10
    drop = with_t1.tmrt_c[ia, k][shaded_by_t1] - without.tmrt_c[ib, k][shaded_by_t1]
    assert drop.mean() < -15.0
    # far from the tower (more than 150 m) nothing changes at that hour
    t1 = project.scheme("towers").buildings["T1"].footprint2d
    far = shapely.distance(t1, shapely.points(with_t1.positions[ia, :2])) > 150.0
    assert far.sum() > 10
    assert np.allclose(with_t1.tmrt_c[ia, k][far], without.tmrt_c[ib, k][far], atol=0.5)


def test_compute_scheme_heat_runs_a_project_scheme_or_the_status_quo_in_one_call():
    from plannerapp.analysis.heat_project import compute_scheme_heat
    from plannerapp.errors import InputError
    from plannerapp.io.project import load_project

    project = load_project(SAMPLE)
    res, city, greens = compute_scheme_heat(project, "Towers", date="2026-07-01", spacing=15.0)
    assert res.day.clear_sky and res.day.day.isoformat() == "2026-07-01"  # the sample names no weather file
    assert len(city) == len(project.scheme("towers").built_city(project.context)) and len(greens) == 2
    quo, qcity, qgreens = compute_scheme_heat(project, None, day=res.day, spacing=15.0)
    assert qcity is project.context and qgreens == []
    assert quo.site["building_fraction"] != res.site["building_fraction"]
    with pytest.raises(InputError, match="no scheme"):
        compute_scheme_heat(project, "no-such", day=res.day)
    with pytest.raises(InputError, match="clear-sky"):
        compute_scheme_heat(project, "towers", weather=shared_file("weather-epw/NLD_Amsterdam062400_IWEC.epw"),
                            ta_max_c=35.0)


def test_a_green_roof_cools_its_roof_but_leaves_the_street_values_alone(delft):
    project, day, area, run, result = delft
    with_gr = result("towers")
    plain = project.scheme("towers").copy()
    plain.greens = [g for g in plain.greens if not g.on_roof]
    without = run(plain)
    r1, r0 = with_gr.roofs, without.roofs
    assert np.allclose(r1.points.positions, r0.points.positions)
    on_gr = r1.green
    assert on_gr.sum() >= 8 and not r0.green.any()  # the 30 x 12 m pavilion roof at 6 m spacing
    # pavilion roof: grass (0.21 K/deg - 3.38 K) instead of roof (0.58 K/deg - 9.78 K) at h_max ~60 deg: ~16 K cooler
    drop = r1.temp_max_c[on_gr] - r0.temp_max_c[on_gr]
    assert -20.0 < drop.mean() < -10.0
    assert np.array_equal(r1.temp_max_c[~on_gr], r0.temp_max_c[~on_gr])
    s1, s0 = heat_summary(with_gr), heat_summary(without)
    assert s1["site_roof_temp_max_c"] < s0["site_roof_temp_max_c"]
    assert s1["site_green_roof_temp_max_c"] < s1["site_plain_roof_temp_max_c"] - 10.0
    assert s1["site_green_roof_fraction"] > 0 and s0["site_green_roof_fraction"] == 0
    # the pedestrian models have no roof-to-street coupling: ground values are identical
    assert np.array_equal(with_gr.tmrt_c, without.tmrt_c) and np.array_equal(with_gr.uhi_k, without.uhi_k)


def test_heat_comparison_is_scheme_minus_baseline(delft):
    from plannerapp.analysis.heat_summary import heat_comparison

    *_, result = delft
    t, p = heat_summary(result("towers"), name="Towers"), heat_summary(result("perimeter-block"), name="Perimeter")
    c = heat_comparison(p, t)
    assert (c["baseline"], c["scheme"]) == ("Perimeter", "Towers")
    for key in ("tmrt_max_c_mean", "uhi_oke_k_mean", "svf_mean", "site_pervious_fraction"):
        assert c[f"{key}_delta"] == pytest.approx(t[key] - p[key])
    assert c["site_roof_temp_max_c_delta"] == pytest.approx(t["site_roof_temp_max_c"] - p["site_roof_temp_max_c"])
