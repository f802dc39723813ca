"""``OUT/run.json``: what a batch run computed, with what, and how far it got.

Written atomically at the start of a run, after every finished run and on
interruption::

    {"analysis": "irradiance", "status": "complete" | "running" | "interrupted" | "failed",
     "parameters": {...}, "params_hash": "...", "versions": {...}, "city": {...},
     "tiling": {"tile_m", "halo": {...}}, "cluster": {...},
     "tiles": {"total": N, "computed": K, "skipped": S}, "started", "finished", "seconds"}

``tiles`` counts the LATEST run: ``computed`` tiles were computed by it,
``skipped`` were already done (``--resume``) with the same ``params_hash``.
"""

from __future__ import annotations

import hashlib
import json
import platform
from importlib import metadata
from pathlib import Path

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.io.atomic import write_text_atomic

RUN_FILE = "run.json"
#: what a batch output folder may hold besides run.json
OWN_ENTRIES = {"run.json", "store", "tiles", "buildings.geojson", "points.parquet", "windows.csv"}


def versions() -> dict:
    out = {"python": platform.python_version()}
    for pkg in ("plannerapp", "numpy", "shapely", "pvlib", "embreex", "dask", "distributed", "pyarrow", "pandas"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = None
    return out


def params_hash(params: dict) -> str:
    """A stable hash of JSON-able parameters (sorted keys)."""
    text = json.dumps(params, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_run(out_dir) -> dict | None:
    p = Path(out_dir) / RUN_FILE
    if not p.exists():
        return None
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def check_out_dir(out_dir, analysis: str, resume: bool) -> dict | None:
    """Refuse a folder holding something else; returns the previous run.json (resume) or None.

    * missing or empty folder, or only a store/tiles left by a run stopped before run.json: fine;
    * a folder with a run.json of the same analysis: only with *resume*;
    * a run of another analysis, or files that are not a batch run's: refused.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(out, translate("batch", "the output path is a file, not a folder"))
    if not out.exists() or not any(out.iterdir()):
        return None
    prev = read_run(out)
    names = sorted(p.name for p in out.iterdir())
    if prev is None and set(names) <= OWN_ENTRIES - {RUN_FILE}:
        return None  # what a run that stopped before writing run.json leaves: start afresh
    if prev is None:
        raise InputError(out, translate("batch", "the output folder already holds other files ({names}); "
                                                 "use an empty or new folder").format(names=", ".join(names[:5])))
    if prev.get("analysis") != analysis:
        raise InputError(out, translate("batch", "the output folder holds a batch {other} run; use another folder "
                                                 "for a {analysis} run").format(other=prev.get("analysis"), analysis=analysis))
    strangers = [n for n in names if n not in OWN_ENTRIES]
    if strangers:
        raise InputError(out, translate("batch", "the output folder holds files that are not part of a batch run ({names})").format(
            names=", ".join(strangers[:5])))
    if not resume:
        raise InputError(out, translate("batch", "the output folder already holds a {analysis} run; add --resume to "
                                                 "continue it, or choose a new folder").format(analysis=analysis))
    return prev


def write_run(out_dir, info: dict) -> None:
    write_text_atomic(Path(out_dir) / RUN_FILE, json.dumps(info, indent=1, default=str))
