"""Sunlight hours against answers worked out independently from pvlib and the geometry."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib
import pytest
from shapely.geometry import box

from plannerapp.analysis.points import facade_points, window_receptors, window_summary
from plannerapp.analysis.profiles import SunCriteria
from plannerapp.analysis.progress import Cancelled
from plannerapp.analysis.raycast import OcclusionScene
from plannerapp.analysis.sun import Site, sun_path
from plannerapp.analysis.sunhours import compute_sunlight_hours, segment_statistics
from plannerapp.geometry.footprint import extrude
from plannerapp.model import Building, City

BEIJING = Site(39.9042, 116.4074, "Asia/Shanghai")


def _pvlib_angles(path):
    """Sun azimuth/elevation at the interval midpoints, straight from pvlib."""
    pos = pvlib.solarposition.get_solarposition(path.times_utc, BEIJING.latitude, BEIJING.longitude)
    return pos["azimuth"].to_numpy(), pos["apparent_elevation"].to_numpy()


def _wall_scene(height, backend="embree"):
    """An east-west wall 4 km long, 1 m thick, y in [0, 1], *height* m tall."""
    m = extrude(box(-2000, 0, 2000, 1), height)
    return OcclusionScene(m.vertices, m.faces, backend)


@pytest.mark.parametrize("day,window", [("2026-01-20", ("08:00", "16:00")), ("2026-12-22", ("09:00", "15:00"))])
def test_point_north_of_a_wall_gets_the_analytic_sunlit_time_within_one_step(day, window):
    height, dist, z0 = 12.0, 30.0, 0.9
    path = sun_path(BEIJING, day, *window, 1, time_base="solar")
    az, alt = _pvlib_angles(path)
    # analytic: the ray towards the sun clears the wall top (y = 1) iff
    # z0 + (dist - 1) * tan(alt) / cos(az - 180) >= height  (sun to the south)
    a, e = np.radians(az), np.radians(alt)
    south = -np.cos(a)  # horizontal component towards -y per unit horizontal length
    with np.errstate(divide="ignore"):
        rise_at_wall = np.where(south > 0, (dist - 1) * np.tan(e) / south, np.inf)
    sunlit = (alt > 0) & (z0 + rise_at_wall > height)
    expected = (sunlit * path.duration_h).sum()
    res = compute_sunlight_hours(_wall_scene(height), path, np.array([[0.0, dist, z0]]))
    assert 0.5 < expected < 7.5  # partly shaded: a real test
    assert abs(res.hours[0] - expected) <= path.step_h + 1e-9
    assert abs(res.longest_hours[0] - expected) <= path.step_h + 1e-9  # one continuous period here


def test_sun_behind_the_surface_never_counts():
    path = sun_path(BEIJING, "2026-01-20", "08:00", "16:00", 5, time_base="solar")
    empty = OcclusionScene(np.zeros((0, 3)), np.zeros((0, 3), int))
    pts = np.zeros((3, 3))
    normals = np.array([[0, 1, 0], [1, 0, 0], [0, -1, 0]], float)  # north, east, south facing
    res = compute_sunlight_hours(empty, path, pts, normals)
    az, _ = _pvlib_angles(path)
    morning = (np.sin(np.radians(az)) > 0) * path.duration_h
    assert res.hours[0] == 0.0  # winter sun never reaches a north wall in the window
    assert abs(res.hours[1] - morning.sum()) < 1e-9
    assert abs(res.hours[2] - path.duration_h.sum()) < 1e-9


def test_sun_below_the_horizon_never_counts_on_open_ground():
    path = sun_path(BEIJING, "2026-06-21", "00:00", "24:00", 10)
    empty = OcclusionScene(np.zeros((0, 3)), np.zeros((0, 3), int))
    res = compute_sunlight_hours(empty, path, np.zeros((1, 3)))
    day = (path.above * path.duration_h).sum()
    assert 14.5 < day < 15.5 and abs(res.hours[0] - day) < 1e-9


@pytest.mark.parametrize("backend", ["embree", "numpy"])
def test_facade_points_do_not_shadow_their_own_wall(backend):
    city = City([Building("b", box(0, 0, 20, 10), 15.0, floors=5)])
    pts = facade_points(city, 2.0)
    m = city.buildings[0].geometry
    path = sun_path(BEIJING, "2026-01-20", "08:00", "16:00", 10, time_base="solar")
    res = compute_sunlight_hours(OcclusionScene(m.vertices, m.faces, backend), path, pts.positions, pts.normals)
    south = pts.normals[:, 1] < -0.9
    assert south.sum() == 10 * 5
    assert np.allclose(res.hours[south], path.duration_h.sum())  # a lone building never shades its south face


def test_minimum_altitude_cut_off():
    path = sun_path(BEIJING, "2026-01-20", "08:00", "16:00", 5, time_base="solar")
    empty = OcclusionScene(np.zeros((0, 3)), np.zeros((0, 3), int))
    res = compute_sunlight_hours(empty, path, np.zeros((1, 3)), criteria=SunCriteria(min_altitude_deg=15.0))
    _, alt = _pvlib_angles(path)
    expected = ((alt >= 15.0) * path.duration_h).sum()
    assert 0 < expected < path.duration_h.sum()
    assert abs(res.hours[0] - expected) <= path.step_h


def test_minimum_sweep_angle_cut_off_on_a_south_wall():
    path = sun_path(BEIJING, "2026-01-20", "08:00", "16:00", 5, time_base="solar")
    empty = OcclusionScene(np.zeros((0, 3)), np.zeros((0, 3), int))
    south_wall = np.array([[0.0, -1.0, 0.0]])
    res = compute_sunlight_hours(empty, path, np.zeros((1, 3)), south_wall, criteria=SunCriteria(min_sweep_deg=40.0))
    az, _ = _pvlib_angles(path)
    sweep = 90.0 - np.abs(az - 180.0)  # horizontal angle between the sun and the wall plane
    expected = ((sweep >= 40.0) * path.duration_h).sum()
    assert 0 < expected < path.duration_h.sum()
    assert abs(res.hours[0] - expected) <= path.step_h
    # the sweep angle does not apply to a roof
    roof = compute_sunlight_hours(empty, path, np.zeros((1, 3)), np.array([[0, 0, 1.0]]),
                                  criteria=SunCriteria(min_sweep_deg=40.0))
    assert abs(roof.hours[0] - path.duration_h.sum()) < 1e-9


def _segments(minutes_on_off):
    """A sunlit row from alternating (on, off) minute counts at a 1-min step."""
    row = []
    for i, m in enumerate(minutes_on_off):
        row += [i % 2 == 0] * m
    return np.array([row]), np.full(len(row), 1 / 60)


def test_counting_rules_and_minimum_segment():
    lit, dur = _segments([3, 5, 10, 5, 40, 5, 20, 2])  # sunlit segments of 3, 10, 40, 20 minutes
    h, sunlit, longest, nseg = segment_statistics(lit, dur, SunCriteria(counting="sum", min_segment_min=5))
    assert np.isclose(h[0] * 60, 70) and np.isclose(sunlit[0] * 60, 73) and np.isclose(longest[0] * 60, 40)
    assert nseg[0] == 4
    h, *_ = segment_statistics(lit, dur, SunCriteria(counting="longest"))
    assert np.isclose(h[0] * 60, 40)
    h, *_ = segment_statistics(lit, dur, SunCriteria(counting="sum_n_longest", n_longest=2))
    assert np.isclose(h[0] * 60, 60)
    h, *_ = segment_statistics(lit, dur, SunCriteria(counting="sum", min_segment_min=30))
    assert np.isclose(h[0] * 60, 40)
    h, *_ = segment_statistics(lit, dur, SunCriteria(counting="longest", min_segment_min=45))
    assert h[0] == 0.0
    h, *_ = segment_statistics(lit, dur, SunCriteria(counting="sum_n_longest", n_longest=3, min_segment_min=15))
    assert np.isclose(h[0] * 60, 60)


def test_a_gap_between_two_buildings_gives_a_short_segment_that_the_minimum_drops():
    # two tall blocks with a 2 m gap south of the point: the sun shines through the gap briefly
    a = extrude(box(-500, 0, -1, 10), 60.0)
    b = extrude(box(1, 0, 500, 10), 60.0)
    from plannerapp.geometry.mesh import Mesh

    m = Mesh.concatenate([a, b])
    scene = OcclusionScene(m.vertices, m.faces)
    path = sun_path(BEIJING, "2026-01-20", "08:00", "16:00", 1, time_base="solar")
    p = np.array([[0.0, 30.0, 0.9]])
    plain = compute_sunlight_hours(scene, path, p)
    assert 0 < plain.hours[0] * 60 < 30 and plain.n_segments[0] == 1
    table = plain.segment_table(0)
    assert len(table) == 1 and abs(table["start_solar_h"][0] - 12.0) < 0.3  # around solar noon
    long_min = compute_sunlight_hours(scene, path, p, criteria=SunCriteria(min_segment_min=60))
    assert long_min.hours[0] == 0.0 and np.isclose(long_min.sunlit_hours[0], plain.hours[0])


def test_results_do_not_depend_on_chunk_size_and_cancel_stops_the_run():
    city = City([Building("b", box(0, 0, 20, 10), 30.0)])
    m = city.buildings[0].geometry
    scene = OcclusionScene(m.vertices, m.faces)
    path = sun_path(BEIJING, "2026-01-20", "08:00", "16:00", 10, time_base="solar")
    rng = np.random.default_rng(3)
    pts = np.column_stack([rng.uniform(-40, 60, 500), rng.uniform(-40, 80, 500), np.full(500, 1.5)])
    a = compute_sunlight_hours(scene, path, pts)
    b = compute_sunlight_hours(scene, path, pts, chunk_size=37)
    assert np.array_equal(a.hours, b.hours) and np.array_equal(a.sunlit_packed, b.sunlit_packed)
    seen = []
    with pytest.raises(Cancelled):
        compute_sunlight_hours(scene, path, pts, progress=lambda f, t: seen.append(f), cancelled=lambda: len(seen) > 0)
    assert len(seen) == 1


def test_window_receptors_report_per_window_and_share_per_building():
    # a residential slab with a tall block right in front of its west half
    home = Building("home", box(0, 0, 40, 12), 18.0, floors=6, use="residential")
    block = Building("block", box(-60, -30, 20, -20), 60.0)
    city = City([home, block])
    from plannerapp.analysis.occluders import occluder_mesh

    m = occluder_mesh(city)
    wins = window_receptors(city, buildings=[0], floors="lowest", window_spacing=4.0, mode="full", n_across=3)
    path = sun_path(BEIJING, "2026-01-20", "08:00", "16:00", 5, time_base="solar")
    res = compute_sunlight_hours(OcclusionScene(m.vertices, m.faces), path, wins.positions, wins.normals)
    summary = window_summary(wins, res.hours, 2.0)
    south_facade = np.unique(wins.facade[wins.normals[:, 1] < -0.9])
    assert len(south_facade) == 1
    south = summary["window"]["passed"][summary["window"]["facade"] == south_facade[0]]
    assert len(south) == 10
    assert summary["window"]["floor"].max() == 0
    assert south.any() and not south.all()  # shaded west windows fail, east ones pass
    b = summary["building"]
    assert b["index"].tolist() == [0]
    assert np.isclose(b["share_pass"][0], summary["window"]["passed"].mean())
