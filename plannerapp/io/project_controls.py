"""The project's link to ``controls.geojson`` (parcels + planning controls).

The full reader/validator is :mod:`plannerapp.io.controls` (owned by the
review feature).  When that module is present it is used; otherwise a
minimal reader keeps each parcel's polygon (local metres), id, name,
land use and the control keys of :data:`plannerapp.model.parcel.CONTROL_KEYS`,
so a project opens and round-trips either way.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import shape

from plannerapp.errors import InputError
from plannerapp.geometry.footprint import footprint_problems
from plannerapp.i18n import translate
from plannerapp.io.atomic import write_text_atomic
from plannerapp.model.parcel import CONTROL_KEYS, ControlPlan, Parcel

_PARCEL_KEYS = ("id", "name", "land_use") + CONTROL_KEYS


def _full_reader():
    try:
        mod = importlib.import_module("plannerapp.io.controls")
    except ImportError:
        return None
    for name in ("read_controls", "load_controls", "read_control_plan"):
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn
    return None


def read_controls_or_fallback(path: Path, *, origin, rel: str, crs: str | None = None) -> tuple[ControlPlan, list[str]]:
    """Read controls from *path*; returns the plan and the problems (named by *rel*)."""
    reader = _full_reader()
    if reader is not None:
        try:
            try:
                plan = reader(path, origin=np.asarray(origin, dtype=np.float64), crs=crs)
            except TypeError:
                plan = reader(path)
            return plan, []
        except InputError as exc:
            partial = exc.partial if isinstance(exc.partial, ControlPlan) else ControlPlan(source=str(path))
            return partial, [f"{rel}: {p}" for p in exc.problems]
    return read_parcels_minimal(path, origin=origin, rel=rel)


def read_parcels_minimal(path: Path, *, origin, rel: str) -> tuple[ControlPlan, list[str]]:
    """Parcels as polygons + properties, without checking the control values."""
    origin = np.asarray(origin, dtype=np.float64).reshape(3)
    problems: list[str] = []
    plan = ControlPlan(source=str(path))
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return plan, [translate("io", "{file}: not valid JSON ({error})").format(file=rel, error=exc)]
    feats = data.get("features") if isinstance(data, dict) else None
    if not isinstance(feats, list):
        return plan, [translate("io", "{file}: not a GeoJSON FeatureCollection").format(file=rel)]
    seen = set()
    for i, f in enumerate(feats):
        where = translate("io", "{file} feature {n}").format(file=rel, n=i + 1)
        props = f.get("properties") if isinstance(f, dict) else None
        if not isinstance(props, dict):
            problems.append(translate("io", "{where}: not a GeoJSON Feature with properties").format(where=where))
            continue
        pid = str(props.get("id", f.get("id", f"parcel-{i + 1}")))
        if pid in seen:
            problems.append(translate("io", "{where}: duplicate id {id}").format(where=where, id=pid))
            continue
        try:
            poly = shape(f.get("geometry"))
        except Exception:  # noqa: BLE001 - shapely raises many types
            problems.append(translate("io", "{where}: geometry must be a Polygon").format(where=where))
            continue
        poly = shapely.transform(poly, lambda xy: xy - origin[:2]) if not poly.is_empty else poly
        bad = footprint_problems(poly)
        if bad:
            problems.extend(f"{where}: {b}" for b in bad)
            continue
        seen.add(pid)
        plan.parcels.append(Parcel(
            id=pid, polygon=poly, land_use=str(props.get("land_use", "")), name=str(props.get("name", "")),
            controls={k: props[k] for k in CONTROL_KEYS if k in props},
            attributes={k: v for k, v in props.items() if k not in _PARCEL_KEYS}))
    return plan, problems


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
