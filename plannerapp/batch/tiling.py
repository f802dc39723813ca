"""Square tiles over a city in its metric CRS.

A building belongs to exactly one tile: the one holding its
*representative point*, the centre of its geometry's plan bounding box
(world metres).  Its receptors are generated with it, by the same code,
whatever the tiling, so tiling never changes which receptors exist.

Tiles are aligned on multiples of ``tile_m`` in WORLD coordinates (the
city's CRS), keyed ``"<ix>_<iy>"`` with ``ix = floor(x / tile_m)``;
``tile_m = 0`` puts everything in one tile keyed ``"all"``.
"""

from __future__ import annotations

import math

import numpy as np

#: default tile edge for large cities (m): ~1,000 buildings in a dense centre
DEFAULT_TILE_M = 500.0
MIN_AUTO_TILE_M = 100.0
#: the automatic tile size aims at no fewer tiles than this (load balance on small cities)
AUTO_MIN_TILES = 8


def building_bounds(city) -> np.ndarray:
    """``(n, 6)`` local bounds of every building (NaN rows for empty geometry)."""
    out = np.full((len(city.buildings), 6), np.nan)
    for i, b in enumerate(city.buildings):
        if b.geometry.n_faces:
            out[i] = b.geometry.bounds
    return out


def representative_points(bounds_local: np.ndarray, origin) -> np.ndarray:
    """``(n, 2)`` world x, y of each building's plan bounding-box centre."""
    o = np.asarray(origin, dtype=np.float64)
    cx = 0.5 * (bounds_local[:, 0] + bounds_local[:, 3]) + o[0]
    cy = 0.5 * (bounds_local[:, 1] + bounds_local[:, 4]) + o[1]
    return np.column_stack([cx, cy])


def auto_tile_m(bounds_local: np.ndarray) -> float:
    """Default tile edge (m): 500 m, smaller for small cities so there are about
    ``AUTO_MIN_TILES`` tiles (never under 100 m, rounded to 10 m)."""
    ok = np.isfinite(bounds_local).all(axis=1)
    if not ok.any():
        return DEFAULT_TILE_M
    b = bounds_local[ok]
    w = float(b[:, 3].max() - b[:, 0].min())
    h = float(b[:, 4].max() - b[:, 1].min())
    side = math.sqrt(max(w * h, 1.0) / AUTO_MIN_TILES)
    return float(min(DEFAULT_TILE_M, max(MIN_AUTO_TILE_M, round(side / 10.0) * 10.0)))


def tile_keys(points_world: np.ndarray, tile_m: float) -> np.ndarray:
    """Tile key per point (``"ix_iy"``, or ``"all"`` when *tile_m* is 0)."""
    n = points_world.shape[0]
    if not tile_m:
        return np.full(n, "all", dtype=object)
    ix = np.floor(points_world[:, 0] / tile_m).astype(np.int64)
    iy = np.floor(points_world[:, 1] / tile_m).astype(np.int64)
    return np.array([f"{a}_{b}" for a, b in zip(ix, iy)], dtype=object)


def boxes_intersect(a, b) -> bool:
    """Do plan boxes ``(minx, miny, maxx, maxy)`` overlap (touching counts)?"""
    return not (a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1])


def expand(box, by: float):
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)
