"""The city (status quo context): buildings + CRS + local origin."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from plannerapp.model.building import Building


@dataclass
class City:
    """An ordered collection of buildings in one local frame.

    ``crs`` is ``"EPSG:NNNN"`` (or ``None`` when the file did not say);
    ``origin`` is the float64 ``(3,)`` offset: world = local + origin.
    """

    buildings: list[Building] = field(default_factory=list)
    crs: str | None = None
    origin: np.ndarray = field(default_factory=lambda: np.zeros(3))
    source: str = ""
    metadata: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.origin = np.asarray(self.origin, dtype=np.float64).reshape(3)
        self._index = None

    def __len__(self) -> int:
        return len(self.buildings)

    def __iter__(self) -> Iterator[Building]:
        return iter(self.buildings)

    def by_id(self, building_id: str) -> Building:
        if self._index is None or len(self._index) != len(self.buildings):
            self._index = {b.id: i for i, b in enumerate(self.buildings)}
        return self.buildings[self._index[building_id]]

    def ids(self) -> list[str]:
        return [b.id for b in self.buildings]

    def n_triangles(self) -> int:
        return sum(b.geometry.n_faces for b in self.buildings)

    def bounds_local(self) -> np.ndarray:
        """``[minx, miny, minz, maxx, maxy, maxz]`` local metres (NaN when empty)."""
        bs = np.array([b.geometry.bounds for b in self.buildings if b.geometry.n_faces])
        if bs.size == 0:
            return np.full(6, np.nan)
        return np.concatenate([np.nanmin(bs[:, :3], axis=0), np.nanmax(bs[:, 3:], axis=0)])

    def bounds_world(self) -> np.ndarray:
        b = self.bounds_local()
        return b + np.concatenate([self.origin, self.origin])

    def replaced(self, buildings: Iterable[Building]) -> "City":
        return City(list(buildings), self.crs, self.origin.copy(), self.source, dict(self.metadata), list(self.warnings))
