"""Building footprints from CityJSON surfaces (LoD0 or GroundSurface), vectorised with shapely.

Local metres, xy only: each selected surface (outer ring + holes) becomes a
polygon; a building's polygons are united.  Invalid polygons are repaired
with ``shapely.make_valid``; surfaces without area are left out.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from plannerapp.io._cityjson_walk import RingStore


def footprints(store: RingStore, idx: np.ndarray, local: np.ndarray, n_owner: int, only=None) -> list:
    """Per building: the union of its (selected) surfaces projected on the ground, or ``None``.

    Vectorised with shapely: one call builds every ring and polygon; only
    buildings with several polygons need a union.  Local metres, xy only.
    """
    out: list = [None] * n_owner
    if len(store.surface_rings) == 0:
        return out
    rlen = np.asarray(store.ring_lengths, dtype=np.int64)
    srings = np.asarray(store.surface_rings, dtype=np.int64)
    owner = np.asarray(store.owner, dtype=np.int64)
    ring_surface = np.repeat(np.arange(srings.size), srings)
    first_ring = np.concatenate([[0], np.cumsum(srings)[:-1]])
    is_outer = np.zeros(rlen.size, bool)
    is_outer[first_ring[srings > 0]] = True
    keep_surface = np.ones(srings.size, bool)
    if only is not None:
        keep_surface &= np.asarray(store.semantic) == only
    keep_surface[ring_surface[is_outer & (rlen < 3)]] = False
    keep_ring = keep_surface[ring_surface] & (rlen >= 3)
    if not keep_ring.any():
        return out
    vkeep = np.repeat(keep_ring, rlen)
    xy = local[idx[vkeep], :2]
    ring_ids = np.repeat(np.arange(int(keep_ring.sum())), rlen[keep_ring])
    rings = shapely.linearrings(xy, indices=ring_ids)
    _, poly_ids = np.unique(ring_surface[keep_ring], return_inverse=True)
    polys = shapely.polygons(rings, indices=poly_ids)
    poly_owner = owner[np.flatnonzero(keep_surface)]
    bad = ~shapely.is_valid(polys)
    if bad.any():
        polys[bad] = shapely.make_valid(polys[bad])
    area = shapely.area(polys)
    starts = np.searchsorted(poly_owner, np.arange(n_owner + 1))
    for b in np.unique(poly_owner):
        group = polys[starts[b] : starts[b + 1]][area[starts[b] : starts[b + 1]] > 0]
        if group.size == 0:
            continue
        shape = group[0] if group.size == 1 and not bad[starts[b]] else shapely.union_all(group, grid_size=1e-4)
        out[b] = _polygonal(shape)
    return out


def _polygonal(shape) -> Polygon | MultiPolygon | None:
    if isinstance(shape, (Polygon, MultiPolygon)):
        return shape if not shape.is_empty else None
    parts = [g for g in getattr(shape, "geoms", []) if isinstance(g, (Polygon, MultiPolygon)) and g.area > 0]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return _polygonal(shapely.union_all(parts))
