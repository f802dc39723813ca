"""Per-building outline segments and finding which buildings changed (numpy, pyvista for VTK arrays; no Qt).

:class:`OutlineStore` keeps each building's outline segments contiguous in
one buffer and splices buildings in and out.  :func:`changed_buildings`
compares a :class:`GeometrySnapshot` (a private copy of the merged city
arrays, see :mod:`plannerapp.scene.citymesh`) with the live mesh and returns
the buildings whose vertices, triangles or surface codes differ.  Used by
:class:`plannerapp.scene.edges.EdgesLayer`.  Coordinates are local metres.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyvista as pv
from vtkmodules.util.numpy_support import numpy_to_vtkIdTypeArray
from vtkmodules.vtkCommonDataModel import vtkCellArray


def _differing_rows(new: np.ndarray, old: np.ndarray) -> np.ndarray:
    """Row numbers where two ``(n, 3)`` arrays differ (may repeat; flat comparison is faster than ``any(axis=1)``)."""
    return np.flatnonzero(new.ravel() != old.ravel()) // 3


def index_ranges(starts: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated ``starts[i]:starts[i+1]`` for ``i`` in *idx*, and their lengths."""
    lo, lens = starts[idx], starts[idx + 1] - starts[idx]
    total = int(lens.sum())
    if total == 0:
        return np.zeros(0, np.int64), lens
    shift = np.repeat(lo - (np.cumsum(lens) - lens), lens)
    return np.arange(total, dtype=np.int64) + shift, lens


@dataclass
class GeometrySnapshot:
    """A private copy of the geometry last outlined (the live arrays are edited in place)."""

    version: int
    ids: list
    points: np.ndarray
    faces: np.ndarray
    semantics: np.ndarray
    point_starts: np.ndarray
    cell_starts: np.ndarray

    @classmethod
    def of(cls, mesh) -> "GeometrySnapshot":
        a = mesh.arrays
        return cls(mesh.version, list(a.ids), a.points.copy(), a.faces.copy(), a.semantics.copy(),
                   a.point_starts.copy(), a.cell_starts.copy())


def changed_buildings(snap: GeometrySnapshot | None, mesh) -> tuple[np.ndarray, list[str]]:
    """Buildings of *mesh* whose triangles differ from *snap*: ``(new indices, removed ids)``.

    Three paths, cheapest first: the same mesh version (only points were
    overwritten in place) compares the points; a splice (kept buildings in
    their old order, then appended ones) compares the kept prefix with the
    old arrays minus the removed buildings; anything else matches buildings
    by id and compares their vertices, triangles and surface codes.
    """
    a = mesh.arrays
    n = len(a.ids)
    if snap is None:
        return np.arange(n), []
    if snap.version == mesh.version and snap.points.shape == a.points.shape:
        rows = _differing_rows(a.points, snap.points)
        return np.unique(np.searchsorted(a.point_starts, rows, side="right") - 1), []
    present = set(a.ids)
    keep = np.fromiter((b in present for b in snap.ids), bool, len(snap.ids))
    kept_ids = [b for b, k in zip(snap.ids, keep) if k]
    removed = [b for b, k in zip(snap.ids, keep) if not k]
    k = len(kept_ids)
    nv_old, nf_old = np.diff(snap.point_starts)[keep], np.diff(snap.cell_starts)[keep]
    if (a.ids[:k] == kept_ids and np.array_equal(np.diff(a.point_starts[:k + 1]), nv_old)
            and np.array_equal(np.diff(a.cell_starts[:k + 1]), nf_old)):
        return np.concatenate([_splice_changes(a, snap, keep, k), np.arange(k, n)]), removed
    return _matched_changes(a, snap), removed


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """``(start, stop)`` of each run of True in a bool array."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.view(np.int8), [0]])))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist()))


def _splice_changes(a, snap: GeometrySnapshot, keep: np.ndarray, k: int) -> np.ndarray:
    """Which of the first *k* buildings of *a* (= the *keep* ones of *snap*, same order and sizes) differ.

    Compares each run of kept buildings as one contiguous slice: a kept
    building's vertex indices move by as much as its points moved.
    """
    bad = []
    j0 = 0
    for i0, i1 in _runs(keep):
        op0, op1, np0 = snap.point_starts[i0], snap.point_starts[i1], a.point_starts[j0]
        oc0, oc1, nc0 = snap.cell_starts[i0], snap.cell_starts[i1], a.cell_starts[j0]
        bad_pts = _differing_rows(a.points[np0:np0 + op1 - op0], snap.points[op0:op1])
        new_faces, old_faces = a.faces[nc0:nc0 + oc1 - oc0], snap.faces[oc0:oc1]
        shift = int(np0 - op0)
        bad_cells = (_differing_rows(new_faces, old_faces + shift) if shift else _differing_rows(new_faces, old_faces))
        bad_sem = np.flatnonzero(a.semantics[nc0:nc0 + oc1 - oc0] != snap.semantics[oc0:oc1])
        bad += [np.searchsorted(a.point_starts, bad_pts + np0, side="right") - 1,
                a.building_index[np.concatenate([bad_cells, bad_sem]) + nc0].astype(np.int64)]
        j0 += i1 - i0
    return np.unique(np.concatenate(bad)) if bad else np.zeros(0, np.int64)


def _matched_changes(a, snap: GeometrySnapshot) -> np.ndarray:
    """Buildings of *a* that are new or differ from the building of the same id in *snap*."""
    n = len(a.ids)
    old_pos = {b: i for i, b in enumerate(snap.ids)}
    new_idx = np.fromiter((old_pos.get(b, -1) for b in a.ids), np.int64, n)
    matched = np.flatnonzero(new_idx >= 0)
    old = new_idx[matched]
    same = ((np.diff(a.point_starts)[matched] == np.diff(snap.point_starts)[old])
            & (np.diff(a.cell_starts)[matched] == np.diff(snap.cell_starts)[old]))
    m_new, m_old = matched[same], old[same]
    differs = np.zeros(m_new.shape[0], bool)
    pn, lens = index_ranges(a.point_starts, m_new)
    po, _ = index_ranges(snap.point_starts, m_old)
    if pn.size:
        bad = (a.points[pn] != snap.points[po]).any(axis=1)
        differs |= np.bincount(np.repeat(np.arange(m_new.shape[0]), lens), weights=bad,
                               minlength=m_new.shape[0]) > 0
    cn, clens = index_ranges(a.cell_starts, m_new)
    co, _ = index_ranges(snap.cell_starts, m_old)
    if cn.size:
        owner = np.repeat(np.arange(m_new.shape[0]), clens)
        rel_new = a.faces[cn] - a.point_starts[m_new][owner][:, None]
        rel_old = snap.faces[co] - snap.point_starts[m_old][owner][:, None]
        bad = (rel_new != rel_old).any(axis=1) | (a.semantics[cn] != snap.semantics[co])
        differs |= np.bincount(owner, weights=bad, minlength=m_new.shape[0]) > 0
    fresh = np.ones(n, bool)
    fresh[m_new[~differs]] = False
    return np.flatnonzero(fresh)


class OutlineStore:
    """Outline segments of many buildings, contiguous per building.

    ``segments[starts[k]:starts[k+1]]`` are the segments of building
    ``ids[k]`` (``(N, 2, 3)`` float64, local m).  The order of buildings is
    the store's own: new and re-shaped buildings go to the end, into spare
    capacity when there is some; removed ones are closed up in place.
    """

    def __init__(self):
        self.ids: list[str] = []
        self.pos: dict[str, int] = {}
        self.starts = np.zeros(1, np.int64)
        self._buf = np.zeros((0, 2, 3))
        self._n = 0
        self._conn = np.zeros(0, np.int64)
        self._offsets = np.zeros(1, np.int64)

    @property
    def segments(self) -> np.ndarray:
        return self._buf[:self._n]

    def update(self, ids: list[str], segments: np.ndarray, owner: np.ndarray, removed=()) -> bool:
        """Set buildings *ids* to their *segments* (``owner`` = position in *ids*), drop *removed*.

        Returns True when the segments were overwritten in place (same count
        per building, nothing removed or added), False when re-spliced.
        """
        order = np.argsort(owner, kind="stable")
        segments, owner = segments[order], owner[order]
        counts = np.bincount(owner, minlength=len(ids)).astype(np.int64)
        starts = np.zeros(len(ids) + 1, np.int64)
        np.cumsum(counts, out=starts[1:])
        old = [self.pos.get(b) for b in ids]
        if not removed and all(k is not None and self.starts[k + 1] - self.starts[k] == c for k, c in zip(old, counts)):
            for j, k in enumerate(old):
                self._buf[self.starts[k]:self.starts[k + 1]] = segments[starts[j]:starts[j + 1]]
            return True
        kept = np.ones(len(self.ids), bool)
        for b in list(ids) + list(removed):
            k = self.pos.get(b)
            if k is not None:
                kept[k] = False
        if not kept.all():
            w = 0
            for i0, i1 in _runs(kept):       # close up the gaps
                s0, s1 = self.starts[i0], self.starts[i1]
                if w != s0:
                    self._buf[w:w + s1 - s0] = self._buf[s0:s1]
                w += s1 - s0
            self._n = w
            self.ids = [b for b, k in zip(self.ids, kept) if k]
            kept_counts = np.diff(self.starts)[kept]
        else:
            kept_counts = np.diff(self.starts)
        m = segments.shape[0]
        if self._n + m > self._buf.shape[0]:
            buf = np.empty((self._n + m + max((self._n + m) // 8, 4096), 2, 3))
            buf[:self._n] = self._buf[:self._n]
            self._buf = buf
        self._buf[self._n:self._n + m] = segments
        self._n += m
        self.ids = self.ids + list(ids)
        self.pos = {b: k for k, b in enumerate(self.ids)}
        self.starts = np.zeros(len(self.ids) + 1, np.int64)
        np.cumsum(np.concatenate([kept_counts, counts]), out=self.starts[1:])
        return False

    def polydata(self, pd: pv.PolyData | None = None) -> pv.PolyData:
        """The segments as 2-point lines in *pd* (or a new PolyData).

        The points share the store's memory (an in-place update only needs
        ``Modified()``); the line cells are views of cached index ranges.
        """
        pd = pv.PolyData() if pd is None else pd
        n = self.segments.shape[0]
        if self._conn.shape[0] < 2 * n:
            cap = 2 * n + 2048
            self._conn = np.arange(cap, dtype=np.int64)
            self._offsets = np.arange(0, cap + 1, 2, dtype=np.int64)
        pd.points = self.segments.reshape(-1, 3) if n else np.zeros((0, 3))
        self._cell_arrays = (self._offsets[:n + 1], self._conn[:2 * n])   # VTK reads these without copying
        cells = vtkCellArray()
        cells.SetData(numpy_to_vtkIdTypeArray(self._cell_arrays[0], deep=False),
                      numpy_to_vtkIdTypeArray(self._cell_arrays[1], deep=False))
        pd.SetLines(cells)
        return pd
