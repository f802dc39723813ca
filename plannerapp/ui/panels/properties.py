"""Properties dock: edit the selected new buildings of the active scheme.

Name, use, floors and height; each change is one command on the undo stack
(applied when the field is confirmed: Enter or leaving it).  Floors x storey
height gives the height and the other way round (the core keeps them
consistent).  A selected status-quo building is shown read-only with a
button to demolish it in this scheme.  Heights in metres.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from plannerapp.i18n.terms import use_code, use_label
from plannerapp.ui.panels.session_edit import run_edit

USES = ("residential", "office", "retail", "mixed", "public", "education", "hotel", "industrial")


class PropertiesPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.session = session
        self._filling = False
        self.header = QLabel(self)
        self.header.setObjectName("propertiesHeader")
        self.header.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("propName")
        self.use = QComboBox(self)
        self.use.setObjectName("propUse")
        self.use.setEditable(True)
        for u in USES:  # Chinese labels, codes stored (i18n/terms.py)
            self.use.addItem(use_label(u), u)
        self.floors = QSpinBox(self)
        self.floors.setObjectName("propFloors")
        self.floors.setRange(1, 300)
        self.floors.setKeyboardTracking(False)
        self.height_m = QDoubleSpinBox(self)
        self.height_m.setObjectName("propHeight")
        self.height_m.setRange(0.5, 1000.0)
        self.height_m.setDecimals(2)
        self.height_m.setSingleStep(0.5)
        self.height_m.setSuffix(" m")
        self.height_m.setKeyboardTracking(False)
        self.storey = QLabel(self)
        self.storey.setObjectName("propStorey")
        self.area = QLabel(self)
        self.area.setObjectName("propArea")
        self.demolish_button = QPushButton(self.tr("Demolish in this scheme"), self)
        self.demolish_button.setObjectName("propDemolish")
        self.demolish_button.clicked.connect(lambda _=False: self._run(self.session.demolish))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Use"), self.use)
        form.addRow(self.tr("Floors"), self.floors)
        form.addRow(self.tr("Height"), self.height_m)
        form.addRow(self.tr("Storey height"), self.storey)
        form.addRow(self.tr("Footprint"), self.area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.demolish_button)
        layout.addStretch(1)
        self.name.editingFinished.connect(self._commit_name)
        self.use.lineEdit().editingFinished.connect(self._commit_use)
        self.use.activated.connect(lambda _i: self._commit_use())
        self.floors.editingFinished.connect(self._commit_floors)
        self.height_m.editingFinished.connect(self._commit_height)
        for kind in ("selection", "buildings", "scheme", "project"):
            session.on(kind, lambda _ev: self.refresh())
        self.refresh()

    # -- what is selected ------------------------------------------------------------
    def selected_new(self) -> list:
        sc = self.session.active_scheme
        if sc is None:
            return []
        return [sc.buildings[i] for i in sorted(self.session.selection) if i in sc.buildings]

    def _selected_context(self) -> list:
        p = self.session.project
        if p is None:
            return []
        ctx = set(p.context.ids())
        return [p.context.by_id(i) for i in sorted(self.session.selection) if i in ctx]

    def refresh(self) -> None:
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False

    def _fill(self) -> None:
        new, ctx = self.selected_new(), self._selected_context()
        editable = bool(new)
        for w in (self.name, self.use, self.floors, self.height_m):
            w.setEnabled(editable)
        self.name.setEnabled(len(new) == 1)
        self.demolish_button.setVisible(bool(ctx) and not new)
        shown = new or ctx
        blank = not shown
        for spin in (self.floors, self.height_m):
            spin.setMinimum(0 if blank else (1 if spin is self.floors else 0.5))
            spin.setSpecialValueText("\u2013" if blank else "")
        if blank:
            self.header.setText(self.tr("Select a building of the scheme to edit it, or draw a new one (B)."))
            self.floors.setValue(0)
            self.height_m.setValue(0)
            self.use.setEditText("")
            self.name.clear()
            self.area.setText("-")
            self.storey.setText("-")
            return
        b = shown[0]
        if new:
            self.header.setText(self.tr("<b>{name}</b> (new in this scheme)").format(name=b.display_name) if len(new) == 1
                                else self.tr("<b>{n} new buildings</b>: changes apply to all").format(n=len(new)))
        else:
            self.header.setText(self.tr("<b>{name}</b>: a status-quo building (read-only). Demolish it to replace it.")
                                .format(name=b.display_name))
        self.name.setText(b.name if len(shown) == 1 else "")
        self.use.setEditText(use_label(b.use))
        self.floors.setValue(int(b.floors or 1))
        self.height_m.setValue(float(b.height))
        self.storey.setText(self.tr("{h} m").format(h=f"{b.floor_height:g}"))
        self.area.setText(self.tr("{a} m\u00b2").format(a=f"{sum(x.footprint2d.area for x in shown):,.0f}"))

    # -- commits ---------------------------------------------------------------------
    def _run(self, fn, *args) -> bool:
        if run_edit(self, fn, *args):
            return True
        self.refresh()
        return False

    def _commit_floors(self) -> None:
        new = self.selected_new()
        v = self.floors.value()
        if not self._filling and new and any(b.floors != v for b in new):
            self._run(self.session.set_floors, v)

    def _commit_height(self) -> None:
        new = self.selected_new()
        v = round(self.height_m.value(), 2)
        if not self._filling and new and any(abs(b.height - v) > 0.005 for b in new):
            self._run(self.session.set_height, v)

    def _commit_use(self) -> None:
        new = self.selected_new()
        v = use_code(self.use.currentText())
        if not self._filling and new and any(b.use != v for b in new):
            self._run(self.session.set_use, v)

    def _commit_name(self) -> None:
        new = self.selected_new()
        v = self.name.text().strip()
        if not self._filling and len(new) == 1 and new[0].name != v:
            self._run(self.session.rename_building, new[0].id, v)
