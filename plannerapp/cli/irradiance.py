"""``plannerapp irradiance FILE [--weather EPW] --out OUT.csv``: roof insolation and PV potential.

Roof points on a plan grid (``--spacing`` m) get annual and monthly
insolation in kWh/m2 from an EPW/TMY3 weather file (or a clear-sky year
when none is given), with beam shading by ray casting and sky diffuse
reduced by the sky view factor.  OUT.csv: one row per roof point in the
scene's own coordinates; ``--summary`` writes the per-building PV table
(also printed as totals).  Bad input: one line on stderr, exit code 2.
"""

from __future__ import annotations

import sys

from plannerapp.i18n import translate

NAME = "irradiance"
#: most sky-view rays per point (a larger number only multiplies the run time and memory)
MAX_N_DIRS = 4096
ORDER = 41


def add_parser(sub):
    p = sub.add_parser(
        NAME,
        help=translate("cli", "annual roof insolation and rooftop PV potential per building"),
        description=translate("cli", "Compute annual and monthly insolation (kWh/m2) on roof points and a PV potential per building."),
    )
    p.add_argument("scene", help=translate("cli", "city file or project folder"))
    p.add_argument("--scheme", default=None, help=translate("cli", "design scheme of the project (id or name)"))
    p.add_argument("--weather", default=None, help=translate("cli", "EPW or TMY3 CSV weather file (default: clear sky)"))
    p.add_argument("--lat", type=float, default=None, help=translate("cli", "site latitude, degrees (default: from the scene's CRS)"))
    p.add_argument("--lon", type=float, default=None, help=translate("cli", "site longitude, degrees (default: from the scene's CRS)"))
    p.add_argument("--spacing", type=float, default=1.0, help=translate("cli", "roof grid spacing, metres"))
    p.add_argument("--model", choices=("perez", "haydavies", "isotropic"), default="perez",
                   help=translate("cli", "sky diffuse transposition model"))
    p.add_argument("--albedo", type=float, default=0.2, help=translate("cli", "ground albedo (0-1)"))
    p.add_argument("--n-dirs", type=int, default=128, help=translate("cli", "sky view rays per point"))
    p.add_argument("--efficiency", type=float, default=0.20, help=translate("cli", "PV module efficiency (0-1)"))
    p.add_argument("--performance-ratio", type=float, default=0.80, help=translate("cli", "PV system performance ratio (0-1)"))
    p.add_argument("--usable-share", type=float, default=0.60, help=translate("cli", "usable share of the roof area (0-1)"))
    p.add_argument("--out", required=True, help=translate("cli", "output CSV of roof points"))
    p.add_argument("--summary", default=None, help=translate("cli", "output CSV of the PV potential per building"))
    p.add_argument("--quiet", action="store_true", help=translate("cli", "no progress bar"))
    return p


def run(args) -> int:
    import numpy as np
    import pandas as pd

    from plannerapp.analysis.irradiance import compute_insolation, pv_potential
    from plannerapp.analysis.occluders import occluder_mesh
    from plannerapp.analysis.points import roof_points
    from plannerapp.analysis.raycast import OcclusionScene
    from plannerapp.analysis.sun import Site, site_for_city
    from plannerapp.analysis.weather import clear_sky_weather, read_weather
    from plannerapp.cli.sunhours import FileFrame, ProgressBar, _fail, load_scene
    from plannerapp.errors import InputError
    from plannerapp.io.atomic import write_text_atomic

    for name, v in (("--efficiency", args.efficiency), ("--performance-ratio", args.performance_ratio),
                    ("--usable-share", args.usable_share), ("--albedo", args.albedo)):
        if not 0.0 <= v <= 1.0:
            _fail(translate("cli", "{name} must be between 0 and 1").format(name=name))
    if not (args.spacing > 0 and np.isfinite(args.spacing)) or not 8 <= args.n_dirs <= MAX_N_DIRS:
        _fail(translate("cli", "--spacing must be positive and --n-dirs between 8 and {limit}").format(limit=MAX_N_DIRS))
    if (args.lat is None) != (args.lon is None):
        _fail(translate("cli", "give both --lat and --lon"))
    if args.lat is not None and not (-90 <= args.lat <= 90 and -180 <= args.lon <= 360):
        _fail(translate("cli", "--lat/--lon out of range"))
    weather = read_weather(args.weather) if args.weather else None

    city, psite = load_scene(args.scene, args.scheme)
    lat, lon = args.lat, args.lon
    if lat is None and psite is not None:
        lat, lon = psite.latitude, psite.longitude
    if lat is None and not city.crs:
        if weather is None:
            _fail(translate("cli", "the scene has no CRS: give --lat and --lon or a weather file"), args.scene)
        lat, lon = weather.latitude, weather.longitude
    site = site_for_city(city, lat, lon) if city.crs else Site(lat, lon)
    if weather is None:
        weather = clear_sky_weather(site.latitude, site.longitude)
    roofs = roof_points(city, args.spacing)
    if len(roofs) == 0:
        _fail(translate("cli", "no roof surfaces in the scene"), args.scene)
    mesh = occluder_mesh(city)
    bar = ProgressBar(enabled=not args.quiet)
    try:
        with OcclusionScene(mesh.vertices, mesh.faces) as scene:
            res = compute_insolation(scene, roofs.positions, roofs.normals, weather, site, model=args.model,
                                     albedo=args.albedo, n_dirs=args.n_dirs, progress=bar)
    finally:
        bar.done()
    xyz = FileFrame(city).local_to_file(roofs.positions)
    df = pd.DataFrame({"x": xyz[:, 0], "y": xyz[:, 1], "z": xyz[:, 2],
                       "nx": roofs.normals[:, 0], "ny": roofs.normals[:, 1], "nz": roofs.normals[:, 2],
                       "building_id": [city.buildings[i].id for i in roofs.building], "area_m2": roofs.area,
                       "annual_kwh_m2": res.annual, "svf": res.svf})
    for m in range(12):
        df[f"m{m + 1:02d}_kwh_m2"] = res.monthly[:, m]
    pv = pv_potential(roofs, res, city, efficiency=args.efficiency, performance_ratio=args.performance_ratio,
                      usable_share=args.usable_share)
    outputs = [(args.out, df.to_csv(index=False, float_format="%.4f"))]
    if args.summary:
        outputs.append((args.summary, pv.drop(columns=["building"]).to_csv(index=False, float_format="%.3f")))
    for path, text in outputs:
        try:
            write_text_atomic(path, text)
        except OSError as exc:
            raise InputError(path, translate("cli", "cannot write the output ({error})").format(error=exc)) from None
    print(translate("cli", "{n} roof points on {b} buildings; weather: {w}; mean {mean:.0f} kWh/m2/year; "
                           "PV potential {mwh:.1f} MWh/year ({kwp:.0f} kWp)").format(
        n=len(roofs), b=len(pv), w=weather.name or weather.source, mean=float(np.average(res.annual, weights=roofs.area)),
        mwh=float(pv["pv_kwh_per_year"].sum()) / 1000.0, kwp=float(pv["pv_kwp"].sum())), file=sys.stderr)
    return 0
