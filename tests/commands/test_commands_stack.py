"""The undo stack: history, clean (saved) state, listeners, drag merging, limits."""

from __future__ import annotations

import pytest
from projectkit import project_state, sample_project

from plannerapp.commands import CommandStack, MoveBuildings, SetFloors, SetUse


def test_clean_state_follows_save_undo_and_redo():
    p = sample_project()
    st = CommandStack(p)
    assert st.is_clean
    st.push(SetFloors("towers", ["T1"], 12))
    assert not st.is_clean and st.undo_label == "Set floors to 12"
    st.mark_clean()
    st.push(SetUse("towers", ["T1"], "office"))
    assert not st.is_clean
    st.undo()
    assert st.is_clean and st.redo_label == "Set use to office"
    st.undo()
    assert not st.is_clean
    st.redo()
    assert st.is_clean


def test_a_saved_state_that_was_undone_and_overwritten_is_never_clean_again():
    p = sample_project()
    st = CommandStack(p)
    st.push(SetFloors("towers", ["T1"], 12))
    st.mark_clean()
    st.undo()
    st.push(SetFloors("towers", ["T1"], 13))
    assert not st.is_clean
    st.undo()
    assert not st.is_clean and st.can_redo


def test_listeners_hear_every_change_with_the_ids():
    p = sample_project()
    st = CommandStack(p)
    events = []
    st.add_listener(lambda ev: events.append((ev.kind, ev.change.scheme_id, sorted(ev.change.building_ids))))
    st.push(MoveBuildings("towers", ["T2", "T1"], 1.0, 0.0))
    st.undo()
    st.redo()
    st.mark_clean()
    assert events == [("do", "towers", ["T1", "T2"]), ("undo", "towers", ["T1", "T2"]),
                      ("redo", "towers", ["T1", "T2"]), ("clean", None, [])]


def test_a_drag_is_one_undo_step():
    p = sample_project()
    before = project_state(p)
    x0 = p.scheme("towers").buildings["T1"].footprint.bounds[0]
    st = CommandStack(p)
    for _ in range(10):
        st.push(MoveBuildings("towers", ["T1"], 0.5, 0.25), merge=True)
    st.end_merge()
    st.push(MoveBuildings("towers", ["T1"], 1.0, 0.0), merge=True)
    assert len(st) == 2
    assert p.scheme("towers").buildings["T1"].footprint.bounds[0] == pytest.approx(x0 + 6.0)
    st.undo()
    assert p.scheme("towers").buildings["T1"].footprint.bounds[0] == pytest.approx(x0 + 5.0)
    st.undo()
    assert project_state(p) == before
    st.redo()
    assert p.scheme("towers").buildings["T1"].footprint.bounds[0] == pytest.approx(x0 + 5.0)


def test_history_is_bounded():
    p = sample_project()
    st = CommandStack(p, limit=5)
    for n in range(1, 9):
        st.push(SetFloors("towers", ["T1"], n))
    assert len(st) == 5 and st.labels()[0] == "Set floors to 4"
    while st.can_undo:
        st.undo()
    assert p.scheme("towers").buildings["T1"].floors == 3


def test_a_batch_is_one_step_and_rolls_back_when_a_part_fails():
    from shapely.geometry import box

    from plannerapp.commands import AddBuilding, AddScheme, Batch
    from plannerapp.errors import InputError
    from plannerapp.model import Building

    p = sample_project()
    before = project_state(p)
    st = CommandStack(p)
    add = AddScheme(p, "Submission")
    st.push(Batch("Import", [add, AddBuilding(add.scheme_id, Building("X1", box(0, 0, 9, 9), 6.0)),
                             AddBuilding(add.scheme_id, Building("X2", box(20, 0, 29, 9), 6.0))]))
    assert len(st) == 1 and list(p.scheme("submission").buildings) == ["X1", "X2"]
    st.undo()
    assert project_state(p) == before
    add2 = AddScheme(p, "Broken")
    with pytest.raises(InputError, match="already used"):
        st.push(Batch("Import", [add2, AddBuilding(add2.scheme_id, Building("Y", box(0, 0, 9, 9), 6.0)),
                                 AddBuilding(add2.scheme_id, Building("Y", box(0, 0, 9, 9), 6.0))]))
    assert project_state(p) == before and len(st) == 1
