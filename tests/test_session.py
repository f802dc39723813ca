"""The Session facade, driven the way the GUI does: open, pick a scheme, select, edit, undo, save, recover."""

from __future__ import annotations

import json
import os

import pytest
from projectkit import SAMPLE_CITY, cached_city_loader, sample_copy
from shapely.geometry import box

from plannerapp.errors import InputError
from plannerapp.session import Session

HOUSE = "NL.IMBAG.Pand.0503100000004247"


@pytest.fixture
def session(tmp_path):
    s = Session(city_loader=cached_city_loader)
    s.open(sample_copy(tmp_path))
    return s


def record(s, kind="changed"):
    events = []
    s.on(kind, events.append)
    return events


def test_opening_a_project_shows_its_first_scheme_built_on_the_context(session):
    assert session.active_scheme_id == "towers" and not session.dirty
    city = session.city_for_display()
    ids = set(city.ids())
    assert {"T1", "T2", "P1"} <= ids and HOUSE not in ids
    assert len(city) == 432 - 27 + 3
    session.set_active_scheme("status-quo")
    assert session.active_scheme is None and len(session.city_for_display()) == 432
    session.set_active_scheme("Mid-rise slabs")
    assert session.active_scheme_id == "mid-rise-slabs" and HOUSE in session.city_for_display().ids()


def test_an_edit_reports_exactly_the_changed_building_ids(session):
    events = record(session)
    session.select(["T1"])
    session.set_floors(20)
    kinds = [e.kind for e in events]
    assert kinds == ["selection", "buildings", "history", "dirty"]
    bev = events[1]
    assert bev.scheme_id == "towers" and bev.building_ids == {"T1"} and bev.label == "Set floors to 20"
    assert session.dirty and session.active_scheme.buildings["T1"].height == 60.0
    events.clear()
    session.undo()
    assert [e.kind for e in events] == ["buildings", "history", "dirty"] and not session.dirty
    assert session.active_scheme.buildings["T1"].height == 54.0


def test_selection_events_and_modes(session):
    events = record(session, "selection")
    session.select(["T1", "T2"])
    session.select(["T2"], "toggle")
    session.select(["P1"], "add")
    session.select(["T1"], "remove")
    session.select(["P1"], "add")  # no change, no event
    assert session.selection == {"P1"}
    assert [sorted(e.building_ids) for e in events] == [["T1", "T2"], ["T2"], ["P1"], ["T1"]]
    session.set_active_scheme("perimeter-block")
    assert session.selection == set()


def test_drawing_moving_and_deleting_a_building(session):
    events = record(session, "buildings")
    bid = session.add_building(box(60, 160, 80, 175), floors=4, use="public", name="School")
    assert bid == "B1" and session.selection == {"B1"}
    b = session.active_scheme.buildings["B1"]
    assert (b.height, b.floors, b.use) == (12.0, 4, "public")
    for _ in range(4):
        session.move_selection(1.0, 0.5, dragging=True)
    session.end_drag()
    assert session.active_scheme.buildings["B1"].footprint.bounds[:2] == pytest.approx((64.0, 162.0))
    assert session.stack.labels()[-1].startswith("Move") and len(session.stack) == 2
    new = session.duplicate_selection(0.0, -20.0)
    assert new == ["B1-2"] and session.selection == {"B1-2"}
    session.delete_selection()
    assert "B1-2" not in session.active_scheme.buildings and session.selection == set()
    assert [sorted(e.building_ids) for e in events] == [["B1"]] * 5 + [["B1-2"], ["B1-2"]]


def test_demolish_and_restore_report_the_context_ids(session):
    session.set_active_scheme("mid-rise-slabs")
    events = record(session, "buildings")
    session.select([HOUSE])
    session.demolish()
    assert HOUSE not in session.city_for_display().ids() and events[-1].building_ids == {HOUSE}
    session.restore([HOUSE])
    assert HOUSE in session.city_for_display().ids()


def test_scheme_management_switches_and_survives_undo(session):
    events = record(session, "schemes")
    sid = session.duplicate_scheme("towers", "Towers B")
    assert sid == "towers-b" and session.active_scheme_id == "towers-b"
    session.rename_scheme(sid, "Towers, variant B")
    assert session.project.scheme(sid).name == "Towers, variant B"
    session.delete_scheme(sid)
    assert session.active_scheme_id == "towers"  # the active scheme went away: first one shown
    session.undo()
    assert [s.id for s in session.project.schemes][:2] == ["towers", "towers-b"]
    assert len(events) == 4
    with pytest.raises(InputError, match="no scheme"):
        session.set_active_scheme("nope")
    with pytest.raises(InputError, match="no scheme"):
        session.diff("status-quo", "nope")
    assert [r.status for r in session.diff("status-quo", "Towers")].count("added") == 3


def test_save_writes_files_and_clears_dirty(session):
    session.select(["T2"])
    session.set_use("office")
    dirty_events = record(session, "dirty")
    session.save()
    assert not session.dirty and [e.kind for e in dirty_events] == ["dirty"]
    data = json.loads((session.project.root and open(os.path.join(session.project.root, "schemes/towers.geojson")).read()))
    t2 = [f for f in data["features"] if f["properties"].get("id") == "T2"][0]
    assert t2["properties"]["use"] == "office"


def test_save_as_moves_the_project_to_a_new_folder(session, tmp_path):
    session.save_as(tmp_path / "copy")
    assert session.path == str((tmp_path / "copy").resolve())
    assert (tmp_path / "copy" / "schemes" / "mid-rise-slabs.geojson").is_file()
    ctx = json.loads((tmp_path / "copy" / "project.json").read_text())["context"]
    assert (tmp_path / "copy" / ctx).resolve() == SAMPLE_CITY.resolve()


def test_autosave_and_recovery_after_a_crash(session):
    folder = session.path
    assert session.autosave() is None  # nothing to save
    session.select(["T1"])
    session.set_height(45.0)
    session.set_active_scheme("perimeter-block")
    snap = session.autosave()
    assert snap is not None and snap.name == "recovery.json" and ".autosave" in str(snap)
    # the program dies here; a new session finds the autosave
    s2 = Session(city_loader=cached_city_loader)
    assert s2.recovery_available(folder)
    s2.recover(folder)
    assert s2.project.scheme("towers").buildings["T1"].height == 45.0
    assert s2.active_scheme_id == "perimeter-block" and s2.dirty
    s2.save()
    assert not s2.recovery_available(folder) and not s2.recovery_available()
    s3 = Session(city_loader=cached_city_loader)
    s3.open(folder)
    assert s3.project.scheme("towers").buildings["T1"].height == 45.0


def test_an_old_autosave_is_not_offered_after_a_later_save(session):
    session.select(["T1"])
    session.set_floors(10)
    session.autosave()
    assert session.recovery_available()
    session.save()
    assert not session.recovery_available()


def test_new_project_from_a_context_file_and_a_bare_city(tmp_path):
    s = Session(city_loader=cached_city_loader)
    s.open(SAMPLE_CITY)
    assert s.project.root == "" and s.active_scheme is None and not s.dirty
    assert len(s.city_for_display()) == 432 and s.project.crs == "EPSG:7415"
    s.add_building(box(0, 0, 10, 10), height_m=9.0)  # drawing on the status quo starts "Scheme 1"
    assert s.active_scheme.name == "Scheme 1" and s.dirty
    assert s.autosave() is not None  # untitled: recovery goes to the config folder
    with pytest.raises(InputError, match="no folder yet"):
        s.save()
    s.save_as(tmp_path / "new")
    assert not s.dirty and (tmp_path / "new" / "schemes" / "scheme-1.geojson").is_file()
    s2 = Session(city_loader=cached_city_loader)
    p = s2.new_project(SAMPLE_CITY, tmp_path / "fresh", name="Fresh")
    assert p.name == "Fresh" and (tmp_path / "fresh" / "project.json").is_file() and not s2.dirty


def test_editing_the_status_quo_or_nothing_is_refused(session):
    session.set_active_scheme(None)
    with pytest.raises(InputError, match="choose or add a scheme"):
        session.set_floors(3)
    with pytest.raises(InputError, match="select one or more new buildings"):
        session.set_active_scheme("towers") or session.move_selection(1, 1)
    assert Session().undo() is None
