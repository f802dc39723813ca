"""A planner edits a project on a read-only share: autosave keeps the work in the config
folder, says so, and the next start offers it (and 'Discard autosave' removes it)."""

from __future__ import annotations

import pytest

from editing_kit import copy_sample, open_project_window, reopen_answering_recovery
from plannerapp.io.recovery import AUTOSAVE_DIR, fallback_dir
from plannerapp.settings import config_dir
from readonly import make_read_only


@pytest.fixture
def folder(tmp_path):
    return copy_sample(tmp_path / "proj")


def test_read_only_project_is_autosaved_in_the_config_folder_and_recovered(qtbot, make_window, folder, monkeypatch):
    make_read_only(monkeypatch, folder)                 # the share is read-only from the start
    w = open_project_window(qtbot, make_window, folder)
    w.session.set_active_scheme("towers")
    w.session.select(["T1"])
    w.session.move_selection(9.0, 2.0)
    moved = w.session.active_scheme.buildings["T1"].footprint
    path = w.project.autosave()                         # what the timer does
    assert path is not None and config_dir() in path.parents
    assert not (folder / AUTOSAVE_DIR).exists()
    assert "project folder is read-only" in w.status.currentMessage()
    w.close()                                           # "crash": never saved (it could not be)

    w2, answer = reopen_answering_recovery(make_window, folder, "recoverButton")
    assert "because the project folder could not be written" in answer.seen[1]
    assert str(fallback_dir(folder)) in answer.seen[1]
    assert w2.session.project.scheme("towers").buildings["T1"].footprint.equals_exact(moved, 1e-9)
    assert w2.session.dirty

    w2.project.autosave()
    w2.close()
    w3, _ = reopen_answering_recovery(make_window, folder, "discardButton")
    assert not w3.session.project.scheme("towers").buildings["T1"].footprint.equals_exact(moved, 1e-9)
    assert not fallback_dir(folder).exists() and not w3.session.dirty
