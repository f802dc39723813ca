"""The one error type for bad input.

Every reader and validator raises :class:`InputError`, naming the file and
each problem found.  The CLI prints it as one line per problem and exits 2;
the GUI shows it in a dialog.  Nothing else should leak a traceback to a user.
"""

from __future__ import annotations

import os
from collections.abc import Iterable


class InputError(Exception):
    """Bad input: a file (or value) that cannot be used as it is.

    Parameters
    ----------
    path:
        The file the problem is in (``None`` for a value typed by the user).
    problems:
        One human-readable sentence per problem, most important first.
    partial:
        Optional object holding what could be loaded safely (the GUI may
        offer to use it); ``None`` when nothing is safe to use.
    """

    def __init__(self, path: str | os.PathLike | None, problems: str | Iterable[str], partial=None):
        self.path = os.fspath(path) if path is not None else None
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        if not self.problems:
            self.problems = ["unknown problem"]
        self.partial = partial
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        if len(self.problems) == 1:
            return where + self.problems[0]
        return where + f"{len(self.problems)} problems: " + "; ".join(self.problems)

    def __str__(self) -> str:  # pragma: no cover - same as one_line
        return self.one_line()
