"""``plannerapp batch irradiance|sunhours CITY --out DIR ...``: city-scale runs on Dask.

* ``batch irradiance CITY --weather FILE.epw --out DIR``: annual insolation
  on every roof point and a PV figure per building (DIR/buildings.geojson,
  DIR/points.parquet);
* ``batch sunhours CITY --profile NAME --out DIR``: the window sunlight
  audit of every residential building (DIR/windows.csv,
  DIR/buildings.geojson).

Both run on a Dask LocalCluster (one single-threaded worker process per
core, ``--workers N``) or an existing cluster (``--scheduler
tcp://HOST:PORT``), tile by tile; ``--resume`` continues a stopped run.
Bad input: one line on stderr, exit 2, before any work.  Ctrl-C: exit 130,
finished tiles kept.  See docs/batch.md.
"""

from __future__ import annotations

import sys

from plannerapp.cli._common import ProgressBar
from plannerapp.i18n import translate

NAME = "batch"
ORDER = 45


def _common(p) -> None:
    p.add_argument("city", help=translate("cli", "city file (CityJSON, GeoJSON, mesh) in a metric projected CRS"))
    p.add_argument("--out", required=True, help=translate("cli", "output folder (new or empty; or a run to --resume)"))
    p.add_argument("--tile-m", type=float, default=None,
                   help=translate("cli", "tile edge in metres (default: 500, smaller for small cities; 0 = one tile)"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=None,
                       help=translate("cli", "local worker processes (default: one per core)"))
    where.add_argument("--scheduler", default=None, metavar="ADDR",
                       help=translate("cli", "run on an existing Dask cluster, e.g. tcp://10.0.0.5:8786"))
    p.add_argument("--resume", action="store_true", help=translate("cli", "continue the run in --out (skip finished tiles)"))
    p.add_argument("--halo-cap-m", type=float, default=None,
                   help=translate("cli", "largest halo around a tile, metres (default 500)"))
    p.add_argument("--quiet", action="store_true", help=translate("cli", "no progress bar"))
    import argparse

    p.add_argument("--backend", choices=("embree", "numpy"), default="embree", help=argparse.SUPPRESS)


def add_parser(sub):
    p = sub.add_parser(NAME, help=translate("cli", "city-scale irradiance/PV or window sunlight audit on Dask"),
                       description=translate("cli", "Run an analysis over a whole city, tile by tile, on every core "
                                                    "or on a Dask cluster."))
    kinds = p.add_subparsers(dest="batch_kind", metavar="ANALYSIS")
    kinds.required = True
    ir = kinds.add_parser("irradiance", help=translate("cli", "annual roof insolation and PV per building"))
    _common(ir)
    ir.add_argument("--weather", required=True, help=translate("cli", "hourly weather file (EPW or TMY3 CSV)"))
    ir.add_argument("--spacing", type=float, default=1.0, help=translate("cli", "roof point spacing in plan, metres (default 1)"))
    ir.add_argument("--efficiency", type=float, default=0.20, help=translate("cli", "PV panel efficiency, 0-1 (default 0.20)"))
    ir.add_argument("--performance-ratio", type=float, default=0.80,
                    help=translate("cli", "PV system performance ratio, 0-1 (default 0.80)"))
    ir.add_argument("--usable-share", type=float, default=0.6,
                    help=translate("cli", "share of the roof area usable for panels, 0-1 (default 0.6)"))
    ir.add_argument("--model", choices=("perez", "haydavies", "isotropic"), default="perez",
                    help=translate("cli", "sky diffuse transposition model (default perez)"))
    ir.add_argument("--albedo", type=float, default=0.2, help=translate("cli", "ground albedo (default 0.2)"))
    ir.add_argument("--sky-rays", type=int, default=128, help=translate("cli", "rays per point for the sky view factor (default 128)"))
    sh = kinds.add_parser("sunhours", help=translate("cli", "window sunlight audit of every residential building"))
    _common(sh)
    sh.add_argument("--profile", required=True, help=translate("cli", "sunlight profile id, e.g. gb50180_I_II_III_VII_large"))
    sh.add_argument("--year", type=int, default=None, help=translate("cli", "year of the profile's standard day (default: this year)"))
    sh.add_argument("--step-min", type=float, default=None, help=translate("cli", "time step in minutes (default: the profile's)"))
    sh.add_argument("--floors", choices=("lowest", "all"), default="lowest",
                    help=translate("cli", "window storeys: lowest (GB 50180) or all"))
    sh.add_argument("--tz", default=None, help=translate("cli", "time zone for clock-time profiles, e.g. Asia/Shanghai"))
    res = sh.add_mutually_exclusive_group()
    res.add_argument("--use-attribute", default=None, metavar="NAME[=VALUES]",
                     help=translate("cli", "source attribute holding the use; residential when its value is one of "
                                           "VALUES (comma-separated; default: residential, woonfunctie, wonen, ...)"))
    res.add_argument("--residential-all", action="store_true",
                     help=translate("cli", "audit every building (data without a use, e.g. Dutch 3D BAG)"))
    return p


class BatchProgressBar(ProgressBar):
    """One line on stderr: bar, tiles, buildings, ETA (a batch status object instead of fraction and text)."""

    def __init__(self, enabled: bool = True, width: int = 28, stream=None):
        super().__init__(stream=stream, width=width, enabled=enabled)

    def __call__(self, status) -> None:
        if self.enabled:
            super().__call__(status.fraction, status.text() + "   ")


def _use_selection(args):
    from plannerapp.batch.sunhours_job import DEFAULT_RESIDENTIAL_VALUES

    if args.residential_all:
        return "all", None, DEFAULT_RESIDENTIAL_VALUES
    if args.use_attribute:
        name, _, values = args.use_attribute.partition("=")
        vals = tuple(v.strip() for v in values.split(",") if v.strip()) or DEFAULT_RESIDENTIAL_VALUES
        return "attribute", name.strip(), vals
    return "use", None, DEFAULT_RESIDENTIAL_VALUES


def make_job(args):
    """The batch job for parsed *args* (InputError on bad options or files)."""
    if args.batch_kind == "irradiance":
        from plannerapp.batch.irradiance_job import IrradianceJob, IrradianceOptions

        return IrradianceJob(IrradianceOptions(
            weather=args.weather, spacing_m=args.spacing, efficiency=args.efficiency,
            performance_ratio=args.performance_ratio, usable_share=args.usable_share, model=args.model,
            albedo=args.albedo, sky_rays=args.sky_rays))
    import datetime as dt

    from plannerapp.batch.sunhours_job import SunhoursJob, SunhoursOptions

    mode, attr, values = _use_selection(args)
    return SunhoursJob(SunhoursOptions(
        profile=args.profile, year=args.year or dt.date.today().year, step_min=args.step_min, floors=args.floors,
        residential=mode, use_attribute=attr, residential_values=values, timezone=args.tz))


def run(args) -> int:
    from plannerapp.batch.halo import DEFAULT_HALO_CAP_M
    from plannerapp.batch.runner import run_batch
    from plannerapp.errors import InputError

    if args.workers is not None and args.workers < 1:
        raise InputError(None, translate("cli", "--workers must be at least 1"))
    job = make_job(args)
    bar = BatchProgressBar(enabled=not args.quiet)

    def log(text: str) -> None:
        bar.done()
        print(text, file=sys.stderr)

    try:
        result = run_batch(job, args.city, args.out, tile_m=args.tile_m, workers=args.workers,
                           scheduler=args.scheduler, resume=args.resume,
                           halo_cap_m=args.halo_cap_m if args.halo_cap_m is not None else DEFAULT_HALO_CAP_M,
                           backend=args.backend, status=bar, log=log)
    except KeyboardInterrupt:
        bar.done()
        print(translate("cli", "stopped: finished tiles are kept in {out}; add --resume to continue").format(out=args.out),
              file=sys.stderr)
        raise
    finally:
        bar.done()
    if args.batch_kind == "irradiance":
        from plannerapp.batch.irradiance_job import summary_line
    else:
        from plannerapp.batch.sunhours_job import summary_line
    t = result.run["tiles"]
    print(translate("cli", "{summary}; {computed} tiles computed, {skipped} skipped; written to {out}").format(
        summary=summary_line(result.totals), computed=t["computed"], skipped=t["skipped"], out=args.out))
    return 0
