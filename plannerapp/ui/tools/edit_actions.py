"""Edit actions and tool switching for scheme editing.

=====================  ============================================
Ctrl+Z                 undo
Ctrl+Shift+Z, Ctrl+Y   redo
B                      draw a new building (Enter finishes, Esc cancels)
Del                    delete the selected new buildings
Ctrl+D                 duplicate them (5 m east, 5 m south)
Ctrl+M                 move by typed offsets
Ctrl+R                 rotate by a typed angle
Shift+Del              demolish the selected status-quo buildings
=====================  ============================================

Every action runs a Session method, i.e. a command on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from plannerapp.errors import InputError
from plannerapp.ui.panels.history import select_touched
from plannerapp.ui.tools.dialogs import MoveDialog, RotateDialog
from plannerapp.ui.tools.draw import DrawTool
from plannerapp.ui.tools.input import ViewportInput
from plannerapp.ui.tools.select import SelectTool


class EditActions(QObject):
    def __init__(self, controller):
        super().__init__(controller)
        self.ctl = controller
        w = controller.window
        self.window = w
        s = controller.session
        self.tools = {"select": SelectTool(controller), "draw": DrawTool(controller)}
        self.input = ViewportInput(w.viewport.interactor)
        tr = self.tr
        self.undo = self._action(tr("&Undo"), self._undo, ["Ctrl+Z"], None, "actionUndo")
        self.redo = self._action(tr("&Redo"), self._redo, ["Ctrl+Shift+Z", "Ctrl+Y"], None, "actionRedo")
        self.select_tool = self._action(tr("&Select / move"), lambda: self.set_tool("select"), ["S"],
                                        tr("Click to select, Shift+click to add, Ctrl+drag for a box, "
                                           "drag a selected new building to move it"), "actionSelectTool")
        self.draw_tool = self._action(tr("&Draw building"), lambda: self.set_tool("draw"), ["B"],
                                      tr("Click footprint corners on the ground; Enter finishes"), "actionDrawTool")
        group = QActionGroup(self)
        for a in (self.select_tool, self.draw_tool):
            a.setCheckable(True)
            group.addAction(a)
        self.select_tool.setChecked(True)
        self.delete = self._action(tr("&Delete"), lambda: self._run(s.delete_selection), ["Del"],
                                   tr("Delete the selected new buildings"), "actionDelete")
        self.duplicate = self._action(tr("D&uplicate"), lambda: self._run(s.duplicate_selection), ["Ctrl+D"],
                                      tr("Copy the selected new buildings 5 m east and 5 m south"), "actionDuplicate")
        self.move = self._action(tr("&Move by\u2026"), self.move_dialog, ["Ctrl+M"],
                                 tr("Move the selected new buildings by typed offsets"), "actionMoveBy")
        self.rotate = self._action(tr("R&otate\u2026"), self.rotate_dialog, ["Ctrl+R"],
                                   tr("Rotate the selected new buildings about their centroids"), "actionRotate")
        self.demolish = self._action(tr("De&molish in scheme"), lambda: self._run(s.demolish), ["Shift+Del"],
                                     tr("Remove the selected status-quo buildings in this scheme"), "actionDemolish")
        self.restore = self._action(tr("Res&tore demolished\u2026"), self.restore_dialog, [],
                                    tr("Bring back status-quo buildings demolished in this scheme"), "actionRestore")
        edit = w.menu("edit")
        first = edit.actions()[0] if edit.actions() else None
        for a in (self.undo, self.redo):
            edit.insertAction(first, a)
        edit.insertSeparator(first)
        for a in (self.select_tool, self.draw_tool, None, self.move, self.rotate, self.duplicate, self.delete, None,
                  self.demolish, self.restore, None):
            if a is None:
                edit.insertSeparator(first)
            else:
                edit.insertAction(first, a)
        tb = w.toolbar
        tb.addSeparator()
        for a in (self.undo, self.redo, self.select_tool, self.draw_tool):
            tb.addAction(a)
        s.on("history", lambda _ev: self.update_actions())
        s.on("selection", lambda _ev: self.update_actions())
        s.on("scheme", lambda _ev: self.update_actions())
        s.on("project", lambda _ev: self.update_actions())
        s.on("buildings", self._on_buildings)
        self.input.set_tool(self.tools["select"])
        w.viewport.buildingPicked.connect(self._on_picked)
        self.update_actions()

    def _action(self, text, slot, keys, tip, name) -> QAction:
        a = QAction(text, self.window)
        a.setObjectName(name)
        if keys:
            a.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(lambda checked=False: slot())
        self.window.addAction(a)
        return a

    # -- tools -----------------------------------------------------------------------
    @property
    def tool(self):
        return self.input.tool

    def set_tool(self, name: str) -> None:
        tool = self.tools[name]
        if self.input.tool is not tool:
            self.input.set_tool(tool)
        (self.draw_tool if name == "draw" else self.select_tool).setChecked(True)

    def shutdown(self) -> None:
        self.input.set_tool(None)

    def _on_buildings(self, _ev) -> None:
        if self.tool is self.tools["draw"]:
            self.tools["draw"].rebuild_targets()

    def _on_picked(self, bid) -> None:
        """A click in the select tool (the viewer picked *bid*): plain, Shift or Ctrl click."""
        mods = self.input.take_click()
        s = self.ctl.session
        if s.project is None:
            return
        if mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
            if bid:
                s.select([bid], "toggle")
        else:
            s.select([bid] if bid else [])
        self.window.select(sorted(s.selection))

    # -- enabling --------------------------------------------------------------------
    def update_actions(self) -> None:
        s = self.ctl.session
        st = s.stack
        self.undo.setEnabled(bool(st and st.can_undo))
        self.redo.setEnabled(bool(st and st.can_redo))
        self.undo.setText(self.tr("&Undo {label}").format(label=st.undo_label) if st and st.can_undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo {label}").format(label=st.redo_label) if st and st.can_redo else self.tr("&Redo"))
        sc = s.active_scheme
        new = [i for i in s.selection if sc is not None and i in sc.buildings]
        ctx = set(s.project.context.ids()) if s.project is not None else set()
        if sc is not None:
            ctx -= sc.demolish
        for a in (self.delete, self.duplicate, self.move, self.rotate):
            a.setEnabled(bool(new))
        self.demolish.setEnabled(any(i in ctx for i in s.selection))
        self.restore.setEnabled(bool(sc is not None and sc.demolish))
        self.draw_tool.setEnabled(s.project is not None)

    def context_menu(self, global_pos, exec_menu: bool = True):
        """The 3D view's right-click menu (enabled actions for the selection); returns the QMenu."""
        self.update_actions()
        menu = QMenu(self.window)
        menu.setObjectName("viewportContextMenu")
        groups = [(self.demolish, self.restore), (self.move, self.rotate, self.duplicate, self.delete),
                  (self.draw_tool,)]
        for group in groups:
            shown = [a for a in group if a.isEnabled()]
            if shown and menu.actions():
                menu.addSeparator()
            for a in shown:
                menu.addAction(a)
        if exec_menu and menu.actions():
            menu.exec(global_pos)
        return menu

    # -- slots -----------------------------------------------------------------------
    def _run(self, fn, *args):
        try:
            return fn(*args)
        except InputError as exc:
            self.ctl.report(exc)
            return None

    def _undo(self) -> None:
        if self.tool is self.tools["draw"] and self.tools["draw"].points:
            self.tools["draw"].remove_last()   # while drawing, Ctrl+Z takes back a point
            return
        cmd = self._run(self.ctl.session.undo)
        select_touched(self.ctl.session, cmd)
        if cmd is not None:
            self.ctl.status(self.tr("Undid: {label}").format(label=cmd.label), 3000)

    def _redo(self) -> None:
        cmd = self._run(self.ctl.session.redo)
        select_touched(self.ctl.session, cmd)
        if cmd is not None:
            self.ctl.status(self.tr("Redid: {label}").format(label=cmd.label), 3000)

    def move_dialog(self) -> None:
        n = len(self.ctl.session.selection)
        d = MoveDialog(self.window, n)
        if d.exec() == QDialog.DialogCode.Accepted:
            dx, dy = d.values()
            if dx or dy:
                self._run(self.ctl.session.move_selection, dx, dy)

    def rotate_dialog(self) -> None:
        d = RotateDialog(self.window, len(self.ctl.session.selection))
        if d.exec() == QDialog.DialogCode.Accepted and d.value():
            self._run(self.ctl.session.rotate_selection, d.value())

    def restore_dialog(self) -> None:
        s = self.ctl.session
        sc = s.active_scheme
        if sc is None or not sc.demolish:
            return
        ids = sorted(sc.demolish)
        all_text = self.tr("All {n} demolished buildings").format(n=len(ids))
        item, ok = QInputDialog.getItem(self.window, self.tr("Restore demolished building"),
                                        self.tr("Bring back:"), [all_text] + ids, 0, False)
        if ok:
            self._run(s.restore, ids if item == all_text else [item])
