"""GUI stories for the Analysis dock: a planner runs sunlight and shadow studies of the Towers scheme."""

from __future__ import annotations

import csv
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer

from plannerapp.analysis.sunlight_analysis import run_sunlight_analysis

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

RUN_TIMEOUT_MS = 180_000


@pytest.fixture
def window(qtbot, towers_project_window):
    w = towers_project_window
    w.analysis_panel.dock.raise_()
    qtbot.wait(100)
    return w


def _small_grid(panel):
    panel.kind.setCurrentIndex(panel.kind.findData("sun_grid"))
    panel.preset.setCurrentIndex(0)
    panel.spacing.setValue(4.0)
    panel.step.setValue(30.0)
    panel.margin.setValue(10.0)
    panel.whole_city.setChecked(False)


def _run(qtbot, panel):
    with qtbot.waitSignal(panel.resultShown, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    return panel.output


def _view_image(w):
    w.viewport.render()
    img = w.viewport.interactor.grab().toImage()
    ptr = img.constBits()
    return np.frombuffer(ptr, np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine()).copy()


def test_sunlight_hours_on_a_small_grid_match_the_core_and_are_drawn(qtbot, window):
    w, panel = window, window.analysis_panel
    _small_grid(panel)
    before = _view_image(w)
    out = _run(qtbot, panel)
    # the panel's result is the core function's result for the same request
    city = w.session.city_for_display()
    direct = run_sunlight_analysis(city, out.request)
    assert out.request.step_min == 30.0 and out.request.spacing_m == 4.0
    np.testing.assert_array_equal(out.values, direct.result.hours)
    np.testing.assert_array_equal(out.positions, direct.points.positions)
    assert 200 < len(out.values) < 5000
    assert 0.0 <= out.values.min() and out.values.max() <= 8.0 + 1e-9
    assert (out.values < 8.0).any() and (out.values > 7.0).any()   # shade by the towers and open ground
    # drawn: a colour legend of the results, the buildings plain, and a different picture
    assert panel.results.bar_title in w.viewport.plotter.scalar_bars
    assert w.viewport.view.layer.colour_key == "none"
    after = _view_image(w)
    assert before.shape == after.shape
    assert (np.abs(before.astype(int) - after.astype(int)).max(axis=1) > 30).mean() > 0.05
    # histogram and summary in the panel
    assert int(panel.histogram.counts.sum()) == len(out.values)
    assert f"{len(out.values)} points" in panel.summary.text()
    # clear restores the colour-by
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert w.viewport.view.layer.colour_key == "height" and panel.results.actor is None


def test_clicking_a_result_square_shows_its_value(qtbot, window):
    from editing_kit import qt_pos

    w, panel = window, window.analysis_panel
    _small_grid(panel)
    w.set_view("top")
    out = _run(qtbot, panel)
    lifted = panel.results.positions
    from plannerapp.scene.picking import world_to_display

    order = np.argsort(np.linalg.norm(lifted[:, :2] - lifted[:, :2].mean(axis=0), axis=1))
    target = None
    for i in order[:400]:
        x, y = world_to_display(w.viewport.plotter, lifted[i])
        if panel.results.pick(x, y) == i:
            target = int(i)
            break
    assert target is not None, "no result square visible from the top"
    qtbot.mouseClick(w.viewport.interactor, Qt.MouseButton.LeftButton, pos=qt_pos(w, lifted[target]))
    qtbot.waitUntil(lambda: f"{out.values[target]:.2f} h" in panel.picked.text(), timeout=3000)
    world = out.positions[target] + out.origin
    assert f"x {world[0]:.1f}" in panel.picked.text()
    assert f"{out.values[target]:.2f} h" in w.status.currentMessage()


def test_cancel_stops_a_long_run_within_a_second_and_the_window_stays_responsive(qtbot, window):
    w, panel = window, window.analysis_panel
    panel.kind.setCurrentIndex(panel.kind.findData("sun_grid"))
    panel.whole_city.setChecked(True)
    panel.spacing.setValue(0.5)
    panel.step.setValue(1.0)
    ticks = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    assert panel.run()
    timer.start()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=120_000)
    qtbot.wait(1500)
    timer.stop()
    assert panel.runner.is_busy() and panel.cancel_button.isEnabled()
    gaps = np.diff(ticks[-25:])
    assert len(gaps) >= 10 and gaps.max() < 0.5, f"GUI thread blocked for {gaps.max():.2f} s"
    t0 = time.monotonic()
    with qtbot.waitSignal(panel.runner.cancelled, timeout=1000):
        qtbot.keyClick(panel.run_button, Qt.Key.Key_Escape)
    assert panel.runner.wait_idle(1000), "the worker did not stop within a second"
    assert time.monotonic() - t0 < 1.0
    assert not panel.progress.isVisible() and panel.output is None
    # Esc is back to its normal meaning once nothing runs
    w.select(["T1"])
    qtbot.keyClick(w.viewport.interactor, Qt.Key.Key_Escape)


def test_a_new_run_cancels_the_previous_one(qtbot, window):
    panel = window.analysis_panel
    panel.kind.setCurrentIndex(panel.kind.findData("sun_grid"))
    panel.whole_city.setChecked(True)
    panel.spacing.setValue(0.5)
    panel.step.setValue(1.0)
    cancelled = []
    panel.runner.cancelled.connect(cancelled.append)
    assert panel.run()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=120_000)
    _small_grid(panel)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)   # window shortcuts need the active window
    with qtbot.waitSignal(panel.resultShown, timeout=RUN_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)               # F5 = Analysis > Run analysis
    out = panel.output
    assert cancelled == ["sun_grid"]
    assert out.request.spacing_m == 4.0 and len(out.values) < 5000
    assert panel.runner.wait_idle(1000)


def test_export_csv_has_world_coordinates(qtbot, window, tmp_path):
    panel = window.analysis_panel
    _small_grid(panel)
    out = _run(qtbot, panel)
    path = tmp_path / "sun.csv"
    assert panel.export_csv(path) == len(out.values)
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0] == ["x", "y", "z", "nx", "ny", "nz", "sun_grid_h", "building"]
    assert len(rows) == len(out.values) + 1
    k = int(np.argmax(out.values))
    world = out.positions[k] + window.session.project.context.origin
    assert [float(v) for v in rows[k + 1][:3]] == pytest.approx(world, abs=1e-3)
    assert float(rows[k + 1][6]) == pytest.approx(out.values[k], abs=1e-5)
    assert 80_000 < world[0] < 90_000 and 440_000 < world[1] < 450_000   # Dutch RD metres, not local
    png = tmp_path / "view.png"
    panel.export_png(png)
    from PySide6.QtGui import QImage

    img = QImage(str(png))
    assert not img.isNull() and img.width() >= window.viewport.interactor.width()


def test_shadow_slider_moves_the_outline_with_the_sun(qtbot, window):
    from plannerapp.analysis.shadows import shadow_outline

    w, panel = window, window.analysis_panel
    sh = panel.shadows
    sh.slider.setValue(10 * 6)            # 10:00
    with qtbot.waitSignal(sh.outlineShown, timeout=RUN_TIMEOUT_MS) as first:
        sh.enabled.setChecked(True)
    assert first.args[0] == 600
    morning = first.args[1]
    assert {"shadow-fill", "shadow-edge", "sun-arrow"} <= set(w.viewport.plotter.actors)
    with qtbot.waitSignal(sh.outlineShown, timeout=RUN_TIMEOUT_MS) as second:
        sh.slider.setValue(15 * 6)        # 15:00
    assert second.args[0] == 900
    afternoon = second.args[1]
    # the same outline as the core function for that moment
    city = panel.city()
    direction, alt, az = sh.sun_at(city, 900)
    assert 180 < az < 270 and alt > 10
    core = shadow_outline(sh._subset(city, panel.settings()), direction, float(city.bounds_local()[2]))
    assert afternoon.symmetric_difference(core).area < 1e-6 * core.area
    # shadows swing from the west-north-west in the morning to the north-east in the afternoon
    assert afternoon.centroid.x > morning.centroid.x
    assert morning.symmetric_difference(afternoon).area > 0.2 * afternoon.area
    # night: no shadows, said so
    with qtbot.waitSignal(sh.outlineShown, timeout=5000) as night:
        sh.slider.setValue(2 * 6)
    assert night.args[1] is None and "below the horizon" in sh.info.text()
    # Play walks the clock forward (at night without anything to compute), Pause stops it
    qtbot.mouseClick(sh.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sh.slider.value() >= 2 * 6 + 6, timeout=10_000)
    qtbot.mouseClick(sh.play, Qt.MouseButton.LeftButton)
    stopped = sh.slider.value()
    qtbot.wait(600)
    assert sh.slider.value() == stopped and sh.play.text() == "Play"
    sh.enabled.setChecked(False)
    assert "shadow-fill" not in w.viewport.plotter.actors
