"""One call for a whole sunlight analysis: the function the CLI and the GUI worker wrap.

    req = SunlightRequest(day="2026-01-20", start="08:00", end="16:00", step_min=1,
                          time_base="solar", receptors="facades")
    out = run_sunlight_analysis(city, req, progress=..., cancelled=...)
    out.points, out.suns, out.result        # SamplePoints, SunPath, SunlightResult

``city`` is the city to analyse (for a scheme: ``scheme.built_city(context)``);
points are LOCAL metres.  A profile (:func:`plannerapp.analysis.profiles.get_profile`)
fills the day, window, time base, step and cut-offs via :meth:`SunlightRequest.from_profile`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from plannerapp.analysis.occluders import occluder_mesh
from plannerapp.analysis.points import SamplePoints, facade_points, ground_grid, user_points, window_receptors
from plannerapp.analysis.profiles import PLAIN, SunCriteria, SunProfile
from plannerapp.analysis.raycast import OcclusionScene
from plannerapp.analysis.sun import Site, SunPath, site_for_city, sun_path
from plannerapp.analysis.sunhours import SunlightResult, compute_sunlight_hours

RECEPTORS = ("grid", "facades", "windows", "points")


@dataclass
class SunlightRequest:
    """What to compute.

    day, start, end: date and window (``"HH:MM"``) in ``time_base`` (``"solar"`` or ``"clock"``).
    step_min: time step, minutes.  timezone: for clock time (IANA name or ``+08:00``).
    latitude/longitude: override the site (default: from the city's CRS).
    receptors: ``"grid"`` (spacing_m, height_m, over the city's bounds grown by
    grid_margin_m), ``"facades"`` (spacing_m, all floors),
    ``"windows"`` (lowest floor sill centres; ``window_mode="full"`` for points across)
    or ``"points"`` (``positions``/``normals`` given, local metres); building_ids
    limits facades/windows to those buildings (default all).
    criteria: cut-offs and counting (default plain geometry).  backend: ``"embree"``/``"numpy"``.
    """

    day: dt.date | str
    start: str = "08:00"
    end: str = "16:00"
    step_min: float = 5.0
    time_base: str = "clock"
    timezone: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    receptors: str = "grid"
    spacing_m: float = 1.0
    height_m: float = 1.5
    grid_margin_m: float = 0.0
    sill_height_m: float = 0.9
    floors: str = "all"
    window_mode: str = "centre"
    building_ids: list[str] | None = None
    positions: np.ndarray | None = None
    normals: np.ndarray | None = None
    criteria: SunCriteria = field(default_factory=lambda: PLAIN)
    backend: str = "embree"
    required_hours: float | None = None

    @classmethod
    def from_profile(cls, profile: SunProfile, year: int | None = None, **overrides) -> "SunlightRequest":
        """A request with the profile's standard day (in *year*), window, time base, step,
        spacing, sill height, cut-offs and required hours; *overrides* win."""
        base = cls(day=profile.date(year), start=profile.window[0], end=profile.window[1],
                   step_min=profile.step_min, time_base=profile.time_base, spacing_m=profile.spacing_m,
                   sill_height_m=profile.sill_height_m, criteria=profile.criteria,
                   required_hours=profile.required_hours,
                   receptors="grid" if profile.receptor == "ground_grid" else "windows",
                   height_m=max(profile.ground_height_m, 0.05) if profile.receptor == "ground_grid" else 1.5,
                   floors="lowest" if profile.receptor == "window_sill" else "all")
        return dataclasses.replace(base, **overrides)


@dataclass(eq=False)
class SunlightAnalysis:
    """The output: receptors, sun path, per-point results and the site used."""

    points: SamplePoints
    suns: SunPath
    result: SunlightResult
    site: Site
    request: SunlightRequest


def receptors_for(city, req: SunlightRequest) -> SamplePoints:
    """The sample points a request asks for (local metres)."""
    if req.receptors == "grid":
        b = city.bounds_local()
        if not np.isfinite(b).all():
            raise ValueError("the city has no buildings to place a grid over")
        m = req.grid_margin_m
        return ground_grid((b[0] - m, b[1] - m, b[3] + m, b[4] + m), req.spacing_m, req.height_m, city=city)
    which = None
    if req.building_ids is not None:
        wanted = set(req.building_ids)
        which = [i for i, b in enumerate(city.buildings) if b.id in wanted]
    if req.receptors == "facades":
        return facade_points(city, req.spacing_m, sill_height=req.sill_height_m, floors=req.floors, buildings=which)
    if req.receptors == "windows":
        return window_receptors(city, buildings=which, sill_height=req.sill_height_m, floors=req.floors,
                                mode=req.window_mode)
    if req.receptors == "points":
        if req.positions is None:
            raise ValueError("receptors='points' needs positions")
        return user_points(req.positions, req.normals)
    raise ValueError(f"receptors must be one of {RECEPTORS}")


def run_sunlight_analysis(city, req: SunlightRequest, *, progress=None, cancelled=None,
                          scene: OcclusionScene | None = None) -> SunlightAnalysis:
    """Sun path + receptors + occlusion scene + :func:`compute_sunlight_hours` in one call.

    Raises ``InputError`` for a bad window/date/time zone or a city without a
    site position, and ``Cancelled`` when *cancelled()* turns true.
    """
    site = site_for_city(city, req.latitude, req.longitude, req.timezone)
    suns = sun_path(site, req.day, req.start, req.end, req.step_min, time_base=req.time_base)
    pts = receptors_for(city, req)
    own = scene is None
    if own:
        mesh = occluder_mesh(city)
        scene = OcclusionScene(mesh.vertices, mesh.faces, req.backend)
    try:
        res = compute_sunlight_hours(scene, suns, pts.positions, pts.normals, criteria=req.criteria,
                                     progress=progress, cancelled=cancelled)
    finally:
        if own:
            scene.close()
    return SunlightAnalysis(pts, suns, res, site, req)
