"""Scheme-level edits: add, duplicate, rename, delete a scheme of the project."""

from __future__ import annotations

import re

from plannerapp.commands.base import Change, Command, find_scheme
from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.model.project import Project
from plannerapp.model.scheme import Scheme


def scheme_id_for(project: Project, name: str) -> str:
    """A new scheme id (also its file stem) from a display name: ``Mid-rise slabs`` -> ``mid-rise-slabs``."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "scheme"
    taken = {s.id for s in project.schemes}
    sid, n = base, 2
    while sid in taken:
        sid = f"{base}-{n}"
        n += 1
    return sid


def _check_name(project: Project, name: str, exclude: str | None = None) -> str:
    name = str(name).strip()
    if not name:
        raise InputError(None, translate("commands", "a scheme needs a name"))
    if any(s.name.lower() == name.lower() and s.id != exclude for s in project.schemes):
        raise InputError(None, translate("commands", "there is already a scheme called {name}").format(name=name))
    return name


class AddScheme(Command):
    """Add an empty scheme (or the given one) at the end, or at *index*."""

    def __init__(self, project: Project, name: str, description: str = "", scheme: Scheme | None = None,
                 index: int | None = None):
        name = _check_name(project, name)
        if scheme is None:
            scheme = Scheme(id=scheme_id_for(project, name), name=name, description=description)
        elif any(s.id == scheme.id for s in project.schemes):
            scheme.id = scheme_id_for(project, name)
        scheme.name = name
        if not scheme.path:
            scheme.path = f"schemes/{scheme.id}.geojson"
        self.scheme, self.index = scheme, index
        self.label = translate("commands", "Add scheme {name}").format(name=name)

    @property
    def scheme_id(self) -> str:
        return self.scheme.id

    def do(self, project: Project) -> None:
        idx = len(project.schemes) if self.index is None else self.index
        project.schemes.insert(idx, self.scheme)

    def undo(self, project: Project) -> None:
        project.schemes.remove(self.scheme)

    @property
    def change(self) -> Change:
        return Change(self.scheme.id, frozenset(self.scheme.buildings), schemes=True)


class DuplicateScheme(AddScheme):
    """Copy a scheme (buildings, greens, demolitions) under a new name, right after it."""

    def __init__(self, project: Project, scheme_id: str, name: str | None = None):
        src = find_scheme(project, scheme_id)
        name = name or translate("commands", "{name} (copy)").format(name=src.display_name)
        n = 2
        base = name
        while any(s.name.lower() == name.lower() for s in project.schemes):
            name = f"{base} {n}"
            n += 1
        copy = src.copy(new_id=scheme_id_for(project, name), name=name)
        super().__init__(project, name, scheme=copy, index=project.schemes.index(src) + 1)
        self.label = translate("commands", "Duplicate scheme {name}").format(name=src.display_name)


class RenameScheme(Command):
    """Change a scheme's display name (its id and file stay, so references hold)."""

    def __init__(self, project: Project, scheme_id: str, name: str):
        self.scheme_id = scheme_id
        find_scheme(project, scheme_id)
        self.name = _check_name(project, name, exclude=scheme_id)
        self._old = ""
        self.label = translate("commands", "Rename scheme to {name}").format(name=self.name)

    def do(self, project: Project) -> None:
        s = find_scheme(project, self.scheme_id)
        self._old, s.name = s.name, self.name

    def undo(self, project: Project) -> None:
        find_scheme(project, self.scheme_id).name = self._old

    @property
    def change(self) -> Change:
        return Change(self.scheme_id, schemes=True)


class DeleteScheme(Command):
    def __init__(self, project: Project, scheme_id: str):
        self.scheme_id = scheme_id
        self.scheme = find_scheme(project, scheme_id)
        self.index = 0
        self.label = translate("commands", "Delete scheme {name}").format(name=self.scheme.display_name)

    def do(self, project: Project) -> None:
        self.scheme = find_scheme(project, self.scheme_id)
        self.index = project.schemes.index(self.scheme)
        del project.schemes[self.index]

    def undo(self, project: Project) -> None:
        project.schemes.insert(self.index, self.scheme)

    @property
    def change(self) -> Change:
        return Change(self.scheme_id, frozenset(self.scheme.buildings), schemes=True)
