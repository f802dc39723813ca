"""Killing plannerapp while it saves never leaves a corrupt or missing project file.

A child process builds a big project (3 schemes x 800 buildings, plus
buildings with detailed meshes) and saves it in a loop, changing heights
each time; the test kills it with SIGKILL at random moments, many times,
and after every kill checks that project.json and every scheme parse, every
referenced mesh exists, and the whole project loads without a problem.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

CHILD = r'''
import sys
import numpy as np
from shapely.geometry import box
from plannerapp.geometry.footprint import extrude
from plannerapp.io.project import save_project
from plannerapp.model import Building, City, GreenArea, Project, Scheme

folder = sys.argv[1]
ctx = City([Building(f"c{i}", box(i * 20.0, -50, i * 20.0 + 10, -40), 10.0) for i in range(50)],
           crs="EPSG:7415", origin=np.array([85300.0, 446700.0, 0.0]))
schemes = []
for k in range(3):
    s = Scheme(f"s{k}", f"Scheme {k}", path=f"schemes/s{k}.geojson")
    for i in range(800):
        x, y = (i % 40) * 12.0, (i // 40) * 12.0
        s.buildings[f"b{i}"] = Building(f"b{i}", box(x, y, x + 8, y + 8), 3.0 + (i % 10), use="residential")
    for i in range(5):
        s.buildings[f"m{i}"] = Building(f"m{i}", None, 9.0, mesh=extrude(box(-100 - 20 * i, 0, -90 - 20 * i, 10), 9.0))
    s.greens.append(GreenArea("g1", box(0, -30, 100, -10)))
    s.demolish.update({"c1", "c2"})
    schemes.append(s)
p = Project("Big", "EPSG:7415", ctx, schemes=schemes, context_path=folder + "/context/city.json")
n = 0
while True:
    n += 1
    for s in schemes:
        for bid, b in list(s.buildings.items()):
            s.buildings[bid] = b.replace(height=3.0 + (n + len(bid)) % 17, floors=None, mesh=None if b.mesh is None else b.mesh.translated(0.01, 0, 0))
    save_project(p, folder)
    print(n, flush=True)
'''


def _context():
    import numpy as np
    from shapely.geometry import box

    from plannerapp.model import Building, City

    return City([Building(f"c{i}", box(i * 20.0, -50, i * 20.0 + 10, -40), 10.0) for i in range(50)],
                crs="EPSG:7415", origin=np.array([85300.0, 446700.0, 0.0]))


def _check(folder, ctx):
    from plannerapp.io.project import load_project

    data = json.loads((folder / "project.json").read_text())
    bak = folder / "project.json.bak"
    if bak.exists():
        assert json.loads(bak.read_text())["schemes"] == data["schemes"]
    assert data["schemes"] == ["schemes/s0.geojson", "schemes/s1.geojson", "schemes/s2.geojson"]
    for rel in data["schemes"]:
        scheme = json.loads((folder / rel).read_text())
        assert len(scheme["features"]) == 808
        for f in scheme["features"]:
            mesh = f["properties"].get("mesh")
            assert mesh is None or (folder / mesh).is_file()
    p = load_project(folder, city_loader=lambda path: ctx)
    assert [len(s.buildings) for s in p.schemes] == [805, 805, 805]


@pytest.mark.slow
def test_sigkill_during_saves_never_corrupts_the_project(tmp_path):
    folder = tmp_path / "big"
    (folder / "context").mkdir(parents=True)
    (folder / "context" / "city.json").write_text("{}")
    ctx = _context()
    rng = random.Random(5910)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    kills, saves_seen, save_s = 0, 0, None
    for _ in range(16):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], stdout=subprocess.PIPE, text=True, env=env)
        try:
            first = proc.stdout.readline()  # one save complete: files exist from here on
            assert first.strip(), "child failed before its first save"
            t0 = time.monotonic()
            if save_s is None:
                proc.stdout.readline()
                save_s = time.monotonic() - t0
            time.sleep(rng.uniform(0.0, 1.5 * save_s))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            kills += 1
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL
        _check(folder, ctx)
        saves_seen += 1
    assert kills == 16 and saves_seen == 16
    leftovers = [p.name for p in folder.rglob("*.tmp")]
    print(f"save of 2,415 buildings took {save_s:.2f} s; {len(leftovers)} temp files left by kills")
