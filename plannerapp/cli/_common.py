"""Helpers shared by the sub-command modules.

Not a sub-command: :func:`plannerapp.cli._commands` skips modules whose name
starts with ``_`` (and any module without ``NAME`` and ``run``).  Like the
sub-commands, this module imports no core package at import time, so
``plannerapp --help`` stays fast.
"""

from __future__ import annotations

import sys

from plannerapp.i18n import translate


class ProgressBar:
    """A one-line text progress bar on stderr: ``[#####-----]  42.0% text``.

    Call it as a ``progress(fraction 0..1, text)`` callback; :meth:`done`
    ends the line (once, however often it is called).
    """

    def __init__(self, stream=None, width: int = 30, enabled: bool = True):
        self.stream = stream or sys.stderr
        self.width = width
        self.enabled = enabled
        self._shown = False

    def __call__(self, fraction: float, text: str = "") -> None:
        if not self.enabled:
            return
        filled = int(round(fraction * self.width))
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {fraction * 100:5.1f}% {text}")
        self.stream.flush()
        self._shown = True

    def done(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False


def add_project_argument(p) -> None:
    """The positional ``project`` argument: a project folder."""
    p.add_argument("project", help=translate("cli", "project folder (with project.json)"))


def write_report(path, writer, *args, **kwargs) -> None:
    """Run a report writer; an unwritable *path* (read-only folder, a file in the way) is bad input."""
    from plannerapp.errors import InputError

    try:
        writer(*args, **kwargs)
    except OSError as exc:
        raise InputError(path, translate("cli", "cannot write the output ({error})").format(error=exc)) from None


def warn_views_not_rendered(exc: BaseException, out=None) -> None:
    """The one-line warning when off-screen rendering failed and a report goes out without pictures."""
    print(translate("cli", "warning: views not rendered ({error}); the report has no pictures").format(error=exc),
          file=out if out is not None else sys.stderr)
