"""Typed transforms: move the selection by (dx, dy) metres, rotate it by an angle (degrees)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel


def _spin(parent, lo, hi, suffix, name, decimals=2) -> QDoubleSpinBox:
    s = QDoubleSpinBox(parent)
    s.setRange(lo, hi)
    s.setDecimals(decimals)
    s.setSuffix(suffix)
    s.setObjectName(name)
    return s


class MoveDialog(QDialog):
    """Offsets east (x) and north (y) in local metres."""

    def __init__(self, parent=None, n: int = 1):
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move by offset"))
        self.dx = _spin(self, -10_000, 10_000, " m", "moveDx")
        self.dy = _spin(self, -10_000, 10_000, " m", "moveDy")
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Move {n} building(s) by:").format(n=n)))
        form.addRow(self.tr("East (x)"), self.dx)
        form.addRow(self.tr("North (y)"), self.dy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[float, float]:
        return float(self.dx.value()), float(self.dy.value())


class RotateDialog(QDialog):
    """An angle in degrees, counter-clockwise seen from above, about each footprint's centroid."""

    def __init__(self, parent=None, n: int = 1):
        super().__init__(parent)
        self.setObjectName("rotateDialog")
        self.setWindowTitle(self.tr("Rotate"))
        self.angle = _spin(self, -360, 360, " \u00b0", "rotateAngle", decimals=1)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Rotate {n} building(s) about their centroids\n"
                                   "(counter-clockwise seen from above):").format(n=n)))
        form.addRow(self.tr("Angle"), self.angle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> float:
        return float(self.angle.value())
