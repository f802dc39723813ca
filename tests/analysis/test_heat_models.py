"""The cited heat models reproduce their published equations and reference behaviour."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import box

from plannerapp.analysis import tmrt as T
from plannerapp.analysis.heat import compute_heat
from plannerapp.analysis.heat_weather import clear_sky_day
from plannerapp.analysis.materials import load_materials
from plannerapp.analysis.sun import Site
from plannerapp.analysis.uhi import (canyon_svf, equivalent_aspect_ratio, uhi_max_from_aspect_ratio,
                                     uhi_max_from_svf)
from plannerapp.errors import InputError
from plannerapp.model import Building, City

SIGMA = 5.67e-8


# -- Oke (1981) --------------------------------------------------------------------------------

def test_oke_1981_equations_at_given_geometry():
    # dT = 15.27 - 13.88 SVF: SVF 0.4 -> 15.27 - 5.552 = 9.718 K; SVF 0.9 -> 15.27 - 12.492 = 2.778 K
    assert uhi_max_from_svf([0.4, 0.9]) == pytest.approx([9.718, 2.778], abs=1e-9)
    # dT = 7.54 + 3.97 ln(H/W): H/W 1 -> 7.54 K; H/W 2 -> 7.54 + 3.97 * 0.693147 = 10.2918 K
    assert uhi_max_from_aspect_ratio([1.0, 2.0]) == pytest.approx([7.54, 10.29180], abs=1e-4)
    # outside the fit (very open ground) the estimate is clipped at 0, never negative
    assert uhi_max_from_aspect_ratio([0.05, 0.0]).tolist() == [0.0, 0.0]
    assert uhi_max_from_svf(1.0) == pytest.approx(1.39)


def test_deeper_canyons_give_lower_svf_and_a_larger_heat_island_by_both_relations():
    hw = np.array([0.3, 0.5, 1.0, 2.0, 3.0])
    svf = canyon_svf(hw)
    assert np.all(np.diff(svf) < 0)
    assert np.all(np.diff(uhi_max_from_svf(svf)) > 0)
    assert np.all(np.diff(uhi_max_from_aspect_ratio(hw)) > 0)
    assert equivalent_aspect_ratio(svf) == pytest.approx(hw)
    # Oke fitted both lines to the same canyons: they agree within ~2 K over his H/W range
    assert np.abs(uhi_max_from_svf(svf) - uhi_max_from_aspect_ratio(hw)).max() < 2.5


# -- Tmrt, six directions (Hoeppe 1992; Lindberg et al. 2008) ------------------------------------

def test_six_direction_tmrt_formula_for_a_hand_built_flux_set():
    k = np.array([800.0, 150.0, 400.0, 100.0, 50.0, 100.0])  # down, up, E, S, W, N  (W/m2)
    l = np.array([350.0, 500.0, 420.0, 430.0, 440.0, 410.0])
    s_str = 0.70 * (0.06 * 800 + 0.06 * 150 + 0.22 * (400 + 100 + 50 + 100)) \
        + 0.97 * (0.06 * 350 + 0.06 * 500 + 0.22 * (420 + 430 + 440 + 410))
    expected = (s_str / (0.97 * SIGMA)) ** 0.25 - 273.15
    assert T.tmrt_from_fluxes(k, l) == pytest.approx(expected, abs=1e-9)


def test_a_person_inside_a_black_body_enclosure_has_its_temperature():
    for t_c in (-5.0, 20.0, 35.0):
        l = np.full(6, SIGMA * (t_c + 273.15) ** 4)
        assert T.tmrt_from_fluxes(np.zeros(6), l) == pytest.approx(t_c, abs=1e-9)


def test_prata_sky_emissivity_is_in_the_clear_sky_range_and_grows_with_humidity():
    eps = T.sky_emissivity(20.0, np.array([20.0, 50.0, 90.0]))
    assert np.all((eps > 0.65) & (eps < 0.9))
    assert np.all(np.diff(eps) > 0)


def test_prata_clear_sky_longwave_agrees_with_swinbanks_independent_formula():
    # Swinbank (1963) Q. J. R. Meteorol. Soc. 89:339-348: L_sky = 5.31e-13 T^6 W/m2 (clear sky, T in K)
    for ta in (10.0, 20.0, 30.0):
        for rh in (40.0, 60.0, 80.0):
            t = ta + 273.15
            prata = T.sky_emissivity(ta, rh) * SIGMA * t ** 4
            assert prata == pytest.approx(5.31e-13 * t ** 6, rel=0.05)


def test_surface_temperature_wave_peaks_at_tmax_with_the_solweig_amplitudes():
    mats = load_materials()
    paved, grass = mats["paved"], mats["grass"]
    # paved: 0.37 K/deg * 60 deg - 3.41 K = 18.79 K at 15 h;  grass: 0.21 * 60 - 3.38 = 9.22 K at 14 h
    assert T.surface_temperature_excess(15.0, 5.0, 60.0, paved.ts_k, paved.ts_start_k, paved.ts_tmax_lst_h) == pytest.approx(18.79)
    assert T.surface_temperature_excess(14.0, 5.0, 60.0, grass.ts_k, grass.ts_start_k, grass.ts_tmax_lst_h) == pytest.approx(9.22)
    assert T.surface_temperature_excess(4.0, 5.0, 60.0, paved.ts_k, paved.ts_start_k, paved.ts_tmax_lst_h) == 0.0
    # under a half-clouded sky the excess halves
    assert T.surface_temperature_excess(15.0, 5.0, 60.0, paved.ts_k, paved.ts_start_k, paved.ts_tmax_lst_h, 0.5) == pytest.approx(9.395)


@pytest.fixture(scope="module")
def gothenburg_tower():
    """A 30 m tower in Gothenburg (SOLWEIG's home) on a clear midsummer day, Ta 20-30 C."""
    site = Site(57.7, 11.97, "+01:00")
    day = clear_sky_day(site.latitude, site.longitude, hottest=True, utc_offset_h=1.0, ta_max_c=30.0, ta_min_c=20.0)
    city = City([Building("tower", box(0, 0, 20, 20), 30.0)])
    res = compute_heat(city, [], day, site, area=(-60, -60, 80, 80), spacing=4.0)
    return res, day


def test_open_sunny_tmrt_is_20_to_35_k_above_air_and_shade_removes_most_of_it(gothenburg_tower):
    res, day = gothenburg_tower
    k = res.hour_index(13)
    ta = day.ta_c[k]
    open_ = res.sunlit[:, k] & (res.svf > 0.95)
    shaded = ~res.sunlit[:, k]
    assert open_.sum() > 100 and shaded.sum() > 10
    excess_open = res.tmrt_c[open_, k] - ta
    # SOLWEIG papers report Tmrt some 20-30 K above air temperature at noon on clear summer days in the open
    assert 20.0 < excess_open.mean() < 35.0
    excess_shade = res.tmrt_c[shaded, k] - ta
    assert excess_shade.mean() < 12.0
    assert excess_open.mean() - excess_shade.mean() > 15.0
    # at 13:30 local standard time the sun is in the south-west: the shade falls north-east of the tower
    assert (res.positions[shaded, 0] > 0.0).all() and (res.positions[shaded, 1] > 0.0).all()


def test_at_night_tmrt_stays_near_air_temperature_and_below_it_under_open_sky(gothenburg_tower):
    res, day = gothenburg_tower
    k = res.hour_index(1)
    assert not res.sunlit[:, k].any()
    open_ = res.svf > 0.95
    # a clear night sky is colder than the air: the open point loses a few K (SOLWEIG gives Tmrt < Ta at night)
    assert -12.0 < (res.tmrt_c[open_, k] - day.ta_c[k]).mean() < -2.0
    # next to the tower the walls replace cold sky: a little warmer
    assert res.tmrt_c[res.svf < 0.7, k].mean() > res.tmrt_c[open_, k].mean()


# -- materials ---------------------------------------------------------------------------------

def test_materials_have_solweig_defaults_and_take_overrides():
    m = load_materials()
    assert (m.for_role("ground").name, m.for_role("green").name, m.for_role("wall").name) == ("paved", "grass", "wall")
    assert (m["grass"].albedo, m["grass"].emissivity) == (0.16, 0.94)
    assert (m["wall"].albedo, m["wall"].emissivity) == (0.20, 0.90)
    cool = m.with_overrides({"ground": "asphalt", "wall": {"albedo": 0.6}})
    assert cool.for_role("ground").name == "asphalt" and cool["wall"].albedo == 0.6
    assert m["wall"].albedo == 0.20  # the original table is untouched
    with pytest.raises(InputError) as e:
        m.with_overrides({"ground": "lava", "paved": {"albedo": 1.5}}, "what-if.json")
    assert len(e.value.problems) == 2 and e.value.path == "what-if.json"


def test_a_brighter_ground_reflects_more_onto_a_person():
    d = np.array([0.0, -np.cos(np.radians(55)), np.sin(np.radians(55))])
    kw = dict(sun_dir=d, dni=800.0, dhi=100.0, ghi=755.0, ta_c=25.0, rh_pct=50.0, clearness=1.0,
              svf=np.ones(1), svf_side=np.full((1, 4), 0.5), sunlit=np.ones(1, bool), ground_emissivity=0.95,
              ground_dt=np.zeros(1), wall_albedo=0.2, wall_emissivity=0.9, wall_dt=0.0)
    k_dark, _ = T.radiant_fluxes(ground_albedo=0.1, **kw)
    k_bright, _ = T.radiant_fluxes(ground_albedo=0.5, **kw)
    assert k_bright[0, 1] == pytest.approx(5 * k_dark[0, 1])  # reflected from below scales with albedo
    assert k_bright[0, 0] == pytest.approx(k_dark[0, 0])  # from above unchanged
