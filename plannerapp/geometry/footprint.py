"""Building footprints: 2D shapely polygons in the local frame (metres).

Validation returns sentences (never raises) so readers can list every problem
in a file at once; :func:`extrude` turns a footprint into a prism mesh.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
import trimesh
from shapely.geometry import MultiPolygon, Polygon

from plannerapp.geometry.mesh import Mesh, guess_semantics

MIN_AREA_M2 = 0.01


def footprint_problems(poly) -> list[str]:
    """Why *poly* cannot be a footprint (empty list when it can)."""
    if poly is None:
        return ["no footprint geometry"]
    if not isinstance(poly, (Polygon, MultiPolygon)):
        return [f"footprint is a {poly.geom_type}, not a Polygon"]
    if poly.is_empty:
        return ["footprint is empty"]
    coords = shapely.get_coordinates(poly)
    if not np.isfinite(coords).all():
        return ["footprint has NaN or infinite coordinates"]
    if not poly.is_valid:
        return [f"footprint is not a valid polygon ({shapely.is_valid_reason(poly)})"]
    if poly.area < MIN_AREA_M2:
        return [f"footprint area {poly.area:.3g} m2 is too small"]
    return []


def height_problems(height) -> list[str]:
    try:
        h = float(height)
    except (TypeError, ValueError):
        return [f"height {height!r} is not a number"]
    if not math.isfinite(h):
        return ["height is NaN or infinite"]
    if h <= 0:
        return [f"height {h:g} m must be positive"]
    if h > 1000:
        return [f"height {h:g} m is implausible (over 1000 m; wrong units?)"]
    return []


def extrude(poly: Polygon | MultiPolygon, height: float, base_z: float = 0.0) -> Mesh:
    """A closed prism over *poly* from *base_z* to *base_z + height* (metres).

    Holes are kept.  Faces carry roof/wall/ground semantics.  Uses trimesh's
    ``extrude_polygon`` (earcut triangulation).
    """
    parts = list(poly.geoms) if isinstance(poly, MultiPolygon) else [poly]
    meshes = []
    for part in parts:
        part = shapely.geometry.polygon.orient(part, 1.0)
        tm = trimesh.creation.extrude_polygon(part, float(height))
        v = np.asarray(tm.vertices, dtype=np.float64)
        v[:, 2] += base_z
        f = np.asarray(tm.faces, dtype=np.int64)
        meshes.append(Mesh(v, f, guess_semantics(v, f)))
    return Mesh.concatenate(meshes)


def ground_projection(mesh: Mesh) -> Polygon | MultiPolygon:
    """The 2D footprint of a mesh: union of its triangles projected on z=0."""
    tri = mesh.vertices[mesh.faces][:, :, :2]
    e1, e2 = tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]
    area2 = np.abs(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0])  # 2D cross (np.cross on 2-vectors is deprecated)
    tri = tri[area2 > 1e-9]
    if tri.shape[0] == 0:
        return Polygon()
    polys = shapely.polygons(np.concatenate([tri, tri[:, :1]], axis=1))
    out = shapely.union_all(polys, grid_size=1e-4)
    return out.buffer(0)
