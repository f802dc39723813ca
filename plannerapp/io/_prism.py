"""Fast prisms for footprint readers: a closed mesh over a (multi)polygon.

The same solid as :func:`plannerapp.geometry.footprint.extrude` (roof up,
ground down, walls outward, holes kept, roof/wall/ground semantics) built
with numpy and one earcut call per polygon instead of trimesh, so that a
file of thousands of footprints is ready to draw at once.  Local metres.
"""

from __future__ import annotations

import mapbox_earcut
import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from plannerapp.geometry.mesh import SURFACE_GROUND, SURFACE_ROOF, SURFACE_WALL, Mesh


def _rings(poly: Polygon) -> list[np.ndarray]:
    """Exterior counter-clockwise, holes clockwise, without the closing point."""
    poly = shapely.geometry.polygon.orient(poly, 1.0)
    out = [np.asarray(poly.exterior.coords, dtype=np.float64)[:-1, :2]]
    out += [np.asarray(r.coords, dtype=np.float64)[:-1, :2] for r in poly.interiors]
    return out


def prism(shape: Polygon | MultiPolygon, height: float, base_z: float = 0.0) -> Mesh:
    """Closed prism over *shape* from *base_z* to *base_z + height* (metres)."""
    parts = list(shape.geoms) if isinstance(shape, MultiPolygon) else [shape]
    verts, faces, sems, offset = [], [], [], 0
    top = base_z + height
    for part in parts:
        rings = _rings(part)
        xy = np.concatenate(rings)
        n = xy.shape[0]
        ends = np.cumsum([len(r) for r in rings]).astype(np.uint32)
        tri = mapbox_earcut.triangulate_float64(xy, ends).astype(np.int64).reshape(-1, 3)
        # counter-clockwise seen from above
        a, b, c = xy[tri[:, 0]], xy[tri[:, 1]], xy[tri[:, 2]]
        cw = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0]) < 0
        tri[cw] = tri[cw][:, [0, 2, 1]]
        # next point along each ring
        starts = np.concatenate([[0], ends[:-1]]).astype(np.int64)
        nxt = np.arange(n) + 1
        nxt[ends.astype(np.int64) - 1] = starts
        i = np.arange(n)
        v = np.empty((2 * n, 3))
        v[:n, :2], v[:n, 2] = xy, base_z
        v[n:, :2], v[n:, 2] = xy, top
        walls = np.concatenate([np.stack([i, nxt, nxt + n], 1), np.stack([i, nxt + n, i + n], 1)])
        f = np.concatenate([tri + n, tri[:, [0, 2, 1]], walls]) + offset
        s = np.concatenate(
            [
                np.full(len(tri), SURFACE_ROOF, np.uint8),
                np.full(len(tri), SURFACE_GROUND, np.uint8),
                np.full(len(walls), SURFACE_WALL, np.uint8),
            ]
        )
        verts.append(v)
        faces.append(f)
        sems.append(s)
        offset += 2 * n
    return Mesh(np.concatenate(verts), np.concatenate(faces), np.concatenate(sems))
