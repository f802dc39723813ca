"""The view follows scheme edits building by building and ends up exactly as a full rebuild would."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import box

from plannerapp.scene.citymesh import merge_buildings
from plannerapp.scene.draft import display_to_ground, project_points
from plannerapp.scene.picking import world_to_display
from plannerapp.scene.scheme_layer import DiffOverlay, apply_building_changes, building_ids_in_box


def _per_building(arrays):
    """id -> (sorted triangle vertex coordinates) for comparing meshes regardless of order."""
    out = {}
    for i, b in enumerate(arrays.ids):
        cs, ce = arrays.cell_starts[i], arrays.cell_starts[i + 1]
        tri = arrays.points[arrays.faces[cs:ce]].reshape(ce - cs, 9)
        out[b] = tri[np.lexsort(tri.T[::-1])] if len(tri) else tri
    return out


def test_edits_applied_one_by_one_match_a_full_rebuild(edited):
    s, view, events = edited
    ctx_ids = [b for b in s.project.context.ids() if b not in s.active_scheme.demolish]
    steps = [
        lambda: s.add_building(box(0, 0, 20, 12), floors=6, use="residential"),
        lambda: s.move_selection(3.0, -2.0),
        lambda: s.rotate_selection(30.0),
        lambda: s.set_floors(9),
        lambda: (s.select(["T1"]), s.set_height(60.0)),
        lambda: s.demolish(ctx_ids[:3]),
        lambda: s.restore(ctx_ids[1:2]),
        lambda: (s.select(["T2"]), s.delete_selection()),
        lambda: s.undo(),
        lambda: s.undo(),
    ]
    for step in steps:
        n = len(events)
        step()
        for ev in events[n:]:
            apply_building_changes(view, s.city_for_display(), ev.building_ids, render=False)
        expected = merge_buildings(s.city_for_display().buildings)
        got = view.layer.mesh.arrays
        assert sorted(got.ids) == sorted(expected.ids)
        assert view.layer.mesh.polydata.n_cells == expected.faces.shape[0]
        e, g = _per_building(expected), _per_building(got)
        for b in expected.ids:
            assert np.allclose(g[b], e[b]), b
        assert [b.id for b in view.layer.city.buildings] == got.ids
        # colours follow: each building's cells carry its height
        col = view.layer.mesh.polydata.cell_data["colour"]
        heights = {b.id: b.height for b in view.layer.city.buildings}
        assert np.allclose(col, [heights[got.ids[k]] for k in got.building_index])


def test_ground_points_round_trip_and_box_selection(edited):
    s, view, _ = edited
    p = view.plotter
    for pt in ([10.0, 20.0, 0.0], [140.0, 205.0, 0.0], [-50.0, 80.0, 0.0]):
        x, y = world_to_display(p, pt)
        assert project_points(p, [pt])[0] == pytest.approx([x, y])
        assert display_to_ground(p, x, y, 0.0) == pytest.approx(pt[:2], abs=1e-6)
    t1 = s.active_scheme.buildings["T1"]
    c = t1.footprint.centroid
    x, y = world_to_display(p, [c.x, c.y, t1.height / 2])
    assert "T1" in building_ids_in_box(view, (x - 3, y - 3, x + 3, y + 3))
    assert building_ids_in_box(view, (-10, -10, -5, -5)) == []


def test_diff_overlay_draws_each_status(edited):
    s, view, _ = edited
    records = s.diff(None, "towers")
    ov = DiffOverlay(view.plotter)
    ov.show(records, s.project.context, s.city_for_display())
    assert ov.counts == {"added": 3, "changed": 0, "removed": len(s.active_scheme.demolish)}
    assert {"scheme-diff-added", "scheme-diff-removed"} <= set(view.plotter.actors)
    lo, hi = ov.bounds[0::2], ov.bounds[1::2]
    t1 = view.layer.mesh.bounds_of(["T1"])
    assert lo[0] <= t1[0] and hi[0] >= t1[1] and hi[2] >= 54.0
    ov.clear()
    assert not any(n.startswith("scheme-diff") for n in view.plotter.actors)
