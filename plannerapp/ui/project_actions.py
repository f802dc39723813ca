"""Projects in the main window: the Session, File actions, autosave, recovery, view sync.

:class:`ProjectController` owns the Qt-free :class:`~plannerapp.session.Session`
(``window.session``) and turns its events into view and panel updates; it
adds no business logic.  Installed by the main window as ``window.project``.

* File menu: New project from a context file (Ctrl+N), Open project
  (Ctrl+Shift+O), Save (Ctrl+S), Save as (Ctrl+Shift+S).  Saves are atomic
  and keep a ``.bak`` (the core does it).
* Autosave: a QTimer calls ``Session.autosave()`` every
  ``Settings.autosave_minutes``; when a project is opened and its autosave
  is newer than its last save, :mod:`plannerapp.ui.recovery` offers to recover.
* A bad project file: its problems in a dialog, with "Load what is valid"
  when the error carries a partial project.
* View sync (:mod:`plannerapp.ui.view_sync`): a new project or another
  active scheme re-shows the city; an edit re-meshes only what it touched.
* Docks: Schemes, Properties, History, Scheme diff; edit actions and
  viewport tools live in :mod:`plannerapp.ui.tools`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog

from plannerapp.errors import InputError
from plannerapp.io import recovery as recovery_io
from plannerapp.io.project import PROJECT_FILE
from plannerapp.session import Session, project_folder_of
from plannerapp.ui.errors import show_error, show_input_error
from plannerapp.ui.project_loader import ProjectLoader
from plannerapp.ui.recovery import ask_load_valid, ask_recover, ask_save_changes
from plannerapp.ui.view_sync import ViewSync


def is_project_path(path) -> bool:
    """A project folder or its ``project.json``."""
    p = Path(path)
    return (p.is_dir() and (p / PROJECT_FILE).is_file()) or (p.name == PROJECT_FILE and p.is_file())


class _Busy:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()
        return False


class ProjectController(QObject):
    """The window's project: session, File actions, docks, tools (see module docstring).

    Signals: ``projectOpened(folder)`` after a project is shown, ``saved(folder)``.
    """

    projectOpened = Signal(str)
    saved = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._loaded_city = None            # (path, City) handed over by the viewer's loader
        self._pending_recovery = True
        self.project_loader = ProjectLoader(self)
        self.project_loader.done.connect(self._on_project_loaded)
        self.project_loader.busyChanged.connect(self._on_loader_busy)
        self.project_loader.progress.connect(lambda f, t: self.window.status.set_progress(f, t))
        self.session = Session(city_loader=self._city_loader)
        window.session = self.session
        self.confirm_close = True           # tests switch the "save changes?" question off
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setObjectName("autosaveTimer")
        self.autosave_timer.timeout.connect(self.autosave)
        self.set_autosave_minutes(window.settings.autosave_minutes)

        self._make_file_actions()
        from plannerapp.ui.panels.diff import DiffPanel
        from plannerapp.ui.panels.history import HistoryPanel
        from plannerapp.ui.panels.properties import PropertiesPanel
        from plannerapp.ui.panels.schemes import SchemesPanel
        from plannerapp.ui.tools.edit_actions import EditActions

        # right: Schemes above [Properties | Attributes]; bottom: [History | Scheme diff]
        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        self.schemes = SchemesPanel(self.session, window)
        self.schemes_dock = window.add_dock(self.schemes, self.tr("Schemes"), right, "schemesDock")
        self.properties = PropertiesPanel(self.session, window)
        self.properties_dock = window.add_dock(self.properties, self.tr("Properties"), right, "propertiesDock")
        attributes_dock = self.window.attributes.parentWidget()
        if attributes_dock is not None and hasattr(attributes_dock, "toggleViewAction"):
            window.splitDockWidget(self.schemes_dock, attributes_dock, Qt.Orientation.Vertical)
            window.tabifyDockWidget(attributes_dock, self.properties_dock)
        self.properties_dock.raise_()
        self.history = HistoryPanel(self.session, window)
        self.history_dock = window.add_dock(self.history, self.tr("History"), bottom, "historyDock")
        self.diff = DiffPanel(self.session, window)
        self.diff_dock = window.add_dock(self.diff, self.tr("Scheme diff"), bottom, "diffDock")
        window.tabifyDockWidget(self.history_dock, self.diff_dock)
        self.history_dock.raise_()
        # side columns run full height; the bottom row sits under the 3D view only
        window.setCorner(Qt.Corner.BottomRightCorner, right)
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        if not window.settings.window_state:   # first start: a low bottom row, a short scheme list
            QTimer.singleShot(0, self._initial_dock_sizes)
        self.edit = EditActions(self)

        self.sync = ViewSync(self)
        window.loader.loaded.connect(self._on_city_loaded)
        window.installEventFilter(self)
        self.sync.update_title()

    def _initial_dock_sizes(self) -> None:
        w = self.window
        w.resizeDocks([self.history_dock], [max(120, w.height() // 6)], Qt.Orientation.Vertical)
        w.resizeDocks([self.schemes_dock, self.properties_dock], [230, max(300, w.height() - 330)],
                      Qt.Orientation.Vertical)

    # -- actions ---------------------------------------------------------------------
    def _action(self, text, slot, shortcut=None, tip=None, name=None) -> QAction:
        a = QAction(text, self.window)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.setObjectName(name or "")
        a.triggered.connect(lambda checked=False: slot())
        self.window.addAction(a)
        return a

    def _make_file_actions(self) -> None:
        tr = self.tr
        self.new_action = self._action(tr("&New project from context file\u2026"), self.new_project_dialog, "Ctrl+N",
                                       tr("Start a project on a city file (the status quo)"), "actionNewProject")
        self.open_action = self._action(tr("Open &project\u2026"), self.open_project_dialog, "Ctrl+Shift+O",
                                        tr("Open a project folder (its project.json)"), "actionOpenProject")
        self.save_action = self._action(tr("&Save project"), self.save, "Ctrl+S",
                                        tr("Save the project and all its schemes"), "actionSave")
        self.save_as_action = self._action(tr("Save project &as\u2026"), self.save_as_dialog, "Ctrl+Shift+S",
                                           tr("Save the project into another folder"), "actionSaveAs")
        for a in (self.new_action, self.open_action, self.save_action, self.save_as_action):
            self.window.add_action("file", a)
        self.window.menu("file").insertSeparator(self.window.file_tail)
        self.save_action.setEnabled(False)
        self.save_as_action.setEnabled(False)

    # -- opening ---------------------------------------------------------------------
    @staticmethod
    def is_project(path) -> bool:
        return is_project_path(path)

    def _city_loader(self, path):
        cached = self._loaded_city
        if cached is not None and os.path.abspath(cached[0]) == os.path.abspath(os.fspath(path)):
            self._loaded_city = None
            return cached[1]
        city = self.project_loader.cities.get(os.path.abspath(os.fspath(path)))
        if city is not None:        # read on the worker thread a moment ago
            return city
        from plannerapp.io.loader import load_city

        return load_city(path)

    def before_city_open(self) -> bool:
        """The viewer is about to open a city file: save or discard unsaved edits first (False: cancel)."""
        return self.maybe_save()

    def _on_city_loaded(self, path, city, _merged) -> None:
        """A city file opened with the viewer's Open: wrap it in an untitled project (no reload);
        offer its autosave when one is left from a crash."""
        self._loaded_city = (path, city)
        try:
            self.sync.adopting = True
            self.session.open_city(path)
        except InputError as exc:  # e.g. no CRS: the viewer still shows the city, editing is off
            self.window.status.showMessage(exc.problems[0], 8000)
            self.session.close()
        finally:
            self._loaded_city = None
        self.sync.adopting = False
        s = self.session
        if s.project is not None and s.recovery_available():
            if ask_recover(self.window, None, recovery_io.autosave_dir(s.project) / recovery_io.RECOVERY_FILE):
                s.recover()
                self.window.status.showMessage(self.tr("Recovered the unsaved changes"), 8000)
            else:
                recovery_io.discard_snapshot(s.project)
        self.autosave_timer.start() if s.project else self.autosave_timer.stop()
        self.sync.update_title()

    def open_project_dialog(self) -> None:
        s = self.window.settings
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open project"), s.last_dir,
                                              self.tr("plannerapp project (project.json);;All files (*)"))
        if path:
            self.open_project(path, background=True)

    def open_project(self, path, *, ask_recovery: bool = True, background: bool = False) -> bool:
        """Open the project folder (or ``project.json``) *path*; False when cancelled or unreadable.

        With *background* the city is read on a worker thread (progress in the
        status bar) and this returns at once (True: loading started);
        ``projectOpened`` tells when the project is shown.
        """
        if self.project_loader.is_busy():
            self.status(self.tr("Still loading the previous project\u2026"), 3000)
            return False
        if not self.maybe_save():
            return False
        folder = project_folder_of(path)
        if background:
            self._pending_recovery = ask_recovery
            self.status(self.tr("Loading project {name}\u2026").format(name=os.path.basename(folder)), 0)
            return self.project_loader.load(folder)
        return self._finish_open(folder, ask_recovery, None)

    def _on_project_loaded(self, folder: str, error) -> None:
        if error is not None and not isinstance(error, InputError):
            self.project_loader.cities.clear()
            self.status(self.tr("Could not open {name}").format(name=os.path.basename(folder)), 8000)
            show_error(self.window, error)
            return
        self._finish_open(folder, self._pending_recovery, error)

    def _on_loader_busy(self, busy: bool) -> None:
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.window.status.set_progress(0.0)
        else:
            QGuiApplication.restoreOverrideCursor()
            self.window.status.set_progress(None)

    def _finish_open(self, folder: str, ask_recovery: bool, error) -> bool:
        """Open *folder* through the Session (its city comes from the loader's cache when read already)."""
        s = self.session
        try:
            try:
                with _Busy():
                    if error is not None:
                        raise error
                    if ask_recovery and s.recovery_available(folder) and ask_recover(self.window, folder):
                        s.recover(folder)
                        self.status(self.tr("Recovered the unsaved changes"), 8000)
                    else:
                        if s.recovery_available(folder):  # declined: also the config-folder fallback
                            recovery_io.discard_snapshots_of(folder)
                        s.open_project(folder)
            except InputError as exc:
                if exc.partial is not None and ask_load_valid(self.window, exc):
                    with _Busy():
                        s.open_project(folder, strict=False)
                    self.status(self.tr("Opened with {n} problem(s) left out").format(n=len(s.project.warnings)),
                                10000)
                else:
                    if exc.partial is None:
                        show_input_error(self.window, exc, self.tr("Cannot open project"))
                    self.window.status.clearMessage()
                    return False
        finally:
            self.project_loader.cities.clear()
        self._after_open(os.path.join(folder, PROJECT_FILE))
        return True

    def _after_open(self, path: str) -> None:
        st = self.window.settings
        st.add_recent(path)
        st.last_dir = os.path.dirname(os.path.dirname(os.path.abspath(path)))
        self.window._save_settings()
        self.window.current_path = path
        self.autosave_timer.start()
        self.window.status.showMessage(self.tr("Opened project {name}").format(name=self.session.project.name), 5000)
        self.projectOpened.emit(os.path.dirname(path))
        self.window.fileLoaded.emit(path)

    def new_project_dialog(self) -> None:
        s = self.window.settings
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("New project: choose the context city file"),
                                              s.last_dir, self.window.file_filters())
        if path:
            self.new_project(path)

    def new_project(self, context_file, folder=None) -> bool:
        """A new project on *context_file*; saved into *folder* at once when given."""
        if not self.maybe_save():
            return False
        try:
            with _Busy():
                self.session.new_project(context_file, folder)
        except InputError as exc:
            show_input_error(self.window, exc, self.tr("Cannot start a project"))
            return False
        self.autosave_timer.start()
        self.window.status.showMessage(self.tr("New project on {name}: add a scheme to start designing").format(
            name=os.path.basename(os.fspath(context_file))), 8000)
        self.projectOpened.emit(self.session.path)
        return True

    # -- saving ----------------------------------------------------------------------
    def save(self) -> bool:
        if self.session.project is None:
            return False
        if not self.session.project.root:
            return self.save_as_dialog()
        return self._save(None)

    def save_as_dialog(self) -> bool:
        if self.session.project is None:
            return False
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Save project into folder"),
                                                  self.window.settings.last_dir)
        return self._save(folder) if folder else False

    def save_as(self, folder) -> bool:
        return self._save(folder)

    def _save(self, folder) -> bool:
        self.sync.saving = True
        try:
            with _Busy():
                out = self.session.save() if folder is None else self.session.save_as(folder)
        except (InputError, OSError) as exc:
            show_error(self.window, exc if isinstance(exc, InputError) else InputError(folder, [str(exc)]))
            return False
        finally:
            self.sync.saving = False
        self.window.settings.add_recent(os.path.join(out, PROJECT_FILE))
        self.window._save_settings()
        self.window.status.showMessage(self.tr("Saved {path}").format(path=out), 5000)
        self.saved.emit(os.fspath(out))
        return True

    def maybe_save(self) -> bool:
        """Ask to save unsaved edits; False when the user cancels."""
        if not (self.confirm_close and self.session.dirty):
            return True
        answer = ask_save_changes(self.window, self.session.project.name)
        if answer == "save":
            return self.save()
        if answer == "discard":
            recovery_io.discard_snapshot(self.session.project)
            return True
        return False

    # -- autosave --------------------------------------------------------------------
    def set_autosave_minutes(self, minutes: float) -> None:
        self.autosave_timer.setInterval(max(5_000, int(float(minutes or 3.0) * 60_000)))

    def autosave(self):
        """Write a recovery snapshot when there are unsaved edits (the timer calls this)."""
        try:
            path = self.session.autosave()
        except (InputError, OSError) as exc:
            self.window.status.showMessage(self.tr("Autosave failed: {e}").format(e=exc), 8000)
            return None
        root = self.session.project.root if self.session.project else ""
        if path is not None and root and not Path(path).is_relative_to(root):
            self.window.status.showMessage(
                self.tr("Autosaved to {path}: the project folder is read-only").format(path=path.parent), 8000)
        elif path is not None:
            self.window.status.showMessage(self.tr("Autosaved"), 3000)
        return path

    # -- closing ---------------------------------------------------------------------
    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.Close:
            if not self.maybe_save():
                event.ignore()
                return True
            self.autosave_timer.stop()
            self.project_loader.shutdown()
            self.edit.shutdown()
        return False

    def show_city(self, reset_camera: bool = False) -> None:
        self.sync.show_city(reset_camera)

    def status(self, text: str, ms: int = 6000) -> None:
        self.window.status.showMessage(text, ms)

    def report(self, exc: Exception) -> None:
        """An edit that could not be done: a status-bar message (a dialog for unexpected errors)."""
        if isinstance(exc, InputError):
            self.status(exc.problems[0], 8000)
        else:
            show_error(self.window, exc)


__all__ = ["ProjectController", "is_project_path"]
