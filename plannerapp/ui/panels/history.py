"""History dock: the undo stack as a list; clicking an entry undoes or redoes to it.

Row 0 is the state the project was opened in; row *k* is the state after
the first *k* commands.  Rows past the current state (redo-able) are greyed.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from plannerapp.errors import InputError


def select_touched(session, command) -> None:
    """After an undo/redo of *command*: select the new buildings of the active scheme it touched."""
    sc = session.active_scheme
    if command is None or sc is None:
        return
    session.select([i for i in command.change.building_ids if i in sc.buildings])


class HistoryPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.session = session
        self._filling = False
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._on_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        session.on("history", lambda _ev: self.refresh())
        session.on("project", lambda _ev: self.refresh())
        self.refresh()

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def refresh(self) -> None:
        stack = self.session.stack
        self._filling = True
        try:
            self.list.clear()
            if stack is None:
                return
            first = QListWidgetItem(self.tr("Opened project"))
            f = first.font()
            f.setItalic(True)
            first.setFont(f)
            self.list.addItem(first)
            grey = QBrush(QColor("#9a9a9a"))
            for i, label in enumerate(stack.labels(), start=1):
                it = QListWidgetItem(label)
                if i > stack.index:
                    it.setForeground(grey)
                    it.setToolTip(self.tr("Undone: click to redo up to here"))
                self.list.addItem(it)
            self.list.setCurrentRow(stack.index)
            self.list.scrollToItem(self.list.currentItem(), QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._filling = False

    def _on_row(self, row: int) -> None:
        if self._filling or row < 0:
            return
        self.go_to(row)

    def go_to(self, index: int) -> None:
        """Undo or redo until *index* commands are applied."""
        stack = self.session.stack
        if stack is None:
            return
        index = max(0, min(index, len(stack)))
        last = None
        try:
            while stack.index > index and (cmd := self.session.undo()) is not None:
                last = cmd
            while stack.index < index and (cmd := self.session.redo()) is not None:
                last = cmd
            select_touched(self.session, last)
        except InputError as exc:
            win = self.window()
            if hasattr(win, "status"):
                win.status.showMessage(exc.problems[0], 8000)
        self.refresh()


