"""Per-parcel planning indicators (definitions in ``docs/review.md``).

* GFA (m2): sum over the buildings *belonging* to the parcel (largest part of
  the footprint inside it; kept existing and new) of their counted floor
  area (:func:`plannerapp.rules.measures.building_gfa`).
* FAR = GFA / parcel area.
* Coverage = area of the union of all footprints, clipped to the parcel,
  / parcel area.
* Green ratio = area of the union of the scheme's ground-level green areas,
  clipped to the parcel and minus building footprints, / parcel area; green
  roofs are reported separately (``green_roof_m2``), never in the ratio.
* Height, setback and spacing describe the scheme's *new* buildings in the
  parcel (the existing buildings are not the scheme's doing): the tallest,
  the smallest signed setback, and the smallest horizontal distance between a
  new building's footprint and any other building (new or context), with the
  pair.  ``None`` when the parcel has no new building.

All lengths in metres, areas in m2, local frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from plannerapp.model import Scheme
from plannerapp.rules.measures import building_gfa, building_height, nearest_other, setback_distances
from plannerapp.rules.profile import RuleProfile
from plannerapp.rules.site import Site


@dataclass
class ParcelIndicators:
    parcel_id: str
    area_m2: float
    building_ids: list[str] = field(default_factory=list)
    new_building_ids: list[str] = field(default_factory=list)
    gfa_m2: float = 0.0
    far: float = 0.0
    footprint_m2: float = 0.0
    coverage: float = 0.0
    green_m2: float = 0.0
    green_ratio: float = 0.0
    green_roof_m2: float = 0.0
    max_height_m: float | None = None
    tallest_id: str | None = None
    min_setback_m: float | None = None
    setback_id: str | None = None
    min_spacing_m: float | None = None
    spacing_pair: tuple[str, str] | None = None
    #: id -> {"new", "use", "gfa_m2", "gfa_source", "height_m", "setback_m", "spacing_m", "nearest_id"}
    per_building: dict[str, dict] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The report's ``indicators`` object (plus extras)."""
        return {
            "gfa_m2": self.gfa_m2,
            "far": self.far,
            "coverage": self.coverage,
            "green_ratio": self.green_ratio,
            "max_height_m": self.max_height_m,
            "min_setback_m": self.min_setback_m,
            "min_spacing_m": self.min_spacing_m,
            "footprint_m2": self.footprint_m2,
            "green_m2": self.green_m2,
            "green_roof_m2": self.green_roof_m2,
            "tallest_building": self.tallest_id,
            "setback_building": self.setback_id,
            "spacing_pair": list(self.spacing_pair) if self.spacing_pair else None,
        }


def _union_area_in(geoms, parcel_poly) -> tuple[float, object]:
    if len(geoms) == 0:
        return 0.0, None
    clipped = shapely.intersection(np.asarray(geoms, dtype=object), parcel_poly)
    u = shapely.union_all(clipped)
    return float(u.area), u


def compute_indicators(site: Site, scheme: Scheme, profile: RuleProfile) -> list[ParcelIndicators]:
    """Indicators for every parcel of ``site.parcels`` (same order)."""
    n = len(site.buildings)
    # per-building measures, only for buildings that belong to some parcel
    in_parcel = np.flatnonzero(site.parcel_of >= 0)
    gfa = np.zeros(n)
    gfa_src = [""] * n
    for i in in_parcel:
        gfa[i], gfa_src[i] = building_gfa(site.buildings[i], profile, float(site.footprints[i].area))
    new_in = in_parcel[site.is_new[in_parcel]]
    heights = np.full(n, np.nan)
    for i in new_in:
        heights[i] = building_height(site.buildings[i], profile)
    setback = np.full(n, np.nan)
    if new_in.size:
        setback[new_in] = setback_distances(site.footprints[new_in], site.parcel_polygons[site.parcel_of[new_in]])
    spacing = np.full(n, np.inf)
    nearest = np.full(n, -1, dtype=np.int64)
    if new_in.size:
        spacing[new_in], nearest[new_in] = nearest_other(site.tree, site.footprints, new_in)

    ground = [g.polygon for g in scheme.greens if not g.on_roof]
    roofs = [g.polygon for g in scheme.greens if g.on_roof]
    ground_u = shapely.union_all(ground) if ground else None
    roofs_u = shapely.union_all(roofs) if roofs else None

    out = []
    for k, parcel in enumerate(site.parcels):
        poly = site.parcel_polygons[k]
        area = float(poly.area)
        members = site.members(k)
        ind = ParcelIndicators(parcel_id=parcel.id, area_m2=area)
        ind.building_ids = [site.buildings[i].id for i in members]
        new_members = members[site.is_new[members]]
        ind.new_building_ids = [site.buildings[i].id for i in new_members]
        ind.gfa_m2 = float(gfa[members].sum())
        ind.far = ind.gfa_m2 / area if area > 0 else float("nan")
        cand = site.tree.query(poly, predicate="intersects")
        ind.footprint_m2, built_u = _union_area_in(site.footprints[cand], poly)
        ind.coverage = ind.footprint_m2 / area
        if ground_u is not None and not ground_u.is_empty:
            g = shapely.intersection(ground_u, poly)
            if built_u is not None and not g.is_empty:
                g = shapely.difference(g, built_u)
            ind.green_m2 = float(g.area)
        ind.green_ratio = ind.green_m2 / area
        if roofs_u is not None and not roofs_u.is_empty:
            ind.green_roof_m2 = float(shapely.intersection(roofs_u, poly).area)
        if new_members.size:
            t = new_members[np.nanargmax(heights[new_members])]
            ind.max_height_m, ind.tallest_id = float(heights[t]), site.buildings[t].id
            s = new_members[np.nanargmin(setback[new_members])]
            ind.min_setback_m, ind.setback_id = float(setback[s]), site.buildings[s].id
            p = new_members[np.argmin(spacing[new_members])]
            if np.isfinite(spacing[p]):
                ind.min_spacing_m = float(spacing[p])
                ind.spacing_pair = (site.buildings[p].id, site.buildings[nearest[p]].id)
        for i in members:
            b = site.buildings[i]
            row = {"new": bool(site.is_new[i]), "name": b.display_name, "use": b.use,
                   "gfa_m2": float(gfa[i]), "gfa_source": gfa_src[i]}
            if site.is_new[i]:
                row.update(height_m=float(heights[i]), setback_m=float(setback[i]),
                           spacing_m=float(spacing[i]) if np.isfinite(spacing[i]) else None,
                           nearest_id=site.buildings[nearest[i]].id if nearest[i] >= 0 else None)
            ind.per_building[b.id] = row
        out.append(ind)
    return out
