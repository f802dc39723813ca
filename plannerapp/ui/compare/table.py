"""The comparison table as a ``QTableWidget``: one column per scheme, units, best/worst marked.

Rows and values come from :class:`~plannerapp.report.compare_metrics.ComparisonTable`
(labels are already translated there); best values get a green cell and
a bold font, worst a light red cell, with a tooltip naming why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

BEST_BG, WORST_BG = QColor("#dff2e3"), QColor("#fbe3e0")
ARROWS = {"higher": "\u2191", "lower": "\u2193", "neutral": "\u2013"}


class ComparisonTableWidget(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("comparisonTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.table = None

    def _dir_text(self, d: str) -> str:
        return {"higher": self.tr("higher is better"), "lower": self.tr("lower is better"),
                "neutral": self.tr("no better direction")}[d]

    def set_table(self, table, colours) -> None:
        self.table = table
        cols = table.columns
        self.clear()
        self.setColumnCount(3 + len(cols))
        self.setRowCount(1 + len(table.rows))
        heads = [self.tr("Metric"), self.tr("Unit"), ""] + [c.name for c in cols]
        self.setHorizontalHeaderLabels(heads)
        for j, col in enumerate(colours):
            item = self.horizontalHeaderItem(3 + j)
            item.setForeground(QBrush(QColor(col)))
            f = item.font()
            f.setBold(True)
            item.setFont(f)
        first = QTableWidgetItem(self.tr("Review verdict"))
        self.setItem(0, 0, first)
        for j, c in enumerate(cols):
            txt = self.tr("passed") if c.verdict == "passed" else self.tr("failed")
            if c.failed_rules:
                txt += ": " + ", ".join(c.failed_rules)
            it = QTableWidgetItem(txt)
            it.setForeground(QBrush(QColor("#1b7f3b" if c.verdict == "passed" else "#b3261e")))
            it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(0, 3 + j, it)
        bold = QFont()
        bold.setBold(True)
        for i, r in enumerate(table.rows, start=1):
            self.setItem(i, 0, QTableWidgetItem(r.label))
            self.setItem(i, 1, QTableWidgetItem(r.unit))
            d = QTableWidgetItem(ARROWS[r.direction])
            d.setToolTip(self._dir_text(r.direction))
            d.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(i, 2, d)
            for j in range(len(cols)):
                it = QTableWidgetItem(r.formatted(j))
                it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if j in r.best:
                    it.setBackground(QBrush(BEST_BG))
                    it.setFont(bold)
                    it.setToolTip(self.tr("best among the schemes ({direction})").format(
                        direction=self._dir_text(r.direction)))
                elif j in r.worst:
                    it.setBackground(QBrush(WORST_BG))
                    it.setToolTip(self.tr("worst among the schemes ({direction})").format(
                        direction=self._dir_text(r.direction)))
                self.setItem(i, 3 + j, it)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for k in range(1, 3 + len(cols)):
            hh.setSectionResizeMode(k, QHeaderView.ResizeMode.ResizeToContents)
        self.resizeRowsToContents()
