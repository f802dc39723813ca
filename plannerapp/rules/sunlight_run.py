"""Run the solar engine for the sunlight rules (see :mod:`plannerapp.rules.sunlight`).

Builds, once per review, the sun path of each distinct ``sunlight`` control,
the occlusion scenes of the status quo (the context as it stands) and of the
scheme (context - demolished + new buildings), and evaluates window-sill
receptors (:func:`plannerapp.analysis.points.window_receptors`) with
:func:`plannerapp.analysis.sunhours.compute_sunlight_hours`.  Positions are
local metres; hours are hours; segment times are given in true solar time
and local clock time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import numpy as np
import shapely

from plannerapp.model import City


@dataclass
class SunSetup:
    """Every parameter of one sunlight evaluation (printed in the report)."""

    standard: str
    day: str
    date: dt.date
    start: str
    end: str
    time_base: str
    step_min: float
    min_hours: float
    applies_to: tuple[str, ...]
    neighbour_test: str
    ratio: float
    base_profile: str | None
    criteria: object
    receptors: dict
    latitude: float = float("nan")
    longitude: float = float("nan")
    timezone: str | None = None
    convergence_deg: float = 0.0
    backend: str = "embree"

    def parameters(self) -> dict:
        c = self.criteria
        return {
            "standard": self.standard, "day": self.day, "date": self.date.isoformat(),
            "window": f"{self.start}-{self.end}", "time_base": self.time_base, "step_min": self.step_min,
            "min_hours": self.min_hours, "applies_to": list(self.applies_to),
            "neighbour_test": self.neighbour_test, "neighbour_ratio": self.ratio,
            "base_profile": self.base_profile, "min_sweep_deg": getattr(c, "min_sweep_deg", 0.0),
            "min_altitude_deg": getattr(c, "min_altitude_deg", 0.0),
            "min_segment_min": getattr(c, "min_segment_min", 0.0), "counting": getattr(c, "counting", "sum"),
            "receptors": dict(self.receptors), "latitude": self.latitude, "longitude": self.longitude,
            "timezone": self.timezone, "meridian_convergence_deg": self.convergence_deg, "backend": self.backend,
        }


def sun_setup(spec: dict, profile) -> SunSetup:
    """Resolve a parcel's ``sunlight`` control with the rule profile and the solar presets."""
    from plannerapp.analysis.profiles import PLAIN, STANDARD_DAYS, get_profile, list_profiles

    standard = spec.get("standard", "GB50180")
    std = dict(profile.sunlight_standards.get(standard, {}))
    day = spec.get("day", "great_cold")
    start, end = spec.get("start", "08:00"), spec.get("end", "16:00")
    base = None
    if spec.get("profile"):
        base = get_profile(spec["profile"])
    elif std.get("base_profile"):
        presets = [p for p in list_profiles() if p.id.startswith(standard.lower())]
        exact = [p for p in presets if p.standard_day == day and tuple(p.window) == (start, end)]
        same_day = [p for p in presets if p.standard_day == day]
        base = (exact or same_day or [get_profile(std["base_profile"])])[0]
    year = profile.sunlight_year or dt.date.today().year
    if day in STANDARD_DAYS:
        month, dd = STANDARD_DAYS[day]
        date = dt.date(year, month, dd)
    else:
        date = dt.date.fromisoformat(day)
    time_base = spec.get("time_base") or std.get("time_base") or (base.time_base if base else "clock")
    step = float(std.get("step_min") or (base.step_min if base else 5.0))
    return SunSetup(
        standard=standard, day=day, date=date, start=start, end=end, time_base=time_base, step_min=step,
        min_hours=float(spec.get("min_hours", 0.0)), applies_to=tuple(spec.get("applies_to", ["residential"])),
        neighbour_test=std.get("neighbour_test", "no_worse"), ratio=float(std.get("ratio", 1.0)),
        base_profile=base.id if base else None, criteria=base.criteria if base else PLAIN,
        receptors=dict(profile.sunlight_receptors), backend=profile.sunlight_backend,
    )


def preset_setup(preset_id: str, base: SunSetup) -> SunSetup:
    """*base* with the day, window, required hours, time base and cut-offs of a solar preset
    (e.g. ``kindergarten``: winter solstice 09:00-15:00, 3 h); step, test and site stay."""
    from plannerapp.analysis.profiles import get_profile

    p = get_profile(preset_id)
    return dataclasses.replace(
        base, standard=f"{base.standard}/{p.id}", day=p.standard_day, date=p.date(base.date.year),
        start=p.window[0], end=p.window[1], time_base=p.time_base, min_hours=float(p.required_hours),
        base_profile=p.id, criteria=p.criteria)


def analysis_site(project, city: City):
    """The solar engine's Site for the project (lat/lon, time zone, meridian convergence)."""
    from plannerapp.analysis.sun import site_for_city

    if city.crs is None and project.crs:
        city = city.replaced(city.buildings)
        city.crs = project.crs
    s = project.site
    if s is not None:
        return site_for_city(city, s.latitude, s.longitude, s.timezone)
    return site_for_city(city)


def _hhmm(h: float) -> str:
    m = int(round(h * 60.0)) % (24 * 60)
    return f"{m // 60:02d}:{m % 60:02d}"


class SunlightRuns:
    """Runs the engine for the review; one instance lives in ``RuleContext.shared``."""

    def __init__(self, project, site_model, cancelled=None, shared: dict | None = None):
        self.shared = shared if shared is not None else {}
        self.project = project
        self.site_model = site_model
        self.cancelled = cancelled
        self.before_city = project.context
        self.after_city = project.context.replaced(site_model.buildings)
        if self.after_city.crs is None:
            self.after_city.crs = project.crs
        self._scenes: dict = {}
        self._paths: dict = {}
        self._site = None
        self._calls: tuple = (None, -1)
        self._single: dict = {}

    def site(self):
        if self._site is None:
            self._site = analysis_site(self.project, self.after_city)
        return self._site

    def scene(self, which: str, backend: str):
        from plannerapp.analysis.occluders import occlusion_scene
        from plannerapp.analysis.raycast import embree_available

        if backend == "embree" and not embree_available():
            backend = "numpy"
        key = (which, backend)
        if key not in self._scenes:
            if which == "open":  # nothing around: what the orientation alone allows
                from plannerapp.analysis.raycast import OcclusionScene

                self._scenes[key] = OcclusionScene(np.zeros((0, 3)), np.zeros((0, 3), np.int64), backend)
            else:
                city = self.before_city if which == "before" else self.after_city
                self._scenes[key] = occlusion_scene(city, backend)
        return self._scenes[key]

    def blockers(self, points, before, after, window_ids, candidates, reach: float) -> dict[int, list[str]]:
        """Which *candidates* (building indices) take sun each window had before.

        The intervals of each window in *window_ids* that were sunlit before
        but not after become rays; a ray's horizontal projection (up to
        *reach* + the window's building size) picks the candidate footprints
        it crosses (one STRtree query), and only those are re-cast exactly
        (numpy ray casting on that building's own triangles).  Returns
        ``{window: [building ids, most blocked intervals first]}``.
        """
        from collections import Counter

        from plannerapp.analysis.raycast import OcclusionScene

        firsts = {int(w): int(i) for i, w in reversed(list(enumerate(points.window)))}
        dirs = after.suns.directions
        fps = self.site_model.footprints
        o_list, d_list, w_list, l_list = [], [], [], []
        for w in window_ids:
            i = firsts[int(w)]
            lost = np.flatnonzero(before.sunlit(i) & ~after.sunlit(i))
            if lost.size == 0:
                continue
            bb = shapely.bounds(fps[int(points.building[i])])
            length = reach + float(np.hypot(bb[2] - bb[0], bb[3] - bb[1])) + 1.0
            o_list.append(np.repeat(points.positions[i][None, :], lost.size, axis=0))
            d_list.append(dirs[lost])
            w_list.append(np.full(lost.size, int(w)))
            l_list.append(np.full(lost.size, length))
        out: dict[int, Counter] = {int(w): Counter() for w in window_ids}
        if o_list and candidates:
            origins, directions = np.concatenate(o_list), np.concatenate(d_list)
            wins, lengths = np.concatenate(w_list), np.concatenate(l_list)
            h = directions[:, :2]
            hn = np.linalg.norm(h, axis=1, keepdims=True)
            unit = np.where(hn > 1e-12, h / np.where(hn > 1e-12, hn, 1.0), 0.0)
            ends = origins[:, :2] + unit * lengths[:, None]
            segs = shapely.linestrings(np.stack([origins[:, :2], ends], axis=1))
            cand = np.asarray(candidates, dtype=np.int64)
            ri, cj = shapely.STRtree(fps[cand]).query(segs, predicate="intersects")
            for j in np.unique(cj):
                c = int(cand[j])
                rays = ri[cj == j]
                sc = self._single.get(c)
                if sc is None:
                    g = self.site_model.buildings[c].geometry
                    sc = self._single[c] = OcclusionScene(g.vertices, g.faces, "numpy")
                hit = sc.occluded(origins[rays], directions[rays])
                bid = self.site_model.buildings[c].id
                for w, n in zip(*np.unique(wins[rays[hit]], return_counts=True)):
                    out[int(w)][bid] += int(n)
        return {w: [bid for bid, _ in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))] for w, cnt in out.items()}

    def close(self) -> None:
        """Stop the ray-casting worker threads of every scene built."""
        for sc in self._scenes.values():
            sc.close()
        self._scenes.clear()

    def sun_path(self, setup: SunSetup):
        from plannerapp.analysis.sun import sun_path

        key = (setup.date, setup.start, setup.end, setup.step_min, setup.time_base)
        if key not in self._paths:
            self._paths[key] = sun_path(self.site(), setup.date, setup.start, setup.end, setup.step_min,
                                        time_base=setup.time_base)
        return self._paths[key]

    def windows(self, building_indices, setup: SunSetup):
        from plannerapp.analysis.points import window_receptors

        r = setup.receptors
        return window_receptors(self.after_city, buildings=list(building_indices),
                                window_width=float(r.get("window_width_m", 1.5)),
                                window_spacing=float(r.get("window_spacing_m", 3.6)),
                                sill_height=float(r.get("sill_height_m", 0.9)),
                                floors=r.get("floors", "lowest"), mode=r.get("mode", "centre"))

    def hours(self, which: str, points, setup: SunSetup):
        from plannerapp.analysis.sunhours import compute_sunlight_hours

        rep = self.shared.get("reporter")
        rng = self.shared.get("progress_range", (0.0, 1.0))
        # the k-th run in a parcel's progress range covers [1 - 2^-k, 1 - 2^-(k+1)] of it: always forward
        k = self._calls[1] + 1 if self._calls[0] == rng else 0
        self._calls = (rng, k)
        lo = rng[0] + (rng[1] - rng[0]) * (1 - 0.5 ** k)
        hi = rng[0] + (rng[1] - rng[0]) * (1 - 0.5 ** (k + 1))

        def progress(fraction, text=""):
            if rep is not None:
                rep(lo + (hi - lo) * fraction, text)

        return compute_sunlight_hours(self.scene(which, setup.backend), self.sun_path(setup), points.positions,
                                      points.normals, criteria=setup.criteria, progress=progress,
                                      cancelled=self.cancelled)

    def window_rows(self, points, result, segments: bool = True) -> tuple[np.ndarray, list[dict]]:
        """Per window: hours (``min`` over its points) and a table row with sunlit segments."""
        from plannerapp.analysis.points import window_summary

        if len(points) == 0:
            return np.zeros(0), []
        summ = window_summary(points, result.hours, 0.0, how="min")["window"]
        if not segments:
            return summ["hours"], []
        suns = result.suns
        tz = self.site().tzinfo()
        s_loc, e_loc = suns.starts_utc.tz_convert(tz), suns.ends_utc.tz_convert(tz)
        s_loc_h = (s_loc.hour + s_loc.minute / 60.0 + s_loc.second / 3600.0).to_numpy()
        e_loc_h = (e_loc.hour + e_loc.minute / 60.0 + e_loc.second / 3600.0).to_numpy()
        s_sol = suns.solar_hours - 0.5 * suns.duration_h
        e_sol = suns.solar_hours + 0.5 * suns.duration_h
        firsts = {int(w): int(i) for i, w in reversed(list(enumerate(points.window)))}
        rows = []
        for w, b, fac, fl, h in zip(summ["id"], summ["building"], summ["facade"], summ["floor"], summ["hours"]):
            first = firsts[int(w)]
            segs = result.segments(first)
            solar = "; ".join(f"{_hhmm(s_sol[a])}-{_hhmm(e_sol[z - 1])}" for a, z in segs)
            local = "; ".join(f"{_hhmm(s_loc_h[a])}-{_hhmm(e_loc_h[z - 1])}" for a, z in segs)
            bld = self.site_model.buildings[int(b)]
            x, y, zz = points.positions[first]
            rows.append({"window": int(w), "building": bld.id, "name": bld.display_name, "use": bld.use,
                         "facade": int(fac), "floor": int(fl), "x": float(x), "y": float(y), "z": float(zz),
                         "hours": float(h), "segments_solar": solar, "segments_local": local})
        return summ["hours"], rows
