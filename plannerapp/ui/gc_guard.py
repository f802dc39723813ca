"""Python's cyclic garbage collector runs on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate
when a generation's threshold is crossed.  The loaders and analyses of this
app allocate millions of objects on worker threads, so a collection there is
the common case, and a cycle holding a Qt wrapper (a closed window, a dock
rebuilt for the next project) is then destroyed off the GUI thread: Qt
objects must die on the thread they live in, and the GUI thread later trips
over the freed object (a segmentation fault, seen once in a test run).

The cure is the one pyqtgraph's ``GarbageCollector`` uses: switch automatic
collection off while the GUI runs and collect from a timer on the GUI
thread, generation by generation, with the interpreter's own thresholds.
:func:`install` is idempotent (one guard per QApplication), :func:`uninstall`
collects once more and switches automatic collection back on (application
quit; tests between windows).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the GUI thread looks at the collector's counters (ms)
INTERVAL_MS = 500

_guard: "_Guard | None" = None


class _Guard(QObject):
    def __init__(self, app):
        super().__init__(app)
        self.was_enabled = gc.isenabled()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counters passed their thresholds (GUI thread)."""
        t0, t1, t2 = gc.get_threshold()
        c0, c1, c2 = gc.get_count()
        if c0 > t0:
            gc.collect(0)
            if c1 > t1:
                gc.collect(1)
                if c2 > t2:
                    gc.collect(2)


def install(app) -> bool:
    """Collect garbage on *app*'s (the GUI) thread from now on; False when already installed."""
    global _guard
    if _guard is not None or app is None:
        return False
    _guard = _Guard(app)
    app.aboutToQuit.connect(uninstall)
    return True


def installed() -> bool:
    return _guard is not None


def uninstall() -> None:
    """Collect everything now (on this, the GUI thread) and give collection back to the interpreter."""
    global _guard
    guard, _guard = _guard, None
    if guard is None:
        return
    guard.timer.stop()
    gc.collect()
    if guard.was_enabled:
        gc.enable()
    guard.deleteLater()
