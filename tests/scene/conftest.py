"""Scene tests: off-screen plotters (EGL), closed after every test.

``check_plotters`` (autouse) fails a test that leaves an open pyvista plotter
behind (the idea of pyvistaqt's ``check_gc``).
"""

from __future__ import annotations

import gc
import os
import sys

import numpy as np
import pytest

if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
    os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")

import pyvista as pv  # noqa: E402
from shapely.geometry import box  # noqa: E402

from plannerapp.model import Building, City  # noqa: E402

SAMPLE_PROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scenarios", "delft-sample")


def _open_plotters():
    from pyvista.plotting.plotter import _ALL_PLOTTERS

    return [p for p in _ALL_PLOTTERS.values() if not getattr(p, "_closed", True)]


@pytest.fixture(autouse=True)
def check_plotters():
    before = set(map(id, _open_plotters()))
    yield
    gc.collect()
    leaked = [p for p in _open_plotters() if id(p) not in before]
    for p in leaked:
        p.close()
    assert not leaked, f"{len(leaked)} pyvista plotter(s) left open"


@pytest.fixture
def plotter():
    p = pv.Plotter(off_screen=True, window_size=[800, 600])
    yield p
    p.close()


def _grid_city(nx: int = 4, ny: int = 3, spacing: float = 30.0) -> City:
    """Blocks on a grid: building ``b{i}_{j}`` is 20 x 15 m, height 10 + 5*i + 2*j m;
    use cycles residential / office / retail; attribute ``year`` = 1950 + 10*j."""
    uses = ["residential", "office", "retail"]
    bs = []
    for i in range(nx):
        for j in range(ny):
            x, y = i * spacing, j * spacing
            bs.append(Building(id=f"b{i}_{j}", footprint=box(x, y, x + 20, y + 15), height=10.0 + 5 * i + 2 * j,
                               use=uses[(i + j) % 3], attributes={"year": 1950 + 10 * j, "roof": "flat" if i % 2 else "gable"}))
    return City(bs, crs="EPSG:28992", origin=np.array([92000.0, 437000.0, 0.0]))


@pytest.fixture
def grid_city():
    """Factory: ``grid_city(nx=4, ny=3)`` -> City (see ``_grid_city``)."""
    return _grid_city


@pytest.fixture
def edited():
    """The sample project (real 3DBAG LoD2.2 context) with its Towers scheme active, in an
    off-screen :class:`CityView`: ``(session, view, events)``, *events* the session's
    ``buildings`` notifications."""
    from plannerapp.scene.view import CityView
    from plannerapp.session import Session

    s = Session()
    s.open(SAMPLE_PROJECT)
    s.set_active_scheme("towers")
    p = pv.Plotter(off_screen=True, window_size=(640, 480))
    view = CityView(p, s.city_for_display())
    events = []
    s.on("buildings", events.append)
    yield s, view, events
    p.close()
