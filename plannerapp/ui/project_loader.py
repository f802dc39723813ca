"""Loading a project's status-quo city off the GUI thread.

Reading the context city (thousands of buildings) is the slow part of opening a
project.  :class:`ProjectLoader` runs :func:`plannerapp.io.project.load_project`
on a worker thread (the :class:`~plannerapp.ui.workers.ThreadLoader` pattern)
with a city loader that keeps every city it reads in
:attr:`ProjectLoader.cities` (path -> City); the GUI thread then opens the
project through the Session, whose city loader takes the city from that cache,
so only the small JSON files are parsed twice.  Workers never touch Qt widgets
or the Session.  Progress (0..1, text) is throttled to ~10 updates a second.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Signal

from plannerapp.ui.workers import ThreadLoader


class ProjectLoader(ThreadLoader):
    """One project load at a time.  Signals: ``done(folder, error_or_None)``, ``progress(f, text)``,
    ``busyChanged(bool)``."""

    done = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cities: dict = {}
        self._folder = ""

    def take_city(self, path):
        """The city read for *path* (removed from the cache), or ``None``."""
        return self.cities.pop(os.path.abspath(os.fspath(path)), None)

    def load(self, folder: str) -> bool:
        if self.is_busy():
            return False
        self._folder = str(folder)
        return self._start(self._task(self._folder, self.cities))

    @staticmethod
    def _task(folder: str, cities: dict):
        """``task(progress, cancelled)`` loading *folder*, keeping the cities it reads in *cities*."""

        def task(progress, _cancelled):
            from plannerapp.io.loader import load_city
            from plannerapp.io.project import load_project

            def city_loader(path):
                key = os.path.abspath(os.fspath(path))
                if key not in cities:
                    cities[key] = load_city(path, progress=lambda f, t="": progress(0.95 * f, t))
                return cities[key]

            load_project(folder, strict=True, city_loader=city_loader)

        return task

    def _finished(self, _result, exc) -> None:
        self.done.emit(self._folder, exc)

    def shutdown(self, timeout_ms: int = 30000) -> None:
        super().shutdown(timeout_ms)
        self.cities.clear()
