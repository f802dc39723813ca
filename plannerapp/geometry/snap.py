"""Snapping for drawing tools: a point to existing vertices, edges, or a grid.

Pure geometry in the local frame (metres).  Priority: a vertex within the
tolerance, else the nearest point on an edge within the tolerance, else the
nearest grid node (when a grid spacing is given), else the point itself.

>>> targets = SnapTargets([footprint_a, footprint_b])
>>> snap = targets.snap(12.31, 40.02, tolerance=0.5, grid=1.0)
>>> snap.x, snap.y, snap.kind      # "vertex" | "edge" | "grid" | "none"
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import shapely

VERTEX, EDGE, GRID, NONE = "vertex", "edge", "grid", "none"


@dataclass(frozen=True)
class Snap:
    x: float
    y: float
    kind: str
    #: distance (m) from the input point to the snapped point
    distance: float = 0.0


def _rings(geom) -> list[np.ndarray]:
    out = []
    if geom is None or geom.is_empty:
        return out
    parts = getattr(geom, "geoms", [geom])
    for p in parts:
        if p.geom_type == "Polygon":
            out.append(np.asarray(p.exterior.coords)[:, :2])
            out.extend(np.asarray(r.coords)[:, :2] for r in p.interiors)
        elif p.geom_type in ("LineString", "LinearRing"):
            out.append(np.asarray(p.coords)[:, :2])
        elif p.geom_type == "Point":
            out.append(np.asarray(p.coords)[:, :2])
        else:
            out.extend(_rings(p))
    return out


class SnapTargets:
    """Vertices and edges of some geometries (polygons, lines, points), ready to snap to."""

    def __init__(self, geometries: Iterable = ()):
        verts, a, b = [], [], []
        for g in geometries:
            for ring in _rings(g):
                verts.append(ring)
                if len(ring) >= 2:
                    a.append(ring[:-1])
                    b.append(ring[1:])
        self.vertices = np.concatenate(verts) if verts else np.zeros((0, 2))
        self.seg_a = np.concatenate(a) if a else np.zeros((0, 2))
        self.seg_b = np.concatenate(b) if b else np.zeros((0, 2))

    def snap(self, x: float, y: float, *, tolerance: float = 0.5, grid: float | None = None,
             origin: tuple[float, float] = (0.0, 0.0), vertices: bool = True, edges: bool = True) -> Snap:
        """Snap local point (x, y); *tolerance* and *grid* spacing in metres, grid anchored at *origin*."""
        p = np.array([x, y], dtype=np.float64)
        if vertices and len(self.vertices):
            d = np.hypot(*(self.vertices - p).T)
            i = int(np.argmin(d))
            if d[i] <= tolerance:
                return Snap(float(self.vertices[i, 0]), float(self.vertices[i, 1]), VERTEX, float(d[i]))
        if edges and len(self.seg_a):
            ab = self.seg_b - self.seg_a
            L2 = np.einsum("ij,ij->i", ab, ab)
            with np.errstate(invalid="ignore", divide="ignore"):
                t = np.clip(np.einsum("ij,ij->i", p - self.seg_a, ab) / L2, 0.0, 1.0)
            t = np.where(L2 > 0, t, 0.0)
            q = self.seg_a + t[:, None] * ab
            d = np.hypot(*(q - p).T)
            i = int(np.argmin(d))
            if d[i] <= tolerance:
                return Snap(float(q[i, 0]), float(q[i, 1]), EDGE, float(d[i]))
        if grid and grid > 0:
            o = np.asarray(origin, dtype=np.float64)
            q = o + np.round((p - o) / grid) * grid
            return Snap(float(q[0]), float(q[1]), GRID, float(np.hypot(*(q - p))))
        return Snap(float(x), float(y), NONE, 0.0)


def snap_point(x: float, y: float, geometries: Iterable = (), *, tolerance: float = 0.5,
               grid: float | None = None, origin: tuple[float, float] = (0.0, 0.0)) -> Snap:
    """One-off snap (builds :class:`SnapTargets`; keep one for repeated snapping while drawing)."""
    return SnapTargets(geometries).snap(x, y, tolerance=tolerance, grid=grid, origin=origin)


def near_geometries(geometries: Iterable, x: float, y: float, radius: float) -> list:
    """The geometries within *radius* m of (x, y): prefilter for large cities."""
    pt = shapely.Point(x, y)
    return [g for g in geometries if g is not None and not g.is_empty and g.distance(pt) <= radius]
