"""Roof surface temperatures: what a green roof changes in the cited models.

Roofs take part in no pedestrian value of :mod:`plannerapp.analysis.heat`
(SOLWEIG's Tmrt sees ground and walls, Oke's UHI only geometry).  Their own
surface temperature does follow the SOLWEIG surface wave (Bogren et al.
2000, as parameterised by Lindberg et al. 2008 and Lindberg, Onomura &
Grimmond 2016): a sunlit conventional roof warms by ``0.58 K/deg x h_max -
9.78 K`` at its peak, an extensive green roof (grass values) by
``0.21 K/deg x h_max - 3.38 K`` (:mod:`plannerapp.analysis.materials`).

:func:`roof_temperatures` samples every roof face of the buildings touching
the area (:func:`plannerapp.analysis.points.roof_points`), gives each point
the green-roof material when it lies inside a ``GreenArea`` with
``on_roof`` true, casts one ray per daylight hour towards the sun, and
returns the daily maximum surface temperature (deg C) per point with the
roof area (m2) each point represents.  Limits: the empirical wave knows no
heat storage, irrigation or evaporation rates; it ranks roofs, it does not
predict them to the degree.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from plannerapp.analysis.points import SamplePoints, roof_points
from plannerapp.analysis.tmrt import surface_temperature_excess


@dataclass(eq=False)
class RoofTemperatures:
    """points: roof receptors (local metres); green ``(m,)``; temp_max_c ``(m,)``; area ``(m,)`` m2."""

    points: SamplePoints
    green: np.ndarray
    temp_max_c: np.ndarray

    @property
    def area(self) -> np.ndarray:
        return self.points.area

    def mean_max_c(self, mask=None) -> float | None:
        """Area-weighted mean of the daily maximum (deg C), over *mask* (default all); None if empty."""
        sel = np.ones(len(self.points), dtype=bool) if mask is None else np.asarray(mask)
        a = self.points.area[sel]
        return float((self.temp_max_c[sel] * a).sum() / a.sum()) if a.sum() > 0 else None


def roof_temperatures(scene, city, greens, day, suns, table, poly=None, spacing: float = 2.0) -> RoofTemperatures:
    """Daily maximum roof surface temperatures (see the module docstring).

    scene: :class:`OcclusionScene` of *city*; day: :class:`HeatDay`; suns:
    :class:`SunPath` at the day's hours; table: :class:`MaterialTable`;
    poly: only buildings touching this polygon (local metres).
    """
    idx = [i for i, b in enumerate(city.buildings)
           if b.footprint2d is not None and not b.footprint2d.is_empty and (poly is None or b.footprint2d.intersects(poly))]
    pts = roof_points(city, spacing, buildings=idx)
    m = len(pts)
    green = np.zeros(m, dtype=bool)
    for g in greens:
        if g.on_roof and m:
            green |= shapely.contains_xy(g.polygon.buffer(0), pts.positions[:, 0], pts.positions[:, 1])
    plain, gr = table.for_role("roof"), table.for_role("green_roof")
    ts = {f: np.where(green, getattr(gr, f), getattr(plain, f)) for f in ("ts_k", "ts_start_k", "ts_tmax_lst_h")}
    tmax = np.full(m, -np.inf)
    for k in range(len(day.hours_lst)):
        lit = np.zeros(m, dtype=bool)
        if m and suns.above[k] and day.ghi[k] > 0:
            d = suns.directions[k]
            front = pts.normals @ d > 0
            if front.any():
                lit[front] = ~scene.occluded(pts.positions[front], d)
        dt = surface_temperature_excess(day.hours_lst[k], day.sunrise_lst, day.max_altitude_deg, ts["ts_k"],
                                        ts["ts_start_k"], ts["ts_tmax_lst_h"], day.clearness[k]) * lit
        tmax = np.maximum(tmax, day.ta_c[k] + dt)
    return RoofTemperatures(pts, green, tmax if m else np.zeros(0))
