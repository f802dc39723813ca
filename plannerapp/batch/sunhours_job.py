"""Batch analysis ``sunhours``: the window sunlight audit of every residential building.

Per tile (on a worker): window sill receptors of the tile's residential
buildings (:func:`plannerapp.analysis.points.window_receptors`: lowest
storey by default, as GB 50180 requires; one sill-centre point per window,
1.5 m windows every 3.6 m of wall) and their sunlight hours on the
profile's standard day and window
(:func:`plannerapp.analysis.sunhours.compute_sunlight_hours` with the
profile's cut-offs and counting rule) against the occluders in the halo.
A window *passes* when its hours reach the profile's ``required_hours``;
``sun_facing`` says whether it would pass with nothing around it (north
walls never can).

Which buildings are residential (Dutch data has no use):
``residential="use"`` (default) takes ``Building.use``; ``"attribute"``
reads the source attribute ``use_attribute``; ``"all"`` audits every
building.  A value is residential when it is (case-insensitively) one of
``residential_values`` (default: residential, woonfunctie, wonen, housing,
house, apartments, 住宅, 居住).

Outputs: ``windows.csv`` (building, facade, floor, window, x, y, z world,
hours, longest_hours, passes, sun_facing) and ``buildings.geojson`` (one
feature per audited building: windows, passing windows, share).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from plannerapp.errors import InputError
from plannerapp.i18n import translate

ANALYSIS = "sunhours"
DEFAULT_RESIDENTIAL_VALUES = ("residential", "woonfunctie", "wonen", "housing", "house", "apartments", "住宅", "居住")


@dataclass
class SunhoursOptions:
    """Options of a batch window sunlight audit."""

    profile: str = "gb50180_I_II_III_VII_large"
    year: int = 2026
    step_min: float | None = None
    floors: str = "lowest"
    residential: str = "use"
    use_attribute: str | None = None
    residential_values: tuple = field(default=DEFAULT_RESIDENTIAL_VALUES)
    window_width_m: float = 1.5
    window_spacing_m: float = 3.6
    timezone: str | None = None

    def validate(self) -> None:
        problems = []
        if self.floors not in ("lowest", "all"):
            problems.append(translate("batch", "--floors must be lowest or all"))
        if self.residential not in ("use", "attribute", "all"):
            problems.append(translate("batch", "residential selection must be use, attribute or all"))
        if self.residential == "attribute" and not self.use_attribute:
            problems.append(translate("batch", "--use-attribute needs an attribute name"))
        if self.step_min is not None and not self.step_min > 0:
            problems.append(translate("batch", "--step-min must be positive"))
        if not (self.window_width_m > 0 and self.window_spacing_m >= self.window_width_m):
            problems.append(translate("batch", "window width must be positive and not above the window spacing"))
        if not 1900 <= int(self.year) <= 2200:
            problems.append(translate("batch", "--year {year} is out of range").format(year=self.year))
        if problems:
            raise InputError(None, problems)


def is_residential(use: str, attrs: dict, options: SunhoursOptions) -> bool:
    if options.residential == "all":
        return True
    values = {str(v).strip().lower() for v in options.residential_values}
    val = use if options.residential == "use" else attrs.get(options.use_attribute)
    if val is None:
        return False
    if isinstance(val, (list, tuple)):
        return any(str(v).strip().lower() in values for v in val)
    return str(val).strip().lower() in values


class SunhoursJob:
    """The client side: profile, sun path, residential check, output assembly."""

    analysis = ANALYSIS

    def __init__(self, options: SunhoursOptions):
        from plannerapp.analysis.profiles import get_profile
        from plannerapp.analysis.sun import parse_timezone

        options.validate()
        self.options = options
        self.profile = get_profile(options.profile)  # InputError for an unknown profile
        if options.timezone:
            parse_timezone(options.timezone)
        self._suns = None

    def check_city(self, city) -> None:
        """At least one residential building, or a clear message before any work."""
        o = self.options
        if any(is_residential(b.use, b.attributes, o) for b in city.buildings):
            return
        if o.residential == "attribute":
            msg = translate("batch", "no building has a residential value ({values}) in attribute {attr!r}").format(
                values=", ".join(o.residential_values), attr=o.use_attribute)
        else:
            msg = translate("batch", "no building has a residential use (this file has no use: give "
                                     "--use-attribute NAME[=VALUES] or --residential-all)")
        raise InputError(getattr(city, "source", None) or None, msg)

    def site(self, manifest):
        from plannerapp.analysis.sun import Site

        s = manifest.site
        return Site(s["latitude"], s["longitude"], self.options.timezone, s["convergence_deg"])

    def suns(self, manifest):
        from plannerapp.analysis.sun import sun_path

        if self._suns is None:
            p = self.profile
            step = self.options.step_min if self.options.step_min is not None else p.step_min
            tb = "solar" if p.time_base == "solar" else "clock"
            self._suns = sun_path(self.site(manifest), p.date(int(self.options.year)), p.window[0], p.window[1],
                                  step, time_base=tb)
        return self._suns

    def min_elevation_deg(self, manifest) -> float:
        s = self.suns(manifest)
        usable = s.above & (s.altitude_deg >= self.profile.criteria.min_altitude_deg)
        return float(s.altitude_deg[usable].min()) if usable.any() else 90.0

    def min_receptor_z(self, manifest) -> float:
        from plannerapp.analysis.points import SILL_HEIGHT_M

        return manifest.min_base_z + min(self.profile.sill_height_m, SILL_HEIGHT_M)

    def parameters(self, manifest) -> dict:
        p = asdict(self.options)
        p["residential_values"] = list(self.options.residential_values)
        prof = asdict(self.profile)
        p["profile_definition"] = json.loads(json.dumps(prof, default=str))
        p["day"] = self.profile.date(int(self.options.year)).isoformat()
        p["site"] = manifest.site
        return p

    def inputs(self, manifest) -> dict:
        return {"suns": self.suns(manifest), "profile": self.profile, "options": self.options}

    def config(self) -> dict:
        return {}

    def assemble(self, out_dir, manifest, keys, progress=None) -> dict:
        return assemble(out_dir, manifest, keys, self.profile.required_hours, progress)


def compute_tile(tile, scene, config: dict, inputs: dict):
    """Worker side: ``(arrays, summary)`` for one tile."""
    from plannerapp.analysis.points import window_receptors
    from plannerapp.analysis.raycast import OcclusionScene
    from plannerapp.analysis.sunhours import compute_sunlight_hours

    o: SunhoursOptions = inputs["options"]
    prof = inputs["profile"]
    suns = inputs["suns"]
    city = tile.city()
    res_idx = [i for i, b in enumerate(city.buildings) if is_residential(b.use, b.attributes, o)]
    pts = window_receptors(city, buildings=res_idx, window_width=o.window_width_m, window_spacing=o.window_spacing_m,
                           sill_height=prof.sill_height_m, floors=o.floors, mode="centre")
    res = compute_sunlight_hours(scene, suns, pts.positions, pts.normals, criteria=prof.criteria)
    with OcclusionScene(np.zeros((0, 3)), np.zeros((0, 3), np.int64)) as empty:
        open_sky = compute_sunlight_hours(empty, suns, pts.positions, pts.normals, criteria=prof.criteria)
    # window number within its building (window_receptors numbers them across the call)
    if len(pts):
        starts = {}
        for b, w in zip(pts.building, pts.window):
            starts.setdefault(int(b), int(w))
        win_in_b = pts.window - np.array([starts[int(b)] for b in pts.building])
    else:
        win_in_b = np.zeros(0, np.int64)
    gidx = tile.a["index"]
    arrays = {
        "audited": gidx[np.asarray(res_idx, np.int64)] if res_idx else np.zeros(0, np.int64),
        "w_index": gidx[pts.building].astype(np.int64) if len(pts) else np.zeros(0, np.int64),
        "w_facade": pts.facade, "w_floor": pts.floor, "w_window": win_in_b.astype(np.int32),
        "w_xyz": pts.positions, "w_hours": res.hours, "w_longest": res.longest_hours,
        "w_open_hours": open_sky.hours,
    }
    return arrays, {"n_receptors": int(len(pts))}


def assemble(out_dir, manifest, keys, required_hours: float, progress=None) -> dict:
    """Write ``windows.csv`` and ``buildings.geojson`` from the tile results, tile by tile."""
    import pandas as pd

    from plannerapp.batch.geojson_out import GeoJSONWriter
    from plannerapp.batch.store import load_tile
    from plannerapp.batch.tasks import read_tile_result

    out = Path(out_dir)
    tol = 1e-9
    totals = {"buildings": 0, "windows": 0, "passing": 0}
    tmp_csv = out / ".windows.csv.tmp"
    header = True
    with GeoJSONWriter(out / "buildings.geojson", manifest.crs) as gj, open(tmp_csv, "w", encoding="utf-8", newline="") as fh:
        for n_done, key in enumerate(keys):
            r = read_tile_result(out, key)
            t = load_tile(manifest, key)
            id_of = {int(g): str(s) for g, s in zip(t.a["index"], t.a["ids"])}
            passes = r["w_hours"] >= required_hours - tol
            xyz = r["w_xyz"] + manifest.origin
            df = pd.DataFrame({
                "building": [id_of[int(g)] for g in r["w_index"]], "facade": r["w_facade"], "floor": r["w_floor"],
                "window": r["w_window"], "x": np.round(xyz[:, 0], 3), "y": np.round(xyz[:, 1], 3),
                "z": np.round(xyz[:, 2], 3), "hours": np.round(r["w_hours"], 6),
                "longest_hours": np.round(r["w_longest"], 6), "passes": passes,
                "sun_facing": r["w_open_hours"] >= required_hours - tol})
            df.to_csv(fh, index=False, header=header, lineterminator="\n")
            header = False
            audited = set(int(g) for g in r["audited"])
            row_of = {int(g): i for i, g in enumerate(t.a["index"])}
            sel = [row_of[g] for g in sorted(audited, key=lambda g: row_of[g])]
            for i in sel:
                g = int(t.a["index"][i])
                m = r["w_index"] == g
                nw, npass = int(m.sum()), int(passes[m].sum())
                nsf = int((r["w_open_hours"][m] >= required_hours - tol).sum())
                gj.add(id_of[g], {"id": id_of[g], "n_windows": nw, "n_pass": npass,
                                  "share_pass": npass / nw if nw else None,
                                  "n_sun_facing": nsf, "min_hours": float(r["w_hours"][m].min()) if nw else None})
            gj.add_geometries(t.footprints()[sel] if sel else [], manifest.origin)
            totals["buildings"] += len(sel)
            totals["windows"] += int(len(df))
            totals["passing"] += int(passes.sum())
            if progress is not None:
                progress((n_done + 1) / max(len(keys), 1))
        if header:
            fh.write("building,facade,floor,window,x,y,z,hours,longest_hours,passes,sun_facing\n")
    tmp_csv.replace(out / "windows.csv")
    totals["outputs"] = ["windows.csv", "buildings.geojson"]
    return totals


def summary_line(totals: dict) -> str:
    return translate("batch", "{b} residential buildings, {w} windows, {p} pass").format(
        b=totals["buildings"], w=totals["windows"], p=totals["passing"])
