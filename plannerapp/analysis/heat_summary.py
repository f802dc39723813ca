"""Per-scheme heat summary (a flat dict for comparison tables) and the per-point table.

:func:`heat_summary` reduces a :class:`~plannerapp.analysis.heat.HeatResult`
over the public ground (grid points outside buildings): for each indicator
its mean, 95th percentile and the ground area (m2) and share above a
threshold, plus the site's Local Climate Zone, surface fractions, green-roof
fraction and the day's forcing.  Keys are ``<indicator>_<stat>``; every
value is a plain float, int or str so a table or JSON can take it as is.
Thresholds are the user's choice (defaults below are round numbers for
comparing schemes, not standards).

:data:`MODELS` lists each model with its source: print it beside any table.
"""

from __future__ import annotations

import numpy as np

from plannerapp.analysis import lcz as lczmod
from plannerapp.analysis import tmrt as tmrtmod
from plannerapp.analysis import uhi as uhimod

#: indicator -> (unit, default threshold for "area above", description)
INDICATORS = {
    "svf": ("", None, "sky view factor at ground level (cosine-weighted hemisphere rays)"),
    "uhi_oke_k": ("K", 5.0, "maximum nocturnal heat-island intensity from SVF, Oke (1981)"),
    "tmrt_max_c": ("C", 55.0, "daily maximum mean radiant temperature at 1.1 m, SOLWEIG six-direction model"),
    "ground_temp_max_c": ("C", 40.0, "daily maximum ground surface temperature, SOLWEIG/Bogren surface wave"),
    "sun_hours": ("h", None, "hours in sun at 1.1 m"),
}

MODELS = (
    "SVF: cosine-weighted hemispherical ray casting (analysis/skyview.py), open ground 1, wall foot 0.5, "
    "canyon floor cos(arctan(2H/W))",
    uhimod.MODEL_TEXT,
    tmrtmod.MODEL_TEXT,
    lczmod.MODEL_TEXT,
    "Materials: SOLWEIG land-cover albedo/emissivity/surface-temperature parameters (analysis/heatdata/materials.json)",
)


#: one card per model (equation, inputs, limits, source), written beside every result
MODEL_CARDS = (
    {"name": "sky view factor", "output": "svf, svf_east/south/west/north",
     "equation": "cosine-weighted share of the sky hemisphere seen; open 1, wall foot 0.5, canyon floor cos(arctan(2H/W))",
     "inputs": "building triangles; points 0.05 m above ground (horizontal) and vertical planes at 1.1 m",
     "limits": "buildings only (no trees, no terrain relief); 1,024 directions: within 0.01 of 8,192",
     "source": "Oke (1981); Johnson & Watson (1984) J. Clim. Appl. Meteorol. 23:329-335; analysis/skyview.py"},
    {"name": "maximum nocturnal urban heat island", "output": "uhi_oke_k",
     "equation": "dT_u-r(max) = 15.27 - 13.88 SVF = 7.54 + 3.97 ln(H/W) (K), clipped at 0",
     "inputs": "street-level SVF per point; site mean SVF and equivalent canyon H/W",
     "limits": "calm clear nights, city-centre canyons; largest expected urban-rural difference, not a typical night; "
               "ignores wind, cloud, materials, anthropogenic heat; for comparing geometries",
     "source": "Oke, T.R. (1981) J. Climatol. 1:237-254, doi:10.1002/joc.3370010304"},
    {"name": "mean radiant temperature at 1.1 m", "output": "tmrt_max_c, tmrt_c_HH",
     "equation": "Tmrt = ((0.70 sum F_i K_i + 0.97 sum F_i L_i) / (0.97 sigma))^0.25 - 273.15; F = 0.22 lateral, 0.06 up/down",
     "inputs": "hourly DNI, DHI, GHI, air temperature, relative humidity; sun or shade by ray casting; SVF and lateral "
               "sky views; ground/wall albedo and emissivity; SOLWEIG surface temperature wave",
     "limits": "no trees; isotropic sky; walls at one mean temperature (half shaded); lower lateral half-space is ground",
     "source": "Lindberg, Holmer & Thorsson (2008) Int. J. Biometeorol. 52:697-713; Hoeppe (1992); Thorsson et al. (2007) "
               "Int. J. Climatol. 27:1983-1993; Prata (1996) Q. J. R. Meteorol. Soc. 122:1127-1151"},
    {"name": "ground surface temperature", "output": "ground_temp_max_c",
     "equation": "Ta + (k h_max + T_start) sin(pi/2 (t - t_rise)/(t_max - t_rise)) x clearness where sunlit; Ta in shade",
     "inputs": "material (paved/grass/...), day's highest sun altitude, sunrise, clearness index, sun or shade",
     "limits": "empirical wave fitted in Gothenburg (SOLWEIG); no heat storage, wetness or wind",
     "source": "Bogren et al. (2000) as parameterised in Lindberg et al. (2008, 2016)"},
    {"name": "roof surface temperature", "output": "site_roof_temp_max_c, site_green_roof_temp_max_c",
     "equation": "as the ground surface temperature, with SOLWEIG's roof (0.58 K/deg, -9.78 K) or, under a green roof, "
                 "grass (0.21 K/deg, -3.38 K) parameters; area-weighted mean of the daily maximum",
     "inputs": "roof faces of the buildings in the area, the scheme's green areas with on_roof, sun or shade per hour",
     "limits": "empirical wave; no heat storage, irrigation or evapotranspiration rates; ranks roofs, does not "
               "predict them to the degree; roofs change no pedestrian value in these models",
     "source": "Bogren et al. (2000) as parameterised in Lindberg et al. (2008, 2016)"},
    {"name": "Local Climate Zone", "output": "lcz_code, lcz_name, site_*",
     "equation": "nearest zone to Table 3 ranges by summed scaled out-of-range distance (plannerapp rule)",
     "inputs": "building, pervious (scheme ground greens), impervious fractions; mean building height; mean SVF; H/W",
     "limits": "meant for areas of several hundred metres; context has no land cover (pervious is a lower bound); "
               "zone 10 cannot be told from zone 6 by geometry",
     "source": "Stewart, I.D. & Oke, T.R. (2012) Bull. Amer. Meteor. Soc. 93:1879-1900, doi:10.1175/BAMS-D-11-00019.1"},
)


def indicator_values(result) -> dict:
    """``{indicator: (n,) array}`` for the keys of :data:`INDICATORS`."""
    return {"svf": result.svf, "uhi_oke_k": result.uhi_k, "tmrt_max_c": result.tmrt_max_c,
            "ground_temp_max_c": result.ground_temp_max_c, "sun_hours": result.sun_hours}


def heat_summary(result, thresholds: dict | None = None, *, name: str = "") -> dict:
    """Flat dict: ``<indicator>_mean``, ``_p95``, ``_area_above_m2``, ``_share_above`` and site values."""
    th = {k: v[1] for k, v in INDICATORS.items()}
    th.update(thresholds or {})
    cell = result.spacing ** 2
    out: dict = {"scheme": name, "n_points": len(result), "public_ground_m2": float(len(result) * cell)}
    for key, vals in indicator_values(result).items():
        v = np.asarray(vals, dtype=np.float64)
        out[f"{key}_mean"] = float(v.mean()) if v.size else float("nan")
        out[f"{key}_p95"] = float(np.percentile(v, 95)) if v.size else float("nan")
        if th.get(key) is not None:
            above = v > float(th[key])
            out[f"{key}_threshold"] = float(th[key])
            out[f"{key}_area_above_m2"] = float(above.sum() * cell)
            out[f"{key}_share_above"] = float(above.mean()) if v.size else 0.0
    if result.tmrt_c.size:
        peak = int(result.tmrt_c.mean(axis=0).argmax())
        out["tmrt_peak_hour_lst"] = float(result.hours_lst[peak] - 0.5)
        out["tmrt_at_peak_hour_mean_c"] = float(result.tmrt_c[:, peak].mean())
        out["tmrt_at_peak_hour_p95_c"] = float(np.percentile(result.tmrt_c[:, peak], 95))
    out["green_ground_share"] = float(result.green.mean()) if len(result) else 0.0
    s = result.site
    for key in ("lcz_code", "lcz_name", "lcz_distance", "building_fraction", "pervious_fraction", "impervious_fraction",
                "height_m", "aspect_ratio", "green_roof_fraction", "green_roof_area_m2", "roof_area_m2",
                "uhi_oke_k_at_mean_svf", "uhi_oke_k_from_aspect_ratio", "roof_temp_max_c", "green_roof_temp_max_c",
                "plain_roof_temp_max_c"):
        val = s.get(key)
        out["site_" + key if not key.startswith("lcz") else key] = val if isinstance(val, str) or val is None else float(val)
    d = result.day
    out.update(day=d.day.isoformat(), weather=d.source, clear_sky=bool(d.clear_sky),
               ta_max_c=float(np.max(d.ta_c)), ta_min_c=float(np.min(d.ta_c)),
               weather_distance_km=float(d.weather_distance_km))
    return out


def heat_table(result, hours=None):
    """Per-point ``pandas.DataFrame`` in WORLD coordinates (local + origin).

    Columns: x, y, z (ground level), svf, svf_east/south/west/north (vertical
    planes at 1.1 m), surface, green, uhi_oke_k, tmrt_max_c, tmrt_max_hour
    (start of the hour, local standard time), ground_temp_max_c, sun_hours,
    and ``tmrt_c_HH`` / ``ground_temp_c_HH`` for each hour in *hours*.
    """
    import pandas as pd

    w = result.positions + result.origin
    df = pd.DataFrame({"x": w[:, 0], "y": w[:, 1], "z": w[:, 2], "svf": result.svf})
    for i, side in enumerate(("east", "south", "west", "north")):
        df[f"svf_{side}"] = result.svf_side[:, i]
    df["surface"] = result.surface
    df["green"] = result.green.astype(int)
    df["uhi_oke_k"] = result.uhi_k
    df["tmrt_max_c"] = result.tmrt_max_c
    df["tmrt_max_hour"] = result.tmrt_max_hour - 0.5
    df["ground_temp_max_c"] = result.ground_temp_max_c
    df["sun_hours"] = result.sun_hours
    for hr in hours or ():
        k = result.hour_index(hr)
        df[f"tmrt_c_{int(hr):02d}"] = result.tmrt_c[:, k]
        df[f"ground_temp_c_{int(hr):02d}"] = result.ground_temp_c[:, k]
        df[f"sunlit_{int(hr):02d}"] = result.sunlit[:, k].astype(int)
    return df


def facade_table(result):
    """Facade SVF points (world coordinates) when computed, else ``None``."""
    import pandas as pd

    if result.facade is None:
        return None
    w = result.facade.positions + result.origin
    return pd.DataFrame({"x": w[:, 0], "y": w[:, 1], "z": w[:, 2], "nx": result.facade.normals[:, 0],
                         "ny": result.facade.normals[:, 1], "nz": result.facade.normals[:, 2], "svf": result.facade_svf,
                         "building": result.facade.building, "floor": result.facade.floor})


def lcz_tiles_table(result, city, greens, size: float = 100.0):
    """Local Climate Zone per square tile of *size* m over the result's area (``pandas.DataFrame``).

    Columns: tile, minx, miny, maxx, maxy (WORLD coordinates of the tile's bounds), area_m2,
    lcz_code, lcz_name, lcz_distance, building/pervious/impervious fraction (%), height_m, svf,
    aspect_ratio, green_roof_fraction.  SVF from the result's ground points in each tile.
    Stewart & Oke intend LCZs for areas of several hundred metres: small tiles are indicative.
    """
    import pandas as pd

    area = result.area if result.area is not None else city.bounds_local()[[0, 1, 3, 4]]
    rows = []
    for i, t in enumerate(lczmod.tiles(area, size)):
        p = lczmod.site_lcz(city, greens, t, svf_xy=result.positions[:, :2], svf=result.svf)
        minx, miny, maxx, maxy = t.bounds
        ox, oy = float(result.origin[0]), float(result.origin[1])
        rows.append({"tile": i, "minx": minx + ox, "miny": miny + oy, "maxx": maxx + ox, "maxy": maxy + oy,
                     "area_m2": p["area_m2"], "lcz_code": p["lcz_code"], "lcz_name": p["lcz_name"],
                     "lcz_distance": p["lcz_distance"], "building_fraction": p["building_fraction"],
                     "pervious_fraction": p["pervious_fraction"], "impervious_fraction": p["impervious_fraction"],
                     "height_m": p["height_m"], "svf": p["svf"], "aspect_ratio": p["aspect_ratio"],
                     "green_roof_fraction": p["green_roof_fraction"]})
    return pd.DataFrame(rows)


#: summary keys compared between schemes (all "higher = hotter" except svf, sun_hours and the green shares)
COMPARE_KEYS = ("svf_mean", "uhi_oke_k_mean", "uhi_oke_k_p95", "tmrt_max_c_mean", "tmrt_max_c_p95",
                "tmrt_max_c_area_above_m2", "tmrt_max_c_share_above", "tmrt_at_peak_hour_mean_c", "ground_temp_max_c_mean",
                "ground_temp_max_c_p95", "site_roof_temp_max_c", "sun_hours_mean", "site_pervious_fraction",
                "site_green_roof_fraction")


def heat_comparison(baseline: dict, other: dict) -> dict:
    """``{"baseline", "scheme", "<key>_delta": other - baseline}`` for :data:`COMPARE_KEYS` (flat dict).

    Both summaries must come from the same day and area (the caller's job);
    a key missing or ``None`` in either gives ``None``.
    """
    out = {"baseline": baseline.get("scheme", ""), "scheme": other.get("scheme", "")}
    for key in COMPARE_KEYS:
        a, b = baseline.get(key), other.get(key)
        out[f"{key}_delta"] = (float(b) - float(a)) if a is not None and b is not None else None
    return out
