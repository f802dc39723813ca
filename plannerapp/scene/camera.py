"""Camera presets for a city in local metres (z up, y = grid north).

Presets: ``top`` (plan view, north up), ``iso`` (= ``iso_sw``), and the four
isometric views named by where the viewer stands: ``iso_ne``, ``iso_nw``,
``iso_se``, ``iso_sw`` (e.g. ``iso_sw`` looks from the south-west towards
the north-east), and ``south`` (a low view from the south).  Every preset frames the given bounds.
"""

from __future__ import annotations

import numpy as np

# viewer direction from the focal point: (east, north) signs
_ISO = {"iso_ne": (1, 1), "iso_nw": (-1, 1), "iso_se": (1, -1), "iso_sw": (-1, -1)}
PRESETS = ("top", "iso_sw", "iso_se", "iso_ne", "iso_nw", "south", "reset")
SOUTH_ELEVATION_DEG = 12.0  # ``south``: a low view from the south looking north (street-like)
ELEVATION_DEG = 35.0      # iso views: camera angle above the horizon
VIEW_ANGLE_DEG = 30.0


def _norm_bounds(bounds) -> np.ndarray | None:
    b = np.asarray(bounds, dtype=float).reshape(6)
    if not np.all(np.isfinite(b)):
        return None
    return b


def _basis(direction, view_up):
    d = np.asarray(direction, float)
    d = d / np.linalg.norm(d)
    right = np.cross(np.asarray(view_up, float), d)
    right /= np.linalg.norm(right)
    up = np.cross(d, right)
    return d, right, up


def camera_for(preset: str, bounds, aspect: float = 1.6, margin: float = 1.03, right_reserve: float = 0.0,
               points=None) -> dict:
    """Position, focal point and view-up to frame *bounds* (VTK order
    ``[xmin, xmax, ymin, ymax, zmin, zmax]``, local m) from *preset*.

    *aspect* is the viewport width / height.  The distance is the smallest
    that keeps all eight corners of the box inside the view (perspective,
    vertical view angle ``VIEW_ANGLE_DEG``) times *margin*; ``parallel_scale``
    does the same for a parallel projection (used by ``top``).
    *right_reserve* is the fraction of the view width kept free on the right
    (for the colour legend): the box is fitted into the rest.
    *points* ``(n, 3)``, when given, are fitted instead of the box's corners
    (tighter for round or L-shaped cities; pass a subsample of the vertices).
    """
    if preset in ("iso", "reset", "default"):
        preset = "iso_sw"
    b = _norm_bounds(bounds)
    if b is None:
        b = np.array([-50, 50, -50, 50, 0, 20], float)
    centre = np.array([(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2])
    if preset == "top":
        direction, view_up = (0.0, 0.0, 1.0), (0.0, 1.0, 0.0)
    elif preset == "south":
        el = np.radians(SOUTH_ELEVATION_DEG)
        direction, view_up = (0.0, -np.cos(el), np.sin(el)), (0.0, 0.0, 1.0)
    elif preset in _ISO:
        sx, sy = _ISO[preset]
        el = np.radians(ELEVATION_DEG)
        direction = (sx * np.cos(el) / np.sqrt(2), sy * np.cos(el) / np.sqrt(2), np.sin(el))
        view_up = (0.0, 0.0, 1.0)
    else:
        raise KeyError(preset)
    d, right, up = _basis(direction, view_up)
    if points is not None and len(points):
        corners = np.asarray(points, float).reshape(-1, 3) - centre
    else:
        corners = np.array([[x, y, z] for x in b[0:2] for y in b[2:4] for z in b[4:6]]) - centre
    cx, cy, cz = corners @ right, corners @ up, corners @ d
    tan_v = np.tan(np.radians(VIEW_ANGLE_DEG / 2))
    r = min(max(right_reserve, 0.0), 0.5)
    aspect_eff = max(aspect * (1.0 - r), 1e-3)
    tan_h = tan_v * aspect_eff
    # re-centre: the box's projected middle is not always the box centre
    xm, ym = (cx.min() + cx.max()) / 2, (cy.min() + cy.max()) / 2
    cx, cy = cx - xm, cy - ym
    dist = float(np.max(np.maximum(cz + np.abs(cx) / tan_h, cz + np.abs(cy) / tan_v)))
    dist = max(dist * margin, 1.0)
    pscale = max((cy.max() - cy.min()) / 2, (cx.max() - cx.min()) / 2 / aspect_eff) * margin
    parallel = preset == "top"
    focal = centre + right * xm + up * ym
    # the legend strip: shift the image left in screen space (off-axis projection), so the
    # content fitted into the narrower aspect sits exactly in the free part of the view
    return {"position": focal + d * dist, "focal_point": focal, "view_up": tuple(up),
            "parallel_scale": float(max(pscale, 1.0)), "parallel": parallel, "window_center": (r, 0.0)}  # VTK: +x moves the image left


def apply_preset(plotter, preset: str, bounds, right_reserve: float = 0.0, points=None, size=None) -> None:
    """Move *plotter*'s camera to *preset* framing *bounds* (see :func:`camera_for`).

    *size* ``(width, height)`` overrides ``plotter.window_size`` (a Qt widget
    knows its new size before VTK's render window does).
    """
    w, h = size if size is not None else plotter.window_size
    cam = camera_for(preset, bounds, aspect=(w / h) if h else 1.6, right_reserve=right_reserve, points=points)
    camera = plotter.camera
    camera.view_angle = VIEW_ANGLE_DEG
    camera.focal_point = tuple(cam["focal_point"])
    camera.position = tuple(cam["position"])
    camera.up = tuple(cam["view_up"])
    camera.parallel_scale = cam["parallel_scale"]
    camera.parallel_projection = cam["parallel"]
    camera.SetWindowCenter(*cam["window_center"])
    plotter.renderer.ResetCameraClippingRange()
