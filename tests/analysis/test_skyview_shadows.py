"""Sky view factor against analytic cases; shadow outlines and shadow hours."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import box

from plannerapp.analysis.points import facade_points
from plannerapp.analysis.raycast import OcclusionScene
from plannerapp.analysis.shadows import compute_shadow_hours, shadow_outline
from plannerapp.analysis.skyview import compute_sky_view
from plannerapp.analysis.sun import Site, directions_from_angles, sun_path
from plannerapp.geometry.footprint import extrude
from plannerapp.geometry.mesh import Mesh
from plannerapp.model import Building, City


def _scene(*meshes):
    m = Mesh.concatenate(list(meshes))
    return OcclusionScene(m.vertices, m.faces)


def test_open_ground_sees_the_whole_sky():
    scene = _scene(extrude(box(100, 100, 110, 110), 5.0))
    svf = compute_sky_view(scene, np.array([[0.0, 0.0, 0.0], [-50.0, 3.0, 1.5]]))
    assert np.allclose(svf, 1.0)


def test_foot_of_an_infinite_wall_sees_half_the_sky():
    wall = extrude(box(-20000, 0, 20000, 1), 20000.0)
    svf = compute_sky_view(_scene(wall), np.array([[0.0, -0.05, 0.01]]))
    assert svf[0] == pytest.approx(0.5, abs=0.01)


@pytest.mark.parametrize("h,w", [(20.0, 20.0), (10.0, 30.0), (30.0, 12.0)])
def test_infinite_canyon_centre_matches_cos_arctan_2h_over_w(h, w):
    a = extrude(box(-20000, -w / 2 - 5, 20000, -w / 2), h)
    b = extrude(box(-20000, w / 2, 20000, w / 2 + 5), h)
    svf = compute_sky_view(_scene(a, b), np.array([[0.0, 0.0, 0.001]]), n_dirs=1024)
    assert svf[0] == pytest.approx(np.cos(np.arctan(2 * h / w)), abs=0.01)


def test_open_vertical_wall_sees_half_the_sky_and_canyon_walls_less():
    city = City([Building("b", box(0, 0, 20, 10), 15.0, floors=5)])
    pts = facade_points(city, 4.0)
    m = city.buildings[0].geometry
    svf = compute_sky_view(_scene(m), pts.positions, pts.normals)
    assert np.allclose(svf, 0.5, atol=0.01)  # no self-occlusion from the wall the point sits on
    # add a neighbour 10 m to the south: the south facade sees less sky
    nb = extrude(box(0, -25, 20, -10), 15.0)
    svf2 = compute_sky_view(_scene(m, nb), pts.positions, pts.normals)
    south = pts.normals[:, 1] < -0.9
    assert (svf2[south] < 0.46).all() and np.allclose(svf2[pts.normals[:, 1] > 0.9], 0.5, atol=0.01)
    low, high = svf2[south & (pts.floor == 0)].mean(), svf2[south & (pts.floor == 4)].mean()
    assert low < 0.3 < high  # lower floors of the 10 m wide courtyard see less sky


def test_shadow_of_a_cube_at_45_degrees_is_its_footprint_stretched_by_its_height():
    city = City([Building("cube", box(0, 0, 10, 10), 10.0)])
    d = directions_from_angles([180.0], [45.0])[0]  # sun due south, 45 deg up
    outline = shadow_outline(city, d)
    assert outline.area == pytest.approx(200.0, rel=1e-6)
    minx, miny, maxx, maxy = outline.bounds
    assert (minx, miny, maxx) == pytest.approx((0, 0, 10)) and maxy == pytest.approx(20.0)
    assert shadow_outline(city, directions_from_angles([180.0], [-5.0])[0]).is_empty


def test_shadow_outline_agrees_with_ray_casting_on_a_grid():
    city = City([Building("a", box(0, 0, 10, 30), 25.0), Building("b", box(20, 10, 35, 20), 8.0)])
    d = directions_from_angles([140.0], [25.0])[0]
    outline = shadow_outline(city, d)
    m = Mesh.concatenate([b.geometry for b in city.buildings])
    scene = OcclusionScene(m.vertices, m.faces)
    xs, ys = np.meshgrid(np.arange(-60, 60, 1.3), np.arange(-20, 120, 1.3))
    pts = np.column_stack([xs.ravel(), ys.ravel(), np.full(xs.size, 0.001)])
    import shapely

    inside_fp = shapely.contains_xy(shapely.union_all([b.footprint for b in city.buildings]), pts[:, 0], pts[:, 1])
    pts = pts[~inside_fp]
    shaded_ray = scene.occluded(pts, d)
    shaded_poly = shapely.contains_xy(outline, pts[:, 0], pts[:, 1])
    assert shaded_ray.sum() > 200
    assert (shaded_ray != shaded_poly).mean() < 0.005  # only points on the outline itself may differ


def test_shadow_hours_are_sun_up_hours_minus_sunlit_hours():
    site = Site(35.68, 139.69, "Asia/Tokyo")
    suns = sun_path(site, "2026-12-22", "08:00", "16:00", 10, time_base="solar")
    m = extrude(box(0, 0, 10, 10), 20.0)
    pts = np.array([[5.0, 15.0, 4.0], [5.0, -20.0, 4.0]])  # north of the block, and south of it
    shadow, res = compute_shadow_hours(_scene(m), suns, pts)
    assert shadow[1] == 0.0 and 1.0 < shadow[0] <= 8.0
    assert shadow[0] + res.sunlit_hours[0] == pytest.approx(8.0)


def test_equal_time_shadow_map_agrees_with_projected_outlines_and_checks_the_limits():
    import shapely

    from plannerapp.analysis.profiles import get_profile
    from plannerapp.analysis.shadows import shadow_regulation_check

    prof = get_profile("japan_shadow_4m")
    site = Site(35.68, 139.69, "Asia/Tokyo")
    suns = sun_path(site, prof.date(2026), *prof.window, 10, time_base=prof.time_base)
    lot = box(0, 0, 20, 20)
    tower = City([Building("t", box(4, 4, 16, 16), 30.0)])
    m = tower.buildings[0].geometry
    out = shadow_regulation_check(_scene(m), suns, lot, measure_height_m=prof.ground_height_m, spacing=2.0,
                                  limit_5m_h=prof.extra["max_shadow_hours_5m"], limit_10m_h=prof.extra["max_shadow_hours_10m"])
    pts, hours = out["points"], out["shadow_hours"]
    # independent answer: shadow outlines on the 4 m plane, interval by interval
    by_outline = np.zeros(len(pts))
    for d, dur in zip(suns.directions, suns.duration_h):
        poly = shadow_outline(tower, d, ground_z=prof.ground_height_m)
        by_outline += shapely.contains_xy(poly, pts[:, 0], pts[:, 1]) * dur
    assert np.abs(hours - by_outline).max() <= 2 * suns.step_h + 1e-9
    assert np.mean(np.abs(hours - by_outline) < 1e-9) > 0.95
    north = (pts[:, 1] > 25) & (np.abs(pts[:, 0] - 10) < 3)
    assert hours[north].max() > 2.5  # a 30 m tower shades the north side for hours
    assert out["max_5_10m_h"] >= out["max_beyond_10m_h"] > 0
    assert out["pass_beyond_10m"] is (out["max_beyond_10m_h"] <= 2.5)
