"""Level of detail while the camera moves: one box per building.

Software OpenGL (Mesa llvmpipe, Remote Desktop, PCs without a GPU driver)
draws ~1 million triangles a second; a 10,000-building LoD2 city has ~2
million.  While the user drags the camera, :class:`InteractionLOD` hides the
city actor and shows a proxy of one box per building (12 triangles each,
coloured like the city); the full mesh comes back when the mouse is
released.  Below ``threshold`` triangles nothing changes.
"""

from __future__ import annotations

import numpy as np
import pyvista as pv

from plannerapp.scene.layer import COLOUR_ARRAY

DEFAULT_THRESHOLD = 600_000

# unit cube corners and its 12 outward triangles
_CORNERS = np.array([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0],
                     [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]], float)
_TRIS = np.array([[0, 2, 1], [0, 3, 2], [4, 5, 6], [4, 6, 7], [0, 1, 5], [0, 5, 4],
                  [1, 2, 6], [1, 6, 5], [2, 3, 7], [2, 7, 6], [3, 0, 4], [3, 4, 7]])


def building_boxes(points: np.ndarray, point_starts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Axis-aligned boxes of every building with points: ``(lo, hi, index)`` arrays (local m)."""
    counts = np.diff(point_starts)
    keep = np.flatnonzero(counts > 0)
    if keep.size == 0:
        return np.zeros((0, 3)), np.zeros((0, 3)), keep
    starts = point_starts[keep]
    lo = np.minimum.reduceat(points, starts, axis=0)
    hi = np.maximum.reduceat(points, starts, axis=0)
    # reduceat runs to the next start; with empty buildings skipped the ranges stay exact
    return lo, hi, keep


def box_mesh(lo: np.ndarray, hi: np.ndarray) -> pv.PolyData:
    n = lo.shape[0]
    pts = lo[:, None, :] + _CORNERS[None, :, :] * (hi - lo)[:, None, :]
    faces = (_TRIS[None, :, :] + 8 * np.arange(n)[:, None, None]).reshape(-1, 3)
    return pv.PolyData.from_regular_faces(pts.reshape(-1, 3), faces)


class InteractionLOD:
    name = "city-lod"

    def __init__(self, plotter, layer, threshold: int = DEFAULT_THRESHOLD):
        self.plotter = plotter
        self.layer = layer
        self.threshold = threshold
        self.proxy = None
        self._version = None
        self.active = False
        self._style = None
        self.attach()

    def attach(self) -> None:
        """Listen to the current interactor style's Start/EndInteraction events
        (VTK invokes them on the style; call again after changing the style)."""
        iren = getattr(self.plotter, "iren", None)
        style = getattr(iren, "style", None) if iren is not None else None
        if style is None or style is self._style:
            return
        style.AddObserver("StartInteractionEvent", lambda *_: self.begin())
        style.AddObserver("EndInteractionEvent", lambda *_: self.end())
        self._style = style

    def wanted(self) -> bool:
        return self.layer.actor is not None and self.layer.n_triangles() > self.threshold

    def _build(self) -> None:
        a = self.layer.mesh.arrays
        lo, hi, idx = building_boxes(a.points, a.point_starts)
        mesh = box_mesh(lo, hi)
        col = self.layer.colouring
        vals = np.zeros(idx.size)
        if col is not None and not col.per_cell and col.values.size == len(a.ids):
            vals = np.asarray(col.values, float)[idx]
        mesh.cell_data[COLOUR_ARRAY] = np.repeat(vals, 12)
        city_mapper = self.layer.actor.mapper
        self.proxy = self.plotter.add_mesh(mesh, name=self.name, scalars=COLOUR_ARRAY, preference="cell",
                                           show_scalar_bar=False, reset_camera=False, pickable=False, render=False)
        m = self.proxy.mapper
        m.lookup_table = city_mapper.lookup_table
        m.scalar_range = city_mapper.scalar_range
        m.scalar_visibility = city_mapper.scalar_visibility and not (col is not None and col.per_cell)
        self.proxy.prop.color = self.layer.actor.prop.color
        self._version = (self.layer.mesh.geometry_key(), id(col))

    def begin(self) -> None:
        if not self.wanted():
            return
        if self.proxy is None or self._version != (self.layer.mesh.geometry_key(), id(self.layer.colouring)):
            if self.proxy is not None:
                self.plotter.remove_actor(self.name, render=False)
            self._build()
        self.proxy.visibility = True
        self.layer.actor.visibility = False
        edges = self.plotter.actors.get("city-edges")
        self._edges_were_visible = bool(edges is not None and edges.visibility)
        if self._edges_were_visible:
            edges.visibility = False
        self.active = True

    def end(self) -> None:
        if not self.active:
            return
        self.active = False
        if self.proxy is not None:
            self.proxy.visibility = False
        if self.layer.actor is not None:
            self.layer.actor.visibility = True
        edges = self.plotter.actors.get("city-edges")
        if edges is not None and getattr(self, "_edges_were_visible", False):
            edges.visibility = True
        self.plotter.render()
