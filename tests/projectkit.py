"""Helpers for project/session/command tests: the real Delft sample project, loaded fast.

The sample's context (3D BAG tile 5910, 432 buildings) is read once per test
run; every call to :func:`sample_project` re-reads the project and scheme
files, so tests can edit what they get.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "scenarios" / "delft-sample"
SAMPLE_CITY = ROOT / "resources" / "sample" / "delft_3dbag_5910.city.json"


@lru_cache(maxsize=1)
def _city():
    from plannerapp.io.loader import load_city

    return load_city(SAMPLE_CITY)


def cached_city_loader(path):
    """Loader for load_project/Session: the bundled city is read once; other files normally."""
    if Path(path).resolve() == SAMPLE_CITY.resolve():
        return _city()
    from plannerapp.io.loader import load_city

    return load_city(path)


def sample_project():
    from plannerapp.io.project import load_project

    return load_project(SAMPLE, city_loader=cached_city_loader)


def sample_copy(tmp_path) -> Path:
    """A saved copy of the sample project in *tmp_path*/project (context still the bundled city)."""
    from plannerapp.io.project import save_project

    dest = tmp_path / "project"
    save_project(sample_project(), dest)
    return dest


def building_state(b) -> tuple:
    """Everything a command may change in a building, comparable with ==."""
    import numpy as np

    fp = b.footprint.wkb if b.footprint is not None else None
    mesh = None if b.mesh is None else (b.mesh.vertices.tobytes(), b.mesh.faces.tobytes())
    return (b.id, fp, b.height, b.base_z, b.floors, b.floor_height, b.use, b.name, tuple(sorted(dict(b.attributes).items(), key=str)), mesh,
            np.asarray(b.footprint2d.bounds).round(6).tobytes())


def project_state(project) -> tuple:
    """A snapshot of every scheme (ids, order, buildings, greens, demolitions, names)."""
    out = []
    for s in project.schemes:
        out.append((s.id, s.name, s.description, s.path, tuple(s.buildings),
                    tuple(building_state(b) for b in s.buildings.values()),
                    tuple((g.id, g.polygon.wkb, g.on_roof, g.name) for g in s.greens), tuple(sorted(s.demolish))))
    return tuple(out)
