"""Small toolbar icons drawn with QPainter (no image files to ship or license)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = 32
INK = QColor("#2f3b4a")
ACCENT = QColor("#2b7bb9")


def _canvas():
    pm = QPixmap(SIZE, SIZE)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(INK, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    return pm, p


def _cube(p: QPainter, flip: bool) -> None:
    s = -1 if flip else 1
    c = QPointF(16, 17)
    top = QPolygonF([c + QPointF(0, -12), c + QPointF(11 * s, -6), c + QPointF(0, 0), c + QPointF(-11 * s, -6)])
    p.setBrush(QColor("#cfe3f3"))
    p.drawPolygon(top)
    p.setBrush(QColor("#8fb8da"))
    p.drawPolygon(QPolygonF([c + QPointF(-11 * s, -6), c, c + QPointF(0, 12), c + QPointF(-11 * s, 6)]))
    p.setBrush(QColor("#5f93bf"))
    p.drawPolygon(QPolygonF([c, c + QPointF(11 * s, -6), c + QPointF(11 * s, 6), c + QPointF(0, 12)]))


def make_icon(kind: str) -> QIcon:
    """``top``, ``iso_sw``, ``iso_ne``, ``reset``, ``frame``, ``open``."""
    pm, p = _canvas()
    if kind == "top":
        p.setBrush(QColor("#cfe3f3"))
        p.drawRect(QRectF(5, 9, 22, 19))
        p.setPen(QPen(ACCENT, 2.2))
        p.drawLine(QPointF(16, 24), QPointF(16, 3))
        p.drawLine(QPointF(16, 3), QPointF(12, 8))
        p.drawLine(QPointF(16, 3), QPointF(20, 8))
    elif kind in ("iso_sw", "iso_ne", "iso_se", "iso_nw"):
        _cube(p, flip=kind in ("iso_ne", "iso_nw"))
    elif kind == "reset":
        path = QPainterPath()
        path.moveTo(4, 16)
        path.lineTo(16, 5)
        path.lineTo(28, 16)
        p.drawPath(path)
        p.setBrush(QColor("#cfe3f3"))
        p.drawRect(QRectF(8, 15, 16, 12))
        p.setBrush(INK)
        p.drawRect(QRectF(14, 20, 4, 7))
    elif kind == "frame":
        for (x, y, dx, dy) in ((4, 4, 1, 1), (28, 4, -1, 1), (4, 28, 1, -1), (28, 28, -1, -1)):
            p.drawLine(QPointF(x, y), QPointF(x + 7 * dx, y))
            p.drawLine(QPointF(x, y), QPointF(x, y + 7 * dy))
        p.setBrush(ACCENT)
        p.setPen(QPen(ACCENT, 1))
        p.drawEllipse(QPointF(16, 16), 4.5, 4.5)
    elif kind == "open":
        p.setBrush(QColor("#f3d98b"))
        p.drawPolygon(QPolygonF([QPointF(3, 9), QPointF(12, 9), QPointF(15, 12), QPointF(29, 12),
                                 QPointF(29, 27), QPointF(3, 27)]))
        p.setPen(QPen(ACCENT, 2.2))
        p.drawLine(QPointF(16, 24), QPointF(16, 15))
        p.drawLine(QPointF(16, 15), QPointF(12, 19))
        p.drawLine(QPointF(16, 15), QPointF(20, 19))
    else:
        p.setFont(QFont("Sans", 14, QFont.Weight.Bold))
        p.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, kind[:1].upper())
    p.end()
    return QIcon(pm)
