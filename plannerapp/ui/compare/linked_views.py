"""2-4 ``QtInteractor`` viewports side by side sharing ONE ``vtkCamera``.

Every renderer gets the first view's active camera, so orbiting, panning or
zooming any view moves them all (positions are identical, not copied).  An
observer on the shared camera's ``ModifiedEvent`` schedules one render of
the other views on the next turn of the Qt event loop (coalesced, so a drag
renders each view once per mouse move).  Each view draws a
:class:`~plannerapp.scene.compare_views.SchemeView`.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget
from pyvistaqt import QtInteractor

from plannerapp.scene.compare_views import SchemeView, common_bounds, comparison_area


class _Cell(QFrame):
    def __init__(self, title: str, colour: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        self.label = QLabel(title, self)
        self.label.setStyleSheet(f"QLabel {{ font-weight: bold; padding: 2px 6px; border-left: 6px solid {colour}; }}")
        lay.addWidget(self.label)
        self.interactor = QtInteractor(self, auto_update=False, multi_samples=4)
        self.interactor.setMinimumSize(260, 220)
        lay.addWidget(self.interactor, 1)


class LinkedViews(QWidget):
    """Views of *schemes* (``None`` = status quo) with one shared camera."""

    def __init__(self, project, schemes, titles, colours, parent=None):
        super().__init__(parent)
        self.project = project
        self.cells: list[_Cell] = []
        self.views: list[SchemeView] = []
        self._pending = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        area = comparison_area(project)
        self._frame = common_bounds(project, schemes, area)
        cols = 2 if len(schemes) == 4 else len(schemes)
        for k, (s, title, colour) in enumerate(zip(schemes, titles, colours)):
            cell = _Cell(title, colour, self)
            grid.addWidget(cell, k // cols, k % cols)
            self.cells.append(cell)
            sv = SchemeView(cell.interactor, project, s, area=area)
            cell.interactor.enable_lightkit()
            self.views.append(sv)
        first = self.cells[0].interactor
        self.camera = first.renderer.GetActiveCamera()
        for cell in self.cells[1:]:
            cell.interactor.renderer.SetActiveCamera(self.camera)
        self._observer = self.camera.AddObserver("ModifiedEvent", self._on_camera)
        self.reset_camera()

    @property
    def plotters(self):
        return [c.interactor for c in self.cells]

    def _on_camera(self, *_args) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.render_all)

    def render_all(self) -> None:
        self._pending = False
        for p in self.plotters:
            if not getattr(p, "_closed", False):
                p.renderer.ResetCameraClippingRange()
                p.render()

    def reset_camera(self, preset: str = "iso_sw") -> None:
        p = self.plotters[0]
        size = (max(1, p.width()), max(1, p.height()))
        self.views[0].view(preset, size=size, bounds=self._frame)
        self.render_all()

    def camera_state(self) -> dict:
        c = self.camera
        return {"position": tuple(c.GetPosition()), "focal_point": tuple(c.GetFocalPoint()),
                "view_up": tuple(c.GetViewUp()), "view_angle": float(c.GetViewAngle())}

    def set_blend(self, t: float) -> None:
        for v in self.views:
            v.set_blend(t)
        self.render_all()

    def set_diff(self, on: bool, reference) -> None:
        for v in self.views:
            if v.scheme is not None and v.scheme is not reference:
                v.set_diff(on, reference)
            else:
                v.set_diff(False, None)
        self.render_all()

    def show_results(self, layers, clim, title) -> None:
        """*layers*: one ResultLayer (or ``None``) per view, drawn with the shared *clim*."""
        for v, lay in zip(self.views, layers):
            v.show_results(lay, clim, title)
        self.render_all()

    def set_scheme(self, index: int, scheme) -> None:
        self.views[index].set_scheme(scheme)
        self.render_all()

    def close_views(self) -> None:
        try:
            self.camera.RemoveObserver(self._observer)
        except Exception:  # noqa: BLE001 - already gone
            pass
        for c in self.cells:
            c.interactor.close()
