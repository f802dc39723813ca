"""Questions about unsaved work: recover an autosave, load the valid part of a bad project, save changes?

Each is a QMessageBox with an object name (``recoveryDialog``,
``projectProblemsDialog``, ``saveChangesDialog``) so tests can find and
answer it like a user.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from plannerapp.errors import InputError
from plannerapp.io.recovery import AUTOSAVE_DIR, RECOVERY_FILE, find_snapshot


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery", text)


def autosave_time(recovery_json) -> str:
    """Local time of the autosave whose ``recovery.json`` is *recovery_json* (``""`` when unknown)."""
    try:
        data = json.loads(Path(recovery_json).read_text(encoding="utf-8"))
        t = datetime.fromisoformat(str(data.get("saved_at", "")).replace("Z", "+00:00"))
    except (OSError, ValueError):
        return ""
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    return t.astimezone().strftime("%Y-%m-%d %H:%M")


def ask_recover(parent, folder, recovery_json=None) -> bool:
    """Offer the autosave of project *folder* (or the one at *recovery_json* for an untitled project);
    True = recover it, False = open the saved version.

    The autosave of a folder is found where :func:`plannerapp.io.recovery.find_snapshot` finds it:
    ``<folder>/.autosave``, or the config folder when the project folder was read-only."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Recover unsaved changes?"),
                      _tr("plannerapp was closed before the last changes to this project were saved."), parent=parent)
    box.setObjectName("recoveryDialog")
    elsewhere = None
    if recovery_json is None:
        snap = find_snapshot(folder)
        recovery_json = (snap or Path(folder) / AUTOSAVE_DIR) / RECOVERY_FILE
        if snap is not None and snap.name != AUTOSAVE_DIR:
            elsewhere = snap
    when = autosave_time(recovery_json)
    box.setInformativeText(
        (_tr("An autosaved version from {time} exists.").format(time=when) if when else
         _tr("An autosaved version exists.")) + " " +
        (_tr("It was kept in {path} because the project folder could not be written.").format(
            path=elsewhere) + " " if elsewhere else "") +
        _tr("Recover it, or open the last saved version and discard the autosave?"))
    recover = box.addButton(_tr("&Recover"), QMessageBox.ButtonRole.AcceptRole)
    recover.setObjectName("recoverButton")
    discard = box.addButton(_tr("&Discard autosave"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardButton")
    box.setDefaultButton(recover)
    box.exec()
    return box.clickedButton() is recover


def ask_load_valid(parent, exc: InputError) -> bool:
    """List the problems of a bad project; True when the user chooses to load what is valid."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Problems in the project"),
                      _tr("The project {name} has {n} problem(s).").format(
                          name=Path(exc.path).parent.name if exc.path else "", n=len(exc.problems)),
                      parent=parent)
    box.setObjectName("projectProblemsDialog")
    shown = exc.problems[:12]
    more = len(exc.problems) - len(shown)
    text = "\n".join("\u2022 " + p for p in shown)
    if more > 0:
        text += "\n" + _tr("\u2026 and {n} more (see the details)").format(n=more)
    box.setInformativeText(text + "\n\n" + _tr("The valid parts can be loaded; the rest is left out."))
    box.setDetailedText("\n".join(exc.problems))
    load = box.addButton(_tr("&Load what is valid"), QMessageBox.ButtonRole.AcceptRole)
    load.setObjectName("loadValidButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is load


def ask_save_changes(parent, name: str) -> str:
    """``save``, ``discard`` or ``cancel`` for unsaved edits of project *name*."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Unsaved changes"),
                      _tr("Save the changes to {name}?").format(name=name), parent=parent)
    box.setObjectName("saveChangesDialog")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")
