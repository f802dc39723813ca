"""GUI tests: a real MainWindow under Xvfb (pytest-xvfb), driven with qtbot.

Every window is closed after its test; the test fails when a pyvista plotter
or a loader thread is left behind (pyvistaqt's ``check_gc`` idea).
"""

from __future__ import annotations

import gc
import threading

import pytest

from plannerapp.paths import sample_city_path

LOAD_TIMEOUT_MS = 120_000


def _open_plotters():
    from pyvista.plotting.plotter import _ALL_PLOTTERS

    return [p for p in _ALL_PLOTTERS.values() if not getattr(p, "_closed", True)]


def _running_qthreads():
    from PySide6.QtCore import QThread

    out = []
    for o in gc.get_objects():
        try:
            if isinstance(o, QThread) and o.isRunning() and o.objectName() == "plannerapp-loader":
                out.append(o)
        except RuntimeError:  # C++ object already deleted
            pass
    return out


@pytest.fixture(autouse=True)
def check_leaks():
    threads_before = threading.active_count()
    plotters_before = set(map(id, _open_plotters()))
    yield
    gc.collect()
    leaked = [p for p in _open_plotters() if id(p) not in plotters_before]
    assert not leaked, f"{len(leaked)} pyvista plotter(s) left open"
    assert not _running_qthreads(), "a loader thread is still running"
    assert threading.active_count() <= threads_before, "threads leaked"


@pytest.fixture
def make_window(qtbot):
    """Factory for MainWindows that are shown, and closed after the test."""
    from plannerapp.ui.main_window import MainWindow

    windows = []

    def make():
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        windows.append(w)
        return w

    yield make
    for w in windows:
        if w.isVisible() or not w.viewport.interactor._closed:
            w.close()


def load(qtbot, window, path, timeout=LOAD_TIMEOUT_MS):
    """Open *path* in *window* and wait until it is shown."""
    with qtbot.waitSignal(window.fileLoaded, timeout=timeout) as blocker:
        assert window.open_file(str(path))
    assert blocker.args == [str(path)]
    qtbot.waitUntil(lambda: not window.loader.is_busy())


@pytest.fixture
def sample_window(qtbot, make_window):
    w = make_window()
    load(qtbot, w, sample_city_path())
    return w


@pytest.fixture
def loader():
    return load


@pytest.fixture
def towers_project_window(qtbot, make_window, tmp_path):
    """A window with a copy of the sample project (in ``tmp_path/proj``) open and the Towers scheme active."""
    from editing_kit import copy_sample

    folder = copy_sample(tmp_path / "proj")
    w = make_window()
    w.project.confirm_close = False
    w.project.open_project(folder)
    qtbot.waitUntil(lambda: w.session.project is not None, timeout=LOAD_TIMEOUT_MS)
    w.session.set_active_scheme("towers")
    return w
