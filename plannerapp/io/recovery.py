"""Autosave / crash recovery files for a project being edited.

A recovery snapshot is a folder holding the scheme files (and meshes) as
they are in memory plus ``recovery.json``::

    {"recovery_version": 1, "saved_at": "2026-11-29T15:40:00Z",
     "project_root": "/abs/project" or "", "context_abs": "/abs/city.json",
     "active_scheme": "towers", "project": {<project.json content>}}

Where: ``<project>/.autosave/`` for a project with a folder, else
``<config dir>/autosave/<name>-<hash>/`` (an untitled project opened from a
bare city file).  When the project folder cannot be written (read-only
folder or medium, no permission, disk full) the snapshot goes to
``<config dir>/autosave/<folder name>-<hash of the folder path>/`` instead
(:func:`fallback_dir`), so the work is still protected; recovery looks in
both places (:func:`find_snapshot`, the newer wins).  Written scheme files
first, ``recovery.json`` last, each atomically.  A snapshot is *available*
when ``recovery.json`` exists and is newer than the project's
``project.json`` (i.e. edits after the last save).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from pathlib import Path

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.io.atomic import write_text_atomic
from plannerapp.io.project import PROJECT_FILE, project_to_json
from plannerapp.io.scheme import read_scheme, write_scheme
from plannerapp.model.project import Project
from plannerapp.settings import config_dir

RECOVERY_FILE = "recovery.json"
AUTOSAVE_DIR = ".autosave"


def autosave_dir(project: Project) -> Path:
    """Where *project*'s recovery snapshot lives."""
    if project.root:
        return Path(project.root) / AUTOSAVE_DIR
    key = hashlib.sha1(os.path.abspath(project.context_path or project.name).encode()).hexdigest()[:10]
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in project.name)[:40] or "untitled"
    return config_dir() / "autosave" / f"{safe}-{key}"


def fallback_dir(project_root: str | os.PathLike) -> Path:
    """Where the snapshot of the project in folder *project_root* goes when that folder cannot be written."""
    root = os.path.realpath(os.fspath(project_root))  # project.root is resolved: the same folder, the same key
    key = hashlib.sha1(root.encode()).hexdigest()[:10]
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in os.path.basename(root))[:40] or "project"
    return config_dir() / "autosave" / f"{safe}-{key}"


def snapshot_dirs(project: Project) -> list[Path]:
    """Every place *project*'s snapshot may be: its own folder first, then the fallback."""
    dirs = [autosave_dir(project)]
    if project.root:
        dirs.append(fallback_dir(project.root))
    return dirs


def write_snapshot(project: Project, active_scheme: str | None = None) -> Path:
    """Write the in-memory *project* to its recovery folder; returns ``recovery.json``'s path.

    A project folder that cannot be written (``OSError``: read-only, permission,
    disk full) sends the snapshot to :func:`fallback_dir` in the config folder;
    a later successful write in the project folder removes that fallback copy.
    """
    folder = autosave_dir(project)
    if not project.root:
        return _write(project, active_scheme, folder)
    try:
        path = _write(project, active_scheme, folder)
    except OSError as exc:
        backup = fallback_dir(project.root)
        logging.getLogger("plannerapp.io").warning(translate(
            "io", "cannot autosave into {folder} ({error}); autosaving into {backup} instead").format(
            folder=folder, error=exc.strerror or exc, backup=backup))
        return _write(project, active_scheme, backup)
    stale = fallback_dir(project.root)
    if stale.is_dir():
        shutil.rmtree(stale, ignore_errors=True)
    return path


def _write(project: Project, active_scheme: str | None, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    crs = project.crs or project.context.crs
    for s in project.schemes:
        rel = s.path or f"schemes/{s.id}.geojson"
        write_scheme(s, root=folder, origin=project.context.origin, crs=crs, rel_path=rel)
    data = project_to_json(project)
    data["schemes"] = [s.path or f"schemes/{s.id}.geojson" for s in project.schemes]
    ctx = project.context_path
    ctx_abs = ctx if os.path.isabs(ctx) or not project.root else str(Path(project.root) / ctx)
    rec = {"recovery_version": 1, "saved_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "project_root": project.root, "context_abs": os.path.abspath(ctx_abs) if ctx_abs else "",
           "active_scheme": active_scheme, "project": data}
    path = folder / RECOVERY_FILE
    write_text_atomic(path, json.dumps(rec, indent=1, ensure_ascii=False) + "\n")
    return path


def snapshot_available(folder: Path, project_root: str | os.PathLike | None) -> bool:
    """True when *folder* holds a recovery snapshot newer than the saved project."""
    rec = Path(folder) / RECOVERY_FILE
    if not rec.is_file():
        return False
    if project_root:
        pj = Path(project_root) / PROJECT_FILE
        if pj.is_file() and pj.stat().st_mtime_ns > rec.stat().st_mtime_ns:
            return False
    return True


def find_snapshot(project_root: str | os.PathLike) -> Path | None:
    """The folder of the newest available snapshot of the project in *project_root*
    (its ``.autosave`` or the config-folder fallback), ``None`` when there is none."""
    found = [((folder / RECOVERY_FILE).stat().st_mtime_ns, folder)
             for folder in (Path(project_root) / AUTOSAVE_DIR, fallback_dir(project_root))
             if snapshot_available(folder, project_root) and _belongs(folder, project_root)]
    return max(found, key=lambda t: t[0])[1] if found else None


def _belongs(folder: Path, project_root) -> bool:
    """A fallback snapshot is used only for the folder it was written for (hash collisions, moved configs)."""
    if folder.name == AUTOSAVE_DIR:
        return True
    try:
        data = json.loads((folder / RECOVERY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    root = data.get("project_root") if isinstance(data, dict) else None
    return isinstance(root, str) and os.path.realpath(root) == os.path.realpath(os.fspath(project_root))


def read_snapshot(folder: Path) -> dict:
    path = Path(folder) / RECOVERY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(path, translate("io", "cannot read the recovery file ({error})").format(error=exc)) from None
    if not isinstance(data, dict) or not isinstance(data.get("project"), dict):
        raise InputError(path, translate("io", "not a plannerapp recovery file"))
    return data


def apply_snapshot(project: Project, folder: Path, data: dict) -> list[str]:
    """Replace *project*'s name and schemes by the snapshot's; returns the problems met."""
    pdata = data["project"]
    problems: list[str] = []
    schemes = []
    ctx_ids = set(project.context.ids()) if project.context.buildings else None
    for rel in pdata.get("schemes", []):
        s, sp = read_scheme(Path(folder) / rel, root=folder, origin=project.context.origin, context_ids=ctx_ids)
        problems.extend(sp)
        schemes.append(s)
    if isinstance(pdata.get("name"), str) and pdata["name"]:
        project.name = pdata["name"]
    project.schemes = schemes
    return problems


def discard_snapshot(project: Project) -> None:
    """Remove *project*'s recovery folders (after a save, or when the user declines recovery)."""
    for folder in snapshot_dirs(project):
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


def discard_snapshots_of(project_root: str | os.PathLike) -> None:
    """Remove the snapshots of the project in folder *project_root* (the user declined recovery)."""
    for folder in (Path(project_root) / AUTOSAVE_DIR, fallback_dir(project_root)):
        if folder.is_dir() and _belongs(folder, project_root):
            shutil.rmtree(folder, ignore_errors=True)
