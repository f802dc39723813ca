"""A project in a read-only folder is still autosaved (into the config folder) and offered on the next start."""

from __future__ import annotations

import json
import os
import stat

import pytest
from projectkit import cached_city_loader, sample_copy
from readonly import make_read_only

from plannerapp.io import recovery
from plannerapp.session import Session
from plannerapp.settings import config_dir


@pytest.fixture
def folder(tmp_path):
    return sample_copy(tmp_path)


def _open(folder):
    s = Session(city_loader=cached_city_loader)
    s.open(folder)
    s.set_active_scheme("towers")
    return s


def _move_t1(s, dx):
    s.select(["T1"])
    s.move_selection(dx, 0.0)
    return s.active_scheme.buildings["T1"].footprint


def test_the_simulated_read_only_folder_refuses_writes(monkeypatch, folder):
    make_read_only(monkeypatch, folder)
    with pytest.raises(PermissionError):
        (folder / "x.txt").write_text("x")
    with pytest.raises(PermissionError):
        (folder / ".autosave").mkdir()
    assert json.loads((folder / "project.json").read_text())["name"]   # reading still works


def test_autosave_in_a_read_only_folder_goes_to_the_config_folder_and_is_recovered(monkeypatch, folder, caplog):
    s = _open(folder)
    make_read_only(monkeypatch, folder)
    moved = _move_t1(s, 7.0)
    snap = s.autosave()
    assert snap is not None and snap.is_file()
    assert config_dir() in snap.parents and not (folder / recovery.AUTOSAVE_DIR).exists()
    assert snap.parent == recovery.fallback_dir(folder)
    assert "cannot autosave into" in caplog.text
    # the program dies; on the next start (folder still read-only) recovery finds it
    s2 = Session(city_loader=cached_city_loader)
    assert s2.recovery_available(folder)
    s2.recover(folder)
    assert s2.project.scheme("towers").buildings["T1"].footprint.equals_exact(moved, 1e-9)
    assert s2.dirty
    assert s2.recovery_available()                       # of the open project, too
    s2.close()                                           # closing drops the snapshot wherever it is
    assert not snap.parent.exists() and not Session().recovery_available(folder)


def test_the_newer_of_the_two_snapshots_is_recovered_and_a_writable_folder_takes_over_again(monkeypatch, folder):
    s = _open(folder)
    _move_t1(s, 3.0)
    inside = s.autosave()                                # folder writable: <project>/.autosave
    assert inside.parent == folder / recovery.AUTOSAVE_DIR
    os.utime(inside, ns=(inside.stat().st_mtime_ns - 10**9,) * 2)   # written a second earlier
    with monkeypatch.context() as m:
        make_read_only(m, folder)                        # e.g. the share became read-only
        later = _move_t1(s, 4.0)
        outside = s.autosave()
        assert outside.parent == recovery.fallback_dir(folder)
        assert recovery.find_snapshot(folder) == outside.parent
        s2 = Session(city_loader=cached_city_loader)
        s2.recover(folder)
        assert s2.project.scheme("towers").buildings["T1"].footprint.equals_exact(later, 1e-9)
    # writable again: the next autosave goes home and the config-folder copy is dropped
    assert s.autosave().parent == folder / recovery.AUTOSAVE_DIR
    assert not outside.parent.exists()
    s.save()
    assert not (folder / recovery.AUTOSAVE_DIR).exists() and not s.recovery_available(folder)


def test_declining_removes_the_fallback_and_another_folder_never_sees_it(monkeypatch, folder, tmp_path):
    s = _open(folder)
    make_read_only(monkeypatch, folder)
    _move_t1(s, 5.0)
    snap = s.autosave()
    other = sample_copy(tmp_path / "elsewhere")          # same folder name "project", another path
    assert other.name == folder.name and not Session().recovery_available(other)
    # a snapshot whose recovery.json names another project is not offered for this one
    data = json.loads(snap.read_text())
    data["project_root"] = str(other)
    snap.write_text(json.dumps(data))
    assert not Session().recovery_available(folder)
    data["project_root"] = str(folder)
    snap.write_text(json.dumps(data))
    assert Session().recovery_available(folder)
    recovery.discard_snapshots_of(folder)                # what "Discard autosave" does
    assert not snap.parent.exists() and not Session().recovery_available(folder)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="running as root: chmod does not make a folder read-only (the simulated tests cover it)")
def test_a_really_chmodded_folder_autosaves_into_the_config_folder(folder):
    s = _open(folder)
    _move_t1(s, 2.0)
    mode = folder.stat().st_mode
    folder.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        snap = s.autosave()
        assert snap.parent == recovery.fallback_dir(folder)
        assert Session().recovery_available(folder)
    finally:
        folder.chmod(mode)
