"""Every edit is a command: do changes the model, undo restores it exactly, redo re-applies it.

Runs on the real Delft sample project (scenarios/delft-sample).
"""

from __future__ import annotations

import math

import pytest
from projectkit import project_state, sample_project
from shapely.geometry import box

from plannerapp.commands import (
    AddBuilding, AddGreen, AddScheme, CommandStack, DeleteBuildings, DeleteGreen, DeleteScheme,
    DemolishContextBuilding, DuplicateBuildings, DuplicateScheme, MoveBuildings, RenameBuilding, RenameScheme,
    RestoreContextBuilding, RotateBuildings, SetFloors, SetFootprint, SetHeight, SetUse,
)
from plannerapp.errors import InputError
from plannerapp.geometry.footprint import extrude
from plannerapp.model import Building, GreenArea

KEPT_HOUSE = "NL.IMBAG.Pand.0503100000004247"  # kept by the slab scheme, demolished by the others


def _cases(p):
    return {
        "move": (MoveBuildings("towers", ["T1", "T2"], 7.5, -3.0), {"T1", "T2"}),
        "rotate": (RotateBuildings("mid-rise-slabs", ["S1"], 30.0), {"S1"}),
        "rotate_about": (RotateBuildings("towers", ["T1", "T2"], -15.0, about=(100.0, 200.0)), {"T1", "T2"}),
        "floors": (SetFloors("towers", ["T1"], 20), {"T1"}),
        "height": (SetHeight("mid-rise-slabs", ["S1", "S2"], 16.5), {"S1", "S2"}),
        "use": (SetUse("mid-rise-slabs", ["S4"], "residential"), {"S4"}),
        "rename": (RenameBuilding("towers", "T1", "North tower"), {"T1"}),
        "footprint": (SetFootprint("towers", "P1", box(95, 150, 130, 165)), {"P1"}),
        "add": (AddBuilding("towers", Building("N1", box(60, 160, 80, 175), 12.0, use="public")), {"N1"}),
        "delete": (DeleteBuildings("towers", ["T2", "P1"]), {"T2", "P1"}),
        "duplicate": (DuplicateBuildings("towers", ["T1"], 0.0, -30.0), {"T1-2"}),
        "demolish": (DemolishContextBuilding("mid-rise-slabs", [KEPT_HOUSE]), {KEPT_HOUSE}),
        "restore": (RestoreContextBuilding("towers", [KEPT_HOUSE]), {KEPT_HOUSE}),
        "add_green": (AddGreen("perimeter-block", GreenArea("G9", box(150, 145, 170, 160))), set()),
        "delete_green": (DeleteGreen("towers", ["G1"]), set()),
        "add_scheme": (AddScheme(p, "Empty variant"), set()),
        "duplicate_scheme": (DuplicateScheme(p, "towers"), {"T1", "T2", "P1"}),
        "rename_scheme": (RenameScheme(p, "towers", "Two towers"), set()),
        "delete_scheme": (DeleteScheme(p, "perimeter-block"), {"PB1", "PB2"}),
    }


CASE_NAMES = [
    "move", "rotate", "rotate_about", "floors", "height", "use", "rename", "footprint", "add", "delete", "duplicate",
    "demolish", "restore", "add_green", "delete_green", "add_scheme", "duplicate_scheme", "rename_scheme", "delete_scheme"]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_do_undo_redo_restores_the_model_exactly(name):
    p = sample_project()
    cmd, ids = _cases(p)[name]
    stack = CommandStack(p)
    before = project_state(p)
    stack.push(cmd)
    after = project_state(p)
    assert after != before, f"{name} changed nothing"
    assert set(cmd.change.building_ids) == ids
    assert cmd.label
    stack.undo()
    assert project_state(p) == before
    stack.redo()
    assert project_state(p) == after
    stack.undo()
    assert project_state(p) == before


def test_move_shifts_footprint_by_exactly_the_distance():
    p = sample_project()
    t1 = p.scheme("towers").buildings["T1"]
    x0, y0, x1, y1 = t1.footprint.bounds
    CommandStack(p).push(MoveBuildings("towers", ["T1"], 7.5, -3.0))
    moved = p.scheme("towers").buildings["T1"]
    assert moved.footprint.bounds == pytest.approx((x0 + 7.5, y0 - 3.0, x1 + 7.5, y1 - 3.0))
    assert moved.height == t1.height and moved.use == t1.use


def test_rotating_a_slab_90_degrees_turns_it_about_its_centroid():
    p = sample_project()
    s1 = p.scheme("mid-rise-slabs").buildings["S1"]
    w, h = s1.footprint.bounds[2] - s1.footprint.bounds[0], s1.footprint.bounds[3] - s1.footprint.bounds[1]
    CommandStack(p).push(RotateBuildings("mid-rise-slabs", ["S1"], 90.0))
    r = p.scheme("mid-rise-slabs").buildings["S1"]
    b = r.footprint.bounds
    assert (b[2] - b[0], b[3] - b[1]) == pytest.approx((h, w))
    assert r.footprint.centroid.distance(s1.footprint.centroid) < 1e-9
    assert r.footprint.area == pytest.approx(s1.footprint.area)


def test_floors_and_height_stay_consistent():
    p = sample_project()
    st = CommandStack(p)
    st.push(SetFloors("towers", ["T1"], 20))
    assert p.scheme("towers").buildings["T1"].height == pytest.approx(60.0)
    st.push(SetHeight("towers", ["T1"], 16.5))
    t1 = p.scheme("towers").buildings["T1"]
    assert (t1.height, t1.floors) == (16.5, 5)


def test_a_detailed_mesh_moves_rotates_and_stretches_with_its_building():
    p = sample_project()
    mesh = extrude(box(60, 160, 80, 175), 10.0)
    st = CommandStack(p)
    st.push(AddBuilding("towers", Building("M1", None, 10.0, mesh=mesh)))
    st.push(MoveBuildings("towers", ["M1"], 5.0, 1.0))
    m = p.scheme("towers").buildings["M1"].mesh
    assert m.bounds[[0, 1, 3, 4]] == pytest.approx([65, 161, 85, 176])
    st.push(SetHeight("towers", ["M1"], 20.0))
    assert p.scheme("towers").buildings["M1"].mesh.bounds[5] == pytest.approx(20.0)
    st.push(RotateBuildings("towers", ["M1"], 90.0))
    b = p.scheme("towers").buildings["M1"].mesh.bounds
    assert (b[3] - b[0], b[4] - b[1]) == pytest.approx((15.0, 20.0))
    for _ in range(3):
        st.undo()
    assert p.scheme("towers").buildings["M1"].mesh is mesh


def test_duplicate_gives_fresh_ids_and_redo_reuses_them():
    p = sample_project()
    st = CommandStack(p)
    cmd = st.push(DuplicateBuildings("towers", ["T1", "T2"], 0.0, -40.0))
    assert cmd.new_ids == ["T1-2", "T2-2"]
    st.undo()
    st.redo()
    assert list(p.scheme("towers").buildings)[-2:] == ["T1-2", "T2-2"]
    assert p.scheme("towers").buildings["T1-2"].name == "Tower 1 (copy)"


def test_delete_then_undo_keeps_the_building_order():
    p = sample_project()
    order = list(p.scheme("mid-rise-slabs").buildings)
    st = CommandStack(p)
    st.push(DeleteBuildings("mid-rise-slabs", ["S2"]))
    assert "S2" not in p.scheme("mid-rise-slabs").buildings
    st.undo()
    assert list(p.scheme("mid-rise-slabs").buildings) == order


def test_bad_edits_are_refused_and_change_nothing():
    p = sample_project()
    st = CommandStack(p)
    before = project_state(p)
    with pytest.raises(InputError, match="no building"):
        st.push(MoveBuildings("towers", ["T1", "nope"], 1.0, 0.0))
    with pytest.raises(InputError, match="positive"):
        SetHeight("towers", ["T1"], -3.0)
    with pytest.raises(InputError, match="floors"):
        SetFloors("towers", ["T1"], 0)
    with pytest.raises(InputError, match="already used"):
        st.push(AddBuilding("towers", Building("T2", box(0, 0, 5, 5), 3.0)))
    with pytest.raises(InputError, match="context has no building"):
        st.push(DemolishContextBuilding("towers", ["NL.IMBAG.Pand.nope"]))
    with pytest.raises(InputError, match="already a scheme"):
        RenameScheme(p, "towers", "Perimeter block")
    with pytest.raises(InputError):
        SetFootprint("towers", "T1", box(0, 0, 0, 0))
    with pytest.raises(InputError):
        MoveBuildings("towers", ["T1"], math.nan, 0.0)
    assert project_state(p) == before
    assert len(st) == 0 and not st.can_undo


def test_scheme_ids_come_from_names_and_stay_unique():
    p = sample_project()
    st = CommandStack(p)
    a = st.push(AddScheme(p, "Mid-rise slabs 2"))
    b = st.push(DuplicateScheme(p, "towers"))
    assert a.scheme_id == "mid-rise-slabs-2"
    assert b.scheme.name == "Towers (copy)" and b.scheme_id == "towers-copy"
    assert [s.id for s in p.schemes][:2] == ["towers", "towers-copy"]
    dup = p.scheme("towers-copy")
    assert dup.buildings.keys() == p.scheme("towers").buildings.keys() and dup.demolish == p.scheme("towers").demolish
    dup.demolish.discard(KEPT_HOUSE)
    assert KEPT_HOUSE in p.scheme("towers").demolish  # a real copy, not shared
