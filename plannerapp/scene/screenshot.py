"""Render a City to a PNG off screen (pyvista, no Qt, no display needed).

VTK picks EGL by itself when there is no X server.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pyvista as pv

from plannerapp.model.city import City
from plannerapp.scene.view import CityView

VIEWS = ("iso", "top", "iso_sw", "iso_se", "iso_ne", "iso_nw")


def prefer_egl_without_display() -> None:
    """Without an X display, ask VTK for EGL directly (no 'bad X server' warning)."""
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")


def png_bytes(plotter, size: tuple[int, int]) -> bytes:
    """The off-screen *plotter*'s picture at *size* (width, height) pixels as PNG bytes."""
    fd, tmp = tempfile.mkstemp(suffix=".png")
    os.close(fd)
    try:
        plotter.screenshot(tmp, window_size=list(size))
        return Path(tmp).read_bytes()
    finally:
        os.unlink(tmp)


def render_city_png(city: City, out: str | os.PathLike, size: tuple[int, int] = (1600, 1000),
                    view: str = "iso", colour_by: str = "height", selected=()) -> Path:
    """Draw *city* and save a PNG of *size* (width, height) pixels to *out*.

    *view* is a camera preset (``iso``, ``top``, ``iso_ne``...), *colour_by*
    a key of :mod:`plannerapp.scene.colouring`.  Returns the written path.
    The file is written to a temporary name and renamed (atomic).
    """
    out = Path(out)
    prefer_egl_without_display()
    plotter = pv.Plotter(off_screen=True, window_size=list(size))
    plotter.render_window.SetMultiSamples(4)
    try:
        cv = CityView(plotter, colour_by=colour_by)
        cv.set_city(city, reset_camera=False)
        if selected:
            cv.select(selected)
        cv.view(view)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp.png")
        plotter.screenshot(str(tmp), window_size=list(size))
        os.replace(tmp, out)
    finally:
        plotter.close()
    return out
