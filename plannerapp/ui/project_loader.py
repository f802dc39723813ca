"""Loading a project's status-quo city off the GUI thread.

Reading the context city (thousands of buildings) is the slow part of opening a
project.  :class:`ProjectLoader` runs :func:`plannerapp.io.project.load_project`
on a ``QThread`` with a city loader that keeps every city it reads in
:attr:`ProjectLoader.cities` (path -> City); the GUI thread then opens the
project through the Session, whose city loader takes the city from that cache,
so only the small JSON files are parsed twice.  Workers never touch Qt widgets
or the Session.  Progress (0..1, text) is throttled to ~10 updates a second.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Job(QObject):
    progress = Signal(float, str)
    finished = Signal(object)           # the InputError, or None when the project is fine

    def __init__(self, folder: str, cities: dict):
        super().__init__()
        self.folder = folder
        self.cities = cities
        self._last = 0.0

    def _progress(self, fraction, text=""):
        now = time.monotonic()
        if now - self._last > 0.1 or fraction >= 1.0:
            self._last = now
            self.progress.emit(float(fraction), str(text))

    def _load_city(self, path):
        from plannerapp.io.loader import load_city

        key = os.path.abspath(os.fspath(path))
        if key not in self.cities:
            self.cities[key] = load_city(path, progress=lambda f, t="": self._progress(0.95 * f, t))
        return self.cities[key]

    @Slot()
    def run(self):
        from plannerapp.io.project import load_project

        try:
            load_project(self.folder, strict=True, city_loader=self._load_city)
            self.finished.emit(None)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported on the GUI thread
            self.finished.emit(exc)


class ProjectLoader(QObject):
    """One project load at a time.  Signals: ``done(folder, error_or_None)``, ``progress(f, text)``,
    ``busyChanged(bool)``."""

    done = Signal(str, object)
    progress = Signal(float, str)
    busyChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cities: dict = {}
        self._thread: QThread | None = None
        self._job: _Job | None = None
        self._folder = ""

    def is_busy(self) -> bool:
        return self._thread is not None

    def take_city(self, path):
        """The city read for *path* (removed from the cache), or ``None``."""
        return self.cities.pop(os.path.abspath(os.fspath(path)), None)

    def load(self, folder: str) -> bool:
        if self.is_busy():
            return False
        self._folder = str(folder)
        thread = QThread()
        thread.setObjectName("plannerapp-loader")
        job = _Job(self._folder, self.cities)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progress.connect(self.progress)
        job.finished.connect(self._on_finished)
        self._thread, self._job = thread, job
        self.busyChanged.emit(True)
        thread.start()
        return True

    @Slot(object)
    def _on_finished(self, error):
        thread, self._thread, self._job = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        self.busyChanged.emit(False)
        self.done.emit(self._folder, error)

    def shutdown(self, timeout_ms: int = 30000) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(timeout_ms)
            self._thread, self._job = None, None
        self.cities.clear()
