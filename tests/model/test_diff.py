"""Scheme diff records: what a scheme adds, removes and changes, against the status quo or another scheme."""

from __future__ import annotations

import pytest
from projectkit import sample_project

from plannerapp.commands import CommandStack, DuplicateScheme, MoveBuildings, RenameBuilding, SetFloors, SetUse
from plannerapp.model.diff import diff_schemes, diff_summary

KEPT = {"NL.IMBAG.Pand.0503100000004247", "NL.IMBAG.Pand.0503100000018148",
        "NL.IMBAG.Pand.0503100000018147", "NL.IMBAG.Pand.0503100000018149"}


def test_towers_against_the_status_quo_demolish_27_and_add_3():
    p = sample_project()
    recs = diff_schemes(p.context, None, p.scheme("towers"))
    removed = [r for r in recs if r.status == "removed"]
    added = [r for r in recs if r.status == "added"]
    assert len(removed) == 27 and all(r.from_context for r in removed)
    assert [r.building_id for r in added] == ["T1", "T2", "P1"] and not any(r.from_context for r in added)
    t1 = added[0]
    assert (t1.height_after, t1.floors_after, t1.use_after, t1.area_after_m2) == (54.0, 18, "residential", 576.0)
    assert t1.height_before is None
    s = diff_summary(recs)
    assert (s["added"], s["removed"], s["changed"]) == (3, 27, 0)
    assert s["net_footprint_m2"] == pytest.approx(576 + 576 + 360 - sum(r.area_before_m2 for r in removed))


def test_between_two_schemes_kept_houses_come_back_and_new_buildings_swap():
    p = sample_project()
    recs = diff_schemes(p.context, p.scheme("towers"), p.scheme("mid-rise-slabs"))
    by = {r.building_id: r for r in recs}
    assert {i for i, r in by.items() if r.status == "removed"} == {"T1", "T2", "P1"}
    assert {i for i, r in by.items() if r.status == "added"} == {"S1", "S2", "S3", "S4"} | KEPT
    assert all(by[i].from_context for i in KEPT)
    assert diff_schemes(p.context, p.scheme("towers"), p.scheme("towers")) == []


def test_edits_in_a_duplicated_scheme_show_as_changes():
    p = sample_project()
    st = CommandStack(p)
    dup = st.push(DuplicateScheme(p, "towers", "Towers B")).scheme_id
    st.push(MoveBuildings(dup, ["T1"], 3.0, 4.0))
    st.push(SetFloors(dup, ["T2"], 15))
    st.push(SetUse(dup, ["P1"], "public"))
    st.push(RenameBuilding(dup, "P1", "Library"))
    recs = diff_schemes(p.context, p.scheme("towers"), p.scheme(dup))
    assert [(r.building_id, r.status, r.changes) for r in recs] == [
        ("T1", "changed", ("footprint",)), ("T2", "changed", ("height", "floors")), ("P1", "changed", ("use", "name"))]
    assert recs[0].moved_m == pytest.approx(5.0)
    assert (recs[1].height_before, recs[1].height_after) == (42.0, 45.0)
    assert (recs[2].use_before, recs[2].use_after, recs[2].name) == ("retail", "public", "Library")
    assert recs[0].to_dict()["changes"] == ["footprint"]


def test_moves_below_the_tolerance_are_not_changes():
    p = sample_project()
    st = CommandStack(p)
    dup = st.push(DuplicateScheme(p, "towers")).scheme_id
    st.push(MoveBuildings(dup, ["T1"], 0.004, 0.0))
    assert diff_schemes(p.context, p.scheme("towers"), p.scheme(dup)) == []
    assert len(diff_schemes(p.context, p.scheme("towers"), p.scheme(dup), tolerance_m=0.001)) == 1
