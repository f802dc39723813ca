"""Loading off the GUI thread.

:class:`ThreadLoader` is the one pattern for loads: one load at a time, a
task ``task(progress, cancelled) -> result`` (``STYLE.md`` example 5) run on a
``QThread`` named ``plannerapp-loader``, progress (0..1, text) throttled to
~10 updates a second, the result or the exception handed back on the GUI
thread.  :class:`CityLoader` (here) and
:class:`plannerapp.ui.project_loader.ProjectLoader` are built on it.

:class:`CityLoader` runs ``plannerapp.io.loader.load_city`` and the numpy
merge of all building meshes (:func:`plannerapp.scene.citymesh.merge_buildings`)
on the worker; results and errors come back as signals on the GUI thread.
Workers never render: the GUI thread wraps the merged arrays into the actor.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QThread, Signal, Slot

from plannerapp.scene.citymesh import merge_buildings

THREAD_NAME = "plannerapp-loader"


class _Job(QObject):
    progress = Signal(float, str)
    done = Signal(object, object)        # result, exception (None = ok)

    def __init__(self, task: Callable):
        super().__init__()
        self.task = task
        self.cancel_requested = False
        self._last = 0.0

    def _progress(self, fraction, text=""):
        now = time.monotonic()
        if now - self._last > 0.1 or fraction >= 1.0:
            self._last = now
            self.progress.emit(float(fraction), str(text))

    def _cancelled(self) -> bool:
        return self.cancel_requested

    @Slot()
    def run(self):
        try:
            result = self.task(self._progress, self._cancelled)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported on the GUI thread
            self.done.emit(None, exc)
            return
        self.done.emit(result, None)


class ThreadLoader(QObject):
    """Run one load task at a time on a ``QThread``; see the module docstring.

    Subclasses start a task with :meth:`_start` and receive its outcome in
    :meth:`_finished` on the GUI thread, after ``busyChanged(False)``.
    Signals: ``progress(fraction 0..1, text)``, ``busyChanged(bool)``.
    """

    progress = Signal(float, str)
    busyChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None

    def is_busy(self) -> bool:
        return self._thread is not None

    def _start(self, task: Callable) -> bool:
        """Run ``task(progress, cancelled)`` on a new thread; False when a load is already running."""
        if self.is_busy():
            return False
        thread = QThread()
        thread.setObjectName(THREAD_NAME)
        job = _Job(task)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progress.connect(self.progress)
        job.done.connect(self._on_done)
        self._thread, self._job = thread, job
        self.busyChanged.emit(True)
        thread.start()
        return True

    @Slot(object, object)
    def _on_done(self, result, exc):
        thread, self._thread, self._job = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        self.busyChanged.emit(False)
        self._finished(result, exc)

    def _finished(self, result, exc) -> None:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Ask a running load to stop and wait for the thread (window close)."""
        if self._job is not None:
            self._job.cancel_requested = True
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(timeout_ms)
            self._thread, self._job = None, None


def _load_and_merge(path: str, progress, cancelled):
    from plannerapp.io.loader import load_city

    city = load_city(path, progress=lambda f, t="": progress(0.8 * f, t))
    merged = merge_buildings(city.buildings, progress=lambda f, t="": progress(0.8 + 0.2 * f, t), cancelled=cancelled)
    return city, merged


class CityLoader(ThreadLoader):
    """Load one city file at a time on a worker thread.

    Signals: ``loaded(path, city, merged)``, ``failed(path, exception)``,
    ``progress(fraction 0..1, text)``, ``busyChanged(bool)``.
    """

    loaded = Signal(str, object, object)
    failed = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._path = ""

    def load(self, path: str) -> bool:
        """Start loading *path*; False when a load is already running."""
        if self.is_busy():
            return False
        self._path = str(path)
        return self._start(partial(_load_and_merge, self._path))

    def _finished(self, result, exc) -> None:
        if exc is None:
            city, merged = result
            self.loaded.emit(self._path, city, merged)
        else:
            self.failed.emit(self._path, exc)
