"""How long the 3D view takes to follow one edit, on a city of thousands of buildings.

One command::

    .venv/bin/python benchmarks/bench_edit_update.py [--buildings 5000] [--repeat 20]

A real district (Rotterdam Delfshaven LoD2, tiled by ``benchmarks/citygen.py``;
the *city* is synthetic, every building real) is the status quo of a project
with one scheme.  Each edit goes through the Session (a command on the undo
stack), then :func:`plannerapp.scene.scheme_layer.apply_building_changes`
updates an off-screen ``pyvista.Plotter`` and renders.  Prints the median
and worst milliseconds per edit kind (the target: within a frame or two,
i.e. well under 100 ms), and, for comparison, a full re-show of the city.
``--outlines off`` hides the viewer's building outlines, which are re-extracted
for the whole city after every geometry change.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyvista as pv  # noqa: E402
from shapely import box  # noqa: E402

from benchmarks.citygen import tiled_city  # noqa: E402
from plannerapp.model.project import Project  # noqa: E402
from plannerapp.scene.scheme_layer import apply_building_changes  # noqa: E402
from plannerapp.scene.view import CityView  # noqa: E402
from plannerapp.session import Session  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--buildings", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--outlines", choices=("auto", "off"), default="auto",
                    help="the viewer's building outlines: auto (the app's default) or off")
    args = ap.parse_args(argv)

    city = tiled_city(args.buildings)
    print(f"city: {len(city.buildings):,} real LoD2 buildings (Rotterdam Delfshaven tiled; synthetic city)")
    s = Session()
    s._set_project(Project(name="bench", crs=city.crs or "EPSG:28992", context=city))  # no file round trip
    s.add_scheme("Bench")
    p = pv.Plotter(off_screen=True, window_size=(1280, 800))
    view = CityView(p, s.city_for_display())
    edges = getattr(view, "edges", None)
    if edges is not None and args.outlines == "off":
        edges.set_visible(False)
    p.render()
    print(f"building outlines: {args.outlines} (drawn: {bool(edges is not None and edges.wanted())})")
    print(f"triangles in the view: {view.layer.n_triangles():,}")
    events = []
    s.on("buildings", events.append)

    def timed(fn):
        t0 = time.perf_counter()
        fn()
        apply_building_changes(view, s.city_for_display(), events[-1].building_ids)
        return (time.perf_counter() - t0) * 1000.0

    b = city.bounds_local()
    x0, y0 = (b[0] + b[3]) / 2, (b[1] + b[4]) / 2
    results = {"add building": [], "move (drag step)": [], "set floors": [], "undo add (remove)": [],
               "demolish context building": [], "restore context building": []}
    ctx_ids = city.ids()
    for k in range(args.repeat):
        results["add building"].append(timed(lambda: s.add_building(box(x0 + 30 * k, y0, x0 + 30 * k + 20, y0 + 15),
                                                                    floors=6)))
        results["move (drag step)"].append(timed(lambda: s.move_selection(0.5, 0.25, dragging=True)))
        s.end_drag()
        results["set floors"].append(timed(lambda: s.set_floors(9)))
        results["undo add (remove)"].append(timed(lambda: (s.undo(), s.undo(), s.undo())))
        cid = ctx_ids[(k * 97) % len(ctx_ids)]
        results["demolish context building"].append(timed(lambda: s.demolish([cid])))
        results["restore context building"].append(timed(lambda: s.restore([cid])))
    for name, ms in results.items():
        print(f"{name:28s} median {statistics.median(ms):7.1f} ms   worst {max(ms):7.1f} ms")
    t0 = time.perf_counter()
    view.set_city(s.city_for_display(), reset_camera=False)
    p.render()
    print(f"{'full re-show (for scale)':28s}        {1000 * (time.perf_counter() - t0):7.1f} ms")
    p.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
