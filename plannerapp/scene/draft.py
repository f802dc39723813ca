"""Drawing aids in the 3D view: display <-> ground plane, and the draft outline (no Qt).

Display coordinates are VTK's: pixels from the bottom-left corner of the
render window (device pixels).  World coordinates are the model's LOCAL
metres, z up.  The ground is the horizontal plane ``z = ground_z``.

* :func:`display_to_ground` - the point of the ground plane under a pixel;
* :func:`project_points` - many local points to display pixels at once
  (box selection of thousands of buildings);
* :func:`metres_per_pixel` - how large one pixel is on the ground there
  (snapping tolerance in pixels -> metres);
* :class:`DraftLayer` - the rubber-band preview of a footprint being drawn:
  placed vertices, the segment to the cursor, the closing edge, the snap marker.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyvista as pv

DRAFT_COLOUR = "#1565c0"
CLOSING_COLOUR = "#64b5f6"
SNAP_COLOURS = {"vertex": "#d81b60", "edge": "#fb8c00", "grid": "#2e7d32", "none": "#546e7a"}


def display_to_ground(plotter, x: float, y: float, ground_z: float = 0.0) -> tuple[float, float] | None:
    """Local (x, y) metres where the view ray through display pixel (x, y) meets ``z = ground_z``.

    ``None`` when the ray runs parallel to the ground or meets it behind the camera.
    """
    ren = plotter.renderer
    pts = []
    for depth in (0.0, 1.0):
        ren.SetDisplayPoint(float(x), float(y), depth)
        ren.DisplayToWorld()
        w = np.array(ren.GetWorldPoint(), dtype=np.float64)
        if w[3] == 0:
            return None
        pts.append(w[:3] / w[3])
    near, far = pts
    d = far - near
    if abs(d[2]) < 1e-12:
        return None
    t = (ground_z - near[2]) / d[2]
    if t < 0:
        return None
    p = near + t * d
    return float(p[0]), float(p[1])


def project_points(plotter, points) -> np.ndarray:
    """Display pixels ``(n, 2)`` of local points ``(n, 3)`` (vectorised ``WorldToDisplay``).

    Points behind the camera get NaN.
    """
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 3)
    ren = plotter.renderer
    cam = ren.GetActiveCamera()
    aspect = ren.GetTiledAspectRatio()
    m = cam.GetCompositeProjectionTransformMatrix(aspect, -1.0, 1.0)
    mat = np.array([[m.GetElement(i, j) for j in range(4)] for i in range(4)])
    h = np.c_[pts, np.ones(len(pts))] @ mat.T
    with np.errstate(invalid="ignore", divide="ignore"):
        ndc = h[:, :2] / h[:, 3:4]
    ndc[h[:, 3] <= 0] = np.nan
    w, hgt = ren.GetRenderWindow().GetSize()
    vx0, vy0, vx1, vy1 = ren.GetViewport()
    out = np.empty((len(pts), 2))
    out[:, 0] = (ndc[:, 0] + 1.0) / 2.0 * (vx1 - vx0) * w + vx0 * w
    out[:, 1] = (ndc[:, 1] + 1.0) / 2.0 * (vy1 - vy0) * hgt + vy0 * hgt
    return out


def metres_per_pixel(plotter, x: float, y: float, ground_z: float = 0.0) -> float:
    """Ground distance (m) covered by one display pixel near pixel (x, y); NaN off the ground."""
    a = display_to_ground(plotter, x, y, ground_z)
    b = display_to_ground(plotter, x + 10.0, y, ground_z)
    if a is None or b is None:
        return float("nan")
    return float(np.hypot(b[0] - a[0], b[1] - a[1]) / 10.0)


class DraftLayer:
    """The footprint being drawn: vertices placed so far plus the cursor (local metres).

    Drawn a little above ``ground_z`` so it is never hidden in the ground,
    with lines rendered on top of coincident geometry.
    """

    name = "draft"

    def __init__(self, plotter, ground_z: float = 0.0):
        self.plotter = plotter
        self.ground_z = float(ground_z)
        self.points: list[tuple[float, float]] = []
        self.cursor: tuple[float, float] | None = None
        self.snap_kind = "none"
        self._names: list[str] = []

    @property
    def visible(self) -> bool:
        return bool(self._names)

    def clear(self) -> None:
        for n in self._names:
            self.plotter.remove_actor(n, render=False)
        self._names = []

    def set(self, points: Sequence[tuple[float, float]], cursor: tuple[float, float] | None = None,
            snap_kind: str = "none") -> None:
        """Show *points* (placed vertices) and a rubber band to *cursor*."""
        self.points = [(float(x), float(y)) for x, y in points]
        self.cursor = None if cursor is None else (float(cursor[0]), float(cursor[1]))
        self.snap_kind = snap_kind
        self.redraw()

    def _xyz(self, pts) -> np.ndarray:
        a = np.asarray(pts, dtype=np.float64).reshape(-1, 2)
        return np.c_[a, np.full(len(a), self.ground_z + 0.15)]

    def _add(self, mesh, name, **kw) -> None:
        actor = self.plotter.add_mesh(mesh, name=name, pickable=False, reset_camera=False, render=False,
                                      lighting=False, **kw)
        m = actor.mapper
        m.SetResolveCoincidentTopologyToPolygonOffset()
        m.SetRelativeCoincidentTopologyLineOffsetParameters(-4.0, -12.0)
        m.SetRelativeCoincidentTopologyPointOffsetParameter(-12.0)
        self._names.append(name)

    def redraw(self) -> None:
        self.clear()
        chain = list(self.points) + ([self.cursor] if self.cursor is not None else [])
        if len(chain) >= 2:
            line = pv.lines_from_points(self._xyz(chain))
            self._add(line, self.name + "-path", color=DRAFT_COLOUR, line_width=3)
        if len(chain) >= 3:
            closing = pv.lines_from_points(self._xyz([chain[-1], chain[0]]))
            self._add(closing, self.name + "-closing", color=CLOSING_COLOUR, line_width=2)
            fill = pv.PolyData(self._xyz(chain), faces=np.r_[len(chain), np.arange(len(chain))])
            self._add(fill.triangulate(), self.name + "-fill", color=CLOSING_COLOUR, opacity=0.25)
        if self.points:
            self._add(pv.PolyData(self._xyz(self.points)), self.name + "-vertices", color=DRAFT_COLOUR,
                      point_size=10, render_points_as_spheres=True)
        if self.cursor is not None:
            self._add(pv.PolyData(self._xyz([self.cursor])), self.name + "-cursor",
                      color=SNAP_COLOURS.get(self.snap_kind, SNAP_COLOURS["none"]),
                      point_size=14 if self.snap_kind in ("vertex", "edge") else 9, render_points_as_spheres=True)
