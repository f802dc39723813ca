"""Upgrade older ``project.json`` data forward to the current schema.

Modelled on napari's ``settings/_migrations.py``: one small function per
version step, registered in :data:`MIGRATIONS`, applied in order.  A
migration takes the parsed JSON ``dict`` of version *n* and returns the
``dict`` of version *n + 1*; it never touches the disk (the upgraded project
is written in the current version on the next save, the old file kept as
``project.json.bak``).

Version 0 (the prototype format, no ``schema_version`` member)::

    {"name": ..., "epsg": 7415, "context_file": "city.json",
     "controls_file": "controls.geojson", "schemes": {"Towers": "schemes/towers.geojson"},
     "latitude": 52.0, "longitude": 4.36}

Version 1: see ``docs/projects.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from plannerapp.model.project import SCHEMA_VERSION


def _v0_to_v1(data: dict) -> dict:
    out = dict(data)
    if "context" not in out and "context_file" in out:
        out["context"] = out.pop("context_file")
    if "controls" not in out and "controls_file" in out:
        out["controls"] = out.pop("controls_file")
    if "crs" not in out and "epsg" in out:
        epsg = out.pop("epsg")
        out["crs"] = f"EPSG:{epsg}" if isinstance(epsg, int) and not isinstance(epsg, bool) else epsg
    if isinstance(out.get("schemes"), dict):
        out["schemes"] = list(out["schemes"].values())
    if "site" not in out and "latitude" in out and "longitude" in out:
        out["site"] = {"latitude": out.pop("latitude"), "longitude": out.pop("longitude")}
    out["schema_version"] = 1
    return out


#: from-version -> function returning the data of from-version + 1
MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _v0_to_v1}


def file_version(data: dict):
    """The version a file declares (0 when it has no ``schema_version``)."""
    return data.get("schema_version", 0)


def migrate(data: dict) -> tuple[dict, list[int]]:
    """Upgrade *data* to :data:`SCHEMA_VERSION`; returns it and the versions it passed through.

    The caller checks the version first (an int between 0 and the current
    one); a version newer than this program understands is not migrated.
    """
    version = file_version(data)
    steps = []
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        steps.append(version)
        version += 1
    return data, steps
