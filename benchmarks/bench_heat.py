"""Heat analysis timing on the Delft sample (towers scheme, hottest Amsterdam day, parcels + 50 m).

Run from the repository root::

    .venv/bin/python benchmarks/bench_heat.py [SPACING_M ...]

Prints, per grid spacing: ground points, wall time of the SVF map alone and of the full
compute_heat (SVF + 4 lateral views + 24 hours of shade/Tmrt), rays cast, and peak RSS.
Needs ../shared/data/weather-epw (else a clear-sky day is used and the output says so).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plannerapp.analysis.heat import SIDE_DIRS, SVF_DIRS, analysis_area, compute_heat, compute_sky_view_map  # noqa: E402
from plannerapp.analysis.heat_weather import clear_sky_day, day_from_weather  # noqa: E402
from plannerapp.analysis.raycast import default_threads  # noqa: E402
from plannerapp.analysis.sun import site_for_city  # noqa: E402
from plannerapp.analysis.weather import read_weather  # noqa: E402
from plannerapp.io.project import load_project  # noqa: E402


def main(spacings) -> None:
    project = load_project(ROOT / "scenarios" / "delft-sample")
    scheme = project.scheme("towers")
    city = scheme.built_city(project.context)
    site = site_for_city(city, project.site.latitude, project.site.longitude, project.site.timezone)
    epw = ROOT.parent / "shared" / "data" / "weather-epw" / "NLD_Amsterdam062400_IWEC.epw"
    if epw.exists():
        day = day_from_weather(read_weather(epw), hottest=True, site_lat=site.latitude, site_lon=site.longitude)
    else:
        day = clear_sky_day(site.latitude, site.longitude, hottest=True, utc_offset_h=1.0)
    area = analysis_area(project)
    print(f"Delft sample, towers scheme: {len(city)} buildings, {city.n_triangles()} triangles; day {day.describe()}")
    print(f"ray threads {default_threads()}; SVF {SVF_DIRS} directions, lateral {SIDE_DIRS} x 4")
    for s in spacings:
        t0 = time.perf_counter()
        m = compute_sky_view_map(city, area, s, facades=False)
        t1 = time.perf_counter()
        res = compute_heat(city, scheme.greens, day, site, area=area, spacing=s)
        t2 = time.perf_counter()
        n = len(res)
        rays = n * (SVF_DIRS + 4 * SIDE_DIRS) + 2 * n * int((day.ghi > 0).sum())
        print(f"spacing {s:g} m: {n} points; SVF map {t1 - t0:.1f} s ({len(m.ground)} pts); "
              f"compute_heat {t2 - t1:.1f} s, {rays / 1e6:.1f} M rays ({rays / 1e6 / (t2 - t1):.1f} M rays/s)")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [4.0, 2.0])
