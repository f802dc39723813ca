"""Selecting, transforming, demolishing and drawing with snapping, as a planner does in the 3D view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from editing_kit import DialogAnswer, copy_sample, frame_top, open_project_window, qt_pos, send_move
from plannerapp.scene.picking import building_centroid_top


@pytest.fixture
def window(qtbot, make_window, tmp_path):
    w = open_project_window(qtbot, make_window, copy_sample(tmp_path / "proj"))
    frame_top(w, (100.0, 200.0), half_width_m=90.0)
    qtbot.wait(30)
    return w


def _roof(w, bid):
    return qt_pos(w, building_centroid_top(w.viewport.view.layer, bid))


def test_click_shift_click_box_select_and_clear(qtbot, window):
    w, s = window, window.session
    it = w.viewport.interactor
    qtbot.mouseClick(it, Qt.MouseButton.LeftButton, pos=_roof(w, "T1"))
    assert s.selection == {"T1"} and w.selected_ids() == ["T1"]
    assert w.project.properties.name.text() == "Tower 1"
    qtbot.mouseClick(it, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, _roof(w, "T2"))
    assert s.selection == {"T1", "T2"} and sorted(w.selected_ids()) == ["T1", "T2"]
    assert "2 new buildings" in w.project.properties.header.text()
    qtbot.mouseClick(it, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, _roof(w, "T1"))
    assert s.selection == {"T2"}
    # Ctrl+drag a box around both towers (local 40..160 x 190..260)
    a, b = qt_pos(w, (40.0, 262.0)), qt_pos(w, (160.0, 190.0))
    qtbot.mousePress(it, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, a)
    send_move(it, b, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(it, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, b)
    assert {"T1", "T2"} <= s.selection
    assert "P1" not in s.selection                        # the pavilion (y 150..162) is outside
    lay = w.viewport.view.layer.mesh
    for bid in s.selection:
        bb = lay.bounds_of([bid])
        assert 40 <= (bb[0] + bb[1]) / 2 <= 160 and 190 <= (bb[2] + bb[3]) / 2 <= 262
    # a click on empty ground clears
    qtbot.mouseClick(it, Qt.MouseButton.LeftButton, pos=qt_pos(w, (100.0, 185.0)))
    assert s.selection == frozenset() and w.selected_ids() == []


def test_delete_duplicate_move_and_rotate_by_typed_values(qtbot, window):
    w, s = window, window.session
    e = w.project.edit
    s.select(["T1"])
    t1 = s.active_scheme.buildings["T1"]
    e.duplicate.trigger()
    (copy_id,) = s.selection
    copy = s.active_scheme.buildings[copy_id]
    assert copy_id != "T1" and copy.name == "Tower 1 (copy)"
    assert copy.footprint.bounds == pytest.approx((135.0, 191.0, 159.0, 215.0))
    assert w.viewport.view.layer.mesh.bounds_of([copy_id])[:4] == pytest.approx([135, 159, 191, 215])

    def fill_move(d):
        d.dx.setValue(-20.0)
        d.dy.setValue(7.5)

    with DialogAnswer("moveDialog", fill=fill_move):
        e.move.trigger()
    moved = s.active_scheme.buildings[copy_id]
    assert moved.footprint.bounds == pytest.approx((115.0, 198.5, 139.0, 222.5))

    def fill_rotate(d):
        d.angle.setValue(45.0)

    with DialogAnswer("rotateDialog", fill=fill_rotate):
        e.rotate.trigger()
    rot = s.active_scheme.buildings[copy_id]
    assert rot.footprint.area == pytest.approx(moved.footprint.area)
    assert rot.footprint.centroid.distance(moved.footprint.centroid) < 1e-9
    half_diag = 12.0 * 2 ** 0.5
    assert rot.footprint.bounds[2] - rot.footprint.bounds[0] == pytest.approx(2 * half_diag)
    assert w.viewport.view.layer.mesh.bounds_of([copy_id])[1] - \
        w.viewport.view.layer.mesh.bounds_of([copy_id])[0] == pytest.approx(2 * half_diag)

    n_before = w.viewport.view.layer.mesh.n_buildings
    w.viewport.interactor.setFocus()
    qtbot.keyClick(w.viewport.interactor, Qt.Key.Key_Delete)
    assert copy_id not in s.active_scheme.buildings and "T1" in s.active_scheme.buildings
    assert w.viewport.view.layer.mesh.n_buildings == n_before - 1
    assert s.active_scheme.buildings["T1"] is t1
    assert w.project.history.labels()[1:] == ["Duplicate 1 building(s)", "Move 1 building(s)",
                                              "Rotate 1 building(s)", "Delete 1 building(s)"]


def test_demolish_a_status_quo_building_and_restore_it(qtbot, window):
    w, s = window, window.session
    ctx = s.project.context
    standing = [b for b in ctx.buildings if b.id not in s.active_scheme.demolish]
    target = min(standing, key=lambda b: b.footprint2d.centroid.distance(s.active_scheme.buildings["T1"].footprint.centroid))
    frame_top(w, (target.footprint2d.centroid.x, target.footprint2d.centroid.y), half_width_m=40.0)
    qtbot.mouseClick(w.viewport.interactor, Qt.MouseButton.LeftButton, pos=_roof(w, target.id))
    assert s.selection == {target.id}
    assert w.project.properties.demolish_button.isVisible()
    assert "read-only" in w.project.properties.header.text()
    w.project.edit.demolish.trigger()
    assert target.id in s.active_scheme.demolish
    assert target.id not in w.viewport.view.layer.mesh.ids
    assert w.project.edit.restore.isEnabled()

    def choose(d):
        d.setTextValue(target.id)

    with DialogAnswer("QInputDialog", fill=choose):
        w.project.edit.restore.trigger()
    assert target.id not in s.active_scheme.demolish
    assert target.id in w.viewport.view.layer.mesh.ids
    assert w.viewport.view.layer.mesh.bounds_of([target.id]) == pytest.approx(
        [*target.geometry.bounds[[0, 3, 1, 4, 2, 5]]])


def test_drawing_snaps_to_a_tower_corner_and_backspace_and_escape_work(qtbot, window):
    w, s = window, window.session
    it = w.viewport.interactor
    e = w.project.edit
    frame_top(w, (150.0, 190.0), half_width_m=40.0)
    e.draw_tool.trigger()
    draw = e.tools["draw"]
    # 3 pixels off T1's south-east corner (154, 196): snaps onto the vertex
    corner = qt_pos(w, (154.0, 196.0))
    near = corner + QPoint(3, -2)
    send_move(it, near)
    assert draw.last_snap == "vertex"
    qtbot.mouseClick(it, Qt.MouseButton.LeftButton, pos=near)
    assert draw.points == [(154.0, 196.0)]
    for p in [(170.3, 196.2), (170.0, 180.0), (160.0, 170.0)]:
        qtbot.mouseClick(it, Qt.MouseButton.LeftButton, pos=qt_pos(w, p))
    assert draw.points[1] == (170.0, 196.0)              # grid: 1 m
    assert len(draw.points) == 4
    qtbot.keyClick(it, Qt.Key.Key_Backspace)
    assert len(draw.points) == 3
    qtbot.keyClick(it, Qt.Key.Key_Escape)               # drops the outline, stays in the tool
    assert draw.points == [] and e.tool is draw and s.stack.index == 0
    qtbot.keyClick(it, Qt.Key.Key_Escape)               # leaves the tool
    assert e.tool.name == "select"
    # clicking the first point again closes the outline
    e.draw_tool.trigger()
    pts = [(160.0, 170.0), (175.0, 170.0), (175.0, 185.0)]
    for p in pts + [pts[0]]:
        qtbot.mouseClick(it, Qt.MouseButton.LeftButton, pos=qt_pos(w, p))
    (bid,) = s.selection
    b = s.active_scheme.buildings[bid]
    assert b.footprint.area == pytest.approx(0.5 * 15 * 15)
    assert e.tool.name == "select"


def test_alt_drag_rotates_the_selection_about_its_centroid(qtbot, window):
    import math

    w, s = window, window.session
    it = w.viewport.interactor
    s.select(["T1"])
    before = s.active_scheme.buildings["T1"].footprint
    cx, cy = before.centroid.x, before.centroid.y
    frame_top(w, (cx, cy), half_width_m=40.0)
    r = 8.0
    qtbot.mousePress(it, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.AltModifier,
                     qt_pos(w, (cx + r, cy, 54.0)))
    for k in range(1, 10):
        a = math.radians(10 * k)
        send_move(it, qt_pos(w, (cx + r * math.cos(a), cy + r * math.sin(a), 0.0)), Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(it, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.AltModifier, qt_pos(w, (cx, cy + r, 0.0)))
    after = s.active_scheme.buildings["T1"].footprint
    assert s.stack.labels() == ["Rotate 1 building(s)"]          # one undo step for the whole drag
    assert after.centroid.distance(before.centroid) < 1e-6
    # a square turned by 90 degrees covers itself again; the first corner went a quarter turn
    assert after.symmetric_difference(before).area < 0.02 * before.area   # within a degree or so
    v0 = (before.exterior.coords[0][0] - cx, before.exterior.coords[0][1] - cy)
    v1 = (after.exterior.coords[0][0] - cx, after.exterior.coords[0][1] - cy)
    turned = math.degrees(math.atan2(v0[0] * v1[1] - v0[1] * v1[0], v0[0] * v1[0] + v0[1] * v1[1]))
    assert turned == pytest.approx(90.0, abs=2.0)
    assert w.viewport.view.layer.mesh.bounds_of(["T1"])[:4] == pytest.approx(
        [after.bounds[0], after.bounds[2], after.bounds[1], after.bounds[3]])


def test_right_click_opens_the_edit_menu_for_the_building_under_the_cursor(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    w, s = window, window.session
    it = w.viewport.interactor
    seen = []

    def close_menu():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(50, close_menu)
            return
        seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
        menu.close()

    QTimer.singleShot(50, close_menu)
    qtbot.mouseClick(it, Qt.MouseButton.RightButton, pos=_roof(w, "T2"))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert s.selection == {"T2"}                         # the clicked building became the selection
    assert {"R&otate\u2026", "D&uplicate", "&Delete", "&Move by\u2026"} <= set(seen)
    assert "De&molish in scheme" not in seen              # T2 is new in the scheme, not status quo
    standing = next(b for b in s.project.context.ids() if b not in s.active_scheme.demolish)
    s.select([standing])
    texts = [a.text() for a in w.project.edit.context_menu(None, exec_menu=False).actions() if not a.isSeparator()]
    assert "De&molish in scheme" in texts and "&Delete" not in texts
