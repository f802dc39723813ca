"""Triangulate many planar 3D polygons (with holes) at once.

Input is flat, the way a CityJSON reader collects surfaces: one array of
vertex indices for all rings, the length of each ring and the number of rings
of each surface (outer ring first, then holes).  Output: triangles as vertex
indices into the same vertex array, each with the index of its surface.

Triangles and convex-or-not quads (most walls) are split with numpy; any
other polygon is projected onto its best-fit plane (Newell normal of the outer
ring) and cut with earcut (``mapbox_earcut``), holes included.  Every triangle
is then turned to face the same way as its polygon (CityJSON: outward), and
degenerate triangles are dropped.  Vertices are local metres (float64).
"""

from __future__ import annotations

from dataclasses import dataclass

import mapbox_earcut
import numpy as np

_AREA_EPS = 1e-10  # m2 (x2): triangles smaller than this are degenerate


@dataclass
class Triangulation:
    faces: np.ndarray          # (m, 3) int64 vertex indices
    surface: np.ndarray        # (m,) int64 index of the surface each face came from
    dropped_surfaces: int      # surfaces with fewer than 3 distinct points or no area


def _segments_sum(values: np.ndarray, starts: np.ndarray, n_total: int) -> np.ndarray:
    """Sum of ``values`` rows over the segments beginning at ``starts`` (all non-empty)."""
    if starts.size == 0:
        return np.zeros((0,) + values.shape[1:])
    return np.add.reduceat(values, starts, axis=0)


def triangulate_rings(
    vertices: np.ndarray,
    ring_indices: np.ndarray,
    ring_lengths: np.ndarray,
    surface_rings: np.ndarray,
) -> Triangulation:
    """Triangulate surfaces given as flat ring arrays.

    Parameters
    ----------
    vertices: ``(n, 3)`` float64, local metres.
    ring_indices: ``(k,)`` int vertex indices of all rings, concatenated.
    ring_lengths: ``(r,)`` number of indices in each ring (sums to ``k``).
    surface_rings: ``(s,)`` number of rings per surface (sums to ``r``); the
        first ring of a surface is its outer boundary, the others are holes.
    """
    idx = np.asarray(ring_indices, dtype=np.int64)
    rlen = np.asarray(ring_lengths, dtype=np.int64)
    srings = np.asarray(surface_rings, dtype=np.int64)
    n_surf = srings.shape[0]
    empty = Triangulation(np.zeros((0, 3), np.int64), np.zeros(0, np.int64), n_surf)
    if n_surf == 0 or idx.size == 0:
        return empty

    ring_surface = np.repeat(np.arange(n_surf), srings)
    ring_start = np.concatenate([[0], np.cumsum(rlen)[:-1]])
    is_outer = np.zeros(rlen.shape[0], bool)
    surf_first_ring = np.concatenate([[0], np.cumsum(srings)[:-1]])
    is_outer[surf_first_ring[srings > 0]] = True

    # drop a repeated closing vertex (rings are open in CityJSON, but some files close them)
    ends = ring_start + rlen - 1
    closed = (rlen >= 2) & (idx[np.minimum(ends, idx.size - 1)] == idx[ring_start])
    if closed.any():
        keep = np.ones(idx.size, bool)
        keep[ends[closed]] = False
        idx = idx[keep]
        rlen = rlen - closed
        ring_start = np.concatenate([[0], np.cumsum(rlen)[:-1]])

    # rings with fewer than 3 points: a bad outer ring drops its surface, a bad hole is ignored
    short = rlen < 3
    surf_ok = np.ones(n_surf, bool)
    surf_ok[ring_surface[short & is_outer]] = False
    if (srings == 0).any():
        surf_ok[srings == 0] = False
    ring_keep = ~short & surf_ok[ring_surface]
    if not ring_keep.all():
        vkeep = np.repeat(ring_keep, rlen)
        idx = idx[vkeep]
        rlen = rlen[ring_keep]
        ring_surface = ring_surface[ring_keep]
        is_outer = is_outer[ring_keep]
        ring_start = np.concatenate([[0], np.cumsum(rlen)[:-1]])
    if rlen.size == 0:
        return empty

    pts = vertices[idx]
    # Newell normal (area vector) of every ring, relative to its first point for precision
    # (temporaries freed as soon as they are used: this is the peak memory of a large load)
    p = pts - np.repeat(pts[ring_start], rlen, axis=0)
    nxt = np.arange(idx.size) + 1
    nxt[ring_start + rlen - 1] = ring_start
    cross = np.cross(p, p[nxt])
    del p, nxt
    ring_normal = 0.5 * _segments_sum(cross, ring_start, idx.size)
    del cross
    outer_rings = np.flatnonzero(is_outer)
    surf_of_outer = ring_surface[outer_rings]
    normal = np.zeros((n_surf, 3))
    normal[surf_of_outer] = ring_normal[outer_rings]
    area = np.linalg.norm(normal, axis=1)
    surf_ok &= area > _AREA_EPS * 0.5
    n_rings_now = np.bincount(ring_surface, minlength=n_surf)

    single = surf_ok & (n_rings_now == 1)
    outer_len = np.zeros(n_surf, np.int64)
    outer_start = np.zeros(n_surf, np.int64)
    outer_len[surf_of_outer] = rlen[outer_rings]
    outer_start[surf_of_outer] = ring_start[outer_rings]
    tri = np.flatnonzero(single & (outer_len == 3))
    quad = np.flatnonzero(single & (outer_len == 4))
    general = np.flatnonzero(surf_ok & ~((n_rings_now == 1) & ((outer_len == 3) | (outer_len == 4))))
    g_faces, g_surf = (
        _earcut_surfaces(general, normal, pts, idx, rlen, ring_start, ring_surface)
        if general.size
        else (np.zeros((0, 3), np.int64), np.zeros(0, np.int64))
    )
    del pts

    # faces are written straight into surface order (the order of the input)
    n_faces = np.zeros(n_surf, np.int64)
    n_faces[tri] = 1
    n_faces[quad] = 2
    n_faces += np.bincount(g_surf, minlength=n_surf)
    first_face = _starts(n_faces)
    total = int(n_faces.sum())
    if total == 0:
        return empty
    faces = np.empty((total, 3), np.int64)
    if tri.size:
        s = outer_start[tri]
        faces[first_face[tri]] = np.stack([idx[s], idx[s + 1], idx[s + 2]], axis=1)
    if quad.size:
        s = outer_start[quad]
        a, b, c, d = idx[s], idx[s + 1], idx[s + 2], idx[s + 3]
        va, vb, vc, vd = vertices[a], vertices[b], vertices[c], vertices[d]
        n = normal[quad]
        # split along a-c when both halves turn the polygon's way, else along b-d
        ok02 = (np.einsum("ij,ij->i", np.cross(vb - va, vc - va), n) > 0) & (
            np.einsum("ij,ij->i", np.cross(vc - va, vd - va), n) > 0
        )
        del va, vb, vc, vd
        q0 = first_face[quad]
        faces[q0] = np.where(ok02[:, None], np.stack([a, b, c], 1), np.stack([a, b, d], 1))
        faces[q0 + 1] = np.where(ok02[:, None], np.stack([a, c, d], 1), np.stack([b, c, d], 1))
    if g_surf.size:  # earcut's faces come per surface, surfaces ascending
        g_first = np.searchsorted(g_surf, g_surf, side="left")
        faces[first_face[g_surf] + np.arange(g_surf.size) - g_first] = g_faces
    del g_faces, g_surf
    fsurf = np.repeat(np.arange(n_surf), n_faces)

    # orient like the polygon, drop slivers
    t = vertices[faces]
    tn = np.cross(t[:, 1] - t[:, 0], t[:, 2] - t[:, 0])
    del t
    good = np.linalg.norm(tn, axis=1) > _AREA_EPS
    flip = np.einsum("ij,ij->i", tn, normal[fsurf]) < 0
    faces[flip] = faces[flip][:, [0, 2, 1]]
    faces, fsurf = faces[good], fsurf[good]
    return Triangulation(faces, fsurf, int(n_surf - np.count_nonzero(np.bincount(fsurf, minlength=n_surf))))


def _starts(counts: np.ndarray) -> np.ndarray:
    """Exclusive running sum: where each segment of ``counts`` begins."""
    out = np.zeros(counts.size, np.int64)
    if counts.size > 1:
        np.cumsum(counts[:-1], out=out[1:])
    return out


def _earcut_surfaces(surfaces, normal, pts, idx, rlen, ring_start, ring_surface):
    """Earcut each surface in its best-fit plane; returns (faces, surface ids)."""
    n_hat = normal[surfaces] / np.linalg.norm(normal[surfaces], axis=1)[:, None]
    helper = np.where(np.abs(n_hat[:, 2:3]) < 0.9, [[0.0, 0.0, 1.0]], [[1.0, 0.0, 0.0]])
    u = np.cross(helper, n_hat)
    u /= np.linalg.norm(u, axis=1)[:, None]
    v = np.cross(n_hat, u)

    # rings of each general surface are contiguous in the flat arrays
    first_ring = np.searchsorted(ring_surface, surfaces, side="left")
    last_ring = np.searchsorted(ring_surface, surfaces, side="right")
    a = ring_start[first_ring]
    b = ring_start[last_ring - 1] + rlen[last_ring - 1]
    # 2D coordinates of every vertex of these surfaces in its plane, in one go
    counts = b - a
    owner = np.repeat(np.arange(surfaces.size), counts)
    pos = np.repeat(a - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts) + np.arange(counts.sum())
    p = pts[pos] - pts[a][owner]
    xy = np.empty((pos.size, 2))
    xy[:, 0] = np.einsum("ij,ij->i", p, u[owner])
    xy[:, 1] = np.einsum("ij,ij->i", p, v[owner])
    gidx = idx[pos]
    # ring ends relative to the surface's first vertex, all rings of the general surfaces in a row
    n_rings = last_ring - first_ring
    ring_sel = np.repeat(first_ring - np.concatenate([[0], np.cumsum(n_rings)[:-1]]), n_rings) + np.arange(n_rings.sum())
    rel_ends = (ring_start[ring_sel] + rlen[ring_sel] - np.repeat(a, n_rings)).astype(np.uint32)
    ring_off = np.concatenate([[0], np.cumsum(n_rings)]).tolist()
    offsets = np.concatenate([[0], np.cumsum(counts)])
    off = offsets.tolist()
    earcut = mapbox_earcut.triangulate_float64
    # the loop only calls earcut: index mapping happens once afterwards
    tris = [earcut(xy[off[k] : off[k + 1]], rel_ends[ring_off[k] : ring_off[k + 1]]) for k in range(surfaces.size)]
    n_tri = np.fromiter((t.size for t in tris), np.int64, len(tris)) // 3
    if not n_tri.any():
        return np.zeros((0, 3), np.int64), np.zeros(0, np.int64)
    local = np.concatenate(tris).astype(np.int64)
    del tris
    local += np.repeat(offsets[:-1], 3 * n_tri)
    return gidx[local].reshape(-1, 3), np.repeat(surfaces, n_tri)
