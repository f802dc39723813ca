"""Mouse and keys of the 3D view -> the active tool.

An event filter on the ``QtInteractor`` widget.  A tool method returns True
when it used the event; then VTK (camera rotation, the viewer's click pick)
never sees it.  Positions are converted to VTK display pixels the way
pyvistaqt does: ``x * dpr``, ``(height - y - 1) * dpr``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

CLICK_TOLERANCE_PX = 4
TOOL_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Backspace}


def vtk_position(widget, pos) -> tuple[float, float]:
    """VTK display pixels of a Qt position in *widget*."""
    dpr = widget.devicePixelRatioF()
    return round(pos.x() * dpr), round((widget.height() - pos.y() - 1) * dpr)


class ViewportInput(QObject):
    """Routes the interactor's events to ``self.tool`` (``press/move/release/key`` -> bool)."""

    def __init__(self, interactor, tool=None):
        super().__init__(interactor)
        self.interactor = interactor
        self.tool = tool
        #: modifiers of a left click the viewer will report as ``buildingPicked`` (None: no click pending)
        self.click_pending = None
        self._press = None
        interactor.installEventFilter(self)
        interactor.setMouseTracking(True)

    def set_tool(self, tool) -> None:
        if self.tool is not None and self.tool is not tool:
            self.tool.deactivate()
        self.tool = tool
        if tool is not None:
            tool.activate()

    def eventFilter(self, obj, ev):  # noqa: N802 - Qt override
        if obj is not self.interactor or self.tool is None:
            return False
        t = ev.type()
        if t == QEvent.Type.MouseButtonPress:
            self.click_pending = None
            self._press = ev.position().toPoint() if ev.button() == Qt.MouseButton.LeftButton else None
            x, y = vtk_position(obj, ev.position())
            return bool(self.tool.press(ev, x, y))
        if t == QEvent.Type.MouseMove:
            x, y = vtk_position(obj, ev.position())
            return bool(self.tool.move(ev, x, y))
        if t == QEvent.Type.MouseButtonRelease:
            x, y = vtk_position(obj, ev.position())
            used = bool(self.tool.release(ev, x, y))
            p0, self._press = self._press, None
            if not used and p0 is not None and ev.button() == Qt.MouseButton.LeftButton:
                d = ev.position().toPoint() - p0
                if abs(d.x()) <= CLICK_TOLERANCE_PX and abs(d.y()) <= CLICK_TOLERANCE_PX:
                    self.click_pending = ev.modifiers()
            return used
        if t == QEvent.Type.ShortcutOverride and ev.key() in TOOL_KEYS and self.tool.wants_key(ev):
            ev.accept()
            return True
        if t == QEvent.Type.KeyPress and ev.key() in TOOL_KEYS:
            return bool(self.tool.key(ev))
        return False

    def take_click(self):
        """The pending click's modifiers (or NoModifier), clearing it."""
        m, self.click_pending = self.click_pending, None
        return m if m is not None else Qt.KeyboardModifier.NoModifier
