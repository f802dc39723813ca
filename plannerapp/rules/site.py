"""The buildings standing after a scheme, as arrays, and which parcel each belongs to.

Everything is in the local frame (metres, world = local + ``City.origin``).
A building *belongs* to the parcel that holds the largest part of its
footprint (ties: the parcel listed first in the control plan); a building
touching no parcel belongs to none (index ``-1``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely import STRtree

from plannerapp.model import Building, City, ControlPlan, Parcel, Scheme


@dataclass
class Site:
    """Standing buildings of a scheme with their footprints and parcels.

    ``buildings[i]`` has footprint ``footprints[i]`` (valid shapely geometry,
    local metres), ``is_new[i]`` (it comes from the scheme) and
    ``parcel_of[i]`` (index into ``parcels`` or -1).  ``tree`` is an
    :class:`shapely.STRtree` over ``footprints`` (spacing, coverage).
    """

    buildings: list[Building]
    footprints: np.ndarray
    is_new: np.ndarray
    parcel_of: np.ndarray
    parcels: list[Parcel]
    parcel_polygons: np.ndarray
    tree: STRtree
    index: dict[str, int]

    def members(self, parcel_index: int) -> np.ndarray:
        """Indices of the buildings belonging to parcel *parcel_index*."""
        return np.flatnonzero(self.parcel_of == parcel_index)


def standing_buildings(context: City, scheme: Scheme) -> tuple[list[Building], np.ndarray]:
    """Context minus demolished (and minus ids the scheme redefines) plus the scheme's buildings.

    Returns the list and a boolean array marking the scheme's (new) buildings.
    """
    new = list(scheme.buildings.values())
    new_ids = {b.id for b in new}
    kept = [b for b in context.buildings if b.id not in scheme.demolish and b.id not in new_ids]
    is_new = np.zeros(len(kept) + len(new), dtype=bool)
    is_new[len(kept):] = True
    return kept + new, is_new


def valid_footprints(buildings: list[Building]) -> np.ndarray:
    """Footprints as an object array; invalid ones repaired with ``make_valid`` (polygonal part)."""
    fps = np.array([b.footprint2d for b in buildings] or [], dtype=object)
    if fps.size == 0:
        return fps
    bad = ~shapely.is_valid(fps)
    if bad.any():
        fixed = shapely.make_valid(fps[bad])
        # keep polygons only (make_valid can return collections with lines)
        fps[bad] = [shapely.union_all([g for g in shapely.get_parts(f) if g.geom_type in ("Polygon", "MultiPolygon")])
                    if f.geom_type == "GeometryCollection" else f for f in fixed]
    return fps


def assign_to_parcels(footprints: np.ndarray, parcel_polygons: np.ndarray) -> np.ndarray:
    """For each footprint, the index of the parcel holding the largest part of it, or -1.

    Vectorised: one STRtree query over the parcels, one intersection call
    over the candidate pairs.
    """
    out = np.full(len(footprints), -1, dtype=np.int64)
    if len(footprints) == 0 or len(parcel_polygons) == 0:
        return out
    tree = STRtree(parcel_polygons)
    bi, pj = tree.query(footprints, predicate="intersects")
    if bi.size == 0:
        return out
    areas = shapely.area(shapely.intersection(footprints[bi], parcel_polygons[pj]))
    keep = areas > 0
    bi, pj, areas = bi[keep], pj[keep], areas[keep]
    order = np.lexsort((pj, -areas, bi))  # by building, then largest area, then parcel order
    bi, pj = bi[order], pj[order]
    first = np.ones(bi.size, dtype=bool)
    first[1:] = bi[1:] != bi[:-1]
    out[bi[first]] = pj[first]
    return out


def prepare_site(context: City, scheme: Scheme, plan: ControlPlan) -> Site:
    buildings, is_new = standing_buildings(context, scheme)
    fps = valid_footprints(buildings)
    polys = np.array([p.polygon for p in plan.parcels] or [], dtype=object)
    parcel_of = assign_to_parcels(fps, polys)
    return Site(
        buildings=buildings,
        footprints=fps,
        is_new=is_new,
        parcel_of=parcel_of,
        parcels=list(plan.parcels),
        parcel_polygons=polys,
        tree=STRtree(fps),
        index={b.id: i for i, b in enumerate(buildings)},
    )
