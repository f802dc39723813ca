"""Helpers for the editing GUI stories: a copy of the sample project, clicks at ground points, pictures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from plannerapp.scene.picking import world_to_display

SAMPLE = Path(__file__).resolve().parents[2] / "scenarios" / "delft-sample"


def copy_sample(dest: Path) -> Path:
    """The sample project saved into *dest* by the core (the context stays in resources)."""
    from plannerapp.session import Session

    s = Session()
    s.open(SAMPLE)
    s.save_as(dest)
    return dest


def open_project_window(qtbot, make_window, folder):
    w = make_window()
    w.project.confirm_close = False
    w.project.schemes.confirm_delete = False
    assert w.project.open_project(folder)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)  # window shortcuts (Ctrl+Z...) need the active window
    qtbot.wait(50)
    return w


def qt_pos(window, point) -> QPoint:
    """Qt widget position of a local-metre point in the 3D view (VTK y up, device pixels)."""
    vp = window.viewport
    x, y = world_to_display(vp.plotter, np.array([point[0], point[1], point[2] if len(point) > 2 else 0.0]))
    dpr = vp.interactor.devicePixelRatioF()
    h = vp.plotter.window_size[1]
    return QPoint(int(round(x / dpr)), int(round((h - 1 - y) / dpr)))


def send_move(widget, pos: QPoint, buttons=Qt.MouseButton.NoButton) -> None:
    ev = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(pos), widget.mapToGlobal(QPointF(pos)),
                     Qt.MouseButton.NoButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def empty_spot(city, size: float = 20.0, clearance: float = 25.0) -> tuple[float, float]:
    """Integer local (x, y) of a square's corner with no building within *clearance* m, near the centre."""
    union = shapely.union_all([b.footprint2d for b in city.buildings])
    b = city.bounds_local()
    cx, cy = (b[0] + b[3]) / 2, (b[1] + b[4]) / 2
    best = None
    for r in range(0, 300, 10):
        for ang in np.linspace(0, 2 * np.pi, 16, endpoint=False):
            x, y = round(cx + r * np.cos(ang)), round(cy + r * np.sin(ang))
            sq = shapely.box(x, y, x + size, y + size)
            if union.distance(sq) >= clearance:
                best = (float(x), float(y))
                break
        if best:
            break
    assert best is not None, "no empty ground in the sample"
    return best


def frame_top(window, centre, half_width_m: float = 45.0) -> None:
    """Top view centred on *centre* showing about 2 x *half_width_m* metres."""
    window.set_view("top")
    p = window.viewport.plotter
    cam = p.camera
    fx, fy, fz = cam.focal_point
    dz = cam.position[2] - fz
    cam.focal_point = (centre[0], centre[1], 0.0)
    cam.position = (centre[0], centre[1], dz)
    cam.parallel_scale = half_width_m
    p.renderer.ResetCameraClippingRange()
    p.render()


def picture(window, centre=None) -> np.ndarray:
    """The 3D view as an (h, w, 3) uint8 array; with *centre*, seen obliquely from the south-east
    (heights show), the user's camera restored afterwards."""
    p = window.viewport.plotter
    cam = p.camera
    saved = (cam.position, cam.focal_point, cam.up, cam.parallel_projection, cam.parallel_scale)
    if centre is not None:
        cam.parallel_projection = False
        cam.focal_point = (centre[0], centre[1], 10.0)
        cam.position = (centre[0] + 70.0, centre[1] - 70.0, 80.0)
        cam.up = (0.0, 0.0, 1.0)
        p.renderer.ResetCameraClippingRange()
    window.viewport.render()
    img = window.viewport.interactor.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    if centre is not None:
        cam.position, cam.focal_point, cam.up = saved[0], saved[1], saved[2]
        cam.parallel_projection, cam.parallel_scale = saved[3], saved[4]
        p.renderer.ResetCameraClippingRange()
        window.viewport.render()
    w, h = img.width(), img.height()
    arr = np.frombuffer(img.constBits(), np.uint8, count=img.sizeInBytes()).reshape(h, img.bytesPerLine())
    return arr[:, : w * 3].reshape(h, w, 3).copy()


def changed_fraction(a: np.ndarray, b: np.ndarray, tol: int = 24) -> float:
    """Share of pixels that differ by more than *tol* in some channel."""
    assert a.shape == b.shape
    return float((np.abs(a.astype(int) - b.astype(int)).max(axis=2) > tol).mean())


class DialogAnswer:
    """Answer the next modal dialog called *name* by clicking the button called *button*
    (or a standard button), remembering its texts.  Use as a context manager around the call."""

    def __init__(self, name: str, button: str | None = None, standard=None, fill=None):
        from PySide6.QtCore import QTimer

        self.name, self.button, self.standard, self.fill = name, button, standard, fill
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)

    def _poll(self):
        from PySide6.QtWidgets import QAbstractButton, QMessageBox

        for wdg in QApplication.topLevelWidgets():
            if (wdg.objectName() == self.name or type(wdg).__name__ == self.name) and wdg.isVisible():
                if self.fill is not None:
                    self.fill(wdg)
                if isinstance(wdg, QMessageBox):
                    self.seen += [wdg.text(), wdg.informativeText(), wdg.detailedText() or ""]
                    btn = wdg.button(self.standard) if self.standard is not None else \
                        wdg.findChild(QAbstractButton, self.button)
                else:
                    btn = None
                self.timer.stop()
                if btn is not None:
                    btn.click()
                else:
                    wdg.accept()
                return

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()
        return False


def reopen_answering_recovery(make_window, folder, button: str):
    """A new window opens the project in *folder* and answers the recovery dialog with
    *button* (``recoverButton`` / ``discardButton``); returns ``(window, answer)``."""
    w = make_window()
    w.project.confirm_close = False
    with DialogAnswer("recoveryDialog", button) as answer:
        assert w.project.open_project(folder)
    return w, answer
