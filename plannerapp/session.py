"""The Qt-free application facade (glue's ``application_base.py`` style).

A :class:`Session` owns what is open (a project folder, or a bare city file
wrapped in an untitled project), the active scheme (``None`` = status quo),
the selection (a set of building ids), the undo stack and the dirty flag.
The Qt main window wraps it and adds no business logic; it listens with
plain callbacks::

    s = Session()
    s.on("changed", lambda ev: print(ev.kind, ev.building_ids))
    s.open("scenarios/delft-sample")
    s.set_active_scheme("towers")
    s.select(["T1"])
    s.move_selection(5.0, 0.0)      # local metres
    s.undo()

Event kinds (``SessionEvent.kind``): ``project`` (opened/closed/saved),
``scheme`` (active scheme switched), ``schemes`` (list or names changed),
``buildings`` (ids in ``building_ids``/``green_ids`` of ``scheme_id``
changed: rebuild just those), ``selection``, ``dirty``, ``history``
(undo stack changed).  ``on("changed", fn)`` receives every kind; ``on(kind, fn)``
only that kind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from plannerapp.commands import AddScheme, CommandStack, DeleteScheme, DuplicateScheme, RenameScheme, StackEvent
from plannerapp.commands.base import Command
from plannerapp.commands.selection_edits import SelectionEditsMixin
from plannerapp.errors import InputError
from plannerapp.geometry.crs import epsg_string
from plannerapp.i18n import translate
from plannerapp.io import recovery
from plannerapp.io.project import PROJECT_FILE, derive_site, load_project, save_project
from plannerapp.model.city import City
from plannerapp.model.diff import diff_schemes
from plannerapp.model.project import Project
from plannerapp.model.scheme import Scheme

EVENT_KINDS = ("project", "scheme", "schemes", "buildings", "selection", "dirty", "history")


@dataclass(frozen=True)
class SessionEvent:
    kind: str
    scheme_id: str | None = None
    building_ids: frozenset = frozenset()
    green_ids: frozenset = frozenset()
    label: str = ""


def _load_city(path):
    from plannerapp.io.loader import load_city

    return load_city(path)


class Session(SelectionEditsMixin):
    """One open project and its editing state (see module docstring)."""

    def __init__(self, city_loader: Callable | None = None):
        self.project: Project | None = None
        self.active_scheme_id: str | None = None
        self.selection: frozenset[str] = frozenset()
        self.stack: CommandStack | None = None
        self._listeners: dict[str, list[Callable]] = {k: [] for k in EVENT_KINDS + ("changed",)}
        self._city_loader = city_loader or _load_city
        self._never_saved = False
        self._dirty = False

    # ---------------------------------------------------------------- events
    def on(self, kind: str, fn: Callable[[SessionEvent], None]) -> Callable:
        if kind not in self._listeners:
            raise ValueError(f"unknown event {kind!r}; one of {', '.join(self._listeners)}")
        self._listeners[kind].append(fn)
        return fn

    def off(self, kind: str, fn) -> None:
        if fn in self._listeners.get(kind, []):
            self._listeners[kind].remove(fn)

    def _emit(self, kind: str, **kw) -> None:
        ev = SessionEvent(kind, **kw)
        for fn in list(self._listeners[kind]) + list(self._listeners["changed"]):
            fn(ev)

    def _update_dirty(self) -> None:
        dirty = self.project is not None and (self._never_saved or (self.stack is not None and not self.stack.is_clean))
        if dirty != self._dirty:
            self._dirty = dirty
            self._emit("dirty")

    @property
    def dirty(self) -> bool:
        """True when there are edits (or a new project) not saved yet."""
        return self._dirty

    # ---------------------------------------------------------- open / close
    def _set_project(self, project: Project | None, active: str | None = None, *, never_saved=False) -> None:
        if self.stack is not None:
            self.stack.remove_listener(self._on_stack)
        self.project = project
        self.stack = CommandStack(project) if project is not None else None
        if self.stack is not None:
            self.stack.add_listener(self._on_stack)
        self.active_scheme_id = active if active is not None else (project.schemes[0].id if project and project.schemes else None)
        self.selection = frozenset()
        self._never_saved = never_saved
        self._emit("project", scheme_id=self.active_scheme_id)
        self._emit("history")
        self._update_dirty()

    def open(self, path, *, strict: bool = True) -> Project:
        """Open a project folder (or its ``project.json``) or a bare city file."""
        p = Path(path)
        if p.is_dir() or p.name == PROJECT_FILE:
            return self.open_project(p, strict=strict)
        return self.open_city(p)

    def open_project(self, folder, *, strict: bool = True) -> Project:
        project = load_project(folder, strict=strict, city_loader=self._city_loader)
        self._set_project(project)
        return project

    def open_city(self, path) -> Project:
        """Open a bare city file as an untitled project (status quo only until a scheme is added)."""
        city = self._city_loader(path)
        self._set_project(self._project_for_city(city, Path(path)))
        return self.project

    def _project_for_city(self, city: City, path: Path, name: str | None = None, crs: str | None = None) -> Project:
        crs = epsg_string(crs or city.crs) if (crs or city.crs) else None
        if crs is None:
            raise InputError(path, translate("session", "the file does not say its coordinate reference system; give one (e.g. EPSG:7415)"))
        if city.crs is None:
            city.crs = crs
        name = name or path.name.split(".")[0]
        return Project(name=name, crs=crs, context=city, context_path=str(path.resolve()),
                       site=derive_site(city, crs), site_derived=True)

    def new_project(self, context_file, folder=None, *, name: str | None = None, crs: str | None = None) -> Project:
        """A new project on a context file; saved at once into *folder* when given."""
        path = Path(context_file)
        if folder is not None and (Path(folder) / PROJECT_FILE).exists():
            raise InputError(Path(folder) / PROJECT_FILE, translate("session", "this folder already holds a project; open it or choose another folder"))
        city = self._city_loader(path)
        project = self._project_for_city(city, path, name=name or (Path(folder).name if folder else None), crs=crs)
        if folder is not None:
            save_project(project, folder)
        self._set_project(project, never_saved=folder is None)
        return project

    def close(self) -> None:
        if self.project is not None:
            recovery.discard_snapshot(self.project)
        self._set_project(None)

    # ------------------------------------------------------------------ save
    @property
    def path(self) -> str:
        return self.project.root if self.project else ""

    def save(self) -> Path:
        if self.project is None:
            raise InputError(None, translate("session", "nothing is open"))
        folder = save_project(self.project)
        self._after_save()
        return folder

    def save_as(self, folder) -> Path:
        if self.project is None:
            raise InputError(None, translate("session", "nothing is open"))
        old = recovery.snapshot_dirs(self.project)
        folder = save_project(self.project, folder)
        new = recovery.snapshot_dirs(self.project)
        for d in old:
            if d.is_dir() and d not in new:
                import shutil

                shutil.rmtree(d, ignore_errors=True)
        self._after_save()
        return folder

    def _after_save(self) -> None:
        recovery.discard_snapshot(self.project)
        self._never_saved = False
        self.stack.mark_clean()
        self._emit("project", scheme_id=self.active_scheme_id)
        self._update_dirty()

    # -------------------------------------------------------------- autosave
    def autosave(self) -> Path | None:
        """Write a recovery snapshot when there are unsaved edits (call from a timer).

        Returns the path of ``recovery.json``: in ``<project>/.autosave/``, or in the
        config folder when the project folder cannot be written (read-only) or the
        project is untitled (see :mod:`plannerapp.io.recovery`)."""
        if self.project is None or not self.dirty:
            return None
        return recovery.write_snapshot(self.project, self.active_scheme_id)

    def recovery_available(self, folder=None) -> bool:
        """True when *folder* (default: the open project) has an autosave newer than its last save."""
        if folder is not None:
            return recovery.find_snapshot(folder) is not None
        if self.project is None:
            return False
        if self.project.root:
            return recovery.find_snapshot(self.project.root) is not None
        return recovery.snapshot_available(recovery.autosave_dir(self.project), None)

    def recover(self, folder=None) -> Project:
        """Open the autosaved state of *folder* (default: the open project); it is dirty until saved."""
        if folder is not None:
            snap_dir = recovery.find_snapshot(folder) or Path(folder) / recovery.AUTOSAVE_DIR
            data = recovery.read_snapshot(snap_dir)
            project = load_project(folder, strict=False, city_loader=self._city_loader)
        else:
            if self.project is None:
                raise InputError(None, translate("session", "nothing is open"))
            snap_dir = (recovery.find_snapshot(self.project.root) if self.project.root else None) \
                or recovery.autosave_dir(self.project)
            data = recovery.read_snapshot(snap_dir)
            project = self.project
        problems = recovery.apply_snapshot(project, snap_dir, data)
        project.warnings = list(project.warnings) + problems
        active = data.get("active_scheme")
        active = active if any(s.id == active for s in project.schemes) else None
        self._set_project(project, active)
        self._never_saved = True
        self._update_dirty()
        return project

    # --------------------------------------------------------------- schemes
    @property
    def active_scheme(self) -> Scheme | None:
        if self.project is None or self.active_scheme_id is None:
            return None
        for s in self.project.schemes:
            if s.id == self.active_scheme_id:
                return s
        return None

    def set_active_scheme(self, key: str | None) -> None:
        """Switch to a scheme (id, name or file stem); ``None`` or ``"status-quo"`` shows the status quo."""
        if self.project is None:
            return
        sid = None
        if key not in (None, "", "status-quo"):
            try:
                sid = self.project.scheme(key).id
            except KeyError:
                raise InputError(None, translate("session", "there is no scheme {name}").format(name=key)) from None
        if sid == self.active_scheme_id:
            return
        self.active_scheme_id = sid
        self.selection = frozenset()
        self._emit("scheme", scheme_id=sid)
        self._emit("selection", scheme_id=sid)

    def city_for_display(self) -> City | None:
        """The active scheme's built city (context - demolished + new), or the context."""
        if self.project is None:
            return None
        s = self.active_scheme
        return s.built_city(self.project.context) if s is not None else self.project.context

    def add_scheme(self, name: str, description: str = "", *, activate: bool = True) -> str:
        cmd = self.execute(AddScheme(self.project, name, description))
        if activate:
            self.set_active_scheme(cmd.scheme_id)
        return cmd.scheme_id

    def duplicate_scheme(self, scheme_id: str | None = None, name: str | None = None, *, activate=True) -> str:
        sid = scheme_id or self._require_scheme()
        cmd = self.execute(DuplicateScheme(self.project, sid, name))
        if activate:
            self.set_active_scheme(cmd.scheme_id)
        return cmd.scheme_id

    def rename_scheme(self, scheme_id: str, name: str) -> None:
        self.execute(RenameScheme(self.project, scheme_id, name))

    def delete_scheme(self, scheme_id: str) -> None:
        self.execute(DeleteScheme(self.project, scheme_id))

    def _require_scheme(self) -> str:
        if self.project is None:
            raise InputError(None, translate("session", "nothing is open"))
        if self.active_scheme is None:
            raise InputError(None, translate("session", "choose or add a scheme first (the status quo cannot be edited)"))
        return self.active_scheme_id

    def ensure_scheme(self) -> str:
        """The active scheme id, adding "Scheme 1" first when the status quo is shown."""
        if self.active_scheme is None:
            n = len(self.project.schemes) + 1
            return self.add_scheme(translate("session", "Scheme {n}").format(n=n))
        return self.active_scheme_id

    # ------------------------------------------------------------- selection
    def select(self, ids: Iterable[str], mode: str = "replace") -> None:
        """Change the selection: ``replace``, ``add``, ``remove`` or ``toggle`` *ids*."""
        ids = frozenset(str(i) for i in ids)
        if mode == "replace":
            new = ids
        elif mode == "add":
            new = self.selection | ids
        elif mode == "remove":
            new = self.selection - ids
        elif mode == "toggle":
            new = self.selection ^ ids
        else:
            raise ValueError(mode)
        if new != self.selection:
            changed = new ^ self.selection
            self.selection = new
            self._emit("selection", scheme_id=self.active_scheme_id, building_ids=frozenset(changed))

    def clear_selection(self) -> None:
        self.select((), "replace")

    # ----------------------------------------------------------------- edits
    def execute(self, command: Command, *, merge: bool = False) -> Command:
        """Run *command* on the undo stack (the one way every edit goes)."""
        if self.stack is None:
            raise InputError(None, translate("session", "nothing is open"))
        return self.stack.push(command, merge=merge)

    def undo(self):
        return self.stack.undo() if self.stack else None

    def redo(self):
        return self.stack.redo() if self.stack else None

    def end_drag(self) -> None:
        if self.stack:
            self.stack.end_merge()

    def _on_stack(self, ev: StackEvent) -> None:
        ch = ev.change
        if ch.schemes and self.active_scheme_id is not None and self.active_scheme is None:
            self.active_scheme_id = self.project.schemes[0].id if self.project.schemes else None
            self.selection = frozenset()
            self._emit("scheme", scheme_id=self.active_scheme_id)
        if ch.schemes:
            self._emit("schemes", scheme_id=ch.scheme_id)
        if ch.building_ids or ch.green_ids:
            self._emit("buildings", scheme_id=ch.scheme_id, building_ids=ch.building_ids, green_ids=ch.green_ids,
                       label=ev.command.label if ev.command else "")
        if self.selection and self.project is not None:
            city = self.city_for_display()
            valid = set(city.ids()) | set(self.project.context.ids()) if city is not None else set()
            keep = frozenset(i for i in self.selection if i in valid)
            if keep != self.selection:
                self.select(keep)
        self._emit("history", label=ev.command.label if ev.command else "")
        self._update_dirty()

    # ------------------------------------------------------------------ diff
    def diff(self, a: str | None, b: str | None):
        """Diff records between schemes *a* and *b* (``None``/``"status-quo"`` = status quo)."""
        if self.project is None:
            raise InputError(None, translate("session", "nothing is open"))

        def get(k):
            if k in (None, "", "status-quo"):
                return None
            try:
                return self.project.scheme(k)
            except KeyError:
                raise InputError(None, translate("session", "there is no scheme {name}").format(name=k)) from None

        return diff_schemes(self.project.context, get(a), get(b))


def project_folder_of(path) -> str:
    """The project folder for a path to a folder or to its ``project.json``."""
    p = Path(path)
    return os.fspath(p.parent if p.name == PROJECT_FILE else p)
