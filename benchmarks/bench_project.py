"""Project save/load, undo-stack and IFC import speed.

    .venv/bin/python benchmarks/bench_project.py            # everything
    .venv/bin/python benchmarks/bench_project.py --quick    # skip IFC

Figures printed (best of 3 wall times, time.perf_counter):

* load of the Delft sample project (context 432 buildings + 3 schemes);
* save and load of a SYNTHETIC project: the sample's context with 3 schemes of
  N prism buildings each on a grid (default N = 3,000, i.e. 9,000 scheme
  buildings), plus one scheme of 20 buildings with detailed meshes;
* 1,000 MoveBuildings commands pushed, undone and redone on that project;
* IFC import of the three shared samples (tessellation dominates).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shapely.geometry import box  # noqa: E402

from plannerapp.commands import CommandStack, MoveBuildings  # noqa: E402
from plannerapp.geometry.footprint import extrude  # noqa: E402
from plannerapp.io.ifc import read_ifc  # noqa: E402
from plannerapp.io.loader import load_city  # noqa: E402
from plannerapp.io.project import load_project, save_project  # noqa: E402
from plannerapp.model import Building, Scheme  # noqa: E402

SAMPLE = ROOT / "scenarios" / "delft-sample"
SHARED = ROOT.parent / "shared" / "data"


def best(fn, n=3):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--buildings", type=int, default=3000, help="buildings per synthetic scheme")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    city = load_city(ROOT / "resources" / "sample" / "delft_3dbag_5910.city.json")
    loader = lambda p: city  # noqa: E731 - context read once, so the figures are the project files
    t, p = best(lambda: load_project(SAMPLE, city_loader=loader))
    print(f"load Delft sample project (3 schemes, {sum(len(s.buildings) for s in p.schemes)} buildings): {t * 1000:.0f} ms")

    n = args.buildings
    for k in range(3):
        s = Scheme(f"grid{k}", f"Grid {k}")
        for i in range(n):
            x, y = (i % 60) * 15.0 - 450, (i // 60) * 15.0 - 400
            s.buildings[f"b{i}"] = Building(f"b{i}", box(x, y, x + 10, y + 10), 3.0 * (1 + i % 8), use="residential")
        p.schemes.append(s)
    m = Scheme("meshes", "Meshes")
    for i in range(20):
        m.buildings[f"m{i}"] = Building(f"m{i}", None, 30.0, mesh=extrude(box(i * 30.0, 300, i * 30.0 + 20, 320), 30.0))
    p.schemes.append(m)
    total = sum(len(s.buildings) for s in p.schemes)
    with tempfile.TemporaryDirectory() as tmp:
        t, _ = best(lambda: save_project(p, Path(tmp) / "big"))
        size = sum(f.stat().st_size for f in (Path(tmp) / "big").rglob("*") if f.is_file())
        print(f"save synthetic project ({total:,} scheme buildings, 20 with meshes; {size / 1e6:.1f} MB on disk): {t:.2f} s")
        t, q = best(lambda: load_project(Path(tmp) / "big", city_loader=loader))
        print(f"load it back: {t:.2f} s")
    st = CommandStack(q, limit=2000)
    t0 = time.perf_counter()
    for _ in range(1000):
        st.push(MoveBuildings("grid0", ["b1", "b2", "b3"], 0.5, 0.0))
    t1 = time.perf_counter()
    while st.can_undo:
        st.undo()
    while st.can_redo:
        st.redo()
    t2 = time.perf_counter()
    print(f"1,000 moves of 3 buildings: push {(t1 - t0) * 1000:.0f} ms, undo+redo all {(t2 - t1) * 1000:.0f} ms")

    if not args.quick:
        for name in ("AC20-FZK-Haus.ifc", "duplex.ifc", "IfcOpenHouse_IFC4.ifc"):
            path = SHARED / "ifc-samples" / name
            if not path.exists():
                print(f"{name}: absent")
                continue
            t, res = best(lambda: read_ifc(path, q), n=1)
            b = res.buildings[0]
            print(f"import {name}: {t:.1f} s ({b.mesh.n_faces:,} triangles, {b.floors} floors, {b.height:.1f} m)")


if __name__ == "__main__":
    main()
