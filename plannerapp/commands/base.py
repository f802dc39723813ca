"""Command + CommandStack: pure-Python undo/redo (glue's ``core/command.py`` style).

Every edit of a project is a :class:`Command` with ``do``/``undo`` and a
``label``; the :class:`CommandStack` runs it, keeps history, tracks the
clean (saved) state and notifies listeners with plain callbacks, so the Qt
layer only turns notifications into Undo/Redo actions and a history list.

Each command records what it touched in :class:`Change` (scheme id,
building ids, green ids, scheme list), so the viewport rebuilds only that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.model.project import Project
from plannerapp.model.scheme import Scheme


@dataclass(frozen=True)
class Change:
    """What one command touched.

    ``building_ids``: ids of scheme buildings added/removed/modified and of
    context buildings demolished/restored; ``green_ids``: green areas;
    ``schemes``: True when the list of schemes or a scheme's name changed.
    """

    scheme_id: str | None = None
    building_ids: frozenset = frozenset()
    green_ids: frozenset = frozenset()
    schemes: bool = False


class Command:
    """One undoable edit of a :class:`Project`.

    Subclasses set ``label`` and implement :meth:`do` and :meth:`undo`;
    ``do`` must be repeatable after ``undo`` (redo calls ``do`` again).
    :attr:`change` says which ids the command touched.
    """

    label: str = ""

    def do(self, project: Project) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo(self, project: Project) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def change(self) -> Change:
        return Change()

    def merge(self, other: "Command") -> bool:
        """Absorb *other* (already done) into this one; True when merged (e.g. a drag's moves)."""
        return False


class Batch(Command):
    """Several commands as one undo step (e.g. an IFC import: add a scheme, then its buildings).

    Sub-commands run in order; if one fails, those already done are undone
    and the error propagates.  Undo runs them backwards.
    """

    def __init__(self, label: str, commands: list[Command]):
        self.label = label
        self.commands = list(commands)

    def do(self, project: Project) -> None:
        done = []
        try:
            for c in self.commands:
                c.do(project)
                done.append(c)
        except BaseException:
            for c in reversed(done):
                c.undo(project)
            raise

    def undo(self, project: Project) -> None:
        for c in reversed(self.commands):
            c.undo(project)

    @property
    def change(self) -> Change:
        chs = [c.change for c in self.commands]
        sids = {c.scheme_id for c in chs if c.scheme_id is not None}
        return Change(sids.pop() if len(sids) == 1 else None,
                      frozenset().union(*(c.building_ids for c in chs)) if chs else frozenset(),
                      frozenset().union(*(c.green_ids for c in chs)) if chs else frozenset(),
                      any(c.schemes for c in chs))


def find_scheme(project: Project, scheme_id: str) -> Scheme:
    for s in project.schemes:
        if s.id == scheme_id:
            return s
    raise InputError(None, translate("commands", "there is no scheme {id}").format(id=scheme_id))


@dataclass
class StackEvent:
    """Sent to listeners: ``kind`` is ``do``, ``undo``, ``redo``, ``clean`` or ``clear``."""

    kind: str
    command: Command | None = None
    change: Change = field(default_factory=Change)


class CommandStack:
    """Undo/redo history of commands run on one project.

    ``index`` is the number of commands currently applied; the state is
    *clean* when ``index`` equals the index recorded by :meth:`mark_clean`
    (after a save).  Listeners are called as ``fn(event: StackEvent)``.
    """

    def __init__(self, project: Project, limit: int = 500):
        self.project = project
        self.limit = limit
        self._commands: list[Command] = []
        self._index = 0
        self._clean: int | None = 0
        self._listeners: list[Callable[[StackEvent], None]] = []
        self._merge_open = False

    # listeners ---------------------------------------------------------
    def add_listener(self, fn: Callable[[StackEvent], None]) -> None:
        self._listeners.append(fn)

    def remove_listener(self, fn) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def _emit(self, event: StackEvent) -> None:
        for fn in list(self._listeners):
            fn(event)

    # running -----------------------------------------------------------
    def push(self, command: Command, *, merge: bool = False) -> Command:
        """Run *command* and record it (dropping the redo history).

        With ``merge=True`` it may be folded into the previous command when
        that one accepts it (consecutive moves of the same buildings during a
        drag become one undo step).  Errors from ``do`` propagate and leave
        the stack unchanged.
        """
        command.do(self.project)
        del self._commands[self._index:]
        if self._clean is not None and self._clean > self._index:
            self._clean = None  # the saved state can no longer be reached
        top = self._commands[-1] if self._commands else None
        if merge and top is not None and self._merge_open and self._clean != self._index and top.merge(command):
            self._emit(StackEvent("do", top, command.change))
            return top
        self._commands.append(command)
        self._index += 1
        self._merge_open = merge
        if len(self._commands) > self.limit:
            drop = len(self._commands) - self.limit
            del self._commands[:drop]
            self._index -= drop
            if self._clean is not None:
                self._clean = self._clean - drop if self._clean >= drop else None
        self._emit(StackEvent("do", command, command.change))
        return command

    def end_merge(self) -> None:
        """Stop merging into the top command (call at the end of a drag)."""
        self._merge_open = False

    def undo(self) -> Command | None:
        if not self.can_undo:
            return None
        self._merge_open = False
        self._index -= 1
        cmd = self._commands[self._index]
        cmd.undo(self.project)
        self._emit(StackEvent("undo", cmd, cmd.change))
        return cmd

    def redo(self) -> Command | None:
        if not self.can_redo:
            return None
        self._merge_open = False
        cmd = self._commands[self._index]
        cmd.do(self.project)
        self._index += 1
        self._emit(StackEvent("redo", cmd, cmd.change))
        return cmd

    def clear(self) -> None:
        self._commands.clear()
        self._index = 0
        self._clean = 0
        self._merge_open = False
        self._emit(StackEvent("clear"))

    # state -------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def undo_label(self) -> str:
        return self._commands[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._commands[self._index].label if self.can_redo else ""

    @property
    def index(self) -> int:
        return self._index

    def labels(self) -> list[str]:
        """Labels of every command in history (the first ``index`` are applied)."""
        return [c.label for c in self._commands]

    def __len__(self) -> int:
        return len(self._commands)

    @property
    def is_clean(self) -> bool:
        return self._clean == self._index

    def mark_clean(self) -> None:
        """Record the current state as saved."""
        self._clean = self._index
        self._merge_open = False
        self._emit(StackEvent("clean"))
