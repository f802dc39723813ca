"""Triangle meshes as plain arrays, with a semantic code per face.

A :class:`Mesh` is an immutable value: ``vertices`` is ``(n, 3) float64`` in
metres in the *local* frame (see :mod:`plannerapp.geometry.origin`; z up),
``faces`` is ``(m, 3) int64`` indices into ``vertices``, and ``semantics`` is
``(m,) uint8`` with one of the ``SURFACE_*`` codes per face (CityJSON
RoofSurface / WallSurface / GroundSurface, or other).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SURFACE_OTHER = 0
SURFACE_ROOF = 1
SURFACE_WALL = 2
SURFACE_GROUND = 3

SURFACE_NAMES = {
    SURFACE_OTHER: "other",
    SURFACE_ROOF: "RoofSurface",
    SURFACE_WALL: "WallSurface",
    SURFACE_GROUND: "GroundSurface",
}
SEMANTIC_CODES = {
    "RoofSurface": SURFACE_ROOF,
    "WallSurface": SURFACE_WALL,
    "GroundSurface": SURFACE_GROUND,
    "OuterCeilingSurface": SURFACE_ROOF,
    "OuterFloorSurface": SURFACE_GROUND,
    "ClosureSurface": SURFACE_OTHER,
}


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    a.setflags(write=False)
    return a


@dataclass(frozen=True, eq=False)
class Mesh:
    vertices: np.ndarray
    faces: np.ndarray
    semantics: np.ndarray

    def __post_init__(self):
        v = np.asarray(self.vertices, dtype=np.float64).reshape(-1, 3)
        f = np.asarray(self.faces, dtype=np.int64).reshape(-1, 3)
        s = np.asarray(self.semantics, dtype=np.uint8).reshape(-1)
        if s.size == 0 and f.shape[0]:
            s = guess_semantics(v, f)
        if s.shape[0] != f.shape[0]:
            raise ValueError("one semantic code per face is required")
        object.__setattr__(self, "vertices", _frozen(v))
        object.__setattr__(self, "faces", _frozen(f))
        object.__setattr__(self, "semantics", _frozen(s))

    @classmethod
    def empty(cls) -> "Mesh":
        return cls(np.zeros((0, 3)), np.zeros((0, 3), np.int64), np.zeros(0, np.uint8))

    @property
    def n_faces(self) -> int:
        return int(self.faces.shape[0])

    @property
    def bounds(self) -> np.ndarray:
        """``[minx, miny, minz, maxx, maxy, maxz]`` (local metres); NaN when empty."""
        if self.vertices.shape[0] == 0:
            return np.full(6, np.nan)
        used = self.vertices[np.unique(self.faces)] if self.faces.size else self.vertices
        return np.concatenate([used.min(axis=0), used.max(axis=0)])

    def face_normals(self) -> np.ndarray:
        """Unit normals, ``(m, 3)``; zero for degenerate faces."""
        tri = self.vertices[self.faces]
        n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
        length = np.linalg.norm(n, axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            n = np.where(length[:, None] > 0, n / length[:, None], 0.0)
        return n

    def face_areas(self) -> np.ndarray:
        """Triangle areas in m2, ``(m,)``."""
        tri = self.vertices[self.faces]
        return 0.5 * np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1)

    def translated(self, dx: float, dy: float, dz: float = 0.0) -> "Mesh":
        return Mesh(self.vertices + np.array([dx, dy, dz]), self.faces, self.semantics)

    def rotated_z(self, angle_deg: float, cx: float, cy: float) -> "Mesh":
        """Rotate counter-clockwise by *angle_deg* about the vertical axis through (cx, cy)."""
        a = np.radians(angle_deg)
        c, s = np.cos(a), np.sin(a)
        v = self.vertices.copy()
        x, y = v[:, 0] - cx, v[:, 1] - cy
        v[:, 0] = cx + c * x - s * y
        v[:, 1] = cy + s * x + c * y
        return Mesh(v, self.faces, self.semantics)

    @staticmethod
    def concatenate(meshes: list["Mesh"]) -> "Mesh":
        meshes = [m for m in meshes if m.n_faces]
        if not meshes:
            return Mesh.empty()
        offsets = np.cumsum([0] + [m.vertices.shape[0] for m in meshes[:-1]])
        return Mesh(
            np.concatenate([m.vertices for m in meshes]),
            np.concatenate([m.faces + o for m, o in zip(meshes, offsets)]),
            np.concatenate([m.semantics for m in meshes]),
        )


def guess_semantics(vertices: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Roof / wall / ground from face orientation, for meshes without semantics.

    Up-facing faces (normal z > 0.3) are roofs, down-facing (z < -0.3) ground,
    the rest walls.
    """
    tri = vertices[faces]
    n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    length = np.linalg.norm(n, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        nz = np.where(length > 0, n[:, 2] / length, 0.0)
    out = np.full(faces.shape[0], SURFACE_WALL, np.uint8)
    out[nz > 0.3] = SURFACE_ROOF
    out[nz < -0.3] = SURFACE_GROUND
    return out
