"""GeoJSON footprints with a height -> extruded buildings.

* ``Polygon`` and ``MultiPolygon`` features, holes kept; other geometry types
  are reported and skipped.
* Height (metres) from the property named by ``height_attribute``, else the
  first of ``height_m``, ``height``, ``measuredHeight``, ``Height``; else
  floors x 3.0 m from ``floors`` / ``Floor`` / ``storeys``.  The height is
  always the top **above the ground** (relative, never an absolute elevation).
* Ground elevation (absolute z, metres, the file's vertical datum): the
  property named by ``base_attribute``; else the **lowest z** of the
  footprint's positions when they are 3D; else the first of ``base_z``,
  ``b3_h_maaiveld``, ``h_maaiveld``; else 0.  A ``min_height`` /
  ``base_height`` property (OSM / Overture convention: the bottom of a
  building part above the ground) lifts the base: the prism goes from
  ground + min_height to ground + height.
* CRS: the ``crs`` member when present (old GeoJSON), else CRS84 lon/lat
  (RFC 7946).  Geographic (and Web Mercator or non-metre) coordinates are
  reprojected to the WGS84 UTM zone of the data's centre
  (:func:`plannerapp.geometry.crs.utm_crs_for`) and ``City.crs`` is that zone;
  a metric projected ``crs`` is kept as it is.
* Coordinates are then shifted to a local origin (``City.origin``, float64).
* Invalid features are collected, not fatal: by default the valid ones load
  and ``City.warnings`` names every skipped feature and why; with
  ``strict=True`` (or when nothing is valid) an :class:`InputError` lists them.
* Building id: the feature ``id``, else an ``id``/``Id``/``ID`` property when
  its values are unique in the file, else ``feature-<n>`` (the position in
  the file, from 0); repeated feature ids get ``#2``, ``#3``.
  ``Building.mesh`` stays ``None``: the building is a prism of its footprint
  (built at load with :func:`plannerapp.io._prism.prism`, the same solid as
  ``geometry.footprint.extrude``, and cached as ``Building.geometry``).
"""

from __future__ import annotations

import math
import os

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.geometry.crs import utm_crs_for
from plannerapp.geometry.footprint import footprint_problems, height_problems
from plannerapp.geometry.origin import choose_origin
from plannerapp.io._common import MAX_COORDINATE, crs_from_reference, parse_json, read_bytes
from plannerapp.io._geojson_heights import (  # noqa: F401  (the key lists are re-exported)
    FLOOR_KEYS, GROUND_KEYS, HEIGHT_KEYS, MIN_HEIGHT_KEYS, base_and_height, height_of,
)
from plannerapp.io._prism import prism
from plannerapp.model.building import Building
from plannerapp.model.city import City

ID_KEYS = ("id", "Id", "ID")
USE_KEYS = ("use", "usage", "function", "building:use")
MAX_LISTED = 20


def read_geojson(path, *, height_attribute=None, base_attribute=None, progress=None, strict=False) -> City:
    doc = parse_json(read_bytes(path), path)
    return parse_geojson(doc, path, height_attribute=height_attribute, base_attribute=base_attribute,
                         progress=progress, strict=strict)


def parse_geojson(doc, path, *, height_attribute=None, base_attribute=None, progress=None, strict=False) -> City:
    """A :class:`City` of extruded footprints from a parsed GeoJSON document.

    *height_attribute*: property holding the height (m, top above the ground);
    *base_attribute*: property holding the absolute ground elevation (m);
    ``None``: the default searches of the module docstring.
    """
    try:
        return _parse(doc, os.fspath(path), height_attribute, base_attribute, progress or (lambda f, t: None), strict)
    except InputError:
        raise
    except (TypeError, ValueError, KeyError, IndexError, AttributeError, OverflowError, MemoryError) as exc:
        raise InputError(
            path, translate("io", "malformed GeoJSON ({kind}: {error})").format(kind=type(exc).__name__, error=exc)
        ) from None


def _features(doc, path):
    if not isinstance(doc, dict):
        raise InputError(path, translate("io", "not a GeoJSON FeatureCollection (the top level is not an object)"))
    t = doc.get("type")
    if t == "Feature":
        return [doc]
    if t != "FeatureCollection":
        raise InputError(path, translate("io", "not a GeoJSON FeatureCollection (type is {kind!r})").format(kind=t))
    feats = doc.get("features")
    if not isinstance(feats, list):
        raise InputError(path, translate("io", "'features' is missing or not a list"))
    if not feats:
        raise InputError(path, translate("io", "'features' is empty: no buildings in the file"))
    return feats


def _crs_member(doc, path) -> str:
    crs = doc.get("crs")
    if crs is None:
        return "OGC:CRS84"
    name = None
    if isinstance(crs, dict):
        props = crs.get("properties")
        if isinstance(props, dict):
            name = props.get("name")
            if name is None and props.get("code") is not None:
                name = f"EPSG:{props.get('code')}"
    if not isinstance(name, str) or not name.strip():
        raise InputError(path, translate("io", "'crs' member {crs!r} has no name").format(crs=crs))
    return crs_from_reference(name, path)


def _needs_reprojection(crs: str) -> bool:
    from plannerapp.geometry.crs import horizontal_crs, is_metric_projected

    if crs in ("OGC:CRS84", "EPSG:4326"):
        return True
    if crs in ("EPSG:3857", "EPSG:900913", "EPSG:3395"):  # Mercator: metres that are not metres
        return True
    return horizontal_crs(crs).is_geographic or not is_metric_projected(crs)


def _usable_id(v) -> str | None:
    if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v) != "":
        return str(v)
    return None


def _id_property(feats) -> str | None:
    """The ``id``/``Id``/``ID`` property when its values are unique across the file."""
    for k in ID_KEYS:
        values = [_usable_id(f.get("properties", {}).get(k)) if isinstance(f, dict) and isinstance(f.get("properties"), dict) else None for f in feats]
        if values and all(v is not None for v in values) and len(set(values)) == len(values):
            return k
    return None


def _feature_id(f, i, props, id_key) -> str:
    fid = _usable_id(f.get("id"))
    if fid is not None:
        return fid
    if id_key is not None:
        return str(props[id_key])
    return f"feature-{i}"


def _rings(geom) -> tuple[list[list[np.ndarray]], float | None]:
    """Polygons as lists of (k, 2) float arrays, and the lowest z of 3D positions (None: 2D);
    raises ValueError with a reason."""
    if not isinstance(geom, dict):
        raise ValueError(translate("io", "no geometry"))
    t = geom.get("type")
    coords = geom.get("coordinates")
    if t == "Polygon":
        polys = [coords]
    elif t == "MultiPolygon":
        if not isinstance(coords, list):
            raise ValueError(translate("io", "MultiPolygon coordinates are not a list"))
        polys = coords
    else:
        raise ValueError(translate("io", "geometry type {kind} is not a footprint (Polygon or MultiPolygon)").format(kind=t))
    out = []
    zmin = math.inf
    for poly in polys:
        if not isinstance(poly, list) or not poly:
            raise ValueError(translate("io", "polygon without rings"))
        rings = []
        for ring in poly:
            if not isinstance(ring, list) or any(not isinstance(p, list) or len(p) < 2 for p in ring):
                raise ValueError(translate("io", "a ring is not a list of [x, y] positions"))
            try:
                a = np.array([p[:2] for p in ring], dtype=np.float64)
            except (TypeError, ValueError):
                raise ValueError(translate("io", "coordinates are not numbers")) from None
            if a.shape[0] < 3:
                raise ValueError(translate("io", "a ring has only {n} points").format(n=a.shape[0]))
            if not np.isfinite(a).all():
                raise ValueError(translate("io", "coordinates are NaN or infinite"))
            if np.abs(a).max() > MAX_COORDINATE:
                raise ValueError(translate("io", "coordinates are implausibly large"))
            if any(len(p) > 2 for p in ring):
                zmin = min(zmin, _ring_zmin(ring))
            rings.append(a)
        out.append(rings)
    if not out:
        raise ValueError(translate("io", "MultiPolygon without polygons"))
    return out, (zmin if zmin != math.inf else None)


def _ring_zmin(ring) -> float:
    """Lowest z of a ring's 3D positions (positions without z are left out)."""
    try:
        z = np.array([p[2] for p in ring if len(p) > 2], dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(translate("io", "coordinates are not numbers")) from None
    if not np.isfinite(z).all():
        raise ValueError(translate("io", "coordinates are NaN or infinite"))
    return float(z.min())


def _parse(doc, path, height_attribute, base_attribute, progress, strict) -> City:
    feats = _features(doc, path)
    src_crs = _crs_member(doc, path)
    problems: list[str] = []
    items = []  # (id, rings-per-polygon, height above base, base z, floors, props)
    seen: dict[str, int] = {}
    id_key = _id_property(feats)
    for i, f in enumerate(feats):
        props = f.get("properties") if isinstance(f, dict) else None
        props = props if isinstance(props, dict) else {}
        fid = _feature_id(f if isinstance(f, dict) else {}, i, props, id_key)
        if fid in seen:
            seen[fid] += 1
            fid = f"{fid}#{seen[fid]}"
        else:
            seen[fid] = 1
        if not isinstance(f, dict) or f.get("type") != "Feature":
            problems.append(translate("io", "feature {id}: not a GeoJSON Feature").format(id=fid))
            continue
        try:
            polys, zmin = _rings(f.get("geometry"))
        except ValueError as exc:
            problems.append(_feature_problem(fid, exc))
            continue
        h, floors, why = height_of(props, height_attribute)
        if h is None:
            problems.append(_feature_problem(fid, why))
            continue
        hp = height_problems(h)
        if hp:
            problems.append(_feature_problem(fid, hp[0]))
            continue
        base, h, why = base_and_height(props, zmin, h, base_attribute)
        if base is None:
            problems.append(_feature_problem(fid, why))
            continue
        items.append((fid, polys, h, base, floors, props))
    progress(0.3, translate("io", "reading features"))

    if not items:
        raise InputError(path, _listed(problems) or [translate("io", "no buildings in the file")])

    # reproject and localise all coordinates at once (float64)
    flat = np.concatenate([r for _, polys, *_ in items for rings in polys for r in rings])
    crs = src_crs
    if _needs_reprojection(src_crs):
        from pyproj import Transformer

        from plannerapp.geometry.crs import horizontal_crs

        if src_crs in ("OGC:CRS84", "EPSG:4326"):
            lon, lat = flat[:, 0], flat[:, 1]
            if np.abs(lat).max() > 90 or np.abs(lon).max() > 360:
                raise InputError(path, translate("io", "coordinates are not longitude/latitude degrees although the CRS is lon/lat"))
            src = "OGC:CRS84"
        else:
            src = horizontal_crs(src_crs)
        to_ll = Transformer.from_crs(src, "EPSG:4326", always_xy=True)
        lon, lat = to_ll.transform(flat[:, 0], flat[:, 1])
        crs = utm_crs_for(float(np.mean([np.min(lon), np.max(lon)])), float(np.mean([np.min(lat), np.max(lat)])))
        x, y = Transformer.from_crs(src, crs, always_xy=True).transform(flat[:, 0], flat[:, 1])
        flat = np.column_stack([x, y])
        if not np.isfinite(flat).all():
            raise InputError(path, translate("io", "coordinates cannot be projected to {crs}").format(crs=crs))
    origin = choose_origin(np.column_stack([flat, np.zeros(len(flat))]))
    flat = flat - origin[:2]
    progress(0.6, translate("io", "building prisms"))

    buildings, pos = [], 0
    source = os.fspath(path)
    src_lo, src_hi = np.full(2, np.inf), np.full(2, -np.inf)
    for fid, polys, h, base, floors, props in items:
        parts = []
        for rings in polys:
            local = []
            for r in rings:
                local.append(flat[pos : pos + len(r)])
                pos += len(r)
            parts.append(Polygon(local[0], local[1:]))
        shape = parts[0] if len(parts) == 1 else MultiPolygon(parts)
        bad = footprint_problems(shape)
        if bad:
            problems.append(_feature_problem(fid, bad[0]))
            continue
        src = np.concatenate([r for rings in polys for r in rings])
        src_lo, src_hi = np.minimum(src_lo, src.min(axis=0)), np.maximum(src_hi, src.max(axis=0))
        shape = shapely.normalize(shape) if isinstance(shape, MultiPolygon) else shape
        use = next((str(props[k]) for k in USE_KEYS if isinstance(props.get(k), str) and props[k] not in ("", "yes")), "")
        name = props.get("name") if isinstance(props.get("name"), str) else ""
        b = Building(
            id=fid, footprint=shape, height=float(h), base_z=float(base), floors=floors,
            use=use, name=name, attributes=props, source=source,
        )
        # the prism is built now, ~6x faster than trimesh's extrude, and cached as the
        # building's geometry; an edited copy (Building.replace) extrudes afresh
        b.__dict__["geometry"] = prism(shape, float(h), float(base))
        buildings.append(b)
    progress(1.0, translate("io", "done"))
    if not buildings:
        raise InputError(path, _listed(problems))
    if strict and problems:
        raise InputError(path, _listed(problems), partial=City(buildings, crs, origin, source))
    warnings = []
    if problems:
        warnings.append(translate("io", "{n} of {total} features skipped").format(n=len(problems), total=len(feats)))
        warnings += _listed(problems, limit=None)
    metadata = {
        "format": "GeoJSON",
        "source_crs": src_crs,
        "features": len(feats),
        "skipped_features": len(problems),
        "height_attribute": height_attribute,
        "base_attribute": base_attribute,
        # bounds of the loaded buildings in the file's own coordinates (x, y as in the file; z metres)
        "source_bounds": [float(src_lo[0]), float(src_lo[1]), min(b.base_z for b in buildings),
                          float(src_hi[0]), float(src_hi[1]), max(b.top_z for b in buildings)],
    }
    return City(buildings, crs=crs, origin=origin, source=source, metadata=metadata, warnings=warnings)


def _feature_problem(fid, problem) -> str:
    return translate("io", "feature {id}: {problem}").format(id=fid, problem=problem)


def _listed(problems: list[str], limit: int | None = MAX_LISTED) -> list[str]:
    if limit is None or len(problems) <= limit:
        return list(problems)
    return problems[:limit] + [translate("io", "... and {n} more").format(n=len(problems) - limit)]
