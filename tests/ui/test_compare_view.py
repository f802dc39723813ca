"""GUI story: a planning committee compares three schemes of the Delft sample side by side."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

COMPARE_TIMEOUT_MS = 300_000
SCHEMES = ("towers", "perimeter-block", "mid-rise-slabs")


@pytest.fixture
def compare_window(qtbot, make_window, tmp_path):
    from editing_kit import copy_sample

    folder = copy_sample(tmp_path / "proj")
    w = make_window()
    w.project.confirm_close = False
    w.project.open_project(folder)
    qtbot.waitUntil(lambda: w.session.project is not None, timeout=120_000)
    w.compare_action.trigger()            # Analysis > Compare schemes... (Ctrl+K)
    cw = w.compare_window
    qtbot.waitExposed(cw)
    qtbot.waitUntil(lambda: cw.views is not None and cw.views.plotters[0].width() > 200, timeout=10_000)
    yield w, cw, folder
    cw.close()


def _positions(cw):
    return [np.array(p.renderer.GetActiveCamera().GetPosition()) for p in cw.views.plotters]


def test_orbiting_one_view_moves_every_view(qtbot, compare_window):
    w, cw, _ = compare_window
    assert cw.picked_ids() == list(SCHEMES)
    assert len(cw.views.plotters) == 3
    assert w.compare_action.shortcut().toString() == "Ctrl+K"
    before = _positions(cw)
    inter = cw.views.plotters[1]                     # drag in the middle view
    c = QPoint(inter.width() // 2, inter.height() // 2)
    QTest.mousePress(inter, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, c)
    for k in range(1, 9):
        QTest.mouseMove(inter, c + QPoint(15 * k, 4 * k))
        qtbot.wait(10)
    QTest.mouseRelease(inter, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, c + QPoint(120, 32))
    qtbot.wait(50)
    after = _positions(cw)
    assert np.linalg.norm(after[1] - before[1]) > 1.0, "the drag did not orbit the view"
    for p in after:
        np.testing.assert_allclose(p, after[1])
    # and the other way round: a rotation of the first interactor's camera reaches the third view
    cw.views.plotters[0].camera.Azimuth(25.0)
    qtbot.wait(20)
    again = _positions(cw)
    np.testing.assert_allclose(again[2], again[0])
    assert np.linalg.norm(again[0] - after[0]) > 1.0


def test_table_matches_the_review_json_and_exports_a_report(qtbot, compare_window, tmp_path):
    from plannerapp.cli import main

    w, cw, folder = compare_window
    with qtbot.waitSignal(cw.runner.finished, timeout=COMPARE_TIMEOUT_MS):
        qtbot.mouseClick(cw.run_button, Qt.MouseButton.LeftButton)
    table = cw.table
    assert [c.id for c in table.columns] == ["status-quo", *SCHEMES]
    tw = cw.table_widget
    assert tw.columnCount() == 3 + 4
    for sid in SCHEMES:
        out = tmp_path / f"{sid}.json"
        main(["review", str(folder), "--scheme", sid, "--json", str(out), "--quiet"])
        ind = json.loads(out.read_text(encoding="utf-8"))["parcels"][0]["indicators"]
        assert table.value("gfa_m2", sid) == pytest.approx(ind["gfa_m2"], rel=1e-9)
        assert table.value("far", sid) == pytest.approx(ind["far"], rel=1e-9)
        assert table.value("coverage_pct", sid) == pytest.approx(100 * ind["coverage"], rel=1e-9)
        assert table.value("green_ratio_pct", sid) == pytest.approx(100 * ind["green_ratio"], rel=1e-9)
        # and the cell the committee reads shows the same number
        col = 3 + [c.id for c in table.columns].index(sid)
        row = 1 + [r.key for r in table.rows].index("gfa_m2")
        assert tw.item(row, col).text() == f"{ind['gfa_m2']:,.0f}"
    # towers has the greenest ground: best in the green-ratio row (green cell)
    green = table.row("green_ratio_pct")
    assert [table.columns[i].id for i in green.best] == ["towers"]

    # one colour scale for every view
    cw.colour_by.setCurrentIndex(cw.colour_by.findData("ground_shadow"))
    clims = [v.results.clim for v in cw.views.views]
    assert all(v.results.has_results for v in cw.views.views)
    assert all(c == clims[0] for c in clims)

    # differences against the status quo, then "before": the new buildings fade out
    cw.diff.setCurrentIndex(cw.diff.findData("status-quo"))
    cw.blend.setValue(0)
    for v in cw.views.views:
        assert v._actors["after"] and not any(a.GetVisibility() for a in v._actors["after"])
        assert any(a.GetVisibility() for a in v._actors["before"])
    cw.blend.setValue(100)

    out = tmp_path / "comparison.html"
    cw.export_html(str(out))
    html = out.read_text(encoding="utf-8")
    for c in table.columns:
        assert c.name in html
    assert len(re.findall(r'<img src="data:image/png;base64,', html)) >= 1 + 4 + len(table.numeric_rows())


def test_an_edit_recomputes_only_the_edited_scheme(qtbot, compare_window):
    from plannerapp.commands.buildings import SetHeight

    w, cw, _ = compare_window
    cw.status_quo.setChecked(False)
    with qtbot.waitSignal(cw.runner.finished, timeout=COMPARE_TIMEOUT_MS):
        cw.run()
    assert cw.table.value("max_height_m", "towers") == pytest.approx(54.0)
    with qtbot.waitSignal(cw.runner.finished, timeout=COMPARE_TIMEOUT_MS):
        w.session.execute(SetHeight("towers", ["T1"], 42.0))     # re-run starts 800 ms after the edit
    assert cw.views.views[0].scheme.buildings["T1"].height == pytest.approx(42.0)   # the view was redrawn
    assert cw.table.value("max_height_m", "towers") == pytest.approx(42.0)
    assert [c.cached for c in cw.table.columns] == [False, True, True]
    assert cw.table.value("checks_failed", "towers") == 0
