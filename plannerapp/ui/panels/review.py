"""The Review dock: the active scheme checked against the control plan, live.

Reads the same :class:`~plannerapp.rules.finding.Finding` records as the CLI
and the HTML report (``plannerapp.rules.review.review_scheme``); adds no
business logic.

* Tree: parcel -> rule (value / limit / margin / result, coloured) -> the
  buildings a failed check names.  Clicking a check selects and frames its
  buildings; clicking a building row selects just that one.
* Live: session edits restart a 200 ms timer; then the fast rules
  (``sunlight_rules=False``, well under 0.4 s on the GUI thread) run again.
  The sunlight rules (10-50 s) run only on "Run sunlight check" (F6), on a
  worker thread with progress and Cancel; until then, and after every edit,
  they show "not evaluated".
* 3D: failing new buildings red, affected existing buildings pale red, parcel
  outlines, setback lines and height-limit planes
  (:class:`plannerapp.scene.control_overlays.ReviewOverlay`), each toggled
  by a checkable action (View > Review overlays).
* Export HTML report: the report module with off-screen views
  (:func:`plannerapp.scene.review_overlay.review_views_for`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
                               QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from plannerapp.errors import InputError
from plannerapp.report.review_html import fmt_value
from plannerapp.rules.review import review_scheme
from plannerapp.rules.titles import rule_title, unit_label
from plannerapp.scene.control_overlays import ReviewOverlay
from plannerapp.ui.analysis_runner import TaskRunner
from plannerapp.ui.errors import show_error
from plannerapp.ui.panels.review_report import ReviewReportMixin
from plannerapp.ui.panels.worker_dock import add_worker_dock, show_progress

DEBOUNCE_MS = 200
PASS_COLOUR, FAIL_COLOUR, NA_COLOUR = "#2e7d32", "#c62828", "#757575"
IDS_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 4  # check, value / limit, margin, result (icon; the word in its tooltip and ROW_ROLE)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2   # (value text, limit text, margin text, result text)


def _dot(colour: str) -> QIcon:
    pm = QPixmap(14, 14)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(QColor(colour).darker(130))
    p.drawEllipse(1, 1, 12, 12)
    p.end()
    return QIcon(pm)


class ReviewPanel(ReviewReportMixin, QWidget):
    """Signals: ``reviewUpdated(review)`` after every (fast or full) review shown."""

    reviewUpdated = Signal(object)

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.setObjectName("reviewPanel")
        self.window = window
        self.session = window.session
        self.review = None            # the Review shown
        self._full = None             # (scheme_id, revision, Review) of the last sunlight check
        self._revision = 0            # bumps on every building edit
        self.runner = TaskRunner(self, "plannerapp-review")
        self.overlay = ReviewOverlay(window.viewport.plotter, window.viewport.view.layer.mesh)
        self._icons = {True: _dot(PASS_COLOUR), False: _dot(FAIL_COLOUR), None: _dot(NA_COLOUR)}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._build_ui()
        self._make_actions()
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_sun_finished)
        self.runner.failed.connect(self._on_sun_failed)
        self.runner.cancelled.connect(lambda _tag: self._set_busy(False, self.tr("Sunlight check cancelled")))
        self.session.on("changed", self._on_session)
        self.refresh()

    # -- widgets ---------------------------------------------------------------------
    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        self.title.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("reviewVerdict")
        self.verdict.setWordWrap(True)
        lay.addWidget(self.title)
        lay.addWidget(self.verdict)
        row = QHBoxLayout()
        self.sun_button = QPushButton(self.tr("Run sunlight check"))
        self.sun_button.setObjectName("runSunlightCheck")
        self.sun_button.setToolTip(self.tr("Evaluate the sunlight rules (slow: 10-50 s) on a worker thread (F6)"))
        self.sun_button.clicked.connect(self.run_sunlight_check)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelSunlightCheck")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export HTML\u2026"))
        self.export_button.setObjectName("exportReviewHtml")
        self.export_button.setToolTip(self.tr("Write a signable HTML report of this review"))
        self.export_button.clicked.connect(self.export_html_dialog)
        for b in (self.sun_button, self.cancel_button, self.export_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setObjectName("reviewProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.hide()
        lay.addWidget(self.progress)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([self.tr("Check"), self.tr("Value / limit"), self.tr("Margin"), ""])
        self.tree.headerItem().setToolTip(COLUMNS - 1, self.tr("Result: green pass, red fail, grey not evaluated"))
        self.tree.setIndentation(14)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        hdr = self.tree.header()
        hdr.setStretchLastSection(False)
        hdr.setMinimumSectionSize(36)
        hdr.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        for c, sample in ((1, "00.00 / 00.00 m"), (2, "-00.00"), (3, "")):
            hdr.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            hdr.resizeSection(c, fm.horizontalAdvance(sample) + (26 if c == 3 else 14))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setWordWrap(False)
        self.tree.itemClicked.connect(self._on_item_clicked)
        lay.addWidget(self.tree, 1)
        self.toggles = QHBoxLayout()
        lay.addLayout(self.toggles)
        self.hint = QLabel()
        self.hint.setObjectName("reviewHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        lay.addWidget(self.hint)

    def _make_actions(self) -> None:
        w = self.window
        self.run_action = QAction(self.tr("Run &sunlight check"), w)
        self.run_action.setObjectName("actionRunSunlightCheck")
        self.run_action.setShortcut(QKeySequence("F6"))
        self.run_action.triggered.connect(lambda: self.run_sunlight_check())
        w.add_action("analysis", self.run_action)
        self.export_action = QAction(self.tr("Export review &report (HTML)\u2026"), w)
        self.export_action.setObjectName("actionExportReview")
        self.export_action.triggered.connect(lambda: self.export_html_dialog())
        w.add_action("analysis", self.export_action)
        sub = w.menu("view").addMenu(self.tr("Review overlays"))
        sub.setObjectName("menu_review_overlays")
        self.toggle_actions = {}
        for key, text, tip in (
                ("failing", self.tr("Failing buildings"), self.tr("Colour buildings named by a failed check red (pale red: existing buildings affected)")),
                ("parcels", self.tr("Parcels"), self.tr("Parcel outlines: red when a check failed")),
                ("setbacks", self.tr("Setback lines"), self.tr("The parcel shrunk by its setback")),
                ("heights", self.tr("Height limits"), self.tr("A translucent plane at each parcel's height limit"))):
            a = QAction(text, w)
            a.setObjectName(f"actionReviewShow_{key}")
            a.setCheckable(True)
            a.setChecked(self.overlay.visible[key])
            a.setToolTip(tip)
            a.toggled.connect(lambda on, k=key: self.show_overlay(k, on))
            sub.addAction(a)
            btn = QToolButton()
            btn.setDefaultAction(a)
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.toggles.addWidget(btn)
            self.toggle_actions[key] = a
        self.toggles.addStretch(1)

    # -- live updates ----------------------------------------------------------------
    def _on_session(self, ev) -> None:
        if ev.kind == "buildings":
            self._revision += 1
        if ev.kind in ("project", "scheme", "schemes", "buildings"):
            self._timer.start()

    def refresh(self) -> None:
        """Re-run the fast review of the active scheme now (the debounce timer calls this)."""
        self._timer.stop()
        s = self.session
        project, scheme = s.project, s.active_scheme
        if project is None:
            return self._show(None, self.tr("Open a project to review its schemes."))
        if scheme is None:
            return self._show(None, self.tr("The status quo is shown: choose a scheme to review it."))
        if not project.controls.parcels:
            return self._show(None, self.tr("This project has no control plan (controls.geojson): nothing to check."))
        full = self._full
        if full is not None and full[0] == scheme.id and full[1] == self._revision:
            return self._show(full[2])
        try:
            review = review_scheme(project, scheme, sunlight_rules=False)
        except InputError as exc:
            return self._show(None, "; ".join(exc.problems))
        self._show(review)

    # -- showing ---------------------------------------------------------------------
    def _item(self, parent, texts, passed, ids, kind) -> QTreeWidgetItem:
        """A row from (title, value, limit, margin, result) texts."""
        title, value, limit, margin, result = (str(t) for t in texts)
        both = f"{value} / {limit}" if value and limit else value or limit
        unit = limit.rsplit(" ", 1)[-1] if " " in limit else ""
        if unit and value.endswith(" " + unit) and not unit[0].isdigit():   # "54.00 / 45.00 m"
            both = f"{value[:-len(unit) - 1]} / {limit}"
        it = QTreeWidgetItem(parent, [title, both, margin, ""])
        it.setData(0, ROW_ROLE, (value, limit, margin, result))
        for c, t in enumerate((title, both, margin)):
            if t:
                it.setToolTip(c, t)
        it.setData(0, IDS_ROLE, list(ids))
        it.setData(0, KIND_ROLE, kind)
        if result:
            it.setIcon(COLUMNS - 1, self._icons[passed])
            it.setToolTip(COLUMNS - 1, result)
            it.setData(COLUMNS - 1, Qt.ItemDataRole.AccessibleTextRole, result)
        if passed is False and kind == "rule":
            for c in (1, 2):
                it.setForeground(c, QBrush(QColor(FAIL_COLOUR)))
        for c in (1, 2):
            it.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return it

    @staticmethod
    def row_texts(item) -> tuple[str, str, str, str]:
        """``(value, limit, margin, result)`` texts of a tree row (shown, and in its tooltips)."""
        return tuple(item.data(0, ROW_ROLE) or ("", "", "", ""))

    def result_text(self, passed) -> str:
        return {True: self.tr("Pass"), False: self.tr("Fail"), None: self.tr("Not evaluated")}[passed]

    def _show(self, review, message: str = "") -> None:
        self.review = review
        self.tree.clear()
        self.sun_button.setEnabled(review is not None and not self.runner.is_busy())
        self.export_button.setEnabled(review is not None)
        self.export_action.setEnabled(review is not None)
        self.run_action.setEnabled(review is not None)
        if review is None:
            self.title.setText(self.tr("<b>Review</b>"))
            self.verdict.setText(message)
            self.verdict.setStyleSheet("")
            self.hint.setText("")
            self.overlay.set_failing([])
            self.overlay.set_parcels([])
            self.window.viewport.render()
            self.reviewUpdated.emit(None)
            return
        self.title.setText(self.tr("<b>Review of {scheme}</b> (rule profile {profile})").format(
            scheme=review.scheme_name, profile=review.profile.name))
        deferred = [f for f in review.not_evaluated if f.details.get("deferred")]
        n_checks = len(review.findings)
        if review.passed:
            text = self.tr("PASSED: {n} checks, none failed").format(n=n_checks)
            colour = PASS_COLOUR
        else:
            text = self.tr("FAILED: {k} of {n} checks failed").format(k=len(review.failed), n=n_checks)
            colour = FAIL_COLOUR
        if review.not_evaluated:
            text += self.tr(" \u2013 {m} not evaluated").format(m=len(review.not_evaluated))
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.hint.setText(self.tr("The sunlight rules are evaluated only on \u201cRun sunlight check\u201d (F6); "
                                  "every edit makes them \u201cnot evaluated\u201d again.")
                          if deferred else "")
        for pr in review.parcels:
            p = pr.parcel
            name = p.name or p.id
            pit = self._item(self.tree, [self.tr("Parcel {name} ({area} m\u00b2)").format(
                name=name, area=fmt_value(p.area_m2, "m2")), "", "", "", self.result_text(pr.passed)],
                pr.passed, [i for f in pr.findings if f.passed is False for i in f.element_ids], "parcel")
            font = pit.font(0)
            font.setBold(True)
            pit.setFont(0, font)
            for f in pr.findings:
                unit = unit_label(f.unit)
                margin = "" if f.margin is None else fmt_value(f.margin, f.unit)
                rit = self._item(pit, [rule_title(f.rule),
                                       (fmt_value(f.value, f.unit) + (" " + unit if unit and f.value is not None else "")),
                                       (fmt_value(f.limit, f.unit) + (" " + unit if unit and f.limit is not None else "")),
                                       margin, self.result_text(f.passed)], f.passed, f.element_ids, "rule")
                rit.setData(1, IDS_ROLE, f.rule)
                rit.setToolTip(0, f.message or f.reason)
                rit.setToolTip(COLUMNS - 1, self.result_text(f.passed) + ": " + (f.reason or f.message))
                if f.passed is False:
                    for bid, bname in zip(f.element_ids, f.element_names or f.element_ids):
                        label = bname if bname == bid else f"{bname} ({bid})"
                        bit = self._item(rit, [label, "", "", "", ""], False, [bid], "building")
                        bit.setForeground(0, QBrush(QColor(FAIL_COLOUR)))
            pit.setExpanded(True)
        self._update_overlay(review)
        self.reviewUpdated.emit(review)

    def _update_overlay(self, review) -> None:
        site = review.site
        new = {b.id for b, is_new in zip(site.buildings, site.is_new) if is_new} if site is not None else set()
        failing = review.failing_building_ids()
        layer = self.window.viewport.view.layer
        self.overlay.ground_z = float(layer.mesh.polydata.bounds[4]) if layer.mesh.polydata.n_points else 0.0
        self.overlay.failing_ids, self.overlay.affected_ids = [], []
        self.overlay.parcels = [(pr.parcel.id, pr.parcel.polygon, pr.parcel.controls, not pr.passed)
                                for pr in review.parcels]
        self.overlay.set_failing(sorted(failing & new), sorted(failing - new))
        self.window.viewport.render()

    def show_overlay(self, key: str, on: bool) -> None:
        self.overlay.show(**{key: on})
        self.window.viewport.render()

    # -- rows -> selection -----------------------------------------------------------
    def rule_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            p = self.tree.topLevelItem(i)
            out.extend(p.child(k) for k in range(p.childCount()))
        return out

    def _on_item_clicked(self, item, _column=0) -> None:
        ids = list(item.data(0, IDS_ROLE) or [])
        if not ids:
            return
        if self.session.project is not None:
            self.session.select(ids)
        else:
            self.window.select(ids)
        self.window.viewport.frame_selection()
        self.window.status.showMessage(self.tr("Selected {n} building(s) named by the check").format(n=len(ids)), 5000)

    # -- sunlight on demand ----------------------------------------------------------
    def run_sunlight_check(self) -> bool:
        """Start the full review (with the sunlight rules) on the worker; False when nothing to review."""
        s = self.session
        if self.review is None or s.active_scheme is None:
            return False
        project, scheme = s.project, s.active_scheme.copy()   # a snapshot: edits may go on meanwhile
        key = f"{scheme.id}\n{self._revision}"

        def task(progress, cancelled):
            return review_scheme(project, scheme, progress=progress, cancelled=cancelled)

        self.runner.start(task, key)
        self._set_busy(True, self.tr("Checking sunlight\u2026"))
        return True

    def cancel(self) -> None:
        self.runner.cancel()

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.progress.setFormat(message or "%p%")
        self.cancel_button.setEnabled(busy)
        self.sun_button.setEnabled(not busy and self.review is not None)
        if message:
            self.window.status.showMessage(message, 5000)

    def _on_progress(self, fraction: float, text: str) -> None:
        show_progress(self.progress, fraction, text)

    def _on_sun_finished(self, tag: str, review) -> None:
        sid, rev = tag.split("\n")
        self._set_busy(False)
        s = self.session
        if s.active_scheme is None or s.active_scheme.id != sid or int(rev) != self._revision:
            self.window.status.showMessage(self.tr("The scheme changed during the sunlight check: run it again"), 8000)
            return
        self._full = (sid, int(rev), review)
        self._show(review)
        self.window.status.showMessage(self.tr("Sunlight check done in {s:.1f} s").format(
            s=self.runner.last_duration_s), 8000)

    def _on_sun_failed(self, _tag: str, exc) -> None:
        self._set_busy(False, self.tr("Sunlight check failed"))
        show_error(self.window, exc if isinstance(exc, InputError) else exc)

    def shutdown(self) -> None:
        self._timer.stop()
        self.runner.shutdown()


def install_review_panel(window) -> ReviewPanel:
    """Add the Review dock (left column) to *window*; returns the panel."""
    panel = ReviewPanel(window)
    window.review_panel = panel
    add_worker_dock(window, panel, panel.tr("Review"), "reviewDock")
    return panel


__all__ = ["ReviewPanel", "install_review_panel"]
