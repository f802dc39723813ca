"""Insolation from real weather files: open ground = the file's GHI, shade reduces it."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import box

from plannerapp.analysis.irradiance import compute_insolation, pv_potential, surface_angles
from plannerapp.analysis.points import roof_points
from plannerapp.analysis.raycast import OcclusionScene
from plannerapp.analysis.sun import Site
from plannerapp.analysis.weather import clear_sky_weather, read_weather
from plannerapp.errors import InputError
from plannerapp.geometry.footprint import extrude
from plannerapp.model import Building, City
from datafiles import shared_file

BEIJING_EPW = "weather-epw/CHN_Beijing.Beijing.545110_IWEC.epw"


@pytest.fixture(scope="module")
def beijing():
    return read_weather(shared_file(BEIJING_EPW))


def test_weather_file_reads_with_the_published_annual_ghi(beijing):
    assert len(beijing.data) == 8760
    assert beijing.annual_ghi_kwh_m2() == pytest.approx(1395.9, abs=0.1)  # SOURCE.md
    assert (beijing.latitude, beijing.longitude) == pytest.approx((39.8, 116.47))


def test_open_horizontal_point_receives_the_files_annual_ghi_and_a_shaded_one_less(beijing):
    block = extrude(box(-50, -30, 50, -2), 40.0)  # a tall block just south of the second point
    scene = OcclusionScene(block.vertices, block.faces)
    pts = np.array([[0.0, 500.0, 0.1], [0.0, 0.0, 0.1]])
    up = np.tile([0.0, 0.0, 1.0], (2, 1))
    res = compute_insolation(scene, pts, up, beijing)
    assert res.svf[0] == pytest.approx(1.0)
    assert res.annual[0] == pytest.approx(1395.9, rel=0.01)
    assert res.annual[1] < 0.7 * res.annual[0] and res.beam[1] < 0.2 * res.beam[0]
    assert res.monthly.shape == (2, 12) and np.allclose(res.monthly.sum(axis=1), res.annual)
    assert res.monthly[0, 5] > res.monthly[0, 11]  # June beats December


def test_perez_on_a_south_tilted_plane_beats_flat_and_a_north_wall_gets_least(beijing):
    empty = OcclusionScene(np.zeros((0, 3)), np.zeros((0, 3), int))
    t = np.radians(40.0)
    normals = np.array([[0, 0, 1.0], [0, -np.sin(t), np.cos(t)], [0, -1.0, 0], [0, 1.0, 0]])
    pts = np.zeros((4, 3))
    res = compute_insolation(empty, pts, normals, beijing, svf=np.array([1.0, 0.883, 0.5, 0.5]))
    flat, tilted, south, north = res.annual
    assert tilted > 1.1 * flat  # latitude-tilt south plane gains at 40 N
    assert south > north and north < 0.45 * flat
    iso = compute_insolation(empty, pts, normals, beijing, model="isotropic", svf=res.svf)
    assert abs(iso.annual[1] - tilted) / tilted < 0.06  # models agree to a few per cent
    assert iso.annual[0] == pytest.approx(flat, rel=0.002)


def test_surface_azimuth_is_true_north_based_with_convergence():
    tilt, az = surface_angles(np.array([[0, -1.0, 0], [1.0, 0, 0], [0, 0, 1.0]]), convergence_deg=2.0)
    assert tilt.tolist() == pytest.approx([90, 90, 0])
    assert az[:2].tolist() == pytest.approx([182.0, 92.0])


def test_clear_sky_year_is_an_upper_bound_on_the_real_year(beijing):
    cs = clear_sky_weather(39.8, 116.47, utc_offset_h=8)
    assert cs.annual_ghi_kwh_m2() > beijing.annual_ghi_kwh_m2()
    assert 1600 < cs.annual_ghi_kwh_m2() < 2300


def test_rooftop_pv_potential_per_building(beijing):
    city = City([Building("low", box(0, 0, 20, 20), 6.0), Building("tower", box(0, -40, 20, -25), 60.0)])
    m = extrude(box(0, 0, 20, 20), 6.0)
    import plannerapp.geometry.mesh as gm

    tower = extrude(box(0, -40, 20, -25), 60.0)
    both = gm.Mesh.concatenate([m, tower])
    roofs = roof_points(city, 2.0)
    assert roofs.area[roofs.building == 0].sum() == pytest.approx(400.0)
    res = compute_insolation(OcclusionScene(both.vertices, both.faces), roofs.positions, roofs.normals, beijing,
                             Site(39.8, 116.47), n_dirs=64)
    pv = pv_potential(roofs, res, city, efficiency=0.2, performance_ratio=0.8, usable_share=0.5)
    low, tow = pv.set_index("building_id").loc["low"], pv.set_index("building_id").loc["tower"]
    assert low.mean_insolation_kwh_m2 < tow.mean_insolation_kwh_m2  # the tower shades the low roof
    assert tow.roof_area_m2 == pytest.approx(300.0)  # a 2 m grid on a 15 m roof: areas rescaled to the roof
    assert tow.pv_kwh_per_year == pytest.approx(tow.mean_insolation_kwh_m2 * 300 * 0.5 * 0.2 * 0.8, rel=1e-9)
    assert tow.pv_kwp == pytest.approx(300 * 0.5 * 0.2)


@pytest.mark.parametrize("content,needle", [("not an epw\n", "cannot read"), ("", "cannot read")])
def test_bad_weather_files_raise_input_error_naming_the_file(tmp_path, content, needle):
    p = tmp_path / "bad.epw"
    p.write_text(content)
    with pytest.raises(InputError) as exc:
        read_weather(p)
    assert "bad.epw" in str(exc.value) and needle in str(exc.value)
    with pytest.raises(InputError, match="not found"):
        read_weather(tmp_path / "none.epw")
    with pytest.raises(InputError, match="weather file type"):
        (tmp_path / "w.txt").write_text("x")
        read_weather(tmp_path / "w.txt")
