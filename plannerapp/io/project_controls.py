"""The project's link to ``controls.geojson`` (parcels + planning controls).

Reading and validation are :func:`plannerapp.io.controls.read_controls`;
this module turns its one :class:`InputError` into problems named by the
file's path in the project (so they are listed with the project's other
problems) and writes a plan back.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from plannerapp.errors import InputError
from plannerapp.io.atomic import write_text_atomic
from plannerapp.io.controls import read_controls
from plannerapp.model.parcel import ControlPlan


def read_project_controls(path: Path, *, origin, rel: str, crs: str | None = None) -> tuple[ControlPlan, list[str]]:
    """Read controls from *path*; returns the plan and the problems (named by *rel*).

    On bad input the plan is the reader's partial plan (the parcels without
    problems), or an empty plan when the file could not be read at all.
    """
    try:
        return read_controls(path, origin=np.asarray(origin, dtype=np.float64), crs=crs), []
    except InputError as exc:
        partial = exc.partial if isinstance(exc.partial, ControlPlan) else ControlPlan(source=str(path))
        return partial, [f"{rel}: {p}" for p in exc.problems]


def write_controls(plan: ControlPlan, path: Path, *, origin, crs: str | None) -> None:
    """Write *plan* as GeoJSON (world coordinates in *crs*, legacy ``crs`` member)."""
    from plannerapp.io.scheme import crs_member, feature_collection_text, world_geometry

    origin = np.asarray(origin, dtype=np.float64).reshape(3)
    feats = []
    for p in plan.parcels:
        props = {"id": p.id, "name": p.name, "land_use": p.land_use}
        props.update(dict(p.controls))
        for k, v in dict(p.attributes).items():
            props.setdefault(k, v)
        feats.append({"type": "Feature", "geometry": world_geometry(p.polygon, origin), "properties": props})
    data = {"type": "FeatureCollection", "name": "controls"}
    member = crs_member(crs)
    if member:
        data["crs"] = member
    data["features"] = feats
    write_text_atomic(path, feature_collection_text(data))
