"""Live review speed: ``python benchmarks/bench_review.py``.

Real data: the 3,076 Suzhou footprints (../shared/data/china-suzhou-footprints,
lon/lat projected to EPSG:32651).  The 300 buildings nearest the centre
become the scheme's new buildings (the rest stay context), over a 4 x 4 grid
of 250 m parcels with every geometric control (FAR, GFA, coverage, green,
height, setback, spacing, uses).  Prints the median time of
``review_scheme`` without sunlight (the live review), then the same with the
context tiled 4 times (12,304 buildings, offsets of 2.5 km, said so), then the
same with a GB 50180 sunlight control on every parcel (own windows of the
new buildings; neighbours' windows before/after), first run and again.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import box, shape

from plannerapp.model import Building, City, ControlPlan, Parcel, Project, Scheme, Site
from plannerapp.rules.review import review_scheme

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "china-suzhou-footprints" / "suzhou_buildings.geojson"


def suzhou_buildings(tiles: int = 1) -> list[Building]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    t = Transformer.from_crs("OGC:CRS84", "EPSG:32651", always_xy=True)
    geoms = np.array([shape(f["geometry"]) for f in data["features"]], dtype=object)
    geoms = shapely.transform(geoms, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))
    b = shapely.total_bounds(geoms)
    geoms = shapely.transform(geoms, lambda xy: xy - [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2])
    out = []
    for k in range(tiles):
        off = np.array([2500.0 * (k % 2), 2500.0 * (k // 2)])
        for i, (g, f) in enumerate(zip(shapely.transform(geoms, lambda xy: xy + off), data["features"])):
            p = f["properties"]
            out.append(Building(f"sz{k}-{i}", g, height=float(p["height"]), floors=int(p["Floor"]), use="residential"))
    return out


def make_project(tiles: int = 1, sunlight: bool = False):
    allb = suzhou_buildings(tiles)
    cent = np.array([[g.centroid.x, g.centroid.y] for g in (b.footprint for b in allb)])
    new_idx = set(np.argsort(np.hypot(cent[:, 0], cent[:, 1]))[:300].tolist())
    context = [b for i, b in enumerate(allb) if i not in new_idx]
    new = [allb[i] for i in sorted(new_idx)]
    parcels = []
    for i in range(4):
        for j in range(4):
            controls = {"max_far": 2.0, "max_gfa_m2": 150000, "max_coverage": 0.4, "min_green_ratio": 0.1,
                        "max_height_m": 60, "setback_m": 3, "min_spacing_m": 6, "allowed_uses": ["residential"]}
            if sunlight:
                controls["sunlight"] = {"standard": "GB50180", "day": "great_cold", "min_hours": 2,
                                        "start": "08:00", "end": "16:00", "applies_to": ["residential"]}
            parcels.append(Parcel(f"P{i}{j}", box(-500 + 250 * i, -500 + 250 * j, -250 + 250 * i, -250 + 250 * j),
                                  controls=controls))
    scheme = Scheme("bench", buildings={b.id: b for b in new})
    city = City(context, crs="EPSG:32651")
    return Project("bench", "EPSG:32651", city, ControlPlan(parcels), [scheme],
                   site=Site(31.3, 120.6, "Asia/Shanghai"))


def timed(project, runs: int) -> tuple[float, object]:
    times, review = [], None
    for _ in range(runs):
        t = time.perf_counter()
        review = review_scheme(project, "bench")
        times.append(time.perf_counter() - t)
    return statistics.median(times), review


def main() -> int:
    if not DATA.exists():
        print(f"needs {DATA}", file=sys.stderr)
        return 2
    for tiles in (1, 4):
        proj = make_project(tiles)
        sec, review = timed(proj, 5)
        n_new = sum(len(p.indicators.new_building_ids) for p in review.parcels)
        print(f"review (no sunlight), context {len(proj.context)} buildings{' (Suzhou tiled x4)' if tiles > 1 else ''}, "
              f"{len(proj.schemes[0].buildings)} new ({n_new} on parcels), {len(review.parcels)} parcels, "
              f"{len(review.findings)} checks: median of 5 = {sec * 1000:.0f} ms")
    proj = make_project(1, sunlight=True)
    cold, review = timed(proj, 1)
    warm, review = timed(proj, 1)
    sun = {"sunlight": 0, "sunlight_neighbours": 0}
    for f in review.findings:
        if f.rule in sun:
            sun[f.rule] += len(f.details.get("windows", []))
    print(f"review with GB 50180 sunlight on every parcel (1 min steps; {sun['sunlight']} own windows, "
          f"{sun['sunlight_neighbours']} neighbour windows before/after): first run {cold:.2f} s "
          f"(includes extruding every building for the ray-casting scene once), again {warm:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
