"""Occlusion queries over a triangle scene: Embree (production) or exact numpy.

Build one :class:`OcclusionScene` per analysis and ask it, for batches of
rays, whether anything lies in the way::

    scene = OcclusionScene(mesh.vertices, mesh.faces)          # local metres
    hit = scene.occluded(points, sun_direction)                 # (k,) bool

Frames and precision
--------------------
Vertices and ray origins are LOCAL metres (world minus ``City.origin``).
Embree computes in float32, so coordinates are converted to float32 only
here, after the local origin has been subtracted (float32 resolves ~1 mm at
10 km from the origin).

Self-hits
---------
Each ray starts at ``origin + tnear * direction`` (``tnear`` in metres,
default 1 mm) so a receptor lying on (or offset just off) a surface does not
hit the surface it sits on.  Receptors should still be offset outward by a
few centimetres (see :mod:`plannerapp.analysis.points`).

Back ends
---------
``"embree"``: embreex (Embree 4) ``OCCLUDED`` queries.  embreex releases the
GIL for the whole ray loop of ``EmbreeScene.run`` (a ``with nogil`` block in
embreex 4.4's ``rtcore_scene.pyx``), so chunks of rays run in parallel in a
``ThreadPoolExecutor`` (one worker per core by default).
``"numpy"``: exact vectorised Moller-Trumbore (1997) in float64, slow, for
tests and as the reference the Embree path is compared against.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

BACKENDS = ("embree", "numpy")
DEFAULT_TNEAR_M = 1e-3
#: rays per Embree call (one thread's share of a batch is split into these)
EMBREE_CHUNK = 1 << 16


def default_threads() -> int:
    """Worker threads for ray casting: ``PLANNERAPP_RAY_THREADS`` or the CPU count."""
    env = os.environ.get("PLANNERAPP_RAY_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def embree_available() -> bool:
    try:
        import embreex.rtcore_scene  # noqa: F401
    except ImportError:
        return False
    return True


class OcclusionScene:
    """Triangles (local metres) that block rays.

    Parameters
    ----------
    vertices: ``(n, 3)`` float, local metres.
    faces: ``(m, 3)`` int indices into *vertices*.
    backend: ``"embree"`` (default) or ``"numpy"``.
    tnear: rays start this far (m) along their direction from the origin.
    threads: worker threads for the Embree back end (default: all cores).
    """

    def __init__(self, vertices, faces, backend: str = "embree", *, tnear: float = DEFAULT_TNEAR_M,
                 threads: int | None = None):
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {BACKENDS}, not {backend!r}")
        v = np.asarray(vertices, dtype=np.float64).reshape(-1, 3)
        f = np.asarray(faces, dtype=np.int64).reshape(-1, 3)
        if f.size and (f.min() < 0 or f.max() >= v.shape[0]):
            raise ValueError("face index out of range")
        if f.size:
            # drop degenerate triangles: they can never block and upset Embree
            tri = v[f]
            area2 = np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1)
            f = f[area2 > 1e-12]
        self.backend = backend
        self.tnear = float(tnear)
        self.threads = int(threads) if threads else default_threads()
        self.n_triangles = int(f.shape[0])
        self._vertices = v
        self._faces = f
        self._scene = None
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        if backend == "embree" and self.n_triangles:
            from embreex import rtcore_scene
            from embreex.mesh_construction import TriangleMesh

            self._scene = rtcore_scene.EmbreeScene()
            TriangleMesh(self._scene, np.ascontiguousarray(v, dtype=np.float32),
                         np.ascontiguousarray(f, dtype=np.int32))
            # commit now (the first run() would), so queries from threads never race on it
            self._scene.run(np.zeros((1, 3), np.float32), np.array([[0, 0, 1]], np.float32), query="OCCLUDED")
        elif backend == "numpy" and self.n_triangles:
            tri = v[f]
            self._p0 = tri[:, 0]
            self._e1 = tri[:, 1] - tri[:, 0]
            self._e2 = tri[:, 2] - tri[:, 0]
            self._lo = tri.min(axis=1)
            self._hi = tri.max(axis=1)

    @classmethod
    def from_mesh(cls, mesh, backend: str = "embree", **kw) -> "OcclusionScene":
        """Scene from a :class:`plannerapp.geometry.mesh.Mesh` (local metres)."""
        return cls(mesh.vertices, mesh.faces, backend, **kw)

    # -- queries ---------------------------------------------------------------------------

    def occluded(self, origins, directions, tfar: float | None = None) -> np.ndarray:
        """``(k,)`` bool: does a triangle lie on the ray from each origin?

        origins: ``(k, 3)`` local metres.
        directions: ``(k, 3)`` or one ``(3,)`` direction for all rays (any
            length; normalised here).
        tfar: optional maximum distance (m) along the ray, one value or one
            per ray ``(k,)``; default infinite.
        """
        o = np.asarray(origins)
        if o.dtype != np.float32 or self.backend != "embree":
            o = o.astype(np.float64, copy=False)  # float32 origins (local!) go to Embree as they are
        o = o.reshape(-1, 3)
        d = np.asarray(directions, dtype=np.float64)
        single = d.ndim == 1 or d.shape[0] == 1
        d = d.reshape(-1, 3)
        if not single and d.shape[0] != o.shape[0]:
            raise ValueError("directions must be (3,) or one per origin")
        norm = np.linalg.norm(d, axis=1, keepdims=True)
        d = d / np.where(norm > 0, norm, 1.0)
        k = o.shape[0]
        if k == 0 or self.n_triangles == 0:
            return np.zeros(k, dtype=bool)
        if self.backend == "embree":
            return self._occluded_embree(o, d, single, tfar)
        return self._occluded_numpy(o, d, single, tfar)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):  # pragma: no cover - interpreter shutdown order
        try:
            self.close()
        except Exception:  # noqa: BLE001
            pass

    # -- Embree ----------------------------------------------------------------------------

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="plannerapp-ray")
            return self._pool

    def _occluded_embree(self, o, d, single, tfar) -> np.ndarray:
        k = o.shape[0]
        out = np.empty(k, dtype=bool)
        scene = self._scene
        tn = self.tnear
        far = None
        if tfar is not None:
            far = np.maximum(np.asarray(tfar, dtype=np.float64) - tn, 0.0)
            far = float(far) if far.ndim == 0 else np.broadcast_to(far, (k,)).astype(np.float32)

        d32 = np.ascontiguousarray(d, dtype=np.float32)
        tn32 = np.float32(tn)

        def work(a: int, b: int) -> None:
            dir32 = d32 if single else d32[a:b]
            org = o[a:b] + (tn32 if o.dtype == np.float32 else tn) * dir32
            if org.dtype != np.float32:
                org = org.astype(np.float32)
            dists = far if far is None or isinstance(far, float) else np.ascontiguousarray(far[a:b])
            res = scene.run(org, dir32, dists=dists, query="OCCLUDED")
            out[a:b] = res != -1

        n_spans = max(-(-k // EMBREE_CHUNK), self.threads if k >= 4096 else 1)
        if n_spans == 1:  # the common small call (a batch tile, one sun hour): no span arithmetic
            work(0, k)
            return out
        bounds = np.linspace(0, k, n_spans + 1).astype(int)
        spans = list(zip(bounds[:-1].tolist(), bounds[1:].tolist()))
        if self.threads <= 1:
            for a, b in spans:
                work(a, b)
        else:
            for f in [self._executor().submit(work, a, b) for a, b in spans]:
                f.result()
        return out

    # -- numpy (exact reference) -------------------------------------------------------------

    def _occluded_numpy(self, o, d, single, tfar) -> np.ndarray:
        k = o.shape[0]
        out = np.zeros(k, dtype=bool)
        m = self.n_triangles
        tmax = np.full(k, np.inf) if tfar is None else np.broadcast_to(np.asarray(tfar, np.float64), (k,))
        rays_per_chunk = max(1, int(2_000_000 // m))
        for a in range(0, k, rays_per_chunk):
            b = min(k, a + rays_per_chunk)
            oo = o[a:b]
            dd = np.broadcast_to(d[0], oo.shape) if single else d[a:b]
            out[a:b] = _moller_trumbore_any(oo, dd, self._p0, self._e1, self._e2, self.tnear, tmax[a:b, None])
        return out


def _moller_trumbore_any(o, d, p0, e1, e2, tmin, tmax, eps=1e-12) -> np.ndarray:
    """Any hit with ``tmin < t < tmax`` of rays ``(r,3)`` against triangles ``(m,3)`` (float64)."""
    # (r, m, 3) broadcasting
    pvec = np.cross(d[:, None, :], e2[None, :, :])
    det = np.einsum("mj,rmj->rm", e1, pvec)
    ok = np.abs(det) > eps
    inv = np.where(ok, 1.0 / np.where(ok, det, 1.0), 0.0)
    tvec = o[:, None, :] - p0[None, :, :]
    u = np.einsum("rmj,rmj->rm", tvec, pvec) * inv
    ok &= (u >= 0.0) & (u <= 1.0)
    qvec = np.cross(tvec, e1[None, :, :])
    v = np.einsum("rj,rmj->rm", d, qvec) * inv
    ok &= (v >= 0.0) & (u + v <= 1.0)
    t = np.einsum("mj,rmj->rm", e2, qvec) * inv
    ok &= (t > tmin) & (t < tmax)
    return ok.any(axis=1)
