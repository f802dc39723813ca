"""Heat analysis of a project's scheme in one call (what the CLI and the GUI panel run).

:func:`compute_scheme_heat` picks the city (context, or a scheme built on
it), the scheme's green areas, the sun site (project site + grid
convergence), the analysis area (the parcels grown by a margin) and the day
(:func:`project_heat_day`), then runs
:func:`plannerapp.analysis.heat.compute_heat`.

Weather, in order: the *weather* file given; the project's
``settings["weather"]`` (or a top-level ``"weather"`` key in
``project.json``), a path relative to the project folder; else a clear sky
with the assumed air temperature of :mod:`plannerapp.analysis.heat_weather`.
"""

from __future__ import annotations

from pathlib import Path

from plannerapp.analysis.heat import analysis_area, compute_heat
from plannerapp.analysis.heat_weather import (DEFAULT_RH_PCT, DEFAULT_TA_MAX_C, DEFAULT_TA_MIN_C, clear_sky_day,
                                              day_from_weather, standard_offset_hours)
from plannerapp.errors import InputError
from plannerapp.i18n import translate


def project_weather_path(project) -> Path | None:
    """The weather file named by the project (``settings.weather`` or ``weather``), or ``None``."""
    rel = (project.settings or {}).get("weather") or (project.extra or {}).get("weather")
    if isinstance(rel, str) and rel:
        return Path(project.root) / rel
    return None


def project_heat_day(project, site, *, weather=None, date=None, hottest: bool | None = None,
                     ta_max_c: float | None = None, ta_min_c: float | None = None, rh_pct: float | None = None):
    """The :class:`~plannerapp.analysis.heat_weather.HeatDay` for *project* (see the module docstring).

    hottest: default true when no *date* is given.  ta_max_c/ta_min_c/rh_pct
    apply to the clear-sky day only (an :class:`InputError` with a weather file).
    """
    from plannerapp.analysis.weather import COMMON_YEAR, read_weather

    hottest = date is None if hottest is None else hottest
    path = Path(weather) if weather else project_weather_path(project)
    if path is not None:
        if any(v is not None for v in (ta_max_c, ta_min_c, rh_pct)):
            raise InputError(None, translate("heat", "an assumed air temperature or humidity applies to the clear-sky "
                                                     "day only, not with a weather file"))
        return day_from_weather(read_weather(path), date, hottest=hottest, site_lat=site.latitude,
                                site_lon=site.longitude)
    off = standard_offset_hours(site.timezone, site.longitude, COMMON_YEAR)
    return clear_sky_day(site.latitude, site.longitude, date, hottest=hottest, utc_offset_h=off,
                         ta_max_c=DEFAULT_TA_MAX_C if ta_max_c is None else ta_max_c,
                         ta_min_c=DEFAULT_TA_MIN_C if ta_min_c is None else ta_min_c,
                         rh_pct=DEFAULT_RH_PCT if rh_pct is None else rh_pct)


def compute_scheme_heat(project, scheme=None, *, day=None, weather=None, date=None, hottest: bool | None = None,
                        spacing: float = 2.0, margin: float = 50.0, whole_city: bool = False, materials=None,
                        facades: bool = False, progress=None, cancelled=None, backend: str = "embree", **day_kw):
    """``(HeatResult, city, greens)`` for *scheme* (a :class:`Scheme`, its id/name, or ``None`` = status quo).

    day: a ready :class:`HeatDay` (else :func:`project_heat_day` with *weather*,
    *date*, *hottest* and ``day_kw``).  Area: parcels grown by *margin* m,
    or the whole city.  Raises :class:`InputError` for an unknown scheme.
    """
    from plannerapp.analysis.sun import site_for_city

    if isinstance(scheme, str):
        try:
            scheme = project.scheme(scheme)
        except KeyError:
            names = ", ".join(s.display_name for s in project.schemes) or "-"
            raise InputError(project.root or None, translate("heat", "no scheme {name!r} in the project (schemes: {names})").format(
                name=scheme, names=names)) from None
    city = scheme.built_city(project.context) if scheme is not None else project.context
    greens = list(scheme.greens) if scheme is not None else []
    ps = project.site
    site = site_for_city(city, ps.latitude if ps else None, ps.longitude if ps else None, ps.timezone if ps else None)
    if day is None:
        day = project_heat_day(project, site, weather=weather, date=date, hottest=hottest, **day_kw)
    area = None if whole_city else analysis_area(project, margin)
    res = compute_heat(city, greens, day, site, area=area, spacing=spacing, materials=materials, facades=facades,
                       progress=progress, cancelled=cancelled, backend=backend)
    return res, city, greens
