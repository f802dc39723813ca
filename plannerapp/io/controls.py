"""Read ``controls.geojson``: parcels (Polygon) and their planning controls.

Format: a GeoJSON FeatureCollection; each feature is one parcel with a
``Polygon`` geometry and ``properties``: ``id`` (required, unique),
``land_use``, ``name`` and any of the control keys
(:data:`plannerapp.model.parcel.CONTROL_KEYS`):

====================  =========================================================
``max_far``           plot ratio cap (GFA / parcel area), number > 0
``min_far``           plot ratio floor, number >= 0, <= ``max_far``
``max_coverage``      footprint area / parcel area, 0 < x <= 1
``min_green_ratio``   ground-level green area / parcel area, 0 <= x <= 1
``max_height_m``      m above the building base, > 0
``setback_m``         m every footprint keeps inside the parcel edge, >= 0
``min_spacing_m``     m between building footprints, >= 0
``max_gfa_m2``        m2 of counted gross floor area, > 0
``allowed_uses``      list of use names (non-empty strings)
``sunlight``          object: ``standard`` (``GB50180`` / ``BRE``), ``day``
                      (``great_cold``, ``winter_solstice``, ``march_21``,
                      ``september_21`` or ``YYYY-MM-DD``), ``min_hours``
                      (0-24), ``start``/``end`` (``HH:MM``, start < end),
                      ``applies_to`` (list of uses), optional ``time_base``
                      (``solar``/``clock``) and ``profile`` (a solar profile id)
====================  =========================================================

Coordinates: the file's legacy ``crs`` member names its CRS; without one
the coordinates are taken to be in the project's CRS (*crs*).  A file in
lon/lat (``CRS84``/``EPSG:4326``) is projected to *crs*.  A top-level
``"frame": "local"`` says the coordinates are already local metres (no
origin subtracted).  Parcels come out in local metres: world - *origin*.

Every problem (wrong types, negative or impossible limits, invalid or
overlapping polygons, duplicate ids, unknown ``max_``/``min_`` keys that are
probably typos) is collected and raised as one :class:`InputError` whose
``partial`` is the :class:`ControlPlan` of the parcels without problems.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

import numpy as np
import shapely
from shapely import STRtree
from shapely.geometry import Polygon, shape

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.io._common import crs_from_reference, parse_json, read_bytes
from plannerapp.model.parcel import CONTROL_KEYS, ControlPlan, Parcel

#: Overlaps smaller than this (m2) are digitising noise, not overlapping parcels.
OVERLAP_TOLERANCE_M2 = 0.01
SUNLIGHT_STANDARDS = ("GB50180", "BRE")
SUNLIGHT_DAYS = ("great_cold", "winter_solstice", "march_21", "september_21", "summer_solstice")
SUNLIGHT_KEYS = ("standard", "day", "min_hours", "start", "end", "applies_to", "time_base", "profile")
_BASE_KEYS = ("id", "name", "land_use")
_HHMM = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")


def _tr(text: str, **kw) -> str:
    return translate("io", text).format(**kw)


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _check_number(key, v, where, problems, *, lo=None, lo_open=False, hi=None):
    if not _is_number(v):
        problems.append(_tr("{where}: {key} must be a number, not {value!r}", where=where, key=key, value=v))
        return False
    if v < 0:
        problems.append(_tr("{where}: {key} = {value} must not be negative", where=where, key=key, value=v))
        return False
    if lo is not None and (v <= lo if lo_open else v < lo):
        problems.append(_tr("{where}: {key} = {value} must be {op} {lo}", where=where, key=key, value=v,
                            op=">" if lo_open else ">=", lo=lo))
        return False
    if hi is not None and v > hi:
        problems.append(_tr("{where}: {key} = {value} must not exceed {hi}", where=where, key=key, value=v, hi=hi))
        return False
    return True


def _hhmm_minutes(s) -> int | None:
    if not isinstance(s, str):
        return None
    m = _HHMM.match(s.strip())
    if not m:
        return None
    minutes = int(m.group(1)) * 60 + int(m.group(2))
    return minutes if minutes <= 24 * 60 else None


def _check_day(day) -> bool:
    if day in SUNLIGHT_DAYS:
        return True
    if isinstance(day, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", day):
        import datetime as dt

        try:
            dt.date.fromisoformat(day)
            return True
        except ValueError:
            return False
    return False


def check_sunlight(spec, where: str) -> list[str]:
    """Problems with a parcel's ``sunlight`` object (empty list: fine)."""
    problems: list[str] = []
    if not isinstance(spec, dict):
        return [_tr("{where}: sunlight must be an object, not {value!r}", where=where, value=spec)]
    for k in spec:
        if k not in SUNLIGHT_KEYS:
            problems.append(_tr("{where}: unknown sunlight key {key!r} (known: {known})", where=where, key=k,
                                known=", ".join(SUNLIGHT_KEYS)))
    std = spec.get("standard", "GB50180")
    if std not in SUNLIGHT_STANDARDS:
        problems.append(_tr("{where}: sunlight.standard must be one of {choices}, not {value!r}", where=where,
                            choices=", ".join(SUNLIGHT_STANDARDS), value=std))
    if "day" in spec and not _check_day(spec["day"]):
        problems.append(_tr("{where}: sunlight.day must be one of {choices} or YYYY-MM-DD, not {value!r}", where=where,
                            choices=", ".join(SUNLIGHT_DAYS), value=spec["day"]))
    if "min_hours" not in spec:
        problems.append(_tr("{where}: sunlight.min_hours is missing", where=where))
    else:
        _check_number("sunlight.min_hours", spec["min_hours"], where, problems, hi=24)
    start, end = spec.get("start", "08:00"), spec.get("end", "16:00")
    s, e = _hhmm_minutes(start), _hhmm_minutes(end)
    if s is None:
        problems.append(_tr("{where}: sunlight.start must be HH:MM, not {value!r}", where=where, value=start))
    if e is None:
        problems.append(_tr("{where}: sunlight.end must be HH:MM, not {value!r}", where=where, value=end))
    if s is not None and e is not None and e <= s:
        problems.append(_tr("{where}: sunlight.end {end} must be after start {start}", where=where, end=end, start=start))
    if s is not None and e is not None and e > s and _is_number(spec.get("min_hours")) and spec["min_hours"] * 60 > e - s:
        problems.append(_tr("{where}: sunlight.min_hours {h} is longer than the {start}-{end} window", where=where,
                            h=spec["min_hours"], start=start, end=end))
    at = spec.get("applies_to", ["residential"])
    if not isinstance(at, list) or not at or not all(isinstance(u, str) and u.strip() for u in at):
        problems.append(_tr("{where}: sunlight.applies_to must be a non-empty list of use names", where=where))
    tb = spec.get("time_base")
    if tb is not None and tb not in ("solar", "clock"):
        problems.append(_tr("{where}: sunlight.time_base must be solar or clock, not {value!r}", where=where, value=tb))
    return problems


def check_controls(props: dict, where: str) -> list[str]:
    """Problems with one parcel's control values (empty list: fine)."""
    problems: list[str] = []
    for k in props:
        if (k.startswith("max_") or k.startswith("min_")) and k not in CONTROL_KEYS:
            problems.append(_tr("{where}: unknown control {key!r} (known: {known})", where=where, key=k,
                                known=", ".join(CONTROL_KEYS)))
    ok = {}
    if "max_far" in props:
        ok["max_far"] = _check_number("max_far", props["max_far"], where, problems, lo=0, lo_open=True)
    if "min_far" in props:
        ok["min_far"] = _check_number("min_far", props["min_far"], where, problems)
    if ok.get("max_far") and ok.get("min_far") and props["min_far"] > props["max_far"]:
        problems.append(_tr("{where}: min_far {lo} is above max_far {hi}", where=where, lo=props["min_far"], hi=props["max_far"]))
    if "max_coverage" in props:
        _check_number("max_coverage", props["max_coverage"], where, problems, lo=0, lo_open=True, hi=1)
    if "min_green_ratio" in props:
        _check_number("min_green_ratio", props["min_green_ratio"], where, problems, hi=1)
    if "max_height_m" in props:
        _check_number("max_height_m", props["max_height_m"], where, problems, lo=0, lo_open=True, hi=1000)
    if "setback_m" in props:
        _check_number("setback_m", props["setback_m"], where, problems, hi=1000)
    if "min_spacing_m" in props:
        _check_number("min_spacing_m", props["min_spacing_m"], where, problems, hi=1000)
    if "max_gfa_m2" in props:
        _check_number("max_gfa_m2", props["max_gfa_m2"], where, problems, lo=0, lo_open=True)
    if "allowed_uses" in props:
        au = props["allowed_uses"]
        if not isinstance(au, list) or not au or not all(isinstance(u, str) and u.strip() for u in au):
            problems.append(_tr("{where}: allowed_uses must be a non-empty list of use names, not {value!r}",
                                where=where, value=au))
    if "sunlight" in props:
        problems.extend(check_sunlight(props["sunlight"], where))
    for k in ("land_use", "name"):
        if k in props and props[k] is not None and not isinstance(props[k], str):
            problems.append(_tr("{where}: {key} must be a string, not {value!r}", where=where, key=k, value=props[k]))
    return problems


def _file_crs(data: dict, path) -> str | None:
    member = data.get("crs")
    if member is None:
        return None
    ref = member.get("properties", {}).get("name") if isinstance(member, dict) else member
    return crs_from_reference(ref, path)


def _transformer(src: str | None, dst: str | None, path, coords: np.ndarray):
    """A function (n, 2) -> (n, 2) from the file's CRS to the project's, or None."""
    geographic = src in ("OGC:CRS84", "EPSG:4326", "EPSG:4490")
    if src is None and dst and coords.size and np.all(np.abs(coords[:, 0]) <= 180) and np.all(np.abs(coords[:, 1]) <= 90):
        from plannerapp.geometry.crs import is_metric_projected

        if is_metric_projected(dst):
            src, geographic = "OGC:CRS84", True  # RFC 7946 default: lon/lat
    if src is None or dst is None or src == dst:
        if geographic and dst is None:
            raise InputError(path, _tr("parcels are in longitude/latitude but the project CRS is unknown: cannot convert them to metres"))
        return None
    from pyproj import Transformer

    from plannerapp.geometry.crs import horizontal_crs

    src_crs = "OGC:CRS84" if src in ("OGC:CRS84",) else horizontal_crs(src)
    t = Transformer.from_crs(src_crs, horizontal_crs(dst), always_xy=True)

    def fn(xy):
        x, y = t.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return fn


def read_controls(path: str | os.PathLike, *, origin=None, crs: str | None = None) -> ControlPlan:
    """Read and validate a control plan; parcels in local metres (world - *origin*).

    *origin*: the context City's float64 origin (``(3,)`` or ``(2,)``; default
    zeros); *crs*: the project's CRS (``"EPSG:32651"``), used to project a
    file in another CRS (or lon/lat).  Raises :class:`InputError` listing
    every problem, with ``partial`` = the plan of the good parcels.
    """
    path = Path(path)
    data = parse_json(read_bytes(path), path)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(data.get("features"), list):
        raise InputError(path, _tr("not a GeoJSON FeatureCollection"))
    origin = np.zeros(2) if origin is None else np.asarray(origin, dtype=np.float64).reshape(-1)[:2]
    local_frame = data.get("frame") == "local"
    src = None if local_frame else _file_crs(data, path)
    problems: list[str] = []
    plan = ControlPlan(source=str(path))
    seen: dict[str, int] = {}
    raw = []
    for i, feat in enumerate(data["features"]):
        where = _tr("feature {n}", n=i + 1)
        if not isinstance(feat, dict) or feat.get("type") != "Feature" or not isinstance(feat.get("properties"), dict):
            problems.append(_tr("{where}: not a GeoJSON Feature with properties", where=where))
            continue
        props = feat["properties"]
        pid = props.get("id", feat.get("id"))
        if pid is None or isinstance(pid, bool) or not isinstance(pid, (str, int)) or str(pid).strip() == "":
            problems.append(_tr("{where}: parcel id is missing (properties.id)", where=where))
            pid = None
        else:
            pid = str(pid)
            where = _tr("parcel {id} (feature {n})", id=pid, n=i + 1)
            if pid in seen:
                problems.append(_tr("{where}: duplicate parcel id {id} (also feature {other})", where=where, id=pid,
                                    other=seen[pid] + 1))
                pid = None
            else:
                seen[pid] = i
        bad = check_controls(props, where)
        geom = feat.get("geometry")
        poly = None
        if not isinstance(geom, dict) or geom.get("type") != "Polygon":
            gtype = geom.get("type") if isinstance(geom, dict) else geom
            bad.append(_tr("{where}: geometry must be a Polygon, not {type}", where=where, type=gtype))
        else:
            try:
                poly = shape(geom)
            except Exception as exc:  # noqa: BLE001 - shapely raises several types for bad coordinates
                bad.append(_tr("{where}: unreadable polygon ({error})", where=where, error=exc))
        shape_ok = poly is not None and not _polygon_problems(poly, where, check_area=False)
        if poly is not None:
            bad.extend(_polygon_problems(poly, where, check_area=False))
        problems.extend(bad)
        if shape_ok:
            raw.append((pid, poly, props, where, not bad and pid is not None))

    coords = np.concatenate([shapely.get_coordinates(r[1]) for r in raw]) if raw else np.zeros((0, 2))
    to_project = None if local_frame else _transformer(src, crs, path, coords)
    shapes: list[Parcel] = []
    for pid, poly, props, where, good in raw:
        if to_project is not None:
            poly = shapely.transform(poly, to_project)
        if not local_frame:
            poly = shapely.transform(poly, lambda xy: xy - origin)
        pp = _polygon_problems(poly, where)
        if pp:
            problems.extend(pp)
            continue
        parcel = Parcel(
            id=pid or where, polygon=poly, land_use=str(props.get("land_use") or ""), name=str(props.get("name") or ""),
            controls={k: props[k] for k in CONTROL_KEYS if k in props},
            attributes={k: v for k, v in props.items() if k not in CONTROL_KEYS and k not in _BASE_KEYS})
        shapes.append(parcel)
        if good:
            plan.parcels.append(parcel)
    problems.extend(overlap_problems(shapes))
    if problems:
        raise InputError(path, problems, partial=plan)
    return plan


def _polygon_problems(poly: Polygon, where: str, check_area: bool = True) -> list[str]:
    coords = shapely.get_coordinates(poly)
    if poly.is_empty or coords.size == 0:
        return [_tr("{where}: polygon is empty", where=where)]
    if not np.isfinite(coords).all():
        return [_tr("{where}: polygon has NaN or infinite coordinates", where=where)]
    if not poly.is_valid:
        return [_tr("{where}: invalid polygon ({reason})", where=where, reason=shapely.is_valid_reason(poly))]
    if check_area and poly.area < 1.0:
        return [_tr("{where}: polygon area {area:.3g} m2 is too small for a parcel (wrong units?)", where=where, area=poly.area)]
    return []


def overlap_problems(parcels: list[Parcel], tolerance_m2: float = OVERLAP_TOLERANCE_M2) -> list[str]:
    """One sentence per pair of parcels that overlap by more than *tolerance_m2*."""
    if len(parcels) < 2:
        return []
    polys = np.array([p.polygon for p in parcels], dtype=object)
    a, b = STRtree(polys).query(polys, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    if a.size == 0:
        return []
    areas = shapely.area(shapely.intersection(polys[a], polys[b]))
    return [_tr("parcels {a} and {b} overlap by {area:.2f} m2", a=parcels[i].id, b=parcels[j].id, area=ar)
            for i, j, ar in zip(a, b, areas) if ar > tolerance_m2]
