"""CityView: everything the 3D view shows for one city, on any pyvista plotter.

The Qt viewport (``plannerapp.ui.viewport``) and the off-screen screenshot
(:mod:`plannerapp.scene.screenshot`) both drive this class; it never
imports Qt.  Parts, each a small adapter other engineers can extend:

* :attr:`layer` (:class:`~plannerapp.scene.layer.CityLayer`) - the buildings,
  one actor, colour-by + legend, ``update_buildings/add/remove``;
* :attr:`selection` (:class:`~plannerapp.scene.selection.SelectionLayer`);
* :attr:`picker` (:class:`~plannerapp.scene.picking.CityPicker`);
* :attr:`overlays` (:class:`~plannerapp.scene.overlays.Overlays`) - ground,
  north arrow, scale bar, orientation marker;
* :attr:`edges` (:class:`~plannerapp.scene.edges.EdgesLayer`) - building outlines;
* :attr:`lod` (:class:`~plannerapp.scene.lod.InteractionLOD`) - one box per
  building while the camera moves, for big cities on software OpenGL;
* camera presets (:mod:`plannerapp.scene.camera`).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from plannerapp.model.city import City
from plannerapp.scene.camera import apply_preset
from plannerapp.scene.citymesh import MergedArrays
from plannerapp.scene.edges import EdgesLayer
from plannerapp.scene.fonts import enable_cjk_text
from plannerapp.scene.layer import CityLayer
from plannerapp.scene.lod import InteractionLOD
from plannerapp.scene.overlays import Overlays
from plannerapp.scene.picking import CityPicker
from plannerapp.scene.selection import SelectionLayer

BACKGROUND_TOP = "#9fb8d0"
BACKGROUND_BOTTOM = "#f4f6f8"
LEGEND_RESERVE = 0.16  # share of the view width the colour legend occupies (camera presets keep it free)


def style_plotter(plotter) -> None:
    """Background gradient, light kit and anti-aliasing for a city view."""
    plotter.set_background(BACKGROUND_BOTTOM, top=BACKGROUND_TOP)
    enable_cjk_text(plotter)  # Chinese legends/labels in a CJK font (scene/fonts.py)


class CityView:
    def __init__(self, plotter, city: City | None = None, *, colour_by: str = "height"):
        self.plotter = plotter
        style_plotter(plotter)
        self.layer = CityLayer(plotter)
        self.layer._colour_key = colour_by
        self.selection = SelectionLayer(plotter, self.layer.mesh)
        self.picker = CityPicker(plotter, self.layer)
        self.overlays = Overlays(plotter)
        self.lod = InteractionLOD(plotter, self.layer)
        self.edges = EdgesLayer(plotter, self.layer)
        self.preset = "iso_sw"
        # optional () -> (width, height) of the view in pixels, when the plotter's lags (Qt resize)
        self.viewport_size = None
        if city is not None:
            self.set_city(city)

    # -- content ---------------------------------------------------------------------
    @property
    def city(self) -> City:
        return self.layer.city

    def set_city(self, city: City, *, merged: MergedArrays | None = None, reset_camera: bool = True) -> None:
        self.layer.set_city(city, merged=merged)
        self.edges.refresh()
        self.selection.clear()
        self.overlays.update(self.city_bounds())
        if reset_camera:
            self.view(self.preset if self.preset != "reset" else "iso_sw")

    def update_buildings(self, changed_ids: Iterable[str]) -> None:
        self.layer.update_buildings(changed_ids)
        self.edges.refresh()
        self.selection.refresh()
        self.plotter.render()

    def add_buildings(self, buildings) -> None:
        self.layer.add(buildings)
        self.edges.refresh()
        self.selection.refresh()
        self.plotter.render()

    def remove_buildings(self, ids: Iterable[str]) -> None:
        self.layer.remove(ids)
        self.edges.refresh()
        self.selection.refresh()
        self.plotter.render()

    def set_colour_by(self, key: str):
        col = self.layer.set_colour_by(key)
        self.plotter.render()
        return col

    # -- selection -------------------------------------------------------------------
    def select(self, building_ids: Iterable[str]) -> list[str]:
        ids = self.selection.set(building_ids)
        self.plotter.render()
        return ids

    def pick(self, x: float, y: float) -> str | None:
        """Building id at display position (x, y) (pixels from bottom-left)."""
        return self.picker.pick_building(x, y)

    # -- camera ----------------------------------------------------------------------
    def city_bounds(self) -> np.ndarray:
        """VTK-order bounds of the buildings only (not the ground/overlays), local m."""
        pd = self.layer.mesh.polydata
        if pd.n_points == 0:
            return np.full(6, np.nan)
        return np.asarray(pd.bounds, float)

    def frame_bounds(self) -> np.ndarray:
        """Buildings plus the north arrow and scale bar: what camera presets frame."""
        b, d = self.city_bounds(), self.overlays.decor_bounds
        if not np.all(np.isfinite(d)):
            return b
        return np.array([min(b[0], d[0]), max(b[1], d[1]), min(b[2], d[2]), max(b[3], d[3]),
                         min(b[4], d[4]), max(b[5], d[5])])

    def frame_points(self, max_points: int = 200_000) -> np.ndarray:
        """Points a camera preset must keep in view: a vertex subsample plus the decor's corners."""
        pts = self.layer.mesh.arrays.points
        if pts.shape[0] > max_points:
            pts = pts[:: pts.shape[0] // max_points + 1]
        d = self.overlays.decor_bounds
        if np.all(np.isfinite(d)):
            corners = np.array([[x, y, z] for x in d[0:2] for y in d[2:4] for z in d[4:6]])
            pts = np.concatenate([pts, corners])
        return pts

    def view(self, preset: str) -> None:
        """Camera preset: ``top``, ``iso_sw``/``iso_se``/``iso_ne``/``iso_nw``, ``iso``, ``reset``."""
        self.preset = "iso_sw" if preset in ("reset", "iso") else preset
        reserve = LEGEND_RESERVE if self.plotter.scalar_bars else 0.0
        size = self.viewport_size() if self.viewport_size is not None else None
        apply_preset(self.plotter, self.preset, self.frame_bounds(), right_reserve=reserve,
                     points=self.frame_points(), size=size)
        self.plotter.render()

    def frame_selection(self) -> bool:
        """Frame the selected buildings (keeping the view direction); False when none."""
        b = self.layer.mesh.bounds_of(self.selection.ids)
        if b is None:
            return False
        pad = max(b[1] - b[0], b[3] - b[2], b[5] - b[4], 10.0) * 0.6
        bb = np.array([b[0] - pad, b[1] + pad, b[2] - pad, b[3] + pad, b[4], b[5] + pad * 0.5])
        cam = self.plotter.camera
        direction = np.asarray(cam.position) - np.asarray(cam.focal_point)
        direction /= np.linalg.norm(direction) or 1.0
        centre = np.array([(bb[0] + bb[1]) / 2, (bb[2] + bb[3]) / 2, (b[4] + b[5]) / 2])
        radius = 0.5 * np.linalg.norm([bb[1] - bb[0], bb[3] - bb[2], bb[5] - bb[4]])
        dist = radius / np.tan(np.radians(cam.view_angle / 2))
        cam.focal_point = tuple(centre)
        cam.position = tuple(centre + direction * dist)
        self.plotter.renderer.ResetCameraClippingRange()
        self.plotter.render()
        return True
