"""Sunlight hours per sample point over a sun path.

:func:`compute_sunlight_hours` casts one ray per (point, interval) towards
the sun at the interval midpoint and reports, per point:

* ``sunlit_hours``: sum of every sunlit interval (after the cut-offs),
* ``longest_hours``: the longest continuous sunlit period,
* ``hours``: the hours that count under the counting rule (sum of segments
  >= the minimum segment, the longest segment, or the sum of the N longest),
* the sunlit intervals as packed bits, so :meth:`SunlightResult.segments`
  gives each point's sunlit periods (start/end, UTC / local / true solar).

An interval counts as sunlit when the sun is above the horizon (and above
``min_altitude_deg``), in front of the point's surface (``normal . sun > 0``,
plus ``min_sweep_deg`` on walls) and no triangle lies on the ray.

Memory: work goes in chunks of points; per point the result keeps four
floats and ``ceil(k/8)`` bytes, so 2,000,000 points x 97 intervals need
~90 MB beyond the inputs.  Deterministic: same input, same output, whatever
the thread count.  Units: hours; positions local metres (see
:mod:`plannerapp.analysis.raycast`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from plannerapp.analysis.profiles import COUNT_LONGEST, COUNT_SUM, COUNT_SUM_N_LONGEST, PLAIN, SunCriteria
from plannerapp.analysis.progress import Reporter
from plannerapp.analysis.raycast import OcclusionScene
from plannerapp.analysis.sun import SunPath

DEFAULT_CHUNK = 1 << 16
#: a wall normal needs this much horizontal component for the sweep-angle cut-off to apply
_WALL_MIN_HORIZONTAL = 0.5


def as_scene(occluders, backend: str = "embree") -> OcclusionScene:
    """An :class:`OcclusionScene` from a scene, a ``Mesh`` or a ``City``."""
    if isinstance(occluders, OcclusionScene):
        return occluders
    if hasattr(occluders, "vertices") and hasattr(occluders, "faces"):
        return OcclusionScene(occluders.vertices, occluders.faces, backend)
    if hasattr(occluders, "buildings"):
        from plannerapp.analysis.occluders import occluder_mesh

        m = occluder_mesh(occluders)
        return OcclusionScene(m.vertices, m.faces, backend)
    raise TypeError(f"cannot build an occlusion scene from {type(occluders).__name__}")


def facing_mask(normals: np.ndarray | None, direction: np.ndarray, criteria: SunCriteria = PLAIN) -> np.ndarray | None:
    """``(n,)`` bool: the sun *direction* is in front of each surface (None: all).

    With ``criteria.min_sweep_deg > 0`` wall points (normal mostly horizontal)
    also need the sun's horizontal direction at least that angle off the
    wall plane: ``sin(sweep) = (d_h . n_h) / (|d_h| |n_h|)``.
    """
    if normals is None:
        return None
    d = np.asarray(direction, dtype=np.float64)
    cos_i = normals @ d
    ok = cos_i > 1e-9
    if criteria.min_sweep_deg > 0:
        nh = normals[:, :2]
        nh_len = np.linalg.norm(nh, axis=1)
        dh_len = float(np.hypot(d[0], d[1]))
        wall = nh_len >= _WALL_MIN_HORIZONTAL
        if dh_len > 1e-12:
            with np.errstate(invalid="ignore", divide="ignore"):
                sin_sweep = (nh @ d[:2]) / (nh_len * dh_len)
            ok &= ~wall | (sin_sweep >= np.sin(np.radians(criteria.min_sweep_deg)) - 1e-12)
    return ok


@dataclass(eq=False)
class SunlightResult:
    """Per-point results of :func:`compute_sunlight_hours` (hours; ``(n,)`` arrays).

    sunlit_packed: ``(n, ceil(k/8))`` uint8, bit ``j`` of row ``i`` (``np.packbits``
    order) set when point ``i`` is sunlit in interval ``j`` of ``suns``.
    """

    hours: np.ndarray
    sunlit_hours: np.ndarray
    longest_hours: np.ndarray
    n_segments: np.ndarray
    sunlit_packed: np.ndarray
    suns: SunPath
    criteria: SunCriteria

    def __len__(self) -> int:
        return int(self.hours.shape[0])

    def sunlit(self, rows=None) -> np.ndarray:
        """``(n, k)`` bool sunlit matrix (or for the given *rows*)."""
        packed = self.sunlit_packed if rows is None else self.sunlit_packed[rows]
        return np.unpackbits(packed, axis=-1, count=len(self.suns)).astype(bool)

    def segments(self, i: int) -> list[tuple[int, int]]:
        """Sunlit periods of point *i* as ``(first, last+1)`` interval indices into ``suns``."""
        row = self.sunlit(i)
        padded = np.concatenate([[False], row, [False]]).astype(np.int8)
        edges = np.flatnonzero(np.diff(padded))
        return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]

    def segment_table(self, i: int, tz=None) -> pd.DataFrame:
        """Point *i*'s sunlit periods: start/end in UTC, local clock time and true solar
        hours, duration (h) and whether the segment counts (>= minimum segment)."""
        s = self.suns
        rows = []
        min_h = self.criteria.min_segment_min / 60.0
        for a, b in self.segments(i):
            dur = float(s.duration_h[a:b].sum())
            start, end = s.starts_utc[a], s.ends_utc[b - 1]
            local_tz = tz or s.site.tzinfo()
            sh0 = s.solar_hours[a] - 0.5 * s.duration_h[a]
            sh1 = s.solar_hours[b - 1] + 0.5 * s.duration_h[b - 1]
            rows.append({
                "start_utc": start, "end_utc": end,
                "start_local": start.tz_convert(local_tz), "end_local": end.tz_convert(local_tz),
                "start_solar_h": float(sh0), "end_solar_h": float(sh1),
                "hours": dur, "counts": dur >= min_h - 1e-9,
            })
        return pd.DataFrame(rows, columns=["start_utc", "end_utc", "start_local", "end_local",
                                           "start_solar_h", "end_solar_h", "hours", "counts"])


def segment_statistics(lit: np.ndarray, duration_h: np.ndarray, criteria: SunCriteria = PLAIN):
    """Vectorised per-row statistics of a ``(c, k)`` sunlit matrix.

    Returns ``(hours, sunlit_hours, longest_hours, n_segments)``; ``hours``
    follows ``criteria.counting`` over segments of at least
    ``criteria.min_segment_min``.  Segments are found from the edges of each
    row (``np.diff``), so the cost is one pass over the matrix plus work per
    segment.
    """
    lit = np.asarray(lit, dtype=bool)
    c, k = lit.shape
    dur = np.asarray(duration_h, dtype=np.float64)
    min_h = criteria.min_segment_min / 60.0 - 1e-9
    padded = np.zeros((c, k + 2), dtype=np.int8)
    padded[:, 1:-1] = lit
    edges = np.diff(padded, axis=1)
    rows, js = np.nonzero(edges == 1)  # row-major: segments in time order within each row
    _, je = np.nonzero(edges == -1)
    cum = np.concatenate([[0.0], np.cumsum(dur)])
    seg = cum[je] - cum[js]
    sunlit = np.bincount(rows, weights=seg, minlength=c)
    nseg = np.bincount(rows, minlength=c).astype(np.int32)
    longest = np.zeros(c)
    if seg.size:
        np.maximum.at(longest, rows, seg)
    counted = np.where(seg >= min_h, seg, 0.0)
    if criteria.counting == COUNT_SUM:
        hours = np.bincount(rows, weights=counted, minlength=c)
    elif criteria.counting == COUNT_LONGEST:
        hours = np.where(longest >= min_h, longest, 0.0)
    else:
        order = np.lexsort((-counted, rows))
        r_sorted = rows[order]
        rank = np.arange(r_sorted.size) - np.searchsorted(r_sorted, r_sorted, side="left")
        keep = rank < criteria.n_longest
        hours = np.bincount(r_sorted[keep], weights=counted[order][keep], minlength=c)
    return hours, sunlit, longest, nseg


def compute_sunlight_hours(
    occluders,
    suns: SunPath,
    points,
    normals=None,
    *,
    criteria: SunCriteria | None = None,
    progress=None,
    cancelled=None,
    chunk_size: int = DEFAULT_CHUNK,
    backend: str = "embree",
) -> SunlightResult:
    """Sunlight hours of *points* over the intervals of *suns*.

    occluders: an :class:`OcclusionScene` (build it once per analysis), a
        ``Mesh`` or a ``City`` (local metres).
    suns: a :class:`~plannerapp.analysis.sun.SunPath` (interval midpoints).
    points: ``(n, 3)`` local metres (or a ``SamplePoints``, whose normals are
        used); offset receptors off their surface.
    normals: ``(n, 3)`` outward unit normals or ``None`` (then every sun
        above the horizon is "in front").
    criteria: cut-offs and counting (default: plain geometry, sum of all).
    progress(fraction, text), cancelled() -> bool: see
        :mod:`plannerapp.analysis.progress`; raises ``Cancelled``.
    """
    crit = criteria or PLAIN
    scene = as_scene(occluders, backend)
    if hasattr(points, "positions"):  # a SamplePoints
        normals = points.normals if normals is None else normals
        points = points.positions
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 3)
    nrm = None
    if normals is not None:
        nrm = np.asarray(normals, dtype=np.float64).reshape(-1, 3)
        if nrm.shape != pts.shape:
            raise ValueError("normals must have the shape of points")
        length = np.linalg.norm(nrm, axis=1, keepdims=True)
        nrm = nrm / np.where(length > 0, length, 1.0)
    n, k = pts.shape[0], len(suns)
    usable = suns.above & (suns.altitude_deg >= crit.min_altitude_deg)
    sun_idx = np.flatnonzero(usable)
    out_h = np.zeros(n)
    out_sunlit = np.zeros(n)
    out_long = np.zeros(n)
    out_nseg = np.zeros(n, dtype=np.int32)
    packed = np.zeros((n, (k + 7) // 8), dtype=np.uint8)
    rep = Reporter(progress, cancelled, "sunlight hours")
    rep(0.0, force=True)
    n_chunks = max(1, -(-n // chunk_size))
    for ci, a in enumerate(range(0, n, chunk_size)):
        b = min(n, a + chunk_size)
        p = pts[a:b].astype(np.float32) if scene.backend == "embree" else pts[a:b]
        nn = None if nrm is None else nrm[a:b]
        lit = np.zeros((b - a, k), dtype=bool)
        for si, j in enumerate(sun_idx):
            rep((ci + si / max(1, len(sun_idx))) / n_chunks)
            d = suns.directions[j]
            face = facing_mask(nn, d, crit)
            if face is None or face.all():
                lit[:, j] = ~scene.occluded(p, d)
            elif face.any():
                idx = np.flatnonzero(face)
                lit[idx, j] = ~scene.occluded(p[idx], d)
        rep.check()
        h, s, lo, ns = segment_statistics(lit, suns.duration_h, crit)
        out_h[a:b], out_sunlit[a:b], out_long[a:b], out_nseg[a:b] = h, s, lo, ns
        packed[a:b] = np.packbits(lit, axis=1)
    rep(1.0, force=True)
    return SunlightResult(out_h, out_sunlit, out_long, out_nseg, packed, suns, crit)


def area_share_meeting(hours, required_hours: float, weights=None) -> float:
    """Share (0-1) of an area whose points get at least *required_hours*.

    *weights*: the area each point represents (m2; default equal).  BRE BR 209
    gardens: pass when the share is >= 0.5 on 21 March with 2 h, or when it is
    not less than 0.8 x the share before the development (see the
    ``bre_amenity_21_march`` profile's ``required_share`` and ``former_ratio``).
    """
    h = np.asarray(hours, dtype=np.float64)
    if h.size == 0:
        return 0.0
    w = np.ones_like(h) if weights is None else np.asarray(weights, dtype=np.float64)
    return float(w[h >= required_hours - 1e-9].sum() / w.sum())
