"""Scheme files: one GeoJSON FeatureCollection per design scheme.

File layout (see ``docs/projects.md``)::

    {"type": "FeatureCollection", "name": "Towers", "description": "...",
     "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::7415"}},
     "features": [
       {"type": "Feature", "geometry": <Polygon in the project CRS>,
        "properties": {"kind": "building", "id": "T1", "name": "Tower 1",
                       "height_m": 54.0, "floors": 18, "floor_height_m": 3.0,
                       "use": "residential", "base_z": 0.0,
                       "mesh": "schemes/meshes/towers/T1.ply", "mesh_origin": [x, y, z]}},
       {"type": "Feature", "geometry": <Polygon>, "properties": {"kind": "green", "id": "G1", "on_roof": false}},
       {"type": "Feature", "geometry": null, "properties": {"kind": "demolish", "context_id": "NL.IMBAG..."}}]}

Coordinates in files are *world* coordinates in the project CRS (metres);
the model holds *local* ones (local = world - ``City.origin``).  The legacy
``crs`` member (tolerated by RFC 7946 as an extension) lets QGIS/GDAL place
the file.  Mesh files (PLY, float32) hold vertices relative to the feature's
``mesh_origin`` (world coordinates, metres), so they keep millimetre
precision whatever the CRS offsets.

Readers never raise on a bad feature: they return the problems found (one
sentence each) and leave that feature out, so a caller can list every
problem of a project at once and still offer what loaded.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping, shape

from plannerapp.geometry.footprint import footprint_problems
from plannerapp.geometry.mesh import Mesh
from plannerapp.i18n import translate
from plannerapp.io.atomic import write_bytes_atomic, write_text_atomic
from plannerapp.model.building import DEFAULT_FLOOR_HEIGHT_M, Building
from plannerapp.model.scheme import GreenArea, Scheme

KINDS = ("building", "green", "demolish")
#: properties the reader interprets; every other property is kept in ``attributes``
BUILDING_KEYS = ("kind", "id", "name", "height_m", "floors", "floor_height_m", "use", "base_z", "mesh", "mesh_origin")
GREEN_KEYS = ("kind", "id", "name", "on_roof")
MESH_DIR = "schemes/meshes"
DECIMALS = 4  # 0.1 mm in files
#: scheme geometry farther than this from the context origin (m) is a CRS mistake
MAX_LOCAL_M = 50_000.0


def crs_member(crs: str | None) -> dict | None:
    """The legacy GeoJSON ``crs`` member (OGC URN) for ``"EPSG:NNNN"``."""
    if not crs or not crs.upper().startswith("EPSG:"):
        return None
    return {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::" + crs.split(":", 1)[1]}}


def inside(root: str | os.PathLike, rel: str) -> bool:
    """True when relative path *rel* stays inside folder *root*."""
    if not isinstance(rel, str) or not rel or os.path.isabs(rel) or re.match(r"^[A-Za-z]:", rel):
        return False
    rootp = Path(root).resolve()
    target = (rootp / rel).resolve()
    return target == rootp or rootp in target.parents


# --------------------------------------------------------------------------- reading

def _number(props, key, where, problems, *, positive=False, minimum=None):
    """A finite float from ``props[key]``, ``None`` when absent; problems appended."""
    if key not in props or props[key] is None:
        return None
    v = props[key]
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        problems.append(translate("io", "{where}: {key} must be a number, not {value}").format(
            where=where, key=key, value=json.dumps(v)))
        return None
    if positive and v <= 0:
        problems.append(translate("io", "{where}: {key} {value} must be positive").format(where=where, key=key, value=v))
        return None
    if minimum is not None and v < minimum:
        problems.append(translate("io", "{where}: {key} {value} must be at least {minimum}").format(
            where=where, key=key, value=v, minimum=minimum))
        return None
    return float(v)


def _polygon(geom, where, problems, origin):
    """Shapely polygon in local coordinates from a GeoJSON geometry, or ``None``."""
    if not isinstance(geom, dict) or geom.get("type") not in ("Polygon", "MultiPolygon"):
        gtype = geom.get("type") if isinstance(geom, dict) else geom
        problems.append(translate("io", "{where}: geometry must be a Polygon, not {gtype}").format(
            where=where, gtype=json.dumps(gtype)))
        return None
    try:
        poly = shape(geom)
    except Exception as exc:  # noqa: BLE001 - shapely raises many types for bad coordinates
        problems.append(translate("io", "{where}: unreadable polygon coordinates ({error})").format(where=where, error=exc))
        return None
    if not poly.is_empty:
        b = np.asarray(poly.bounds, dtype=np.float64) - np.tile(origin[:2], 2)
        far = float(np.max(np.abs(b))) if np.isfinite(b).all() else 0.0
        if far > MAX_LOCAL_M:
            problems.append(translate(
                "io", "{where}: lies {km} km from the context: coordinates must be in the project CRS (metres), "
                      "not degrees or another CRS").format(where=where, km=f"{far / 1000:.0f}" if far < 1e12 else f"{far / 1000:.3g}"))
            return None
    bad = footprint_problems(poly)  # on world coordinates, so positions in messages are the file's
    if bad:
        problems.extend(f"{where}: {b}" for b in bad)
        return None
    return shapely.transform(poly, lambda xy: xy - origin[:2])


def _load_mesh(root, rel, mesh_origin, origin, where, problems):
    import trimesh

    if not inside(root, rel):
        problems.append(translate("io", "{where}: mesh path {path} is outside the project folder").format(where=where, path=rel))
        return None
    full = Path(root) / rel
    if not full.is_file():
        problems.append(translate("io", "{where}: mesh file {path} does not exist").format(where=where, path=rel))
        return None
    try:
        tm = trimesh.load(full, force="mesh", process=False)
        v = np.asarray(tm.vertices, dtype=np.float64)
        f = np.asarray(tm.faces, dtype=np.int64)
    except Exception as exc:  # noqa: BLE001 - any reader failure is a bad file
        problems.append(translate("io", "{where}: cannot read mesh {path} ({error})").format(where=where, path=rel, error=exc))
        return None
    if f.size == 0:
        problems.append(translate("io", "{where}: mesh {path} has no triangles").format(where=where, path=rel))
        return None
    mo = np.zeros(3)
    if mesh_origin is not None:
        try:
            mo = np.asarray(mesh_origin, dtype=np.float64).reshape(3)
        except (TypeError, ValueError):
            problems.append(translate("io", "{where}: mesh_origin must be [x, y, z]").format(where=where))
            return None
    return Mesh(v + mo - origin, f, np.zeros(0, np.uint8))


def read_scheme_data(data, *, rel_path: str, root, origin, context_ids=None, crs: str | None = None) -> tuple[Scheme, list[str]]:
    """Build a :class:`Scheme` from parsed GeoJSON *data*.

    *rel_path* is the scheme file relative to the project folder *root* (it
    names the scheme: id = file stem); *origin* the context's local origin
    (world = local + origin); *context_ids* the ids of the status-quo
    buildings (``None``: not checked); *crs* the project CRS (a file whose
    ``crs`` member names another EPSG code is refused).  Returns the scheme with every valid
    feature and the list of problems (each naming the file and the feature).
    """
    origin = np.asarray(origin, dtype=np.float64).reshape(3)
    problems: list[str] = []
    stem = Path(rel_path).stem
    if stem.endswith(".geo"):
        stem = stem[:-4]
    scheme = Scheme(id=stem, name=stem, path=rel_path)
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        problems.append(translate("io", "{file}: not a GeoJSON FeatureCollection").format(file=rel_path))
        return scheme, problems
    name = data.get("name", stem)
    if not isinstance(name, str):
        problems.append(translate("io", "{file}: name must be a string").format(file=rel_path))
        name = stem
    desc = data.get("description", "")
    if not isinstance(desc, str):
        problems.append(translate("io", "{file}: description must be a string").format(file=rel_path))
        desc = ""
    scheme.name, scheme.description = name or stem, desc
    scheme.extra = {k: v for k, v in data.items() if k not in ("type", "name", "description", "features", "crs")}
    if crs is not None and isinstance(data.get("crs"), dict):
        declared = str((data["crs"].get("properties") or {}).get("name", ""))
        code = declared.rsplit(":", 1)[-1]
        if declared and crs.upper().startswith("EPSG:") and code.isdigit() and code != crs.split(":", 1)[1]:
            problems.append(translate("io", "{file}: the file says its CRS is {declared} but the project is {crs}; "
                                            "scheme coordinates must be in the project CRS").format(
                file=rel_path, declared=declared, crs=crs))
            return scheme, problems
    feats = data.get("features")
    if not isinstance(feats, list):
        problems.append(translate("io", "{file}: features must be a list").format(file=rel_path))
        return scheme, problems
    seen: dict[str, str] = {}
    ctx = set(context_ids) if context_ids is not None else None
    for i, feat in enumerate(feats):
        where = translate("io", "{file} feature {n}").format(file=rel_path, n=i + 1)
        if not isinstance(feat, dict) or not isinstance(feat.get("properties"), dict):
            problems.append(translate("io", "{where}: not a GeoJSON Feature with properties").format(where=where))
            continue
        props = feat["properties"]
        kind = props.get("kind")
        if kind not in KINDS:
            problems.append(translate("io", "{where}: unknown kind {kind} (expected building, green or demolish)").format(
                where=where, kind=json.dumps(kind)))
            continue
        if kind == "demolish":
            cid = props.get("context_id")
            if not isinstance(cid, str) or not cid:
                problems.append(translate("io", "{where}: demolish needs a context_id string").format(where=where))
            elif ctx is not None and cid not in ctx:
                problems.append(translate("io", "{where}: demolish names {id}, which is not a building of the context").format(
                    where=where, id=cid))
            else:
                scheme.demolish.add(cid)
            continue
        fid = props.get("id")
        if isinstance(fid, bool) or not isinstance(fid, (str, int)) or fid == "":
            if kind == "green" and fid is None:
                fid = f"green-{i + 1}"
            else:
                problems.append(translate("io", "{where}: id must be a non-empty string").format(where=where))
                continue
        fid = str(fid)
        where = translate("io", "{file} feature {n} ({kind} {id})").format(file=rel_path, n=i + 1, kind=kind, id=fid)
        if fid in seen:
            problems.append(translate("io", "{where}: duplicate id {id} (also used by {other})").format(
                where=where, id=fid, other=seen[fid]))
            continue
        if kind == "green":
            poly = _polygon(feat.get("geometry"), where, problems, origin)
            on_roof = props.get("on_roof", False)
            if not isinstance(on_roof, bool):
                problems.append(translate("io", "{where}: on_roof must be true or false").format(where=where))
                continue
            gname = props.get("name", "")
            if poly is None:
                continue
            seen[fid] = translate("io", "feature {n}").format(n=i + 1)
            attrs = {k: v for k, v in props.items() if k not in GREEN_KEYS}
            scheme.greens.append(GreenArea(fid, poly, on_roof=on_roof, name=gname if isinstance(gname, str) else str(gname),
                                           attributes=attrs))
            continue
        # building
        n_before = len(problems)
        bname = props.get("name", "")
        if not isinstance(bname, str):
            problems.append(translate("io", "{where}: name must be a string").format(where=where))
        use = props.get("use", "")
        if not isinstance(use, str):
            problems.append(translate("io", "{where}: use must be a string").format(where=where))
        height = _number(props, "height_m", where, problems, positive=True)
        fh = _number(props, "floor_height_m", where, problems, positive=True)
        base_z = _number(props, "base_z", where, problems)
        floors = props.get("floors")
        if floors is not None and (isinstance(floors, bool) or not isinstance(floors, (int, float))
                                   or not math.isfinite(floors) or floors != int(floors) or floors < 1):
            problems.append(translate("io", "{where}: floors must be a whole number >= 1, not {value}").format(
                where=where, value=json.dumps(floors)))
            floors = None
        elif floors is not None:
            floors = int(floors)
        if height is not None and height > 1000:
            problems.append(translate("io", "{where}: height_m {value} is implausible (over 1000 m; wrong units?)").format(
                where=where, value=height))
        mesh = None
        mesh_rel = props.get("mesh")
        if mesh_rel is not None:
            if not isinstance(mesh_rel, str):
                problems.append(translate("io", "{where}: mesh must be a relative path string").format(where=where))
            else:
                mesh = _load_mesh(root, mesh_rel, props.get("mesh_origin"), origin, where, problems)
        # a building with a mesh may leave its geometry null: the footprint is then the mesh's ground projection
        poly = None if (feat.get("geometry") is None and mesh_rel is not None) else _polygon(
            feat.get("geometry"), where, problems, origin)
        fh = fh or DEFAULT_FLOOR_HEIGHT_M
        if height is None and floors:
            height = floors * fh
        if height is None and mesh is not None:
            height = float(mesh.bounds[5] - (base_z if base_z is not None else mesh.bounds[2]))
        if height is None and len(problems) == n_before:
            problems.append(translate("io", "{where}: needs height_m or floors").format(where=where))
        if ctx is not None and fid in ctx and fid not in scheme.demolish and not _demolished_later(feats, fid):
            problems.append(translate("io", "{where}: id {id} is already a context building (demolish it to replace it)").format(
                where=where, id=fid))
        if len(problems) > n_before or height is None:
            continue
        if floors is None:
            floors = max(1, int(math.floor(height / fh + 1e-9)))
        seen[fid] = translate("io", "feature {n}").format(n=i + 1)
        attrs = {k: v for k, v in props.items() if k not in BUILDING_KEYS}
        scheme.buildings[fid] = Building(
            id=fid, footprint=poly, height=float(height), base_z=float(base_z or 0.0), floors=floors,
            floor_height=float(fh), use=use, name=bname, attributes=attrs, source=f"scheme:{stem}", mesh=mesh)
    return scheme, problems


def _demolished_later(feats, cid) -> bool:
    return any(isinstance(f, dict) and isinstance(f.get("properties"), dict)
               and f["properties"].get("kind") == "demolish" and f["properties"].get("context_id") == cid
               for f in feats)


def read_scheme(path, *, root, origin, context_ids=None, crs: str | None = None) -> tuple[Scheme, list[str]]:
    """Read a scheme file; see :func:`read_scheme_data`.  Unreadable JSON is one problem."""
    root = Path(root)
    path = Path(path)
    rel = os.path.relpath(path, root).replace(os.sep, "/")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        stem = path.name.split(".")[0]
        return Scheme(id=stem, name=stem, path=rel), [translate("io", "{file}: file does not exist").format(file=rel)]
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        stem = path.name.split(".")[0]
        return Scheme(id=stem, name=stem, path=rel), [translate("io", "{file}: not valid JSON ({error})").format(file=rel, error=exc)]
    return read_scheme_data(data, rel_path=rel, root=root, origin=origin, context_ids=context_ids, crs=crs)


# --------------------------------------------------------------------------- writing

def world_geometry(poly, origin) -> dict | None:
    """GeoJSON geometry of a local polygon in world coordinates, RFC 7946 winding (exterior CCW)."""
    if poly is None or poly.is_empty:
        return None
    poly = shapely.transform(poly, lambda xy: np.round(xy + origin[:2], DECIMALS))
    if isinstance(poly, (Polygon, MultiPolygon)):
        poly = shapely.geometry.polygon.orient(poly, 1.0) if isinstance(poly, Polygon) else MultiPolygon(
            [shapely.geometry.polygon.orient(p, 1.0) for p in poly.geoms])
    return json.loads(json.dumps(mapping(poly)))  # tuples -> lists


def safe_name(text: str) -> str:
    """A file-name-safe version of an id."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "item"


def mesh_bytes(mesh: Mesh, mesh_origin_local: np.ndarray) -> bytes:
    """PLY bytes of *mesh* with vertices relative to *mesh_origin_local*."""
    import trimesh

    tm = trimesh.Trimesh(mesh.vertices - mesh_origin_local, mesh.faces, process=False)
    return trimesh.exchange.ply.export_ply(tm, encoding="binary")


def scheme_to_geojson(scheme: Scheme, *, origin, crs, mesh_paths: dict | None = None) -> dict:
    """The FeatureCollection for *scheme* (world coordinates).

    *mesh_paths* maps building id -> ``(relative mesh path, mesh_origin world [x, y, z])``.
    """
    origin = np.asarray(origin, dtype=np.float64).reshape(3)
    mesh_paths = mesh_paths or {}
    out = {"type": "FeatureCollection", "name": scheme.name or scheme.id, "description": scheme.description}
    member = crs_member(crs)
    if member:
        out["crs"] = member
    out.update({k: v for k, v in scheme.extra.items() if k not in out})
    feats = []
    for b in scheme.buildings.values():
        props = {"kind": "building", "id": b.id, "name": b.name, "height_m": round(float(b.height), DECIMALS),
                 "floors": b.floors, "floor_height_m": float(b.floor_height), "use": b.use}
        if b.base_z:
            props["base_z"] = round(float(b.base_z), DECIMALS)
        if b.id in mesh_paths:
            rel, mo = mesh_paths[b.id]
            props["mesh"] = rel
            props["mesh_origin"] = [float(x) for x in mo]
        for k, v in b.attributes.items():
            props.setdefault(k, v)
        feats.append({"type": "Feature", "geometry": world_geometry(b.footprint2d, origin), "properties": props})
    for g in scheme.greens:
        props = {"kind": "green", "id": g.id, "name": g.name, "on_roof": bool(g.on_roof)}
        for k, v in g.attributes.items():
            props.setdefault(k, v)
        feats.append({"type": "Feature", "geometry": world_geometry(g.polygon, origin), "properties": props})
    for cid in sorted(scheme.demolish):
        feats.append({"type": "Feature", "geometry": None, "properties": {"kind": "demolish", "context_id": cid}})
    out["features"] = feats
    return out


def write_scheme(scheme: Scheme, *, root, origin, crs, rel_path: str | None = None) -> str:
    """Write *scheme* (and its building meshes) under project folder *root*.

    Each file is written atomically; meshes first (content-addressed names),
    then the scheme file, then mesh files of this scheme that it no longer
    references are removed, so a kill at any moment leaves a scheme file
    whose meshes all exist and match.
    Returns the scheme file path relative to *root*.
    """
    root = Path(root)
    origin = np.asarray(origin, dtype=np.float64).reshape(3)
    rel = rel_path or scheme.path or f"schemes/{safe_name(scheme.id)}.geojson"
    stem = Path(rel).name.split(".")[0]
    mesh_dir = f"{MESH_DIR}/{safe_name(stem)}"
    mesh_paths = {}
    for b in scheme.buildings.values():
        if b.mesh is None or b.mesh.n_faces == 0:
            continue
        bounds = b.mesh.bounds
        mo_local = np.round(0.5 * (bounds[:3] + bounds[3:]) + origin) - origin
        mo_local[2] = np.round(bounds[2] + origin[2]) - origin[2]
        data = mesh_bytes(b.mesh, mo_local)
        # content-addressed name: a scheme file written earlier never sees its mesh change under it
        digest = hashlib.sha1(data + np.asarray(mo_local + origin).tobytes()).hexdigest()[:10]
        mrel = f"{mesh_dir}/{safe_name(b.id)}-{digest}.ply"
        if not (root / mrel).is_file():
            write_bytes_atomic(root / mrel, data)
        mesh_paths[b.id] = (mrel, mo_local + origin)
    data = scheme_to_geojson(scheme, origin=origin, crs=crs, mesh_paths=mesh_paths)
    write_text_atomic(root / rel, feature_collection_text(data))
    keep = {Path(p).name for p, _ in mesh_paths.values()}
    mdir = root / mesh_dir
    if mdir.is_dir():
        for f in mdir.glob("*.ply"):
            if f.name not in keep:
                try:
                    f.unlink()
                except OSError:
                    pass
    return rel


def feature_collection_text(data: dict) -> str:
    """Diffable GeoJSON text: top-level members one per line, one feature per line."""
    lines = ["{"]
    items = [(k, v) for k, v in data.items() if k != "features"]
    for k, v in items:
        lines.append(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    feats = data.get("features", [])
    lines.append('"features": [')
    for i, f in enumerate(feats):
        lines.append(json.dumps(f, ensure_ascii=False, separators=(",", ":")) + ("," if i < len(feats) - 1 else ""))
    lines.append("]")
    lines.append("}")
    return "\n".join(lines) + "\n"
