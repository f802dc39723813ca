"""The halo around a tile, and ray casting that honours it.

A receptor can be shaded by a building at horizontal distance ``d`` only
when the sun stands lower than ``atan((max_top - z_receptor) / d)``.  For
the lowest sun elevation that counts in a run (``min_elevation``) every
possible occluder lies within

    halo = (max_top - min_receptor_z) / tan(min_elevation)          (metres)

of the receptor (``max_top``: highest building top in the city,
``min_receptor_z``: lowest receptor height, both local metres).  The halo
is capped (``cap_m``, default 500 m): for an annual irradiance run the sun
rises from 0 deg, so the formula is unbounded.

To make a tiled run give *exactly* the numbers of a one-tile run, every run
(tiled or not) only counts occluders within the halo's horizontal reach of
each receptor: :class:`ReachScene` limits each ray to the distance at which
it has travelled ``reach_m`` horizontally.  Below the *effective* minimum
elevation ``atan((max_top - min_receptor_z) / halo)`` a far building the
cap left out could have shaded the receptor; that is the only
approximation, and it is stated in ``run.json``.
"""

from __future__ import annotations

import math

import numpy as np

from plannerapp.analysis.raycast import OcclusionScene

DEFAULT_HALO_CAP_M = 500.0
#: extra metres around the reach when selecting occluders (float32 ray ends, receptor offsets)
SELECTION_MARGIN_M = 2.0


def halo_m(max_top_z: float, min_receptor_z: float, min_elevation_deg: float,
           cap_m: float = DEFAULT_HALO_CAP_M) -> dict:
    """The halo (m) and how it was found: a dict for ``run.json``.

    Keys: ``halo_m`` (used), ``formula_m`` (uncapped, ``inf`` for a sun at or
    below the horizon), ``capped``, ``max_top_z``, ``min_receptor_z``,
    ``min_elevation_deg``, ``effective_min_elevation_deg`` (below it, occluders
    beyond the halo are ignored), ``cap_m``.
    """
    rise = max(float(max_top_z) - float(min_receptor_z), 0.0)
    if min_elevation_deg <= 0.0:
        formula = math.inf
    else:
        formula = rise / math.tan(math.radians(min(float(min_elevation_deg), 89.999)))
    halo = min(formula, float(cap_m))
    halo = max(halo, 1.0)
    eff = math.degrees(math.atan2(rise, halo))
    return {
        "halo_m": round(halo, 3),
        "formula_m": None if math.isinf(formula) else round(formula, 3),
        "capped": bool(formula > cap_m),
        "cap_m": float(cap_m),
        "max_top_z": float(max_top_z),
        "min_receptor_z": float(min_receptor_z),
        "min_elevation_deg": float(min_elevation_deg),
        "effective_min_elevation_deg": round(eff, 4),
        "rule": "halo = (max_top - min_receptor_z) / tan(min_elevation), capped at cap_m",
    }


class ReachScene(OcclusionScene):
    """An :class:`OcclusionScene` that ignores triangles farther than *reach_m*
    horizontally from each ray's origin (local metres).

    Each ray ends where it has travelled *reach_m* in plan:
    ``tfar = reach_m / |d_horizontal|`` for unit direction ``d`` (a vertical
    ray is unlimited).  Used by every batch run, so a tiled run that loads
    only the occluders within the halo equals a one-tile run.
    """

    def __init__(self, vertices, faces, reach_m: float, backend: str = "embree", **kw):
        super().__init__(vertices, faces, backend, **kw)
        self.reach_m = float(reach_m)

    def occluded(self, origins, directions, tfar=None) -> np.ndarray:
        d = np.asarray(directions, dtype=np.float64)
        if d.ndim == 1 and tfar is None:  # one direction for all rays (a sun hour): plain floats
            x, y, z = (float(c) for c in d)
            norm = math.sqrt(x * x + y * y + z * z)
            h = math.hypot(x, y) / norm if norm > 0 else 0.0
            return super().occluded(origins, d, min(self.reach_m / h, 1e9) if h > 1e-9 else 1e9)
        dd = d.reshape(-1, 3)
        norm = np.linalg.norm(dd, axis=1)
        h = np.hypot(dd[:, 0], dd[:, 1]) / np.where(norm > 0, norm, 1.0)
        far = np.where(h > 1e-9, self.reach_m / np.maximum(h, 1e-9), 1e9)
        far = np.minimum(far, 1e9)
        if tfar is not None:
            far = np.minimum(far, tfar)
        lim = float(far[0]) if (d.ndim == 1 or dd.shape[0] == 1) else far
        return super().occluded(origins, directions, lim)
