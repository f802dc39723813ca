"""The main window: menus, toolbar, 3D viewport, dock panels, status bar.

Extension points (one line each, for the projects/editing/review/analysis panels)
---------------------------------------------------------------------------------
* ``window.add_dock(widget, self.tr("Schemes"), Qt.LeftDockWidgetArea)`` - a dock
  panel; also listed in View > Panels and remembered in the window state.
* ``window.add_action("analysis", action)`` - an action in a menu
  (keys: ``file``, ``edit``, ``view``, ``analysis``, ``help``; File actions go above Quit);
  ``toolbar=True`` also puts it on the toolbar.  ``window.menu(key)`` is the QMenu.
* ``window.viewport`` (:class:`~plannerapp.ui.viewport.Viewport`): ``viewport.plotter``
  is the pyvista plotter for extra scene adapters, ``viewport.view`` the
  :class:`~plannerapp.scene.view.CityView` (``update_buildings``, ``add_buildings``,
  ``remove_buildings``, ``select``).
* Signals: ``cityChanged(city)``, ``selectionChanged(list_of_ids)``.
* ``window.open_file(path)`` loads on a worker thread; ``window.set_city(city)`` shows a
  City built in memory.  Errors become dialogs (:mod:`plannerapp.ui.errors`).

The viewer's own actions live in :mod:`plannerapp.ui.actions`, panels in
:mod:`plannerapp.ui.panels`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QToolBar

from plannerapp import __version__
from plannerapp.errors import InputError
from plannerapp.paths import sample_city_path
from plannerapp.settings import Settings
from plannerapp.ui import gc_guard
from plannerapp.ui.actions import MENU_KEYS, Actions
from plannerapp.ui.colour_by import ColourByCombo
from plannerapp.ui.errors import show_error
from plannerapp.ui.panels.attributes import AttributesPanel
from plannerapp.ui.statusbar import StatusBar
from plannerapp.ui.viewport import Viewport
from plannerapp.ui.workers import CityLoader


class MainWindow(QMainWindow):
    cityChanged = Signal(object)
    selectionChanged = Signal(list)
    fileLoaded = Signal(str)

    def __init__(self, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        gc_guard.install(QApplication.instance())  # cycles collected on this thread, never a worker's
        self.settings = settings if settings is not None else Settings.load()
        self.city = None
        self.current_path: str | None = None
        self._shown_once = False
        self.setWindowTitle(self.tr("plannerapp"))
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.viewport = Viewport(self, colour_by=self.settings.colour_by or "height")
        self.setCentralWidget(self.viewport)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)

        self.menus = {}
        labels = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "analysis": self.tr("&Analysis"), "help": self.tr("&Help")}
        for key in MENU_KEYS:
            m = self.menuBar().addMenu(labels[key])
            m.setObjectName(f"menu_{key}")
            self.menus[key] = m
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.actions_ = Actions(self)
        self.actions_.fill_menus()
        empty = self.menus["analysis"].addAction(self.tr("(no analyses yet)"))
        empty.setObjectName("placeholder")
        empty.setEnabled(False)
        self._fill_toolbar()

        self.attributes = AttributesPanel(self)
        dock = self.add_dock(self.attributes, self.tr("Attributes"), Qt.DockWidgetArea.RightDockWidgetArea,
                             "attributesDock")
        self.attributes.setMinimumWidth(300)

        self.loader = CityLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)
        self.loader.progress.connect(lambda f, t: self.status.set_progress(f, t))
        self.loader.busyChanged.connect(self._on_busy)
        self.viewport.buildingPicked.connect(self._on_picked)
        from plannerapp.ui.project_actions import ProjectController  # projects, schemes, editing docks

        self.project = ProjectController(self)
        from plannerapp.ui.panels.review import install_review_panel  # review dock (issue 4)

        install_review_panel(self)
        from plannerapp.ui.panels.analysis import install_analysis_panel  # analysis dock (issue 5)

        install_analysis_panel(self)
        from plannerapp.ui.compare import install_compare_action  # Analysis > Compare schemes (issue 6)

        install_compare_action(self)
        self._restore_geometry()

    # -- extension points ------------------------------------------------------------
    def menu(self, key: str):
        return self.menus[key]

    def add_action(self, menu_key: str, action, toolbar: bool = False):
        """Put *action* in menu *menu_key* (File actions above Quit) and optionally the toolbar."""
        m = self.menus[menu_key]
        for placeholder in [a for a in m.actions() if a.objectName() == "placeholder"]:
            m.removeAction(placeholder)
        if menu_key == "file" and getattr(self, "file_tail", None) is not None:
            m.insertAction(self.file_tail, action)
        else:
            m.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def add_dock(self, widget, title: str, area=Qt.DockWidgetArea.RightDockWidgetArea, name: str | None = None):
        """Wrap *widget* in a dock at *area*; listed in View > Panels. Returns the QDockWidget."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name or (widget.objectName() or title) + "Dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _fill_toolbar(self) -> None:
        a = self.actions_
        self.toolbar.addAction(a.open)
        self.toolbar.addSeparator()
        for preset in ("top", "iso_sw", "iso_se", "iso_ne", "iso_nw"):
            self.toolbar.addAction(a.views[preset])
        self.toolbar.addAction(a.reset_view)
        self.toolbar.addAction(a.frame)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr(" Colour by: ")))
        self.colour_by = ColourByCombo(self)
        self.colour_by.set_key(self.settings.colour_by or "height", emit=False)
        self.colour_by.keyChanged.connect(self.set_colour_by)
        self.toolbar.addWidget(self.colour_by)

    # -- opening ---------------------------------------------------------------------
    def file_filters(self) -> str:
        return ";;".join([
            self.tr("City files (*.json *.city.json *.cityjson *.jsonl *.geojson *.obj *.gltf *.glb *.ply *.stl)"),
            self.tr("CityJSON (*.json *.city.json *.cityjson)"),
            self.tr("CityJSON Text Sequences (*.city.jsonl *.jsonl)"),
            self.tr("GeoJSON footprints (*.geojson *.json)"),
            self.tr("Meshes (*.obj *.gltf *.glb *.ply *.stl)"),
            self.tr("All files (*)"),
        ])

    def open_file_dialog(self) -> None:
        start = self.settings.last_dir or (os.path.dirname(self.current_path) if self.current_path else "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open city file"), start, self.file_filters())
        if path:
            self.open_file(path)

    def open_sample(self) -> None:
        self.open_file(str(sample_city_path()))

    def open_file(self, path) -> bool:
        """Load *path* on a worker thread (busy cursor + progress); False if busy or missing."""
        path = os.fspath(path)
        if self.project.is_project(path):  # a project folder or its project.json
            return self.project.open_project(path, background=True)
        if not self.project.before_city_open():  # unsaved edits: save, discard or cancel
            return False
        if not os.path.isfile(path):
            show_error(self, InputError(path, [self.tr("the file does not exist")]))
            return False
        if not self.loader.load(path):
            self.status.showMessage(self.tr("Still loading the previous file\u2026"), 3000)
            return False
        self.status.showMessage(self.tr("Loading {name}\u2026").format(name=os.path.basename(path)))
        return True

    def _on_busy(self, busy: bool) -> None:
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.status.set_progress(0.0)
        else:
            QGuiApplication.restoreOverrideCursor()
            self.status.set_progress(None)

    def _on_loaded(self, path: str, city, merged) -> None:
        self.current_path = path
        self.settings.add_recent(path)
        self.settings.last_dir = os.path.dirname(os.path.abspath(path))
        self._save_settings()
        self.set_city(city, merged=merged)
        self.setWindowTitle(self.tr("{name} \u2013 plannerapp").format(name=os.path.basename(path)))
        self.status.showMessage(self.tr("Loaded {name}").format(name=os.path.basename(path)), 5000)
        for w in getattr(city, "warnings", [])[:1]:
            self.status.showMessage(w, 8000)
        self.fileLoaded.emit(path)

    def _on_load_failed(self, path: str, exc) -> None:
        self.status.showMessage(self.tr("Could not open {name}").format(name=os.path.basename(path)), 8000)
        show_error(self, exc)

    def set_city(self, city, merged=None) -> None:
        """Show *city* (a :class:`plannerapp.model.City`); clears the selection."""
        self.city = city
        self.viewport.set_city(city, merged=merged)
        self.colour_by.update_for_city(city)
        self.status.set_counts(len(city.buildings), self.viewport.view.layer.n_triangles())
        self.status.set_crs(city.crs)
        self.actions_.outlines.setChecked(self.viewport.view.edges.wanted())
        self._set_selection([])
        self.cityChanged.emit(city)

    # -- selection / view ------------------------------------------------------------
    def _on_picked(self, building_id) -> None:
        self._set_selection([building_id] if building_id else [], highlight=False)

    def select(self, building_ids) -> None:
        self._set_selection(list(building_ids))

    def _set_selection(self, ids, highlight: bool = True) -> None:
        if highlight:
            ids = self.viewport.select(ids)
        self.attributes.show_building(self.city.by_id(ids[0]) if ids and self.city is not None else None)
        if ids:
            self.status.showMessage(self.tr("Selected {id}").format(id=ids[0]), 5000)
        self.selectionChanged.emit(list(ids))

    def selected_ids(self) -> list[str]:
        return list(self.viewport.view.selection.ids)

    def clear_selection(self) -> None:
        self._set_selection([])

    def frame_selection(self) -> None:
        if not self.viewport.frame_selection():
            self.status.showMessage(self.tr("Nothing selected: click a building first"), 3000)

    def set_view(self, preset: str) -> None:
        self.viewport.set_view(preset)

    def set_outlines(self, on: bool) -> None:
        self.viewport.view.edges.set_visible(bool(on))
        self.actions_.outlines.setChecked(bool(on))
        self.viewport.render()

    def set_colour_by(self, key: str) -> None:
        self.viewport.set_colour_by(key)
        self.colour_by.set_key(key, emit=False)
        self.settings.colour_by = key

    def save_view_image(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save view as image"), "view.png", self.tr("PNG image (*.png)"))
        if path:
            self.viewport.plotter.screenshot(path)
            self.status.showMessage(self.tr("Saved {path}").format(path=path), 5000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About plannerapp"), self.tr(
            "<b>plannerapp {version}</b><p>3D urban planning and design-scheme review.</p>"
            "<p>Sample city: 3D BAG (TU Delft 3D Geoinformation), CC BY 4.0.</p>").format(version=__version__))

    def show_controls(self) -> None:
        QMessageBox.information(self, self.tr("Viewer controls"), self.tr(
            "<table>"
            "<tr><td>Left drag</td><td>rotate</td></tr><tr><td>Shift + left drag, middle drag</td><td>pan</td></tr>"
            "<tr><td>Wheel, right drag</td><td>zoom</td></tr><tr><td>Click</td><td>select a building</td></tr>"
            "<tr><td>F</td><td>frame selection</td></tr><tr><td>Home, R</td><td>reset view</td></tr>"
            "<tr><td>1 \u2026 6</td><td>top, iso SW, SE, NE, NW, low from south</td></tr>"
            "<tr><td>Esc</td><td>clear selection</td></tr><tr><td>Ctrl+O</td><td>open</td></tr></table>"))

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self.settings.window_state:  # first run: side panels narrow, the 3D view wide
                QTimer.singleShot(0, self._default_dock_widths)

    def _default_dock_widths(self) -> None:
        A, O = Qt.DockWidgetArea, Qt.Orientation
        for area, size, orient in ((A.LeftDockWidgetArea, 300, O.Horizontal), (A.RightDockWidgetArea, 330, O.Horizontal),
                                   (A.BottomDockWidgetArea, 190, O.Vertical), (A.TopDockWidgetArea, 150, O.Vertical)):
            docks = [d for d in self.findChildren(QDockWidget) if self.dockWidgetArea(d) == area and d.isVisible()]
            if docks:
                self.resizeDocks(docks, [size] * len(docks), orient)

    # -- drag and drop ---------------------------------------------------------------
    @staticmethod
    def _dropped_files(mime) -> list[str]:
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and os.path.isfile(u.toLocalFile())]

    def dragEnterEvent(self, event):  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and self._dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event):  # noqa: N802 - Qt override
        files = self._dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.open_file(files[0])
        else:
            event.ignore()

    # -- settings --------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        s = self.settings
        if s.window_geometry:
            self.restoreGeometry(QByteArray.fromHex(s.window_geometry.encode("ascii")))
        else:
            self.resize(1400, 900)
        if s.window_state:
            self.restoreState(QByteArray.fromHex(s.window_state.encode("ascii")))

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:  # pragma: no cover - unwritable config dir
            self.status.showMessage(self.tr("Cannot save settings: {e}").format(e=exc), 5000)

    def closeEvent(self, event):  # noqa: N802 - Qt override
        self.settings.window_geometry = bytes(self.saveGeometry().toHex()).decode("ascii")
        self.settings.window_state = bytes(self.saveState().toHex()).decode("ascii")
        self._save_settings()
        self.loader.shutdown()
        self.viewport.close_plotter()
        super().closeEvent(event)
