"""Sun positions for a site and a time window, as scene direction vectors.

Frames and units
----------------
* Angles in degrees.  pvlib azimuths are clockwise from **true** north; the
  scene is a projected grid whose +y axis is *grid* north.  A true azimuth
  ``A`` is the grid azimuth ``A - convergence`` (see
  :func:`plannerapp.geometry.crs.meridian_convergence`, clockwise positive).
* Direction vectors point **from the scene towards the sun**, unit length, in
  the LOCAL grid frame (x east-ish, y grid north, z up).
* Times: every analysis interval ``[t, t + step)`` is evaluated at its
  midpoint.  Instants are kept in UTC (tz-aware ``pandas.DatetimeIndex``),
  in local clock time (the time zone) and as true (apparent) solar time
  (hours after local apparent midnight, a float).

True solar time = clock time + equation of time + (longitude - zone
meridian) / 15 h, with the zone meridian = 15 deg x UTC offset.  The equation
of time is NREL SPA's (pvlib ``spa_python``), evaluated at each instant.

Sun positions come from pvlib's NREL SPA (``method='nrel_numpy'``), within
0.01 deg of the published SPA values (tests/analysis/test_sun.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
import pvlib

from plannerapp.errors import InputError
from plannerapp.i18n import translate

TIME_BASE_SOLAR = "solar"
TIME_BASE_CLOCK = "clock"


@dataclass(frozen=True, eq=False)
class Site:
    """Where the sun is computed from.

    latitude, longitude: WGS84 degrees (east positive).
    timezone: IANA name (``"Asia/Shanghai"``) or a fixed offset such as
        ``"+08:00"``; ``None`` -> a fixed offset of ``round(lon / 15)`` hours.
    convergence_deg: meridian convergence at the site (true north -> grid
        north, clockwise positive); 0 for a true-north-aligned local frame.
    elevation_m: site height above sea level (m).
    """

    latitude: float
    longitude: float
    timezone: str | None = None
    convergence_deg: float = 0.0
    elevation_m: float = 0.0

    def tzinfo(self) -> dt.tzinfo:
        return parse_timezone(self.timezone, self.longitude)


def parse_timezone(text: str | None, longitude: float = 0.0) -> dt.tzinfo:
    """An IANA name, ``UTC+8``/``+08:00``/``+8`` style offset, or ``None``.

    ``None`` gives a fixed offset of ``round(longitude / 15)`` hours.
    Raises :class:`InputError` for an unknown zone.
    """
    if text is None or str(text).strip() == "":
        return dt.timezone(dt.timedelta(hours=int(round(longitude / 15.0))))
    s = str(text).strip()
    core = s.upper().removeprefix("UTC").removeprefix("GMT")
    if core == "":
        return dt.timezone.utc
    if core[0] in "+-" and core[1:].replace(":", "").replace(".", "").isdigit():
        sign = -1 if core[0] == "-" else 1
        body = core[1:]
        if ":" in body:
            h, m = body.split(":", 1)
            hours = int(h) + int(m) / 60.0
        else:
            hours = float(body)
        return dt.timezone(dt.timedelta(hours=sign * hours))
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(s)
    except Exception:  # noqa: BLE001 - ZoneInfoNotFoundError, ValueError
        raise InputError(None, translate("analysis", "unknown time zone {zone!r} (use an IANA name such as Asia/Shanghai, or +08:00)").format(zone=s)) from None


def utc_offset_hours(tz: dt.tzinfo, day: dt.date) -> float:
    """UTC offset of *tz* at local noon of *day*, hours."""
    noon = dt.datetime.combine(day, dt.time(12, 0)).replace(tzinfo=tz)
    return noon.utcoffset().total_seconds() / 3600.0


def solar_positions(times_utc: pd.DatetimeIndex, site: Site) -> pd.DataFrame:
    """pvlib NREL SPA positions at *times_utc*: apparent_elevation, azimuth, equation_of_time..."""
    return pvlib.solarposition.get_solarposition(
        times_utc, site.latitude, site.longitude, altitude=site.elevation_m, method="nrel_numpy"
    )


def directions_from_angles(azimuth_deg, altitude_deg, convergence_deg: float = 0.0) -> np.ndarray:
    """Unit vectors ``(k, 3)`` towards the sun in the local grid frame.

    *azimuth_deg* clockwise from true north, *altitude_deg* above the horizon;
    *convergence_deg* as in :class:`Site`.
    """
    az = np.radians(np.asarray(azimuth_deg, dtype=np.float64) - convergence_deg)
    alt = np.radians(np.asarray(altitude_deg, dtype=np.float64))
    c = np.cos(alt)
    return np.stack([np.sin(az) * c, np.cos(az) * c, np.sin(alt)], axis=-1).reshape(-1, 3)


def solar_to_clock(day: dt.date, solar_hours, site: Site) -> pd.DatetimeIndex:
    """UTC instants at which true solar time on *day* equals *solar_hours* (float hours).

    Solves clock = solar - EoT - (lon - zone meridian)/15 h with the SPA
    equation of time evaluated at the instant (two fixed-point iterations;
    EoT changes by < 1 s per hour).
    """
    hours = np.atleast_1d(np.asarray(solar_hours, dtype=np.float64))
    midnight_utc = pd.Timestamp(dt.datetime.combine(day, dt.time(0)), tz="UTC")
    # local mean time = UTC + lon/15 h  ->  UTC = LMT - lon/15
    base = hours - site.longitude / 15.0
    eot_h = np.zeros_like(hours)
    times = midnight_utc + pd.to_timedelta(base, unit="h")
    for _ in range(2):
        eot_min = pvlib.solarposition.spa_python(
            times, site.latitude, site.longitude, how="numpy"
        )["equation_of_time"].to_numpy()
        eot_h = eot_min / 60.0
        times = midnight_utc + pd.to_timedelta(base - eot_h, unit="h")
    return pd.DatetimeIndex(times)


def true_solar_hours(times_utc: pd.DatetimeIndex, site: Site, eot_min=None) -> np.ndarray:
    """True solar time (hours after apparent midnight, 0-24) at *times_utc*."""
    if eot_min is None:
        eot_min = pvlib.solarposition.spa_python(
            times_utc, site.latitude, site.longitude, how="numpy"
        )["equation_of_time"].to_numpy()
    t = pd.DatetimeIndex(times_utc).tz_convert("UTC")
    utc_h = (t.hour + t.minute / 60.0 + (t.second + t.microsecond / 1e6) / 3600.0).to_numpy()
    return np.mod(utc_h + site.longitude / 15.0 + np.asarray(eot_min) / 60.0, 24.0)


@dataclass(frozen=True, eq=False)
class SunPath:
    """Sun positions for consecutive analysis intervals ``[start_i, end_i)``.

    Arrays have one entry per interval (``k`` of them):

    times_utc: interval midpoints (tz-aware UTC ``DatetimeIndex``).
    starts_utc, ends_utc: interval bounds (UTC).
    duration_h: ``(k,)`` interval lengths in hours (the last one may be short):
        true-solar hours for a solar-time window (so 08:00-16:00 is exactly
        8 h; a solar hour differs from a clock hour by < 1 s), elapsed hours
        for a clock-time window.
    azimuth_deg: clockwise from true north; altitude_deg: apparent elevation.
    directions: ``(k, 3)`` unit vectors towards the sun, local grid frame.
    above: ``(k,)`` bool, sun above the horizon at the midpoint (below never counts).
    site: the :class:`Site`; time_base: ``"solar"`` or ``"clock"`` (how the
    window was given).
    """

    times_utc: pd.DatetimeIndex
    starts_utc: pd.DatetimeIndex
    ends_utc: pd.DatetimeIndex
    duration_h: np.ndarray
    azimuth_deg: np.ndarray
    altitude_deg: np.ndarray
    directions: np.ndarray
    above: np.ndarray
    site: Site
    time_base: str = TIME_BASE_CLOCK
    equation_of_time_min: np.ndarray | None = None

    def __len__(self) -> int:
        return int(self.duration_h.shape[0])

    @property
    def step_h(self) -> float:
        return float(self.duration_h.max()) if len(self) else 0.0

    @cached_property
    def local_times(self) -> pd.DatetimeIndex:
        """Interval midpoints in the site's local clock time."""
        return self.times_utc.tz_convert(self.site.tzinfo())

    @cached_property
    def solar_hours(self) -> np.ndarray:
        """Interval midpoints as true solar time, hours."""
        return true_solar_hours(self.times_utc, self.site, self.equation_of_time_min)

    def subset(self, mask) -> "SunPath":
        m = np.asarray(mask)
        eot = None if self.equation_of_time_min is None else self.equation_of_time_min[m]
        return SunPath(
            self.times_utc[m], self.starts_utc[m], self.ends_utc[m], self.duration_h[m],
            self.azimuth_deg[m], self.altitude_deg[m], self.directions[m], self.above[m],
            self.site, self.time_base, eot,
        )


#: smallest time step, minutes (one second)
MIN_STEP_MIN = 1.0 / 60.0


def _parse_hhmm(value) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dt.time):
        return value.hour + value.minute / 60.0 + value.second / 3600.0
    s = str(value).strip()
    try:
        parts = [int(p) for p in s.split(":")]
        if not 1 <= len(parts) <= 3:
            raise ValueError
        h = parts[0] + (parts[1] if len(parts) > 1 else 0) / 60.0 + (parts[2] if len(parts) > 2 else 0) / 3600.0
    except ValueError:
        raise InputError(None, translate("analysis", "time {value!r} is not HH:MM").format(value=s)) from None
    if not 0.0 <= h <= 24.0:
        raise InputError(None, translate("analysis", "time {value!r} is outside 00:00-24:00").format(value=s))
    return h


def sun_path(
    site: Site,
    day: dt.date | str,
    start="08:00",
    end="16:00",
    step_min: float = 1.0,
    *,
    time_base: str = TIME_BASE_CLOCK,
) -> SunPath:
    """Sun positions for ``[start, end)`` on *day*, in intervals of *step_min* minutes.

    *start*/*end* are ``"HH:MM"`` strings, ``datetime.time`` or float hours,
    read as local clock time in ``site.timezone`` (``time_base="clock"``) or
    as true solar time (``time_base="solar"``).  Each interval is evaluated at
    its midpoint; the last interval is shortened to end at *end*.
    Raises :class:`InputError` for an empty window or a non-positive step.
    """
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day.strip())
        except ValueError:
            raise InputError(None, translate("analysis", "date {value!r} is not YYYY-MM-DD").format(value=day)) from None
    h0, h1 = _parse_hhmm(start), _parse_hhmm(end)
    if not (step_min and np.isfinite(step_min) and step_min > 0):
        raise InputError(None, translate("analysis", "time step {value!r} min must be positive").format(value=step_min))
    if step_min < MIN_STEP_MIN:  # a sub-second step would allocate billions of sun positions
        raise InputError(None, translate("analysis", "time step {value!r} min is below one second").format(value=step_min))
    if h1 <= h0:
        raise InputError(None, translate("analysis", "time window {start}-{end} is empty (end must be after start)").format(start=start, end=end))
    if time_base not in (TIME_BASE_CLOCK, TIME_BASE_SOLAR):
        raise ValueError(f"time_base must be 'clock' or 'solar', not {time_base!r}")
    step_h = float(step_min) / 60.0
    n = int(np.ceil((h1 - h0) / step_h - 1e-9))
    s = h0 + step_h * np.arange(n)
    e = np.minimum(s + step_h, h1)
    edges = np.append(s, e[-1])
    if time_base == TIME_BASE_SOLAR:
        edges_utc = solar_to_clock(day, edges, site)
    else:
        # wall-clock edges localised one by one, so a DST change that day is honoured
        naive = pd.Timestamp(dt.datetime.combine(day, dt.time(0))) + pd.to_timedelta(edges, unit="h")
        local = pd.DatetimeIndex(naive).tz_localize(site.tzinfo(), ambiguous=np.zeros(len(naive), dtype=bool),
                                                    nonexistent="shift_forward")
        edges_utc = local.tz_convert("UTC")
    starts, ends = edges_utc[:-1], edges_utc[1:]
    mids = starts + (ends - starts) / 2
    if time_base == TIME_BASE_SOLAR:
        duration = e - s  # hours of true solar time, the measure the rules use
    else:
        duration = ((ends - starts).total_seconds() / 3600.0).to_numpy()  # elapsed (DST-safe)
    return sun_path_at(site, pd.DatetimeIndex(mids), starts, ends, duration, time_base)


def sun_path_at(site: Site, mids_utc, starts_utc=None, ends_utc=None, duration_h=None,
                time_base: str = TIME_BASE_CLOCK) -> SunPath:
    """A :class:`SunPath` for given interval midpoints (UTC); bounds default to the midpoints."""
    mids = pd.DatetimeIndex(mids_utc)
    if mids.tz is None:
        mids = mids.tz_localize("UTC")
    mids = mids.tz_convert("UTC")
    pos = solar_positions(mids, site)
    alt = pos["apparent_elevation"].to_numpy(np.float64)
    az = pos["azimuth"].to_numpy(np.float64)
    k = len(mids)
    return SunPath(
        times_utc=mids,
        starts_utc=mids if starts_utc is None else pd.DatetimeIndex(starts_utc),
        ends_utc=mids if ends_utc is None else pd.DatetimeIndex(ends_utc),
        duration_h=np.zeros(k) if duration_h is None else np.asarray(duration_h, np.float64),
        azimuth_deg=az,
        altitude_deg=alt,
        directions=directions_from_angles(az, alt, site.convergence_deg),
        above=alt > 0.0,
        site=site,
        time_base=time_base,
        equation_of_time_min=pos["equation_of_time"].to_numpy(np.float64),
    )


def site_for_city(city, latitude: float | None = None, longitude: float | None = None,
                  timezone: str | None = None) -> Site:
    """The :class:`Site` of a City: lat/lon given, or the CRS's lon/lat of the city centre.

    The meridian convergence is a property of the scene's grid, so it is
    always taken at the city centre as placed by its CRS (also when lat/lon
    are given to move the sun to another site); 0 without a projected CRS.
    Raises :class:`InputError` when neither lat/lon nor a CRS is known.
    """
    from plannerapp.geometry import crs as crsmod

    crs = getattr(city, "crs", None)
    where = getattr(city, "source", None) or None
    centre = None
    if crs:
        b = city.bounds_world()
        cx, cy = 0.5 * (b[0] + b[3]), 0.5 * (b[1] + b[4])
        if not np.isfinite([cx, cy]).all():
            cx, cy = float(city.origin[0]), float(city.origin[1])
        try:
            clon, clat = crsmod.to_lonlat(crs, cx, cy)
            if np.isfinite(clon) and np.isfinite(clat):
                centre = (float(clon), float(clat))
        except (InputError, RuntimeError, ValueError):
            centre = None
    if latitude is None or longitude is None:
        if centre is None:
            if not crs:
                raise InputError(where, translate("analysis", "the scene has no coordinate reference system: give the site latitude and longitude"))
            raise InputError(where, translate("analysis", "cannot derive the site position from CRS {crs}: give --lat and --lon").format(crs=crs))
        longitude, latitude = centre
    conv = 0.0
    if centre is not None:
        try:
            conv = crsmod.meridian_convergence(crs, centre[0], centre[1])
        except (InputError, RuntimeError, ValueError):
            conv = 0.0
        if not np.isfinite(conv):
            conv = 0.0
    return Site(float(latitude), float(longitude), timezone, float(conv))


def apparent_solar_longitude(times_utc) -> np.ndarray:
    """Apparent geocentric ecliptic longitude of the sun (deg, 0-360) at *times_utc*.

    NREL SPA's heliocentric series (pvlib ``spa``) + aberration, with the
    main nutation term (-17.20" sin Omega; the omitted terms stay below 1.5").
    """
    from pvlib import spa

    t = pd.DatetimeIndex(times_utc)
    t = t.tz_localize("UTC") if t.tz is None else t.tz_convert("UTC")
    unixtime = (t - pd.Timestamp("1970-01-01", tz="UTC")).total_seconds().to_numpy()
    jd = spa.julian_day(unixtime)
    jce = spa.julian_ephemeris_century(spa.julian_ephemeris_day(jd, 69.0))
    jme = spa.julian_ephemeris_millennium(jce)
    theta = spa.geocentric_longitude(spa.heliocentric_longitude(jme))
    r = spa.heliocentric_radius_vector(jme)
    omega = np.radians(125.04452 - 1934.136261 * jce)
    return np.mod(theta - 17.20 / 3600.0 * np.sin(omega) + spa.aberration_correction(r), 360.0)


def solar_term_instant(year: int, longitude_deg: float, near: tuple[int, int]) -> pd.Timestamp:
    """UTC instant (to the minute) when the sun's apparent longitude reaches *longitude_deg*
    within 4 days of month/day *near* of *year* (e.g. 300 = Great Cold, 270 = winter solstice)."""
    c = pd.Timestamp(dt.datetime(year, near[0], near[1]), tz="UTC")
    ts = pd.date_range(c - pd.Timedelta(days=4), c + pd.Timedelta(days=4), freq="1min")
    lam = np.degrees(np.unwrap(np.radians(apparent_solar_longitude(ts))))
    target = longitude_deg + 360.0 * np.round((lam[0] - longitude_deg) / 360.0)
    if target < lam[0]:
        target += 360.0
    i = int(np.searchsorted(lam, target))
    if i >= len(ts):
        raise ValueError(f"no solar longitude {longitude_deg} deg near {year}-{near[0]:02d}-{near[1]:02d}")
    return ts[i]


def solar_term_date(year: int, longitude_deg: float, near: tuple[int, int], tz: str = "Asia/Shanghai") -> dt.date:
    """Calendar date in *tz* of a solar term (Chinese almanacs date terms in Beijing time)."""
    return solar_term_instant(year, longitude_deg, near).tz_convert(parse_timezone(tz)).date()
