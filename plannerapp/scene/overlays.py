"""Context overlays: ground plane, north arrow, scale bar, orientation marker.

Everything is in local metres with y = the model's grid north (the CRS's
north, not true north: the meridian convergence is not applied here).
"""

from __future__ import annotations

import math

import numpy as np
import pyvista as pv

from plannerapp.i18n import translate
from plannerapp.scene.fonts import add_ground_text

GROUND = "#e7eadf"
ARROW = "#c62828"


def nice_length(max_len: float) -> float:
    """A round length (1, 2, 5 x 10^k metres) no longer than *max_len*."""
    if not max_len > 0:
        return 1.0
    k = math.floor(math.log10(max_len))
    for m in (5, 2, 1):
        if m * 10 ** k <= max_len:
            return float(m * 10 ** k)
    return float(10 ** k)


class Overlays:
    """Ground, north arrow and scale bar sized to the city's bounds."""

    def __init__(self, plotter):
        self.plotter = plotter
        self._names: list[str] = []
        self._axes = False
        self.decor_bounds = np.full(6, np.nan)

    def clear(self) -> None:
        for n in self._names:
            self.plotter.remove_actor(n, render=False)
        self._names = []

    def _add(self, mesh, name, **kw):
        self.plotter.add_mesh(mesh, name=name, pickable=False, reset_camera=False, render=False, **kw)
        self._names.append(name)

    def update(self, bounds) -> None:
        """(Re)build the overlays for *bounds* ``[xmin, xmax, ymin, ymax, zmin, zmax]`` (m)."""
        self.clear()
        b = np.asarray(bounds, float)
        if not np.all(np.isfinite(b)):
            return
        cx, cy = (b[0] + b[1]) / 2, (b[2] + b[3]) / 2
        wx, wy = max(b[1] - b[0], 1.0), max(b[3] - b[2], 1.0)
        size = max(wx, wy)
        z0 = b[4] - 0.05
        ground = pv.Plane(center=(cx, cy, z0), direction=(0, 0, 1), i_size=size * 3.0, j_size=size * 3.0)
        self._add(ground, "ground", color=GROUND, ambient=0.45, diffuse=0.6, specular=0.0)

        # scale bar: a round length along the south edge, labelled in metres
        slen = nice_length(wx * 0.35)
        x0, y0 = b[0], b[2] - size * 0.06
        n = 5 if slen in (5 * 10 ** math.floor(math.log10(slen)),) else 4
        ticks = np.linspace(x0, x0 + slen, n + 1)
        segs = []
        for i in range(n):
            seg = pv.Box(bounds=(ticks[i], ticks[i + 1], y0 - size * 0.006, y0 + size * 0.006, z0, z0 + 0.3))
            segs.append((seg, "#222222" if i % 2 == 0 else "#ffffff"))
        for i, (seg, colour) in enumerate(segs):
            self._add(seg, f"scale-{i}", color=colour, lighting=False, show_edges=False)
        # Text3D knows ASCII only: Chinese labels become CJK-font text actors (scene/fonts.py)
        self._names.append(add_ground_text(self.plotter, translate("scene", "{n} m").format(n=f"{slen:g}"),
                                           name="scale-label", height=size * 0.025, color="#222222",
                                           center=(x0 + slen / 2, y0 - size * 0.03, z0 + 0.2)))
        # north arrow on the ground left of the scale bar (near the viewer in the default view)
        alen = nice_length(size * 0.12)
        ax, ay = x0 - alen * 0.9, y0 - alen * 0.4
        arrow = pv.Arrow(start=(ax, ay, z0 + 0.2), direction=(0, 1, 0), scale=alen,
                         tip_length=0.35, tip_radius=0.15, shaft_radius=0.05)
        self._add(arrow, "north-arrow", color=ARROW, lighting=True)
        self._names.append(add_ground_text(self.plotter, translate("scene", "N"), name="north-label",
                                           height=alen * 0.35, color=ARROW, center=(ax, ay + alen * 1.25, z0 + 0.2)))
        txt0 = pv.Text3D("0", depth=0.05, height=size * 0.02, center=(x0, y0 + size * 0.025, z0 + 0.2), normal=(0, 0, 1))
        self._add(txt0, "scale-0-label", color="#222222", lighting=False)

        # what a camera preset should keep in view besides the buildings
        # (only the scale bar and the arrow: the city's own box corners are often empty ground)
        self.decor_bounds = np.array([ax - alen * 0.25, x0 + slen, min(y0 - size * 0.045, ay),
                                      max(ay + alen * 1.45, y0 + size * 0.035), z0, z0])

        if not self._axes:
            self.plotter.add_axes(xlabel=translate("scene", "E"), ylabel=translate("scene", "N"),
                                  zlabel=translate("scene", "Up"), line_width=2, color="#333333",
                                  viewport=(0.0, 0.0, 0.14, 0.2))
            self._axes = True
