"""The 3D viewport widget: a ``pyvistaqt.QtInteractor`` driving a CityView.

All drawing logic lives in :mod:`plannerapp.scene` (Qt-free); this widget only
turns mouse clicks into picks and emits :attr:`Viewport.buildingPicked`.
A click is a left press + release with less than ``CLICK_TOLERANCE_PX`` of
motion (a drag rotates the camera and does not change the selection).

Other layers (schemes, findings, analysis results) are added to
``viewport.plotter`` by their own scene adapters; call ``viewport.render()``.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pyvistaqt import QtInteractor

from plannerapp.scene.view import CityView

CLICK_TOLERANCE_PX = 4


class Viewport(QWidget):
    """Signals: ``buildingPicked(id or None)`` after a click; ``viewChanged(preset)``."""

    buildingPicked = Signal(object)
    viewChanged = Signal(str)

    def __init__(self, parent=None, colour_by: str = "height"):
        super().__init__(parent)
        self.setObjectName("viewport")
        self.setMinimumSize(360, 260)  # docks shrink before the 3D view disappears
        self.interactor = QtInteractor(self, auto_update=False, multi_samples=4)
        self.interactor.setObjectName("viewportInteractor")
        # files dropped on the 3D view go to the main window, not pyvista's reader
        self.interactor.setAcceptDrops(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.interactor)
        self.view = CityView(self.interactor, colour_by=colour_by)
        self.view.viewport_size = lambda: (max(1, self.interactor.width()), max(1, self.interactor.height()))
        self._press_pos = None
        # until the user moves the camera, a resize (docks added, window restored) re-frames the preset
        self._auto_frame = True
        self._reframe_timer = QTimer(self)
        self._reframe_timer.setSingleShot(True)
        self._reframe_timer.setInterval(120)
        self._reframe_timer.timeout.connect(self._reframe)
        self._setup_mouse()

    # -- plumbing --------------------------------------------------------------------
    @property
    def plotter(self):
        """The pyvista plotter (a ``BasePlotter``) other scene adapters draw into."""
        return self.interactor

    def _setup_mouse(self) -> None:
        iren = self.interactor.iren
        if iren is None:  # off-screen interactor: no mouse
            return
        # pyvista's default keys ('q' closes the plotter, 'v', 'b', ...) would fight the window's shortcuts
        iren.clear_key_event_callbacks()
        # pyvista routes release observers to the interactor style: VTK's
        # interactor swallows release events (pyvista issue #4976)
        iren.add_observer("LeftButtonPressEvent", self._on_press)
        iren.add_observer("LeftButtonReleaseEvent", self._on_release)
        for event in ("RightButtonPressEvent", "MiddleButtonPressEvent", "MouseWheelForwardEvent",
                      "MouseWheelBackwardEvent"):
            iren.add_observer(event, self._on_user_camera)

    def _on_user_camera(self, *_args):
        self._auto_frame = False

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._auto_frame and self.view.layer.actor is not None:
            self._reframe_timer.start()

    def _reframe(self) -> None:
        if self._auto_frame and not getattr(self.interactor, "_closed", True):
            self.view.view(self.view.preset)

    def _event_position(self):
        return self.interactor.iren.interactor.GetEventPosition()

    def _on_press(self, *_args):
        self._press_pos = self._event_position()
        self._auto_frame = False

    def _on_release(self, *_args):
        if self._press_pos is None:
            return
        x0, y0 = self._press_pos
        x, y = self._event_position()
        self._press_pos = None
        if abs(x - x0) <= CLICK_TOLERANCE_PX and abs(y - y0) <= CLICK_TOLERANCE_PX:
            self.click_at_display(x, y)

    # -- API -------------------------------------------------------------------------
    def click_at_display(self, x: float, y: float) -> str | None:
        """Select the building at VTK display position (x, y); emits buildingPicked."""
        bid = self.view.pick(x, y)
        self.view.select([bid] if bid else [])
        self.buildingPicked.emit(bid)
        return bid

    def set_city(self, city, merged=None) -> None:
        self.view.set_city(city, merged=merged)
        self._auto_frame = True
        self.viewChanged.emit(self.view.preset)
        # build the pick locator once the first frame is up (a second on 2 M triangles)
        QTimer.singleShot(50, self._prepare_picking)

    def _prepare_picking(self) -> None:
        if not getattr(self.interactor, "_closed", True):
            self.view.picker.prepare()

    def select(self, building_ids) -> list[str]:
        return self.view.select(building_ids)

    def set_colour_by(self, key: str):
        return self.view.set_colour_by(key)

    def set_view(self, preset: str) -> None:
        self.view.view(preset)
        self._auto_frame = True
        self.viewChanged.emit(self.view.preset)

    def frame_selection(self) -> bool:
        return self.view.frame_selection()

    def render(self) -> None:
        self.interactor.render()

    def close_plotter(self) -> None:
        """Release the VTK render window (call before the widget is destroyed)."""
        self.interactor.close()
