"""Highlight of the selected building(s): a small second actor (no Qt).

The selected buildings' triangles are copied out of the city mesh into a
bright surface drawn slightly in front (polygon offset, so it never
z-fights with the city actor) plus their outline edges.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyvista as pv

from plannerapp.scene.citymesh import CityMesh

HIGHLIGHT = "#ff2bd6"   # magenta: absent from viridis and the category palette
OUTLINE = "#5a0048"


class SelectionLayer:
    name = "selection"

    def __init__(self, plotter, mesh: CityMesh):
        self.plotter = plotter
        self.mesh = mesh
        self.ids: list[str] = []

    def set(self, building_ids: Iterable[str]) -> list[str]:
        """Highlight exactly *building_ids* (unknown ids are dropped); returns the ids shown."""
        self.ids = [b for b in dict.fromkeys(str(i) for i in building_ids) if b in set(self.mesh.ids)]
        self._redraw()
        return list(self.ids)

    def clear(self) -> None:
        self.set([])

    def refresh(self) -> None:
        """Re-draw after the city mesh changed (drops ids that no longer exist)."""
        self.set(self.ids)

    def _redraw(self) -> None:
        for n in (self.name, self.name + "-edges"):
            self.plotter.remove_actor(n, render=False)
        cells = self.mesh.cells_of(self.ids)
        if cells.size == 0:
            return
        a = self.mesh.arrays
        faces = a.faces[cells]
        used, inverse = np.unique(faces, return_inverse=True)
        pts = a.points[used]
        sub = pv.PolyData.from_regular_faces(pts, inverse.reshape(-1, 3))
        actor = self.plotter.add_mesh(sub, name=self.name, color=HIGHLIGHT, pickable=False,
                                      reset_camera=False, ambient=0.35, diffuse=0.7, render=False)
        m = actor.mapper
        m.SetResolveCoincidentTopologyToPolygonOffset()
        m.SetRelativeCoincidentTopologyPolygonOffsetParameters(-2.0, -4.0)
        edges = sub.extract_feature_edges(boundary_edges=True, feature_edges=True, manifold_edges=False,
                                          non_manifold_edges=False, feature_angle=40)
        if edges.n_cells:
            e = self.plotter.add_mesh(edges, name=self.name + "-edges", color=OUTLINE, line_width=1.5,
                                      pickable=False, reset_camera=False, lighting=False, render=False)
            e.mapper.SetResolveCoincidentTopologyToPolygonOffset()
            e.mapper.SetRelativeCoincidentTopologyLineOffsetParameters(-2.0, -6.0)
