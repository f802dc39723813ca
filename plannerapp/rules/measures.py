"""Per-building measures under a rule profile: counted floor area, height, setback, spacing.

Units: metres and square metres in the local frame, z up.
"""

from __future__ import annotations

import math

import numpy as np
import shapely

from plannerapp.geometry.mesh import SURFACE_ROOF
from plannerapp.model import Building
from plannerapp.rules.profile import RuleProfile


def _number(v) -> float | None:
    if isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def building_height(b: Building, profile: RuleProfile) -> float:
    """Height in m above the building's base, as the profile measures it.

    ``top``: the top of the building (``Building.height``, else the mesh top).
    ``main_roof``: the highest roof face once roof structures are left out:
    roof faces are taken from the top down and the highest ones are skipped
    while their plan area stays within ``roof_structure_max_area_fraction``
    of the roof's plan area (a pitched roof measures to its ridge, a flat
    roof with a small stair tower to the flat roof).
    """
    h = float(b.height)
    if h <= 0 and b.mesh is not None and b.mesh.n_faces:
        h = float(b.mesh.bounds[5] - b.base_z)
    if profile.height_measure != "main_roof" or b.mesh is None or not b.mesh.n_faces:
        return h
    m = b.mesh
    roof = m.semantics == SURFACE_ROOF
    if not roof.any():
        return h
    tri = m.vertices[m.faces[roof]]
    e1, e2 = tri[:, 1, :2] - tri[:, 0, :2], tri[:, 2, :2] - tri[:, 0, :2]
    plan = 0.5 * np.abs(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0])
    ztop = tri[:, :, 2].max(axis=1)
    order = np.argsort(-ztop, kind="stable")
    cum = np.cumsum(plan[order])
    total = cum[-1]
    if total <= 0:
        return h
    first_main = int(np.searchsorted(cum, profile.roof_structure_max_area_fraction * total, side="right"))
    first_main = min(first_main, len(order) - 1)
    return min(h, float(ztop[order[first_main]] - b.base_z))


def counted_floors(b: Building, profile: RuleProfile) -> float:
    """Storeys counted for floor area: tall storeys count ``tall_storey_counts_as`` times.

    Storey heights come from ``attributes["storey_heights_m"]`` (list, m) when
    given, else ``floors`` x ``floor_height``; with no floors known, storeys =
    height / ``standard_storey_height_m`` rounded down (at least 1).
    """
    threshold = profile.tall_storey_threshold_m
    heights = b.attributes.get("storey_heights_m")
    if isinstance(heights, (list, tuple)) and heights and all(_number(x) is not None for x in heights):
        hs = [float(x) for x in heights]
        if threshold is None:
            return float(len(hs))
        return float(sum(profile.tall_storey_counts_as if x > threshold + 1e-9 else 1.0 for x in hs))
    floors = b.floors
    if not floors:
        if b.height <= 0:
            return 0.0
        floors = max(1, int(math.floor(b.height / profile.standard_storey_height_m + 1e-9)))
    mult = profile.tall_storey_counts_as if threshold is not None and b.floor_height > threshold + 1e-9 else 1.0
    return float(floors) * mult


def building_gfa(b: Building, profile: RuleProfile, footprint_area: float | None = None) -> tuple[float, str]:
    """Counted gross floor area in m2 and how it was found (``"attribute"`` / ``"footprint x floors"``).

    *footprint_area* (m2) replaces ``b.footprint2d.area`` (e.g. the area of a repaired footprint).
    """
    if profile.use_gfa_attribute:
        v = _number(b.attributes.get("gfa_m2"))
        if v is not None and v >= 0:
            return v, "attribute"
    area = float(b.footprint2d.area) if footprint_area is None else float(footprint_area)
    gfa = area * counted_floors(b, profile)
    balcony = _number(b.attributes.get("balcony_area_m2"))
    if balcony and profile.balcony_area_factor:
        gfa += balcony * profile.balcony_area_factor
    return gfa, "footprint x floors"


def setback_distances(footprints: np.ndarray, parcel_polygons: np.ndarray, sample_m: float = 0.5) -> np.ndarray:
    """Signed distance (m) from each footprint to the edge of its parcel.

    Positive: the footprint lies inside the parcel at least this far from
    every edge (exact).  Negative: it sticks out of the parcel by this much
    (the farthest point of the part outside, sampled every *sample_m* m
    along its edges and at every vertex).
    """
    fps = np.asarray(footprints, dtype=object)
    polys = np.asarray(parcel_polygons, dtype=object)
    out = np.zeros(len(fps))
    if len(fps) == 0:
        return out
    inside = shapely.within(fps, polys)
    out[inside] = shapely.distance(fps[inside], shapely.boundary(polys[inside]))
    for k in np.flatnonzero(~inside):
        outside = shapely.difference(fps[k], polys[k])
        pts = shapely.get_coordinates(shapely.segmentize(outside, sample_m))
        if pts.size == 0:
            out[k] = 0.0
            continue
        out[k] = -float(shapely.distance(shapely.points(pts), polys[k]).max())
    return out


def nearest_other(tree: shapely.STRtree, footprints: np.ndarray, which: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Smallest horizontal distance (m) from each building *which* to any other building.

    Returns ``(distance, other_index)``; distance 0 when footprints touch or
    overlap, ``inf`` / -1 when there is no other building.  Uses the STRtree
    (``query`` for touching/overlapping pairs, ``query_nearest`` for the rest):
    no pairwise loop over the city.
    """
    which = np.asarray(which, dtype=np.int64)
    dist = np.full(which.size, np.inf)
    other = np.full(which.size, -1, dtype=np.int64)
    if which.size == 0:
        return dist, other
    geoms = footprints[which]
    qi, tj = tree.query(geoms, predicate="intersects")
    hit = which[qi] != tj
    qi, tj = qi[hit], tj[hit]
    touched = np.zeros(which.size, dtype=bool)
    if qi.size:
        # first other touching building per input
        order = np.lexsort((tj, qi))
        qi, tj = qi[order], tj[order]
        first = np.ones(qi.size, dtype=bool)
        first[1:] = qi[1:] != qi[:-1]
        dist[qi[first]] = 0.0
        other[qi[first]] = tj[first]
        touched[qi[first]] = True
    rest = np.flatnonzero(~touched)
    if rest.size:
        (ri, rj), d = tree.query_nearest(geoms[rest], exclusive=True, all_matches=False, return_distance=True)
        dist[rest[ri]] = d
        other[rest[ri]] = rj
    return dist, other
