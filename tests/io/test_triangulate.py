"""Bulk triangulation: triangles and hole-free quads split with numpy give what earcut gives."""

from __future__ import annotations

import mapbox_earcut
import numpy as np
from datafiles import shared_file

from plannerapp.io import cityjson
from plannerapp.io.triangulate import triangulate_rings


def _area(vertices, faces):
    t = vertices[faces]
    return 0.5 * np.linalg.norm(np.cross(t[:, 1] - t[:, 0], t[:, 2] - t[:, 0]), axis=1)


def _earcut_one(vertices, ring):
    """Earcut of one hole-free polygon in its plane (the per-polygon path, for comparison)."""
    p = vertices[ring]
    n = np.zeros(3)
    for i in range(len(ring)):
        n += np.cross(p[i] - p[0], p[(i + 1) % len(ring)] - p[0])
    if np.linalg.norm(n) < 1e-10:  # no area: the surface is left out
        return np.zeros((0, 3), np.int64)
    n /= np.linalg.norm(n)
    u = np.cross([0.0, 0.0, 1.0] if abs(n[2]) < 0.9 else [1.0, 0.0, 0.0], n)
    u /= np.linalg.norm(u)
    v = np.cross(n, u)
    xy = np.stack([(p - p[0]) @ u, (p - p[0]) @ v], axis=1)
    tri = mapbox_earcut.triangulate_float64(xy, np.array([len(ring)], np.uint32)).reshape(-1, 3)
    return np.asarray(ring)[tri]


def test_a_concave_quad_is_split_along_the_inner_diagonal():
    # an arrowhead: the a-c diagonal lies outside, so b-d is used
    v = np.array([[0, 0, 0], [2, 1, 0], [4, 0, 0], [2, 3, 0]], float)
    out = triangulate_rings(v, [0, 1, 2, 3], [4], [1])
    assert out.faces.shape == (2, 3)
    assert _area(v, out.faces).sum() == 4.0  # 4 x 3 / 2 minus 4 x 1 / 2
    assert sorted(map(tuple, np.sort(out.faces, axis=1))) == [(0, 1, 3), (1, 2, 3)]


def test_triangles_and_quads_of_a_3dbag_tile_match_earcut(monkeypatch):
    captured = {}
    real = cityjson.triangulate_rings

    def spy(*args):
        captured["args"] = args
        captured["out"] = real(*args)
        return captured["out"]

    monkeypatch.setattr(cityjson, "triangulate_rings", spy)
    cityjson.read_cityjson(shared_file("3dbag-delft-lod22/3dbag_v210908_fd2cee53_5910.json"))
    v, idx, rlen, srings = captured["args"]
    out = captured["out"]
    idx, rlen, srings = np.asarray(idx), np.asarray(rlen), np.asarray(srings)
    first_ring = np.concatenate([[0], np.cumsum(srings)[:-1]])
    ring_start = np.concatenate([[0], np.cumsum(rlen)[:-1]])
    small = np.flatnonzero((srings == 1) & np.isin(rlen[first_ring], (3, 4)))
    assert small.size > 10_000  # most surfaces of a 3D BAG tile
    face_area = np.bincount(out.surface, weights=_area(v, out.faces), minlength=srings.size)
    n_faces = np.bincount(out.surface, minlength=srings.size)
    for s in small[:: max(1, small.size // 2000)]:
        ring = idx[ring_start[first_ring[s]] : ring_start[first_ring[s]] + rlen[first_ring[s]]]
        ref = _earcut_one(v, ring)
        ref = ref[_area(v, ref) > 1e-10]
        assert n_faces[s] == len(ref)
        assert abs(face_area[s] - _area(v, ref).sum()) < 1e-9
        mine = out.faces[out.surface == s]
        assert sorted(map(tuple, np.sort(mine, axis=1))) == sorted(map(tuple, np.sort(ref, axis=1)))
