"""Mesh files (OBJ, glTF/GLB, PLY, STL) via trimesh -> one building per object.

* OBJ: one building per ``o`` object (trimesh's loader with
  ``split_objects=True, group_material=False``; by default it would merge
  objects by material).  When the materials name object classes the way
  3dfier does (a material called ``Building``), only objects drawn with
  ``Building``/``BuildingWall`` are buildings; the others (Road, Terrain,
  Water...) are counted in ``City.metadata["other_objects"]``.
* glTF / GLB: one building per mesh node, with its node transform; glTF is
  y-up, so (x, y, z) becomes (x, -z, y) to get z up.
* PLY / STL (and an OBJ without ``o``): the single mesh is one building.
* No CRS (``City.crs`` is ``None``) unless the caller passes ``crs``.
* Coordinates are shifted to a local origin (``City.origin``); semantics
  (roof / wall / ground) are guessed from face orientation; the footprint is
  the mesh's ground projection (computed when first needed).
"""

from __future__ import annotations

import io
import os
import re
from collections import Counter
from pathlib import Path

import numpy as np

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.geometry.mesh import Mesh
from plannerapp.geometry.origin import choose_origin
from plannerapp.io._common import check_coordinates, read_bytes
from plannerapp.model.building import Building
from plannerapp.model.city import City

MESH_TYPES = {".obj": "obj", ".gltf": "gltf", ".glb": "glb", ".ply": "ply", ".stl": "stl"}
_Y_UP_TO_Z_UP = np.array([[1.0, 0, 0, 0], [0, 0, -1, 0], [0, 1, 0, 0], [0, 0, 0, 1]])
_OBJ_TAGS = re.compile(rb"^(o|usemtl)[ \t]+(\S[^\r\n]*?)[ \t]*\r?$", re.MULTILINE)
BUILDING_MATERIALS = ("Building", "BuildingWall")


def read_mesh(path, *, crs=None, progress=None) -> City:
    return parse_mesh(read_bytes(path), path, crs=crs, progress=progress)


def _obj_materials(data: bytes) -> dict[str, set[str]]:
    """``{object name: materials used}`` from the OBJ text (one regex pass)."""
    out: dict[str, set[str]] = {}
    current = None
    for m in _OBJ_TAGS.finditer(data):
        name = m.group(2).decode("utf-8", "replace")
        if m.group(1) == b"o":
            current = name
            out.setdefault(current, set())
        elif current is not None:
            out[current].add(name)
    return out


def _load_scene(data: bytes, path, kind: str):
    import trimesh

    kwargs = {"split_objects": True, "group_material": False} if kind == "obj" else {}
    resolver = None
    if kind in ("obj", "gltf"):
        resolver = trimesh.resolvers.FilePathResolver(os.fspath(Path(path).resolve()))
    try:
        scene = trimesh.load(
            io.BytesIO(data), file_type=kind, force="scene", process=False, resolver=resolver, **kwargs
        )
    except Exception as exc:  # trimesh raises many types on bad files
        raise InputError(
            path,
            translate("io", "not a readable {format} file ({kind}: {error})").format(
                format=kind.upper(), kind=type(exc).__name__, error=exc
            ),
        ) from None
    return scene


def parse_mesh(data: bytes, path, *, crs=None, progress=None) -> City:
    """A :class:`City` from mesh-file bytes (see module doc)."""
    progress = progress or (lambda f, t: None)
    kind = MESH_TYPES.get(Path(path).suffix.lower())
    if kind is None:
        raise InputError(path, translate("io", "not a mesh file type ({ext})").format(ext=Path(path).suffix or "-"))
    scene = _load_scene(data, path, kind)
    progress(0.5, translate("io", "reading objects"))

    materials = _obj_materials(data) if kind == "obj" else {}
    classified = any(m in BUILDING_MATERIALS for ms in materials.values() for m in ms)
    other: Counter = Counter()
    parts = []  # (id, world vertices, faces)
    try:
        # file order (the order geometries were read), not the graph's hash order
        order = {name: i for i, name in enumerate(materials or scene.geometry)}
        nodes = sorted(
            scene.graph.nodes_geometry,
            key=lambda n: (order.get(str(n), order.get(scene.graph[n][1], len(order))), str(n)),
        )
        for node in nodes:
            transform, gname = scene.graph[node]
            geom = scene.geometry.get(gname)
            if geom is None or not hasattr(geom, "faces") or len(geom.faces) == 0:
                continue
            name = str(node)
            if classified:
                mats = materials.get(name, materials.get(str(gname), set()))
                if not mats & set(BUILDING_MATERIALS):
                    other[sorted(mats)[0] if mats else "unknown"] += 1
                    continue
            v = np.asarray(geom.vertices, dtype=np.float64)
            if v.ndim != 2 or v.shape[1] != 3:
                raise InputError(path, translate("io", "object {id}: vertices are not x, y, z triples").format(id=name))
            m = np.asarray(transform, dtype=np.float64)
            if kind in ("gltf", "glb"):
                m = _Y_UP_TO_Z_UP @ m
            if not np.allclose(m, np.eye(4)):
                v = v @ m[:3, :3].T + m[:3, 3]
            f = np.asarray(geom.faces, dtype=np.int64)
            if f.ndim != 2 or f.shape[1] != 3 or (f.size and (f.min() < 0 or f.max() >= len(v))):
                raise InputError(path, translate("io", "object {id}: face indices out of range").format(id=name))
            parts.append((name, v, f))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            path, translate("io", "unusable mesh content ({kind}: {error})").format(kind=type(exc).__name__, error=exc)
        ) from None
    if not parts:
        if classified:
            msg = translate("io", "no triangles in the {format} file (no Building objects)")
        else:
            msg = translate("io", "no triangles in the {format} file")
        raise InputError(path, msg.format(format=kind.upper()))

    allv = np.concatenate([v for _, v, _ in parts])
    problems = check_coordinates(allv, path)
    if problems:
        raise InputError(path, problems)
    origin = choose_origin(allv)
    source = os.fspath(path)
    buildings, seen = [], Counter()
    for name, v, f in parts:
        seen[name] += 1
        bid = name if seen[name] == 1 else f"{name}#{seen[name]}"
        local = v - origin
        used = local[np.unique(f)]
        base, top = float(used[:, 2].min()), float(used[:, 2].max())
        buildings.append(
            Building(id=bid, height=top - base, base_z=base, source=source, mesh=Mesh(local, f, np.zeros(0, np.uint8)))
        )
    progress(1.0, translate("io", "done"))
    metadata = {
        "format": kind.upper(),
        "objects": len(parts) + sum(other.values()),
        "other_objects": dict(sorted(other.items())),
    }
    return City(buildings, crs=crs, origin=origin, source=source, metadata=metadata)
