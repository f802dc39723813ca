"""A planner opens the viewer, looks at the city, clicks buildings, opens files."""

from __future__ import annotations

import os
import sys
import warnings

import numpy as np
from PIL import Image
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from plannerapp.paths import sample_city_path
from plannerapp.scene.picking import building_centroid_top, world_to_display
from plannerapp.settings import Settings


def test_window_shows_the_sample_city_with_counts_in_the_status_bar(sample_window):
    w = sample_window
    city = w.city
    assert len(city.buildings) > 400
    n_tri = w.viewport.view.layer.n_triangles()
    assert n_tri == city.n_triangles() > 10_000
    text = w.status.counts.text()
    assert f"{len(city.buildings):,} buildings" in text
    assert f"{n_tri:,} triangles" in text
    assert w.status.crs.text() == "EPSG:7415"
    assert "delft_3dbag_5910" in w.windowTitle()
    assert "Height (m)" in w.viewport.plotter.scalar_bars
    # the first frame shows buildings: the 3D area of a window grab is not blank
    img = w.viewport.interactor.grab().toImage()
    assert img.width() > 200
    colours = {img.pixel(x, y) for x in range(0, img.width(), 23) for y in range(0, img.height(), 23)}
    assert len(colours) > 30


def _click_building(qtbot, window, building_id):
    vp = window.viewport
    x, y = world_to_display(vp.plotter, building_centroid_top(vp.view.layer, building_id))
    dpr = vp.interactor.devicePixelRatioF()
    h = vp.plotter.window_size[1]
    # VTK display y grows upwards from the bottom row (see pyvistaqt rwi._setEventInformation)
    pos = QPoint(int(round(x / dpr)), int(round((h - 1 - y) / dpr)))
    with qtbot.waitSignal(vp.buildingPicked, timeout=5000) as blocker:
        qtbot.mouseClick(vp.interactor, Qt.MouseButton.LeftButton, pos=pos)
    return blocker.args[0]


def test_clicking_a_building_shows_its_attributes(qtbot, sample_window):
    w = sample_window
    w.set_view("top")
    qtbot.wait(50)
    tallest = max(w.city.buildings, key=lambda b: b.top_z)
    picked = _click_building(qtbot, w, tallest.id)
    assert picked == tallest.id
    assert w.attributes.value_of("Id") == tallest.id
    assert float(w.attributes.value_of("Height (m)")) == pytest.approx(tallest.height, abs=0.01)
    assert w.selected_ids() == [tallest.id]
    assert "selection" in w.viewport.plotter.actors
    # the source file's attributes are listed too (3D BAG: construction year)
    assert w.attributes.value_of("oorspronkelijkbouwjaar") == str(tallest.attributes["oorspronkelijkbouwjaar"])
    # F frames the selection: the camera now looks at that building
    w.actions_.frame.trigger()
    focal = np.array(w.viewport.plotter.camera.focal_point)
    b = w.viewport.view.layer.mesh.bounds_of([tallest.id])
    assert b[0] - 1 <= focal[0] <= b[1] + 1 and b[2] - 1 <= focal[1] <= b[3] + 1
    # Esc clears
    w.actions_.clear_selection.trigger()
    assert w.selected_ids() == [] and w.attributes.value_of("Id") is None


def test_camera_presets_move_the_camera(qtbot, sample_window):
    w = sample_window
    cam = w.viewport.plotter.camera
    centre = w.viewport.view.city_bounds().reshape(3, 2).mean(axis=1)
    w.actions_.views["top"].trigger()
    assert cam.position[2] > centre[2] + 100 and cam.parallel_projection
    w.actions_.views["iso_ne"].trigger()
    assert cam.position[0] > centre[0] and cam.position[1] > centre[1] and not cam.parallel_projection
    # keyboard: "1" is the plan view, Home resets to the south-west isometric view
    with qtbot.waitActive(w):
        w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_1)
    assert w.viewport.view.preset == "top"
    qtbot.keyClick(w, Qt.Key.Key_Home)
    assert w.viewport.view.preset == "iso_sw"
    assert cam.position[0] < centre[0] and cam.position[1] < centre[1]


def test_colour_by_combo_switches_the_legend(qtbot, sample_window):
    w = sample_window
    combo = w.colour_by
    assert "attr:oorspronkelijkbouwjaar" in combo.keys()
    combo.set_key("attr:oorspronkelijkbouwjaar")
    assert list(w.viewport.plotter.scalar_bars.keys()) == ["oorspronkelijkbouwjaar"]
    combo.set_key("use")
    assert list(w.viewport.plotter.scalar_bars.keys()) == ["Use"]
    assert w.settings.colour_by == "use"


def test_opening_a_malformed_file_shows_a_dialog_not_a_traceback(qtbot, make_window, tmp_path, monkeypatch):
    bad = tmp_path / "broken.city.json"
    bad.write_text('{"type": "CityJSON", "version": "2.0", "CityObjects": {"a": ', encoding="utf-8")
    shown = []

    def fake_exec(box):
        shown.append((box.objectName(), box.windowTitle(), box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    w = make_window()
    with qtbot.waitSignal(w.loader.failed, timeout=30000):
        w.open_file(str(bad))
    qtbot.waitUntil(lambda: bool(shown))
    name, title, text, details = shown[0]
    assert name == "inputErrorDialog" and title == "Cannot open file"
    assert "broken.city.json" in text
    assert "Traceback" not in details and details.strip()
    assert w.city is None  # nothing half-loaded
    assert str(bad) not in w.settings.recent_files
    # a missing file is reported the same way
    shown.clear()
    assert not w.open_file(str(tmp_path / "missing.city.json"))
    assert shown and "missing.city.json" in shown[0][2]


def _drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(window.width() / 2, window.height() / 2)
    with warnings.catch_warnings():  # PySide6 marks the only QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return drop


def test_dropping_a_city_file_on_the_window_opens_it(qtbot, make_window, shared_data):
    src = shared_data / "delft-3dfier-lod1" / "delft.city.json"
    if not src.exists():
        pytest.skip(f"{src} is absent")
    w = make_window()
    with qtbot.waitSignal(w.fileLoaded, timeout=120_000) as blocker:
        drop = _drop(w, src)
    assert drop.isAccepted()
    assert blocker.args == [str(src)]
    qtbot.waitUntil(lambda: not w.loader.is_busy())
    assert w.city is not None and len(w.city.buildings) > 100
    assert f"{len(w.city.buildings):,} buildings" in w.status.counts.text()


def test_recent_files_and_window_geometry_are_remembered(qtbot, make_window, loader, shared_data):
    src = shared_data / "3dbag-delft-lod22" / "3dbag_v210908_fd2cee53_5907_subset.json"
    if not src.exists():
        pytest.skip(f"{src} is absent")
    w1 = make_window()
    loader(qtbot, w1, src)
    hint = w1.minimumSizeHint()
    w1.resize(max(hint.width(), 1000) + 7, max(hint.height(), 700) + 5)
    qtbot.wait(50)
    size = (w1.width(), w1.height())
    assert size != (1400, 900)  # not the first-run default
    w1.close()
    assert Settings.load().recent_files[0] == os.path.abspath(src)

    w2 = make_window()
    assert w2.settings.recent_files[0] == os.path.abspath(src)
    assert (w2.width(), w2.height()) == size
    w2.actions_.fill_recent()
    recent = [a for a in w2.actions_.recent_menu.actions() if a.data()]
    assert recent[0].data() == os.path.abspath(src) and recent[0].text() == src.name
    with qtbot.waitSignal(w2.fileLoaded, timeout=120_000):
        recent[0].trigger()
    qtbot.waitUntil(lambda: not w2.loader.is_busy())
    assert w2.current_path == os.path.abspath(src)


def test_uncaught_errors_show_a_clean_dialog_and_go_to_the_log(qtbot, make_window, monkeypatch):
    from plannerapp.ui.errors import install_excepthook, log_path, uninstall_excepthook

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)
    make_window()
    install_excepthook()
    try:
        try:
            raise ZeroDivisionError("boom in a slot")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall_excepthook()
    text, details = shown[0]
    assert "boom in a slot" in text and "Traceback" not in text + details
    assert str(log_path()) in details
    log = log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: boom in a slot" in log


def test_dragging_shows_the_box_proxy_of_a_big_city_and_restores_it(qtbot, sample_window):
    w = sample_window
    vp = w.viewport
    vp.view.lod.threshold = 1_000  # pretend the sample is a big city on a slow GPU
    vp.view.lod.attach()
    centre = QPoint(vp.interactor.width() // 2, vp.interactor.height() // 2)
    position_before = np.array(vp.plotter.camera.position)
    qtbot.mousePress(vp.interactor, Qt.MouseButton.LeftButton, pos=centre)
    for dx in (10, 30, 60):
        qtbot.mouseMove(vp.interactor, centre + QPoint(dx, 5))
    proxy = vp.plotter.actors.get("city-lod")
    assert proxy is not None and proxy.visibility
    assert not vp.view.layer.actor.visibility
    qtbot.mouseRelease(vp.interactor, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 5))
    assert not proxy.visibility and vp.view.layer.actor.visibility
    assert not np.allclose(vp.plotter.camera.position, position_before)  # the drag rotated the camera
    assert w.selected_ids() == []  # a drag is not a click


def test_loading_runs_off_the_gui_thread_with_busy_cursor_and_progress(qtbot, make_window):
    from PySide6.QtGui import QGuiApplication

    w = make_window()
    fractions, cursors, threads = [], [], []
    w.loader.progress.connect(lambda f, t: fractions.append(f))
    w.loader.busyChanged.connect(lambda busy: cursors.append(
        (busy, QGuiApplication.overrideCursor().shape() if QGuiApplication.overrideCursor() else None)))
    import plannerapp.scene.citymesh as citymesh

    original = citymesh.merge_buildings

    def spy(*args, **kwargs):
        from PySide6.QtCore import QThread

        threads.append(QThread.currentThread() is QApplication.instance().thread())
        return original(*args, **kwargs)

    import plannerapp.ui.workers as workers

    workers.merge_buildings, saved = spy, workers.merge_buildings
    try:
        with qtbot.waitSignal(w.fileLoaded, timeout=120_000):
            w.open_file(str(sample_city_path()))
        qtbot.waitUntil(lambda: not w.loader.is_busy())
    finally:
        workers.merge_buildings = saved
    assert threads == [False]                       # meshing ran on the worker thread
    assert fractions and all(0 <= f <= 1 for f in fractions)
    assert cursors[0] == (True, Qt.CursorShape.WaitCursor)
    assert cursors[-1][0] is False and QGuiApplication.overrideCursor() is None
    assert not w.status.progress.isVisible()


def test_outlines_are_on_for_the_sample_and_can_be_switched_off(qtbot, sample_window):
    w = sample_window
    edges = w.viewport.plotter.actors["city-edges"]
    assert w.actions_.outlines.isChecked() and edges.visibility and edges.mapper.dataset.n_cells > 1000
    w.actions_.outlines.trigger()
    assert not w.actions_.outlines.isChecked() and not edges.visibility
    w.actions_.outlines.trigger()
    assert edges.visibility


def test_open_dialog_offers_city_formats_and_save_view_writes_a_png(qtbot, make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = make_window()
    asked = {}

    def fake_open(parent, caption, directory, filters):
        asked["filters"] = filters
        return str(sample_city_path()), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    with qtbot.waitSignal(w.fileLoaded, timeout=120_000):
        w.actions_.open.trigger()
    qtbot.waitUntil(lambda: not w.loader.is_busy())
    for pattern in ("*.city.json", "*.geojson", "*.obj", "*.gltf", "*.glb", "*.ply", "*.stl"):
        assert pattern in asked["filters"]
    out = tmp_path / "view.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PNG")))
    w.actions_.screenshot.trigger()
    img = np.asarray(Image.open(out).convert("RGB")).astype(int)
    assert img.shape[0] > 100 and img.shape[1] > 100
    assert len(np.unique(img.reshape(-1, 3)[::97], axis=0)) > 50  # a rendered city, not a flat colour
