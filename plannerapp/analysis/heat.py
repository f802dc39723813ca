"""Heat and microclimate indicators on a ground grid: SVF, Oke UHI, Tmrt, ground temperature, LCZ.

:func:`compute_heat` runs, for the public ground of an area (grid points
outside building footprints, local metres):

1. sky view factor at ground level (z_ground + 0.05 m, cosine-weighted
   hemisphere rays, :func:`plannerapp.analysis.skyview.compute_sky_view`,
   1,024 directions: stable to 0.01, see :func:`svf_stability`), and the
   sky view of the four vertical planes facing E, S, W, N at pedestrian
   height (1.1 m), 512 directions each;
2. the maximum nocturnal heat-island intensity of Oke (1981) from the SVF
   (:mod:`plannerapp.analysis.uhi`);
3. for each hour of the day (:mod:`plannerapp.analysis.heat_weather`): sun
   or shade at 1.1 m and on the ground (one ray towards the sun each,
   :class:`~plannerapp.analysis.raycast.OcclusionScene`), the ground's
   surface temperature (air + the SOLWEIG / Bogren wave where sunlit, by
   material) and the mean radiant temperature at 1.1 m
   (:mod:`plannerapp.analysis.tmrt`);
4. the Local Climate Zone of the area (:mod:`plannerapp.analysis.lcz`) and
   the scheme's green-roof fraction.

Materials (:mod:`plannerapp.analysis.materials`): ground points inside a
ground :class:`GreenArea` take its material (grass unless its ``surface``
attribute says otherwise), others the default ground (paved); walls the
wall material.  Green roofs change no pedestrian value here (the models used
have no roof-to-street coupling); they are reported as a fraction and through
the roof surface temperatures (:mod:`plannerapp.analysis.heat_roofs`).
Positions are local metres (world = local + ``City.origin``), times hours of
local standard time.  Long work: ``progress(fraction, text)`` and
``cancelled()`` callbacks (:mod:`plannerapp.analysis.progress`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from plannerapp.analysis import lcz as lczmod
from plannerapp.analysis import tmrt as tmrtmod
from plannerapp.analysis import uhi as uhimod
from plannerapp.analysis.heat_roofs import RoofTemperatures, roof_temperatures
from plannerapp.analysis.heat_weather import HeatDay
from plannerapp.analysis.materials import MaterialTable, load_materials
from plannerapp.analysis.points import SamplePoints, facade_points, ground_grid
from plannerapp.analysis.progress import Reporter
from plannerapp.analysis.skyview import compute_sky_view
from plannerapp.analysis.sun import Site, sun_path_at

SVF_DIRS = 1024
SIDE_DIRS = 512
PERSON_HEIGHT_M = 1.1
GROUND_OFFSET_M = 0.05


@dataclass(eq=False)
class HeatResult:
    """Per-point heat indicators; ``n`` ground points, ``h`` hours.

    positions: ``(n, 3)`` local metres at ground level (z = ground_z); SVF is
    taken at z + 0.05 m, Tmrt at z + 1.1 m.  svf ``(n,)``; svf_side ``(n, 4)``
    (E, S, W, N vertical planes, 0-0.5); surface ``(n,)`` material names;
    green ``(n,)`` inside a ground green area; uhi_k ``(n,)`` Oke (1981) K;
    tmrt_c, ground_temp_c ``(n, h)`` deg C; sunlit ``(n, h)`` person in sun.
    hours_lst ``(h,)`` interval midpoints (local standard time); day: the forcing.
    site: LCZ properties and class of the area plus green-roof figures.
    """

    positions: np.ndarray
    origin: np.ndarray
    ground_z: float
    spacing: float
    svf: np.ndarray
    svf_side: np.ndarray
    surface: np.ndarray
    green: np.ndarray
    uhi_k: np.ndarray
    hours_lst: np.ndarray
    tmrt_c: np.ndarray
    ground_temp_c: np.ndarray
    sunlit: np.ndarray
    day: HeatDay
    site: dict
    area: Polygon | MultiPolygon | None = None
    facade: SamplePoints | None = None
    facade_svf: np.ndarray | None = None
    params: dict = field(default_factory=dict)
    roofs: RoofTemperatures | None = None

    def __len__(self) -> int:
        return int(self.positions.shape[0])

    @property
    def tmrt_max_c(self) -> np.ndarray:
        return self.tmrt_c.max(axis=1) if self.tmrt_c.size else np.zeros(len(self))

    @property
    def tmrt_max_hour(self) -> np.ndarray:
        return self.hours_lst[self.tmrt_c.argmax(axis=1)] if self.tmrt_c.size else np.zeros(len(self))

    @property
    def ground_temp_max_c(self) -> np.ndarray:
        return self.ground_temp_c.max(axis=1) if self.ground_temp_c.size else np.zeros(len(self))

    @property
    def sun_hours(self) -> np.ndarray:
        return self.sunlit.sum(axis=1).astype(np.float64)

    def hour_index(self, hour: float) -> int:
        """Index of the hourly interval containing *hour* (local standard time, e.g. 13 -> 13:00-14:00)."""
        i = int(np.argmin(np.abs(self.hours_lst - (float(hour) + 0.5))))
        if abs(self.hours_lst[i] - (float(hour) + 0.5)) > 0.51:
            raise ValueError(f"hour {hour} was not computed")
        return i


def svf_stability(occluders, points, normals=None, n_dirs: int = SVF_DIRS, reference_dirs: int = 8 * SVF_DIRS) -> float:
    """Largest |SVF(n_dirs) - SVF(reference_dirs)| over *points*: the direction count's error."""
    a = compute_sky_view(occluders, points, normals, n_dirs)
    b = compute_sky_view(occluders, points, normals, reference_dirs)
    return float(np.abs(a - b).max()) if len(a) else 0.0


def _ground_z(city, poly) -> float:
    bases = [b.base_z for b in city.buildings
             if b.footprint2d is not None and not b.footprint2d.is_empty and (poly is None or b.footprint2d.intersects(poly))]
    if not bases:
        bases = [b.base_z for b in city.buildings] or [0.0]
    return float(np.median(bases))


def ground_materials(xy: np.ndarray, greens, table: MaterialTable):
    """``(names (n,) str, green (n,) bool)``: the surface material under each ground point."""
    n = xy.shape[0]
    names = np.full(n, table.defaults["ground"], dtype=object)
    green = np.zeros(n, dtype=bool)
    for g in greens:
        if g.on_roof:
            continue
        poly = g.polygon.buffer(0)
        shapely.prepare(poly)
        inside = shapely.contains_xy(poly, xy[:, 0], xy[:, 1])
        names[inside] = table.green_material(g).name
        green |= inside
    return names.astype(str), green


def compute_heat(city, greens, day: HeatDay, site: Site, *, area=None, spacing: float = 2.0,
                 materials: MaterialTable | None = None, n_dirs: int = SVF_DIRS, side_dirs: int = SIDE_DIRS,
                 person_height: float = PERSON_HEIGHT_M, facades: bool = False, facade_spacing: float = 4.0,
                 wall_shaded_share: float = tmrtmod.DEFAULT_WALL_SHADED_SHARE,
                 progress=None, cancelled=None, backend: str = "embree") -> HeatResult:
    """Heat indicators on the public ground of *area* for one day.

    city: the built city (context or ``scheme.built_city(context)``); greens:
    the scheme's :class:`GreenArea` list; day: :class:`HeatDay` forcing;
    site: sun site (latitude/longitude, grid convergence) of the city.
    area: polygon or bounds (local metres); default the city's bounding box.
    spacing: grid spacing (m).  facades: also the SVF of facade points
    (every *facade_spacing* m, each floor) of buildings touching *area*.
    """
    from plannerapp.analysis.occluders import occlusion_scene

    table = materials or load_materials()
    rep = Reporter(progress, cancelled, "heat")
    rep(0.0, force=True)
    poly = area if isinstance(area, (Polygon, MultiPolygon)) or area is None else shapely.box(*area)
    gz = _ground_z(city, poly)
    grid = ground_grid(poly, spacing, GROUND_OFFSET_M, city=city, ground_z=gz)
    n = len(grid)
    ground = grid.positions
    person = ground.copy()
    person[:, 2] = gz + person_height
    scene = occlusion_scene(city, backend)
    try:
        def sub(a, b):
            return lambda f, t=None: rep(a + (b - a) * f)

        svf = compute_sky_view(scene, ground, None, n_dirs, progress=sub(0.0, 0.3), cancelled=cancelled)
        svf_side = np.zeros((n, 4))
        for i, nrm in enumerate(tmrtmod.LATERAL_NORMALS):
            svf_side[:, i] = 0.5 if n == 0 else compute_sky_view(
                scene, person, np.tile(nrm, (n, 1)), side_dirs, ground_blocks=True,
                progress=sub(0.3 + 0.1 * i, 0.4 + 0.1 * i), cancelled=cancelled)

        names, green = ground_materials(ground[:, :2], greens, table)
        mats = {m: table[m] for m in np.unique(names)}
        alb = np.array([mats[m].albedo for m in names]) if n else np.zeros(0)
        emis = np.array([mats[m].emissivity for m in names]) if n else np.zeros(0)
        ts = {f: (np.array([getattr(mats[m], f) for m in names]) if n else np.zeros(0))
              for f in ("ts_k", "ts_start_k", "ts_tmax_lst_h")}
        wall = table.for_role("wall")

        suns = sun_path_at(site, day.mid_utc)
        h = len(day.hours_lst)
        tmrt = np.zeros((n, h))
        tg = np.zeros((n, h))
        lit = np.zeros((n, h), dtype=bool)
        for k in range(h):
            rep(0.7 + 0.28 * k / max(h, 1))
            d = suns.directions[k]
            up = bool(suns.above[k]) and day.ghi[k] > 0
            if up and n:
                lit[:, k] = ~scene.occluded(person, d)
                lit_g = ~scene.occluded(ground, d)
            else:
                lit_g = np.zeros(n, dtype=bool)
            dt_g = tmrtmod.surface_temperature_excess(day.hours_lst[k], day.sunrise_lst, day.max_altitude_deg,
                                                      ts["ts_k"], ts["ts_start_k"], ts["ts_tmax_lst_h"],
                                                      day.clearness[k]) * lit_g
            dt_w = float(tmrtmod.surface_temperature_excess(day.hours_lst[k], day.sunrise_lst, day.max_altitude_deg,
                                                            wall.ts_k, wall.ts_start_k, wall.ts_tmax_lst_h,
                                                            day.clearness[k])) if up else 0.0
            kf, lf = tmrtmod.radiant_fluxes(
                sun_dir=d, dni=day.dni[k], dhi=day.dhi[k], ghi=day.ghi[k], ta_c=day.ta_c[k], rh_pct=day.rh_pct[k],
                clearness=day.clearness[k], svf=svf, svf_side=svf_side, sunlit=lit[:, k], sunlit_ground=lit_g,
                ground_albedo=alb, ground_emissivity=emis, ground_dt=dt_g, wall_albedo=wall.albedo,
                wall_emissivity=wall.emissivity, wall_dt=dt_w, wall_shaded_share=wall_shaded_share)
            tmrt[:, k] = tmrtmod.tmrt_from_fluxes(kf, lf)
            tg[:, k] = day.ta_c[k] + dt_g

        roofs = roof_temperatures(scene, city, greens, day, suns, table, poly, max(spacing, 1.0))
        fac = fsvf = None
        if facades:
            idx = [i for i, b in enumerate(city.buildings)
                   if b.footprint2d is not None and (poly is None or b.footprint2d.intersects(poly))]
            fac = facade_points(city, facade_spacing, buildings=idx)
            fsvf = compute_sky_view(scene, fac.positions, fac.normals, n_dirs, cancelled=cancelled) if len(fac) else np.zeros(0)
    finally:
        scene.close()

    lcz_area = poly if poly is not None else city.bounds_local()[[0, 1, 3, 4]]
    site_props = lczmod.site_lcz(city, greens, lcz_area, svf_xy=ground[:, :2], svf=svf)
    site_props["roof_temp_max_c"] = roofs.mean_max_c()
    site_props["green_roof_temp_max_c"] = roofs.mean_max_c(roofs.green) if roofs.green.any() else None
    site_props["plain_roof_temp_max_c"] = roofs.mean_max_c(~roofs.green) if (~roofs.green).any() else None
    site_props["uhi_oke_k_at_mean_svf"] = float(uhimod.uhi_max_from_svf(site_props["svf"])) if site_props["svf"] is not None else None
    site_props["uhi_oke_k_from_aspect_ratio"] = (float(uhimod.uhi_max_from_aspect_ratio(site_props["aspect_ratio"]))
                                                 if site_props["aspect_ratio"] is not None else None)
    rep(1.0, force=True)
    params = {"spacing_m": float(spacing), "svf_directions": int(n_dirs), "side_directions": int(side_dirs),
              "person_height_m": float(person_height), "wall_shaded_share": float(wall_shaded_share),
              "ground_material": table.defaults["ground"], "wall_material": wall.name,
              "materials": {m: {"albedo": mats[m].albedo, "emissivity": mats[m].emissivity} for m in mats} if n else {},
              "absorption_shortwave": tmrtmod.ABS_K, "absorption_longwave": tmrtmod.ABS_L,
              "angular_factors": {"lateral": tmrtmod.F_SIDE, "up_down": tmrtmod.F_UPDOWN}}
    return HeatResult(grid.positions * [1, 1, 0] + [0, 0, gz], np.asarray(city.origin, dtype=np.float64), gz,
                      float(spacing), svf, svf_side, names, green, uhimod.uhi_max_from_svf(svf),
                      np.asarray(day.hours_lst, dtype=np.float64), tmrt, tg, lit, day, site_props, poly, fac, fsvf, params,
                      roofs)


@dataclass(eq=False)
class SkyViewMap:
    """Sky view factors of ground points (z_ground + 0.05 m) and facade points, local metres."""

    ground: SamplePoints
    ground_svf: np.ndarray
    facade: SamplePoints
    facade_svf: np.ndarray
    origin: np.ndarray


def compute_sky_view_map(city, area=None, spacing: float = 2.0, *, facades: bool = True, facade_spacing: float = 4.0,
                         n_dirs: int = SVF_DIRS, progress=None, cancelled=None, backend: str = "embree") -> SkyViewMap:
    """SVF map only (no weather): the ground grid of :func:`compute_heat` and, with *facades*,
    points on every floor of the walls of buildings touching *area* (outward normals)."""
    from plannerapp.analysis.occluders import occlusion_scene

    rep = Reporter(progress, cancelled, "sky view")
    poly = area if isinstance(area, (Polygon, MultiPolygon)) or area is None else shapely.box(*area)
    gz = _ground_z(city, poly)
    grid = ground_grid(poly, spacing, GROUND_OFFSET_M, city=city, ground_z=gz)
    idx = [i for i, b in enumerate(city.buildings)
           if b.footprint2d is not None and (poly is None or b.footprint2d.intersects(poly))]
    fac = facade_points(city, facade_spacing, buildings=idx) if facades else SamplePoints(np.zeros((0, 3)), np.zeros((0, 3)))
    n_all = max(len(grid) + len(fac), 1)
    split = len(grid) / n_all
    with occlusion_scene(city, backend) as scene:
        gs = compute_sky_view(scene, grid.positions, None, n_dirs, progress=lambda f, t=None: rep(split * f),
                              cancelled=cancelled)
        fs = (compute_sky_view(scene, fac.positions, fac.normals, n_dirs,
                               progress=lambda f, t=None: rep(split + (1 - split) * f), cancelled=cancelled)
              if len(fac) else np.zeros(0))
    rep(1.0, force=True)
    return SkyViewMap(grid, gs, fac, fs, np.asarray(city.origin, dtype=np.float64))


def analysis_area(project, margin: float = 50.0):
    """The area a scheme comparison uses: the project's parcels grown by *margin* m (local
    metres), or ``None`` (the whole city) when the project has no parcels."""
    parcels = [p.polygon for p in getattr(project.controls, "parcels", [])]
    if not parcels:
        return None
    return shapely.union_all(parcels).buffer(float(margin), join_style=2)
