"""One day of hourly weather for the heat analysis: a chosen or the hottest day.

With a weather file (EPW or TMY3 CSV, read by
:func:`plannerapp.analysis.weather.read_weather`, i.e. pvlib
``iotools.read_epw`` / ``read_tmy3``): GHI, DNI, DHI (W/m2) and air
temperature (deg C) of each hour of the day; relative humidity from the same
file (100 % would overstate sky emission, so a file without it is refused).
"Hottest day" = the day with the highest hourly air temperature in the file.
The clearness index ``c = GHI / GHI_clear`` (pvlib Ineichen clear sky, 0-1)
corrects sky emissivity and surface heating for cloud.

Without a file: a clear sky (pvlib ``Location.get_clearsky``, Ineichen with
pvlib's Linke turbidity climatology) on the chosen day - the summer solstice
for "hottest" - and an ASSUMED air temperature cycle
``Ta = (Tmax + Tmin)/2 + (Tmax - Tmin)/2 cos(2 pi (t - 15 h) / 24 h)``
(default 30 / 20 deg C) at constant relative humidity (default 50 %).  That
is a scenario for comparing schemes, not a forecast; the output says so.

Times: hourly intervals of the file's local STANDARD time (EPW convention;
no daylight saving), each evaluated at its midpoint (``mid_utc``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from plannerapp.errors import InputError
from plannerapp.i18n import translate

DEFAULT_TA_MAX_C = 30.0
DEFAULT_TA_MIN_C = 20.0
DEFAULT_RH_PCT = 50.0


@dataclass(eq=False)
class HeatDay:
    """Hourly forcing of one day; arrays ``(24,)`` (hour intervals of local standard time).

    hours_lst: interval midpoints, hours after local standard midnight.
    ghi, dni, dhi: W/m2; ta_c: deg C; rh_pct: %; clearness: 0-1.
    sunrise_lst: h; max_altitude_deg: the day's highest sun altitude.
    """

    day: dt.date
    hours_lst: np.ndarray
    mid_utc: pd.DatetimeIndex
    ghi: np.ndarray
    dni: np.ndarray
    dhi: np.ndarray
    ta_c: np.ndarray
    rh_pct: np.ndarray
    clearness: np.ndarray
    utc_offset_h: float
    sunrise_lst: float
    max_altitude_deg: float
    source: str
    clear_sky: bool
    #: great-circle distance (km) from the weather station to the site (0 for a clear sky at the site)
    weather_distance_km: float = 0.0

    def describe(self) -> str:
        kind = "clear sky, assumed air temperature" if self.clear_sky else "weather file"
        return f"{self.day.isoformat()} ({kind}: {self.source}); Ta {self.ta_c.min():.1f}-{self.ta_c.max():.1f} C"


def parse_day(value) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(None, translate("heat", "date {value!r} is not YYYY-MM-DD").format(value=value)) from None


def _sun_facts(latitude: float, longitude: float, day: dt.date, utc_offset_h: float):
    """(sunrise, hour of max altitude) in local standard hours and the max altitude (deg)."""
    import pvlib

    start = pd.Timestamp(dt.datetime.combine(day, dt.time(0)), tz="UTC") - pd.Timedelta(hours=utc_offset_h)
    t = start + pd.to_timedelta(np.arange(0, 24 * 60, 5), unit="min")
    alt = pvlib.solarposition.get_solarposition(t, latitude, longitude, method="nrel_numpy")["apparent_elevation"].to_numpy()
    hours = np.arange(0, 24 * 60, 5) / 60.0
    above = np.flatnonzero(alt > 0)
    sunrise = float(hours[above[0]]) if above.size else 12.0
    return sunrise, float(max(alt.max(), 0.0))


def _clear_ghi(latitude, longitude, mid_utc, elevation_m=0.0) -> np.ndarray:
    from pvlib.location import Location

    cs = Location(latitude, longitude, altitude=elevation_m).get_clearsky(mid_utc, model="ineichen")
    return cs


def _humidity(path: Path, n: int) -> np.ndarray | None:
    import pvlib

    from plannerapp.analysis.weather import COMMON_YEAR

    try:
        if path.suffix.lower() == ".epw":
            data, _ = pvlib.iotools.read_epw(str(path), coerce_year=COMMON_YEAR)
        else:
            data, _ = pvlib.iotools.read_tmy3(str(path), coerce_year=COMMON_YEAR, map_variables=True)
    except Exception:  # noqa: BLE001 - read_weather already validated the file
        return None
    if "relative_humidity" not in data.columns or len(data) != n:
        return None
    return data["relative_humidity"].to_numpy(np.float64)


def hottest_date(weather) -> dt.date:
    """Local date of the highest hourly air temperature in a :class:`Weather` (first such day)."""
    if "temp_air" not in weather.data.columns:
        raise InputError(weather.source or None, translate("heat", "the weather file has no air temperature"))
    ta = weather.data["temp_air"].to_numpy(np.float64)
    i = int(np.nanargmax(ta))
    return weather.data.index[i].date()


def day_from_weather(weather, day=None, *, hottest: bool = False, site_lat: float | None = None,
                     site_lon: float | None = None) -> HeatDay:
    """The hours of *day* (month and day; the year is ignored) or the hottest day of *weather*."""
    src = weather.source or weather.name
    if "temp_air" not in weather.data.columns:
        raise InputError(src or None, translate("heat", "the weather file has no air temperature (needed for the heat analysis)"))
    rh_all = _humidity(Path(weather.source), len(weather.data)) if weather.source else None
    if rh_all is None:
        raise InputError(src or None, translate("heat", "the weather file has no relative humidity (needed for sky emission)"))
    if hottest:
        d = hottest_date(weather)
    elif day is not None:
        d = parse_day(day)
    else:
        raise InputError(None, translate("heat", "give a date or ask for the hottest day"))
    idx = weather.data.index
    sel = np.flatnonzero((idx.month == d.month) & (idx.day == d.day))
    if sel.size != 24:
        raise InputError(src or None, translate("heat", "the weather file has no complete day {month:02d}-{day:02d}").format(
            month=d.month, day=d.day))
    lat = weather.latitude if site_lat is None else site_lat
    lon = weather.longitude if site_lon is None else site_lon
    mid = weather.mid_utc[sel]
    data = weather.data.iloc[sel]
    ghi = data["ghi"].to_numpy(np.float64)
    cs = _clear_ghi(weather.latitude, weather.longitude, mid, weather.elevation_m)["ghi"].to_numpy(np.float64)
    clearness = np.where(cs > 20.0, np.clip(ghi / np.maximum(cs, 1e-9), 0.0, 1.0), 1.0)
    day_out = idx[sel[0]].date()
    sunrise, altmax = _sun_facts(lat, lon, day_out, weather.utc_offset_h)
    hours = np.arange(24) + 0.5
    dist = distance_km(weather.latitude, weather.longitude, lat, lon)
    return HeatDay(day_out, hours, pd.DatetimeIndex(mid), ghi, data["dni"].to_numpy(np.float64),
                   data["dhi"].to_numpy(np.float64), data["temp_air"].to_numpy(np.float64),
                   np.clip(rh_all[sel], 1.0, 100.0), clearness, float(weather.utc_offset_h), sunrise, altmax,
                   Path(src).name if src else "weather", False, dist)


def clear_sky_day(latitude: float, longitude: float, day=None, *, hottest: bool = False, utc_offset_h: float | None = None,
                  elevation_m: float = 0.0, ta_max_c: float = DEFAULT_TA_MAX_C, ta_min_c: float = DEFAULT_TA_MIN_C,
                  rh_pct: float = DEFAULT_RH_PCT) -> HeatDay:
    """A clear-sky day (Ineichen) with the assumed sinusoidal air temperature (see module docstring).

    hottest: the summer solstice (21 June north of the equator, 21 December south).
    utc_offset_h: local standard time offset (default ``round(longitude / 15)``).
    """
    from plannerapp.analysis.weather import COMMON_YEAR

    if ta_max_c < ta_min_c:
        raise InputError(None, translate("heat", "the assumed maximum air temperature is below the minimum"))
    if hottest or day is None:
        d = dt.date(COMMON_YEAR, 6, 21) if latitude >= 0 else dt.date(COMMON_YEAR, 12, 21)
    else:
        d = parse_day(day)
    off = float(round(longitude / 15.0)) if utc_offset_h is None else float(utc_offset_h)
    hours = np.arange(24) + 0.5
    start = pd.Timestamp(dt.datetime.combine(d, dt.time(0)), tz="UTC") - pd.Timedelta(hours=off)
    mid = pd.DatetimeIndex(start + pd.to_timedelta(hours, unit="h"))
    cs = _clear_ghi(latitude, longitude, mid, elevation_m)
    ta = 0.5 * (ta_max_c + ta_min_c) + 0.5 * (ta_max_c - ta_min_c) * np.cos(2 * np.pi * (hours - 15.0) / 24.0)
    sunrise, altmax = _sun_facts(latitude, longitude, d, off)
    return HeatDay(d, hours, mid, *(np.nan_to_num(cs[c].to_numpy(np.float64)) for c in ("ghi", "dni", "dhi")),
                   ta, np.full(24, float(rh_pct)), np.ones(24), off, sunrise, altmax,
                   f"pvlib Ineichen clear sky; Ta {ta_min_c:g}-{ta_max_c:g} C assumed, RH {rh_pct:g} %", True)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (km, spherical Earth of radius 6,371 km)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dl = np.radians(lon2 - lon1)
    c = np.sin(p1) * np.sin(p2) + np.cos(p1) * np.cos(p2) * np.cos(dl)
    return float(6371.0 * np.arccos(np.clip(c, -1.0, 1.0)))


def standard_offset_hours(timezone: str | None, longitude: float, year: int) -> float:
    """The standard-time (no daylight saving) UTC offset of a time zone, hours."""
    from plannerapp.analysis.sun import parse_timezone, utc_offset_hours

    tz = parse_timezone(timezone, longitude)
    return min(utc_offset_hours(tz, dt.date(year, 1, 15)), utc_offset_hours(tz, dt.date(year, 7, 15)))
