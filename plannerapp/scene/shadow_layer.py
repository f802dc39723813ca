"""Shadows at one instant in the 3D view: ground shadow polygons and the sun's direction.

:class:`ShadowLayer` draws the outline polygons of
:func:`plannerapp.analysis.shadows.shadow_outline` (shapely, LOCAL metres) as
a translucent dark fill with a dark edge just above the ground, and the sun
as a yellow arrow and ball from the site centre towards the sun.  No Qt.
"""

from __future__ import annotations

import numpy as np
import pyvista as pv

from plannerapp.scene.control_overlays import flat_polygon, ring_lines

SHADOW_FILL = "#1f2328"
SHADOW_EDGE = "#111418"
SUN_COLOUR = "#f9b800"
NAMES = ("shadow-fill", "shadow-edge", "sun-arrow", "sun-ball")


def _polygon_with_holes(poly, z: float) -> pv.PolyData | None:
    """Fill of a polygon with holes: VTK's triangulation of the exterior minus the holes (earcut via trimesh)."""
    try:
        from trimesh.creation import triangulate_polygon

        v, f = triangulate_polygon(poly, engine="earcut")
    except Exception:  # noqa: BLE001 - no earcut: fill the exterior only
        return flat_polygon(poly, z)
    pts = np.column_stack([v, np.full(len(v), z)])
    return pv.PolyData.from_regular_faces(pts, np.asarray(f, np.int64))


class ShadowLayer:
    def __init__(self, plotter):
        self.plotter = plotter
        self.outline = None
        self.direction = None

    def show(self, outline, sun_direction, centre, *, ground_z: float = 0.0, arrow_length: float = 60.0) -> None:
        """Draw *outline* (shapely Polygon/MultiPolygon, local m) and the sun (unit vector towards it)."""
        self.clear()
        self.outline, self.direction = outline, np.asarray(sun_direction, float)
        z = ground_z + 0.12
        if outline is not None and not outline.is_empty:
            parts = [p for p in getattr(outline, "geoms", [outline]) if not p.is_empty]
            fills = [m for m in (_polygon_with_holes(p, z) for p in parts) if m is not None and m.n_cells]
            if fills:
                fill = fills[0] if len(fills) == 1 else pv.merge(fills)
                self.plotter.add_mesh(fill, name=NAMES[0], color=SHADOW_FILL, opacity=0.6, lighting=False,
                                      pickable=False, reset_camera=False, render=False)
            edge = ring_lines(outline, z + 0.02)
            if edge is not None:
                self.plotter.add_mesh(edge, name=NAMES[1], color=SHADOW_EDGE, line_width=1.5, lighting=False,
                                      pickable=False, reset_camera=False, render=False)
        d = self.direction
        if d[2] > 0:
            c = np.asarray(centre, float)
            start = c + d * arrow_length * 0.15
            arrow = pv.Arrow(start=start + d * arrow_length, direction=-d, scale=arrow_length,
                             tip_length=0.2, tip_radius=0.06, shaft_radius=0.02)
            self.plotter.add_mesh(arrow, name=NAMES[2], color=SUN_COLOUR, lighting=False, pickable=False,
                                  reset_camera=False, render=False)
            ball = pv.Sphere(radius=arrow_length * 0.08, center=start + d * arrow_length * 1.08)
            self.plotter.add_mesh(ball, name=NAMES[3], color=SUN_COLOUR, lighting=False, pickable=False,
                                  reset_camera=False, render=False)

    def clear(self) -> None:
        for n in NAMES:
            self.plotter.remove_actor(n, render=False)
        self.outline = None


__all__ = ["ShadowLayer"]
