"""GUI stories for the Review dock: a reviewer opens the sample project and checks the Towers scheme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from plannerapp.commands.buildings import SetHeight
from plannerapp.report.review_html import fmt_value
from plannerapp.rules.review import review_scheme
from plannerapp.rules.titles import rule_title

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SUN_TIMEOUT_MS = 240_000


@pytest.fixture
def towers_window(qtbot, towers_project_window):
    w = towers_project_window
    panel = w.review_panel
    qtbot.waitUntil(lambda: panel.review is not None and panel.review.scheme_id == "towers", timeout=10_000)
    panel.dock.raise_()
    return w


def _row(panel, rule):
    for it in panel.rule_items():
        if it.data(1, Qt.ItemDataRole.UserRole) == rule:
            return it
    raise AssertionError(f"no row for {rule}")


def _result(panel, rule):
    return panel.row_texts(_row(panel, rule))[3]


def _click(qtbot, tree, item):
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_review_panel_lists_the_same_checks_as_review_scheme(towers_window):
    w = towers_window
    panel = w.review_panel
    expected = review_scheme(w.session.project, "towers", sunlight_rules=False)
    items = panel.rule_items()
    assert len(items) == len(expected.findings) == 9
    for it, f in zip(items, expected.findings):
        assert it.text(0) == rule_title(f.rule)
        value, limit, _margin, result = panel.row_texts(it)
        assert value.startswith(fmt_value(f.value, f.unit)) and limit.startswith(fmt_value(f.limit, f.unit))
        assert it.text(1).startswith(fmt_value(f.value, f.unit)) and " / " in it.text(1)
        assert result == panel.result_text(f.passed)
        assert list(it.data(0, Qt.ItemDataRole.UserRole)) == list(f.element_ids)
    height = _row(panel, "max_height_m")
    assert panel.row_texts(height) == ("54.00 m", "45.00 m", "-9.00", "Fail")
    assert (height.text(1), height.text(2)) == ("54.00 / 45.00 m", "-9.00")
    # the slow sunlight rules wait for the button: "not evaluated", never a pass
    for rule in ("sunlight", "sunlight_neighbours"):
        assert _result(panel, rule) == "Not evaluated"
    assert "FAILED" in panel.verdict.text() and "2 not evaluated" in panel.verdict.text()
    # the failing tower is red in 3D
    assert panel.overlay.failing_ids == ["T1"]
    assert "review-failing" in w.viewport.plotter.actors


def test_clicking_a_failing_check_selects_and_frames_its_buildings(qtbot, towers_window):
    w = towers_window
    panel = w.review_panel
    cam_before = w.viewport.plotter.camera.focal_point
    _click(qtbot, panel.tree, _row(panel, "max_height_m"))
    qtbot.waitUntil(lambda: w.session.selection == frozenset({"T1"}), timeout=3000)
    assert w.selected_ids() == ["T1"]
    assert w.viewport.plotter.camera.focal_point != cam_before
    # a check that names several buildings selects all of them
    _click(qtbot, panel.tree, _row(panel, "max_far"))
    qtbot.waitUntil(lambda: w.session.selection == frozenset({"T1", "T2", "P1"}), timeout=3000)


def test_editing_the_tower_height_updates_the_review_live(qtbot, towers_window):
    w = towers_window
    panel = w.review_panel
    w.session.execute(SetHeight("towers", ["T1"], 42.0))
    qtbot.waitUntil(lambda: _result(panel, "max_height_m") == "Pass", timeout=3000)
    row = _row(panel, "max_height_m")
    assert panel.row_texts(row)[:3] == ("42.00 m", "45.00 m", "3.00")
    assert panel.overlay.failing_ids == []
    expected = review_scheme(w.session.project, "towers", sunlight_rules=False)
    assert panel.row_texts(_row(panel, "max_far"))[0] == fmt_value(
        next(f for f in expected.findings if f.rule == "max_far").value, "")
    w.session.undo()
    qtbot.waitUntil(lambda: _result(panel, "max_height_m") == "Fail", timeout=3000)


def test_overlay_toggles_draw_setbacks_and_height_limits(qtbot, towers_window):
    w = towers_window
    panel = w.review_panel
    def actors():
        return set(w.viewport.plotter.actors)

    assert "review-parcel-0" in actors() and "review-height-0" not in actors()
    panel.toggle_actions["heights"].trigger()
    panel.toggle_actions["setbacks"].trigger()
    assert {"review-height-0", "review-setback-0"} <= actors()
    panel.toggle_actions["failing"].trigger()
    assert "review-failing" not in actors()
    # the same switches are in View > Review overlays
    menu = w.findChild(type(w.menu("view")), "menu_review_overlays")
    assert [a.text() for a in menu.actions()] == ["Failing buildings", "Parcels", "Setback lines", "Height limits"]


def test_sunlight_check_runs_on_demand_and_matches_the_core(qtbot, towers_window):
    w = towers_window
    panel = w.review_panel
    with qtbot.waitSignal(panel.runner.finished, timeout=SUN_TIMEOUT_MS):
        qtbot.mouseClick(panel.sun_button, Qt.MouseButton.LeftButton)
        assert panel.progress.isVisible() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: _result(panel, "sunlight") != "Not evaluated", timeout=5000)
    full = review_scheme(w.session.project, "towers")
    for rule in ("sunlight", "sunlight_neighbours"):
        f = next(x for x in full.findings if x.rule == rule)
        row = _row(panel, rule)
        assert panel.row_texts(row)[0].startswith(fmt_value(f.value, f.unit))
        assert panel.row_texts(row)[3] == panel.result_text(f.passed) == "Fail"
    assert "3 of 9 checks failed" in panel.verdict.text()
    # neighbours losing sun are marked as affected existing buildings
    assert set(panel.overlay.affected_ids) == {i for i in full.failing_building_ids() if i.startswith("NL.")}
    # an edit makes the sunlight result stale again
    w.session.execute(SetHeight("towers", ["T2"], 30.0))
    qtbot.waitUntil(lambda: _result(panel, "sunlight") == "Not evaluated", timeout=3000)


def test_sunlight_check_can_be_cancelled(qtbot, towers_window):
    import time

    panel = towers_window.review_panel
    assert panel.run_sunlight_check()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=60_000)
    t0 = time.monotonic()
    with qtbot.waitSignal(panel.runner.cancelled, timeout=1000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.runner.wait_idle(5000)
    assert time.monotonic() - t0 < 5.0
    assert not panel.progress.isVisible()
    assert _result(panel, "sunlight") == "Not evaluated"


def test_export_html_report_from_the_panel(qtbot, towers_window, tmp_path):
    panel = towers_window.review_panel
    out = tmp_path / "towers.html"
    panel.export_html(out)
    html = out.read_text(encoding="utf-8")
    assert "Towers" in html and "Maximum building height" in html
    assert html.count("data:image/png;base64,") == 2   # oblique + plan views rendered off screen
