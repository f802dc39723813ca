"""What the Analysis dock runs: one core call per analysis kind, as a worker task.

Qt-free glue between the panel's settings (:class:`AnalysisSettings`) and the
core functions; :func:`make_task` returns ``task(progress, cancelled) ->
AnalysisOutput`` for :class:`plannerapp.ui.analysis_runner.TaskRunner`.
Every output is arrays (local metres, z up) the panel draws on the GUI
thread: ``positions (n, 3)``, ``normals (n, 3)``, ``values (n,)`` in
``unit``, plus the core result for tests and exports.

Kinds (:data:`KINDS`): sunlight hours on a ground grid / facades / windows
(:func:`plannerapp.analysis.sunlight_analysis.run_sunlight_analysis`),
shadow hours on a ground grid (:func:`plannerapp.analysis.shadows.compute_shadow_hours`),
annual irradiance on roofs / facades (:func:`plannerapp.analysis.irradiance.compute_insolation`),
sky view factor of the ground (:func:`plannerapp.analysis.heat.compute_sky_view_map`),
and heat: daily maximum Tmrt at 1.1 m and Oke's nocturnal UHI
(:func:`plannerapp.analysis.heat_project.compute_scheme_heat`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from plannerapp.i18n import QT_TRANSLATE_NOOP

#: kind -> short English legend title (the scalar bar in the 3D view)
LEGEND_TITLES = {
    "sun_grid": QT_TRANSLATE_NOOP("AnalysisPanel", "Sunlight"), "sun_facades": QT_TRANSLATE_NOOP("AnalysisPanel", "Sunlight"),
    "sun_windows": QT_TRANSLATE_NOOP("AnalysisPanel", "Sunlight"), "shadow_hours": QT_TRANSLATE_NOOP("AnalysisPanel", "Shadow"),
    "irr_roofs": QT_TRANSLATE_NOOP("AnalysisPanel", "Irradiance"), "irr_facades": QT_TRANSLATE_NOOP("AnalysisPanel", "Irradiance"),
    "svf": QT_TRANSLATE_NOOP("AnalysisPanel", "Sky view"), "heat_tmrt": QT_TRANSLATE_NOOP("AnalysisPanel", "Tmrt max"),
    "heat_uhi": QT_TRANSLATE_NOOP("AnalysisPanel", "UHI max"),
}
#: kind -> (English label for the combo, unit, receptor family)
KINDS = {
    "sun_grid": (QT_TRANSLATE_NOOP("AnalysisPanel", "Sunlight hours \u2013 ground grid"), "h", "grid"),
    "sun_facades": (QT_TRANSLATE_NOOP("AnalysisPanel", "Sunlight hours \u2013 facades"), "h", "facades"),
    "sun_windows": (QT_TRANSLATE_NOOP("AnalysisPanel", "Sunlight hours \u2013 windows"), "h", "windows"),
    "shadow_hours": (QT_TRANSLATE_NOOP("AnalysisPanel", "Shadow hours \u2013 ground grid"), "h", "grid"),
    "irr_roofs": (QT_TRANSLATE_NOOP("AnalysisPanel", "Annual irradiance \u2013 roofs"), "kWh/m\u00b2", "roofs"),
    "irr_facades": (QT_TRANSLATE_NOOP("AnalysisPanel", "Annual irradiance \u2013 facades"), "kWh/m\u00b2", "facades"),
    "svf": (QT_TRANSLATE_NOOP("AnalysisPanel", "Sky view factor \u2013 ground"), "", "grid"),
    "heat_tmrt": (QT_TRANSLATE_NOOP("AnalysisPanel", "Heat: max. mean radiant temperature (1.1 m)"), "\u00b0C", "grid"),
    "heat_uhi": (QT_TRANSLATE_NOOP("AnalysisPanel", "Heat: nocturnal heat island (Oke 1981)"), "K", "grid"),
}
SUN_KINDS = ("sun_grid", "sun_facades", "sun_windows", "shadow_hours")


@dataclass
class AnalysisSettings:
    """The panel's inputs.  Times ``"HH:MM"`` in ``time_base``; lengths in metres."""

    kind: str = "sun_grid"
    day: dt.date = field(default_factory=lambda: dt.date(dt.date.today().year, 3, 21))
    start: str = "08:00"
    end: str = "16:00"
    time_base: str = "clock"
    step_min: float = 10.0
    spacing_m: float = 2.0
    height_m: float = 1.5
    margin_m: float = 40.0
    whole_city: bool = False
    preset: str | None = None          # a solar profile id: its cut-offs and required hours apply
    required_hours: float | None = None
    building_ids: list[str] | None = None   # facades/windows/roofs: these buildings (None = new/all)


@dataclass(eq=False)
class AnalysisOutput:
    kind: str
    title: str
    unit: str
    positions: np.ndarray
    normals: np.ndarray
    values: np.ndarray
    patch_size: float
    origin: np.ndarray
    required: float | None = None
    building_ids: list[str] | None = None   # per point ('' = ground)
    core: object = None                      # the core function's own result
    request: object = None                   # e.g. the SunlightRequest used
    note: str = ""                           # what the inputs were (e.g. the heat forcing day), shown as is
    elapsed_s: float = 0.0


def analysis_area(project, city, settings: AnalysisSettings):
    """Polygon (local m) of the grid: the parcels grown by margin_m, else the city's box."""
    import shapely

    if not settings.whole_city and project is not None and getattr(project.controls, "parcels", None):
        return shapely.union_all([p.polygon for p in project.controls.parcels]).buffer(settings.margin_m, join_style=2)
    b = city.bounds_local()
    return shapely.box(b[0] - settings.margin_m, b[1] - settings.margin_m, b[3] + settings.margin_m, b[4] + settings.margin_m)


def sunlight_request(city, project, s: AnalysisSettings):
    """The :class:`SunlightRequest` the panel's settings describe (ground points built here)."""
    from plannerapp.analysis.points import ground_grid
    from plannerapp.analysis.profiles import PLAIN, get_profile
    from plannerapp.analysis.sunlight_analysis import SunlightRequest

    criteria, required = PLAIN, s.required_hours
    if s.preset:
        prof = get_profile(s.preset)
        criteria = prof.criteria
        required = prof.required_hours if required is None else required
    site = getattr(project, "site", None)
    base = dict(day=s.day, start=s.start, end=s.end, step_min=s.step_min, time_base=s.time_base,
                timezone=getattr(site, "timezone", None), latitude=getattr(site, "latitude", None),
                longitude=getattr(site, "longitude", None), criteria=criteria, required_hours=required,
                spacing_m=s.spacing_m, height_m=s.height_m)
    family = KINDS[s.kind][2]
    if family == "grid":
        pts = ground_grid(analysis_area(project, city, s), s.spacing_m, s.height_m, city=city)
        return SunlightRequest(receptors="points", positions=pts.positions, normals=pts.normals, **base)
    return SunlightRequest(receptors=family, building_ids=s.building_ids, floors="all" if family == "facades" else "lowest",
                           **base)


def _ids_of(city, building_index) -> list[str]:
    ids = [b.id for b in city.buildings]
    return [ids[i] if i >= 0 else "" for i in np.asarray(building_index)]


def make_task(kind: str, city, project, scheme, settings: AnalysisSettings):
    """``task(progress, cancelled) -> AnalysisOutput`` for *kind* on *city* (the built city)."""
    s = dataclasses.replace(settings, kind=kind)
    label, unit, _family = KINDS[kind]
    origin = np.asarray(city.origin, dtype=np.float64)

    def out(positions, normals, values, size, **kw):
        return AnalysisOutput(kind, label, unit, np.asarray(positions, float), np.asarray(normals, float),
                              np.asarray(values, float), size, origin, **kw)

    if kind in ("sun_grid", "sun_facades", "sun_windows"):
        def task(progress, cancelled):
            from plannerapp.analysis.sunlight_analysis import run_sunlight_analysis

            req = sunlight_request(city, project, s)
            res = run_sunlight_analysis(city, req, progress=progress, cancelled=cancelled)
            size = s.spacing_m if kind != "sun_windows" else 1.5
            return out(res.points.positions, res.points.normals, res.result.hours, size,
                       required=req.required_hours, building_ids=_ids_of(city, res.points.building),
                       core=res, request=req)
        return task

    if kind == "shadow_hours":
        def task(progress, cancelled):
            from plannerapp.analysis.occluders import occluder_mesh
            from plannerapp.analysis.raycast import OcclusionScene
            from plannerapp.analysis.shadows import compute_shadow_hours
            from plannerapp.analysis.sun import site_for_city, sun_path

            req = sunlight_request(city, project, s)
            site = site_for_city(city, req.latitude, req.longitude, req.timezone)
            suns = sun_path(site, req.day, req.start, req.end, req.step_min, time_base=req.time_base)
            mesh = occluder_mesh(city)
            scene = OcclusionScene(mesh.vertices, mesh.faces, "embree")
            try:
                hours, res = compute_shadow_hours(scene, suns, req.positions, progress=progress, cancelled=cancelled)
            finally:
                scene.close()
            return out(req.positions, req.normals, hours, s.spacing_m, core=res, request=req)
        return task

    if kind in ("irr_roofs", "irr_facades"):
        def task(progress, cancelled):
            from plannerapp.analysis.heat_project import project_weather_path
            from plannerapp.analysis.irradiance import compute_insolation
            from plannerapp.analysis.occluders import occlusion_scene
            from plannerapp.analysis.points import facade_points, roof_points
            from plannerapp.analysis.sun import site_for_city
            from plannerapp.analysis.weather import clear_sky_weather, read_weather

            site = site_for_city(city)
            wpath = project_weather_path(project) if project is not None else None
            weather = read_weather(wpath) if wpath else clear_sky_weather(site.latitude, site.longitude)
            which = None
            if s.building_ids is not None:
                wanted = set(s.building_ids)
                which = [i for i, b in enumerate(city.buildings) if b.id in wanted]
            pts = (roof_points(city, s.spacing_m, buildings=which) if kind == "irr_roofs"
                   else facade_points(city, s.spacing_m, buildings=which))
            with occlusion_scene(city, "embree") as scene:
                res = compute_insolation(scene, pts.positions, pts.normals, weather, site, progress=progress,
                                         cancelled=cancelled)
            return out(pts.positions, pts.normals, res.annual, s.spacing_m, building_ids=_ids_of(city, pts.building),
                       core=res, note=weather.name or str(wpath or ""))
        return task

    if kind == "svf":
        def task(progress, cancelled):
            from plannerapp.analysis.heat import compute_sky_view_map

            res = compute_sky_view_map(city, analysis_area(project, city, s), s.spacing_m, facades=False,
                                       progress=progress, cancelled=cancelled)
            return out(res.ground.positions, res.ground.normals, res.ground_svf, s.spacing_m, core=res)
        return task

    if kind in ("heat_tmrt", "heat_uhi"):
        def task(progress, cancelled):
            from plannerapp.analysis.heat_project import compute_scheme_heat

            res, _c, _g = compute_scheme_heat(project, scheme, date=s.day, hottest=False, spacing=s.spacing_m,
                                              margin=s.margin_m, whole_city=s.whole_city, progress=progress,
                                              cancelled=cancelled)
            vals = res.tmrt_max_c if kind == "heat_tmrt" else res.uhi_k
            normals = np.tile([0.0, 0.0, 1.0], (len(res), 1))
            return out(res.positions, normals, vals, s.spacing_m, core=res, note=res.day.describe())
        return task
    raise KeyError(kind)


__all__ = ["KINDS", "LEGEND_TITLES", "SUN_KINDS", "AnalysisSettings", "AnalysisOutput", "make_task", "sunlight_request", "analysis_area"]
