"""Sample points (receptors) for sunlight, irradiance and sky-view analyses.

Every generator returns a :class:`SamplePoints`: ``(n, 3)`` positions and
``(n, 3)`` outward unit normals in LOCAL metres (z up), plus metadata arrays
(building index into ``city.buildings``, facade index = wall edge of the
building's footprint, floor index from 0, window index, represented area
m2).  Receptors on surfaces are offset outward along the normal (default
0.05 m) so they do not shadow themselves.  A point sees the sun only when
the sun is in front of its surface (``normal . sun > 0``).

Facade geometry comes from footprints (``Building.footprint2d``) extruded
from ``base_z`` to ``top_z``; floors from ``Building.floors`` and
``floor_height``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.polygon import orient

from plannerapp.errors import InputError
from plannerapp.geometry.mesh import SURFACE_ROOF
from plannerapp.i18n import translate

DEFAULT_OFFSET_M = 0.05
SILL_HEIGHT_M = 0.9
#: most points one grid may have (a finer grid would exhaust memory before any work)
MAX_GRID_POINTS = 20_000_000


def _check_spacing(spacing: float) -> None:
    """A grid spacing must be a finite positive number of metres (ValueError otherwise)."""
    if not (np.isfinite(spacing) and spacing > 0):
        raise ValueError("spacing must be positive")


def _check_grid_size(width: float, depth: float, spacing: float) -> None:
    """InputError when a *spacing* m grid over *width* x *depth* m would hold too many points."""
    n = (max(width, 0.0) / spacing + 1) * (max(depth, 0.0) / spacing + 1)
    if not n <= MAX_GRID_POINTS:
        raise InputError(None, translate(
            "analysis", "a {spacing:g} m grid over {width:.0f} x {depth:.0f} m would have {n:.3g} points "
                        "(limit {limit:.3g}): use a coarser spacing or a smaller area").format(
            spacing=spacing, width=width, depth=depth, n=n, limit=MAX_GRID_POINTS))


@dataclass(eq=False)
class SamplePoints:
    """Receptors: positions/normals ``(n, 3)`` local metres + per-point metadata ``(n,)``.

    building: index into ``city.buildings`` (-1: none); facade: wall index
    within the building (-1: none); floor: storey from 0 (-1: none); window:
    global window index (-1: none); area: m2 represented (0: unknown).
    ``normals`` is ``None`` for points without a surface (ground grids are
    given +z normals; ``None`` only for user points without normals).
    """

    positions: np.ndarray
    normals: np.ndarray | None
    building: np.ndarray = field(default=None)
    facade: np.ndarray = field(default=None)
    floor: np.ndarray = field(default=None)
    window: np.ndarray = field(default=None)
    area: np.ndarray = field(default=None)
    kind: str = "points"

    def __post_init__(self):
        self.positions = np.asarray(self.positions, dtype=np.float64).reshape(-1, 3)
        n = self.positions.shape[0]
        if self.normals is not None:
            self.normals = np.asarray(self.normals, dtype=np.float64).reshape(-1, 3)
            if self.normals.shape[0] != n:
                raise ValueError("one normal per point is required")
        for name, dtype, fill in (("building", np.int32, -1), ("facade", np.int32, -1),
                                  ("floor", np.int32, -1), ("window", np.int32, -1), ("area", np.float64, 0.0)):
            val = getattr(self, name)
            arr = np.full(n, fill, dtype) if val is None else np.asarray(val, dtype).reshape(-1)
            if arr.shape[0] != n:
                raise ValueError(f"{name} needs one value per point")
            setattr(self, name, arr)

    def __len__(self) -> int:
        return int(self.positions.shape[0])

    @classmethod
    def concatenate(cls, parts: list["SamplePoints"], kind: str = "points") -> "SamplePoints":
        parts = [p for p in parts if len(p)]
        if not parts:
            return cls(np.zeros((0, 3)), np.zeros((0, 3)), kind=kind)
        normals = None
        if all(p.normals is not None for p in parts):
            normals = np.concatenate([p.normals for p in parts])
        return cls(
            np.concatenate([p.positions for p in parts]), normals,
            *(np.concatenate([getattr(p, n) for p in parts]) for n in ("building", "facade", "floor", "window", "area")),
            kind=kind,
        )


def user_points(positions, normals=None) -> SamplePoints:
    """Points given by the user (local metres), with optional normals (normalised here)."""
    pos = np.asarray(positions, dtype=np.float64).reshape(-1, 3)
    nrm = None
    if normals is not None:
        nrm = np.asarray(normals, dtype=np.float64).reshape(-1, 3)
        length = np.linalg.norm(nrm, axis=1, keepdims=True)
        nrm = nrm / np.where(length > 0, length, 1.0)
    return SamplePoints(pos, nrm, kind="user")


def _footprints_union(city):
    polys = [b.footprint2d for b in city.buildings if b.footprint2d is not None and not b.footprint2d.is_empty]
    if not polys:
        return None
    return shapely.union_all([p.buffer(0) for p in polys])


def ground_grid(area, spacing: float = 1.0, height: float = 1.5, *, city=None,
                ground_z: float | None = None, skip_buildings: bool = True) -> SamplePoints:
    """A square grid of points *height* m above the ground.

    area: a shapely polygon (local metres) or bounds ``(minx, miny, maxx, maxy)``;
        ``None`` with *city*: the city's bounding box.
    spacing: grid spacing (m); points sit at cell centres.
    ground_z: ground level (m, local z); default: the lowest building base in
        *city*, else 0.
    skip_buildings: drop points inside building footprints of *city*.
    Normals are +z; ``area`` is ``spacing**2``.
    """
    _check_spacing(spacing)
    poly = None
    if area is None:
        if city is None:
            raise ValueError("give an area or a city")
        b = city.bounds_local()
        minx, miny, maxx, maxy = b[0], b[1], b[3], b[4]
    elif isinstance(area, (Polygon, MultiPolygon)):
        poly = area
        minx, miny, maxx, maxy = area.bounds
    else:
        minx, miny, maxx, maxy = (float(v) for v in area)
    if ground_z is None:
        bases = [bb.base_z for bb in city.buildings] if city is not None and len(city) else [0.0]
        ground_z = float(min(bases))
    _check_grid_size(maxx - minx, maxy - miny, spacing)
    xs = np.arange(minx + spacing / 2, maxx, spacing)
    ys = np.arange(miny + spacing / 2, maxy, spacing)
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    keep = np.ones(gx.shape[0], dtype=bool)
    if poly is not None:
        keep &= shapely.contains_xy(poly, gx, gy)
    if skip_buildings and city is not None:
        fp = _footprints_union(city)
        if fp is not None:
            shapely.prepare(fp)
            keep &= ~shapely.intersects_xy(fp, gx, gy)
    gx, gy = gx[keep], gy[keep]
    pos = np.column_stack([gx, gy, np.full(gx.shape[0], ground_z + height)])
    nrm = np.tile([0.0, 0.0, 1.0], (gx.shape[0], 1))
    return SamplePoints(pos, nrm, area=np.full(gx.shape[0], spacing * spacing), kind="ground")


def _walls(footprint) -> list[tuple[np.ndarray, np.ndarray]]:
    """Wall edges of a footprint: list of ``(p0 (2,), p1 (2,))`` with the outside on the right."""
    parts = list(footprint.geoms) if isinstance(footprint, MultiPolygon) else [footprint]
    out = []
    for part in parts:
        if part.is_empty:
            continue
        part = orient(part, 1.0)  # exterior CCW, holes CW -> outside is on the right of each edge
        for ring in [part.exterior, *part.interiors]:
            c = np.asarray(ring.coords)[:, :2]
            for i in range(len(c) - 1):
                if np.hypot(*(c[i + 1] - c[i])) > 1e-6:
                    out.append((c[i], c[i + 1]))
    return out


def _floor_levels(b, sill_height: float, floors: str | list[int]) -> list[tuple[int, float]]:
    n = int(b.floors or max(1, int(b.height // max(b.floor_height, 1e-6))))
    fh = b.floor_height if b.floor_height > 0 else (b.height / n if n else 3.0)
    if floors == "lowest":
        idx = [0]
    elif floors == "all":
        idx = list(range(n))
    else:
        idx = [int(f) for f in floors if 0 <= int(f) < n]
    out = []
    for f in idx:
        z = b.base_z + f * fh + sill_height
        if z < b.top_z:
            out.append((f, z))
    return out


def facade_points(city, spacing: float = 2.0, *, sill_height: float = SILL_HEIGHT_M,
                  offset: float = DEFAULT_OFFSET_M, floors: str | list[int] = "all",
                  buildings=None) -> SamplePoints:
    """Points on every wall, per floor at sill height, every *spacing* m along the wall.

    Each wall edge of length L gets ``max(1, round(L / spacing))`` points at
    the centres of equal parts; z = base + floor x floor_height + sill_height;
    positions are pushed *offset* m outward along the wall normal.
    buildings: indices into ``city.buildings`` (default all).
    """
    _check_spacing(spacing)
    pos, nrm, bi, fi, fl = [], [], [], [], []
    idxs = range(len(city.buildings)) if buildings is None else buildings
    for i in idxs:
        b = city.buildings[i]
        fp = b.footprint2d
        if fp is None or fp.is_empty:
            continue
        levels = _floor_levels(b, sill_height, floors)
        if not levels:
            continue
        for w, (p0, p1) in enumerate(_walls(fp)):
            edge = p1 - p0
            length = float(np.hypot(*edge))
            n_pts = max(1, int(round(length / spacing)))
            t = (np.arange(n_pts) + 0.5) / n_pts
            xy = p0 + t[:, None] * edge
            normal = np.array([edge[1], -edge[0]]) / length
            xy = xy + offset * normal
            for f, z in levels:
                pos.append(np.column_stack([xy, np.full(n_pts, z)]))
                nrm.append(np.tile([normal[0], normal[1], 0.0], (n_pts, 1)))
                bi.append(np.full(n_pts, i))
                fi.append(np.full(n_pts, w))
                fl.append(np.full(n_pts, f))
    if not pos:
        return SamplePoints(np.zeros((0, 3)), np.zeros((0, 3)), kind="facade")
    return SamplePoints(np.concatenate(pos), np.concatenate(nrm), np.concatenate(bi),
                        np.concatenate(fi), np.concatenate(fl), kind="facade")


def window_receptors(city, *, buildings=None, window_width: float = 1.5, window_spacing: float = 3.6,
                     sill_height: float = SILL_HEIGHT_M, floors: str | list[int] = "lowest",
                     mode: str = "centre", n_across: int = 5, offset: float = DEFAULT_OFFSET_M,
                     min_wall_length: float | None = None) -> SamplePoints:
    """Window sill receptors generated from buildings' floors and walls.

    Windows (width *window_width* m) are placed every *window_spacing* m along
    each wall long enough to hold one, on the chosen *floors* (``"lowest"``
    as GB 50180 requires, ``"all"`` or a list of floor indices), sill
    *sill_height* m above each floor.  ``mode="centre"``: one point at the sill
    centre; ``mode="full"``: *n_across* points across the window width.
    ``window`` metadata numbers the windows 0..W-1 (shared by a window's points).
    """
    if mode not in ("centre", "full"):
        raise ValueError("mode must be 'centre' or 'full'")
    min_len = window_width if min_wall_length is None else min_wall_length
    pos, nrm, bi, fi, fl, wi = [], [], [], [], [], []
    win = 0
    idxs = range(len(city.buildings)) if buildings is None else buildings
    across = np.array([0.0]) if mode == "centre" else np.linspace(-0.5, 0.5, max(2, n_across)) * window_width * 0.9
    for i in idxs:
        b = city.buildings[i]
        fp = b.footprint2d
        if fp is None or fp.is_empty:
            continue
        levels = _floor_levels(b, sill_height, floors)
        for w, (p0, p1) in enumerate(_walls(fp)):
            edge = p1 - p0
            length = float(np.hypot(*edge))
            if length < min_len:
                continue
            u = edge / length
            normal = np.array([u[1], -u[0]])
            n_win = max(1, int(length // window_spacing))
            centres = (np.arange(n_win) + 0.5) * (length / n_win)
            for f, z in levels:
                for c in centres:
                    xy = p0 + (c + across)[:, None] * u + offset * normal
                    m = xy.shape[0]
                    pos.append(np.column_stack([xy, np.full(m, z)]))
                    nrm.append(np.tile([normal[0], normal[1], 0.0], (m, 1)))
                    bi.append(np.full(m, i))
                    fi.append(np.full(m, w))
                    fl.append(np.full(m, f))
                    wi.append(np.full(m, win))
                    win += 1
    if not pos:
        return SamplePoints(np.zeros((0, 3)), np.zeros((0, 3)), kind="window")
    return SamplePoints(np.concatenate(pos), np.concatenate(nrm), np.concatenate(bi), np.concatenate(fi),
                        np.concatenate(fl), np.concatenate(wi), kind="window")


def roof_points(city, spacing: float = 1.0, *, offset: float = DEFAULT_OFFSET_M, buildings=None,
                min_normal_z: float = 0.3) -> SamplePoints:
    """A grid (plan spacing *spacing* m) on every roof face, offset along the face normal.

    Roof faces: semantic RoofSurface, or up-facing (normal z > *min_normal_z*)
    faces of meshes without semantics.  ``area`` is the roof area each point
    represents (about ``spacing**2 / normal_z``, scaled per building so the
    areas sum exactly to its roof area).
    Triangles smaller than one cell get one point at their centroid.
    """
    _check_spacing(spacing)
    pos, nrm, bi, ar = [], [], [], []
    idxs = range(len(city.buildings)) if buildings is None else buildings
    for i in idxs:
        m = city.buildings[i].geometry
        if m.n_faces == 0:
            continue
        fn = m.face_normals()
        sel = (m.semantics == SURFACE_ROOF) & (fn[:, 2] > min_normal_z)
        if not sel.any():
            continue
        tris = m.vertices[m.faces[sel]]
        normals = fn[sel]
        lo, hi = tris[:, :, :2].min(axis=(0, 1)), tris[:, :, :2].max(axis=(0, 1))
        _check_grid_size(hi[0] - lo[0], hi[1] - lo[1], spacing)
        xs = np.arange(np.floor(lo[0] / spacing) * spacing + spacing / 2, hi[0], spacing)
        ys = np.arange(np.floor(lo[1] / spacing) * spacing + spacing / 2, hi[1], spacing)
        gx, gy = (a.ravel() for a in np.meshgrid(xs, ys))
        taken = np.zeros(gx.shape[0], dtype=bool)  # each plan cell goes to one triangle only
        first = len(ar)
        for tri, n in zip(tris, normals):
            a, b_, c = tri[0, :2], tri[1, :2], tri[2, :2]
            v0, v1 = b_ - a, c - a
            den = v0[0] * v1[1] - v1[0] * v0[1]
            tri_area = 0.5 * np.linalg.norm(np.cross(tri[1] - tri[0], tri[2] - tri[0]))
            if abs(den) < 1e-12 or tri_area < 1e-6:
                continue
            px, py = gx - a[0], gy - a[1]
            s = (px * v1[1] - v1[0] * py) / den
            t = (v0[0] * py - px * v0[1]) / den
            inside = ~taken & (s >= -1e-9) & (t >= -1e-9) & (s + t <= 1 + 1e-9)
            if inside.any():
                taken |= inside
                s, t = s[inside], t[inside]
                z = tri[0, 2] + s * (tri[1, 2] - tri[0, 2]) + t * (tri[2, 2] - tri[0, 2])
                p = np.column_stack([gx[inside], gy[inside], z])
                cell = np.full(p.shape[0], spacing * spacing / n[2])
            elif tri_area * n[2] < spacing * spacing:
                # a sliver smaller than a cell with no cell centre: one point at its centroid
                p = tri.mean(axis=0)[None, :]
                cell = np.array([tri_area])
            else:
                continue
            pos.append(p + offset * n)
            nrm.append(np.tile(n, (p.shape[0], 1)))
            bi.append(np.full(p.shape[0], i))
            ar.append(cell)
        if len(ar) > first:
            # grid cells overhang or miss the roof edges: scale so the areas sum to the roof area
            true_area = 0.5 * np.linalg.norm(np.cross(tris[:, 1] - tris[:, 0], tris[:, 2] - tris[:, 0]), axis=1).sum()
            got = sum(float(a.sum()) for a in ar[first:])
            if got > 0:
                ar[first:] = [a * (true_area / got) for a in ar[first:]]
    if not pos:
        return SamplePoints(np.zeros((0, 3)), np.zeros((0, 3)), kind="roof")
    return SamplePoints(np.concatenate(pos), np.concatenate(nrm), np.concatenate(bi), area=np.concatenate(ar),
                        kind="roof")


def window_summary(points: SamplePoints, hours: np.ndarray, required_hours: float, *,
                   how: str = "min") -> dict:
    """Results per window and per building from per-point *hours*.

    how: ``"min"`` (a full window passes when every point across it does),
    ``"max"`` (any point) or ``"mean"``.  Returns ``{"window": {...arrays},
    "building": {"index", "n_windows", "n_pass", "share_pass"}}``; the share
    is the fraction of the building's windows meeting *required_hours*.
    """
    win = points.window
    sel = win >= 0
    ids = np.unique(win[sel])
    h = np.asarray(hours, dtype=np.float64)
    agg = {"min": np.minimum, "max": np.maximum}
    if how in agg:
        init = np.inf if how == "min" else -np.inf
        wh = np.full(ids.shape[0] and int(ids.max()) + 1, init)
        agg[how].at(wh, win[sel], h[sel])
        wh = wh[ids]
    elif how == "mean":
        sums = np.bincount(win[sel], weights=h[sel])
        cnt = np.bincount(win[sel])
        wh = (sums / np.maximum(cnt, 1))[ids]
    else:
        raise ValueError("how must be 'min', 'max' or 'mean'")
    first = np.array([np.flatnonzero(win == w)[0] for w in ids], dtype=np.int64) if ids.size else np.zeros(0, np.int64)
    wb = points.building[first]
    passed = wh >= required_hours - 1e-9
    bids = np.unique(wb)
    n_win = np.array([(wb == b).sum() for b in bids], dtype=np.int64)
    n_pass = np.array([(passed & (wb == b)).sum() for b in bids], dtype=np.int64)
    return {
        "window": {"id": ids, "building": wb, "facade": points.facade[first], "floor": points.floor[first],
                   "hours": wh, "passed": passed},
        "building": {"index": bids, "n_windows": n_win, "n_pass": n_pass,
                     "share_pass": n_pass / np.maximum(n_win, 1)},
    }
