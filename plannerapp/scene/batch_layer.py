"""City batch results (``buildings.geojson``) in the 3D view, coloured by one figure per building.

:class:`BatchLayer` takes ``{building id: value}`` (e.g. ``pv_kwh_year`` or
``share_pass``) and draws:

* buildings shown in the city layer with those ids: their triangles copied
  out of the city mesh and coloured by the value (polygon offset in front of
  the city actor), with a scalar bar;
* features without a matching building (another city is shown): their
  footprint polygons (LOCAL metres, already shifted by the caller) as flat
  coloured areas just above the ground.

Buildings without a value keep the city's own colour.  No Qt.
"""

from __future__ import annotations

import numpy as np
import pyvista as pv

from plannerapp.scene.citymesh import CityMesh
from plannerapp.scene.control_overlays import flat_polygon

NAMES = ("batch-buildings", "batch-footprints")
CMAP = {"pv_kwh_year": "YlOrRd", "share_pass": "RdYlGn"}


class BatchLayer:
    def __init__(self, plotter, mesh: CityMesh):
        self.plotter = plotter
        self.mesh = mesh
        self.values: dict[str, float] = {}
        self.bar_title: str | None = None
        self.n_matched = 0

    def show(self, values: dict, key: str, title: str, *, footprints: dict | None = None,
             ground_z: float = 0.0, clim=None) -> int:
        """Colour buildings by ``values`` ({id: number}); returns how many matched the city shown.

        footprints: {id: shapely polygon in local metres} drawn flat for ids not in the city.
        """
        self.clear()
        self.values = {str(k): float(v) for k, v in values.items() if v is not None and np.isfinite(v)}
        if not self.values:
            return 0
        vals = np.array(list(self.values.values()))
        lo, hi = clim or ((0.0, 1.0) if key == "share_pass" else (float(np.percentile(vals, 2)), float(np.percentile(vals, 98))))
        if hi <= lo:
            hi = lo + 1.0
        shown = set(self.mesh.ids)
        matched = [i for i in self.values if i in shown]
        self.n_matched = len(matched)
        self.bar_title = title + " "
        common = dict(scalars="value", preference="cell", cmap=CMAP.get(key, "viridis"), clim=(lo, hi),
                      pickable=False, reset_camera=False, render=False, nan_color="#b0b0b0")
        bar = dict(title=self.bar_title, vertical=True, position_x=0.88, position_y=0.25, width=0.06, height=0.5,
                   title_font_size=18, label_font_size=16, color="#1a1a1a", n_labels=5,
                   fmt="%.2f" if key == "share_pass" else "%.0f", unconstrained_font_size=True)
        parts = []
        if matched:
            cells = self.mesh.cells_of(matched)
            a = self.mesh.arrays
            used, inverse = np.unique(a.faces[cells], return_inverse=True)
            sub = pv.PolyData.from_regular_faces(a.points[used], inverse.reshape(-1, 3))
            owner = np.array([self.mesh.building_id_of_cell(int(c)) for c in cells])
            sub.cell_data["value"] = np.array([self.values[o] for o in owner])
            actor = self.plotter.add_mesh(sub, name=NAMES[0], ambient=0.3, diffuse=0.75, scalar_bar_args=bar, **common)
            actor.mapper.SetResolveCoincidentTopologyToPolygonOffset()
            actor.mapper.SetRelativeCoincidentTopologyPolygonOffsetParameters(-1.0, -2.0)
            parts.append(actor)
        rest = [(i, footprints[i]) for i in self.values if i not in shown and footprints and i in footprints]
        flats = []
        for bid, poly in rest:
            m = flat_polygon(poly, ground_z + 0.3)
            if m is not None and m.n_cells:
                m.cell_data["value"] = np.full(m.n_cells, self.values[bid])
                flats.append(m)
        if flats:
            merged = flats[0] if len(flats) == 1 else pv.merge(flats)
            self.plotter.add_mesh(merged, name=NAMES[1], lighting=False, show_scalar_bar=not parts,
                                  scalar_bar_args=bar, **common)
        return self.n_matched

    def value_of(self, building_id) -> float | None:
        return self.values.get(str(building_id)) if building_id is not None else None

    def clear(self) -> None:
        for n in NAMES:
            self.plotter.remove_actor(n, render=False)
        if self.bar_title is not None:
            try:
                self.plotter.remove_scalar_bar(self.bar_title, render=False)
            except (KeyError, ValueError, AttributeError):
                pass
        self.bar_title = None
        self.values = {}
        self.n_matched = 0


__all__ = ["BatchLayer"]
