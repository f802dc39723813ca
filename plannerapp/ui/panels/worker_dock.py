"""What the docks that run core work on a :class:`~plannerapp.ui.analysis_runner.TaskRunner` share.

The Analysis and Review docks both show the runner's progress on a 0..1000
bar and must stop their worker when the main window closes.  This module is
not a panel itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QProgressBar


def show_progress(bar: QProgressBar, fraction: float, text: str) -> None:
    """Show a runner's ``progress(fraction 0..1, text)`` on *bar* (range 0..1000) as "text – 42%"."""
    bar.setValue(int(round(fraction * 1000)))
    bar.setFormat((text + " \u2013 " if text else "") + "%p%")


class _ShutdownOnClose(QObject):
    """Calls ``panel.shutdown()`` (stops the panel's worker) when the window closes."""

    def __init__(self, window, panel):
        super().__init__(panel)
        self.panel = panel
        window.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Close:
            self.panel.shutdown()
        return False


def add_worker_dock(window, panel, title: str, name: str):
    """Put *panel* in a left dock of *window* (kept as ``panel.dock``); ``panel.shutdown()`` runs on close."""
    panel.dock = window.add_dock(panel, title, Qt.DockWidgetArea.LeftDockWidgetArea, name)
    _ShutdownOnClose(window, panel)
    return panel.dock
