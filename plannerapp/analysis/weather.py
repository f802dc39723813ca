"""Hourly weather for irradiance: EPW / TMY3 files, or a clear-sky year.

:class:`Weather` holds hourly ``ghi``, ``dni``, ``dhi`` (W/m2) and
``temp_air`` (deg C) with ``mid_utc``, the UTC midpoint of each hourly
interval (EPW and TMY3 values are averages over the hour that ends at the
label; pvlib's ``read_epw`` labels the interval start, ``read_tmy3`` its
end).  Files are read with pvlib (``iotools.read_epw`` / ``read_tmy3``) and
their years coerced to one common year so months line up; any problem
raises :class:`~plannerapp.errors.InputError` naming the file.
Without a file, :func:`clear_sky_weather` gives a clear-sky year from
pvlib's Ineichen model (``Location.get_clearsky``, Linke turbidity from
pvlib's climatology) - an upper bound, not typical weather.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from plannerapp.errors import InputError
from plannerapp.i18n import translate

COMMON_YEAR = 2026  # not a leap year: TMY files have 8,760 hours
HOURS_PER_YEAR = 8760  # a typical-year file holds a whole year of hours


@dataclass(eq=False)
class Weather:
    """Hourly irradiance; ``data`` index = local labels, ``mid_utc`` = interval midpoints (UTC)."""

    data: pd.DataFrame
    mid_utc: pd.DatetimeIndex
    latitude: float
    longitude: float
    elevation_m: float = 0.0
    utc_offset_h: float = 0.0
    name: str = ""
    source: str = ""

    @property
    def months(self) -> np.ndarray:
        """``(h,)`` month 1-12 of each hour (local time of the file)."""
        return (self.mid_utc + pd.Timedelta(hours=self.utc_offset_h)).month.to_numpy()

    def annual_ghi_kwh_m2(self) -> float:
        return float(self.data["ghi"].sum()) / 1000.0


def read_weather(path) -> Weather:
    """An EPW (``.epw``) or TMY3 CSV (``.csv``) file."""
    import pvlib

    path = Path(path)
    if not path.exists():
        raise InputError(path, translate("analysis", "weather file not found"))
    ext = path.suffix.lower()
    try:
        if ext == ".epw":
            data, meta = pvlib.iotools.read_epw(str(path), coerce_year=COMMON_YEAR)
            mid = data.index + pd.Timedelta(minutes=30)
            lat, lon, elev, tz = meta["latitude"], meta["longitude"], meta.get("altitude", 0.0), meta["TZ"]
            name = str(meta.get("city", ""))
        elif ext == ".csv":
            data, meta = pvlib.iotools.read_tmy3(str(path), coerce_year=COMMON_YEAR, map_variables=True)
            mid = data.index - pd.Timedelta(minutes=30)
            lat, lon, elev, tz = meta["latitude"], meta["longitude"], meta.get("altitude", 0.0), meta["TZ"]
            name = str(meta.get("Name", "")).strip('"')
        else:
            raise InputError(path, translate("analysis", "unknown weather file type {ext!r}: use an EPW (.epw) or TMY3 (.csv) file").format(ext=ext or "(none)"))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pvlib raises many kinds on bad files
        first = (str(exc).strip().splitlines() or [""])[0]  # pandas errors run over several lines
        raise InputError(path, translate("analysis", "cannot read the weather file ({error})").format(error=f"{type(exc).__name__}: {first}")) from None
    problems = []
    for col in ("ghi", "dni", "dhi"):
        if col not in data.columns:
            problems.append(translate("analysis", "no {column} column").format(column=col.upper()))
    if problems:
        raise InputError(path, problems)
    if len(data) < HOURS_PER_YEAR:  # a truncated file would give silently low annual sums
        raise InputError(path, translate("analysis", "only {n} hourly rows").format(n=len(data)))
    vals = data[["ghi", "dni", "dhi"]].to_numpy(np.float64)
    if not np.isfinite(vals).all():
        raise InputError(path, translate("analysis", "{n} hours have missing irradiance").format(n=int((~np.isfinite(vals)).any(axis=1).sum())))
    if (vals < 0).any() or (vals > 1500).any():
        raise InputError(path, translate("analysis", "irradiance outside 0-1500 W/m2 (wrong units or a corrupt file)"))
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise InputError(path, translate("analysis", "the header has no usable latitude/longitude")) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(path, translate("analysis", "latitude/longitude {lat}, {lon} out of range").format(lat=lat, lon=lon))
    out = data[["ghi", "dni", "dhi"] + (["temp_air"] if "temp_air" in data.columns else [])].astype(np.float64)
    return Weather(out, pd.DatetimeIndex(mid).tz_convert("UTC"), lat, lon, float(elev or 0.0), float(tz), name, str(path))


def clear_sky_weather(latitude: float, longitude: float, *, elevation_m: float = 0.0, utc_offset_h: float | None = None,
                      year: int = COMMON_YEAR, model: str = "ineichen") -> Weather:
    """A year of hourly clear-sky irradiance (pvlib ``Location.get_clearsky``)."""
    from pvlib.location import Location

    if utc_offset_h is None:
        utc_offset_h = float(round(longitude / 15.0))
    tz = f"Etc/GMT{-int(utc_offset_h):+d}" if float(utc_offset_h).is_integer() else "UTC"
    loc = Location(latitude, longitude, tz=tz, altitude=elevation_m)
    idx = pd.date_range(f"{year}-01-01 00:00", periods=8760, freq="h", tz=tz)
    mid = idx + pd.Timedelta(minutes=30)
    cs = loc.get_clearsky(mid, model=model)
    data = pd.DataFrame({"ghi": cs["ghi"].to_numpy(), "dni": cs["dni"].to_numpy(), "dhi": cs["dhi"].to_numpy()}, index=idx)
    return Weather(data.fillna(0.0), pd.DatetimeIndex(mid).tz_convert("UTC"), latitude, longitude, elevation_m,
                   float(utc_offset_h), f"clear sky ({model})", "")
