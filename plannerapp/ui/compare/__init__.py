"""Scheme comparison in the GUI: :class:`~.window.CompareWindow` and its menu action.

``install_compare_action(window)`` adds Analysis > "Compare schemes..." (Ctrl+K).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def install_compare_action(window) -> QAction:
    """Add "Compare schemes..." (Ctrl+K) to the Analysis menu of the main *window*."""
    from plannerapp.ui.compare.window import open_compare_window

    action = QAction(window.tr("&Compare schemes\u2026"), window)
    action.setObjectName("actionCompareSchemes")
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.setStatusTip(window.tr("Compare two to four schemes side by side: views, metrics table, charts"))
    action.triggered.connect(lambda: open_compare_window(window))
    window.add_action("analysis", action)
    window.compare_action = action
    return action
