"""Batch analysis ``irradiance``: annual insolation on every roof and PV per building.

Per tile (on a worker): roof receptors of the tile's buildings
(:func:`plannerapp.analysis.points.roof_points`, plan spacing ``spacing_m``),
annual insolation with the solar engine
(:func:`plannerapp.analysis.irradiance.compute_insolation`: shaded direct
beam, sky view factor on the sky diffuse, pvlib transposition) against the
occluders in the tile's halo, and the mean per building
(:func:`plannerapp.analysis.irradiance.pv_potential`, area weighted).

Per building:

* ``roof_area_m2``: 3D area of the roof faces that carry receptors
  (semantic RoofSurface, or up-facing faces without semantics, with normal
  z > ``min_normal_z`` = 0.3, i.e. tilt < 72.5 deg), from the triangles;
* ``roof_irradiation_kwh_m2``: annual kWh/m2, area-weighted mean over the
  roof's points (``null`` when the roof got no point);
* ``pv_kwh_year = roof_irradiation x roof_area x usable_share x efficiency
  x performance_ratio`` (defaults 0.6, 0.20, 0.80).

Outputs: ``buildings.geojson`` (footprints, the city's CRS, world
coordinates) and ``points.parquet`` (one row per receptor, world x/y/z).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from plannerapp.errors import InputError
from plannerapp.geometry.mesh import SURFACE_ROOF
from plannerapp.i18n import translate

ANALYSIS = "irradiance"
MIN_NORMAL_Z = 0.3


@dataclass
class IrradianceOptions:
    """Options of a batch irradiance run (units in the names)."""

    weather: str
    spacing_m: float = 1.0
    efficiency: float = 0.20
    performance_ratio: float = 0.80
    usable_share: float = 0.6
    model: str = "perez"
    albedo: float = 0.2
    sky_rays: int = 128

    def validate(self) -> None:
        from plannerapp.analysis.irradiance import MODELS

        problems = []
        if not (self.spacing_m > 0 and math.isfinite(self.spacing_m)):
            problems.append(translate("batch", "--spacing must be a positive number of metres"))
        for name, val in (("--efficiency", self.efficiency), ("--performance-ratio", self.performance_ratio),
                          ("--usable-share", self.usable_share)):
            if not (0.0 < val <= 1.0):
                problems.append(translate("batch", "{name} must be in (0, 1], not {value}").format(name=name, value=val))
        if not (0.0 <= self.albedo <= 1.0):
            problems.append(translate("batch", "--albedo must be in [0, 1]"))
        if self.model not in MODELS:
            problems.append(translate("batch", "unknown sky model {model!r}").format(model=self.model))
        if int(self.sky_rays) < 8:
            problems.append(translate("batch", "--sky-rays must be at least 8"))
        if problems:
            raise InputError(None, problems)


class IrradianceJob:
    """The client side: inputs, parameters, halo elevation, output assembly."""

    analysis = ANALYSIS

    def __init__(self, options: IrradianceOptions):
        options.validate()
        self.options = options
        from plannerapp.analysis.weather import read_weather
        from plannerapp.batch.store import file_sha256

        self.weather = read_weather(options.weather)  # InputError on a bad file, before any work
        self.weather_sha256 = file_sha256(options.weather)

    def check_city(self, city) -> None:
        """Nothing beyond the CRS (checked by the runner)."""

    def site(self, manifest):
        from plannerapp.analysis.sun import Site

        s = manifest.site
        return Site(s["latitude"], s["longitude"], None, s["convergence_deg"], float(self.weather.elevation_m))

    def min_elevation_deg(self, manifest) -> float:
        """Lowest sun elevation (deg) of an hour with direct beam: the halo's elevation."""
        from plannerapp.analysis.sun import solar_positions

        pos = solar_positions(self.weather.mid_utc, self.site(manifest))
        el = pos["apparent_elevation"].to_numpy()
        dni = self.weather.data["dni"].to_numpy()
        sel = (el > 0) & (dni > 0)
        return float(el[sel].min()) if sel.any() else 90.0

    def min_receptor_z(self, manifest) -> float:
        return manifest.min_base_z

    def parameters(self, manifest) -> dict:
        p = asdict(self.options)
        p["weather"] = {"file": str(self.options.weather), "sha256": self.weather_sha256}
        p["site"] = manifest.site
        p["min_normal_z"] = MIN_NORMAL_Z
        return p

    def inputs(self, manifest) -> dict:
        """What every tile needs: the weather, the site and the sun path (computed once per run)."""
        from plannerapp.analysis.sun import solar_positions

        site = self.site(manifest)
        return {"weather": self.weather, "site": site, "positions": solar_positions(self.weather.mid_utc, site)}

    def config(self) -> dict:
        o = self.options
        return {"spacing_m": o.spacing_m, "efficiency": o.efficiency, "performance_ratio": o.performance_ratio,
                "usable_share": o.usable_share, "model": o.model, "albedo": o.albedo, "sky_rays": int(o.sky_rays)}

    def receptors_estimate(self, tile_info: dict) -> int:
        return int(tile_info["n_buildings"])

    def assemble(self, out_dir, manifest, keys, progress=None) -> dict:
        return assemble(out_dir, manifest, keys, progress)


def roof_area(city, i: int, min_normal_z: float = MIN_NORMAL_Z) -> float:
    """3D area (m2) of building *i*'s roof faces (those :func:`roof_points` samples)."""
    m = city.buildings[i].geometry
    if m.n_faces == 0:
        return 0.0
    tri = m.vertices[m.faces]
    cr = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    area = 0.5 * np.linalg.norm(cr, axis=1)
    nz = np.where(area > 0, cr[:, 2] / np.maximum(2 * area, 1e-300), 0.0)
    sel = (m.semantics == SURFACE_ROOF) & (nz > min_normal_z)
    return float(area[sel].sum())


def compute_tile(tile, scene, config: dict, inputs: dict):
    """Worker side: ``(arrays, summary)`` for one tile (see the module docstring)."""
    from plannerapp.analysis.irradiance import compute_insolation, pv_potential
    from plannerapp.analysis.points import roof_points

    city = tile.city()
    pts = roof_points(city, config["spacing_m"], min_normal_z=MIN_NORMAL_Z)
    res = compute_insolation(scene, pts.positions, pts.normals, inputs["weather"], inputs["site"],
                             model=config["model"], albedo=config["albedo"], n_dirs=config["sky_rays"],
                             positions=inputs.get("positions"))
    pv = pv_potential(pts, res, city, efficiency=config["efficiency"],
                      performance_ratio=config["performance_ratio"], usable_share=config["usable_share"])
    n = len(city)
    irr = np.full(n, np.nan)
    npts = np.zeros(n, np.int64)
    if len(pv):
        irr[pv["building"].to_numpy()] = pv["mean_insolation_kwh_m2"].to_numpy()
        npts = np.bincount(pts.building, minlength=n).astype(np.int64)
    areas = np.array([roof_area(city, i) for i in range(n)])
    factor = config["usable_share"] * config["efficiency"] * config["performance_ratio"]
    pv_kwh = np.where(np.isfinite(irr), np.nan_to_num(irr) * areas * factor, 0.0)
    gidx = tile.a["index"]
    arrays = {
        "b_index": gidx, "b_roof_area": areas, "b_irradiation": irr, "b_pv": pv_kwh, "b_points": npts,
        "p_index": gidx[pts.building].astype(np.int64), "p_xyz": pts.positions,
        "p_normal": pts.normals.astype(np.float32), "p_area": pts.area, "p_annual": res.annual,
        "p_beam": res.beam, "p_sky": res.sky_diffuse, "p_ground": res.ground, "p_svf": res.svf,
    }
    return arrays, {"n_receptors": int(len(pts))}


def assemble(out_dir, manifest, keys, progress=None) -> dict:
    """Write ``buildings.geojson`` and ``points.parquet`` from the tile results, tile by tile."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from plannerapp.batch.geojson_out import GeoJSONWriter
    from plannerapp.batch.store import load_tile
    from plannerapp.batch.tasks import read_tile_result

    out = Path(out_dir)
    origin = manifest.origin
    schema = pa.schema([("building_id", pa.string()), ("x", pa.float64()), ("y", pa.float64()), ("z", pa.float64()),
                        ("nx", pa.float32()), ("ny", pa.float32()), ("nz", pa.float32()), ("area_m2", pa.float64()),
                        ("annual_kwh_m2", pa.float64()), ("beam_kwh_m2", pa.float64()),
                        ("sky_diffuse_kwh_m2", pa.float64()), ("ground_kwh_m2", pa.float64()), ("svf", pa.float64())])
    totals = {"buildings": 0, "points": 0, "pv_kwh_year": 0.0, "roof_area_m2": 0.0}
    tmp_parquet = out / ".points.parquet.tmp"
    with GeoJSONWriter(out / "buildings.geojson", manifest.crs) as gj, pq.ParquetWriter(tmp_parquet, schema) as pw:
        for n_done, key in enumerate(keys):
            r = read_tile_result(out, key)
            t = load_tile(manifest, key)
            ids = t.a["ids"]
            assert np.array_equal(r["b_index"], t.a["index"])
            for i in range(len(t)):
                irr = float(r["b_irradiation"][i])
                gj.add(str(ids[i]), {
                    "id": str(ids[i]),
                    "roof_area_m2": float(r["b_roof_area"][i]),
                    "roof_irradiation_kwh_m2": None if not math.isfinite(irr) else irr,
                    "pv_kwh_year": float(r["b_pv"][i]),
                    "n_points": int(r["b_points"][i]),
                })
            gj.add_geometries(t.footprints(), origin)
            local_to_id = {int(g): str(s) for g, s in zip(t.a["index"], ids)}
            xyz = r["p_xyz"] + origin
            pw.write_table(pa.table({
                "building_id": [local_to_id[int(g)] for g in r["p_index"]],
                "x": xyz[:, 0], "y": xyz[:, 1], "z": xyz[:, 2],
                "nx": r["p_normal"][:, 0], "ny": r["p_normal"][:, 1], "nz": r["p_normal"][:, 2],
                "area_m2": r["p_area"], "annual_kwh_m2": r["p_annual"], "beam_kwh_m2": r["p_beam"],
                "sky_diffuse_kwh_m2": r["p_sky"], "ground_kwh_m2": r["p_ground"], "svf": r["p_svf"]}, schema=schema))
            totals["buildings"] += len(t)
            totals["points"] += int(r["p_xyz"].shape[0])
            totals["pv_kwh_year"] += float(r["b_pv"].sum())
            totals["roof_area_m2"] += float(r["b_roof_area"].sum())
            if progress is not None:
                progress((n_done + 1) / max(len(keys), 1))
    tmp_parquet.replace(out / "points.parquet")
    totals["outputs"] = ["buildings.geojson", "points.parquet"]
    return totals


def summary_line(totals: dict) -> str:
    return translate("batch", "{b} buildings, {p} roof points, roof area {a:,.0f} m2, PV {pv:,.0f} kWh/year").format(
        b=totals["buildings"], p=totals["points"], a=totals["roof_area_m2"], pv=totals["pv_kwh_year"])
