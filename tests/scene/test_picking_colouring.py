"""Picking a cell gives the building id; colour-by fills the array and the legend."""

from __future__ import annotations

import numpy as np

from plannerapp.scene.picking import building_centroid_top, world_to_display
from plannerapp.scene.view import CityView


def test_clicking_on_a_roof_picks_that_building(plotter, grid_city):
    cv = CityView(plotter, grid_city())
    cv.view("top")
    plotter.render()
    for bid in ("b0_0", "b2_1", "b3_2"):
        x, y = world_to_display(plotter, building_centroid_top(cv.layer, bid))
        assert cv.pick(x, y) == bid
    # the gap between buildings is ground, not a building
    x, y = world_to_display(plotter, (25.0, 7.0, 0.0))
    assert cv.pick(x, y) is None


def test_picking_a_known_cell_maps_to_its_building(plotter, grid_city):
    city = grid_city()
    cv = CityView(plotter, city)
    s, e = cv.layer.mesh.cell_range("b1_2")
    assert cv.layer.building_id_of_cell(s) == "b1_2"
    assert cv.layer.building_id_of_cell(e - 1) == "b1_2"
    assert cv.layer.building_id_of_cell(e) != "b1_2"
    assert cv.layer.building_id_of_cell(-1) is None


def test_colour_by_height_puts_heights_on_cells_and_shows_a_legend(plotter, grid_city):
    city = grid_city()
    cv = CityView(plotter, city, colour_by="height")
    pd = cv.layer.mesh.polydata
    colour = np.asarray(pd.cell_data["colour"])
    for b in city.buildings:
        s, e = cv.layer.mesh.cell_range(b.id)
        assert np.allclose(colour[s:e], b.height)
    assert list(plotter.scalar_bars.keys()) == ["Height (m)"]
    lo, hi = cv.layer.actor.mapper.scalar_range
    assert min(b.height for b in city.buildings) <= lo < hi <= max(b.height for b in city.buildings)


def test_colour_by_use_is_categorical_with_named_legend(plotter, grid_city):
    city = grid_city()
    cv = CityView(plotter, city)
    col = cv.set_colour_by("use")
    assert col.categorical and col.categories == ["office", "residential", "retail"]
    assert list(plotter.scalar_bars.keys()) == ["Use"]
    lut = cv.layer.actor.mapper.lookup_table
    assert lut.n_values == 3
    assert sorted(lut.annotations.values()) == ["office", "residential", "retail"]
    colour = np.asarray(cv.layer.mesh.polydata.cell_data["colour"])
    s, e = cv.layer.mesh.cell_range("b0_0")  # residential
    assert np.all(colour[s:e] == 1)


def test_colour_by_any_numeric_attribute_and_plain(plotter, grid_city):
    city = grid_city()
    cv = CityView(plotter, city)
    col = cv.set_colour_by("attr:year")
    assert not col.categorical
    s, e = cv.layer.mesh.cell_range("b0_2")
    assert np.allclose(np.asarray(cv.layer.mesh.polydata.cell_data["colour"])[s:e], 1970)
    assert list(plotter.scalar_bars.keys()) == ["year"]
    cv.set_colour_by("none")
    assert len(plotter.scalar_bars) == 0
    assert not cv.layer.actor.mapper.scalar_visibility


def test_selection_highlight_is_a_separate_small_actor(plotter, grid_city):
    cv = CityView(plotter, grid_city())
    assert cv.select(["b1_1", "nope"]) == ["b1_1"]
    sel = plotter.actors["selection"]
    assert sel.mapper.dataset.n_cells == cv.city.by_id("b1_1").geometry.n_faces
    cv.select([])
    assert "selection" not in plotter.actors


def test_camera_presets_frame_the_city(plotter, grid_city):
    cv = CityView(plotter, grid_city())
    positions = {}
    for preset in ("top", "iso_sw", "iso_se", "iso_ne", "iso_nw", "south"):
        cv.view(preset)
        positions[preset] = np.array(plotter.camera.position)
        plotter.render()
        # every building vertex projects inside the window
        w, h = plotter.window_size
        for p in cv.layer.mesh.arrays.points:
            dx, dy = world_to_display(plotter, p)
            assert -1 <= dx <= w + 1 and -1 <= dy <= h + 1, preset
    centre = cv.city_bounds().reshape(3, 2).mean(axis=1)
    assert positions["top"][2] > centre[2] and plotter.camera.up[2] > 0.9
    assert positions["iso_sw"][0] < centre[0] and positions["iso_sw"][1] < centre[1]
    assert positions["iso_ne"][0] > centre[0] and positions["iso_ne"][1] > centre[1]
    assert positions["iso_se"][0] > centre[0] and positions["iso_se"][1] < centre[1]
    assert positions["iso_nw"][0] < centre[0] and positions["iso_nw"][1] > centre[1]


def test_colour_by_surface_separates_roofs_from_walls(plotter, grid_city):
    cv = CityView(plotter, grid_city())
    col = cv.set_colour_by("surface")
    assert col.per_cell and col.categories == ["Other", "Roof", "Wall", "Ground"]
    colour = np.asarray(cv.layer.mesh.polydata.cell_data["colour"])
    sem = np.asarray(cv.layer.mesh.polydata.cell_data["semantics"])
    assert np.array_equal(colour, sem)
    # an extruded block: 2 roof triangles, 8 wall triangles, 2 ground triangles
    s, e = cv.layer.mesh.cell_range("b0_0")
    assert sorted(np.bincount(sem[s:e].astype(int), minlength=4).tolist()) == [0, 2, 2, 8]


def test_a_landmark_tower_does_not_flatten_the_height_ramp(plotter, grid_city):
    city = grid_city()
    tower = city.by_id("b3_2").replace(height=150.0)
    city = city.replaced([tower if b.id == "b3_2" else b for b in city.buildings])
    cv = CityView(plotter, city)
    lo, hi = cv.layer.actor.mapper.scalar_range
    others = [b.height for b in city.buildings if b.id != "b3_2"]
    assert max(others) <= hi < 60.0  # the ramp spans the ordinary buildings, not the tower
    assert cv.layer.colouring.above_max() == 150.0
    assert cv.layer.actor.mapper.lookup_table.above_range_color is not None
