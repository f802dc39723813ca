"""Sun positions: published references, true solar time, grid-north convergence."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pvlib
import pytest

from plannerapp.analysis.sun import Site, site_for_city, sun_path, sun_path_at, solar_to_clock
from plannerapp.errors import InputError
from plannerapp.geometry import crs as crsmod
from plannerapp.model import Building, City
from datafiles import shared_file


def _reference():
    data = json.loads(shared_file("solar-validation/solar_position_reference.json").read_text())
    return {c["id"]: c for c in data["cases"]}


def _utc(local_time: str, offset_h: float) -> pd.Timestamp:
    return pd.Timestamp(local_time).tz_localize(dt.timezone(dt.timedelta(hours=offset_h))).tz_convert("UTC")


@pytest.mark.parametrize("case_id", ["nrel_spa_paper_example", "nrel_spa_day2"])
def test_sun_position_matches_nrel_spa_reference_within_a_hundredth_degree(case_id):
    case = _reference()[case_id]
    inp, exp = case["inputs"], case["expected"]
    site = Site(inp["latitude"], inp["longitude"], elevation_m=inp["elevation_m"])
    path = sun_path_at(site, [_utc(inp["local_time"], inp["utc_offset_hours"])])
    azimuth = exp.get("topocentric_azimuth", exp.get("azimuth"))
    assert abs(path.azimuth_deg[0] - azimuth) < 0.01
    assert abs(path.altitude_deg[0] - exp["apparent_elevation"]) < 0.01


@pytest.mark.parametrize("case_id", ["noaa_new_york", "noaa_sydney"])
def test_sun_position_agrees_with_noaa_values_published_by_ladybug(case_id):
    case = _reference()[case_id]
    inp = case["inputs"]
    site = Site(inp["latitude"], inp["longitude"])
    for e in case["expected"]:
        if "local_time" not in e:
            continue
        path = sun_path_at(site, [_utc(e["local_time"], inp["utc_offset_hours"])])
        # NOAA's formula and rounding differ from SPA by a few hundredths
        assert abs(path.azimuth_deg[0] - e["azimuth"]) < 0.05
        assert abs(path.altitude_deg[0] - e["altitude"]) < 0.05


def test_beijing_sunrise_and_sunset_match_usno_within_two_minutes():
    case = _reference()["beijing_rise_set_usno"]
    inp = case["inputs"]
    site = Site(inp["latitude"], inp["longitude"], "+08:00")
    for e in case["expected"]:
        path = sun_path(site, e["date"], "00:00", "24:00", 0.5)
        # USNO times are for the sun's upper limb on the apparent horizon: centre at
        # -0.27 deg apparent altitude (semidiameter); 'above' uses the centre at 0 deg
        up = np.flatnonzero(path.altitude_deg > -0.2666)
        local = path.local_times
        rise, sets = local[up[0]], local[up[-1]]
        for got, want in ((rise, e["sunrise"]), (sets, e["sunset"])):
            want_h = int(want[:2]) + int(want[3:]) / 60
            got_h = got.hour + got.minute / 60 + got.second / 3600
            assert abs(got_h - want_h) * 60 < 1.5, (e["date"], got, want)
        assert not path.above[: up[0]].any() and not path.above[up[-1] + 1 :].any()


def test_true_solar_eight_oclock_on_great_cold_day_in_beijing_is_about_0825_beijing_time():
    # DOMAIN.md: 08:00 true solar time on the Great Cold day in Beijing ~ 08:25:30 Beijing time
    site = Site(39.9042, 116.4074, "Asia/Shanghai")
    t = solar_to_clock(dt.date(2026, 1, 20), 8.0, site)[0].tz_convert("Asia/Shanghai")
    minutes = (t - pd.Timestamp("2026-01-20 08:00", tz="Asia/Shanghai")).total_seconds() / 60
    assert abs(minutes - 25.5) < 1.0
    # independently: clock = solar - EoT + (120 - lon)/15 h, with Spencer's (1971) equation of time
    eot = float(pvlib.solarposition.equation_of_time_spencer71(20))
    expected = -eot + (120.0 - site.longitude) * 4.0
    assert abs(minutes - expected) < 1.0  # Spencer's series is good to about half a minute


def test_solar_time_window_maps_back_to_the_requested_true_solar_hours():
    site = Site(39.9042, 116.4074, "Asia/Shanghai")
    path = sun_path(site, "2026-01-20", "08:00", "16:00", 5, time_base="solar")
    assert len(path) == 96
    assert abs(path.solar_hours[0] - (8 + 2.5 / 60)) < 1e-3
    assert abs(path.solar_hours[-1] - (16 - 2.5 / 60)) < 1e-3
    # each interval lasts one step of true solar time; the clock instants differ by < 1 s/h from that
    assert np.allclose(path.duration_h, 5 / 60) and path.duration_h.sum() == pytest.approx(8.0)
    elapsed = (path.ends_utc - path.starts_utc).total_seconds().to_numpy() / 3600
    assert np.allclose(elapsed, path.duration_h, atol=1 / 3600 / 12)


def test_interval_midpoints_and_short_last_interval_in_clock_time():
    site = Site(52.0, 4.36, "Europe/Amsterdam")
    path = sun_path(site, "2026-03-21", "10:00", "10:25", 10)
    local = path.local_times
    assert [t.round("s").strftime("%H:%M") for t in local] == ["10:05", "10:15", "10:22"]
    assert np.allclose(path.duration_h * 60, [10, 10, 5])


def test_sun_below_the_horizon_is_flagged_and_points_down():
    site = Site(39.9, 116.4, "Asia/Shanghai")
    path = sun_path(site, "2026-06-21", "00:00", "24:00", 60)
    assert not path.above[0] and path.directions[0, 2] < 0
    assert path.above[12] and path.directions[12, 2] > 0
    assert np.allclose(np.linalg.norm(path.directions, axis=1), 1.0)


def test_noon_sun_points_south_in_a_true_north_frame():
    site = Site(39.9, 116.4, "Asia/Shanghai")
    path = sun_path(site, "2026-01-20", "11:59", "12:01", 2, time_base="solar")
    d = path.directions[0]
    assert d[1] < 0 and abs(d[0]) < 0.01


def test_meridian_convergence_turns_true_north_into_the_projected_north_direction():
    # Xiong'an, in UTM zone 50N (central meridian 117 E): projecting a point due
    # north must give the same grid direction as a sun at azimuth 0 deg.
    lon, lat = 115.9, 39.0
    crs = "EPSG:32650"
    x0, y0 = crsmod.from_lonlat(crs, lon, lat)
    x1, y1 = crsmod.from_lonlat(crs, lon, lat + 0.01)
    north = np.array([x1 - x0, y1 - y0]) / np.hypot(x1 - x0, y1 - y0)
    city = City([Building("b", None, 10.0, mesh=None)], crs=crs, origin=np.array([x0, y0, 0.0]))
    site = site_for_city(city, lat, lon)
    assert 0.5 < abs(site.convergence_deg) < 1.0  # ~0.7 deg near Xiong'an (DOMAIN.md)
    d = sun_path_at(site, [pd.Timestamp("2026-06-21 04:00", tz="UTC")])
    from plannerapp.analysis.sun import directions_from_angles

    v = directions_from_angles([0.0], [0.0], site.convergence_deg)[0]
    assert np.allclose(v[:2], north, atol=1e-5)
    assert d.directions.shape == (1, 3)
    # west of the central meridian, meridians converge eastwards towards the pole:
    # true north points to +x in the grid
    assert north[0] > 0 and site.convergence_deg < 0


def test_site_is_derived_from_the_city_crs_centre(shared_data):
    from plannerapp.io.loader import load_city

    city = load_city(shared_file("3dbag-delft-lod22/3dbag_v210908_fd2cee53_5907_subset.json"))
    site = site_for_city(city)
    assert 51.9 < site.latitude < 52.1 and 4.3 < site.longitude < 4.4
    assert abs(site.convergence_deg) < 2.0


def test_bad_window_and_step_are_input_errors():
    site = Site(39.9, 116.4)
    with pytest.raises(InputError):
        sun_path(site, "2026-01-20", "16:00", "08:00", 5)
    with pytest.raises(InputError):
        sun_path(site, "2026-01-20", "08:00", "16:00", 0)
    with pytest.raises(InputError):
        sun_path(site, "2026-13-20", "08:00", "16:00", 5)
    with pytest.raises(InputError):
        sun_path(site, "2026-01-20", "8h", "16:00", 5)
    with pytest.raises(InputError):
        Site(39.9, 116.4, "Mars/Olympus").tzinfo()


def test_clock_window_on_a_daylight_saving_day_uses_the_wall_clock():
    # Europe/Amsterdam switches to UTC+2 at 02:00 on 2026-03-29: 10:00 local is 08:00 UTC
    site = Site(52.0, 4.36, "Europe/Amsterdam")
    path = sun_path(site, "2026-03-29", "10:00", "11:00", 60)
    assert path.starts_utc[0] == pd.Timestamp("2026-03-29 08:00", tz="UTC")
    assert path.local_times[0].strftime("%H:%M") == "10:30"
    night = sun_path(site, "2026-03-29", "01:00", "04:00", 60)
    assert night.duration_h.sum() == pytest.approx(2.0)  # the clock skips an hour


def test_solar_term_days_match_the_almanac():
    from plannerapp.analysis.profiles import get_profile
    from plannerapp.analysis.sun import solar_term_instant

    # Chinese almanac (Beijing time): Great Cold 2025-01-20 04:00, 2026-01-20 09:45;
    # winter solstice 2024-12-21 17:20, 2026-12-22 04:50
    for year, lon, near, want in [(2025, 300, (1, 20), "2025-01-20 04:00"), (2026, 300, (1, 20), "2026-01-20 09:45"),
                                  (2024, 270, (12, 21), "2024-12-21 17:20"), (2026, 270, (12, 21), "2026-12-22 04:50")]:
        got = solar_term_instant(year, lon, near).tz_convert("Asia/Shanghai")
        assert abs((got - pd.Timestamp(want, tz="Asia/Shanghai")).total_seconds()) < 180
    assert get_profile("gb50180_V_VI").date(2024) == dt.date(2024, 12, 21)
    assert get_profile("gb50180_V_VI").date(2026) == dt.date(2026, 12, 22)
    assert get_profile("gb50180_I_II_III_VII_large").date(2026) == dt.date(2026, 1, 20)
