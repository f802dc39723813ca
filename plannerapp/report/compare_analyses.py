"""The analyses behind a scheme comparison, for ONE scheme (or the status quo).

:func:`analyse_scheme` runs, on the city a scheme leaves (context -
demolished + new buildings), everything a row of the comparison table
needs, with the settings of a :class:`CompareSettings`:

* **windows**: window-sill receptors (sill centre, lowest storey, the rule
  profile's window layout) of buildings of residential or unknown use
  standing in the comparison area (parcels grown by ``area_margin_m``, so
  the neighbours count too), hours on the parcel's ``sunlight`` control day
  and window with the matching solar preset's cut-offs; the share meeting
  its ``min_hours``;
* **facades**: facade points on every storey of the buildings on the
  parcels, plain sunlight hours on the same day and window;
* **ground**: a ground grid over the comparison area (outside buildings,
  0.05 m up), shadow hours on the same day and window; area in shadow for
  more than ``shadow_hours`` h;
* **roofs**: roof points of the buildings on the parcels, annual insolation
  (Perez, project weather file or a clear sky) and rooftop PV potential
  (:func:`plannerapp.analysis.irradiance.pv_potential` defaults);
* **heat**: :func:`plannerapp.analysis.heat_project.compute_scheme_heat` on
  the hottest day (project weather or clear sky) and its
  :func:`~plannerapp.analysis.heat_summary.heat_summary`.

Positions are LOCAL metres (world = local + context origin); hours are
hours, areas m2, insolation kWh/m2 per year, PV MWh per year.  Per-point
results are kept as :class:`ResultLayer` records so the GUI can draw them
on every scheme with one colour scale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import shapely

from plannerapp.analysis.progress import Reporter
from plannerapp.i18n import translate

#: quick / full analysis settings (documented in docs/compare.md and printed in every report)
QUICK = {"step_min": 10.0, "facade_spacing_m": 3.0, "ground_spacing_m": 3.0, "roof_spacing_m": 2.0,
         "heat_spacing_m": 6.0, "svf_dirs_roof": 128}
FULL = {"step_min": None, "facade_spacing_m": 1.5, "ground_spacing_m": 1.0, "roof_spacing_m": 1.0,
        "heat_spacing_m": 2.0, "svf_dirs_roof": 256}


@dataclass(frozen=True)
class CompareSettings:
    """What every scheme is analysed with (one set per comparison).

    quick: coarse grids and 10-minute steps (``QUICK``); else ``FULL`` (the
    rule's own step, usually 1 min).  day: ISO date for facade and ground
    sunlight; ``None`` = the sunlight control's day.  shadow_hours: the N of
    "ground in shadow for more than N hours".  area_margin_m: comparison
    area = parcels grown by this.
    """

    quick: bool = True
    day: str | None = None
    shadow_hours: float = 4.0
    area_margin_m: float = 50.0

    @property
    def grid(self) -> dict:
        return QUICK if self.quick else FULL

    def key(self) -> tuple:
        return (self.quick, self.day, float(self.shadow_hours), float(self.area_margin_m))


@dataclass(eq=False)
class ResultLayer:
    """Per-point values to draw: positions/normals ``(n, 3)`` local m, values ``(n,)``."""

    key: str
    title: str
    unit: str
    positions: np.ndarray
    normals: np.ndarray | None
    values: np.ndarray
    size_m: float
    short: str = ""      # a short legend title (the colour bar is narrow)


@dataclass(eq=False)
class SchemeAnalyses:
    """Metric values of one column (``metrics``: key -> float or str) and its result layers."""

    metrics: dict = field(default_factory=dict)
    layers: dict = field(default_factory=dict)
    parameters: dict = field(default_factory=dict)
    seconds: float = 0.0


def sun_spec(project) -> dict:
    """The first parcel ``sunlight`` control (or a GB 50180 Great Cold 2 h default)."""
    for p in project.controls.parcels:
        spec = (p.controls or {}).get("sunlight")
        if spec:
            return dict(spec)
    return {"standard": "GB50180", "day": "great_cold", "min_hours": 2, "start": "08:00", "end": "16:00",
            "applies_to": ["residential"]}


def _in_area(city, area) -> list[int]:
    if area is None:
        return list(range(len(city.buildings)))
    fps = np.array([b.footprint2d for b in city.buildings], dtype=object)
    return [int(i) for i in np.flatnonzero(shapely.intersects(fps, area))] if len(fps) else []


def analyse_scheme(project, scheme, settings: CompareSettings, *, progress=None, cancelled=None) -> SchemeAnalyses:
    """Run the comparison analyses for *scheme* (``None`` = status quo); see the module docstring."""
    import time

    from plannerapp.analysis.heat import analysis_area
    from plannerapp.analysis.heat_project import compute_scheme_heat
    from plannerapp.analysis.heat_summary import heat_summary
    from plannerapp.analysis.irradiance import compute_insolation, pv_potential
    from plannerapp.analysis.occluders import occlusion_scene
    from plannerapp.analysis.points import facade_points, ground_grid, roof_points, window_receptors
    from plannerapp.analysis.shadows import compute_shadow_hours
    from plannerapp.analysis.sun import sun_path
    from plannerapp.analysis.sunhours import compute_sunlight_hours
    from plannerapp.analysis.weather import clear_sky_weather, read_weather
    from plannerapp.analysis.heat_project import project_weather_path
    from plannerapp.rules.review import resolve_profile
    from plannerapp.rules.sunlight_run import analysis_site, sun_setup

    t0 = time.monotonic()
    rep = Reporter(progress, cancelled)
    g = settings.grid
    out = SchemeAnalyses()
    city = scheme.built_city(project.context) if scheme is not None else project.context
    if city.crs is None and project.crs:
        city = city.replaced(city.buildings)
        city.crs = project.crs
    area = analysis_area(project, settings.area_margin_m)
    parcels = shapely.union_all([p.polygon for p in project.controls.parcels]) if project.controls.parcels else area
    profile = resolve_profile(project, None)
    spec = sun_spec(project)
    setup = sun_setup(spec, profile)
    step = float(g["step_min"] or setup.step_min)
    site = analysis_site(project, city)
    day = dt.date.fromisoformat(settings.day) if settings.day else setup.date
    rep(0.0, translate("report", "Sun path and occlusion scene"), force=True)
    rule_suns = sun_path(site, setup.date, setup.start, setup.end, step, time_base=setup.time_base)
    day_suns = rule_suns if day == setup.date else sun_path(site, day, setup.start, setup.end, step,
                                                            time_base=setup.time_base)
    scene = occlusion_scene(city)
    sub = lambda a, b: (lambda f, t="": rep(a + (b - a) * f, t))  # noqa: E731 - progress sub-range
    try:
        in_area = _in_area(city, area)
        on_parcels = _in_area(city, parcels)
        sensitive = set(u.lower() for u in setup.applies_to) | {""}
        rep(0.05, translate("report", "Window sunlight"))
        win_idx = [i for i in in_area if (city.buildings[i].use or "").lower() in sensitive]
        rc = setup.receptors
        win = window_receptors(city, buildings=win_idx, floors="lowest", mode="centre",
                               window_width=float(rc.get("window_width_m", 1.5)),
                               window_spacing=float(rc.get("window_spacing_m", 3.6))) if win_idx else None
        if win is not None and len(win.positions):
            res = compute_sunlight_hours(scene, rule_suns, win.positions, win.normals, criteria=setup.criteria,
                                         progress=sub(0.05, 0.15), cancelled=cancelled)
            out.metrics["sunlight_window_share"] = 100.0 * float((res.hours >= setup.min_hours - 1e-9).mean())
            out.metrics["n_windows"] = int(len(win.positions))
            out.layers["window_hours"] = ResultLayer("window_hours", translate("report", "Window sunlight"), "h",
                                                     win.positions, win.normals, res.hours, 1.5,
                                                     translate("report", "Windows"))
        else:
            out.metrics["sunlight_window_share"] = None
        rep(0.15, translate("report", "Facade sunlight"))
        fac = facade_points(city, g["facade_spacing_m"], buildings=on_parcels) if on_parcels else None
        if fac is not None and len(fac.positions):
            res = compute_sunlight_hours(scene, day_suns, fac.positions, fac.normals, progress=sub(0.15, 0.3),
                                         cancelled=cancelled)
            out.metrics["facade_sun_hours_mean"] = float(res.hours.mean())
            out.layers["facade_hours"] = ResultLayer("facade_hours", translate("report", "Facade sunlight"), "h",
                                                     fac.positions, fac.normals, res.hours, g["facade_spacing_m"],
                                                     translate("report", "Facades"))
        else:
            out.metrics["facade_sun_hours_mean"] = None
        rep(0.3, translate("report", "Ground shadow"))
        gs = g["ground_spacing_m"]
        grid = ground_grid(area if area is not None else None, gs, 0.05, city=city)
        if len(grid.positions):
            hours, _ = compute_shadow_hours(scene, day_suns, grid.positions, progress=sub(0.3, 0.4), cancelled=cancelled)
            out.metrics["ground_shadow_area_m2"] = float((hours > settings.shadow_hours + 1e-9).sum() * gs * gs)
            out.layers["ground_shadow"] = ResultLayer("ground_shadow", translate("report", "Ground shadow"), "h",
                                                      grid.positions, grid.normals, hours, gs,
                                                      translate("report", "Shadow"))
        rep(0.4, translate("report", "Roof insolation and PV"))
        roofs = roof_points(city, g["roof_spacing_m"], buildings=on_parcels) if on_parcels else None
        wpath = project_weather_path(project)
        if wpath is not None:
            weather = read_weather(wpath)
        else:
            from plannerapp.analysis.heat_weather import standard_offset_hours
            from plannerapp.analysis.weather import COMMON_YEAR

            weather = clear_sky_weather(site.latitude, site.longitude,
                                        utc_offset_h=standard_offset_hours(site.timezone, site.longitude, COMMON_YEAR))
        if roofs is not None and len(roofs.positions):
            ins = compute_insolation(scene, roofs.positions, roofs.normals, weather, site, n_dirs=g["svf_dirs_roof"],
                                     progress=sub(0.4, 0.6), cancelled=cancelled)
            pv = pv_potential(roofs, ins, city)
            a = float(roofs.area.sum())
            out.metrics["roof_insolation_kwh_m2"] = float((ins.annual * roofs.area).sum() / a) if a > 0 else None
            out.metrics["pv_mwh"] = float(pv["pv_kwh_per_year"].sum()) / 1000.0
            out.layers["roof_insolation"] = ResultLayer("roof_insolation", translate("report", "Roof insolation"),
                                                        "kWh/m\u00b2", roofs.positions, roofs.normals, ins.annual,
                                                        g["roof_spacing_m"], translate("report", "Roofs"))
        else:
            out.metrics["roof_insolation_kwh_m2"] = None
            out.metrics["pv_mwh"] = 0.0
    finally:
        scene.close()
    rep(0.6, translate("report", "Heat island indicators"))
    heat, _c, _g = compute_scheme_heat(project, scheme, spacing=g["heat_spacing_m"], margin=settings.area_margin_m,
                                       progress=sub(0.6, 1.0), cancelled=cancelled)
    hs = heat_summary(heat, name=scheme.display_name if scheme is not None else "status quo")
    for key in ("svf_mean", "uhi_oke_k_mean", "tmrt_max_c_mean", "tmrt_max_c_share_above", "ground_temp_max_c_mean",
                "site_roof_temp_max_c", "site_pervious_fraction", "lcz_code", "lcz_name", "day", "weather",
                "clear_sky", "tmrt_max_c_threshold"):
        out.metrics["heat_" + key] = hs.get(key)
    pos = heat.positions
    up = np.tile([0.0, 0.0, 1.0], (len(pos), 1))
    out.layers["svf"] = ResultLayer("svf", translate("report", "Sky view factor"), "", pos, up, heat.svf,
                                    g["heat_spacing_m"], translate("report", "SVF"))
    out.layers["tmrt_max"] = ResultLayer("tmrt_max", translate("report", "Daily maximum Tmrt"), "\u00b0C", pos, up,
                                         heat.tmrt_max_c, g["heat_spacing_m"], translate("report", "Tmrt"))
    out.parameters = {
        "sunlight_day": setup.date.isoformat(), "day": day.isoformat(), "window": f"{setup.start}-{setup.end}",
        "time_base": setup.time_base, "step_min": step, "min_hours": setup.min_hours,
        "preset": setup.base_profile, "weather": getattr(weather, "name", ""), "heat_day": hs.get("day"),
        "heat_weather": hs.get("weather"),
        "tmrt_threshold_c": hs.get("tmrt_max_c_threshold") or 55.0, **{k: v for k, v in g.items() if k != "step_min"},
    }
    out.seconds = time.monotonic() - t0
    rep(1.0, force=True)
    return out
