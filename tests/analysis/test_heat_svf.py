"""Sky view factor as the heat analysis computes it: analytic cases and the direction count's stability."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import box

from plannerapp.analysis.heat import SVF_DIRS, compute_heat, svf_stability
from plannerapp.analysis.heat_weather import clear_sky_day
from plannerapp.analysis.occluders import occlusion_scene
from plannerapp.analysis.points import ground_grid
from plannerapp.analysis.sun import Site
from plannerapp.model import Building, City

SITE = Site(52.0, 4.37, "+01:00")
SAMPLE = Path(__file__).resolve().parents[2] / "scenarios" / "delft-sample"


@pytest.fixture(scope="module")
def day():
    return clear_sky_day(SITE.latitude, SITE.longitude, hottest=True, utc_offset_h=1.0)


def test_open_ground_sees_the_whole_sky(day):
    city = City([Building("far", box(500, 500, 510, 510), 10.0)])
    res = compute_heat(city, [], day, SITE, area=(-10, -10, 10, 10), spacing=5.0)
    assert len(res) == 16
    assert np.allclose(res.svf, 1.0)
    assert np.allclose(res.svf_side, 0.5)  # open vertical planes see half the sky


@pytest.mark.parametrize("h,w", [(20.0, 20.0), (10.0, 30.0), (30.0, 12.0)])
def test_floor_centre_of_an_infinite_canyon_matches_cos_arctan_2h_over_w(day, h, w):
    city = City([Building("a", box(-3000, -w / 2 - 5, 3000, -w / 2), h),
                 Building("b", box(-3000, w / 2, 3000, w / 2 + 5), h)])
    res = compute_heat(city, [], day, SITE, area=(-1.0, -0.5, 1.0, 0.5), spacing=1.0)
    assert len(res) == 2 and np.allclose(res.positions[:, 1], 0.0)
    expected = np.cos(np.arctan(2 * h / w))
    # the grid point sits 0.05 m above the floor: the walls rise h - 0.05 above it
    assert res.svf == pytest.approx(expected, abs=0.01)
    # Oke (1981) estimate follows from that SVF: deeper canyon -> larger heat island
    assert res.uhi_k == pytest.approx(15.27 - 13.88 * res.svf, abs=1e-9)


def test_foot_of_a_wall_sees_half_the_sky(day):
    city = City([Building("wall", box(-3000, 0, 3000, 2), 3000.0)])
    res = compute_heat(city, [], day, SITE, area=(-0.5, -0.1, 0.5, 0.0), spacing=0.1)
    assert len(res) == 10
    assert res.svf == pytest.approx(np.full(10, 0.5), abs=0.01)
    # the lateral plane facing the wall sees no sky; the one facing away sees its full half
    assert res.svf_side[:, 3] == pytest.approx(0.0, abs=0.01)  # north = towards the wall
    assert res.svf_side[:, 1] == pytest.approx(0.5, abs=0.01)  # south = away


def test_facade_points_of_an_isolated_building_see_half_the_sky(day):
    city = City([Building("b", box(0, 0, 20, 10), 15.0, floors=5)])
    res = compute_heat(city, [], day, SITE, area=(-20, -20, 40, 30), spacing=5.0, facades=True)
    assert len(res.facade) > 20
    assert res.facade_svf == pytest.approx(np.full(len(res.facade), 0.5), abs=0.01)


def test_the_heat_direction_count_is_stable_to_001_on_real_delft_streets():
    from plannerapp.io.project import load_project

    project = load_project(SAMPLE)
    city = project.scheme("towers").built_city(project.context)
    area = project.controls.parcels[0].polygon.buffer(40)
    grid = ground_grid(area, 7.0, 0.05, city=city)
    assert len(grid) > 300
    with occlusion_scene(city) as scene:
        err = svf_stability(scene, grid.positions, None, SVF_DIRS, 8 * SVF_DIRS)
        half = svf_stability(scene, grid.positions, None, SVF_DIRS // 8, 8 * SVF_DIRS)
    assert err <= 0.01
    assert half > err  # fewer directions are visibly worse: the check measures something


def test_the_sky_view_map_reports_progress_and_can_be_cancelled():
    from plannerapp.analysis.heat import compute_sky_view_map
    from plannerapp.analysis.progress import Cancelled

    city = City([Building("a", box(0, 0, 20, 10), 15.0), Building("b", box(0, 25, 20, 35), 15.0)])
    seen = []
    m = compute_sky_view_map(city, (-10, -10, 30, 45), 2.0, progress=lambda f, t: seen.append(f))
    assert len(m.ground) > 200 and len(m.facade) > 50
    assert seen[0] == 0.0 and seen[-1] == 1.0 and all(b >= a for a, b in zip(seen, seen[1:]))
    # the street between the blocks sees less sky than the open edge of the area; facades at most half
    street = (m.ground.positions[:, 1] > 12) & (m.ground.positions[:, 1] < 23) & (m.ground.positions[:, 0] > 5) \
        & (m.ground.positions[:, 0] < 15)
    assert m.ground_svf[street].max() < 0.75 < m.ground_svf.max()
    assert (m.facade_svf <= 0.51).all()
    with pytest.raises(Cancelled):
        compute_sky_view_map(city, (-10, -10, 30, 45), 2.0, cancelled=lambda: True)


def test_compute_heat_reports_progress_and_stops_when_cancelled(day):
    from plannerapp.analysis.progress import Cancelled

    city = City([Building("a", box(0, 0, 20, 10), 15.0)])
    seen = []
    res = compute_heat(city, [], day, SITE, area=(-20, -20, 40, 30), spacing=4.0, progress=lambda f, t: seen.append(f))
    assert len(res) > 100 and res.tmrt_c.shape == (len(res), 24)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and all(b >= a for a, b in zip(seen, seen[1:]))
    calls = []
    with pytest.raises(Cancelled):
        compute_heat(city, [], day, SITE, area=(-20, -20, 40, 30), spacing=4.0,
                     cancelled=lambda: calls.append(1) or len(calls) > 3)
