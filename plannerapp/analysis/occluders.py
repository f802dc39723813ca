"""The triangles that cast shadows in an analysis.

The scene for an analysis is the status-quo context minus demolished
buildings plus the active scheme's buildings (:meth:`Scheme.built_city`).
All coordinates are LOCAL metres (world = local + ``City.origin``).
"""

from __future__ import annotations

import numpy as np

from plannerapp.geometry.mesh import Mesh


def occluder_mesh(city) -> Mesh:
    """One :class:`Mesh` with every building's triangles (local metres)."""
    return Mesh.concatenate([b.geometry for b in city.buildings if b.geometry.n_faces])


def occluder_city(context, scheme=None):
    """The city as seen by an analysis: *context*, or *scheme* built on it."""
    return context if scheme is None else scheme.built_city(context)


def building_face_ranges(city) -> np.ndarray:
    """``(len(city)+1,)`` offsets: faces of building ``i`` in :func:`occluder_mesh`
    are ``offsets[i]:offsets[i+1]`` (empty buildings have an empty range)."""
    counts = [b.geometry.n_faces for b in city.buildings]
    return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)


def occlusion_scene(city, backend: str = "embree", **kw):
    """An :class:`~plannerapp.analysis.raycast.OcclusionScene` over *city*'s buildings."""
    from plannerapp.analysis.raycast import OcclusionScene

    return OcclusionScene.from_mesh(occluder_mesh(city), backend, **kw)
