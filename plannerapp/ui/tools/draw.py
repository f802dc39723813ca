"""The draw tool: click footprint corners on the ground, Enter to make a building.

Points snap to existing vertices, then edges (within ``SNAP_PX`` screen
pixels), else to a grid (``Settings.extra["snap_grid_m"]``, default 1 m);
hold Alt for no snapping.  A rubber band shows the outline to the cursor.
Enter (or clicking the first point again) finishes, Backspace removes the
last point, Esc cancels.  The building gets the default floors and use
(``Settings.extra["draw_floors"]``, 6 x 3 m, ``residential``) and is
selected, so the Properties dock can change it at once.  Left clicks are
the tool's; the middle button pans and the wheel zooms meanwhile.
Coordinates are local metres on the plane ``z = 0``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from shapely import Polygon
from shapely.geometry.polygon import orient

from plannerapp.errors import InputError
from plannerapp.geometry.snap import SnapTargets
from plannerapp.scene.draft import DraftLayer, display_to_ground, metres_per_pixel
from plannerapp.ui.tools.base import Tool

SNAP_PX = 12
CLICK_PX = 4


class DrawTool(Tool):
    name = "draw"

    def __init__(self, controller):
        super().__init__(controller)
        self.points: list[tuple[float, float]] = []
        self.draft = None
        self.targets = None
        self.ground_z = 0.0
        self._press = None
        self.last_snap = None

    # -- settings --------------------------------------------------------------------
    def _extra(self, key, default):
        v = self.ctl.window.settings.extra.get(key, default)
        return v if isinstance(v, type(default)) or (isinstance(default, float) and isinstance(v, int)) else default

    @property
    def grid(self) -> float:
        return float(self._extra("snap_grid_m", 1.0))

    @property
    def floors(self) -> int:
        return int(self._extra("draw_floors", 6))

    @property
    def floor_height(self) -> float:
        return float(self._extra("draw_floor_height_m", 3.0))

    @property
    def use(self) -> str:
        return str(self._extra("draw_use", "residential"))

    # -- life cycle ------------------------------------------------------------------
    def activate(self) -> None:
        self.points = []
        self.draft = DraftLayer(self.plotter, self.ground_z)
        self.rebuild_targets()
        it = self.ctl.window.viewport.interactor
        it.setCursor(Qt.CursorShape.CrossCursor)
        it.setFocus()
        self.ctl.status(self.ctl.tr("Draw: click the corners; Enter finishes, Backspace removes a point, Esc cancels"),
                        0)

    def deactivate(self) -> None:
        if self.draft is not None:
            self.draft.clear()
            self.plotter.render()
        self.points = []
        self.ctl.window.viewport.interactor.unsetCursor()
        self.ctl.window.status.clearMessage()

    def rebuild_targets(self) -> None:
        city = self.view.city
        self.targets = SnapTargets(b.footprint2d for b in city.buildings)

    # -- snapping --------------------------------------------------------------------
    def snap(self, x, y, alt: bool = False):
        """(local x, local y, kind) for display pixel (x, y); None off the ground."""
        g = display_to_ground(self.plotter, x, y, self.ground_z)
        if g is None:
            return None
        if alt:
            return g[0], g[1], "none"
        mpp = metres_per_pixel(self.plotter, x, y, self.ground_z)
        tol = SNAP_PX * mpp if mpp == mpp else 0.5
        if len(self.points) >= 3:
            fx, fy = self.points[0]
            if ((g[0] - fx) ** 2 + (g[1] - fy) ** 2) ** 0.5 <= tol:
                return fx, fy, "first"
        own = SnapTargets([Polygon(self.points)]) if len(self.points) >= 3 else None
        for t in ([own] if own else []) + [self.targets]:
            s = t.snap(g[0], g[1], tolerance=tol, grid=None)
            if s.kind != "none":
                return s.x, s.y, s.kind
        s = self.targets.snap(g[0], g[1], tolerance=0.0, grid=self.grid, vertices=False, edges=False)
        return s.x, s.y, s.kind

    def _show(self, cursor=None, kind="none") -> None:
        self.draft.set(self.points, cursor, "vertex" if kind == "first" else kind)
        self.plotter.render()

    # -- events ----------------------------------------------------------------------
    def press(self, ev, x, y) -> bool:
        if ev.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = (x, y)
        return True

    def move(self, ev, x, y) -> bool:
        if ev.buttons() & ~Qt.MouseButton.LeftButton:
            return False        # panning / zooming with other buttons
        p = self.snap(x, y, bool(ev.modifiers() & Qt.KeyboardModifier.AltModifier))
        if p is not None:
            self.last_snap = p[2]
            self._show((p[0], p[1]), p[2])
        return True

    def release(self, ev, x, y) -> bool:
        if ev.button() != Qt.MouseButton.LeftButton:
            return False
        p0, self._press = self._press, None
        if p0 is None or abs(p0[0] - x) > CLICK_PX or abs(p0[1] - y) > CLICK_PX:
            return True
        p = self.snap(x, y, bool(ev.modifiers() & Qt.KeyboardModifier.AltModifier))
        if p is None:
            return True
        self.last_snap = p[2]
        if p[2] == "first":
            self.finish()
            return True
        if not self.points or (abs(self.points[-1][0] - p[0]) + abs(self.points[-1][1] - p[1])) > 1e-6:
            self.points.append((p[0], p[1]))
        self._show((p[0], p[1]), p[2])
        return True

    def wants_key(self, ev) -> bool:
        return True

    def key(self, ev) -> bool:
        k = ev.key()
        if k in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        elif k == Qt.Key.Key_Backspace:
            self.remove_last()
        elif k == Qt.Key.Key_Escape:
            self.cancel()
        return True

    # -- commands --------------------------------------------------------------------
    def remove_last(self) -> None:
        if self.points:
            self.points.pop()
            self._show(self.draft.cursor, self.draft.snap_kind)

    def cancel(self) -> None:
        """Esc: drop the outline; a second Esc (nothing drawn) leaves the tool."""
        if self.points:
            self.points = []
            self._show(None)
            self.ctl.status(self.ctl.tr("Drawing cancelled"), 3000)
        else:
            self.ctl.edit.set_tool("select")

    def finish(self) -> str | None:
        """Enter: make the building; returns its id (None when the outline is not usable)."""
        if len(self.points) < 3:
            self.ctl.status(self.ctl.tr("A footprint needs at least three points"), 5000)
            return None
        poly = Polygon(self.points)
        if not poly.is_valid or poly.area < 1.0:
            self.ctl.status(self.ctl.tr("The outline crosses itself or is too small; move or remove points"), 6000)
            return None
        try:
            bid = self.session.add_building(orient(poly), floors=self.floors, floor_height_m=self.floor_height,
                                            use=self.use)
        except InputError as exc:
            self.ctl.report(exc)
            return None
        self.points = []
        self.ctl.edit.set_tool("select")
        self.ctl.status(self.ctl.tr("Added {id}: {n} floors; change them in Properties").format(id=bid, n=self.floors),
                        6000)
        return bid
