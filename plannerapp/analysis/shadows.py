"""Shadows on the ground: outlines at an instant, shadow hours over a window.

:func:`shadow_outline` projects every building triangle along the sun ray
onto the horizontal plane ``z = ground_z`` and unions the results with the
footprints (shapely); the polygons (local metres) are for drawing.
:func:`compute_shadow_hours` reuses the sunlight-hours engine on ground
points: shadow hours = hours with the sun up minus sunlit hours.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from plannerapp.analysis.sunhours import compute_sunlight_hours


def _project_mesh(mesh, direction: np.ndarray, ground_z: float):
    tri = mesh.vertices[mesh.faces]  # (m, 3, 3)
    h = np.maximum(tri[..., 2] - ground_z, 0.0)
    shift = h[..., None] * (direction[:2] / direction[2])  # move away from the sun
    xy = tri[..., :2] - shift
    area2 = np.abs((xy[:, 1, 0] - xy[:, 0, 0]) * (xy[:, 2, 1] - xy[:, 0, 1])
                   - (xy[:, 2, 0] - xy[:, 0, 0]) * (xy[:, 1, 1] - xy[:, 0, 1]))
    xy = xy[area2 > 1e-9]
    if xy.shape[0] == 0:
        return Polygon()
    polys = shapely.polygons(np.concatenate([xy, xy[:, :1]], axis=1))
    return shapely.union_all(polys, grid_size=1e-3)


def building_shadows(city, direction, ground_z: float = 0.0) -> list:
    """Per building: its shadow on ``z = ground_z`` (footprint included; empty when the sun is down).

    direction: ``(3,)`` unit vector towards the sun, local grid frame.
    """
    d = np.asarray(direction, dtype=np.float64).reshape(3)
    out = []
    for b in city.buildings:
        m = b.geometry
        if d[2] <= 1e-6 or m.n_faces == 0:
            out.append(Polygon())
            continue
        out.append(_project_mesh(m, d, ground_z))
    return out


def shadow_outline(city, direction, ground_z: float = 0.0) -> Polygon | MultiPolygon:
    """Union of all building shadows on ``z = ground_z`` (local metres) for one sun *direction*."""
    parts = [s for s in building_shadows(city, direction, ground_z) if not s.is_empty]
    if not parts:
        return Polygon()
    return shapely.union_all(parts, grid_size=1e-3)


def compute_shadow_hours(occluders, suns, points, *, progress=None, cancelled=None, **kw):
    """``(shadow_hours (n,), SunlightResult)`` on ground *points* ``(n, 3)`` over *suns*.

    Shadow hours count intervals with the sun above the horizon in which the
    point is not sunlit (Japan's equal-time shadow maps use this on a plane
    1.5, 4 or 6.5 m above ground).
    """
    res = compute_sunlight_hours(occluders, suns, points, None, progress=progress, cancelled=cancelled, **kw)
    up_hours = float((suns.above * suns.duration_h).sum())
    return up_hours - res.sunlit_hours, res
