"""One merged PolyData for the whole city, with a cell range per building."""

from __future__ import annotations

import numpy as np
from shapely.geometry import box

from plannerapp.model import Building
from plannerapp.scene.citymesh import INDEX_ARRAY, SEMANTICS_ARRAY, CityMesh, merge_buildings
from plannerapp.scene.layer import CityLayer


def test_merged_mesh_has_one_cell_range_per_building_in_city_order(grid_city):
    city = grid_city()
    cm = CityMesh.from_buildings(city.buildings)
    assert cm.ids == city.ids()
    assert cm.n_triangles == city.n_triangles() == cm.polydata.n_cells
    idx = np.asarray(cm.polydata.cell_data[INDEX_ARRAY])
    total = 0
    for i, b in enumerate(city.buildings):
        s, e = cm.cell_range(b.id)
        assert e - s == b.geometry.n_faces
        assert (idx[s:e] == i).all()
        total += e - s
        # the triangles of that range are exactly the building's triangles (same coordinates)
        tri = cm.arrays.points[cm.arrays.faces[s:e]]
        np.testing.assert_allclose(tri, b.geometry.vertices[b.geometry.faces])
    assert total == cm.n_triangles
    sem = np.asarray(cm.polydata.cell_data[SEMANTICS_ARRAY])
    assert set(np.unique(sem)) == {1, 2, 3}  # roofs, walls, grounds of extruded blocks


def test_merge_reports_progress_and_keeps_local_coordinates(grid_city):
    city = grid_city(2, 2)
    seen = []
    merged = merge_buildings(city.buildings, progress=lambda f, t: seen.append(f))
    assert seen and 0 <= min(seen) and max(seen) <= 1
    # local metres, never the projected origin
    assert np.abs(merged.points).max() < 1000


def test_moving_one_building_updates_its_range_in_place(plotter, grid_city):
    city = grid_city()
    layer = CityLayer(plotter, city)
    pd = layer.mesh.polydata
    n_before = pd.n_cells
    moved = city.by_id("b1_1")
    new = moved.replace(footprint=box(1000, 1000, 1020, 1015))
    layer.city = city.replaced([new if b.id == "b1_1" else b for b in city.buildings])
    layer.update_buildings(["b1_1"])
    assert layer.mesh.polydata is pd and pd.n_cells == n_before
    b = layer.mesh.bounds_of(["b1_1"])
    np.testing.assert_allclose(b[[0, 1, 2, 3]], [1000, 1020, 1000, 1015])
    # the neighbour did not move
    np.testing.assert_allclose(layer.mesh.bounds_of(["b0_0"])[[0, 1, 2, 3]], [0, 20, 0, 15])


def test_reshaping_adding_and_removing_buildings_keeps_ranges_consistent(plotter, grid_city):
    city = grid_city()
    layer = CityLayer(plotter, city)
    actor = layer.actor
    # an L-shaped footprint has more triangles than the block it replaces
    from shapely.geometry import Polygon

    ell = Polygon([(0, 0), (20, 0), (20, 5), (5, 5), (5, 15), (0, 15)])
    old = city.by_id("b0_0")
    layer.city = city.replaced([old.replace(footprint=ell) if b.id == "b0_0" else b for b in city.buildings])
    layer.update_buildings(["b0_0"])
    s, e = layer.mesh.cell_range("b0_0")
    assert e - s == layer.city.by_id("b0_0").geometry.n_faces > old.geometry.n_faces

    layer.add([Building(id="new", footprint=box(500, 0, 510, 10), height=33.0)])
    layer.remove(["b2_2", "b3_0"])
    ids = layer.mesh.ids
    assert ids[-1] == "new" and "b2_2" not in ids and "b3_0" not in ids
    assert ids == layer.city.ids()
    idx = np.asarray(layer.mesh.polydata.cell_data[INDEX_ARRAY])
    for i, bid in enumerate(ids):
        s, e = layer.mesh.cell_range(bid)
        assert (idx[s:e] == i).all()
    assert layer.actor is actor  # same actor throughout
    # the colouring followed the edit: the new building's cells carry its height
    s, e = layer.mesh.cell_range("new")
    assert np.allclose(np.asarray(layer.mesh.polydata.cell_data["colour"])[s:e], 33.0)


def test_interaction_proxy_is_one_box_per_building_coloured_like_the_city(plotter, grid_city):
    from plannerapp.scene.view import CityView

    cv = CityView(plotter, grid_city())
    cv.lod.threshold = 10  # the grid city is small: force the proxy
    cv.lod.begin()
    proxy = plotter.actors["city-lod"]
    assert proxy.visibility and not cv.layer.actor.visibility
    pd = proxy.mapper.dataset
    assert pd.n_cells == 12 * len(cv.city.buildings)
    # box of b1_2: footprint 30..50 x 60..75, 0..(10+5+4) m
    i = cv.city.ids().index("b1_2")
    box = pd.extract_cells(range(12 * i, 12 * i + 12))
    np.testing.assert_allclose(box.bounds, [30, 50, 60, 75, 0, 19])
    assert np.allclose(np.asarray(pd.cell_data["colour"])[12 * i:12 * i + 12], 19.0)
    cv.lod.end()
    assert not proxy.visibility and cv.layer.actor.visibility


def test_outlines_follow_a_building_moved_in_place(plotter, grid_city):
    from plannerapp.scene.scheme_layer import apply_building_changes
    from plannerapp.scene.view import CityView

    city = grid_city()
    cv = CityView(plotter, city)
    edges = plotter.actors["city-edges"]
    assert edges.visibility and edges.mapper.dataset.n_cells > 0
    # a block's outline: 4 roof + 4 vertical corner edges + 4 base edges (ground faces left out)
    one = CityView(pv_plotter := __import__("pyvista").Plotter(off_screen=True), city.replaced(city.buildings[:1]))
    assert one.edges.actor.mapper.dataset.n_cells == 12
    pv_plotter.close()
    moved = city.by_id("b0_0").replace(footprint=box(900, 900, 920, 915))
    new_city = city.replaced([moved if b.id == "b0_0" else b for b in city.buildings])
    apply_building_changes(cv, new_city, ["b0_0"])  # the editing path: points overwritten in place
    plotter.screenshot(return_img=True)  # draw a frame (an off-screen plotter's render() waits for show())
    xmax = edges.mapper.dataset.bounds[1]
    assert xmax == 920.0  # the outline moved with the building before the frame was drawn
    # picking follows the move too (the pick locator is rebuilt)
    from plannerapp.scene.picking import building_centroid_top, world_to_display

    cv.view("top")
    plotter.screenshot(return_img=True)
    x, y = world_to_display(plotter, building_centroid_top(cv.layer, "b0_0"))
    assert cv.pick(x, y) == "b0_0"
