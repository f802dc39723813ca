"""Walk CityJSON geometry objects into flat ring arrays (no numpy per vertex).

Boundary nesting by geometry type (CityJSON 1.0, 1.1 and 2.0 alike)::

    MultiSurface / CompositeSurface   [surface][ring][index]
    Solid                             [shell][surface][ring][index]
    MultiSolid / CompositeSolid       [solid][shell][surface][ring][index]

``semantics.values`` follows the same nesting down to the surface (one
number or ``null`` per surface), indexing ``semantics.surfaces``.
"""

from __future__ import annotations

import numpy as np

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.geometry.mesh import SEMANTIC_CODES, SURFACE_OTHER

#: semantic code of a surface without semantics (none in its geometry, or ``null``): guessed later from its normal
UNKNOWN = 255

SURFACE_TYPES = ("MultiSurface", "CompositeSurface")
SOLID_TYPES = ("Solid",)
MULTISOLID_TYPES = ("MultiSolid", "CompositeSolid")
SUPPORTED_TYPES = SURFACE_TYPES + SOLID_TYPES + MULTISOLID_TYPES


class MalformedGeometry(ValueError):
    """A geometry whose structure does not match its type (message says how)."""


class RingStore:
    """Flat arrays of surfaces: ring indices, ring lengths, rings per surface, owner, semantic code."""

    def __init__(self):
        self.indices: list[int] = []
        self.ring_lengths: list[int] = []
        self.surface_rings: list[int] = []
        self.owner: list[int] = []
        self.semantic: list[int] = []
        # (owner, first index position, end position, label) per geometry, to name bad objects
        self.spans: list[tuple[int, int, int, str]] = []

    def add_geometry(self, geom: dict, owner: int, label: str) -> None:
        start = len(self.indices)
        gtype = geom.get("type")
        boundaries = geom.get("boundaries")
        if not isinstance(boundaries, list):
            raise MalformedGeometry(translate("io", "{where}: 'boundaries' is not a list").format(where=label))
        codes = _semantic_codes(geom.get("semantics"), label)
        values = geom.get("semantics", {}).get("values") if codes is not None else None
        if gtype in SURFACE_TYPES:
            self._surfaces(boundaries, values, codes, owner, label)
        elif gtype in SOLID_TYPES:
            self._solid(boundaries, values, codes, owner, label)
        elif gtype in MULTISOLID_TYPES:
            for i, solid in enumerate(boundaries):
                if not isinstance(solid, list):
                    raise MalformedGeometry(translate("io", "{where}: solid #{n} is not a list").format(where=label, n=i))
                self._solid(solid, _sub(values, i), codes, owner, label)
        else:
            raise MalformedGeometry(translate("io", "{where}: unsupported geometry type {kind!r}").format(where=label, kind=gtype))
        self.spans.append((owner, start, len(self.indices), label))

    def _solid(self, shells, values, codes, owner, label):
        for i, shell in enumerate(shells):
            if not isinstance(shell, list):
                raise MalformedGeometry(translate("io", "{where}: shell #{n} is not a list").format(where=label, n=i))
            self._surfaces(shell, _sub(values, i), codes, owner, label)

    def _surfaces(self, surfaces, values, codes, owner, label):
        idx, rlen = self.indices, self.ring_lengths
        for i, surface in enumerate(surfaces):
            if not isinstance(surface, list) or not surface:
                raise MalformedGeometry(translate("io", "{where}: surface #{n} is not a list of rings").format(where=label, n=i))
            for ring in surface:
                if not isinstance(ring, list):
                    raise MalformedGeometry(
                        translate("io", "{where}: surface #{n} has a ring that is not a list of vertex indices").format(
                            where=label, n=i
                        )
                    )
                idx.extend(ring)
                rlen.append(len(ring))
            self.surface_rings.append(len(surface))
            self.owner.append(owner)
            code = UNKNOWN  # no semantics for this surface (null): guessed from its normal later
            if codes is not None:
                v = _sub(values, i)
                if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < len(codes):
                    code = codes[v]
            self.semantic.append(code)

    def __len__(self) -> int:
        return len(self.surface_rings)


def _sub(values, i):
    if isinstance(values, list) and i < len(values):
        return values[i]
    return None


def _semantic_codes(semantics, label) -> list[int] | None:
    if semantics is None:
        return None
    if not isinstance(semantics, dict):
        raise MalformedGeometry(translate("io", "{where}: 'semantics' is not an object").format(where=label))
    surfaces = semantics.get("surfaces")
    if not isinstance(surfaces, list):
        raise MalformedGeometry(translate("io", "{where}: 'semantics.surfaces' is not a list").format(where=label))
    codes = []
    for s in surfaces:
        t = s.get("type") if isinstance(s, dict) else None
        codes.append(SEMANTIC_CODES.get(t, SURFACE_OTHER) if isinstance(t, str) else SURFACE_OTHER)
    return codes


def checked_indices(store: RingStore, n_vert: int, path) -> np.ndarray:
    """The store's vertex indices as int64, checked to be integers within range."""
    if not store.indices:
        return np.zeros(0, np.int64)
    try:
        arr = np.array(store.indices)
    except (TypeError, ValueError):
        arr = np.array([0.5])
    if arr.dtype.kind not in "iu" or arr.ndim != 1:
        label = _first_bad(store, lambda i: not (isinstance(i, int) and not isinstance(i, bool) and -(2**62) < i < 2**62))
        raise InputError(
            path, translate("io", "{where}: boundaries must hold vertex indices (whole numbers)").format(where=label)
        )
    arr = arr.astype(np.int64, copy=False)
    bad = (arr < 0) | (arr >= n_vert)
    if bad.any():
        pos = int(np.flatnonzero(bad)[0])
        label = next(lab for _, s, e, lab in store.spans if s <= pos < e)
        raise InputError(
            path,
            translate("io", "{where}: vertex index {index} is out of range (the file has {n} vertices)").format(
                where=label, index=int(arr[pos]), n=n_vert
            ),
        )
    return arr


def _first_bad(store: RingStore, is_bad) -> str:
    for _, s, e, label in store.spans:
        if any(is_bad(i) for i in store.indices[s:e]):
            return label
    return translate("io", "a geometry")
