"""Loading off the GUI thread.

:class:`CityLoader` runs ``plannerapp.io.loader.load_city`` and the numpy
merge of all building meshes (:func:`plannerapp.scene.citymesh.merge_buildings`)
on a ``QThread``; results and errors come back as signals on the GUI thread.
Workers never render: the GUI thread wraps the merged arrays into the actor.
Progress is throttled to ~10 updates a second.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QThread, Signal, Slot

from plannerapp.scene.citymesh import merge_buildings


class _LoadJob(QObject):
    progress = Signal(float, str)
    finished = Signal(object, object)
    failed = Signal(object)

    def __init__(self, path: str):
        super().__init__()
        self.path = path
        self.cancel_requested = False
        self._last = 0.0

    def _progress(self, fraction, text=""):
        now = time.monotonic()
        if now - self._last > 0.1 or fraction >= 1.0:
            self._last = now
            self.progress.emit(float(fraction), str(text))

    @Slot()
    def run(self):
        try:
            from plannerapp.io.loader import load_city

            city = load_city(self.path, progress=lambda f, t="": self._progress(0.8 * f, t))
            merged = merge_buildings(city.buildings, progress=lambda f, t="": self._progress(0.8 + 0.2 * f, t),
                                     cancelled=lambda: self.cancel_requested)
            self.finished.emit(city, merged)
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the GUI as a dialog
            self.failed.emit(exc)


class CityLoader(QObject):
    """Load one city file at a time on a worker thread.

    Signals: ``loaded(path, city, merged)``, ``failed(path, exception)``,
    ``progress(fraction 0..1, text)``, ``busyChanged(bool)``.
    """

    loaded = Signal(str, object, object)
    failed = Signal(str, object)
    progress = Signal(float, str)
    busyChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _LoadJob | None = None
        self._path = ""

    def is_busy(self) -> bool:
        return self._thread is not None

    def load(self, path: str) -> bool:
        """Start loading *path*; False when a load is already running."""
        if self.is_busy():
            return False
        self._path = str(path)
        thread = QThread()
        thread.setObjectName("plannerapp-loader")
        job = _LoadJob(self._path)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progress.connect(self.progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        self._thread, self._job = thread, job
        self.busyChanged.emit(True)
        thread.start()
        return True

    def _stop_thread(self) -> None:
        thread, self._thread, self._job = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        self.busyChanged.emit(False)

    @Slot(object, object)
    def _on_finished(self, city, merged):
        self._stop_thread()
        self.loaded.emit(self._path, city, merged)

    @Slot(object)
    def _on_failed(self, exc):
        self._stop_thread()
        self.failed.emit(self._path, exc)

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Ask a running load to stop and wait for the thread (window close)."""
        if self._job is not None:
            self._job.cancel_requested = True
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(timeout_ms)
            self._thread, self._job = None, None
