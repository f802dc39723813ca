"""Snapping a drawn point to existing vertices, then edges, then the grid (local metres)."""

from __future__ import annotations

import pytest
from projectkit import sample_project
from shapely.geometry import Polygon, box

from plannerapp.geometry.snap import SnapTargets, near_geometries, snap_point

A = box(0, 0, 10, 10)
B = Polygon(box(20, 0, 40, 20).exterior.coords, [box(25, 5, 35, 15).exterior.coords])


def test_vertex_beats_edge_and_grid():
    s = snap_point(10.3, 9.8, [A, B], tolerance=0.5, grid=1.0)
    assert (s.x, s.y, s.kind) == (10.0, 10.0, "vertex") and s.distance == pytest.approx(0.3606, abs=1e-4)


def test_edges_snap_to_the_nearest_point_on_them_including_holes():
    s = snap_point(5.0, 10.4, [A, B], tolerance=0.5)
    assert (s.x, s.y, s.kind) == (5.0, 10.0, "edge")
    h = snap_point(30.0, 14.7, [A, B], tolerance=0.5)
    assert (h.x, h.y, h.kind) == (30.0, 15.0, "edge")  # the courtyard's edge


def test_grid_when_nothing_is_near_and_none_without_a_grid():
    s = snap_point(51.26, 48.74, [A, B], tolerance=0.5, grid=0.5)
    assert (s.x, s.y, s.kind) == (51.5, 48.5, "grid")
    g = snap_point(51.26, 48.74, [A, B], tolerance=0.5, grid=2.0, origin=(1.0, 1.0))
    assert (g.x, g.y) == (51.0, 49.0)
    n = snap_point(51.26, 48.74, [A, B], tolerance=0.5)
    assert (n.x, n.y, n.kind) == (51.26, 48.74, "none")


def test_snapping_to_the_real_context_while_drawing_next_to_a_house():
    p = sample_project()
    house = p.context.by_id("NL.IMBAG.Pand.0503100000004247").footprint2d
    vx, vy = list(house.exterior.coords)[0]
    targets = SnapTargets(near_geometries([b.footprint2d for b in p.context], vx, vy, 30.0))
    s = targets.snap(vx + 0.2, vy - 0.1, tolerance=0.5, grid=1.0)
    assert s.kind == "vertex" and (s.x, s.y) == (vx, vy)
    assert len(near_geometries([b.footprint2d for b in p.context], vx, vy, 30.0)) < 20
