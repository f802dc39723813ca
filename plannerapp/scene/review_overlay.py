"""Off-screen views of a reviewed scheme with the violations marked (pyvista, no Qt).

:func:`review_views_png` draws the site around the reviewed parcels: context
buildings grey, the scheme's new buildings blue, new buildings named by a
failed check red, existing buildings named by a failed check (e.g. a
neighbour whose sunlight the scheme takes) orange, parcels as outlines on the ground (red when a check on the
parcel failed, green otherwise), and returns PNG bytes for two views (an
oblique view from the south-west and a plan view from above), for the HTML
report.  Coordinates are local metres; nothing here touches the model.
"""

from __future__ import annotations

import numpy as np
import pyvista as pv
import shapely

from plannerapp.geometry.mesh import Mesh
from plannerapp.scene.camera import apply_preset
from plannerapp.scene.fonts import enable_cjk_text
from plannerapp.scene.screenshot import png_bytes, prefer_egl_without_display

CONTEXT_COLOUR = "#d9d9d9"
NEW_COLOUR = "#6fa8dc"
FAIL_COLOUR = "#d32f2f"
AFFECTED_COLOUR = "#f0a030"
PARCEL_OK = "#2e7d32"
PARCEL_FAIL = "#d32f2f"
DEFAULT_VIEWS = ("iso_sw", "top")


def _polydata(meshes: list[Mesh]) -> pv.PolyData | None:
    m = Mesh.concatenate(meshes)
    if m.n_faces == 0:
        return None
    faces = np.hstack([np.full((m.n_faces, 1), 3, np.int64), m.faces]).ravel()
    return pv.PolyData(np.asarray(m.vertices, dtype=np.float64), faces)


def _outline(poly, z: float = 0.3) -> pv.PolyData:
    rings = [poly.exterior] + list(poly.interiors)
    pts, lines, off = [], [], 0
    for r in rings:
        c = np.asarray(r.coords)
        pts.append(np.column_stack([c[:, 0], c[:, 1], np.full(len(c), z)]))
        lines.append(np.concatenate([[len(c)], np.arange(off, off + len(c))]))
        off += len(c)
    return pv.PolyData(np.concatenate(pts), lines=np.concatenate(lines))


def site_bounds(parcel_polygons, margin_m: float = 40.0, top_m: float = 30.0) -> np.ndarray:
    """VTK-order bounds of the parcels plus *margin_m* around them (local m)."""
    b = shapely.total_bounds(np.asarray(parcel_polygons, dtype=object))
    return np.array([b[0] - margin_m, b[2] + margin_m, b[1] - margin_m, b[3] + margin_m, 0.0, top_m])


def review_views_png(buildings, new_ids, failing_ids, parcels, failing_parcels=(), *,
                     size: tuple[int, int] = (1400, 900), views=DEFAULT_VIEWS, margin_m: float = 40.0,
                     captions: dict | None = None) -> list[tuple[str, bytes]]:
    """PNG bytes of each view of the reviewed site.

    buildings: the standing buildings (local metres); new_ids / failing_ids:
    ids to draw blue / red; parcels: ``[(parcel_id, polygon)]``;
    failing_parcels: ids of parcels with a failed check.  Only buildings
    within *margin_m* of a parcel are drawn.  Returns ``[(caption, png)]``
    with captions from *captions* (``{view: text}``) or the view name.
    """
    prefer_egl_without_display()
    polys = [p for _, p in parcels]
    area = shapely.buffer(shapely.union_all(polys), margin_m) if polys else None
    new_ids, failing_ids, failing_parcels = set(new_ids), set(failing_ids), set(failing_parcels)
    groups: dict[str, list[Mesh]] = {"context": [], "new": [], "fail": [], "affected": []}
    top = 10.0
    for b in buildings:
        fp = b.footprint2d
        if area is not None and (fp is None or fp.is_empty or not area.intersects(fp)):
            continue
        g = b.geometry
        if g.n_faces == 0:
            continue
        if b.id in new_ids:
            key = "fail" if b.id in failing_ids else "new"
        else:
            key = "affected" if b.id in failing_ids else "context"
        groups[key].append(g)
        top = max(top, float(g.bounds[5]))
    bounds = site_bounds(polys, margin_m, top) if polys else None
    out = []
    for view in views:
        plotter = pv.Plotter(off_screen=True, window_size=list(size))
        try:
            plotter.set_background("white")
            enable_cjk_text(plotter)  # Chinese parcel names in a CJK font
            if bounds is not None:
                ground = pv.Plane(center=((bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2, -0.05),
                                  i_size=bounds[1] - bounds[0], j_size=bounds[3] - bounds[2])
                plotter.add_mesh(ground, color="#f3f4ee")
            for key, colour in (("context", CONTEXT_COLOUR), ("new", NEW_COLOUR), ("fail", FAIL_COLOUR),
                                ("affected", AFFECTED_COLOUR)):
                pd = _polydata(groups[key])
                if pd is not None:
                    plotter.add_mesh(pd, color=colour, smooth_shading=False)
            for pid, poly in parcels:
                colour = PARCEL_FAIL if pid in failing_parcels else PARCEL_OK
                for part in getattr(poly, "geoms", [poly]):
                    plotter.add_mesh(_outline(part), color=colour, line_width=4)
                c = poly.representative_point()
                plotter.add_point_labels(np.array([[c.x, c.y, 1.0]]), [str(pid)], font_size=14, text_color=colour,
                                         shape_opacity=0.6, always_visible=True, show_points=False)
            plotter.enable_lightkit() if hasattr(plotter, "enable_lightkit") else None
            if bounds is not None:
                apply_preset(plotter, view, bounds)
            png = png_bytes(plotter, size)
        finally:
            plotter.close()
        out.append(((captions or {}).get(view, view), png))
    return out


def review_views_for(review, *, size=(1400, 900), captions=None) -> list[tuple[str, bytes]]:
    """:func:`review_views_png` for a :class:`plannerapp.rules.review.Review` (uses ``review.site``)."""
    site = review.site
    new_ids = [b.id for b, new in zip(site.buildings, site.is_new) if new]
    failing = review.failing_building_ids()
    parcels = [(pr.parcel.id, pr.parcel.polygon) for pr in review.parcels]
    failing_parcels = [pr.parcel.id for pr in review.parcels if not pr.passed]
    return review_views_png(site.buildings, new_ids, failing, parcels, failing_parcels, size=size, captions=captions)
