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


def shadow_regulation_check(occluders, suns, site_polygon, *, measure_height_m: float = 4.0, ground_z: float = 0.0,
                            spacing: float = 1.0, limit_5m_h: float | None = None, limit_10m_h: float | None = None,
                            extent_m: float = 60.0, progress=None, cancelled=None) -> dict:
    """Equal-time shadow check in the manner of Japan's Building Standards Act art. 56-2.

    Shadow hours of *occluders* (normally only the subject building(s)) on
    the plane ``ground_z + measure_height_m`` over a grid (*spacing* m) from
    5 m to *extent_m* beyond the site boundary (*site_polygon*, local
    metres).  Returns the grid points, their shadow hours, the maximum
    between the 5 m and 10 m lines and beyond the 10 m line, and pass flags
    against the limits (local ordinance values, e.g. 4 h / 2.5 h; see the
    ``japan_shadow_4m`` profile).
    """
    import shapely as _shp

    outer = site_polygon.buffer(extent_m)
    ring = outer.difference(site_polygon.buffer(5.0))
    minx, miny, maxx, maxy = ring.bounds
    xs = np.arange(minx + spacing / 2, maxx, spacing)
    ys = np.arange(miny + spacing / 2, maxy, spacing)
    gx, gy = (a.ravel() for a in np.meshgrid(xs, ys))
    keep = _shp.contains_xy(ring, gx, gy)
    gx, gy = gx[keep], gy[keep]
    pts = np.column_stack([gx, gy, np.full(gx.shape[0], ground_z + measure_height_m)])
    hours, _ = compute_shadow_hours(occluders, suns, pts, progress=progress, cancelled=cancelled)
    band10 = _shp.contains_xy(site_polygon.buffer(10.0), gx, gy)
    max_5_10 = float(hours[band10].max()) if band10.any() else 0.0
    max_10 = float(hours[~band10].max()) if (~band10).any() else 0.0
    return {
        "points": pts, "shadow_hours": hours, "in_5_10m": band10,
        "max_5_10m_h": max_5_10, "max_beyond_10m_h": max_10,
        "pass_5_10m": None if limit_5m_h is None else max_5_10 <= limit_5m_h + 1e-9,
        "pass_beyond_10m": None if limit_10m_h is None else max_10 <= limit_10m_h + 1e-9,
    }
