"""Session events -> the 3D view, the window title and the selection (Qt side of the Session).

* ``project`` (opened, recovered, closed): the whole city is shown again,
  the camera reset when it is another project; after a save only the title
  changes.
* ``scheme`` (another active scheme): the city is shown again, camera kept.
* ``buildings``: only the touched buildings are re-meshed
  (:func:`plannerapp.scene.scheme_layer.apply_building_changes`); an
  undo/redo in another scheme first switches to that scheme.
* ``selection``: highlight + attributes; picks and Esc in the viewer flow
  back into the Session.
* ``dirty``/``schemes``: the title (``*`` while unsaved, active scheme name).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from plannerapp.scene.scheme_layer import apply_building_changes


class ViewSync(QObject):
    def __init__(self, controller):
        super().__init__(controller)
        self.ctl = controller
        self.window = controller.window
        self.session = controller.session
        self.shown_project = None
        #: set while the viewer's freshly loaded city becomes an untitled project (no second merge)
        self.adopting = False
        #: set while saving (the Session reports "project" then, nothing to re-show)
        self.saving = False
        self.session.on("changed", self._on_session)
        self.window.selectionChanged.connect(self._on_window_selection)

    def _on_session(self, ev) -> None:
        k = ev.kind
        if k == "project":
            if self.adopting:                            # the city the viewer shows already
                self.shown_project = self.session.project
            elif not self.saving:                         # opened, recovered or closed
                new = self.session.project is not self.shown_project
                self.shown_project = self.session.project
                self.show_city(reset_camera=new)
            self.update_title()
        elif k == "scheme":
            self.show_city(reset_camera=False)
            self.update_title()
        elif k == "buildings":
            self._on_buildings(ev)
        elif k == "selection":
            self.window.select(sorted(self.session.selection))
        elif k in ("dirty", "schemes"):
            self.update_title()

    def show_city(self, reset_camera: bool = False) -> None:
        """Show the active scheme's built city (the whole layer is rebuilt)."""
        w = self.window
        city = self.session.city_for_display()
        if city is None:
            return
        if reset_camera or w.city is None:
            w.set_city(city)
        else:
            w.city = city
            w.viewport.view.set_city(city, reset_camera=False)
            w.colour_by.update_for_city(city)
            self._update_counts()
            w.cityChanged.emit(city)
        w.select(sorted(self.session.selection))

    def _on_buildings(self, ev) -> None:
        s = self.session
        if ev.scheme_id != s.active_scheme_id:
            if ev.scheme_id is not None and any(sc.id == ev.scheme_id for sc in s.project.schemes):
                s.set_active_scheme(ev.scheme_id)  # show where an undo/redo happened
            return
        view = self.window.viewport.view
        apply_building_changes(view, s.city_for_display(), ev.building_ids | ev.green_ids)
        self.window.city = view.city
        self._update_counts()
        self.window.attributes.show_building(self._first_selected())

    def _first_selected(self):
        ids = sorted(self.session.selection)
        city = self.window.city
        for i in ids:
            try:
                return city.by_id(i)
            except KeyError:
                continue
        return None

    def _update_counts(self) -> None:
        w = self.window
        w.status.set_counts(len(w.city.buildings), w.viewport.view.layer.n_triangles())

    def update_title(self) -> None:
        s, w = self.session, self.window
        has = s.project is not None
        self.ctl.save_action.setEnabled(has)
        self.ctl.save_as_action.setEnabled(has)
        if not has:
            return
        scheme = s.active_scheme.display_name if s.active_scheme else self.tr("status quo")
        w.setWindowTitle(self.tr("{name}[*] \u2013 {scheme} \u2013 plannerapp").format(name=s.project.name, scheme=scheme))
        w.setWindowModified(s.dirty)

    # -- selection coming from the viewer (picks, Esc) -------------------------------
    def _on_window_selection(self, ids) -> None:
        if self.ctl.edit.input.click_pending or self.session.project is None:
            return
        if set(ids) != set(self.session.selection):
            self.session.select(ids)

