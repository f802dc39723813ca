"""A design scheme: new buildings, green areas and demolitions on top of the status quo."""

from __future__ import annotations

from dataclasses import dataclass, field

from shapely.geometry import MultiPolygon, Polygon

from plannerapp.model.building import Building
from plannerapp.model.city import City


@dataclass(frozen=True, eq=False)
class GreenArea:
    """Green space (local metres): lawn, planting, or a green roof (``on_roof``)."""

    id: str
    polygon: Polygon | MultiPolygon
    on_roof: bool = False
    name: str = ""
    kind: str = "green"
    #: other properties from the file (e.g. ``surface``: lawn/planted), kept for round trips
    attributes: dict = field(default_factory=dict)


@dataclass
class Scheme:
    """One alternative design for a site.

    ``buildings`` maps stable id -> :class:`Building` (insertion order kept);
    ``demolish`` holds ids of context buildings removed in this scheme.
    ``path`` is the scheme file relative to the project folder.
    """

    id: str
    name: str = ""
    description: str = ""
    buildings: dict[str, Building] = field(default_factory=dict)
    greens: list[GreenArea] = field(default_factory=list)
    demolish: set[str] = field(default_factory=set)
    path: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return self.name or self.id

    def built_city(self, context: City) -> City:
        """The city as this scheme would leave it: context - demolished + new buildings."""
        kept = [b for b in context.buildings if b.id not in self.demolish]
        return context.replaced(kept + list(self.buildings.values()))

    def copy(self, new_id: str | None = None, name: str | None = None) -> "Scheme":
        return Scheme(
            id=new_id or self.id,
            name=self.name if name is None else name,
            description=self.description,
            buildings=dict(self.buildings),
            greens=list(self.greens),
            demolish=set(self.demolish),
            path="" if new_id else self.path,
            extra=dict(self.extra),
        )
