"""Errors shown to the user: dialogs, never tracebacks.

* :func:`show_input_error` - an :class:`~plannerapp.errors.InputError`
  (bad file or value) as a warning dialog naming the file and each problem.
* :func:`show_unexpected_error` - anything else: a short apology and the path
  of the log file that holds the traceback.
* :func:`install_excepthook` - route uncaught exceptions (also those raised in
  Qt slots) to the log file + :func:`show_unexpected_error`.

The log file is ``<config dir>/plannerapp-errors.log``
(:func:`plannerapp.settings.config_dir`).
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from plannerapp.errors import InputError
from plannerapp.settings import config_dir

LOG_NAME = "plannerapp-errors.log"
_log = logging.getLogger("plannerapp.ui")


def log_path() -> Path:
    return config_dir() / LOG_NAME


def log_exception(exc_type, exc, tb) -> Path:
    """Append the traceback to the error log; returns the log path."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)))
            fh.write("\n")
    except OSError:  # pragma: no cover - unwritable config dir
        _log.exception("cannot write the error log")
    return path


def input_error_text(exc: InputError) -> tuple[str, str]:
    """(main text, details) for a dialog about *exc*."""
    if exc.path:
        main = QCoreApplication.translate("errors", "Cannot use the file {name}.").format(name=Path(exc.path).name)
    else:
        main = QCoreApplication.translate("errors", "Cannot use this value.")
    problems = "\n".join("\u2022 " + p for p in exc.problems)
    where = QCoreApplication.translate("errors", "File: {path}").format(path=exc.path) if exc.path else ""
    return main, (problems + ("\n\n" + where if where else ""))


def show_input_error(parent: QWidget | None, exc: InputError, title: str | None = None) -> QMessageBox:
    """Show *exc* in a modal warning dialog (problems listed, no traceback)."""
    main, details = input_error_text(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("errors", "Cannot open file"), main,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("inputErrorDialog")
    box.setInformativeText(details)
    box.exec()
    return box


def show_unexpected_error(parent: QWidget | None, exc: BaseException, tb=None) -> QMessageBox:
    """Log *exc* with its traceback and tell the user where the log is."""
    path = log_exception(type(exc), exc, tb if tb is not None else exc.__traceback__)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("errors", "Unexpected error"),
                      QCoreApplication.translate("errors", "Something went wrong: {message}").format(message=str(exc) or type(exc).__name__),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("unexpectedErrorDialog")
    box.setInformativeText(QCoreApplication.translate("errors", "The details were written to {path}. Please include that file when you report the problem.")
                           .format(path=path))
    box.exec()
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    if isinstance(exc, InputError):
        return show_input_error(parent, exc)
    return show_unexpected_error(parent, exc)


def install_excepthook() -> None:
    """Uncaught exceptions -> log file + clean dialog (the app keeps running)."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        if QApplication.instance() is None:
            log_exception(exc_type, exc, tb)
            previous(exc_type, exc, tb)
            return
        parent = QApplication.activeWindow()
        if isinstance(exc, InputError):
            show_input_error(parent, exc)
        else:
            show_unexpected_error(parent, exc, tb)

    hook.previous = previous  # type: ignore[attr-defined]
    sys.excepthook = hook


def uninstall_excepthook() -> None:
    prev = getattr(sys.excepthook, "previous", None)
    if prev is not None:
        sys.excepthook = prev
