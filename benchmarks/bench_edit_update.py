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
The viewer's building outlines (on by default for a city this size) are
kept per building and re-extracted only for the buildings an edit touched;
``--outlines both`` (the default) times every edit with them on and off,
alternating block by block so machine load hits both alike, and prints the
ratio; ``auto`` or ``off`` time one setting only.  The load average is
printed too (a shared machine's figures mean little without it).
"""

from __future__ import annotations

import argparse
import os
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
    ap.add_argument("--outlines", choices=("both", "auto", "off"), default="both",
                    help="the viewer's building outlines: both (on and off, alternating; default), "
                         "auto (the app's default) or off")
    args = ap.parse_args(argv)

    city = tiled_city(args.buildings)
    print(f"city: {len(city.buildings):,} real LoD2 buildings (Rotterdam Delfshaven tiled; synthetic city)")
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    s = Session()
    s._set_project(Project(name="bench", crs=city.crs or "EPSG:28992", context=city))  # no file round trip
    s.add_scheme("Bench")
    p = pv.Plotter(off_screen=True, window_size=(1280, 800))
    view = CityView(p, s.city_for_display())
    edges = getattr(view, "edges", None)
    settings = {"both": ("on", "off"), "auto": ("on",), "off": ("off",)}[args.outlines]

    def outlines(setting: str) -> None:      # outside the timings: catching up after "off" is not an edit
        if edges is not None:
            edges.set_visible(None if setting == "on" else False)

    outlines(settings[0])
    p.render()
    print(f"building outlines: {args.outlines} (drawn when on: {bool(edges is not None and edges.wanted())})")
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
    kinds = ("add building", "move (drag step)", "set floors", "undo add (remove)",
             "demolish context building", "restore context building")
    results = {st: {k: [] for k in kinds} for st in settings}
    ctx_ids = city.ids()
    for k in range(args.repeat):
        for st in settings:        # the same edits with each setting, one block after the other
            outlines(st)
            r = results[st]
            r["add building"].append(timed(lambda: s.add_building(box(x0 + 30 * k, y0, x0 + 30 * k + 20, y0 + 15),
                                                                  floors=6)))
            r["move (drag step)"].append(timed(lambda: s.move_selection(0.5, 0.25, dragging=True)))
            s.end_drag()
            r["set floors"].append(timed(lambda: s.set_floors(9)))
            r["undo add (remove)"].append(timed(lambda: (s.undo(), s.undo(), s.undo())))
            cid = ctx_ids[(k * 97) % len(ctx_ids)]
            r["demolish context building"].append(timed(lambda: s.demolish([cid])))
            r["restore context building"].append(timed(lambda: s.restore([cid])))
    head = "".join(f"   outlines {st}: median / worst" for st in settings)
    print(f"{'ms per edit':28s}{head}" + ("    on/off" if len(settings) == 2 else ""))
    for name in kinds:
        line = f"{name:28s}"
        for st in settings:
            ms = results[st][name]
            line += f"        {statistics.median(ms):7.1f} / {max(ms):6.1f}"
        if len(settings) == 2:
            line += f"    {statistics.median(results['on'][name]) / statistics.median(results['off'][name]):5.2f}x"
        print(line)
    for st in settings:
        outlines(st)
        t0 = time.perf_counter()
        view.set_city(s.city_for_display(), reset_camera=False)
        p.render()
        print(f"{'full re-show (for scale)':28s} outlines {st}: {1000 * (time.perf_counter() - t0):7.1f} ms")
    print("load average at end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    p.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
