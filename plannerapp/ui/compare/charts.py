"""Charts in the comparison window: a metric's bar chart beside the radar overview.

Both draw through :mod:`plannerapp.report.charts` into ``FigureCanvasQTAgg``
figures, so the window shows exactly what the report exports.  Export writes
the shown charts as PNG or SVG.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from plannerapp.report.charts import draw_bar, draw_radar


class ChartsWidget(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Metric:"), self))
        self.metric = QComboBox(self)
        self.metric.setObjectName("chartMetric")
        self.metric.currentIndexChanged.connect(self._draw_bar)
        top.addWidget(self.metric, 1)
        lay.addLayout(top)
        split = QSplitter(self)
        self.bar_fig = Figure(figsize=(5, 3.4), dpi=96)
        self.bar_canvas = FigureCanvasQTAgg(self.bar_fig)
        self.radar_fig = Figure(figsize=(6, 4), dpi=96)
        self.radar_canvas = FigureCanvasQTAgg(self.radar_fig)
        split.addWidget(self.bar_canvas)
        split.addWidget(self.radar_canvas)
        split.setSizes([450, 650])
        self.radar_canvas.setToolTip(self.tr("Overview: each metric with a better direction, scaled from the worst "
                                             "column (centre) to the best (edge)"))
        lay.addWidget(split, 1)

    def set_table(self, table) -> None:
        self.table = table
        key = self.metric.currentData()
        self.metric.blockSignals(True)
        self.metric.clear()
        for r in table.numeric_rows():
            self.metric.addItem(f"{r.label} ({r.unit})" if r.unit else r.label, r.key)
        idx = max(0, self.metric.findData(key)) if key else 0
        self.metric.setCurrentIndex(idx)
        self.metric.blockSignals(False)
        self._draw_bar()
        draw_radar(self.radar_fig, table, compact=True)
        self.radar_canvas.draw_idle()

    def _draw_bar(self, *_a) -> None:
        key = self.metric.currentData()
        if self.table is None or key is None:
            return
        draw_bar(self.bar_fig, self.table, key)
        self.bar_canvas.draw_idle()

    def save(self, path_bar: str, path_radar: str) -> None:
        """Write the shown bar chart and the radar (format from the file suffix: .png or .svg)."""
        self.bar_fig.savefig(path_bar, dpi=150, bbox_inches="tight")
        self.radar_fig.savefig(path_radar, dpi=150, bbox_inches="tight")
