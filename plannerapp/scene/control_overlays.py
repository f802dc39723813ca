"""Review overlays in the live 3D view: failing buildings, parcels, setbacks, height limits.

:class:`ReviewOverlay` draws on any pyvista plotter (the Qt viewport or an
off-screen plotter) next to a :class:`~plannerapp.scene.layer.CityLayer`:

* ``set_failing(new_ids, affected_ids)``: new buildings named by a failed
  check red, existing buildings affected (e.g. neighbours losing sunlight)
  pale red; the triangles are copied out of the city mesh and drawn with a
  polygon offset in front of the city actor (behind the selection highlight);
* ``set_parcels([(id, polygon, controls, failed)])``: parcel outlines on the
  ground (red when a check failed, green otherwise), setback lines (the
  parcel shrunk by ``controls["setback_m"]``, dashed look by colour) and
  translucent height-limit planes at ``controls["max_height_m"]`` above the
  ground;
* ``show(parcels=, setbacks=, heights=, failing=)`` toggles each part.

Everything in LOCAL metres, z up (ground at ``ground_z``).  No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyvista as pv
import shapely

from plannerapp.scene.citymesh import CityMesh
from plannerapp.scene.review_overlay import FAIL_COLOUR, PARCEL_FAIL, PARCEL_OK

# pale red, not the report's orange: orange already marks heights above the colour range in the live view
AFFECTED_COLOUR = "#f6b0b0"
SETBACK_COLOUR = "#7b1fa2"
HEIGHT_COLOUR = "#1565c0"
PREFIX = "review-"


def ring_lines(poly, z: float) -> pv.PolyData | None:
    """Outline polyline(s) of a shapely (Multi)Polygon at height *z* (local m)."""
    pts, lines, off = [], [], 0
    for part in getattr(poly, "geoms", [poly]):
        if part.is_empty:
            continue
        for r in [part.exterior] + list(part.interiors):
            c = np.asarray(r.coords)
            pts.append(np.column_stack([c[:, 0], c[:, 1], np.full(len(c), z)]))
            lines.append(np.concatenate([[len(c)], np.arange(off, off + len(c))]))
            off += len(c)
    if not pts:
        return None
    return pv.PolyData(np.concatenate(pts), lines=np.concatenate(lines))


def flat_polygon(poly, z: float) -> pv.PolyData | None:
    """A horizontal filled polygon at height *z* (triangulated by VTK)."""
    out = []
    for part in getattr(poly, "geoms", [poly]):
        if part.is_empty:
            continue
        c = np.asarray(part.exterior.coords)[:-1]
        pts = np.column_stack([c[:, 0], c[:, 1], np.full(len(c), z)])
        face = np.concatenate([[len(c)], np.arange(len(c))])
        out.append(pv.PolyData(pts, faces=face).triangulate())
    if not out:
        return None
    return out[0] if len(out) == 1 else pv.merge(out)


class ReviewOverlay:
    """Review marks in the 3D view (see module docstring)."""

    def __init__(self, plotter, mesh: CityMesh, ground_z: float = 0.0):
        self.plotter = plotter
        self.mesh = mesh
        self.ground_z = ground_z
        self.failing_ids: list[str] = []
        self.affected_ids: list[str] = []
        self.parcels: list[tuple] = []
        self.visible = {"failing": True, "parcels": True, "setbacks": False, "heights": False}
        self._names: set[str] = set()

    # -- content ---------------------------------------------------------------------
    def set_failing(self, new_ids: Iterable[str], affected_ids: Iterable[str] = ()) -> None:
        known = set(self.mesh.ids)
        self.failing_ids = [i for i in dict.fromkeys(map(str, new_ids)) if i in known]
        self.affected_ids = [i for i in dict.fromkeys(map(str, affected_ids)) if i in known and i not in self.failing_ids]
        self.redraw()

    def set_parcels(self, parcels) -> None:
        """``[(parcel_id, polygon, controls_mapping, failed_bool)]`` in local metres."""
        self.parcels = list(parcels)
        self.redraw()

    def show(self, **parts: bool) -> None:
        for k, v in parts.items():
            if k not in self.visible:
                raise KeyError(k)
            self.visible[k] = bool(v)
        self.redraw()

    def clear(self) -> None:
        for n in self._names:
            self.plotter.remove_actor(n, render=False)
        self._names = set()

    # -- drawing ---------------------------------------------------------------------
    def _add(self, mesh, name: str, **kw):
        actor = self.plotter.add_mesh(mesh, name=PREFIX + name, pickable=False, reset_camera=False,
                                      render=False, **kw)
        self._names.add(PREFIX + name)
        return actor

    def _buildings(self, ids, colour, name) -> None:
        cells = self.mesh.cells_of(ids)
        if cells.size == 0:
            return
        a = self.mesh.arrays
        used, inverse = np.unique(a.faces[cells], return_inverse=True)
        sub = pv.PolyData.from_regular_faces(a.points[used], inverse.reshape(-1, 3))
        actor = self._add(sub, name, color=colour, ambient=0.3, diffuse=0.75, specular=0.0)
        m = actor.mapper
        m.SetResolveCoincidentTopologyToPolygonOffset()
        m.SetRelativeCoincidentTopologyPolygonOffsetParameters(-1.0, -2.0)

    def redraw(self) -> None:
        self.clear()
        v = self.visible
        if v["failing"]:
            self._buildings(self.failing_ids, FAIL_COLOUR, "failing")
            self._buildings(self.affected_ids, AFFECTED_COLOUR, "affected")
        z = self.ground_z
        for k, (pid, poly, controls, failed) in enumerate(self.parcels):
            if poly is None or poly.is_empty:
                continue
            if v["parcels"]:
                lines = ring_lines(poly, z + 0.25)
                if lines is not None:
                    self._add(lines, f"parcel-{k}", color=PARCEL_FAIL if failed else PARCEL_OK, line_width=4,
                              lighting=False)
            sb = controls.get("setback_m") if controls else None
            if v["setbacks"] and sb:
                inner = shapely.buffer(poly, -float(sb), join_style="mitre")
                lines = ring_lines(inner, z + 0.3) if not inner.is_empty else None
                if lines is not None:
                    self._add(lines, f"setback-{k}", color=SETBACK_COLOUR, line_width=2.5, lighting=False)
            hl = controls.get("max_height_m") if controls else None
            if v["heights"] and hl:
                plane = flat_polygon(poly, z + float(hl))
                if plane is not None:
                    self._add(plane, f"height-{k}", color=HEIGHT_COLOUR, opacity=0.22, lighting=False)
                    edge = ring_lines(poly, z + float(hl))
                    self._add(edge, f"height-edge-{k}", color=HEIGHT_COLOUR, line_width=2, lighting=False)

    def actor_names(self) -> list[str]:
        return sorted(self._names)


__all__ = ["ReviewOverlay", "ring_lines", "flat_polygon"]
