"""Parcels and the control plan (planning conditions per parcel)."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from shapely.geometry import Polygon

#: Control indicator keys understood by the review (see README, "Review").
CONTROL_KEYS = (
    "max_far", "min_far", "max_coverage", "min_green_ratio", "max_height_m",
    "setback_m", "min_spacing_m", "sunlight", "max_gfa_m2", "allowed_uses",
)


@dataclass(frozen=True, eq=False)
class Parcel:
    """A land parcel (local metres) and its control indicators.

    ``controls`` maps keys of :data:`CONTROL_KEYS` to limits (FAR unitless,
    coverage and green ratio 0-1, heights and distances in m, GFA in m2).
    """

    id: str
    polygon: Polygon
    land_use: str = ""
    name: str = ""
    controls: Any = field(default_factory=dict)
    attributes: Any = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "id", str(self.id))
        for name in ("controls", "attributes"):
            val = getattr(self, name)
            if not isinstance(val, MappingProxyType):
                object.__setattr__(self, name, MappingProxyType(dict(val)))

    @property
    def area_m2(self) -> float:
        return float(self.polygon.area)


@dataclass
class ControlPlan:
    parcels: list[Parcel] = field(default_factory=list)
    source: str = ""

    def by_id(self, parcel_id: str) -> Parcel:
        for p in self.parcels:
            if p.id == parcel_id:
                return p
        raise KeyError(parcel_id)
