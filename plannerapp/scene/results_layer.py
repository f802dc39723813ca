"""Analysis results in the 3D view: one coloured square per sample point, with a legend.

:class:`ResultsLayer` draws ``values (n,)`` at ``positions (n, 3)`` (LOCAL
metres, z up) as small squares lying in the sample's surface (normal
``normals (n, 3)``: +z for ground grids, the wall normal for facade points),
*size* metres wide, coloured by a colour map with a scalar bar (title with
the unit).  Works on any pyvista plotter (Qt viewport or off screen); no Qt.

``pick(x, y)`` returns the index of the result point under display position
(x, y) (pixels from the bottom-left), for "click a point to see its value".
"""

from __future__ import annotations

import numpy as np
import pyvista as pv

NAME = "analysis-results"
CMAPS = {"h": "plasma", "kWh/m\u00b2": "inferno", "\u00b0C": "coolwarm", "K": "YlOrRd", "": "viridis"}
BAR_TITLE_SUFFIX = "  "  # keeps the bar's title distinct from the city layer's legend


def square_patches(positions: np.ndarray, normals: np.ndarray | None, size: float) -> pv.PolyData:
    """One quad (``size`` m wide, centred on each point, perpendicular to its normal) per point."""
    p = np.asarray(positions, dtype=np.float64).reshape(-1, 3)
    n = p.shape[0]
    nrm = np.tile([0.0, 0.0, 1.0], (n, 1)) if normals is None else np.asarray(normals, dtype=np.float64).reshape(-1, 3)
    nrm = nrm / np.maximum(np.linalg.norm(nrm, axis=1, keepdims=True), 1e-12)
    ref = np.where(np.abs(nrm[:, 2:3]) > 0.9, np.array([[1.0, 0.0, 0.0]]), np.array([[0.0, 0.0, 1.0]]))
    u = np.cross(ref, nrm)
    u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-12)
    v = np.cross(nrm, u)
    h = 0.5 * float(size)
    corners = np.stack([p - h * u - h * v, p + h * u - h * v, p + h * u + h * v, p - h * u + h * v], axis=1)
    pts = corners.reshape(-1, 3)
    quads = np.arange(4 * n, dtype=np.int64).reshape(n, 4)
    faces = np.hstack([np.full((n, 1), 4, np.int64), quads]).ravel()
    return pv.PolyData(pts, faces=faces)


def colour_range(values: np.ndarray, unit: str) -> tuple[float, float]:
    """Colour limits: hours from 0 to the largest; others the 2nd-98th percentile."""
    v = np.asarray(values, float)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return (0.0, 1.0)
    if unit == "h":
        hi = float(v.max())
        return (0.0, hi if hi > 0 else 1.0)
    lo, hi = (float(x) for x in np.percentile(v, [2, 98]))
    if hi <= lo:
        hi = lo + 1.0
    return (lo, hi)


class ResultsLayer:
    """The results actor and its scalar bar (see module docstring)."""

    def __init__(self, plotter):
        self.plotter = plotter
        self.actor = None
        self.values = np.zeros(0)
        self.positions = np.zeros((0, 3))
        self.bar_title: str | None = None
        self.clim = (0.0, 1.0)

    def show(self, positions, normals, values, *, size: float, title: str, unit: str = "",
             clim: tuple[float, float] | None = None, offset_m: float = 0.05) -> None:
        """Draw the results (replacing earlier ones); *title* is the legend title (already translated)."""
        self.clear()
        pos = np.asarray(positions, dtype=np.float64).reshape(-1, 3)
        nrm = None if normals is None else np.asarray(normals, dtype=np.float64).reshape(-1, 3)
        if pos.shape[0] == 0:
            return
        if nrm is not None:  # lift the squares off their surface so they never z-fight with it
            pos = pos + offset_m * nrm / np.maximum(np.linalg.norm(nrm, axis=1, keepdims=True), 1e-12)
        self.positions = pos
        self.values = np.asarray(values, dtype=np.float64).reshape(-1)
        mesh = square_patches(pos, nrm, size)
        mesh.cell_data["value"] = self.values
        self.clim = clim or colour_range(self.values, unit)
        self.bar_title = title + BAR_TITLE_SUFFIX
        self.actor = self.plotter.add_mesh(
            mesh, name=NAME, scalars="value", preference="cell", cmap=CMAPS.get(unit, "viridis"), clim=self.clim,
            lighting=False, reset_camera=False, render=False, pickable=True, nan_color="#b0b0b0",
            scalar_bar_args=dict(title=self.bar_title, vertical=True, position_x=0.88, position_y=0.25, width=0.06,
                                 height=0.5, title_font_size=18, label_font_size=16, color="#1a1a1a",
                                 n_labels=5, fmt="%.1f" if unit != "" else "%.2f", unconstrained_font_size=True),
        )
        # in front of the buildings and of review highlights drawn on them (those use -1/-2)
        self.actor.mapper.SetResolveCoincidentTopologyToPolygonOffset()
        self.actor.mapper.SetRelativeCoincidentTopologyPolygonOffsetParameters(-3.0, -6.0)

    def clear(self) -> None:
        if self.actor is not None:
            self.plotter.remove_actor(NAME, render=False)
            if self.bar_title is not None:
                try:
                    self.plotter.remove_scalar_bar(self.bar_title, render=False)
                except (KeyError, ValueError, AttributeError):
                    pass
        self.actor = None
        self.bar_title = None
        self.values = np.zeros(0)
        self.positions = np.zeros((0, 3))

    @property
    def has_results(self) -> bool:
        return self.actor is not None

    def pick(self, x: float, y: float) -> int | None:
        """Index of the result square at display position (x, y), or ``None``."""
        if self.actor is None:
            return None
        import vtk

        picker = vtk.vtkCellPicker()
        picker.SetTolerance(0.0005)
        picker.PickFromListOn()
        picker.AddPickList(self.actor)
        if not picker.Pick(float(x), float(y), 0.0, self.plotter.renderer):
            return None
        cell = picker.GetCellId()
        return int(cell) if 0 <= cell < self.values.shape[0] else None


__all__ = ["ResultsLayer", "square_patches", "colour_range"]
