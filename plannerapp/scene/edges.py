"""Building outlines: the feature edges of the city mesh as thin dark lines.

Edges between faces meeting at more than ``FEATURE_ANGLE_DEG`` (roof ridges,
eaves, wall corners) make LoD2 roofs and blocks readable at a glance.
Ground faces are left out (their rim would draw a line along every base).
Computed from the merged arrays (local metres); off by default above
``AUTO_MAX_TRIANGLES`` (seconds and memory on million-triangle cities).

Outlines are kept per building: buildings share no vertices in the merged
mesh, so the feature edges of the whole city are the union of each
building's own.  After an edit :class:`EdgesLayer` re-extracts only the
buildings whose triangles changed - named by the edit
(:func:`plannerapp.scene.scheme_layer.apply_building_changes`) or found by
comparing with a copy of the geometry it last outlined, so edits that
bypass the view are caught too - and splices their segments into one line
PolyData (:mod:`plannerapp.scene.outline_store`); a move or height change
of a prism overwrites the segment points in place.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyvista as pv

from plannerapp.geometry.mesh import SURFACE_GROUND
from plannerapp.scene.outline_store import GeometrySnapshot, OutlineStore, changed_buildings, index_ranges

FEATURE_ANGLE_DEG = 35.0
AUTO_MAX_TRIANGLES = 400_000
EDGE_COLOUR = "#2b2b2b"
_OWNER = "_outline_owner"


def feature_segments(points: np.ndarray, faces: np.ndarray, semantics: np.ndarray,
                     owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Outline segments of triangles *faces* (``(F, 3)`` indices into *points*, local m).

    Returns ``(segments (N, 2, 3) float64, owner (N,) int64)``: each segment
    carries the *owner* value of a triangle it borders (the building index).
    The rule is VTK's ``vtkFeatureEdges`` on the non-ground triangles:
    boundary edges plus edges whose two triangles' normals differ by more
    than ``FEATURE_ANGLE_DEG``; manifold and non-manifold edges are left out.
    """
    keep = semantics != SURFACE_GROUND
    faces, owner = faces[keep], np.asarray(owner)[keep]
    if faces.shape[0] == 0:
        return np.zeros((0, 2, 3)), np.zeros(0, np.int64)
    used, inverse = np.unique(faces, return_inverse=True)
    mesh = pv.PolyData.from_regular_faces(points[used], inverse.reshape(-1, 3))
    mesh.cell_data[_OWNER] = owner.astype(np.int64)
    lines = mesh.extract_feature_edges(feature_angle=FEATURE_ANGLE_DEG, boundary_edges=True,
                                       feature_edges=True, manifold_edges=False, non_manifold_edges=False)
    if lines.n_cells == 0:
        return np.zeros((0, 2, 3)), np.zeros(0, np.int64)
    conn = np.asarray(lines.lines).reshape(-1, 3)[:, 1:]   # every feature edge is a 2-point line
    return np.asarray(lines.points, np.float64)[conn], np.asarray(lines.cell_data[_OWNER], np.int64)


class EdgesLayer:
    name = "city-edges"

    def __init__(self, plotter, layer):
        self.plotter = plotter
        self.layer = layer
        self.visible: bool | None = None  # None: automatic (on for small cities)
        self.actor = None
        self._version = None
        self._snap: GeometrySnapshot | None = None
        self.store = OutlineStore()
        #: buildings re-outlined by the last update (a full build outlines all of them)
        self.last_changed: int = 0
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

    def synced(self) -> bool:
        """True when the outlines match the city mesh as it is now."""
        return self._snap is not None and self._version == self.layer.mesh.geometry_key()

    def refresh(self, changed_ids: Iterable[str] | None = None) -> None:
        """Bring the outlines up to date after the city changed (cheap when nothing changed).

        *changed_ids*, when given, must name every building whose triangles
        may have changed (been moved, re-shaped, added or removed) since
        :meth:`synced` was last True; only those are then looked at.  Without
        it the changed buildings are found by comparing with the geometry
        last outlined.
        """
        if not self.wanted():
            if self.actor is not None:
                self.actor.visibility = False
            return
        version = self.layer.mesh.geometry_key()
        if self.actor is None or version != self._version:
            self._rebuild_lines(changed_ids)
        if self.actor is not None:
            self.actor.visibility = True

    def lines(self) -> pv.PolyData:
        """The outline lines as drawn (an empty PolyData before the first build)."""
        return self._data if self.actor is not None else self.store.polydata()

    def _update_store(self, changed_ids: Iterable[str] | None = None) -> bool:
        """Re-outline the buildings that changed since the last update; True when done in place."""
        mesh = self.layer.mesh
        a = mesh.arrays
        if changed_ids is not None and self._snap is not None:
            present, removed = [], []
            for b in dict.fromkeys(str(b) for b in changed_ids):
                try:
                    present.append(mesh.index_of(b))
                except KeyError:
                    if b in self.store.pos:
                        removed.append(b)
            changed = np.unique(np.asarray(present, np.int64))
        else:
            changed, removed = changed_buildings(self._snap, mesh)
        self.last_changed = int(changed.shape[0])
        if self._snap is None or changed.shape[0] == len(a.ids):
            segs, owner = feature_segments(a.points, a.faces, a.semantics, a.building_index)
            self.store = OutlineStore()
            self.store.update(list(a.ids), segs, owner)
            in_place = False
        elif changed.shape[0] or removed:
            cells, _ = index_ranges(a.cell_starts, changed)
            local = np.full(len(a.ids), -1, np.int64)
            local[changed] = np.arange(changed.shape[0])
            segs, owner = feature_segments(a.points, a.faces[cells], a.semantics[cells],
                                           local[a.building_index[cells]])
            in_place = self.store.update([a.ids[i] for i in changed], segs, owner, removed)
        else:
            in_place = True
        if self._snap is not None and mesh.version == self._snap.version and in_place:
            rows, _ = index_ranges(a.point_starts, changed)   # only points moved: refresh those rows
            self._snap.points[rows] = a.points[rows]
        else:
            self._snap = GeometrySnapshot.of(mesh)
        return in_place

    def _rebuild_lines(self, changed_ids: Iterable[str] | None = None) -> None:
        """Up-to-date outline geometry; the actor (and its dataset object) stays."""
        had = self.store.segments.shape[0] > 0 or self.actor is not None
        in_place = self._update_store(changed_ids) and had
        self._version = self.layer.mesh.geometry_key()
        if self.actor is None and self.store.segments.shape[0] == 0:
            return  # nothing to outline yet (pyvista refuses an empty first mesh)
        if self.actor is None:
            self._data = self.store.polydata()
            self.actor = self.plotter.add_mesh(self._data, name=self.name, color=EDGE_COLOUR, line_width=1,
                                               opacity=0.55, lighting=False, pickable=False, reset_camera=False,
                                               render=False)
            m = self.actor.mapper
            m.SetResolveCoincidentTopologyToPolygonOffset()
            m.SetRelativeCoincidentTopologyLineOffsetParameters(-1.0, -2.0)
        elif in_place:
            pts = self._data.points
            if not np.shares_memory(pts, self.store.segments):  # pragma: no cover - pyvista copied
                pts[:] = self.store.segments.reshape(-1, 3)
            self._data.GetPoints().Modified()
            self._data.Modified()
        else:
            self.store.polydata(self._data)
            self._data.Modified()
