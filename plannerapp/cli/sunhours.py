"""``plannerapp sunhours SCENE_OR_PROJECT ... --out OUT.csv``: sunlight hours per point.

Points come from ``--points PTS.csv`` (columns ``x,y,z[,nx,ny,nz]`` in the
scene's OWN file coordinates), a ground grid (``--grid SPACING_M`` at
``--height`` m) or facade receptors (``--facades``: every floor at sill
height).  OUT.csv has ``x,y,z,hours,longest_hours`` in the same file
coordinates (plus ``sunlit_hours``, normals and building/facade/floor for
facades).  Without ``--profile`` no cut-offs apply: hours is the sum of all
sunlit intervals.  Bad input: one line on stderr, exit code 2.
"""

from __future__ import annotations

import sys

from plannerapp.cli._common import ProgressBar  # heat and irradiance import it from here too
from plannerapp.i18n import translate

NAME = "sunhours"
ORDER = 40


def add_parser(sub):
    p = sub.add_parser(
        NAME,
        help=translate("cli", "sunlight hours on points, a ground grid or facades"),
        description=translate(
            "cli",
            "Compute sunlight hours per point for a day and time window (clock or true solar time) "
            "and write them as CSV in the scene's own coordinates.",
        ),
    )
    p.add_argument("scene", help=translate("cli", "city file or project folder"))
    p.add_argument("--scheme", default=None, help=translate("cli", "design scheme of the project (id or name)"))
    p.add_argument("--date", default=None, help=translate("cli", "day, YYYY-MM-DD (with --profile: the year of its standard day)"))
    p.add_argument("--start", default=None, help=translate("cli", "window start, HH:MM"))
    p.add_argument("--end", default=None, help=translate("cli", "window end, HH:MM"))
    p.add_argument("--step-min", type=float, default=None, help=translate("cli", "time step in minutes (default 5, or the profile's)"))
    tb = p.add_mutually_exclusive_group()
    tb.add_argument("--solar-time", action="store_true", help=translate("cli", "read --start/--end as true solar time"))
    tb.add_argument("--tz", default=None, help=translate("cli", "time zone of --start/--end, e.g. Asia/Shanghai or +08:00"))
    p.add_argument("--lat", type=float, default=None, help=translate("cli", "site latitude, degrees (default: from the scene's CRS)"))
    p.add_argument("--lon", type=float, default=None, help=translate("cli", "site longitude, degrees (default: from the scene's CRS)"))
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--points", default=None, help=translate("cli", "CSV with x,y,z[,nx,ny,nz] in the scene's coordinates"))
    src.add_argument("--grid", type=float, default=None, metavar="SPACING_M", help=translate("cli", "ground grid spacing, metres"))
    src.add_argument("--facades", action="store_true", help=translate("cli", "receptors on every facade and floor at sill height"))
    p.add_argument("--height", type=float, default=None, help=translate("cli", "grid height above ground, metres (default 1.5)"))
    p.add_argument("--grid-margin", type=float, default=0.0, help=translate("cli", "grow the grid beyond the buildings' extent, metres"))
    p.add_argument("--facade-spacing", type=float, default=2.0, help=translate("cli", "facade point spacing along walls, metres"))
    p.add_argument("--profile", default=None, help=translate("cli", "sunlight profile id (cut-offs, counting rule, day and window)"))
    p.add_argument("--backend", choices=("embree", "numpy"), default="embree", help=argparse_suppress())
    p.add_argument("--out", required=True, help=translate("cli", "output CSV file"))
    p.add_argument("--quiet", action="store_true", help=translate("cli", "no progress bar"))
    return p


def argparse_suppress():
    import argparse

    return argparse.SUPPRESS


def _fail(problem: str, path=None):
    from plannerapp.errors import InputError

    raise InputError(path, problem)


def load_scene(path: str, scheme: str | None):
    """(City for the analysis, project Site or None) from a city file or project folder."""
    from pathlib import Path

    p = Path(path)
    is_project = p.is_dir() or p.name == "project.json"
    if is_project:
        from plannerapp.io.project import load_project

        project = load_project(p)
        city = project.context
        if scheme:
            try:
                city = project.scheme(scheme).built_city(project.context)
            except KeyError:
                names = ", ".join(s.display_name for s in project.schemes) or translate("cli", "none")
                _fail(translate("cli", "no scheme {name!r} in the project (schemes: {names})").format(name=scheme, names=names), path)
        return city, project.site
    if not p.exists():
        _fail(translate("cli", "file not found"), path)
    if scheme:
        _fail(translate("cli", "--scheme needs a project folder, not a single city file"), path)
    from plannerapp.io.loader import load_city

    return load_city(p), None


class FileFrame:
    """World (model CRS) <-> the file's own coordinates (e.g. lon/lat of a GeoJSON)."""

    def __init__(self, city):
        self.city = city
        self.src = city.metadata.get("source_crs") if hasattr(city, "metadata") else None
        self._fwd = self._inv = None
        if self.src and city.crs and self.src != city.crs:
            from pyproj import Transformer

            from plannerapp.geometry.crs import horizontal_crs

            self._fwd = Transformer.from_crs(horizontal_crs(self.src), horizontal_crs(city.crs), always_xy=True)
            self._inv = Transformer.from_crs(horizontal_crs(city.crs), horizontal_crs(self.src), always_xy=True)

    def file_to_local(self, xyz):
        import numpy as np

        xyz = np.array(xyz, dtype=np.float64)
        if self._fwd is not None:
            xyz[:, 0], xyz[:, 1] = self._fwd.transform(xyz[:, 0], xyz[:, 1])
        return xyz - self.city.origin

    def local_to_file(self, xyz):
        import numpy as np

        w = np.asarray(xyz, dtype=np.float64) + self.city.origin
        if self._inv is not None:
            w[:, 0], w[:, 1] = self._inv.transform(w[:, 0], w[:, 1])
        return w


def read_points_csv(path: str):
    """``(positions (n,3), normals (n,3) or None)`` from a CSV with x,y,z[,nx,ny,nz]."""
    import numpy as np
    import pandas as pd

    from plannerapp.errors import InputError
    from plannerapp.io._common import MAX_COORDINATE

    try:
        df = pd.read_csv(path, skipinitialspace=True)
    except FileNotFoundError:
        raise InputError(path, translate("cli", "file not found")) from None
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        raise InputError(path, translate("cli", "cannot read the points CSV ({error})").format(error=exc)) from None
    df.columns = [str(c).strip().lower() for c in df.columns]
    missing = [c for c in ("x", "y", "z") if c not in df.columns]
    if missing:
        raise InputError(path, translate("cli", "missing column(s) {cols}: the header must be x,y,z[,nx,ny,nz]").format(cols=", ".join(missing)))
    has_n = all(c in df.columns for c in ("nx", "ny", "nz"))
    cols = ["x", "y", "z"] + (["nx", "ny", "nz"] if has_n else [])
    if len(df) == 0:
        raise InputError(path, translate("cli", "no points in the file"))
    vals = df[cols].apply(pd.to_numeric, errors="coerce").to_numpy(np.float64)
    bad = ~np.isfinite(vals).all(axis=1)
    problems = []
    for i in np.flatnonzero(bad)[:5]:
        problems.append(translate("cli", "row {row}: x, y, z (and normals) must be finite numbers").format(row=int(i) + 2))
    if has_n:
        zero = np.isfinite(vals[:, 3:]).all(axis=1) & (np.linalg.norm(np.nan_to_num(vals[:, 3:]), axis=1) < 1e-12)
        for i in np.flatnonzero(zero)[:5]:
            problems.append(translate("cli", "row {row}: the normal is zero").format(row=int(i) + 2))
    huge = np.isfinite(vals).all(axis=1) & (np.abs(np.nan_to_num(vals[:, :3])) > MAX_COORDINATE).any(axis=1)
    for i in np.flatnonzero(huge)[:5]:
        problems.append(translate("cli", "row {row}: implausibly large coordinates (over {limit:.0g})").format(
            row=int(i) + 2, limit=MAX_COORDINATE))
    if problems:
        if bad.sum() > 5:
            problems.append(translate("cli", "{n} bad rows in all").format(n=int(bad.sum())))
        raise InputError(path, problems)
    return vals[:, :3], (vals[:, 3:6] if has_n else None)


def _resolve_window(args, profile):
    """(date, start, end, step_min, time_base, criteria) from the arguments and the profile."""
    import datetime as dt

    from plannerapp.analysis.profiles import PLAIN

    day = None
    if args.date:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            _fail(translate("cli", "--date {value!r} is not YYYY-MM-DD").format(value=args.date))
    if profile is not None:
        if day is None or (args.start is None and args.end is None):
            day = profile.date(day.year if day else None)
        start = args.start or profile.window[0]
        end = args.end or profile.window[1]
        step = args.step_min if args.step_min is not None else profile.step_min
        time_base = "solar" if args.solar_time or (profile.time_base == "solar" and not args.tz) else "clock"
        return day, start, end, step, time_base, profile.criteria
    missing = [name for name, v in (("--date", day), ("--start", args.start), ("--end", args.end)) if v is None]
    if missing:
        _fail(translate("cli", "give {args} (or --profile NAME)").format(args=", ".join(missing)))
    step = args.step_min if args.step_min is not None else 5.0
    return day, args.start, args.end, step, ("solar" if args.solar_time else "clock"), PLAIN


def run(args) -> int:
    import math

    import numpy as np
    import pandas as pd

    from plannerapp.analysis.profiles import get_profile
    from plannerapp.analysis.sun import parse_timezone
    from plannerapp.analysis.sunlight_analysis import SunlightRequest, run_sunlight_analysis
    from plannerapp.errors import InputError
    from plannerapp.io.atomic import write_text_atomic

    if (args.lat is None) != (args.lon is None):
        _fail(translate("cli", "give both --lat and --lon"))
    if args.lat is not None and not (-90 <= args.lat <= 90 and -180 <= args.lon <= 360):
        _fail(translate("cli", "--lat/--lon out of range"))
    if args.grid is not None and not (args.grid > 0 and math.isfinite(args.grid)):
        _fail(translate("cli", "--grid spacing must be positive"))
    if not (args.facade_spacing > 0 and math.isfinite(args.facade_spacing)):
        _fail(translate("cli", "--facade-spacing must be positive"))
    for name, value in (("--height", args.height), ("--grid-margin", args.grid_margin)):
        if value is not None and not math.isfinite(value):
            _fail(translate("cli", "{name} must be a finite number").format(name=name))
    if args.step_min is not None and not args.step_min > 0:
        _fail(translate("cli", "--step-min must be positive"))
    profile = get_profile(args.profile) if args.profile else None
    if args.tz:
        parse_timezone(args.tz)  # bad zone -> InputError before the long work
    day, start, end, step, time_base, criteria = _resolve_window(args, profile)
    raw_points = read_points_csv(args.points) if args.points else None  # fail fast, before the scene

    city, psite = load_scene(args.scene, args.scheme)
    lat, lon, tz = args.lat, args.lon, args.tz
    if lat is None and psite is not None:
        lat, lon = psite.latitude, psite.longitude
    if tz is None and psite is not None:
        tz = psite.timezone
    frame = FileFrame(city)
    req = SunlightRequest(day=day, start=start, end=end, step_min=step, time_base=time_base, timezone=tz,
                          latitude=lat, longitude=lon, criteria=criteria, backend=args.backend)
    if raw_points is not None:
        req.receptors, req.positions, req.normals = "points", frame.file_to_local(raw_points[0]), raw_points[1]
    elif args.grid is not None:
        req.receptors, req.spacing_m, req.grid_margin_m = "grid", args.grid, max(args.grid_margin, 0.0)
        if args.height is not None:
            req.height_m = args.height
        elif profile is not None and profile.receptor == "ground_grid":
            req.height_m = max(profile.ground_height_m, 0.05)  # just above the ground plane
    else:
        req.receptors, req.spacing_m = "facades", args.facade_spacing
        req.sill_height_m = profile.sill_height_m if profile else 0.9

    bar = ProgressBar(enabled=not args.quiet)
    try:
        out = run_sunlight_analysis(city, req, progress=bar)
    except ValueError as exc:  # pragma: no cover - guarded above
        raise InputError(args.scene, str(exc)) from None
    finally:
        bar.done()
    pts, res, suns = out.points, out.result, out.suns
    if len(pts) == 0:
        _fail(translate("cli", "no sample points (empty grid or no facades)"), args.scene)

    xyz = frame.local_to_file(pts.positions)
    df = pd.DataFrame({"x": xyz[:, 0], "y": xyz[:, 1], "z": xyz[:, 2], "hours": np.round(res.hours, 6),
                       "longest_hours": np.round(res.longest_hours, 6), "sunlit_hours": np.round(res.sunlit_hours, 6)})
    if pts.normals is not None and req.receptors != "grid":
        df["nx"], df["ny"], df["nz"] = (np.round(pts.normals[:, i], 6) for i in range(3))
    if req.receptors == "facades":
        df["building_id"] = [city.buildings[i].id for i in pts.building]
        df["facade"], df["floor"] = pts.facade, pts.floor
    try:
        write_text_atomic(args.out, df.to_csv(index=False, float_format="%.6f"))
    except OSError as exc:
        raise InputError(args.out, translate("cli", "cannot write the output ({error})").format(error=exc)) from None
    msg = translate("cli", "{n} points, {k} sun positions ({base} time {start}-{end} on {day}, step {step:g} min): mean {mean:.2f} h, written to {out}")
    print(msg.format(n=len(pts), k=int(suns.above.sum()), base=time_base, start=start, end=end, day=day,
                     step=step, mean=float(res.hours.mean()) if len(pts) else 0.0, out=args.out), file=sys.stderr)
    if time_base == "solar" and len(suns):
        tz = suns.site.tzinfo()
        t0, t1 = suns.starts_utc[0].tz_convert(tz), suns.ends_utc[-1].tz_convert(tz)
        print(translate("cli", "true solar time {start}-{end} is {c0}-{c1} local clock time ({zone})").format(
            start=start, end=end, c0=t0.strftime("%H:%M:%S"), c1=t1.strftime("%H:%M:%S"), zone=t0.strftime("UTC%z")),
            file=sys.stderr)
    return 0
