"""Attributes panel: the selected building's properties and source attributes."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)


def _fmt(value) -> str:
    if isinstance(value, float):
        if not math.isfinite(value):
            return "-"
        return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:.6g}"
    if value is None:
        return "-"
    return str(value)


class AttributesPanel(QWidget):
    """Shows one building (or a hint when nothing is selected)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("attributesPanel")
        self.header = QLabel(self)
        self.header.setObjectName("attributesHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("attributesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Property"), self.tr("Value")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setDefaultSectionSize(22)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.table)
        self.building = None
        self.show_building(None)

    def rows(self) -> list[tuple[str, str]]:
        """The (property, value) rows shown now."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]

    def value_of(self, prop: str) -> str | None:
        for k, v in self.rows():
            if k == prop:
                return v
        return None

    def show_building(self, building) -> None:
        self.building = building
        if building is None:
            self.header.setText(self.tr("Click a building to see its attributes."))
            self.table.setRowCount(0)
            return
        self.header.setText(self.tr("<b>{name}</b>").format(name=building.display_name))
        fp = building.footprint2d
        rows = [
            (self.tr("Id"), building.id),
            (self.tr("Name"), building.name or "-"),
            (self.tr("Use"), building.use or "-"),
            (self.tr("Height (m)"), _fmt(float(building.height))),
            (self.tr("Base level (m)"), _fmt(float(building.base_z))),
            (self.tr("Floors"), _fmt(building.floors)),
            (self.tr("Footprint area (m\u00b2)"), _fmt(float(fp.area)) if fp is not None else "-"),
            (self.tr("Triangles"), str(building.geometry.n_faces)),
            (self.tr("Source"), building.source or "-"),
        ]
        rows += [(str(k), _fmt(v)) for k, v in sorted(building.attributes.items(), key=lambda kv: str(kv[0]))]
        self.table.setRowCount(len(rows))
        for r, (k, v) in enumerate(rows):
            key_item = QTableWidgetItem(k)
            if r < 9:
                f = key_item.font()
                f.setBold(True)
                key_item.setFont(f)
            value_item = QTableWidgetItem(v)
            value_item.setToolTip(v)
            self.table.setItem(r, 0, key_item)
            self.table.setItem(r, 1, value_item)
