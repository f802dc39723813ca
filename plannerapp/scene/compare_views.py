"""One scheme per plotter for the comparison: buildings, differences, before/after, results.

:class:`SchemeView` draws a scheme's site on any pyvista plotter (a
``QtInteractor`` in the comparison window, ``Plotter(off_screen=True)`` for
report screenshots), cropped to the comparison area (parcels grown by a
margin), in three groups:

* **kept**: status-quo buildings the scheme leaves as they are (grey);
* **before**: status-quo buildings the scheme demolishes or replaces; drawn
  with opacity ``1 - t`` of the before/after blend ``t`` (:meth:`set_blend`);
* **after**: the scheme's buildings (blue, or by difference category),
  opacity ``t``.

Differences (:meth:`set_diff`, from :func:`plannerapp.model.diff.diff_schemes`
against the status quo or another scheme): added green, taller orange,
lower blue, footprint/use changed purple, removed red (translucent ghosts),
unchanged grey.  :meth:`show_results` draws per-point analysis results with
a colour range given by the caller, so every view shares one scale.
Coordinates are local metres.  No Qt here.
"""

from __future__ import annotations

import numpy as np
import pyvista as pv
import shapely

from plannerapp.geometry.mesh import Mesh
from plannerapp.model.diff import ADDED, CHANGED, REMOVED, diff_schemes
from plannerapp.scene.camera import apply_preset
from plannerapp.scene.fonts import enable_cjk_text
from plannerapp.scene.results_layer import ResultsLayer
from plannerapp.scene.screenshot import png_bytes, prefer_egl_without_display

KEPT_COLOUR = "#d9d6cf"
NEW_COLOUR = "#5b8fc7"
GROUND_COLOUR = "#eef0e8"
PARCEL_COLOUR = "#c0392b"
DIFF_COLOURS = {"added": "#2ca25f", "taller": "#f28e2b", "lower": "#2b6cb0", "changed": "#8e44ad",
                "removed": "#d62728", "same": "#bdbab3"}
DIFF_ORDER = ("added", "taller", "lower", "changed", "removed", "same")


def comparison_area(project, margin_m: float = 60.0):
    """The parcels grown by *margin_m* (local metres), or ``None`` without parcels."""
    polys = [p.polygon for p in project.controls.parcels]
    return shapely.union_all(polys).buffer(margin_m, join_style=2) if polys else None


def diff_categories(context, scheme, reference) -> tuple[dict, list]:
    """``({building id: category}, removed buildings)`` of *scheme* against *reference* (``None`` = status quo)."""
    cats, removed = {}, []
    for r in diff_schemes(context, reference, scheme):
        if r.status == ADDED:
            cats[r.building_id] = "added"
        elif r.status == REMOVED:
            removed.append(r.building_id)
        elif r.status == CHANGED:
            if "height" in r.changes and r.height_after is not None and r.height_before is not None:
                cats[r.building_id] = "taller" if r.height_after > r.height_before else "lower"
            else:
                cats[r.building_id] = "changed"
    return cats, removed


def _polydata(meshes) -> pv.PolyData | None:
    m = Mesh.concatenate(list(meshes))
    if m.n_faces == 0:
        return None
    faces = np.hstack([np.full((m.n_faces, 1), 3, np.int64), m.faces]).ravel()
    return pv.PolyData(np.asarray(m.vertices, dtype=np.float64), faces)


def _rings(poly, z: float) -> pv.PolyData | None:
    pts, lines, off = [], [], 0
    for part in getattr(poly, "geoms", [poly]):
        for r in [part.exterior] + list(part.interiors):
            c = np.asarray(r.coords)
            pts.append(np.column_stack([c[:, 0], c[:, 1], np.full(len(c), z)]))
            lines.append(np.concatenate([[len(c)], np.arange(off, off + len(c))]))
            off += len(c)
    return pv.PolyData(np.concatenate(pts), lines=np.concatenate(lines)) if pts else None


class SchemeView:
    """A scheme (``None`` = status quo) on *plotter*; see the module docstring."""

    def __init__(self, plotter, project, scheme, *, area=None, title: str | None = None):
        self.plotter = plotter
        self.project = project
        self.scheme = scheme
        self.area = area if area is not None else comparison_area(project)
        self.title = title
        self.blend = 1.0
        self.reference = None
        self.diff = False
        self._actors: dict[str, list] = {"kept": [], "before": [], "after": [], "ghost": []}
        self.results = ResultsLayer(plotter)
        plotter.set_background("#f7f8fa", top="#c9d6e3")
        enable_cjk_text(plotter)     # scheme titles and colour-bar titles may be Chinese
        self._draw_static()
        self._draw_buildings()

    # -- content ---------------------------------------------------------------------
    def _visible(self, buildings) -> list:
        if self.area is None:
            return list(buildings)
        bl = list(buildings)
        fps = np.array([b.footprint2d for b in bl], dtype=object)
        keep = shapely.intersects(fps, self.area) if len(fps) else np.zeros(0, bool)
        return [b for b, k in zip(bl, keep) if k]

    def bounds(self) -> np.ndarray:
        """VTK-order bounds the camera frames (local m): the parcels plus 25 m, z up to the tallest building."""
        ctx = self._visible(self.project.context.buildings)
        top = max([b.top_z for b in ctx] + [b.top_z for b in (self.scheme.buildings.values() if self.scheme else [])]
                  + [10.0])
        polys = [p.polygon for p in self.project.controls.parcels]
        if polys:
            x0, y0, x1, y1 = shapely.union_all(polys).buffer(25.0).bounds
        elif self.area is not None:
            x0, y0, x1, y1 = self.area.bounds
        else:
            b = self.project.context.bounds_local()
            x0, y0, x1, y1 = b[0], b[1], b[3], b[4]
        return np.array([x0, x1, y0, y1, 0.0, top])

    def _ground_bounds(self) -> np.ndarray:
        """The ground plane: every drawn building plus 10 m."""
        fps = [b.footprint2d for b in self._visible(self.project.context.buildings)]
        if self.scheme is not None:
            fps += [b.footprint2d for b in self.scheme.buildings.values()]
        fps = [f for f in fps if f is not None and not f.is_empty]
        if not fps:
            b = self.bounds()
            return np.array([b[0], b[2], b[1], b[3]])
        return np.asarray(shapely.total_bounds(np.asarray(fps, dtype=object))) + np.array([-10, -10, 10, 10])

    def _draw_static(self) -> None:
        x0, y0, x1, y1 = self._ground_bounds()
        bases = [b.base_z for b in self._visible(self.project.context.buildings)]
        self.ground_z = float(min(bases)) if bases else 0.0   # the drawn ground: the lowest building base (as ground_grid)
        ground = pv.Plane(center=((x0 + x1) / 2, (y0 + y1) / 2, self.ground_z - 0.3), i_size=x1 - x0, j_size=y1 - y0)
        self.plotter.add_mesh(ground, color=GROUND_COLOUR, name="cmp-ground", pickable=False, reset_camera=False,
                              render=False)
        for p in self.project.controls.parcels:
            rings = _rings(p.polygon, self.ground_z + 0.6)
            if rings is not None:
                self.plotter.add_mesh(rings, color=PARCEL_COLOUR, line_width=3, name=f"cmp-parcel-{p.id}",
                                      pickable=False, reset_camera=False, render=False)
        if self.title:
            self.plotter.add_text(self.title, position="upper_left", font_size=12, color="#1a1a1a", name="cmp-title")

    def _clear_buildings(self) -> None:
        for acts in self._actors.values():
            for a in acts:
                self.plotter.remove_actor(a, render=False)
            acts.clear()

    def _add(self, group: str, meshes, colour: str, opacity: float = 1.0) -> None:
        pd = _polydata(meshes)
        if pd is None:
            return
        a = self.plotter.add_mesh(pd, color=colour, opacity=opacity, smooth_shading=False, pickable=False,
                                  reset_camera=False, render=False, show_edges=False)
        a._cmp_base_opacity = opacity
        self._actors[group].append(a)

    def _draw_buildings(self) -> None:
        self._clear_buildings()
        ctx = self.project.context
        s = self.scheme
        if s is None:
            self._add("kept", [b.geometry for b in self._visible(ctx.buildings)], KEPT_COLOUR)
            self._apply_opacity()
            return
        replaced = set(s.demolish) | set(s.buildings)
        vis_ctx = self._visible(ctx.buildings)
        kept = [b.geometry for b in vis_ctx if b.id not in replaced]
        before = [b for b in vis_ctx if b.id in replaced]
        self._add("kept", kept, KEPT_COLOUR)
        cats, removed = ({}, [])
        if self.diff:
            cats, removed = diff_categories(ctx, s, self.reference)
        ref_removed = set(removed)
        if self.diff and self.reference is None:
            self._add("before", [b.geometry for b in before], KEPT_COLOUR)
            self._add("ghost", [b.geometry for b in before if b.id in ref_removed], DIFF_COLOURS["removed"], 0.45)
        else:
            self._add("before", [b.geometry for b in before], KEPT_COLOUR)
            if self.diff and ref_removed:
                ref_city = self.reference.built_city(ctx)
                ghosts = [b.geometry for b in self._visible(ref_city.buildings) if b.id in ref_removed]
                self._add("ghost", ghosts, DIFF_COLOURS["removed"], 0.4)
        new = self._visible(s.buildings.values())
        if self.diff:
            for cat in DIFF_ORDER:
                sel = [b.geometry for b in new if cats.get(b.id, "same") == cat]
                self._add("after", sel, DIFF_COLOURS[cat])
        else:
            self._add("after", [b.geometry for b in new], NEW_COLOUR)
        self._apply_opacity()

    def _apply_opacity(self) -> None:
        t = float(np.clip(self.blend, 0.0, 1.0))
        for group, f in (("kept", 1.0), ("before", 1.0 - t), ("after", t), ("ghost", t)):
            for a in self._actors[group]:
                op = a._cmp_base_opacity * f
                a.GetProperty().SetOpacity(op)
                a.SetVisibility(op > 0.01)

    # -- controls --------------------------------------------------------------------
    def set_scheme(self, scheme) -> None:
        """Redraw after *scheme* was edited (or another scheme chosen)."""
        self.scheme = scheme
        self._draw_buildings()

    def set_diff(self, on: bool, reference=None) -> None:
        """Colour by difference against *reference* (a Scheme or ``None`` = status quo)."""
        self.diff, self.reference = bool(on), reference
        self._draw_buildings()

    def set_blend(self, t: float) -> None:
        """Before/after against the status quo: 0 = status quo, 1 = the scheme."""
        self.blend = float(t)
        self._apply_opacity()

    def show_results(self, layer, clim, title: str | None = None) -> None:
        """Draw a :class:`~plannerapp.report.compare_analyses.ResultLayer` with colour limits *clim*."""
        if layer is None:
            self.results.clear()
            return
        pos = np.asarray(layer.positions, float)
        nrm = layer.normals
        if nrm is not None and len(pos) and np.all(np.asarray(nrm)[:, 2] > 0.99) and pos[:, 2].max() < self.ground_z + 1.0:
            # ground results (grids at the city's lowest base) are drawn on the drawn ground plane
            pos = pos.copy()
            pos[:, 2] = self.ground_z
        self.results.show(pos, layer.normals, layer.values, size=layer.size_m,
                          title=title or layer.title, unit=layer.unit, clim=clim, offset_m=0.3)
        bars, key = self.plotter.scalar_bars, self.results.bar_title
        bar = bars[key] if key is not None and key in bars else None
        if bar is not None:  # side-by-side views are narrow: a horizontal bar along the bottom
            bar.SetOrientationToHorizontal()
            bar.SetPosition(0.15, 0.02)
            bar.SetWidth(0.7)
            bar.SetHeight(0.11)

    def view(self, preset: str = "iso_sw", size=None, bounds=None) -> None:
        """Camera *preset* framing *bounds* (default: this view's :meth:`bounds`)."""
        reserve = 0.0
        apply_preset(self.plotter, preset, self.bounds() if bounds is None else bounds, right_reserve=reserve,
                     size=size)


def common_bounds(project, schemes, area=None) -> np.ndarray:
    """Bounds that frame every one of *schemes* (the tallest building of any sets the top), local m."""
    from plannerapp.model.city import City

    polys = [p.polygon for p in project.controls.parcels]
    if polys:
        x0, y0, x1, y1 = shapely.union_all(polys).buffer(25.0).bounds
    else:
        b = project.context.bounds_local()
        x0, y0, x1, y1 = b[0], b[1], b[3], b[4]
    top = 10.0
    for s in schemes:
        city = s.built_city(project.context) if s is not None else project.context
        near = City([b for b in city.buildings if area is None or area.intersects(b.footprint2d)])
        top = max(top, max((b.top_z for b in near.buildings), default=0.0))
    return np.array([x0, x1, y0, y1, 0.0, top])


def shared_clim(layers) -> tuple[float, float]:
    """One colour range for the same result on several schemes (2nd-98th percentile of all; hours from 0)."""
    from plannerapp.scene.results_layer import colour_range

    vals = [np.asarray(lay.values, float) for lay in layers if lay is not None and len(lay.values)]
    if not vals:
        return (0.0, 1.0)
    unit = next(lay.unit for lay in layers if lay is not None)
    return colour_range(np.concatenate(vals), unit)


def render_scheme_views(project, schemes, *, size=(1100, 760), preset: str = "iso_sw", diff: bool = False,
                        camera: dict | None = None, titles=None) -> list[tuple[str, bytes]]:
    """PNG bytes of each scheme (``None`` = status quo) from the same camera, off screen.

    camera: ``{"position", "focal_point", "view_up", "view_angle"}`` to reuse
    (e.g. the comparison window's linked camera); default: *preset* framing
    the comparison area.  diff: colour by difference against the status quo.
    Returns ``[(column id, png)]`` in the order given.
    """
    prefer_egl_without_display()
    area = comparison_area(project)
    frame = common_bounds(project, schemes, area)
    out = []
    for k, s in enumerate(schemes):
        plotter = pv.Plotter(off_screen=True, window_size=list(size))
        try:
            plotter.render_window.SetMultiSamples(4)
            title = titles[k] if titles else None
            sv = SchemeView(plotter, project, s, area=area, title=title)
            if diff and s is not None:
                sv.set_diff(True, None)
            plotter.enable_lightkit()
            if camera:
                cam = plotter.camera
                cam.position, cam.focal_point, cam.up = camera["position"], camera["focal_point"], camera["view_up"]
                cam.view_angle = camera.get("view_angle", 30.0)
                plotter.renderer.ResetCameraClippingRange()
            else:
                sv.view(preset, size=size, bounds=frame)
            png = png_bytes(plotter, size)
        finally:
            plotter.close()
        out.append((s.id if s is not None else "status-quo", png))
    return out
