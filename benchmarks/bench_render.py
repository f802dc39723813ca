"""Viewer speed and memory: load time, first rendered frame, peak memory (off screen).

    .venv/bin/python benchmarks/bench_render.py            # all cases
    .venv/bin/python benchmarks/bench_render.py --case tiled10k

Cases (each in its own process, so the peak memory is that case's alone):

* ``sample``     the bundled 3D BAG tile 5910 (central Delft, LoD2.2);
* ``suzhou``     the shared data set with the most buildings (3,076 GeoJSON
                 footprints, extruded);
* ``tiled10k``   a 10,000+ building city: the 3D BAG tile 5910 repeated on a
                 grid (each copy offset by the tile's width + 50 m) and written to
                 a real CityJSON file first, so "load" is an honest file read.
                 Uses ``benchmarks/citygen.py`` when it provides ``tile_cityjson``,
                 else the small tiler here.

Figures: load (``load_city``), mesh merge (numpy), first frame (actor creation
+ first render + reading the pixels back), next frame (camera preset + render),
first pick (builds the cell locator), peak RSS (``ru_maxrss``, whole process)
and the resident memory right after loading and after the first frame.
Target (issue 2): 10,000 buildings under 5 s and under 1.5 GB on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"
TARGET_S, TARGET_GB = 5.0, 1.5


def _shift(boundaries, offset):
    if isinstance(boundaries, list):
        return [_shift(b, offset) for b in boundaries]
    return boundaries + offset


def tile_cityjson(src: Path, out: Path, n_buildings: int, gap_m: float = 50.0) -> int:
    """Write *out*: copies of CityJSON *src* on a grid until >= n_buildings; returns the count."""
    doc = json.loads(src.read_text(encoding="utf-8"))
    objs, verts = doc["CityObjects"], doc["vertices"]
    scale = doc.get("transform", {}).get("scale", [1, 1, 1])
    xs = [v[0] for v in verts]
    ys = [v[1] for v in verts]
    wx, wy = (max(xs) - min(xs)) + gap_m / scale[0], (max(ys) - min(ys)) + gap_m / scale[1]
    per = sum(1 for o in objs.values() if o.get("type") == "Building")
    copies = math.ceil(n_buildings / per)
    side = math.ceil(math.sqrt(copies))
    new_objs, new_verts = {}, []
    for k in range(copies):
        dx, dy = int(wx * (k % side)), int(wy * (k // side))
        off = len(new_verts)
        new_verts.extend([v[0] + dx, v[1] + dy, v[2]] for v in verts)
        sfx = "" if k == 0 else f"-t{k}"
        for oid, o in objs.items():
            c = dict(o)
            if "geometry" in o:
                c["geometry"] = [dict(g, boundaries=_shift(g["boundaries"], off)) for g in o["geometry"]]
            if "children" in o:
                c["children"] = [ch + sfx for ch in o["children"]]
            if "parents" in o:
                c["parents"] = [p + sfx for p in o["parents"]]
            new_objs[oid + sfx] = c
    doc["CityObjects"], doc["vertices"] = new_objs, new_verts
    doc.get("metadata", {}).pop("geographicalExtent", None)
    out.write_text(json.dumps(doc), encoding="utf-8")
    return per * copies


def _tiler():
    try:
        from benchmarks import citygen  # the io engineer's generator, when present

        if hasattr(citygen, "tile_cityjson"):
            return citygen.tile_cityjson
    except ImportError:
        pass
    return tile_cityjson


def _rss_gb() -> float:
    """Current resident memory (Linux /proc; NaN elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**30
    except (OSError, ValueError, IndexError):
        return float("nan")


def run_case(name: str) -> dict:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
    from plannerapp.paths import sample_city_path

    note = ""
    tmp = None
    if name == "sample":
        path = sample_city_path()
    elif name == "suzhou":
        path = SHARED / "china-suzhou-footprints" / "suzhou_buildings.geojson"
    elif name == "tiled10k":
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "tiled.city.json"
        t = time.perf_counter()
        # written by a separate process so this one's peak memory is load + render only
        res = subprocess.run([sys.executable, __file__, "--write-tiled", str(path)], check=True,
                             capture_output=True, text=True)
        n = int(res.stdout.split()[-1])
        note = (f"3D BAG tile 5910 repeated to {n} buildings, written in {time.perf_counter() - t:.1f} s "
                "by a separate process")
    elif name == "rotterdam10k":
        # written by a separate process so this one's peak memory is load + render only
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "rotterdam10k.city.json"
        t = time.perf_counter()
        subprocess.run([sys.executable, str(Path(__file__).with_name("citygen.py")), "--buildings", "10000",
                        "--out", str(path)], check=True, capture_output=True)
        note = (f"Rotterdam Delfshaven LoD2 (real data) tiled to 10,000 buildings, written in "
                f"{time.perf_counter() - t:.1f} s by a separate process")
    else:
        raise SystemExit(f"unknown case {name}")

    from plannerapp.io.loader import load_city

    t0 = time.perf_counter()
    city = load_city(path)
    t_load = time.perf_counter() - t0
    rss_loaded = _rss_gb()

    import pyvista as pv

    from plannerapp.scene.citymesh import merge_buildings
    from plannerapp.scene.view import CityView

    t1 = time.perf_counter()
    merged = merge_buildings(city.buildings)
    t_merge = time.perf_counter() - t1

    t2 = time.perf_counter()
    plotter = pv.Plotter(off_screen=True, window_size=[1600, 1000])
    view = CityView(plotter)
    view.set_city(city, merged=merged)
    img = plotter.screenshot(return_img=True)
    t_frame = time.perf_counter() - t2
    rss_shown = _rss_gb()
    # a second frame after a camera move: interactive cost
    t3 = time.perf_counter()
    view.view("iso_ne")
    plotter.screenshot(return_img=True)
    t_frame2 = time.perf_counter() - t3
    t4 = time.perf_counter()
    x, y = plotter.window_size[0] // 2, plotter.window_size[1] // 2
    view.pick(x, y)
    t_pick = time.perf_counter() - t4
    plotter.close()
    if tmp is not None:
        tmp.cleanup()
    assert img.shape[0] == 1000
    rss_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    return {"case": name, "file": str(path.name), "buildings": len(city.buildings), "triangles": view.layer.n_triangles(),
            "load_s": t_load, "merge_s": t_merge, "first_frame_s": t_frame, "total_s": t_load + t_merge + t_frame,
            "next_frame_s": t_frame2, "first_pick_s": t_pick, "peak_rss_gb": rss_gb, "rss_loaded_gb": rss_loaded,
            "rss_shown_gb": rss_shown, "note": note}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", choices=["sample", "suzhou", "tiled10k", "rotterdam10k"], action="append")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--write-tiled", metavar="OUT", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.write_tiled:
        from plannerapp.paths import sample_city_path

        print(_tiler()(sample_city_path(), Path(args.write_tiled), 10_000))
        return 0
    if args.json:
        print(json.dumps(run_case(args.case[0])))
        return 0
    cases = args.case or ["sample", "suzhou", "rotterdam10k", "tiled10k"]
    print(f"load average now: {os.getloadavg()[0]:.1f} (2 cores; figures above ~2 are slowed by other work)")
    print(f"{'case':10} {'buildings':>9} {'triangles':>10} {'load s':>7} {'merge s':>7} {'frame1 s':>8} "
          f"{'total s':>7} {'frame2 s':>8} {'pick s':>7} {'peak GB':>7} {'RSS loaded/shown GB':>19}")
    ok = True
    for c in cases:
        res = subprocess.run([sys.executable, __file__, "--json", "--case", c], capture_output=True, text=True)
        if res.returncode != 0:
            print(f"{c:10} FAILED: {res.stderr.strip().splitlines()[-1] if res.stderr.strip() else res.returncode}")
            ok = False
            continue
        r = json.loads(res.stdout.strip().splitlines()[-1])
        print(f"{r['case']:10} {r['buildings']:>9,} {r['triangles']:>10,} {r['load_s']:>7.2f} {r['merge_s']:>7.2f} "
              f"{r['first_frame_s']:>8.2f} {r['total_s']:>7.2f} {r['next_frame_s']:>8.2f} {r['first_pick_s']:>7.3f} "
              f"{r['peak_rss_gb']:>7.2f} {r['rss_loaded_gb']:>9.2f} / {r['rss_shown_gb']:.2f}")
        if r["note"]:
            print(f"{'':10} ({r['note']})")
        if r["buildings"] >= 10_000:
            verdict = "meets" if r["total_s"] < TARGET_S and r["peak_rss_gb"] < TARGET_GB else "MISSES"
            print(f"{'':10} {verdict} the target: < {TARGET_S:g} s and < {TARGET_GB:g} GB for 10,000 buildings")
    print(f"machine: {os.cpu_count()} cores; off-screen VTK (EGL/llvmpipe, no GPU)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
