"""Annual and monthly insolation (kWh/m2) on roof and facade points; rooftop PV potential.

Per hourly weather record (see :mod:`plannerapp.analysis.weather`), with the
sun position at the middle of the hour (pvlib NREL SPA):

* **beam**: plane-of-array direct irradiance ``DNI * max(cos AOI, 0)``, kept
  only when the ray from the point towards the sun is unobstructed (ray cast
  for every hour with the sun above the horizon and in front of the surface);
* **sky diffuse**: the transposition model's sky diffuse on the tilted plane
  (pvlib ``get_total_irradiance``, ``model="perez"`` by default, or
  ``"haydavies"`` / ``"isotropic"``), scaled by ``SVF / SVF_open`` where SVF
  is the point's sky view factor (:mod:`plannerapp.analysis.skyview`) and
  ``SVF_open = (1 + cos tilt) / 2`` that of the unobstructed plane.  The
  anisotropic (circumsolar) part is scaled alike: a simplification;
* **ground reflected**: the model's isotropic ground term (albedo), unmasked.

Surface orientation: tilt from the normal; azimuth clockwise from TRUE
north = grid azimuth + meridian convergence.  Units: W/m2 hourly -> kWh/m2.
Points in local metres, normals unit and outward.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from plannerapp.analysis.progress import Reporter
from plannerapp.analysis.skyview import compute_sky_view, open_sky_view
from plannerapp.analysis.sun import Site, directions_from_angles, solar_positions
from plannerapp.analysis.sunhours import as_scene

MODELS = ("perez", "haydavies", "isotropic")


@dataclass(eq=False)
class InsolationResult:
    """Per-point insolation, kWh/m2: ``annual`` ``(n,)``, ``monthly`` ``(n, 12)`` and the
    annual ``beam``, ``sky_diffuse``, ``ground`` components; ``svf`` the sky view factors."""

    annual: np.ndarray
    monthly: np.ndarray
    beam: np.ndarray
    sky_diffuse: np.ndarray
    ground: np.ndarray
    svf: np.ndarray


def surface_angles(normals, convergence_deg: float = 0.0):
    """``(tilt_deg, true_azimuth_deg)`` of surfaces with unit *normals* (local grid frame)."""
    n = np.asarray(normals, dtype=np.float64).reshape(-1, 3)
    tilt = np.degrees(np.arccos(np.clip(n[:, 2], -1.0, 1.0)))
    az = np.degrees(np.arctan2(n[:, 0], n[:, 1])) + convergence_deg
    az = np.where(np.hypot(n[:, 0], n[:, 1]) < 1e-9, 180.0, az)  # flat: any azimuth
    return tilt, np.mod(az, 360.0)


def compute_insolation(occluders, points, normals, weather, site: Site | None = None, *, model: str = "perez",
                       albedo: float = 0.2, svf=None, n_dirs: int = 256, progress=None, cancelled=None,
                       chunk_size: int = 4096, backend: str = "embree", positions=None) -> InsolationResult:
    """Insolation on *points* with *normals* from hourly *weather*.

    site: sun position site (latitude/longitude, convergence of the grid);
        default: the weather file's location with no convergence.
    svf: precomputed sky view factors ``(n,)``; default: computed with *n_dirs* rays.
    positions: precomputed ``solar_positions(weather.mid_utc, site)`` (a batch run
        computes them once for all its tiles); default: computed here.
    Orientations are grouped to 0.1 deg so the transposition runs once per group.
    Memory: chunks of *chunk_size* points x sun-up hours in float32 (~70 MB per 4,096 points).
    """
    import pvlib

    if model not in MODELS:
        raise ValueError(f"model must be one of {MODELS}")
    scene = as_scene(occluders, backend)
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 3)
    nrm = np.asarray(normals, dtype=np.float64).reshape(-1, 3)
    nrm = nrm / np.maximum(np.linalg.norm(nrm, axis=1, keepdims=True), 1e-12)
    n = pts.shape[0]
    site = site or Site(weather.latitude, weather.longitude, elevation_m=weather.elevation_m)
    rep = Reporter(progress, cancelled, "insolation")
    rep(0.0, force=True)

    if svf is None:
        svf = compute_sky_view(scene, pts, nrm, n_dirs,
                               progress=lambda f, t: rep(0.3 * f), cancelled=cancelled)
    svf = np.asarray(svf, dtype=np.float64).reshape(n)
    sky_factor = np.clip(svf / np.maximum(open_sky_view(nrm), 1e-9), 0.0, 1.0)

    pos = solar_positions(weather.mid_utc, site) if positions is None else positions
    if len(pos) != len(weather.mid_utc):
        raise ValueError("positions must have one row per weather record")
    zen = pos["apparent_zenith"].to_numpy()
    az = pos["azimuth"].to_numpy()
    up = zen < 90.0
    data = weather.data
    dni = data["dni"].to_numpy(np.float64)
    ghi = data["ghi"].to_numpy(np.float64)
    dhi = data["dhi"].to_numpy(np.float64)
    dni_extra = pvlib.irradiance.get_extra_radiation(weather.mid_utc).to_numpy()
    airmass = pvlib.atmosphere.get_relative_airmass(np.where(up, zen, 89.9))
    months = weather.months
    month_onehot = np.zeros((len(months), 12))
    month_onehot[np.arange(len(months)), months - 1] = 1.0

    tilt, saz = surface_angles(nrm, site.convergence_deg)
    key = np.round(np.column_stack([tilt, saz]), 1)
    groups, inverse = np.unique(key, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    G = groups.shape[0]
    H = len(zen)
    beam_g = np.zeros((G, H))
    sky_g = np.zeros((G, H))
    ground_g = np.zeros((G, H))
    for g, (t, a) in enumerate(groups):
        tot = pvlib.irradiance.get_total_irradiance(
            t, a, zen, az, dni, ghi, dhi, dni_extra=dni_extra, airmass=airmass, albedo=albedo, model=model)
        beam_g[g] = np.nan_to_num(np.asarray(tot["poa_direct"], dtype=np.float64))
        sky_g[g] = np.nan_to_num(np.asarray(tot["poa_sky_diffuse"], dtype=np.float64))
        ground_g[g] = np.nan_to_num(np.asarray(tot["poa_ground_diffuse"], dtype=np.float64))
    beam_g[:, ~up] = 0.0
    rep(0.35)

    dirs = directions_from_angles(az, 90.0 - zen, site.convergence_deg)
    hours = np.flatnonzero(up & (beam_g.max(axis=0) > 0))
    beam_m = np.zeros((n, 12))
    beam_h = beam_g[:, hours]  # (G, H') only hours with beam somewhere
    month_h = month_onehot[hours]
    for a in range(0, n, chunk_size):
        b = min(n, a + chunk_size)
        gi = inverse[a:b]
        p = pts[a:b].astype(np.float32) if scene.backend == "embree" else pts[a:b]
        lit = np.zeros((b - a, len(hours)), dtype=np.float32)
        for k, h in enumerate(hours):
            rep(0.35 + 0.65 * (a + (b - a) * k / max(len(hours), 1)) / max(n, 1))
            front = beam_h[gi, k] > 0
            if front.all():
                lit[:, k] = ~scene.occluded(p, dirs[h])
            elif front.any():
                idx = np.flatnonzero(front)
                lit[idx, k] = ~scene.occluded(p[idx], dirs[h])
        lit *= beam_h[gi]  # W/m2 of unshaded beam, per point and hour
        beam_m[a:b] = lit @ month_h / 1000.0
    sky_m = (sky_g @ month_onehot / 1000.0)[inverse] * sky_factor[:, None]
    ground_m = (ground_g @ month_onehot / 1000.0)[inverse]
    monthly = beam_m + sky_m + ground_m
    rep(1.0, force=True)
    return InsolationResult(monthly.sum(axis=1), monthly, beam_m.sum(axis=1), sky_m.sum(axis=1),
                            ground_m.sum(axis=1), svf)


def pv_potential(points, result: InsolationResult, city=None, *, efficiency: float = 0.20,
                 performance_ratio: float = 0.80, usable_share: float = 0.6) -> pd.DataFrame:
    """Rooftop PV potential per building from roof points (``SamplePoints`` with ``area``).

    annual_kwh = sum(insolation x point area) x usable_share x efficiency x
    performance_ratio.  Columns: building (index), building_id, roof_area_m2,
    mean_insolation_kwh_m2 (area-weighted), pv_kwh_per_year, pv_kwp (peak
    power of the usable area at 1 kW/m2 x efficiency).
    """
    b = points.building
    area = points.area
    sel = b >= 0
    ids = np.unique(b[sel])
    rows = []
    for i in ids:
        m = b == i
        a = float(area[m].sum())
        e = float((result.annual[m] * area[m]).sum())
        rows.append({
            "building": int(i),
            "building_id": city.buildings[i].id if city is not None else str(i),
            "roof_area_m2": a,
            "mean_insolation_kwh_m2": e / a if a > 0 else 0.0,
            "pv_kwh_per_year": e * usable_share * efficiency * performance_ratio,
            "pv_kwp": a * usable_share * efficiency,
        })
    return pd.DataFrame(rows, columns=["building", "building_id", "roof_area_m2", "mean_insolation_kwh_m2",
                                       "pv_kwh_per_year", "pv_kwp"])
