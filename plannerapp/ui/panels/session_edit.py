"""Running a Session edit from a panel.

An edit the session refuses raises :class:`~plannerapp.errors.InputError`
(a name already taken, a height out of range...).  That is not worth a
dialog: its first problem goes to the main window's status bar for 8 s.
"""

from __future__ import annotations

from plannerapp.errors import InputError


def run_edit(widget, fn, *args) -> bool:
    """Call ``fn(*args)``; False (and the problem in the status bar of *widget*'s window) when refused."""
    try:
        fn(*args)
        return True
    except InputError as exc:
        win = widget.window()
        if hasattr(win, "status"):
            win.status.showMessage(exc.problems[0], 8000)
        return False
