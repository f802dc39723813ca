"""Edits of green areas and of demolitions of context buildings in one scheme."""

from __future__ import annotations

from collections.abc import Iterable

from plannerapp.commands.base import Change, Command, find_scheme
from plannerapp.errors import InputError
from plannerapp.geometry.footprint import footprint_problems
from plannerapp.i18n import translate
from plannerapp.model.project import Project
from plannerapp.model.scheme import GreenArea


class AddGreen(Command):
    """Add a green area (lawn, planting, or a green roof with ``on_roof``)."""

    def __init__(self, scheme_id: str, green: GreenArea):
        bad = footprint_problems(green.polygon)
        if bad:
            raise InputError(None, bad)
        self.scheme_id, self.green = scheme_id, green
        self.label = translate("commands", "Add green area {name}").format(name=green.name or green.id)

    def do(self, project: Project) -> None:
        scheme = find_scheme(project, self.scheme_id)
        if any(g.id == self.green.id for g in scheme.greens) or self.green.id in scheme.buildings:
            raise InputError(None, translate("commands", "id {id} is already used").format(id=self.green.id))
        scheme.greens.append(self.green)

    def undo(self, project: Project) -> None:
        scheme = find_scheme(project, self.scheme_id)
        scheme.greens.remove(self.green)

    @property
    def change(self) -> Change:
        return Change(self.scheme_id, green_ids=frozenset([self.green.id]))


class DeleteGreen(Command):
    def __init__(self, scheme_id: str, ids: Iterable[str]):
        self.scheme_id = scheme_id
        self.ids = list(dict.fromkeys(str(i) for i in ids))
        if not self.ids:
            raise InputError(None, translate("commands", "no green area selected"))
        self.label = translate("commands", "Delete {n} green area(s)").format(n=len(self.ids))
        self._before: list[GreenArea] = []

    def do(self, project: Project) -> None:
        scheme = find_scheme(project, self.scheme_id)
        have = {g.id for g in scheme.greens}
        missing = [i for i in self.ids if i not in have]
        if missing:
            raise InputError(None, translate("commands", "scheme {scheme} has no green area {ids}").format(
                scheme=scheme.display_name, ids=", ".join(missing)))
        self._before = list(scheme.greens)
        scheme.greens[:] = [g for g in scheme.greens if g.id not in self.ids]

    def undo(self, project: Project) -> None:
        find_scheme(project, self.scheme_id).greens[:] = self._before

    @property
    def change(self) -> Change:
        return Change(self.scheme_id, green_ids=frozenset(self.ids))


class _DemolishEdit(Command):
    demolish = True

    def __init__(self, scheme_id: str, context_ids: Iterable[str]):
        self.scheme_id = scheme_id
        self.ids = list(dict.fromkeys(str(i) for i in context_ids))
        if not self.ids:
            raise InputError(None, translate("commands", "no context building selected"))
        self._before: set[str] = set()

    def do(self, project: Project) -> None:
        scheme = find_scheme(project, self.scheme_id)
        known = set(project.context.ids())
        missing = [i for i in self.ids if i not in known]
        if missing:
            raise InputError(None, translate("commands", "the context has no building {ids}").format(ids=", ".join(missing)))
        self._before = set(scheme.demolish)
        if self.demolish:
            scheme.demolish.update(self.ids)
        else:
            blocked = [i for i in self.ids if i in scheme.buildings]
            if blocked:
                raise InputError(None, translate(
                    "commands", "cannot restore {ids}: a new building of this scheme uses the same id").format(
                    ids=", ".join(blocked)))
            scheme.demolish.difference_update(self.ids)

    def undo(self, project: Project) -> None:
        scheme = find_scheme(project, self.scheme_id)
        scheme.demolish.clear()
        scheme.demolish.update(self._before)

    @property
    def change(self) -> Change:
        return Change(self.scheme_id, frozenset(self.ids))


class DemolishContextBuilding(_DemolishEdit):
    """Remove status-quo buildings (by context id) in this scheme."""

    def __init__(self, scheme_id, context_ids):
        super().__init__(scheme_id, [context_ids] if isinstance(context_ids, str) else context_ids)
        self.label = translate("commands", "Demolish {n} existing building(s)").format(n=len(self.ids))


class RestoreContextBuilding(_DemolishEdit):
    """Bring demolished status-quo buildings back in this scheme."""

    demolish = False

    def __init__(self, scheme_id, context_ids):
        super().__init__(scheme_id, [context_ids] if isinstance(context_ids, str) else context_ids)
        self.label = translate("commands", "Restore {n} existing building(s)").format(n=len(self.ids))
