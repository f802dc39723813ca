"""A planner draws a building in a scheme, moves it, changes its floors, undoes and redoes it all."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from editing_kit import (changed_fraction, copy_sample, empty_spot, frame_top, open_project_window, picture, qt_pos,
                         send_move)


@pytest.fixture
def window(qtbot, make_window, tmp_path):
    folder = copy_sample(tmp_path / "proj")
    return open_project_window(qtbot, make_window, folder)


def _state(w, bid, centre):
    """(model building or None, layer cells, layer bounds of bid or None, oblique picture of the site)."""
    s = w.session
    b = s.active_scheme.buildings.get(bid) if bid else None
    layer = w.viewport.view.layer
    return b, layer.mesh.n_triangles, layer.mesh.bounds_of([bid]) if bid else None, picture(w, centre)


def test_draw_move_set_floors_then_undo_and_redo_all(qtbot, window):
    w = window
    s = w.session
    vp = w.viewport
    it = vp.interactor
    assert s.active_scheme.id == "towers"
    x0, y0 = empty_spot(s.city_for_display())
    corners = [(x0, y0), (x0 + 20, y0), (x0 + 20, y0 + 20), (x0, y0 + 20)]
    frame_top(w, (x0 + 10 + 5, y0 + 10))
    qtbot.wait(50)
    before_ids = set(s.active_scheme.buildings)
    cells0 = vp.view.layer.mesh.n_triangles
    site = (x0 + 15, y0 + 10)
    pic0 = picture(w, site)

    # draw: B, four clicks on the ground (the rubber band follows), Enter
    w.project.edit.draw_tool.trigger()
    assert w.project.edit.tool.name == "draw"
    for c in corners:
        pos = qt_pos(w, c)
        send_move(it, pos)
        qtbot.mouseClick(it, Qt.MouseButton.LeftButton, pos=pos)
    assert "draft-path" in vp.plotter.actors and "draft-fill" in vp.plotter.actors
    assert len(w.project.edit.tools["draw"].points) == 4
    qtbot.keyClick(it, Qt.Key.Key_Return)
    assert w.project.edit.tool.name == "select"
    assert "draft-path" not in vp.plotter.actors
    (bid,) = set(s.active_scheme.buildings) - before_ids
    b1, cells1, bounds1, pic1 = _state(w, bid, site)
    # snapped to the 1 m grid: exactly the square we meant
    assert b1.footprint.area == pytest.approx(400.0)
    assert b1.footprint.bounds == pytest.approx((x0, y0, x0 + 20, y0 + 20))
    assert (b1.floors, b1.height, b1.use) == (6, 18.0, "residential")
    assert s.selection == {bid}
    assert cells1 == cells0 + b1.geometry.n_faces > cells0
    assert bounds1 == pytest.approx([x0, x0 + 20, y0, y0 + 20, 0.0, 18.0])
    assert changed_fraction(pic0, pic1) > 0.02
    assert w.project.properties.floors.value() == 6

    # move: drag the selected building 10 m east on the ground (one undo step however many mouse moves)
    start = qt_pos(w, (x0 + 10, y0 + 10, 18.0))
    qtbot.mousePress(it, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        send_move(it, qt_pos(w, (x0 + 10 + 2 * k, y0 + 10, 0.0)), Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(it, Qt.MouseButton.LeftButton, pos=qt_pos(w, (x0 + 20, y0 + 10, 0.0)))
    assert s.stack.labels()[-1] == "Move 1 building(s)" and len(s.stack) == 2
    b2, cells2, bounds2, pic2 = _state(w, bid, site)
    dx = b2.footprint.centroid.x - b1.footprint.centroid.x
    assert dx == pytest.approx(10.0, abs=0.3)
    assert b2.footprint.centroid.y == pytest.approx(b1.footprint.centroid.y, abs=0.3)
    assert cells2 == cells1
    assert bounds2[0] == pytest.approx(x0 + dx) and bounds2[1] == pytest.approx(x0 + 20 + dx)
    assert changed_fraction(pic1, pic2) > 0.005

    # floors: type 9 into the Properties dock's spin box
    spin = w.project.properties.floors
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "9")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    b3, cells3, bounds3, pic3 = _state(w, bid, site)
    assert (b3.floors, b3.height) == (9, 27.0)
    assert cells3 == cells2 and bounds3[5] == pytest.approx(27.0)
    assert changed_fraction(pic2, pic3) > 0.002
    assert w.project.history.labels() == ["Opened project", f"Add building {bid}", "Move 1 building(s)", "Set floors to 9"]

    states = [(None, cells0, None, pic0), (b1, cells1, bounds1, pic1), (b2, cells2, bounds2, pic2),
              (b3, cells3, bounds3, pic3)]

    def check(k):
        exp_b, exp_cells, exp_bounds, exp_pic = states[k]
        b, cells, bounds, pic = _state(w, bid, site)
        assert cells == exp_cells
        if exp_b is None:
            assert b is None and bounds is None
        else:
            assert b.floors == exp_b.floors and b.footprint.equals_exact(exp_b.footprint, 1e-9)
            assert np.allclose(bounds, exp_bounds)
        # the view shows what it showed in that state, and not the neighbouring one
        assert changed_fraction(pic, exp_pic) < 0.002
        other = states[k + 1 if k < 3 else k - 1][3]
        assert changed_fraction(pic, other) > 0.001
        assert w.project.history.list.currentRow() == k

    # undo x3 with Ctrl+Z, redo x3 with Ctrl+Shift+Z / Ctrl+Y
    it.setFocus()
    for k in (2, 1, 0):
        qtbot.keyClick(it, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        check(k)
    assert not w.project.edit.undo.isEnabled()
    qtbot.keyClick(it, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    check(1)
    for k in (2, 3):
        qtbot.keyClick(it, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        check(k)
    # the History dock jumps: back to the start and forward again
    w.project.history.list.setCurrentRow(0)
    check(0)
    w.project.history.list.setCurrentRow(3)
    check(3)
    assert w.isWindowModified()
