"""A small histogram of analysis results, painted with QPainter (no matplotlib needed).

``HistogramWidget.set_values(values, unit, required=None, colours=None)``:
bars over the value range (``bins`` equal bins; hours use whole- or half-hour
bins), axis labels with the unit, the mean and median, and an optional
requirement line (e.g. 2 h) with the share of points meeting it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#5b7fa6")
REQ = QColor("#c62828")


def hour_bins(values: np.ndarray, max_bins: int = 24) -> np.ndarray:
    """Bin edges for hours: 0.5 h or 1 h wide (more for long windows), from 0."""
    top = float(np.nanmax(values)) if values.size else 1.0
    width = 0.5 if top <= 8 else 1.0
    while top / width > max_bins:
        width *= 2
    n = max(1, int(np.ceil((top + 1e-9) / width)))
    return np.arange(n + 1) * width


class HistogramWidget(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("analysisHistogram")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.counts = np.zeros(0)
        self.edges = np.zeros(0)
        self.unit = ""
        self.required = None
        self.share = None
        self.mean = self.median = None
        self.colours: list[QColor] = []
        self.label = ""

    def sizeHint(self):  # noqa: N802 - Qt override
        return QSize(300, 170)

    def set_values(self, values, unit: str = "", required: float | None = None, bins: int = 20, colours=None,
                   label: str = "") -> None:
        v = np.asarray(values, dtype=np.float64)
        v = v[np.isfinite(v)]
        self.unit, self.required, self.label = unit, required, label
        if v.size == 0:
            self.counts, self.edges = np.zeros(0), np.zeros(0)
            self.mean = self.median = self.share = None
        else:
            edges = hour_bins(v) if unit == "h" else np.histogram_bin_edges(v, bins=bins)
            self.counts, self.edges = np.histogram(v, bins=edges)
            self.mean, self.median = float(v.mean()), float(np.median(v))
            self.share = float((v >= required - 1e-9).mean()) if required is not None else None
        self.colours = list(colours or [])
        self.update()

    def clear(self) -> None:
        self.set_values([])

    def paintEvent(self, _event):  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        if self.counts.size == 0:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Run an analysis to see the distribution"))
            p.end()
            return
        f = QFont(self.font())
        f.setPointSizeF(max(7.0, f.pointSizeF() - 1))
        p.setFont(f)
        fm = p.fontMetrics()
        left, right, top, bottom = fm.horizontalAdvance("00000") + 6, 10, fm.height() + 8, fm.height() * 2 + 6
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        lo, hi = float(self.edges[0]), float(self.edges[-1])
        span = hi - lo or 1.0
        cmax = max(int(self.counts.max()), 1)
        pen_axis = QPen(self.palette().text().color())
        for i, c in enumerate(self.counts):
            x0 = plot.left() + (self.edges[i] - lo) / span * plot.width()
            x1 = plot.left() + (self.edges[i + 1] - lo) / span * plot.width()
            h = c / cmax * plot.height()
            colour = self.colours[i] if i < len(self.colours) else BAR
            p.fillRect(QRectF(x0 + 0.5, plot.bottom() - h, max(1.0, x1 - x0 - 1.0), h), colour)
        p.setPen(pen_axis)
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        for val in (lo, (lo + hi) / 2, hi):
            x = plot.left() + (val - lo) / span * plot.width()
            p.drawLine(int(x), int(plot.bottom()), int(x), int(plot.bottom() + 3))
            txt = f"{val:.3g}"
            p.drawText(int(x - fm.horizontalAdvance(txt) / 2), int(plot.bottom() + fm.ascent() + 4), txt)
        p.drawText(2, int(plot.top() + fm.ascent()), str(cmax))
        p.drawText(2, int(plot.bottom()), "0")
        unit = f" {self.unit}" if self.unit else ""
        p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 4, plot.width(), fm.height()),
                   Qt.AlignmentFlag.AlignHCenter, self.tr("{label}{unit}  \u2013  points per bin").format(
                       label=self.label or self.tr("value"), unit=f" ({self.unit})" if self.unit else ""))
        head = self.tr("mean {mean:.2f}{unit}, median {median:.2f}{unit}").format(mean=self.mean, median=self.median, unit=unit)
        if self.required is not None and self.share is not None:
            x = plot.left() + (self.required - lo) / span * plot.width()
            if plot.left() <= x <= plot.right():
                p.setPen(QPen(REQ, 2, Qt.PenStyle.DashLine))
                p.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))
            head += self.tr("; {share:.0%} \u2265 {req:g}{unit}").format(share=self.share, req=self.required, unit=unit)
        p.setPen(pen_axis)
        p.drawText(QRectF(0, 2, self.width(), fm.height()), Qt.AlignmentFlag.AlignHCenter, head)
        p.end()


__all__ = ["HistogramWidget", "hour_bins"]
