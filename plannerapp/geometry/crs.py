"""CRS helpers: local metric frame <-> latitude/longitude, grid vs true north.

Sun azimuths (pvlib) are from *true* north; scene coordinates are a projected
grid whose y axis differs from true north by the meridian convergence.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from pyproj import CRS, Proj, Transformer
from pyproj.exceptions import CRSError

from plannerapp.errors import InputError


@lru_cache(maxsize=64)
def parse_crs(text: str) -> CRS:
    """``"EPSG:7415"``, an OGC URN or a WKT string -> :class:`pyproj.CRS`.

    Raises :class:`InputError` (no file) for an unknown CRS.
    """
    try:
        return CRS.from_user_input(text)
    except CRSError as exc:
        raise InputError(None, f"unknown coordinate reference system {text!r} ({exc})") from None


def epsg_string(text: str | None) -> str | None:
    """Normalise a CRS reference to ``"EPSG:NNNN"`` when it has an EPSG code."""
    if not text:
        return None
    crs = parse_crs(text)
    code = crs.to_epsg(min_confidence=70)
    if code is None and crs.is_compound:
        # e.g. 7415 = 28992 + NAP: keep the horizontal code when the whole has none
        code = crs.sub_crs_list[0].to_epsg()
    return f"EPSG:{code}" if code else crs.to_string()


def horizontal_crs(text: str) -> CRS:
    crs = parse_crs(text)
    if crs.is_compound:
        crs = crs.sub_crs_list[0]
    return crs


def is_metric_projected(text: str) -> bool:
    crs = horizontal_crs(text)
    if not crs.is_projected:
        return False
    unit = crs.axis_info[0].unit_name.lower() if crs.axis_info else ""
    return unit in ("metre", "meter", "m")


def to_lonlat(crs_text: str, x, y):
    """Projected (world) x, y -> longitude, latitude in degrees (WGS84)."""
    t = Transformer.from_crs(horizontal_crs(crs_text), "EPSG:4326", always_xy=True)
    return t.transform(x, y)


def from_lonlat(crs_text: str, lon, lat):
    t = Transformer.from_crs("EPSG:4326", horizontal_crs(crs_text), always_xy=True)
    return t.transform(lon, lat)


def meridian_convergence(crs_text: str, lon: float, lat: float) -> float:
    """Angle in degrees from true north to grid north at (lon, lat), clockwise positive.

    A true azimuth ``A`` (clockwise from true north) is the grid azimuth
    ``A - convergence``.  Computed by projecting a point 0.001 deg due north
    of the site (no sign conventions to get wrong).  0 for geographic CRSs.
    """
    crs = horizontal_crs(crs_text)
    if not crs.is_projected:
        return 0.0
    x0, y0 = from_lonlat(crs_text, lon, lat)
    x1, y1 = from_lonlat(crs_text, lon, lat + 0.001)
    # grid azimuth of the true-north direction; convergence = -that azimuth
    az_of_true_north = np.degrees(np.arctan2(x1 - x0, y1 - y0))
    return float(-az_of_true_north)


def utm_crs_for(lon: float, lat: float) -> str:
    """The WGS84 UTM zone CRS for a lon/lat (for footprints given in degrees)."""
    zone = int((lon + 180) // 6) + 1
    return f"EPSG:{(32600 if lat >= 0 else 32700) + zone}"
