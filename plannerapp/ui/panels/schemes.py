"""Schemes dock: the status quo and every design scheme; add, duplicate, rename, delete, switch.

Clicking a row makes that scheme the active one (the 3D view shows its
built city).  Names are edited in place (double-click, F2 or Rename); every
change is a command on the session's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from plannerapp.ui.panels.session_edit import run_edit

STATUS_QUO = "status-quo"
ID_ROLE = Qt.ItemDataRole.UserRole


class SchemesPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("schemesPanel")
        self.session = session
        self.confirm_delete = True
        self._filling = False
        self.list = QListWidget(self)
        self.list.setObjectName("schemesList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemChanged.connect(self._on_item_changed)
        self.info = QLabel(self)
        self.info.setObjectName("schemeInfo")
        self.info.setWordWrap(True)
        self.add_button = self._button(self.tr("Add"), self.tr("Add an empty scheme"), self.add_scheme, "addScheme")
        self.duplicate_button = self._button(self.tr("Duplicate"), self.tr("Copy the selected scheme"),
                                             self.duplicate_scheme, "duplicateScheme")
        self.rename_button = self._button(self.tr("Rename"), self.tr("Rename the selected scheme (F2)"),
                                          self.rename_scheme, "renameScheme")
        self.delete_button = self._button(self.tr("Delete"), self.tr("Delete the selected scheme (undoable)"),
                                          self.delete_scheme, "deleteScheme")
        row = QGridLayout()
        row.setSpacing(4)
        for k, b in enumerate((self.add_button, self.duplicate_button, self.rename_button, self.delete_button)):
            row.addWidget(b, k // 2, k % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.info)
        session.on("changed", self._on_session)
        self.refresh()

    def _button(self, text, tip, slot, name) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.clicked.connect(lambda _=False: slot())
        return b

    # -- state -----------------------------------------------------------------------
    def _on_session(self, ev) -> None:
        if ev.kind in ("project", "scheme", "schemes") or (ev.kind == "buildings" and ev.scheme_id == self.session.active_scheme_id):
            self.refresh()

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def refresh(self) -> None:
        s = self.session
        self._filling = True
        try:
            self.list.clear()
            p = s.project
            if p is not None:
                sq = QListWidgetItem(self.tr("Status quo"))
                sq.setData(ID_ROLE, STATUS_QUO)
                f = sq.font()
                f.setItalic(True)
                sq.setFont(f)
                sq.setToolTip(self.tr("The existing city ({n} buildings); not editable").format(n=len(p.context.buildings)))
                self.list.addItem(sq)
                for sc in p.schemes:
                    it = QListWidgetItem(sc.display_name)
                    it.setData(ID_ROLE, sc.id)
                    it.setFlags(it.flags() | Qt.ItemFlag.ItemIsEditable)
                    it.setToolTip(self._summary(sc))
                    self.list.addItem(it)
                active = s.active_scheme_id or STATUS_QUO
                for i in range(self.list.count()):
                    it = self.list.item(i)
                    if it.data(ID_ROLE) == active:
                        f = QFont(it.font())
                        f.setBold(True)
                        it.setFont(f)
                        self.list.setCurrentItem(it)
        finally:
            self._filling = False
        self._update_info()

    def _summary(self, sc) -> str:
        text = self.tr("{new} new building(s), {gone} demolished, {green} green area(s)").format(
            new=len(sc.buildings), gone=len(sc.demolish), green=len(sc.greens))
        return (sc.description + "\n" + text) if sc.description else text

    def _update_info(self) -> None:
        s = self.session
        sc = s.active_scheme
        on_scheme = sc is not None
        for b in (self.duplicate_button, self.rename_button, self.delete_button):
            b.setEnabled(on_scheme)
        self.add_button.setEnabled(s.project is not None)
        if s.project is None:
            self.info.setText(self.tr("Open a project to manage its schemes."))
        elif sc is None:
            self.info.setText(self.tr("Showing the status quo. Add a scheme (or start drawing) to design."))
        else:
            self.info.setText(self._summary(sc))

    def current_id(self) -> str | None:
        it = self.list.currentItem()
        return None if it is None else it.data(ID_ROLE)

    # -- user actions ----------------------------------------------------------------
    def _on_current(self, item, _previous) -> None:
        if self._filling or item is None:
            return
        key = item.data(ID_ROLE)
        self._run(self.session.set_active_scheme, None if key == STATUS_QUO else key)

    def _on_item_changed(self, item) -> None:
        if self._filling:
            return
        sid = item.data(ID_ROLE)
        if sid == STATUS_QUO:
            return
        sc = next((x for x in self.session.project.schemes if x.id == sid), None)
        if sc is None or item.text().strip() == sc.display_name:
            return
        if not self._run(self.session.rename_scheme, sid, item.text()):
            self.refresh()

    def _run(self, fn, *args) -> bool:
        return run_edit(self, fn, *args)

    def _item_of(self, sid):
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == sid:
                return self.list.item(i)
        return None

    def add_scheme(self, name: str | None = None) -> str | None:
        """Add a scheme (``Scheme N`` when no name) and start editing its name in place."""
        if self.session.project is None:
            return None
        n = len(self.session.project.schemes) + 1
        taken = {x.name.lower() for x in self.session.project.schemes}
        while name is None:
            cand = self.tr("Scheme {n}").format(n=n)
            name = cand if cand.lower() not in taken else None
            n += 1
        result = []
        if not self._run(lambda: result.append(self.session.add_scheme(name))):
            return None
        self._edit(result[0])
        return result[0]

    def duplicate_scheme(self) -> str | None:
        sid = self.session.active_scheme_id
        if sid is None:
            return None
        new = self.session.duplicate_scheme(sid)
        self._edit(new)
        return new

    def rename_scheme(self) -> None:
        self._edit(self.session.active_scheme_id)

    def _edit(self, sid) -> None:
        it = self._item_of(sid)
        if it is not None:
            self.list.setCurrentItem(it)
            self.list.setFocus()
            self.list.editItem(it)

    def delete_scheme(self) -> bool:
        sc = self.session.active_scheme
        if sc is None:
            return False
        if self.confirm_delete:
            answer = QMessageBox.question(self, self.tr("Delete scheme"),
                                          self.tr("Delete the scheme {name}? (Edit > Undo brings it back.)").format(
                                              name=sc.display_name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._run(self.session.delete_scheme, sc.id)
