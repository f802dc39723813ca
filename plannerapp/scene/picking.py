"""Picking: display coordinates -> cell -> building id (no Qt).

Display coordinates are VTK's: pixels from the bottom-left corner of the
render window (a Qt widget must flip y and scale by the device pixel ratio).
A static cell locator makes a pick on a million triangles take a few ms.
"""

from __future__ import annotations

import numpy as np
from vtkmodules.vtkCommonDataModel import vtkStaticCellLocator
from vtkmodules.vtkRenderingCore import vtkCellPicker


class CityPicker:
    """Picks cells of one actor (the city) at display positions."""

    def __init__(self, plotter, layer):
        self.plotter = plotter
        self.layer = layer
        self._picker = vtkCellPicker()
        self._picker.SetTolerance(0.0005)
        self._locator = None
        self._locator_mtime = None

    def prepare(self) -> None:
        """Build the cell locator now (e.g. when idle after loading) so the first click is instant."""
        self._sync_locator()

    def _sync_locator(self) -> None:
        pd = self.layer.mesh.polydata
        mtime = self.layer.mesh.geometry_key()  # geometry only: recolouring keeps the locator
        if self._locator is None or mtime != self._locator_mtime:
            self._picker.RemoveAllLocators()
            loc = vtkStaticCellLocator()
            loc.SetDataSet(pd)
            loc.BuildLocator()
            self._picker.AddLocator(loc)
            self._locator, self._locator_mtime = loc, mtime

    def pick_cell(self, x: float, y: float) -> int | None:
        """Cell id of the city mesh under display position (x, y), else ``None``."""
        actor = self.layer.actor
        if actor is None:
            return None
        self._sync_locator()
        self._picker.InitializePickList()
        self._picker.AddPickList(actor)
        self._picker.PickFromListOn()
        if not self._picker.Pick(float(x), float(y), 0.0, self.plotter.renderer):
            return None
        cid = self._picker.GetCellId()
        return int(cid) if cid >= 0 else None

    def pick_building(self, x: float, y: float) -> str | None:
        """Id of the building under display position (x, y), else ``None``."""
        cid = self.pick_cell(x, y)
        return None if cid is None else self.layer.building_id_of_cell(cid)


def world_to_display(plotter, point) -> tuple[float, float]:
    """Display coordinates (pixels from bottom-left) of a local-metre point."""
    ren = plotter.renderer
    ren.SetWorldPoint(*np.asarray(point, float)[:3], 1.0)
    ren.WorldToDisplay()
    x, y, _ = ren.GetDisplayPoint()
    return float(x), float(y)


def building_centroid_top(layer, building_id: str) -> np.ndarray:
    """A point on the roof area of *building_id* (centre of its highest triangle), local m."""
    a = layer.mesh.arrays
    s, e = layer.mesh.cell_range(building_id)
    tri = a.points[a.faces[s:e]]
    cz = tri[:, :, 2].mean(axis=1)
    i = int(np.argmax(cz))
    return tri[i].mean(axis=0)


__all__ = ["CityPicker", "world_to_display", "building_centroid_top"]
