"""``plannerapp heat PROJECT_DIR --scheme NAME [--date D | --hottest] --out OUT.csv``: heat indicators.

Computes, on the public ground around the project's parcels (a grid every
``--spacing`` m outside buildings), the sky view factor, Oke's (1981)
maximum nocturnal heat-island estimate, the mean radiant temperature at
1.1 m (SOLWEIG-style) and the ground surface temperature for each hour of
the day, plus the site's Local Climate Zone.  OUT.csv has one row per point
in world coordinates (the project CRS); a summary is printed and written
with the models, their sources and the parameters to ``OUT.summary.json``.

Weather: ``--weather FILE`` (EPW / TMY3 CSV), else the project's
``settings.weather`` (a path relative to the project folder), else a clear
sky with an assumed air temperature (``--ta-max``, ``--ta-min``, ``--rh``).
Bad input: one line on stderr, exit code 2.
"""

from __future__ import annotations

import sys

from plannerapp.i18n import translate
from plannerapp.i18n.terms import lcz_name

NAME = "heat"
ORDER = 45


def add_parser(sub):
    p = sub.add_parser(
        NAME,
        help=translate("cli", "heat indicators: sky view, heat island, mean radiant temperature, LCZ"),
        description=translate(
            "cli",
            "Compute sky view factor, Oke's nocturnal heat-island estimate, mean radiant temperature at 1.1 m and "
            "ground surface temperature on a ground grid for a chosen or the hottest day, and the Local Climate Zone.",
        ),
    )
    p.add_argument("project", help=translate("cli", "project folder"))
    p.add_argument("--scheme", default=None, help=translate("cli", "design scheme (id or name); default: the status quo"))
    when = p.add_mutually_exclusive_group()
    when.add_argument("--date", default=None, help=translate("cli", "day, YYYY-MM-DD (month and day of the weather file)"))
    when.add_argument("--hottest", action="store_true", help=translate("cli", "the hottest day of the weather file (default)"))
    p.add_argument("--weather", default=None, help=translate("cli", "EPW or TMY3 CSV weather file (default: the project's, else clear sky)"))
    p.add_argument("--spacing", type=float, default=2.0, help=translate("cli", "grid spacing, metres (default 2)"))
    p.add_argument("--margin", type=float, default=50.0, help=translate("cli", "analysis area: the parcels grown by this many metres (default 50)"))
    p.add_argument("--whole-city", action="store_true", help=translate("cli", "analyse the whole city instead of the parcels' surroundings"))
    p.add_argument("--hour", type=int, action="append", default=None, metavar="HH",
                   help=translate("cli", "also write Tmrt and ground temperature at this hour (local standard time); repeatable"))
    p.add_argument("--materials", default=None, help=translate("cli", "JSON file of material overrides, e.g. {\"ground\": \"asphalt\"}"))
    p.add_argument("--ta-max", type=float, default=None, help=translate("cli", "clear sky only: assumed maximum air temperature, C (default 30)"))
    p.add_argument("--ta-min", type=float, default=None, help=translate("cli", "clear sky only: assumed minimum air temperature, C (default 20)"))
    p.add_argument("--rh", type=float, default=None, help=translate("cli", "clear sky only: relative humidity in percent (default 50)"))
    p.add_argument("--tmrt-threshold", type=float, default=None, help=translate("cli", "Tmrt threshold for 'area above', C (default 55)"))
    p.add_argument("--lcz-tiles", type=float, default=None, metavar="SIZE_M",
                   help=translate("cli", "also write the Local Climate Zone of square tiles of this size to OUT.lcz.csv"))
    p.add_argument("--compare", default=None, metavar="OTHER",
                   help=translate("cli", "also run scheme OTHER (or 'status-quo') on the same day and area and print the differences"))
    p.add_argument("--facades", default=None, metavar="FACADES.csv", help=translate("cli", "also write facade sky view factors to this CSV"))
    p.add_argument("--backend", choices=("embree", "numpy"), default="embree", help=_suppress())
    p.add_argument("--out", required=True, help=translate("cli", "output CSV file"))
    p.add_argument("--quiet", action="store_true", help=translate("cli", "no progress bar"))
    return p


def _suppress():
    import argparse

    return argparse.SUPPRESS


def _fail(problem: str, path=None):
    from plannerapp.errors import InputError

    raise InputError(path, problem)


def _check_args(args) -> None:
    import math

    if not (args.spacing > 0 and math.isfinite(args.spacing)):
        _fail(translate("cli", "--spacing must be a positive number of metres"))
    if args.lcz_tiles is not None and not (args.lcz_tiles > 0 and math.isfinite(args.lcz_tiles)):
        _fail(translate("cli", "--lcz-tiles must be a positive tile size in metres"))
    if not (args.margin >= 0 and math.isfinite(args.margin)):
        _fail(translate("cli", "--margin must be zero or more metres"))
    for h in args.hour or ():
        if not 0 <= h <= 23:
            _fail(translate("cli", "--hour {value} is outside 0-23").format(value=h))
    if args.rh is not None and not 0 < args.rh <= 100:
        _fail(translate("cli", "--rh must be within 0-100 %"))
    for name, value in (("--ta-max", args.ta_max), ("--ta-min", args.ta_min), ("--tmrt-threshold", args.tmrt_threshold)):
        if value is not None and not math.isfinite(value):
            _fail(translate("cli", "{name} must be a finite number").format(name=name))
    if args.date is not None:
        from plannerapp.analysis.heat_weather import parse_day

        parse_day(args.date)


def _write(path, text: str) -> None:
    from plannerapp.errors import InputError
    from plannerapp.io.atomic import write_text_atomic

    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise InputError(path, translate("cli", "cannot write the output ({error})").format(error=exc)) from None


def summary_path(out: str):
    from pathlib import Path

    p = Path(out)
    return p.with_name(p.stem + ".summary.json")


def lcz_path(out: str):
    from pathlib import Path

    p = Path(out)
    return p.with_name(p.stem + ".lcz.csv")


def run(args) -> int:
    import json

    from plannerapp.analysis.heat_project import compute_scheme_heat
    from plannerapp.analysis.heat_summary import (INDICATORS, MODEL_CARDS, MODELS, facade_table, heat_comparison,
                                                  heat_summary, heat_table, lcz_tiles_table)
    from plannerapp.analysis.materials import load_materials
    from plannerapp.cli.sunhours import ProgressBar
    from plannerapp.io.project import load_project

    _check_args(args)
    materials = load_materials(args.materials) if args.materials else load_materials()
    project = load_project(args.project)
    scheme = None
    if args.scheme:
        try:
            scheme = project.scheme(args.scheme)
        except KeyError:
            names = ", ".join(s.display_name for s in project.schemes) or translate("cli", "none")
            _fail(translate("cli", "no scheme {name!r} in the project (schemes: {names})").format(name=args.scheme, names=names),
                  args.project)
    other = None
    if args.compare and args.compare.lower() not in ("status-quo", "status_quo", "context"):
        try:
            other = project.scheme(args.compare)
        except KeyError:
            names = ", ".join(s.display_name for s in project.schemes) or translate("cli", "none")
            _fail(translate("cli", "no scheme {name!r} in the project (schemes: {names})").format(name=args.compare, names=names),
                  args.project)
    bar = ProgressBar(enabled=not args.quiet)
    try:
        res, city, greens = compute_scheme_heat(
            project, scheme, weather=args.weather, date=args.date, hottest=args.date is None, spacing=args.spacing,
            margin=args.margin, whole_city=args.whole_city, materials=materials, facades=bool(args.facades),
            progress=bar, backend=args.backend, ta_max_c=args.ta_max, ta_min_c=args.ta_min, rh_pct=args.rh)
    finally:
        bar.done()
    if len(res) == 0:
        _fail(translate("cli", "no public ground points in the analysis area (try a smaller --spacing)"), args.project)
    th = {"tmrt_max_c": args.tmrt_threshold} if args.tmrt_threshold is not None else None
    summ = heat_summary(res, th, name=scheme.display_name if scheme else translate("cli", "status quo"))
    df = heat_table(res, args.hour)
    _write(args.out, df.to_csv(index=False, float_format="%.4f"))
    if args.facades:
        _write(args.facades, facade_table(res).to_csv(index=False, float_format="%.4f"))
    if args.lcz_tiles:
        _write(lcz_path(args.out), lcz_tiles_table(res, city, greens, args.lcz_tiles).to_csv(index=False, float_format="%.4f"))
    comparison = None
    if args.compare:
        bar = ProgressBar(enabled=not args.quiet)
        try:
            res2, _, _ = compute_scheme_heat(
                project, other, day=res.day, spacing=args.spacing, margin=args.margin, whole_city=args.whole_city,
                materials=materials, progress=bar, backend=args.backend)
        finally:
            bar.done()
        name2 = other.display_name if other else translate("cli", "status quo")
        comparison = heat_comparison(heat_summary(res2, th, name=name2), summ)
    meta = {"summary": summ, "comparison": comparison, "models": list(MODELS), "model_cards": list(MODEL_CARDS), "parameters": res.params,
            "indicators": {k: {"unit": v[0], "description": v[2]} for k, v in INDICATORS.items()},
            "columns": list(df.columns), "crs": project.crs,
            "frame": "x, y, z in the project CRS (world); z is ground level; SVF at z+0.05 m, Tmrt at z+1.1 m; "
                     "hours are local standard time (start of the hour)"}
    _write(summary_path(args.out), json.dumps(meta, indent=2, ensure_ascii=False))

    out = sys.stdout
    print(translate("cli", "Heat analysis: {scheme}, {day}").format(scheme=summ["scheme"], day=res.day.describe()), file=out)
    if summ["weather_distance_km"] > 300.0:
        print(translate("cli", "warning: the weather station is {km:.0f} km from the site").format(
            km=summ["weather_distance_km"]), file=sys.stderr)
    print(translate("cli", "{n} public ground points every {spacing:g} m ({area:.0f} m2)").format(
        n=summ["n_points"], spacing=args.spacing, area=summ["public_ground_m2"]), file=out)
    for key, (unit, _, desc) in INDICATORS.items():
        unit = " " + unit if unit else ""
        line = translate("cli", "  {key}: mean {mean:.2f}{unit}, p95 {p95:.2f}{unit}").format(
            key=key, mean=summ[f"{key}_mean"], p95=summ[f"{key}_p95"], unit=unit)
        if f"{key}_area_above_m2" in summ:
            line += translate("cli", "; {area:.0f} m2 above {th:g}{unit}").format(
                area=summ[f"{key}_area_above_m2"], th=summ[f"{key}_threshold"], unit=unit)
        print(line, file=out)
    print(translate("cli", "  Local Climate Zone {code} ({name}); building {b:.0f} %, pervious {p:.0f} %, mean height {h:.1f} m; "
                           "green roofs {g:.0f} % of roof area").format(
        code=summ["lcz_code"], name=lcz_name(summ["lcz_name"]), b=summ["site_building_fraction"], p=summ["site_pervious_fraction"],
        h=summ["site_height_m"], g=100 * summ["site_green_roof_fraction"]), file=out)
    if summ.get("site_roof_temp_max_c") is not None:
        line = translate("cli", "  roof surface: daily maximum {t:.1f} C (area mean)").format(t=summ["site_roof_temp_max_c"])
        if summ.get("site_green_roof_temp_max_c") is not None:
            line += translate("cli", "; green roofs {g:.1f} C, other roofs {p:.1f} C").format(
                g=summ["site_green_roof_temp_max_c"], p=summ["site_plain_roof_temp_max_c"])
        print(line, file=out)
    if comparison is not None:
        print(translate("cli", "Compared with {other} (same day and area), {scheme} changes:").format(
            other=comparison["baseline"], scheme=comparison["scheme"]), file=out)
        for key in ("uhi_oke_k_mean", "tmrt_max_c_mean", "tmrt_max_c_p95", "tmrt_max_c_share_above",
                    "ground_temp_max_c_mean", "site_roof_temp_max_c", "svf_mean", "sun_hours_mean"):
            val = comparison.get(key + "_delta")
            if val is not None:
                print(translate("cli", "  {key}: {delta:+.2f}").format(key=key, delta=val), file=out)
    print(translate("cli", "Models:"), file=out)
    for m in MODELS:
        print("  - " + m, file=out)
    print(translate("cli", "written to {out} and {meta}").format(out=args.out, meta=summary_path(args.out)), file=out)
    return 0
