"""CityLayer: the adapter that draws a City's buildings as one actor.

Written against pyvista's ``BasePlotter``: the app passes a
``pyvistaqt.QtInteractor``, tests and screenshots a
``pyvista.Plotter(off_screen=True)``.  Coordinates are local metres.

Change API for the projects/editing engineers::

    layer.set_city(city)                  # everything new
    layer.update_buildings(changed_ids)   # geometry/attributes of these changed in layer.city
    layer.add(buildings)                  # new buildings (also appended to layer.city)
    layer.remove(ids)                     # demolished buildings

All three keep the same actor and re-apply the current colouring.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyvista as pv

from plannerapp.i18n import translate
from plannerapp.model.city import City
from plannerapp.scene.citymesh import CityMesh, MergedArrays, merge_buildings
from plannerapp.scene.colouring import UNKNOWN, Colouring, building_values

COLOUR_ARRAY = "colour"
NEUTRAL = "#d9d4c7"          # light stone for "no colouring"
NAN_COLOUR = "#b0b0b0"
LEGEND_BACKGROUND = "#f7f7f4"
UNKNOWN_COLOUR = "#cbc7bb"   # the "(unknown)" category: neutral, so real categories stand out
ABOVE_COLOUR = "#f07f3c"     # values above the colour range (e.g. a landmark tower); not red: red means "fails a rule"
NUMERIC_CMAP = "viridis"
CATEGORY_COLOURS = [
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#86bcb6", "#d37295",
]
SURFACE_COLOURS = {"Other": "#c8c8c8", "Roof": "#c0504d", "Wall": "#ece6d6", "Ground": "#7f7f7f"}


class CityLayer:
    """Draws ``city.buildings`` as one merged mesh; knows which cell is which building."""

    name = "city"

    def __init__(self, plotter, city: City | None = None, *, merged: MergedArrays | None = None):
        self.plotter = plotter
        self.city = City()
        self.mesh = CityMesh()
        self.actor = None
        self.colouring: Colouring | None = None
        self._colour_key = "height"
        self._bar_title: str | None = None
        if city is not None:
            self.set_city(city, merged=merged)

    # -- whole city ------------------------------------------------------------------
    def set_city(self, city: City, *, merged: MergedArrays | None = None) -> None:
        """Show *city*; *merged* may be precomputed on a worker (see ``merge_buildings``)."""
        self.city = city
        if merged is None:
            merged = merge_buildings(city.buildings)
        self.mesh._set(merged)
        self._ensure_actor()
        self.set_colour_by(self._colour_key)

    def _ensure_actor(self) -> None:
        pd = self.mesh.polydata
        if COLOUR_ARRAY not in pd.cell_data:
            pd.cell_data[COLOUR_ARRAY] = np.zeros(pd.n_cells)
        if self.actor is None and pd.n_cells:
            self.actor = self.plotter.add_mesh(
                pd, name=self.name, scalars=COLOUR_ARRAY, preference="cell",
                show_scalar_bar=False, smooth_shading=False, lighting=True,
                ambient=0.25, diffuse=0.75, specular=0.05, reset_camera=False,
                nan_color=NAN_COLOUR, pickable=True,
            )
            # keep picking/colouring on our array even after edits add other arrays
            self.actor.mapper.scalar_map_mode = "cell"

    # -- edits -----------------------------------------------------------------------
    def update_buildings(self, changed_ids: Iterable[str]) -> None:
        """Re-mesh the buildings *changed_ids* (their new versions are in ``self.city``)."""
        ids = [str(b) for b in changed_ids]
        if not ids:
            return
        meshes = [self.city.by_id(b).geometry for b in ids]
        self.mesh.replace(ids, meshes)
        self._after_edit()

    def add(self, buildings: Iterable) -> None:
        bs = list(buildings)
        known = {b.id for b in self.city.buildings}
        new = [b for b in bs if b.id not in known]
        if new:
            self.city = self.city.replaced(self.city.buildings + new)
        self.mesh.add([b.id for b in bs], [b.geometry for b in bs])
        self._ensure_actor()
        self._after_edit()

    def remove(self, ids: Iterable[str]) -> None:
        gone = {str(b) for b in ids}
        self.city = self.city.replaced([b for b in self.city.buildings if b.id not in gone])
        self.mesh.remove(gone)
        self._after_edit()

    def _after_edit(self) -> None:
        if self.mesh.ids != [b.id for b in self.city.buildings]:
            order = {b: i for i, b in enumerate(self.mesh.ids)}
            self.city = self.city.replaced(sorted(self.city.buildings, key=lambda b: order.get(b.id, 1 << 60)))
        self.set_colour_by(self._colour_key)

    # -- colour ----------------------------------------------------------------------
    @property
    def colour_key(self) -> str:
        return self._colour_key

    def set_colour_by(self, key: str) -> Colouring:
        """Colour buildings by *key* (see :mod:`plannerapp.scene.colouring`) with a legend."""
        col = building_values(self.city.buildings, key, semantics=self.mesh.arrays.semantics)
        self._colour_key = key
        self.colouring = col
        pd = self.mesh.polydata
        cell_values = col.values if col.per_cell else self.mesh.per_cell(col.values)
        pd.cell_data[COLOUR_ARRAY] = np.asarray(cell_values, dtype=np.float64)
        if self.actor is None:
            return col
        mapper = self.actor.mapper
        mapper.SetScalarModeToUseCellFieldData()
        mapper.SelectColorArray(COLOUR_ARRAY)
        mapper.array_name = COLOUR_ARRAY
        mapper.lookup_table = self._lookup_table(col)
        mapper.scalar_range = col.clim()
        mapper.scalar_visibility = key != "none"
        if key == "none":
            self.actor.prop.color = NEUTRAL
        self._update_scalar_bar(col)
        return col

    def _lookup_table(self, col: Colouring) -> pv.LookupTable:
        if col.categorical:
            n = max(1, len(col.categories))
            if col.key == "surface":
                colours = [SURFACE_COLOURS.get(c, "#cccccc") for c in col.categories]
            else:
                colours = [UNKNOWN_COLOUR if c == UNKNOWN else CATEGORY_COLOURS[i % len(CATEGORY_COLOURS)]
                           for i, c in enumerate(col.categories)] or [NEUTRAL]
            lut = pv.LookupTable()
            lut.n_values = n
            lut.values = np.array([np.append(np.array(pv.Color(c).int_rgb), 255) for c in colours], np.uint8)
            lut.scalar_range = col.clim()
            lut.annotations = {float(i): translate("scene", name) for i, name in enumerate(col.categories)}
        else:
            lut = pv.LookupTable(cmap=NUMERIC_CMAP, n_values=256)
            lut.scalar_range = col.clim()
            lut.above_range_color = ABOVE_COLOUR if col.above_max() is not None else None
        lut.nan_color = NAN_COLOUR
        return lut

    def _update_scalar_bar(self, col: Colouring) -> None:
        if self._bar_title is not None:
            try:
                self.plotter.remove_scalar_bar(self._bar_title, render=False)
            except (KeyError, ValueError, AttributeError):
                pass
            self._bar_title = None
        if col.key == "none" or self.actor is None:
            return
        title = translate("scene", col.title)
        kwargs = dict(
            title=title, mapper=self.actor.mapper, vertical=True, position_x=0.88, position_y=0.25,
            width=0.06, height=0.5, title_font_size=18, label_font_size=16, color="#1a1a1a",
            font_family="arial", bold=False,
            fmt="%.0f" if not col.categorical else None, render=False, unconstrained_font_size=True,
        )
        if col.categorical:
            kwargs.update(n_labels=0)
        else:
            kwargs.update(n_labels=5)
            top = col.above_max()
            if top is not None:
                kwargs.update(above_label=translate("scene", "max {v}").format(v=f"{top:.0f}"))
        self.plotter.add_scalar_bar(**{k: v for k, v in kwargs.items() if v is not None})
        self._bar_title = title
        bar = self.plotter.scalar_bars[title]
        # light boxes behind the legend's texts keep them readable over buildings
        for prop in (bar.GetTitleTextProperty(), bar.GetLabelTextProperty(), bar.GetAnnotationTextProperty()):
            prop.SetBackgroundColor(pv.Color(LEGEND_BACKGROUND).float_rgb)
            prop.SetBackgroundOpacity(0.8)

    # -- picking helpers -------------------------------------------------------------
    def building_id_of_cell(self, cell_id: int) -> str | None:
        return self.mesh.building_id_of_cell(cell_id)

    def n_triangles(self) -> int:
        return self.mesh.n_triangles
