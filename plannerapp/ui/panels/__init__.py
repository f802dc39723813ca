"""Dock panels of the main window, one module each.

A panel is a plain ``QWidget``; register it with
``window.add_dock(panel, title, area)`` (see :mod:`plannerapp.ui.main_window`).
"""
