"""A building: stable id, footprint or mesh, height, floors, use, attributes.

Buildings are immutable values; edits make a new one with :meth:`replace`
(the command stack keeps the old one for undo).  Coordinates are local metres
(see :mod:`plannerapp.geometry.origin`), z up.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any

from shapely.geometry import MultiPolygon, Polygon

from plannerapp.geometry.footprint import extrude, ground_projection
from plannerapp.geometry.mesh import Mesh

DEFAULT_FLOOR_HEIGHT_M = 3.0


@dataclass(frozen=True, eq=False)
class Building:
    """One building (or a building with its parts merged).

    Attributes
    ----------
    id: stable identifier, used in files and findings; never changes.
    name: free display name.
    footprint: 2D polygon (local metres) or ``None`` when only a mesh is known.
    base_z: height of the base above the datum (m, local z).
    height: top of the building above its base (m).
    floors: number of above-ground storeys (``None``: unknown).
    floor_height: storey height (m).
    use: ``residential``, ``office``, ``retail``, ``public``, ... or ``""``.
    attributes: the source file's attributes, read-only.
    source: where it came from (file path, ``scheme:<id>``...).
    mesh: detailed geometry (LoD2, IFC, mesh file); ``None``: a prism of the footprint.
    """

    id: str
    footprint: Polygon | MultiPolygon | None = None
    height: float = 0.0
    base_z: float = 0.0
    floors: int | None = None
    floor_height: float = DEFAULT_FLOOR_HEIGHT_M
    use: str = ""
    name: str = ""
    attributes: Any = field(default_factory=dict)
    source: str = ""
    mesh: Mesh | None = None

    def __post_init__(self):
        object.__setattr__(self, "id", str(self.id))
        if not isinstance(self.attributes, MappingProxyType):
            object.__setattr__(self, "attributes", MappingProxyType(dict(self.attributes)))
        if self.floors is None and self.height > 0 and self.floor_height > 0:
            object.__setattr__(self, "floors", max(1, int(math.floor(self.height / self.floor_height + 1e-9))))

    def replace(self, **changes) -> "Building":
        return dataclasses.replace(self, **changes)

    @cached_property
    def geometry(self) -> Mesh:
        """Triangles to draw and to ray-cast: the mesh, else the extruded footprint."""
        if self.mesh is not None:
            return self.mesh
        if self.footprint is None or self.footprint.is_empty or self.height <= 0:
            return Mesh.empty()
        return extrude(self.footprint, self.height, self.base_z)

    @cached_property
    def footprint2d(self) -> Polygon | MultiPolygon:
        """The footprint, or the mesh's ground projection when none was given."""
        if self.footprint is not None:
            return self.footprint
        if self.mesh is not None:
            return ground_projection(self.mesh)
        return Polygon()

    @property
    def top_z(self) -> float:
        return self.base_z + self.height

    @property
    def display_name(self) -> str:
        return self.name or self.id
