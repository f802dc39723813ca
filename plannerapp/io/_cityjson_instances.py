"""CityJSON GeometryInstance (1.1, 2.0): a shared template placed by a matrix and a reference point.

``"geometry-templates": {"templates": [geometry, ...], "vertices-templates":
[[x, y, z], ...]}`` holds the templates; their vertices are real metres
(the file's ``transform`` does not apply), relative to the reference point.
A ``GeometryInstance`` names a ``template`` (index), a ``transformationMatrix``
(4x4, 16 numbers, row-major) and ``boundaries: [i]``, the index of its
reference point in ``vertices``.  A template vertex ``v`` lands at
``(M @ [v, 1])[:3] + reference point`` (world metres, float64).

:func:`expand_instances` turns every instance into the plain geometry it
stands for (type, lod and semantics of its template) with its own new
vertices appended to the file's, so the rest of the reader sees ordinary
geometries.
"""

from __future__ import annotations

import numpy as np

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.io._cityjson_fast import NotPacked, PackedBoundaries
from plannerapp.io._cityjson_walk import MalformedGeometry
from plannerapp.io._common import check_coordinates

INSTANCE = "GeometryInstance"


def expand_instances(doc: dict, objects: dict, world: np.ndarray, path, label):
    """``(objects, world)`` with each GeometryInstance replaced by its placed template.

    ``objects`` is not changed in place: objects holding an instance are
    copied.  ``label(oid, i)`` names a geometry in messages.  Raises
    :class:`MalformedGeometry` for a bad template, index or matrix.
    """
    found = [
        (oid, i)
        for oid, o in objects.items()
        if isinstance(o, dict) and isinstance(o.get("geometry"), list)
        for i, g in enumerate(o["geometry"])
        if isinstance(g, dict) and g.get("type") == INSTANCE
    ]
    if not found:
        return objects, world
    templates, tverts = _templates(doc)
    prepared: dict[int, tuple] = {}
    objects = dict(objects)
    copied: set = set()
    new_vertices = []
    n_vert = world.shape[0]
    for oid, i in found:
        if oid not in copied:
            objects[oid] = dict(objects[oid], geometry=list(objects[oid]["geometry"]))
            copied.add(oid)
        g = objects[oid]["geometry"][i]
        where = label(oid, i)
        t = g.get("template")
        if not _is_index(t) or not 0 <= t < len(templates):
            raise MalformedGeometry(
                translate("io", "{where}: GeometryInstance template {template!r} does not exist (the file has {n} templates)").format(
                    where=where, template=t, n=len(templates)
                )
            )
        matrix = _matrix(g.get("transformationMatrix"), where)
        ref = g.get("boundaries")
        if isinstance(ref, PackedBoundaries):
            raise NotPacked(INSTANCE)
        if not (isinstance(ref, list) and len(ref) == 1 and _is_index(ref[0]) and 0 <= ref[0] < world.shape[0]):
            raise MalformedGeometry(
                translate("io", "{where}: GeometryInstance 'boundaries' must be one vertex index (its reference point), found {value!r}").format(
                    where=where, value=ref
                )
            )
        if t not in prepared:
            prepared[t] = _prepare(templates[t], tverts, t)
        tmpl, used, local_boundaries = prepared[t]
        pts = np.c_[tverts[used], np.ones(used.size)] @ matrix.T
        new_vertices.append(pts[:, :3] + world[ref[0]])
        expanded = {"type": tmpl.get("type"), "boundaries": _shifted(local_boundaries, n_vert)}
        for key in ("lod", "semantics"):
            if key in tmpl:
                expanded[key] = tmpl[key]
        objects[oid]["geometry"][i] = expanded
        n_vert += used.size
    added = np.concatenate(new_vertices)
    problems = check_coordinates(added, path, translate("io", "GeometryInstance vertices"))
    if problems:
        raise InputError(path, problems)
    return objects, np.concatenate([world, added])


def _is_index(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _templates(doc):
    gt = doc.get("geometry-templates")
    templates = gt.get("templates") if isinstance(gt, dict) else None
    raw = gt.get("vertices-templates") if isinstance(gt, dict) else None
    if not isinstance(templates, list) or not isinstance(raw, list):
        raise MalformedGeometry(
            translate("io", "the file has GeometryInstance geometries but no 'geometry-templates' with 'templates' and 'vertices-templates'")
        )
    try:
        tverts = np.array(raw, dtype=np.float64).reshape(-1, 3) if raw else np.zeros((0, 3))
    except (TypeError, ValueError, OverflowError):
        raise MalformedGeometry(translate("io", "'vertices-templates' must be a list of [x, y, z] numbers")) from None
    if tverts.shape[0] != len(raw) or not np.isfinite(tverts).all():
        raise MalformedGeometry(translate("io", "'vertices-templates' must be a list of [x, y, z] numbers"))
    return templates, tverts


def _matrix(m, where) -> np.ndarray:
    bad = not isinstance(m, list) or len(m) != 16 or not all(
        isinstance(x, (int, float)) and not isinstance(x, bool) for x in m
    )
    arr = None if bad else np.array(m, dtype=np.float64)
    if arr is None or not np.isfinite(arr).all():
        raise MalformedGeometry(
            translate("io", "{where}: GeometryInstance 'transformationMatrix' must be 16 numbers (a 4x4 matrix, row by row)").format(
                where=where
            )
        )
    return arr.reshape(4, 4)


def _prepare(tmpl, tverts, t):
    """The template, the template vertices it uses (ascending) and its boundaries renumbered 0..k-1."""
    if not isinstance(tmpl, dict):
        raise MalformedGeometry(translate("io", "geometry template #{n} is not an object").format(n=t))
    if not isinstance(tmpl.get("boundaries"), list):
        raise MalformedGeometry(translate("io", "geometry template #{n}: 'boundaries' is not a list").format(n=t))
    flat: list = []
    _flatten(tmpl["boundaries"], flat)
    if not all(_is_index(i) and 0 <= i < tverts.shape[0] for i in flat):
        raise MalformedGeometry(
            translate("io", "geometry template #{n}: boundaries must hold indices into 'vertices-templates' ({count} vertices)").format(
                n=t, count=tverts.shape[0]
            )
        )
    used = np.unique(np.asarray(flat, dtype=np.int64))
    local = {int(v): k for k, v in enumerate(used)}
    return tmpl, used, _renumber(tmpl.get("boundaries"), local)


def _flatten(b, out):
    if isinstance(b, list):
        for x in b:
            _flatten(x, out)
    else:
        out.append(b)


def _renumber(b, local):
    return [_renumber(x, local) for x in b] if isinstance(b, list) else local[b]


def _shifted(b, offset):
    return [_shifted(x, offset) for x in b] if isinstance(b, list) else b + offset
