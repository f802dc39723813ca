"""The main window's actions and menus (File, Edit, View, Analysis, Help).

Everything user-visible goes through ``tr``.  Shortcuts:

=================  ==========================
Ctrl+O             open a city file
Ctrl+Q             quit
F                  frame the selection
O                  building outlines on/off
Home, R            reset the view (south-west isometric, whole city)
1 .. 6             top, iso SW, iso SE, iso NE, iso NW, low view from the south
Esc                clear the selection
=================  ==========================

Other engineers add actions with ``window.add_action("analysis", action)``
(see :mod:`plannerapp.ui.main_window`); this module only holds the viewer's own.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

MENU_KEYS = ("file", "edit", "view", "analysis", "help")


class Actions(QObject):
    """Creates the viewer's actions on *window* and fills its menus."""

    def __init__(self, window):
        super().__init__(window)
        w = window
        self.window = w
        self.open = self._action(self.tr("&Open\u2026"), w.open_file_dialog, QKeySequence("Ctrl+O"),
                                 self.tr("Open a city file (CityJSON, GeoJSON, OBJ, glTF, PLY, STL)"), "actionOpen")
        self.open_sample = self._action(self.tr("Open &sample city"), w.open_sample, None,
                                        self.tr("Open the bundled sample city (3D BAG, Delft)"), "actionOpenSample")
        self.screenshot = self._action(self.tr("Save &view as image\u2026"), w.save_view_image, QKeySequence("Ctrl+Alt+S"),
                                       self.tr("Save the 3D view as a PNG image"), "actionSaveImage")
        self.quit = self._action(self.tr("&Quit"), w.close, QKeySequence("Ctrl+Q"), self.tr("Quit plannerapp"), "actionQuit")
        self.clear_selection = self._action(self.tr("Clear &selection"), w.clear_selection, QKeySequence("Esc"),
                                            None, "actionClearSelection")
        self.frame = self._action(self.tr("&Frame selection"), w.frame_selection, QKeySequence("F"),
                                  self.tr("Zoom to the selected building"), "actionFrameSelection")
        self.reset_view = self._action(self.tr("&Reset view"), lambda: w.set_view("reset"), None,
                                       self.tr("Show the whole city from the south-west"), "actionResetView")
        self.reset_view.setShortcuts([QKeySequence("Home"), QKeySequence("R")])
        self.views = {}
        for preset, key, label in self.view_presets():
            a = self._action(label, lambda _=False, p=preset: w.set_view(p), QKeySequence(key), None, f"actionView_{preset}")
            self.views[preset] = a
        self.outlines = self._action(self.tr("Building &outlines"), lambda: w.set_outlines(self.outlines.isChecked()),
                                     QKeySequence("O"), self.tr("Draw roof and wall edges (automatic for small cities)"),
                                     "actionOutlines")
        self.outlines.setCheckable(True)
        self._decorate()
        self.about = self._action(self.tr("&About plannerapp"), w.show_about, None, None, "actionAbout")
        self.controls = self._action(self.tr("Viewer &controls"), w.show_controls, QKeySequence("F1"), None, "actionControls")
        self.recent_menu = QMenu(self.tr("Open &recent"), w)
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self.fill_recent)

    def view_presets(self) -> list[tuple[str, str, str]]:
        """(preset, shortcut, label) for the View menu."""
        return [
            ("top", "1", self.tr("&Top (plan, north up)")),
            ("iso_sw", "2", self.tr("Isometric from &south-west")),
            ("iso_se", "3", self.tr("Isometric from south-&east")),
            ("iso_ne", "4", self.tr("Isometric from &north-east")),
            ("iso_nw", "5", self.tr("Isometric from north-&west")),
            ("south", "6", self.tr("&Low view from the south")),
        ]

    def _decorate(self) -> None:
        """Icons and short toolbar labels."""
        from plannerapp.ui.icons import make_icon

        short = {
            "open": (self.open, self.tr("Open")), "top": (self.views["top"], self.tr("Top")),
            "iso_sw": (self.views["iso_sw"], self.tr("SW")), "iso_ne": (self.views["iso_ne"], self.tr("NE")),
            "iso_se": (self.views["iso_se"], self.tr("SE")), "iso_nw": (self.views["iso_nw"], self.tr("NW")),
            "reset": (self.reset_view, self.tr("Reset")), "frame": (self.frame, self.tr("Frame")),
        }
        for kind, (action, label) in short.items():
            action.setIcon(make_icon(kind))
            action.setIconText(label)
            keys = ", ".join(k.toString() for k in action.shortcuts())
            tip = action.text().replace("&", "") + (f" ({keys})" if keys else "")
            action.setToolTip(tip)

    def _action(self, text, slot, shortcut=None, tip=None, name=None) -> QAction:
        a = QAction(text, self.window)
        if shortcut is not None:
            a.setShortcut(shortcut)
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        if name:
            a.setObjectName(name)
        a.triggered.connect(lambda checked=False: slot())
        self.window.addAction(a)  # shortcuts work even when the menu bar is hidden
        return a

    def fill_menus(self) -> None:
        w = self.window
        file_menu = w.menu("file")
        file_menu.addAction(self.open)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.open_sample)
        file_menu.addSeparator()
        file_menu.addAction(self.screenshot)
        w.file_tail = file_menu.addSeparator()   # window.add_action("file", a) inserts above this
        file_menu.addAction(self.quit)

        edit = w.menu("edit")
        edit.addAction(self.clear_selection)

        view = w.menu("view")
        for a in self.views.values():
            view.addAction(a)
        view.addSeparator()
        view.addAction(self.reset_view)
        view.addAction(self.frame)
        view.addAction(self.outlines)
        view.addSeparator()
        w.panels_menu = view.addMenu(self.tr("&Panels"))
        w.panels_menu.setObjectName("menuPanels")

        help_menu = w.menu("help")
        help_menu.addAction(self.controls)
        help_menu.addAction(self.about)
        self.fill_recent()

    def fill_recent(self) -> None:
        m = self.recent_menu
        m.clear()
        files = [p for p in self.window.settings.recent_files if p]
        for p in files:
            a = m.addAction(os.path.basename(p))
            a.setToolTip(p)
            a.setStatusTip(p)
            a.setData(p)
            a.triggered.connect(lambda checked=False, path=p: self.window.open_file(path))
        if not files:
            a = m.addAction(self.tr("(no recent files)"))
            a.setEnabled(False)
