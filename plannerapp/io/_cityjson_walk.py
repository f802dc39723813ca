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
from plannerapp.io._cityjson_fast import NotPacked, PackedBoundaries

#: semantic code of a surface without semantics (none in its geometry, or ``null``): guessed later from its normal
UNKNOWN = 255

SURFACE_TYPES = ("MultiSurface", "CompositeSurface")
SOLID_TYPES = ("Solid",)
MULTISOLID_TYPES = ("MultiSolid", "CompositeSolid")
SUPPORTED_TYPES = SURFACE_TYPES + SOLID_TYPES + MULTISOLID_TYPES
#: nesting depth of the vertex indices in ``boundaries`` per type
LEAF_DEPTH = {**dict.fromkeys(SURFACE_TYPES, 3), **dict.fromkeys(SOLID_TYPES, 4), **dict.fromkeys(MULTISOLID_TYPES, 5)}


class MalformedGeometry(ValueError):
    """A geometry whose structure does not match its type (message says how)."""


class RingStore:
    """Flat arrays of surfaces: ring indices, ring lengths, rings per surface, owner, semantic code.

    Geometries whose boundaries are :class:`PackedBoundaries` (the fast parse)
    are collected and turned into arrays in one go by :meth:`finish`; the
    attributes are then numpy arrays instead of lists.  A store holds one kind
    or the other, never both.
    """

    def __init__(self):
        self.pending: list = []
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
        if not isinstance(boundaries, (list, PackedBoundaries)):
            raise MalformedGeometry(translate("io", "{where}: 'boundaries' is not a list").format(where=label))
        codes = _semantic_codes(geom.get("semantics"), label)
        values = geom.get("semantics", {}).get("values") if codes is not None else None
        if isinstance(boundaries, PackedBoundaries):
            if gtype not in LEAF_DEPTH or (self.indices and not self.pending):
                raise NotPacked(gtype)
            self.pending.append((boundaries, gtype, codes, values, owner, label))
            return
        if self.pending:
            raise NotPacked("mixed")
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

    def finish(self) -> None:
        """Turn the collected packed geometries into the flat arrays (no-op otherwise)."""
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        table = pending[0][0].table
        ks = np.fromiter((p[0].k for p in pending), np.int64, len(pending))
        leaf = np.fromiter((LEAF_DEPTH[p[1]] for p in pending), np.int64, len(pending))
        (idx, rlen, srings, groups_per_geom, surf_per_group, parent_of_group, n_idx) = table.gather(ks, leaf)
        group_geom = np.repeat(np.arange(len(pending)), groups_per_geom)
        surf_per_geom = np.bincount(group_geom, weights=surf_per_group, minlength=len(pending)).astype(np.int64)
        flat: list = []
        code_table: list[int] = []
        code_off: list[int] = []
        n_codes: list[int] = []
        g0 = 0
        spg = surf_per_group.tolist()
        pog = parent_of_group.tolist()
        for (_, gtype, codes, values, owner, label), ng, ns in zip(pending, groups_per_geom.tolist(), surf_per_geom.tolist()):
            code_off.append(len(code_table))
            n_codes.append(len(codes) if codes is not None else 0)
            if codes is None:
                flat.extend([None] * ns)
            else:
                code_table.extend(codes)
                rank, prev = 0, None
                for j in range(g0, g0 + ng):
                    if gtype in SURFACE_TYPES:
                        sv = values
                    elif gtype in SOLID_TYPES:
                        sv = _sub(values, j - g0)
                    else:
                        rank = rank + 1 if pog[j] == prev else 0
                        prev = pog[j]
                        sv = _sub(_sub(values, pog[j]), rank)
                    cnt = spg[j]
                    if isinstance(sv, list):
                        part = sv[:cnt]
                        flat.extend(part)
                        if len(part) < cnt:
                            flat.extend([None] * (cnt - len(part)))
                    else:
                        flat.extend([None] * cnt)
            g0 += ng
        geom_of_surf = np.repeat(np.arange(len(pending)), surf_per_geom)
        raw = np.fromiter((v if type(v) is int and 0 <= v < 2**31 else -1 for v in flat), np.int64, len(flat))
        ncodes = np.asarray(n_codes, np.int64)[geom_of_surf]
        ok = (raw >= 0) & (raw < ncodes)
        table_arr = np.asarray(code_table + [UNKNOWN], np.int64)
        pick = np.where(ok, np.asarray(code_off, np.int64)[geom_of_surf] + raw, len(code_table))
        self.semantic = table_arr[pick].astype(np.uint8)
        owners = np.fromiter((p[4] for p in pending), np.int64, len(pending))
        self.owner = np.repeat(owners, surf_per_geom)
        self.indices = idx
        self.ring_lengths = rlen
        self.surface_rings = srings
        ends = np.cumsum(n_idx).tolist()
        starts = [0] + ends[:-1]
        self.spans = [(p[4], s, e, p[5]) for p, s, e in zip(pending, starts, ends)]


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
    if len(store.indices) == 0:
        return np.zeros(0, np.int64)
    if isinstance(store.indices, np.ndarray):  # packed: whole numbers already
        arr = store.indices
    else:
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
