"""Reference cycles are collected on the GUI thread, never on a loader's worker thread."""

from __future__ import annotations

import gc
import threading

from plannerapp.ui import gc_guard


class _Cycle:
    def __init__(self, log):
        self.me = self
        self.log = log

    def __del__(self):
        self.log.append(threading.current_thread().name)


def test_a_window_moves_cycle_collection_to_the_gui_thread(qtbot, qapp):
    from plannerapp.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    assert gc_guard.installed() and not gc.isenabled()

    log: list[str] = []
    _Cycle(log)  # garbage at once: only the cyclic collector can free it

    kept = []

    def worker():  # a loader allocating heavily: with automatic collection it would collect here
        kept.append([[i] for i in range(300_000)])

    t = threading.Thread(target=worker, name="worker")
    t.start()
    t.join()
    assert log == []  # nothing was collected on the worker thread
    qtbot.waitUntil(lambda: bool(log), timeout=5000)  # the GUI thread's timer collects it
    assert log == [threading.main_thread().name]


def test_uninstall_gives_collection_back():
    # the previous test's guard was removed by the root conftest after the test
    assert not gc_guard.installed() and gc.isenabled()
