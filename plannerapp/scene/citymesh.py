"""The whole city as ONE merged triangle mesh (pyvista, no Qt).

Drawing 10,000 buildings as 10,000 actors is slow in VTK; one PolyData with
all triangles and a per-cell ``building_index`` array stays interactive.
Coordinates are the model's LOCAL metres (z up), never projected ones.

* :func:`merge_meshes` is pure numpy (it may run on a worker thread): it
  concatenates the building meshes and returns arrays plus per-building
  cell and point ranges.
* :class:`CityMesh` wraps the arrays in a ``pyvista.PolyData`` with cell
  arrays ``building_index`` (int32, position in :attr:`CityMesh.ids`) and
  ``semantics`` (uint8 ``SURFACE_*`` codes of :mod:`plannerapp.geometry.mesh`).
  It can replace, add and remove buildings while keeping the same PolyData
  object, so the actor that draws it stays (see :class:`plannerapp.scene.layer.CityLayer`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyvista as pv

from plannerapp.geometry.mesh import Mesh
from plannerapp.i18n import translate

INDEX_ARRAY = "building_index"
SEMANTICS_ARRAY = "semantics"


@dataclass
class MergedArrays:
    """Concatenated triangles of many buildings.

    ``cell_starts[i]:cell_starts[i+1]`` are building *i*'s triangles,
    ``point_starts[i]:point_starts[i+1]`` its vertices (both ``(n+1,) int64``).
    """

    ids: list[str]
    points: np.ndarray        # (P, 3) float64, local metres
    faces: np.ndarray         # (F, 3) int64 indices into points
    semantics: np.ndarray     # (F,) uint8
    building_index: np.ndarray  # (F,) int32
    cell_starts: np.ndarray
    point_starts: np.ndarray


def merge_meshes(ids: Sequence[str], meshes: Sequence[Mesh]) -> MergedArrays:
    """Concatenate *meshes* (one per id, may be empty) into one set of arrays."""
    n = len(meshes)
    nv = np.fromiter((m.vertices.shape[0] for m in meshes), np.int64, n)
    nf = np.fromiter((m.faces.shape[0] for m in meshes), np.int64, n)
    point_starts = np.zeros(n + 1, np.int64)
    np.cumsum(nv, out=point_starts[1:])
    cell_starts = np.zeros(n + 1, np.int64)
    np.cumsum(nf, out=cell_starts[1:])
    if n == 0 or cell_starts[-1] == 0:
        points = np.zeros((0, 3))
        faces = np.zeros((0, 3), np.int64)
        sem = np.zeros(0, np.uint8)
    else:
        points = np.concatenate([m.vertices for m in meshes])
        faces = np.concatenate([m.faces for m in meshes])
        faces += np.repeat(point_starts[:-1], nf)[:, None]
        sem = np.concatenate([m.semantics for m in meshes])
    index = np.repeat(np.arange(n, dtype=np.int32), nf)
    return MergedArrays(list(ids), points, faces, sem, index, cell_starts, point_starts)


def merge_buildings(buildings: Iterable, progress=None, cancelled=None) -> MergedArrays:
    """Merge ``Building.geometry`` of *buildings* (computes lazy extrusions).

    Safe on a worker thread (numpy only).  ``progress(fraction, text)`` is
    called every few hundred buildings; ``cancelled()`` stops early by
    raising ``InterruptedError``.
    """
    buildings = list(buildings)
    meshes = []
    step = max(1, len(buildings) // 50)
    for i, b in enumerate(buildings):
        meshes.append(b.geometry)
        if i % step == 0:
            if cancelled is not None and cancelled():
                raise InterruptedError("cancelled")
            if progress is not None:
                progress(i / max(1, len(buildings)), translate("scene", "Meshing buildings\u2026"))
    return merge_meshes([b.id for b in buildings], meshes)


def _faces_to_vtk(faces: np.ndarray) -> np.ndarray:
    """``(F, 3)`` -> VTK legacy cell array ``[3, a, b, c, 3, ...]``."""
    out = np.empty((faces.shape[0], 4), np.int64)
    out[:, 0] = 3
    out[:, 1:] = faces
    return out.ravel()


class CityMesh:
    """A PolyData of many buildings with per-building ranges.

    ``polydata`` keeps its identity across :meth:`replace`, :meth:`add` and
    :meth:`remove`, so an actor created from it only needs a re-render.
    """

    def __init__(self, merged: MergedArrays | None = None):
        self.polydata = pv.PolyData()
        self._set(merged or merge_meshes([], []))

    @classmethod
    def from_buildings(cls, buildings: Iterable) -> "CityMesh":
        return cls(merge_buildings(buildings))

    # -- queries ---------------------------------------------------------------------
    @property
    def ids(self) -> list[str]:
        return list(self._arrays.ids)

    @property
    def n_buildings(self) -> int:
        return len(self._arrays.ids)

    @property
    def n_triangles(self) -> int:
        return int(self._arrays.faces.shape[0])

    @property
    def arrays(self) -> MergedArrays:
        return self._arrays

    def geometry_key(self) -> tuple[int, int]:
        """Changes whenever triangles or vertex positions change (not on recolouring).

        Caches of derived geometry (pick locator, outlines, LOD boxes) compare it;
        code that overwrites points in place must call ``Modified()`` on them.
        """
        pts = self.polydata.GetPoints()
        return (self.version, pts.GetMTime() if pts is not None else 0)

    def index_of(self, building_id: str) -> int:
        return self._pos[str(building_id)]

    def cell_range(self, building_id: str) -> tuple[int, int]:
        """``(start, stop)`` cell ids of *building_id*'s triangles."""
        i = self.index_of(building_id)
        cs = self._arrays.cell_starts
        return int(cs[i]), int(cs[i + 1])

    def building_id_of_cell(self, cell_id: int) -> str | None:
        if cell_id is None or cell_id < 0 or cell_id >= self.n_triangles:
            return None
        return self._arrays.ids[int(self._arrays.building_index[cell_id])]

    def cells_of(self, building_ids: Iterable[str]) -> np.ndarray:
        """Cell ids (int64) of the given buildings (unknown ids are ignored)."""
        cs = self._arrays.cell_starts
        parts = [np.arange(cs[self._pos[b]], cs[self._pos[b] + 1]) for b in building_ids if b in self._pos]
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)

    def bounds_of(self, building_ids: Iterable[str]) -> np.ndarray | None:
        """``[xmin, xmax, ymin, ymax, zmin, zmax]`` (VTK order, local m) or ``None``."""
        a = self._arrays
        pts = []
        for b in building_ids:
            i = self._pos.get(b)
            if i is not None and a.point_starts[i + 1] > a.point_starts[i]:
                pts.append(a.points[a.point_starts[i]:a.point_starts[i + 1]])
        if not pts:
            return None
        p = np.concatenate(pts)
        lo, hi = p.min(axis=0), p.max(axis=0)
        return np.array([lo[0], hi[0], lo[1], hi[1], lo[2], hi[2]])

    def per_cell(self, per_building: np.ndarray) -> np.ndarray:
        """Spread a ``(n_buildings,)`` array to one value per cell."""
        return np.asarray(per_building)[self._arrays.building_index]

    # -- edits -----------------------------------------------------------------------
    def replace(self, ids: Sequence[str], meshes: Sequence[Mesh]) -> None:
        """Give buildings *ids* new geometry (same building order).

        When every new mesh has the same vertex and face counts as the old
        one (a move, a height change of a prism) the points are overwritten
        in place; otherwise the arrays are spliced.
        """
        a = self._arrays
        same = True
        for b, m in zip(ids, meshes):
            i = self._pos[b]
            if (a.point_starts[i + 1] - a.point_starts[i] != m.vertices.shape[0]
                    or a.cell_starts[i + 1] - a.cell_starts[i] != m.faces.shape[0]):
                same = False
                break
        if same:
            for b, m in zip(ids, meshes):
                i = self._pos[b]
                ps, cs = a.point_starts[i], a.cell_starts[i]
                a.points[ps:ps + m.vertices.shape[0]] = m.vertices
                a.faces[cs:cs + m.faces.shape[0]] = m.faces + ps
                a.semantics[cs:cs + m.faces.shape[0]] = m.semantics
            self._set(a)
            return
        new = dict(zip(ids, meshes))
        meshes_all = [new[b] if b in new else self._mesh_of(i) for i, b in enumerate(a.ids)]
        self._set(merge_meshes(a.ids, meshes_all))

    def add(self, ids: Sequence[str], meshes: Sequence[Mesh]) -> None:
        """Append new buildings at the end."""
        dup = [b for b in ids if b in self._pos]
        if dup:
            raise KeyError(f"buildings already present: {dup[:5]}")
        a = self._arrays
        old = [self._mesh_of(i) for i in range(len(a.ids))]
        self._set(merge_meshes(a.ids + [str(b) for b in ids], old + list(meshes)))

    def remove(self, ids: Iterable[str]) -> None:
        """Drop buildings (unknown ids are ignored)."""
        gone = {str(b) for b in ids}
        a = self._arrays
        keep = [i for i, b in enumerate(a.ids) if b not in gone]
        if len(keep) == len(a.ids):
            return
        self._set(merge_meshes([a.ids[i] for i in keep], [self._mesh_of(i) for i in keep]))

    # -- internals -------------------------------------------------------------------
    def _mesh_of(self, i: int) -> Mesh:
        a = self._arrays
        ps, pe = a.point_starts[i], a.point_starts[i + 1]
        cs, ce = a.cell_starts[i], a.cell_starts[i + 1]
        return Mesh(a.points[ps:pe], a.faces[cs:ce] - ps, a.semantics[cs:ce])

    def _set(self, arrays: MergedArrays) -> None:
        self.version = getattr(self, "version", 0) + 1   # geometry changes only (not colours)
        self._arrays = arrays
        self._pos = {b: i for i, b in enumerate(arrays.ids)}
        pd = self.polydata
        keep = {k: pd.cell_data[k] for k in pd.cell_data.keys()} if pd.n_cells == arrays.faces.shape[0] else {}
        pd.points = arrays.points if arrays.points.shape[0] else np.zeros((0, 3))
        pd.faces = _faces_to_vtk(arrays.faces)
        pd.cell_data[INDEX_ARRAY] = arrays.building_index
        pd.cell_data[SEMANTICS_ARRAY] = arrays.semantics
        for k, v in keep.items():
            if k not in (INDEX_ARRAY, SEMANTICS_ARRAY):
                pd.cell_data[k] = v
        pd.Modified()
