"""Scheme diff dock: buildings added, removed and changed between two schemes (or the status quo).

Side B is the scheme shown in the view (choosing another B switches the
active scheme); side A is any scheme or the status quo.  The table lists
each record with what changed (footprint, height, floors, use, name) and
before/after values; "Colour the view" draws added buildings green,
changed orange and removed ones as red ghosts
(:class:`plannerapp.scene.scheme_layer.DiffOverlay`).  Double-click a row to
select and frame that building.  Heights in metres, areas in m2.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from plannerapp.errors import InputError
from plannerapp.model.diff import diff_summary
from plannerapp.scene.scheme_layer import ADDED_COLOUR, CHANGED_COLOUR, REMOVED_COLOUR, DiffOverlay, frame_box

STATUS_QUO = "status-quo"
TINTS = {"added": ADDED_COLOUR, "changed": CHANGED_COLOUR, "removed": REMOVED_COLOUR}


def _num(v, fmt="{:.1f}") -> str:
    return "-" if v is None else fmt.format(v)


class DiffPanel(QWidget):
    def __init__(self, session, window=None):
        super().__init__(window)
        self.setObjectName("diffPanel")
        self.session = session
        self.window_ = window
        self.records = []
        self._filling = False
        self._saved_colour = None
        self.overlay = DiffOverlay(window.viewport.plotter) if window is not None else None
        self.a = QComboBox(self)
        self.a.setObjectName("diffA")
        self.b = QComboBox(self)
        self.b.setObjectName("diffB")
        for combo in (self.a, self.b):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.colour = QCheckBox(self.tr("Colour the view"), self)
        self.colour.setToolTip(self.tr("Green: added, orange: changed, red ghost: removed or demolished"))
        self.colour.setObjectName("diffColour")
        self.summary = QLabel(self)
        self.summary.setObjectName("diffSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("diffTable")
        self.table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Building"), self.tr("What changed"),
                                              self.tr("Height (m)"), self.tr("Footprint (m\u00b2)")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare"), self))
        row.addWidget(self.a, 1)
        row.addWidget(QLabel(self.tr("with the shown scheme"), self))
        row.addWidget(self.b, 1)
        row.addWidget(self.colour)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.a.currentIndexChanged.connect(lambda _i: self.refresh())
        self.b.currentIndexChanged.connect(self._on_b)
        self.colour.toggled.connect(self._on_colour)
        self.table.cellDoubleClicked.connect(self._on_double_click)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        session.on("changed", self._on_session)
        self._fill_combos()

    # -- combos ----------------------------------------------------------------------
    def _fill_combos(self) -> None:
        p = self.session.project
        self._filling = True
        try:
            keep_a = self.a.currentData() or STATUS_QUO
            for combo in (self.a, self.b):
                combo.clear()
                if p is None:
                    continue
                combo.addItem(self.tr("Status quo"), STATUS_QUO)
                for sc in p.schemes:
                    combo.addItem(sc.display_name, sc.id)
            if p is not None:
                i = self.a.findData(keep_a)
                self.a.setCurrentIndex(i if i >= 0 else 0)
                j = self.b.findData(self.session.active_scheme_id or STATUS_QUO)
                self.b.setCurrentIndex(j if j >= 0 else 0)
        finally:
            self._filling = False

    def _on_b(self, _i) -> None:
        if self._filling:
            return
        key = self.b.currentData()
        self.session.set_active_scheme(None if key == STATUS_QUO else key)

    def set_sides(self, a, b="active") -> None:
        """Compare *a* (scheme id or ``None`` = status quo) with *b* (default: the active scheme)."""
        if b != "active":
            self.session.set_active_scheme(b)
        i = self.a.findData(a or STATUS_QUO)
        self.a.setCurrentIndex(max(i, 0))
        self.refresh()

    # -- records ---------------------------------------------------------------------
    def _on_session(self, ev) -> None:
        if ev.kind in ("project", "schemes", "scheme"):
            self._fill_combos()
            self.refresh()
        elif ev.kind == "buildings":
            self.refresh()

    def refresh(self) -> None:
        if self._filling:
            return
        s = self.session
        if s.project is None:
            self.records = []
            self.table.setRowCount(0)
            self.summary.setText(self.tr("Open a project to compare its schemes."))
            return
        a = self.a.currentData()
        a = None if a in (None, STATUS_QUO) else a
        order = {"added": 0, "changed": 1, "removed": 2}
        self.records = sorted(s.diff(a, s.active_scheme_id), key=lambda r: order[r.status])   # stable: file order within
        self._fill_table()
        c = diff_summary(self.records)
        self.summary.setText(self.tr("{added} added, {removed} removed, {changed} changed; "
                                     "net footprint {net:+,.0f} m\u00b2").format(
            added=c["added"], removed=c["removed"], changed=c["changed"], net=c["net_footprint_m2"]))
        self._draw()

    def status_of(self, building_id: str) -> str | None:
        return next((r.status for r in self.records if r.building_id == building_id), None)

    def _fill_table(self) -> None:
        status_text = {"added": self.tr("added"), "removed": self.tr("removed"), "changed": self.tr("changed")}
        aspect_text = {"footprint": self.tr("footprint"), "height": self.tr("height"), "floors": self.tr("floors"),
                       "use": self.tr("use"), "name": self.tr("name")}
        self.table.setRowCount(len(self.records))
        for r, rec in enumerate(self.records):
            what = ", ".join(aspect_text.get(c, c) for c in rec.changes)
            if rec.status == "removed" and rec.from_context:
                what = self.tr("demolished")
            if "footprint" in rec.changes and rec.moved_m > 0.01:
                what += self.tr(" (moved {d} m)").format(d=f"{rec.moved_m:.1f}")
            cells = [status_text[rec.status], rec.name, what,
                     f"{_num(rec.height_before)} \u2192 {_num(rec.height_after)}",
                     f"{_num(rec.area_before_m2, '{:,.0f}')} \u2192 {_num(rec.area_after_m2, '{:,.0f}')}"]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setData(Qt.ItemDataRole.UserRole, rec.building_id)
                if c == 0:
                    colour = QColor(TINTS[rec.status])
                    it.setForeground(QBrush(QColor("white")))
                    it.setBackground(QBrush(colour))
                if c == 1:
                    it.setToolTip(rec.building_id)
                self.table.setItem(r, c, it)

    # -- colouring -------------------------------------------------------------------
    def _on_colour(self, on: bool) -> None:
        w = self.window_
        if w is not None:
            if on:
                self._saved_colour = w.viewport.view.layer.colour_key
                w.viewport.set_colour_by("none")
                w.colour_by.set_key("none", emit=False)
            elif self._saved_colour is not None:
                w.viewport.set_colour_by(self._saved_colour)
                w.colour_by.set_key(self._saved_colour, emit=False)
                self._saved_colour = None
        self._draw()
        if on and w is not None and self.overlay.bounds is not None:
            frame_box(w.viewport.plotter, self.overlay.bounds)

    def _draw(self) -> None:
        if self.overlay is None:
            return
        s = self.session
        if not self.colour.isChecked() or s.project is None:
            if self.overlay.visible:
                self.overlay.clear(render=True)
            return
        a = self.a.currentData()
        before = s.project.context if a in (None, STATUS_QUO) else s.project.scheme(a).built_city(s.project.context)
        self.overlay.show(self.records, before, s.city_for_display())

    def _context_menu(self, pos) -> None:
        it = self.table.itemAt(pos)
        if it is None:
            return
        bid = it.data(Qt.ItemDataRole.UserRole)
        rec = next((r for r in self.records if r.building_id == bid), None)
        if rec is None:
            return
        menu = QMenu(self)
        if rec.status != "removed":
            menu.addAction(self.tr("Select and frame"), lambda: self._on_double_click(it.row(), 0))
        sc = self.session.active_scheme
        if rec.status == "removed" and rec.from_context and sc is not None and bid in sc.demolish:
            menu.addAction(self.tr("Restore in this scheme"), lambda: self._restore(bid))
        if menu.actions():
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def _restore(self, bid: str) -> None:
        try:
            self.session.restore([bid])
        except InputError as exc:
            if self.window_ is not None:
                self.window_.status.showMessage(exc.problems[0], 8000)

    def _on_double_click(self, row: int, _col: int) -> None:
        it = self.table.item(row, 0)
        if it is None:
            return
        bid = it.data(Qt.ItemDataRole.UserRole)
        if self.status_of(bid) != "removed":
            self.session.select([bid])
            if self.window_ is not None:
                self.window_.viewport.frame_selection()
