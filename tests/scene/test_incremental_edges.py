"""Building outlines follow edits building by building and stay equal to a from-scratch extraction."""

from __future__ import annotations

import numpy as np
import pytest
import pyvista as pv
from shapely.geometry import box

from plannerapp.geometry.mesh import SURFACE_GROUND
from plannerapp.scene.citymesh import merge_buildings
from plannerapp.scene.edges import EDGE_COLOUR, FEATURE_ANGLE_DEG, EdgesLayer
from plannerapp.scene.scheme_layer import apply_building_changes


def _from_scratch(city) -> pv.PolyData:
    """The outlines as the viewer drew them before they were incremental: one pass over the whole city."""
    return _from_arrays(merge_buildings(city.buildings))


def _from_arrays(a) -> pv.PolyData:
    faces = a.faces[a.semantics != SURFACE_GROUND]
    used, inverse = np.unique(faces, return_inverse=True)
    mesh = pv.PolyData.from_regular_faces(a.points[used], inverse.reshape(-1, 3))
    return mesh.extract_feature_edges(feature_angle=FEATURE_ANGLE_DEG, boundary_edges=True,
                                      feature_edges=True, manifold_edges=False, non_manifold_edges=False)


def _segments(pd: pv.PolyData) -> np.ndarray:
    """Each line as its two end points (smaller first), rows sorted: order-independent, duplicates kept."""
    conn = np.asarray(pd.lines).reshape(-1, 3)
    assert (conn[:, 0] == 2).all()
    seg = np.asarray(pd.points)[conn[:, 1:]]                      # (N, 2, 3)
    a, b = seg[:, 0], seg[:, 1]
    d = a - b
    first = d[np.arange(len(d)), np.argmax(d != 0, axis=1)] <= 0   # a before b lexicographically
    rows = np.where(first[:, None], np.hstack([a, b]), np.hstack([b, a]))
    return rows[np.lexsort(rows.T[::-1])]


def _assert_same_outlines(view, city) -> None:
    got, want = view.edges.lines(), _from_scratch(city)
    assert got.n_cells == want.n_cells
    np.testing.assert_array_equal(_segments(got), _segments(want))          # exact: same coordinates
    np.testing.assert_array_equal(np.unique(np.asarray(got.points), axis=0),
                                  np.unique(np.asarray(want.points), axis=0))


@pytest.mark.parametrize("told", [True, False], ids=["edit names the buildings", "changes found by comparison"])
def test_outlines_after_each_edit_equal_a_full_extraction(edited, told, monkeypatch):
    s, view, events = edited
    if not told:   # as if the outlines had fallen behind: they must find the changed buildings themselves
        monkeypatch.setattr(EdgesLayer, "synced", lambda self: False)
    assert view.edges.wanted() and view.edges.actor.visibility
    _assert_same_outlines(view, s.city_for_display())
    ctx_ids = [b for b in s.project.context.ids() if b not in s.active_scheme.demolish]
    steps = [
        ("add", lambda: s.add_building(box(0, 0, 20, 12), floors=6, use="residential"), 1),
        ("move", lambda: s.move_selection(3.0, -2.0), 1),
        ("drag step", lambda: s.move_selection(0.5, 0.25, dragging=True), 1),
        ("rotate", lambda: s.rotate_selection(30.0), 1),
        ("set floors", lambda: s.set_floors(9), 1),
        ("tower height", lambda: (s.select(["T1"]), s.set_height(60.0)), 1),
        ("duplicate", lambda: (s.select(["T1", "T2"]), s.duplicate_selection()), 2),
        ("demolish", lambda: s.demolish(ctx_ids[:3]), 0),
        ("restore", lambda: s.restore(ctx_ids[1:2]), 1),
        ("delete", lambda: (s.select(["T2"]), s.delete_selection()), 0),
        ("undo delete", lambda: s.undo(), 1),
        ("undo restore", lambda: s.undo(), 0),
        ("redo", lambda: s.redo(), 1),
        ("undo x3", lambda: (s.undo(), s.undo(), s.undo()), None),
    ]
    for name, step, n_outlined in steps:
        n = len(events)
        step()
        for ev in events[n:]:
            apply_building_changes(view, s.city_for_display(), ev.building_ids, render=False)
        _assert_same_outlines(view, s.city_for_display())
        if n_outlined is not None:     # only the touched buildings were re-outlined
            assert view.edges.last_changed == n_outlined, name


def test_scheme_switch_reuses_the_context_outlines(edited):
    s, view, _ = edited
    for key in ("perimeter-block", "mid-rise-slabs", "towers"):
        before = set(view.city.ids())
        s.set_active_scheme(key)
        city = s.city_for_display()
        view.set_city(city, reset_camera=False)       # what the GUI does on a scheme switch
        _assert_same_outlines(view, city)
        # only the scheme's own buildings and the context buildings it no longer demolishes are outlined anew
        fresh = set(s.active_scheme.buildings) | (set(city.ids()) - before)
        assert 0 < view.edges.last_changed <= len(fresh) < len(city.buildings) // 4
    view.edges.set_visible(False)
    assert not view.edges.actor.visibility
    s.set_active_scheme("perimeter-block")
    view.set_city(s.city_for_display(), reset_camera=False)   # changed while hidden
    view.edges.set_visible(True)
    _assert_same_outlines(view, s.city_for_display())


def test_view_methods_and_in_place_moves_update_the_outlines(edited):
    s, view, _ = edited
    city = s.city_for_display()
    first, second = city.buildings[0], city.buildings[len(city.buildings) // 2]
    view.remove_buildings([first.id, second.id])
    _assert_same_outlines(view, city.replaced([b for b in city.buildings if b.id not in (first.id, second.id)]))
    assert view.edges.last_changed == 0
    view.add_buildings([second, first])
    _assert_same_outlines(view, city)
    assert view.edges.last_changed == 2
    t1 = view.layer.city.by_id("T1")
    taller = t1.replace(height=t1.height + 7.0)
    view.layer.city = view.layer.city.replaced([taller if b.id == "T1" else b for b in view.layer.city.buildings])
    view.update_buildings(["T1"])      # re-meshed in place (same vertex and triangle counts)
    _assert_same_outlines(view, view.layer.city)
    assert view.edges.last_changed == 1
    # points overwritten behind the view's back are caught before the next frame
    a = view.layer.mesh.arrays
    i = view.layer.mesh.index_of(first.id)
    a.points[a.point_starts[i]:a.point_starts[i + 1]] += [40.0, 0.0, 0.0]
    view.layer.mesh.polydata.GetPoints().Modified()
    view.plotter.screenshot(return_img=True)
    assert view.edges.last_changed == 1
    np.testing.assert_array_equal(_segments(view.edges.lines()), _segments(_from_arrays(a)))


def test_outlines_keep_their_look(edited):
    _, view, _ = edited
    prop = view.edges.actor.prop
    assert pv.Color(prop.color).hex_rgb == pv.Color(EDGE_COLOUR).hex_rgb
    assert prop.line_width == 1 and prop.opacity == pytest.approx(0.55) and not prop.lighting
    assert not view.edges.actor.GetPickable()
