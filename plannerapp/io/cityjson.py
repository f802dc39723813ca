"""CityJSON 1.0 / 1.1 / 2.0 reader: buildings as meshes with roof/wall/ground semantics.

What it does (see ``docs/formats.md``):

* vertices are dequantised in float64 (``v * transform.scale + transform.translate``)
  and shifted to a local origin (:func:`plannerapp.geometry.origin.choose_origin`);
  ``City.origin`` keeps it, so world = local + origin;
* ``metadata.referenceSystem`` (URN or OGC URL) becomes ``City.crs = "EPSG:NNNN"``;
* one :class:`Building` per root ``Building`` object (its CityObject key is the
  id); ``BuildingPart`` / ``BuildingInstallation`` children are merged into it;
* LoD: per object the highest LoD it has (LoD0 only when it has nothing else),
  or, with ``lod="1.2"`` etc., the highest LoD not above the one asked for;
* surfaces (``Solid``, ``MultiSolid``, ``CompositeSolid``, ``MultiSurface``,
  ``CompositeSurface``, and ``GeometryInstance`` of such a template, placed by
  its matrix and reference point) are triangulated with holes, one semantic code per face
  (from ``semantics``; guessed from the face normal where a surface has none);
* footprint: the LoD0 surfaces when present, else the GroundSurface faces,
  else ``None`` (the building then uses its mesh's ground projection);
* height = top z - base z (base = lowest vertex of the chosen geometry);
* other objects (Road, TINRelief, PlantCover...) are not buildings: they are
  counted and their ids kept in ``City.metadata["other_objects"]``.

All coordinates are metres; z up.
"""

from __future__ import annotations

import os
from collections import Counter

import numpy as np

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.geometry.mesh import SURFACE_GROUND, Mesh, guess_semantics
from plannerapp.geometry.origin import choose_origin
from plannerapp.io._cityjson_fast import PACKED_KEY, NotPacked, paused_gc
from plannerapp.io._cityjson_footprint import footprints
from plannerapp.io._cityjson_header import header, reference_system, world_vertices
from plannerapp.io._cityjson_instances import expand_instances
from plannerapp.io._cityjson_walk import SUPPORTED_TYPES, UNKNOWN, MalformedGeometry, RingStore, checked_indices
from plannerapp.io._common import lod_key, lod_text, parse_json, read_bytes
from plannerapp.io.triangulate import triangulate_rings
from plannerapp.model.building import Building
from plannerapp.model.city import City

BUILDING_TYPES = frozenset(
    {
        "Building",
        "BuildingPart",
        "BuildingInstallation",
        "BuildingConstructiveElement",
        "BuildingFurniture",
        "BuildingStorey",
        "BuildingRoom",
        "BuildingUnit",
    }
)
USE_KEYS = ("use", "usage", "function", "gebruiksdoel")


def read_cityjson(path: str | os.PathLike, *, lod=None, progress=None) -> City:
    """Read a CityJSON file into a :class:`City` (local metres; see module doc)."""
    doc = parse_json(read_bytes(path), path)
    return parse_cityjson(doc, path, lod=lod, progress=progress)


def parse_cityjson(doc, path, *, lod=None, progress=None) -> City:
    """Build a :class:`City` from an already parsed CityJSON document.

    A document from the fast parse (packed vertices and boundaries) that turns
    out to be anything but plain and well-formed is parsed again with
    ``json.loads`` and read the plain way, so messages stay the same.
    """
    with paused_gc():  # the large document's millions of containers are not garbage
        return _parse_either(doc, path, lod, progress)


def _parse_either(doc, path, lod, progress) -> City:
    table = doc.pop(PACKED_KEY, None) if isinstance(doc, dict) else None
    if table is not None:
        try:
            city = _parse(doc, os.fspath(path), lod, progress or (lambda f, t: None))
            table.check_rest()  # the boundaries not read must still be valid JSON
            return city
        except (NotPacked, InputError, MalformedGeometry, TypeError, ValueError, KeyError, IndexError,
                AttributeError, OverflowError):
            doc = parse_json(table.data, path, packed=False)
        finally:
            table.release()
    try:
        return _parse(doc, os.fspath(path), lod, progress or (lambda f, t: None))
    except InputError:
        raise
    except MalformedGeometry as exc:
        raise InputError(path, translate("io", "malformed CityJSON geometry: {error}").format(error=exc)) from None
    except (TypeError, ValueError, KeyError, IndexError, AttributeError, OverflowError, MemoryError) as exc:
        raise InputError(
            path, translate("io", "malformed CityJSON ({kind}: {error})").format(kind=type(exc).__name__, error=exc)
        ) from None


# ----------------------------------------------------------------------------- objects


def _group_buildings(objects, path):
    """Root building ids (file order) -> member ids (root first); other types counted."""
    groups: dict[str, list[str]] = {}
    other: dict[str, list[str]] = {}
    root_of: dict[str, str] = {}

    def root(oid):
        seen = []
        cur = oid
        while True:
            if cur in root_of:
                r = root_of[cur]
                break
            seen.append(cur)
            o = objects[cur]
            parents = o.get("parents") or o.get("parent")
            if isinstance(parents, str):
                parents = [parents]
            nxt = None
            if o.get("type") != "Building" and isinstance(parents, list):
                for p in parents:
                    if isinstance(p, str) and p in objects and isinstance(objects[p], dict) and objects[p].get("type") in BUILDING_TYPES and p not in seen:
                        nxt = p
                        break
            if nxt is None:
                r = cur
                break
            cur = nxt
        for s in seen:
            root_of[s] = r
        return r

    for oid, o in objects.items():
        if not isinstance(o, dict):
            raise InputError(path, translate("io", "CityObject {id!r} is not an object").format(id=oid))
        t = o.get("type")
        if not isinstance(t, str):
            raise InputError(path, translate("io", "CityObject {id!r} has no 'type'").format(id=oid))
        if t in BUILDING_TYPES:
            r = root(oid)
            groups.setdefault(r, [])
            if oid == r:
                groups[r].insert(0, oid)
            else:
                groups[r].append(oid)
        else:
            other.setdefault(t, []).append(oid)
    return groups, other


def _choose(geoms, want, label, group_has_3d):
    """Chosen LoD, indices of the geometries to draw and of the LoD0 footprint geometries.

    LoD0 (footprints, roof outlines) is only drawn when nothing in the building
    group has a higher LoD, or when LoD 0 is asked for.
    """
    by_lod: dict[float, list[int]] = {}
    for i, g in enumerate(geoms):
        if not isinstance(g, dict):
            raise MalformedGeometry(translate("io", "{where}: geometry #{n} is not an object").format(where=label, n=i))
        if g.get("type") not in SUPPORTED_TYPES:
            continue  # MultiPoint, MultiLineString: nothing to draw (instances are expanded before)
        try:
            key = lod_key(g.get("lod", 1))
        except (TypeError, ValueError):
            raise MalformedGeometry(
                translate("io", "{where}: geometry #{n} has lod {lod!r}").format(where=label, n=i, lod=g.get("lod"))
            ) from None
        by_lod.setdefault(key, []).append(i)
    if not by_lod:
        return None, [], []
    foot = by_lod.get(0.0, [])
    lods = sorted(by_lod)
    if group_has_3d and want != 0:
        lods = [x for x in lods if x > 0]
        if not lods:
            return None, [], foot
    if want is None:
        higher = [x for x in lods if x > 0]
        chosen = max(higher) if higher else lods[0]
    else:
        below = [x for x in lods if x <= want + 1e-9 and (x > 0 or want == 0)]
        chosen = max(below) if below else min(lods)
    return chosen, by_lod[chosen], foot if chosen != 0 else []


def _unique_inverse(keys: np.ndarray):
    """``np.unique(keys, return_inverse=True)`` with a stable sort: keys come grouped by building
    and mostly ascending within one, which the stable sort (timsort/radix) uses; 3-4x faster."""
    if keys.size == 0:
        return keys, np.zeros(0, np.int64)
    order = np.argsort(keys, kind="stable")
    sk = keys[order]
    first = np.empty(sk.size, bool)
    first[0] = True
    np.not_equal(sk[1:], sk[:-1], out=first[1:])
    inv = np.empty(keys.size, np.int64)
    inv[order] = np.cumsum(first) - 1
    return sk[first], inv


def _label(oid, i) -> str:
    return translate("io", "CityObject {id!r} geometry #{n}").format(id=oid, n=i)


def _use(attrs) -> str:
    for k in USE_KEYS:
        v = attrs.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return ""


def _floors(attrs):
    v = attrs.get("storeysAboveGround")
    if isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v < 500 and float(v).is_integer():
        return int(v)
    return None


# ----------------------------------------------------------------------------- main


def _parse(doc, path, lod, progress) -> City:
    version, objects = header(doc, path)
    want = None
    if lod is not None:
        try:
            want = lod_key(lod)
        except (TypeError, ValueError):
            raise InputError(path, translate("io", "LoD {lod!r} is not a number like 1.2 or 2").format(lod=lod)) from None
    world = world_vertices(doc, path)
    objects, world = expand_instances(doc, objects, world, path, _label)
    crs, ref = reference_system(doc, path)
    progress(0.1, translate("io", "reading vertices"))

    groups, other = _group_buildings(objects, path)
    if not groups:
        found = ", ".join(f"{len(v)} {k}" for k, v in sorted(other.items()))
        raise InputError(
            path,
            translate("io", "no Building objects in the file (found {found})").format(
                found=found or translate("io", "nothing")
            ),
        )

    mesh_store, foot_store = RingStore(), RingStore()
    roots = list(groups)
    lods_seen: set[float] = set()
    lod_used: Counter = Counter()
    warnings: list[str] = []
    for b, rid in enumerate(roots):
        chosen_here = set()
        member_geoms = []
        group_lods = set()
        for oid in groups[rid]:
            geoms = objects[oid].get("geometry") or []
            if not isinstance(geoms, list):
                raise MalformedGeometry(translate("io", "CityObject {id!r}: 'geometry' is not a list").format(id=oid))
            for i, g in enumerate(geoms):
                if isinstance(g, dict) and g.get("type") in SUPPORTED_TYPES:
                    try:
                        group_lods.add(lod_key(g.get("lod", 1)))
                    except (TypeError, ValueError):
                        raise MalformedGeometry(
                            translate("io", "CityObject {id!r} geometry #{n} has lod {lod!r}").format(
                                id=oid, n=i, lod=g.get("lod")
                            )
                        ) from None
            member_geoms.append((oid, geoms))
        lods_seen |= group_lods
        has_3d = any(x > 0 for x in group_lods)
        for oid, geoms in member_geoms:
            chosen, draw, foot = _choose(geoms, want, translate("io", "CityObject {id!r}").format(id=oid), has_3d)
            for i in foot:
                foot_store.add_geometry(geoms[i], b, _label(oid, i))
            if chosen is None:
                continue
            chosen_here.add(chosen)
            for i in draw:
                mesh_store.add_geometry(geoms[i], b, _label(oid, i))
        for c in chosen_here:
            lod_used[lod_text(c)] += 1
    if want is not None and not any(abs(x - want) < 1e-9 for x in lods_seen):
        avail = ", ".join(lod_text(x) for x in sorted(lods_seen)) or translate("io", "none")
        raise InputError(
            path, translate("io", "LoD {lod} is not in the file (it has LoD {available})").format(lod=lod_text(want), available=avail)
        )
    progress(0.3, translate("io", "triangulating surfaces"))
    mesh_store.finish()
    foot_store.finish()

    n_vert = world.shape[0]
    m_idx = checked_indices(mesh_store, n_vert, path)
    f_idx = checked_indices(foot_store, n_vert, path)
    if m_idx.size + f_idx.size == 0:
        raise InputError(path, translate("io", "the buildings have no surfaces to draw"))
    used = np.zeros(n_vert, bool)  # each used vertex once (the bounding box is all that counts)
    used[m_idx] = True
    used[f_idx] = True
    origin = choose_origin(world[used])
    del used
    local = world - origin

    tri = triangulate_rings(local, m_idx, mesh_store.ring_lengths, mesh_store.surface_rings)
    progress(0.7, translate("io", "building meshes"))
    surf_owner = np.asarray(mesh_store.owner, dtype=np.int64)
    surf_sem = np.asarray(mesh_store.semantic, dtype=np.uint8)
    face_owner = surf_owner[tri.surface] if tri.faces.size else np.zeros(0, np.int64)
    face_sem = surf_sem[tri.surface] if tri.faces.size else np.zeros(0, np.uint8)
    unknown = face_sem == UNKNOWN
    if unknown.any():  # no semantics in the file: roof / wall / ground from the face normal
        face_sem[unknown] = guess_semantics(local, tri.faces[unknown])
    bounds = np.searchsorted(face_owner, np.arange(len(roots) + 1))
    # per-building vertex compaction in one pass: unique (building, vertex) keys
    n_vert_all = np.int64(local.shape[0])
    keys = np.repeat(face_owner, 3) * n_vert_all + tri.faces.reshape(-1)
    ukeys, inv = _unique_inverse(keys)
    ukeys_owner = ukeys // n_vert_all
    vbounds = np.searchsorted(ukeys_owner, np.arange(len(roots) + 1))
    all_verts = local[ukeys % n_vert_all]
    local_faces = (inv - vbounds[np.repeat(face_owner, 3)]).reshape(-1, 3)

    lod0_fp = footprints(foot_store, f_idx, local, len(roots))
    ground_fp = footprints(mesh_store, m_idx, local, len(roots), only=SURFACE_GROUND)

    buildings = []
    source = os.fspath(path)
    for b, rid in enumerate(roots):
        f0, f1 = bounds[b], bounds[b + 1]
        footprint = lod0_fp[b] if lod0_fp[b] is not None else ground_fp[b]
        if f1 == f0 and footprint is None:
            warnings.append(translate("io", "building {id} skipped: no surfaces at the chosen LoD").format(id=rid))
            continue
        mesh = None
        base, top = 0.0, 0.0
        if f1 > f0:
            verts = all_verts[vbounds[b] : vbounds[b + 1]]
            mesh = Mesh(verts, local_faces[f0:f1], face_sem[f0:f1])
            base, top = float(verts[:, 2].min()), float(verts[:, 2].max())
        root = objects[rid]
        attrs = dict(root.get("attributes") or {}) if isinstance(root.get("attributes"), dict) else {}
        parts = groups[rid][1:]
        if parts:
            attrs["parts"] = {
                p: dict(objects[p].get("attributes") or {}) if isinstance(objects[p].get("attributes"), dict) else {}
                for p in parts
            }
        name = attrs.get("name") if isinstance(attrs.get("name"), str) else ""
        buildings.append(
            Building(
                id=rid,
                footprint=footprint,
                height=top - base,
                base_z=base,
                floors=_floors(attrs),
                use=_use(attrs),
                name=name,
                attributes=attrs,
                source=source,
                mesh=mesh,
            )
        )
    if not buildings:
        raise InputError(path, translate("io", "no building has any geometry to draw"))
    progress(1.0, translate("io", "done"))
    metadata = {
        "format": "CityJSON",
        "version": version,
        "reference_system": ref,
        "lods": [lod_text(x) for x in sorted(lods_seen)],
        "lod_used": dict(lod_used),
        "lod_requested": lod_text(want) if want is not None else None,
        "other_objects": {k: len(v) for k, v in sorted(other.items())},
        "other_object_ids": {k: v for k, v in sorted(other.items())},
        "degenerate_surfaces": tri.dropped_surfaces,
    }
    if tri.dropped_surfaces:
        warnings.append(
            translate("io", "{n} degenerate surfaces (no area) were left out").format(n=tri.dropped_surfaces)
        )
    return City(buildings, crs=crs, origin=origin, source=source, metadata=metadata, warnings=warnings)
