"""What a rule module sees when it checks one parcel."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from plannerapp.model import Parcel, Project, Scheme
from plannerapp.rules.indicators import ParcelIndicators
from plannerapp.rules.profile import RuleProfile
from plannerapp.rules.site import Site


@dataclass
class RuleContext:
    """One parcel under review: its controls, indicators, the site and the profile.

    ``shared`` is a per-review scratch dict (e.g. the sunlight analysis run
    once for all parcels).
    """

    parcel: Parcel
    parcel_index: int
    indicators: ParcelIndicators
    site: Site
    profile: RuleProfile
    project: Project
    scheme: Scheme
    shared: dict = field(default_factory=dict)

    @property
    def controls(self) -> Any:
        return self.parcel.controls

    def new_members(self):
        """Indices (into ``site.buildings``) of the scheme's buildings in this parcel."""
        m = self.site.members(self.parcel_index)
        return m[self.site.is_new[m]]

    def names(self, ids) -> tuple[str, ...]:
        return tuple(self.site.buildings[self.site.index[i]].display_name for i in ids)
