"""The select tool (the default): pick, add to the selection, box-select, drag to move.

* click: select that building (empty ground clears); Shift/Ctrl+click adds
  or removes it (the viewer's pick reports it; see ProjectController);
* Ctrl+drag: a rubber-band box; buildings whose centre falls inside are
  selected (Shift+Ctrl adds to the selection);
* drag a selected new building of the active scheme: the selection follows
  the mouse on the ground plane; the whole drag is ONE undo step (the
  moves merge on the command stack);
* Alt+drag a selected new building: rotate the selection, each building
  about its footprint centroid, by the angle the mouse sweeps around the
  grabbed building's centroid (one undo step too).
Any other drag rotates/pans the camera as usual.  A right click (no drag:
right-drag zooms) opens a context menu with the edit actions for the
building under the cursor (Demolish/Restore, Delete, Duplicate, Move, Rotate).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QRubberBand

from plannerapp.errors import InputError
from plannerapp.scene.draft import display_to_ground
from plannerapp.scene.scheme_layer import building_ids_in_box
from plannerapp.ui.tools.base import Tool


class SelectTool(Tool):
    name = "select"

    def __init__(self, controller):
        super().__init__(controller)
        self._box = None          # (QPoint start in Qt px, VTK start, rubber band)
        self._drag = None         # dict(last=(x, y) ground, moved=bool, bid=str)

    def deactivate(self) -> None:
        self._end_box()
        if self._drag is not None:
            self.session.end_drag()
            self._drag = None

    # -- box selection ---------------------------------------------------------------
    def _end_box(self) -> None:
        if self._box is not None:
            self._box[2].hide()
            self._box[2].deleteLater()
            self._box = None

    def press(self, ev, x, y) -> bool:
        if ev.button() == Qt.MouseButton.RightButton:
            self._right = ev.position().toPoint()
            return False
        if ev.button() != Qt.MouseButton.LeftButton:
            return False
        mods = ev.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            band = QRubberBand(QRubberBand.Shape.Rectangle, self.ctl.window.viewport.interactor)
            p = ev.position().toPoint()
            band.setGeometry(QRect(p, QSize()))
            band.show()
            self._box = (p, (x, y), band)
            return True
        if mods & Qt.KeyboardModifier.ShiftModifier:
            return False
        rotate = bool(mods & Qt.KeyboardModifier.AltModifier)
        s = self.session
        sc = s.active_scheme
        bid = self.view.pick(x, y)
        if bid is None or sc is None or bid not in sc.buildings or bid not in s.selection:
            return False
        g = display_to_ground(self.plotter, x, y, sc.buildings[bid].base_z)
        if g is None:
            return False
        c = sc.buildings[bid].footprint2d.centroid
        self._drag = {"last": g, "moved": False, "bid": bid, "z": sc.buildings[bid].base_z,
                      "rotate": rotate, "centre": (c.x, c.y)}
        return True

    def move(self, ev, x, y) -> bool:
        if self._box is not None:
            p0 = self._box[0]
            self._box[2].setGeometry(QRect(p0, ev.position().toPoint()).normalized())
            return True
        if self._drag is None:
            return False
        g = display_to_ground(self.plotter, x, y, self._drag["z"])
        if g is None:
            return True
        dx, dy = g[0] - self._drag["last"][0], g[1] - self._drag["last"][1]
        if abs(dx) + abs(dy) < 1e-6:
            return True
        try:
            if self._drag["rotate"]:
                cx, cy = self._drag["centre"]
                a0 = math.atan2(self._drag["last"][1] - cy, self._drag["last"][0] - cx)
                a1 = math.atan2(g[1] - cy, g[0] - cx)
                step = math.degrees(math.atan2(math.sin(a1 - a0), math.cos(a1 - a0)))
                self.session.rotate_selection(step, dragging=True)
            else:
                self.session.move_selection(dx, dy, dragging=True)
        except InputError as exc:
            self.ctl.report(exc)
            return True
        self._drag["last"] = g
        self._drag["moved"] = True
        return True

    def release(self, ev, x, y) -> bool:
        if ev.button() == Qt.MouseButton.RightButton:
            p0, self._right = getattr(self, "_right", None), None
            d = ev.position().toPoint() - p0 if p0 is not None else None
            if d is not None and abs(d.x()) <= 4 and abs(d.y()) <= 4:
                bid = self.view.pick(x, y)
                if bid is not None and bid not in self.session.selection:
                    self.session.select([bid])
                self.ctl.edit.context_menu(self.ctl.window.viewport.interactor.mapToGlobal(ev.position().toPoint()))
            return False
        if ev.button() != Qt.MouseButton.LeftButton:
            return False
        if self._box is not None:
            x0, y0 = self._box[1]
            add = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._end_box()
            ids = building_ids_in_box(self.view, (x0, y0, x, y))
            self.session.select(ids, "add" if add else "replace")
            self.ctl.window.select(sorted(self.session.selection))
            self.ctl.status(self.ctl.tr("{n} building(s) selected").format(n=len(self.session.selection)), 4000)
            return True
        if self._drag is not None:
            drag, self._drag = self._drag, None
            self.session.end_drag()
            if not drag["moved"]:
                self.session.select([drag["bid"]])
            return True
        return False


