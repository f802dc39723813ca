"""Building outlines: the feature edges of the city mesh as thin dark lines.

Edges between faces meeting at more than ``FEATURE_ANGLE_DEG`` (roof ridges,
eaves, wall corners) make LoD2 roofs and blocks readable at a glance.
Ground faces are left out (their rim would draw a line along every base).
Computed from the merged arrays (local metres); off by default above
``AUTO_MAX_TRIANGLES`` (seconds and memory on million-triangle cities).
"""

from __future__ import annotations

import numpy as np
import pyvista as pv

from plannerapp.geometry.mesh import SURFACE_GROUND

FEATURE_ANGLE_DEG = 35.0
AUTO_MAX_TRIANGLES = 400_000
EDGE_COLOUR = "#2b2b2b"


class EdgesLayer:
    name = "city-edges"

    def __init__(self, plotter, layer):
        self.plotter = plotter
        self.layer = layer
        self.visible: bool | None = None  # None: automatic (on for small cities)
        self.actor = None
        self._version = None
        # edits that bypass CityView (e.g. scene.scheme_layer's in-place point updates)
        # are caught before the next frame
        rw = getattr(plotter, "render_window", None)
        if rw is not None:
            rw.AddObserver("StartEvent", lambda *_: self._before_render())

    def _before_render(self) -> None:
        if self.actor is not None and self.actor.visibility and self._version != self.layer.mesh.geometry_key():
            self._rebuild_lines()

    def wanted(self) -> bool:
        if self.visible is not None:
            return self.visible
        return 0 < self.layer.n_triangles() <= AUTO_MAX_TRIANGLES

    def set_visible(self, visible: bool | None) -> None:
        """True/False force the outlines on/off; None returns to automatic."""
        self.visible = visible
        self.refresh()

    def refresh(self) -> None:
        """Rebuild after the city changed (cheap when nothing changed)."""
        if not self.wanted():
            if self.actor is not None:
                self.actor.visibility = False
            return
        version = self.layer.mesh.geometry_key()
        if self.actor is None or version != self._version:
            self._rebuild_lines()
        if self.actor is not None:
            self.actor.visibility = True

    def _lines(self) -> pv.PolyData:
        a = self.layer.mesh.arrays
        faces = a.faces[a.semantics != SURFACE_GROUND]
        if faces.shape[0] == 0:
            return pv.PolyData()
        used, inverse = np.unique(faces, return_inverse=True)
        mesh = pv.PolyData.from_regular_faces(a.points[used], inverse.reshape(-1, 3))
        return mesh.extract_feature_edges(feature_angle=FEATURE_ANGLE_DEG, boundary_edges=True,
                                          feature_edges=True, manifold_edges=False, non_manifold_edges=False)

    def _rebuild_lines(self) -> None:
        """New outline geometry; the actor (and its dataset object) stays."""
        lines = self._lines()
        self._version = self.layer.mesh.geometry_key()
        if self.actor is None and lines.n_points == 0:
            return  # nothing to outline yet (pyvista refuses an empty first mesh)
        if self.actor is None:
            self._data = pv.PolyData()
            self._data.copy_from(lines)
            self.actor = self.plotter.add_mesh(self._data, name=self.name, color=EDGE_COLOUR, line_width=1,
                                               opacity=0.55, lighting=False, pickable=False, reset_camera=False,
                                               render=False)
            m = self.actor.mapper
            m.SetResolveCoincidentTopologyToPolygonOffset()
            m.SetRelativeCoincidentTopologyLineOffsetParameters(-1.0, -2.0)
        else:
            self._data.copy_from(lines)
            self._data.Modified()
