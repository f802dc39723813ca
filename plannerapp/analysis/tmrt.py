"""Mean radiant temperature (Tmrt) of a standing person from six-direction radiant fluxes.

Model (SOLWEIG: Lindberg, Holmer & Thorsson 2008, "SOLWEIG 1.0 - modelling
spatial variations of 3D radiant fluxes and mean radiant temperature in
complex urban settings", Int. J. Biometeorol. 52:697-713; the Tmrt formula
of Höppe 1992 and Thorsson et al. 2007, Int. J. Climatol. 27:1983-1993)::

    S_str = xi_k * sum_i F_i K_i + eps_p * sum_i F_i L_i                 (W/m2)
    Tmrt  = (S_str / (eps_p sigma))^(1/4) - 273.15                      (deg C)

with the shortwave K_i and longwave L_i fluxes (W/m2) from six directions
(from above, from below, and from the four lateral half-spaces facing grid
east, south, west and north), angular factors F = 0.06 (up/down) and 0.22
(each lateral direction) for a standing (or walking) person, absorption
coefficients xi_k = 0.70 (shortwave) and eps_p = 0.97 (longwave),
sigma = 5.67e-8 W m-2 K-4.

Fluxes (:func:`radiant_fluxes`) follow the structure of SOLWEIG 1.0 with
the view factors measured by ray casting instead of from a raster DSM
(psi = SVF of a horizontal surface at the point, psi_i = sky view of a
vertical surface facing lateral direction i, 0-0.5; s = 1 when the ray to
the sun is unobstructed at the hour, "shadow" in SOLWEIG):

* K_down = s I sin(h) + D psi + (1 - psi) alb_w (G (1 - f_sh) + D f_sh)
* K_up   = alb_g (s_g I sin(h) + D psi + (1 - psi) alb_w (G (1 - f_sh) + D f_sh))
* K_i    = s I max(sun . n_i, 0) + D psi_i + (0.5 - psi_i) alb_w (G (1 - f_sh) + D f_sh) + 0.5 K_up
* L_sky  = eps_sky sigma Ta^4, eps_sky of Prata (1996) as in SOLWEIG (Jonsson
  et al. 2006), corrected for cloud with the clearness index c:
  eps = c eps_sky + (1 - c)
* L_wall = eps_w sigma (Ta + dT_w (1 - f_sh))^4 + (1 - eps_w) L_sky
* L_down = psi L_sky + (1 - psi) L_wall
* L_up   = eps_g sigma (Ta + dT_g)^4 + (1 - eps_g) L_down
* L_i    = psi_i L_sky + (0.5 - psi_i) L_wall + 0.5 L_up

I = DNI, D = DHI, G = GHI (W/m2), h = sun altitude, Ta air temperature (K
inside the fourth powers), alb/eps_g ground and alb/eps_w wall albedo and
emissivity, f_sh the shaded share of the walls seen (0.5 by default: a
simplification of SOLWEIG's per-pixel wall-shadow fraction), dT_g the sunlit
ground's and dT_w the sunlit walls' temperature excess over air
(:func:`surface_temperature_excess`, the Bogren et al. 2000 wave used by
SOLWEIG; 0 for shaded ground).

Limits: isotropic sky diffuse, no vegetation canopy (trees), no anisotropic
longwave, walls as one mean temperature, lateral lower half-space = ground
(SOLWEIG 1.0 makes the same split), ground reflection from the point's own
surface.  Against the SOLWEIG 1.0 field measurements at Gustav Adolfs
torg, Gothenburg, on the clear 26 July 2006 (met file inputs, point treated
as open, observed sun/shade) this model gives Tmrt RMSE 4.5 K, bias +1.5 K
(tests/analysis/test_heat_field.py); expect larger errors in deep shade next
to sunlit walls and under broken cloud.
"""

from __future__ import annotations

import numpy as np

SIGMA = 5.67e-8  # W m-2 K-4
ABS_K = 0.70
ABS_L = 0.97
F_UPDOWN = 0.06
F_SIDE = 0.22
#: flux order in every (n, 6) array
DIRECTIONS = ("down", "up", "east", "south", "west", "north")
#: standing person's angular factors in DIRECTIONS order (sum 1.0)
FACTORS_STANDING = np.array([F_UPDOWN, F_UPDOWN, F_SIDE, F_SIDE, F_SIDE, F_SIDE])
#: outward normals of the four lateral directions in the local grid frame (E, S, W, N)
LATERAL_NORMALS = np.array([[1.0, 0.0, 0.0], [0.0, -1.0, 0.0], [-1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
DEFAULT_WALL_SHADED_SHARE = 0.5

MODEL_TEXT = ("Tmrt: SOLWEIG six-direction model (Lindberg, Holmer & Thorsson 2008 Int. J. Biometeorol. 52:697-713; "
              "Hoeppe 1992; Thorsson et al. 2007), F=0.22 lateral/0.06 up-down, absorption 0.70 shortwave/0.97 longwave, "
              "sky emissivity Prata (1996), surface temperature wave Bogren et al. (2000); no trees, isotropic sky")


def tmrt_from_fluxes(k, l, *, absorb_k: float = ABS_K, absorb_l: float = ABS_L, factors=FACTORS_STANDING) -> np.ndarray:
    """Tmrt (deg C) from shortwave *k* and longwave *l* fluxes ``(..., 6)`` W/m2 in ``DIRECTIONS`` order."""
    k = np.asarray(k, dtype=np.float64)
    l = np.asarray(l, dtype=np.float64)
    f = np.asarray(factors, dtype=np.float64)
    s_str = absorb_k * (k * f).sum(axis=-1) + absorb_l * (l * f).sum(axis=-1)
    return (np.maximum(s_str, 0.0) / (absorb_l * SIGMA)) ** 0.25 - 273.15


def vapour_pressure_hpa(ta_c, rh_pct) -> np.ndarray:
    """Water vapour pressure (hPa) from air temperature (deg C) and relative humidity (%), Magnus form."""
    ta = np.asarray(ta_c, dtype=np.float64)
    return 6.107 * 10.0 ** (7.5 * ta / (237.3 + ta)) * np.asarray(rh_pct, dtype=np.float64) / 100.0


def sky_emissivity(ta_c, rh_pct) -> np.ndarray:
    """Clear-sky emissivity (Prata 1996, Q. J. R. Meteorol. Soc. 122:1127-1151), as in SOLWEIG.

    ``w = 46.5 e / T`` (precipitable water, cm; e hPa, T K);
    ``eps = 1 - (1 + w) exp(-sqrt(1.2 + 3 w))``.
    """
    ta = np.asarray(ta_c, dtype=np.float64)
    w = 46.5 * vapour_pressure_hpa(ta, rh_pct) / (ta + 273.15)
    return 1.0 - (1.0 + w) * np.exp(-np.sqrt(1.2 + 3.0 * w))


def surface_temperature_excess(hour_lst, sunrise_lst, max_altitude_deg, ts_k, ts_start_k, ts_tmax_lst_h,
                               clearness=1.0) -> np.ndarray:
    """Temperature excess (K) of a sunlit surface over air (Bogren et al. 2000; Lindberg et al. 2008).

    ``amp = max(ts_k * h_max + ts_start_k, 0)``;
    ``dT = amp * sin(pi/2 * (t - t_rise) / (t_max - t_rise))`` for ``t > t_rise``, clipped at 0,
    times the clearness index (0-1, 1 for a clear sky).  t: local standard time (h);
    h_max: the day's highest sun altitude (deg).  Arrays broadcast (materials per point).
    """
    amp = np.maximum(np.asarray(ts_k, dtype=np.float64) * float(max_altitude_deg) + np.asarray(ts_start_k, dtype=np.float64), 0.0)
    span = np.maximum(np.asarray(ts_tmax_lst_h, dtype=np.float64) - float(sunrise_lst), 0.5)
    phase = (float(hour_lst) - float(sunrise_lst)) / span
    wave = np.where(phase > 0.0, np.sin(np.clip(phase, 0.0, 2.0) * np.pi / 2.0), 0.0)
    return np.maximum(amp * wave, 0.0) * float(np.clip(clearness, 0.0, 1.0))


def radiant_fluxes(*, sun_dir, dni: float, dhi: float, ghi: float, ta_c: float, rh_pct: float, clearness: float,
                   svf, svf_side, sunlit, ground_albedo, ground_emissivity, ground_dt,
                   wall_albedo: float, wall_emissivity: float, wall_dt: float,
                   sunlit_ground=None, wall_shaded_share: float = DEFAULT_WALL_SHADED_SHARE):
    """``(K, L)``: ``(n, 6)`` shortwave and longwave fluxes (W/m2) on a person, ``DIRECTIONS`` order.

    sun_dir: unit vector towards the sun (local grid frame, z up).
    svf: ``(n,)`` sky view of a horizontal surface; svf_side: ``(n, 4)`` sky
    view of vertical surfaces facing E, S, W, N (0-0.5).
    sunlit: ``(n,)`` person in sun; sunlit_ground: ``(n,)`` ground under the
    person in sun (default: *sunlit*); ground_dt: ``(n,)`` K excess of the
    ground (already 0 where shaded).  See the module docstring for the equations.
    """
    d = np.asarray(sun_dir, dtype=np.float64).reshape(3)
    psi = np.clip(np.asarray(svf, dtype=np.float64), 0.0, 1.0)
    psi_i = np.clip(np.asarray(svf_side, dtype=np.float64), 0.0, 0.5)
    n = psi.shape[0]
    s = np.asarray(sunlit, dtype=np.float64).reshape(n)
    sg = s if sunlit_ground is None else np.asarray(sunlit_ground, dtype=np.float64).reshape(n)
    alb_g = np.broadcast_to(np.asarray(ground_albedo, dtype=np.float64), (n,))
    eps_g = np.broadcast_to(np.asarray(ground_emissivity, dtype=np.float64), (n,))
    dt_g = np.broadcast_to(np.asarray(ground_dt, dtype=np.float64), (n,))
    f_sh = float(wall_shaded_share)
    up = d[2] > 0.0
    dni, dhi, ghi = (float(v) if up else 0.0 for v in (dni, dhi, ghi))

    # shortwave
    beam_h = dni * max(d[2], 0.0)
    wall_refl = wall_albedo * (ghi * (1.0 - f_sh) + dhi * f_sh)  # walls' reflected exitance
    k_down = s * beam_h + dhi * psi + (1.0 - psi) * wall_refl
    k_up = alb_g * (sg * beam_h + dhi * psi + (1.0 - psi) * wall_refl)
    beam_side = dni * np.maximum(LATERAL_NORMALS @ d, 0.0) if up else np.zeros(4)  # (4,)
    k_side = (s[:, None] * beam_side[None, :] + dhi * psi_i + (0.5 - psi_i) * wall_refl + 0.5 * k_up[:, None])

    # longwave
    ta_k = float(ta_c) + 273.15
    c = float(np.clip(clearness, 0.0, 1.0))
    eps_sky = c * float(sky_emissivity(ta_c, rh_pct)) + (1.0 - c)
    l_sky = eps_sky * SIGMA * ta_k ** 4
    t_wall = ta_k + wall_dt * (1.0 - f_sh)
    l_wall = wall_emissivity * SIGMA * t_wall ** 4 + (1.0 - wall_emissivity) * l_sky
    l_down = psi * l_sky + (1.0 - psi) * l_wall
    l_up = eps_g * SIGMA * (ta_k + dt_g) ** 4 + (1.0 - eps_g) * l_down
    l_side = psi_i * l_sky + (0.5 - psi_i) * l_wall + 0.5 * l_up[:, None]

    k = np.column_stack([k_down, k_up, k_side])
    l_ = np.column_stack([l_down, l_up, l_side])
    return k, l_
