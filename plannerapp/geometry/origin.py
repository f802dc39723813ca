"""Local origin: keep projected coordinates away from float32.

VTK and Embree compute in float32, which resolves only ~0.5 m at 4,000,000 m.
Every model coordinate is therefore stored *local*: true = local + origin,
with the float64 origin kept beside the data (``City.origin``).  Readers pick
the origin once per file (rounded to whole 100 m so local coordinates stay
readable), exports add it back.
"""

from __future__ import annotations

import numpy as np

_ROUND = 100.0


def choose_origin(points: np.ndarray) -> np.ndarray:
    """A float64 ``(3,)`` origin for real-world *points* ``(n, 3)``.

    x, y: the centre of the bounding box rounded to 100 m; z: 0 (heights are
    small numbers already and stay absolute so NAP / grade levels read true).
    Returns zeros for empty or all-NaN input.
    """
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 3)
    if pts.size == 0:
        return np.zeros(3)
    finite = pts[np.isfinite(pts).all(axis=1)]
    if finite.size == 0:
        return np.zeros(3)
    centre = 0.5 * (finite.min(axis=0) + finite.max(axis=0))
    origin = np.round(centre / _ROUND) * _ROUND
    origin[2] = 0.0
    return origin


def to_local(points: np.ndarray, origin: np.ndarray) -> np.ndarray:
    return np.asarray(points, dtype=np.float64) - np.asarray(origin, dtype=np.float64)


def to_world(points: np.ndarray, origin: np.ndarray) -> np.ndarray:
    return np.asarray(points, dtype=np.float64) + np.asarray(origin, dtype=np.float64)
