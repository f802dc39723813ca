"""A planner manages schemes in the Schemes dock, saves and reopens, recovers after a crash,
compares schemes in the diff dock and opens a damaged project."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from editing_kit import (DialogAnswer, changed_fraction, copy_sample, open_project_window, picture,
                         reopen_answering_recovery)
from plannerapp.io.recovery import AUTOSAVE_DIR, RECOVERY_FILE
from plannerapp.session import Session


@pytest.fixture
def folder(tmp_path):
    return copy_sample(tmp_path / "proj")


def _click_row(qtbot, lst, text):
    item = lst.findItems(text, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center())


def _type_in_editor(qtbot, text):
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "the scheme name is being edited in place"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the view commits on the next loop turn, then hides the editor and deletes it later
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible(), timeout=3000)
    qtbot.wait(20)


def _shown_ids(w):
    return set(w.viewport.view.layer.mesh.ids)


def test_add_rename_switch_duplicate_delete_schemes_then_save_and_reopen(qtbot, make_window, folder):
    w = open_project_window(qtbot, make_window, folder)
    s, dock = w.session, w.project.schemes
    ctx = s.project.context
    assert dock.names() == ["Status quo", "Towers", "Perimeter block", "Mid-rise slabs"]
    towers = s.project.scheme("towers")
    assert _shown_ids(w) == set(towers.built_city(ctx).ids())

    # Add: a new empty scheme, named in place
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    _type_in_editor(qtbot, "Courtyards")
    assert dock.names()[-1] == "Courtyards"
    assert s.active_scheme.name == "Courtyards" and not s.active_scheme.buildings
    assert _shown_ids(w) == set(ctx.ids())              # an empty scheme shows the status quo
    assert "Courtyards" in w.windowTitle()

    # Switch by clicking a row; the view shows that scheme's built city
    _click_row(qtbot, dock.list, "Perimeter block")
    assert s.active_scheme_id == "perimeter-block"
    assert _shown_ids(w) == set(s.project.scheme("perimeter-block").built_city(ctx).ids())
    _click_row(qtbot, dock.list, "Status quo")
    assert s.active_scheme is None and _shown_ids(w) == set(ctx.ids())
    assert not dock.delete_button.isEnabled()
    _click_row(qtbot, dock.list, "Towers")

    # Duplicate, then Rename the copy
    qtbot.mouseClick(dock.duplicate_button, Qt.MouseButton.LeftButton)
    _type_in_editor(qtbot, "Towers B")
    copy = s.active_scheme
    assert copy.name == "Towers B" and copy.id != "towers"
    assert set(copy.buildings) == set(towers.buildings) and copy.demolish == towers.demolish
    assert dock.names()[1:3] == ["Towers", "Towers B"]
    qtbot.mouseClick(dock.rename_button, Qt.MouseButton.LeftButton)
    _type_in_editor(qtbot, "Towers, lower")
    assert s.active_scheme.name == "Towers, lower"

    # Delete it; Undo brings it back
    qtbot.mouseClick(dock.delete_button, Qt.MouseButton.LeftButton)
    assert "Towers, lower" not in dock.names()
    w.project.edit.undo.trigger()
    assert "Towers, lower" in dock.names()
    assert w.project.history.labels()[-1].startswith("Delete scheme")

    # Save (Ctrl+S) and reopen: everything is kept
    assert w.isWindowModified()
    w.project.save_action.trigger()
    assert not w.isWindowModified() and not s.dirty
    assert (folder / "project.json.bak").exists() or list(folder.glob("*.bak"))
    again = Session()
    again.open(folder)
    assert [x.name for x in again.project.schemes] == ["Towers", "Towers, lower", "Perimeter block",
                                                         "Mid-rise slabs", "Courtyards"]
    low = again.project.scheme("Towers, lower")
    assert set(low.buildings) == set(towers.buildings) and low.demolish == towers.demolish
    assert w.project.open_project(folder)
    assert dock.names() == ["Status quo", "Towers", "Towers, lower", "Perimeter block", "Mid-rise slabs",
                            "Courtyards"]


def test_a_scheme_name_already_taken_is_refused_with_a_note_in_the_status_bar(qtbot, make_window, folder):
    w = open_project_window(qtbot, make_window, folder)
    s, dock = w.session, w.project.schemes
    _click_row(qtbot, dock.list, "Towers")
    qtbot.mouseClick(dock.rename_button, Qt.MouseButton.LeftButton)
    _type_in_editor(qtbot, "perimeter BLOCK")
    assert s.project.scheme("towers").name == "Towers"
    assert dock.names() == ["Status quo", "Towers", "Perimeter block", "Mid-rise slabs"]
    assert w.status.currentMessage() == "there is already a scheme called perimeter BLOCK"
    assert s.stack.labels() == []


def test_recovery_is_offered_after_a_crash(qtbot, make_window, folder):
    w = open_project_window(qtbot, make_window, folder)
    ctl = w.project
    assert ctl.autosave_timer.isActive()
    assert ctl.autosave_timer.interval() == int(w.settings.autosave_minutes * 60_000)
    w.session.select(["T1"])
    w.session.move_selection(12.0, -3.0)
    moved = w.session.active_scheme.buildings["T1"].footprint
    assert ctl.autosave() is not None                  # what the timer does every few minutes
    assert (folder / AUTOSAVE_DIR / RECOVERY_FILE).is_file()
    w.close()                                          # "crash": the edit was never saved

    w2, answer = reopen_answering_recovery(make_window, folder, "recoverButton")
    assert "closed before the last changes" in answer.seen[0]
    t1 = w2.session.project.scheme("towers").buildings["T1"]
    assert t1.footprint.equals_exact(moved, 1e-9)
    assert w2.session.dirty and w2.isWindowModified()
    assert w2.viewport.view.layer.mesh.bounds_of(["T1"])[0] == pytest.approx(moved.bounds[0])

    # declining opens the saved version and drops the autosave
    w2.project.autosave()
    w2.close()
    w3, _ = reopen_answering_recovery(make_window, folder, "discardButton")
    assert not w3.session.project.scheme("towers").buildings["T1"].footprint.equals_exact(moved, 1e-9)
    assert not (folder / AUTOSAVE_DIR).exists() and not w3.session.dirty


def _expected_diff(project, a_id, b_id):
    """Statuses by set logic on the two schemes (independent of plannerapp.model.diff)."""
    ctx = set(project.context.ids())
    a, b = project.scheme(a_id), project.scheme(b_id)
    built_a = (ctx - a.demolish) | set(a.buildings)
    built_b = (ctx - b.demolish) | set(b.buildings)
    out = {i: "removed" for i in built_a - built_b}
    out.update({i: "added" for i in built_b - built_a})
    for i in set(a.buildings) & set(b.buildings):
        x, y = a.buildings[i], b.buildings[i]
        if (x.height, x.use, x.floors, x.footprint.wkb) != (y.height, y.use, y.floors, y.footprint.wkb):
            out[i] = "changed"
    return out


def test_diff_dock_lists_and_colours_two_sample_schemes(qtbot, make_window, folder):
    w = open_project_window(qtbot, make_window, folder)
    ctl = w.project
    ctl.diff_dock.show()
    ctl.diff_dock.raise_()
    panel = ctl.diff
    panel.b.setCurrentIndex(panel.b.findData("perimeter-block"))     # B = shown scheme
    assert w.session.active_scheme_id == "perimeter-block"
    panel.a.setCurrentIndex(panel.a.findData("towers"))
    expected = _expected_diff(w.session.project, "towers", "perimeter-block")
    rows = {panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole): panel.table.item(r, 0).text()
            for r in range(panel.table.rowCount())}
    assert rows == expected
    assert "added" in rows.values() and "removed" in rows.values()
    n_add = sum(v == "added" for v in expected.values())
    n_rem = sum(v == "removed" for v in expected.values())
    assert panel.summary.text().startswith(f"{n_add} added, {n_rem} removed")

    before = picture(w)
    panel.colour.setChecked(True)
    assert panel.overlay.counts["added"] == n_add and panel.overlay.counts["removed"] == n_rem
    assert "scheme-diff-added" in w.viewport.plotter.actors and "scheme-diff-removed" in w.viewport.plotter.actors
    assert w.viewport.view.layer.colour_key == "none"
    coloured = picture(w)
    assert changed_fraction(before, coloured) > 0.01
    # an edit updates the diff at once: move a building of the shown scheme -> "changed"
    bid = next(iter(w.session.active_scheme.buildings))
    w.session.select([bid])
    w.session.move_selection(4.0, 0.0)
    assert panel.status_of(bid) in ("changed", "added")
    panel.a.setCurrentIndex(panel.a.findData("perimeter-block"))
    assert panel.table.rowCount() == 0 or set(panel.records[i].building_id for i in range(len(panel.records))) == {bid}
    panel.colour.setChecked(False)
    assert w.viewport.view.layer.colour_key == "height" and not panel.overlay.visible


def test_a_damaged_project_lists_its_problems_and_loads_what_is_valid(qtbot, make_window, folder):
    (folder / "schemes" / "towers.geojson").write_text("{ not json", encoding="utf-8")
    w = make_window()
    w.project.confirm_close = False
    with DialogAnswer("projectProblemsDialog", "loadValidButton") as answer:
        assert w.project.open_project(folder)
    assert "towers.geojson" in " ".join(answer.seen)
    names = [x.name for x in w.session.project.schemes]
    assert "Perimeter block" in names and "Towers" not in names
    assert w.project.schemes.names()[0] == "Status quo"

    # cancelling leaves nothing open; a project.json that is not JSON has nothing valid: a plain error dialog
    (folder / "project.json").write_text("[1, 2", encoding="utf-8")
    w2 = make_window()
    with DialogAnswer("inputErrorDialog", standard=QMessageBox.StandardButton.Ok) as answer:
        assert not w2.project.open_project(folder)
    assert "project.json" in " ".join(answer.seen)
    assert w2.session.project is None


def test_new_project_from_a_context_file(qtbot, make_window, tmp_path):
    from plannerapp.paths import sample_city_path

    w = make_window()
    w.project.confirm_close = False
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    assert w.project.new_project(sample_city_path(), tmp_path / "fresh")
    s = w.session
    assert s.project.schemes == [] and (tmp_path / "fresh" / "project.json").is_file()
    assert w.project.schemes.names() == ["Status quo"]
    assert len(w.viewport.view.layer.city.buildings) == len(s.project.context.buildings)
    qtbot.mouseClick(w.project.schemes.add_button, Qt.MouseButton.LeftButton)
    _type_in_editor(qtbot, "First idea")
    w.project.save_action.trigger()
    data = json.loads((tmp_path / "fresh" / "project.json").read_text(encoding="utf-8"))
    assert len(data["schemes"]) == 1 and not s.dirty


def test_an_untitled_city_is_editable_and_its_autosave_is_offered_again(qtbot, make_window, loader):
    from plannerapp.paths import sample_city_path

    w = make_window()
    w.project.confirm_close = False
    loader(qtbot, w, sample_city_path())
    s = w.session
    assert s.project is not None and s.project.root == "" and s.active_scheme is None
    assert w.viewport.view.layer.city is s.project.context          # adopted, not loaded twice
    sid = s.add_scheme("Sketch")
    victim = s.project.context.ids()[0]
    s.demolish([victim])
    assert victim not in w.viewport.view.layer.mesh.ids
    assert w.project.autosave() is not None
    w.close()

    w2 = make_window()
    w2.project.confirm_close = False
    with DialogAnswer("recoveryDialog", "recoverButton"):
        loader(qtbot, w2, sample_city_path())
    sc = w2.session.project.scheme(sid)
    assert victim in sc.demolish and w2.session.dirty
    assert w2.session.active_scheme_id == sid
    assert victim not in w2.viewport.view.layer.mesh.ids           # the view shows the recovered scheme
    assert w2.project.schemes.names() == ["Status quo", "Sketch"]


def test_opening_a_project_file_loads_its_city_in_the_background(qtbot, make_window, folder):
    w = make_window()
    w.project.confirm_close = False
    with qtbot.waitSignal(w.project.projectOpened, timeout=120_000) as opened, \
            qtbot.waitSignal(w.fileLoaded, timeout=120_000):
        assert w.open_file(str(folder / "project.json"))      # File > Open, recent files, drag and drop
        assert w.project.project_loader.is_busy()
    assert opened.args == [str(folder)]
    assert not w.project.project_loader.is_busy() and not w.project.project_loader.cities
    assert [x.id for x in w.session.project.schemes] == ["towers", "perimeter-block", "mid-rise-slabs"]
    assert w.viewport.view.layer.mesh.n_buildings == len(w.session.city_for_display().buildings)
    assert w.settings.recent_files[0].endswith("project.json")
