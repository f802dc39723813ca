"""The comparison window: 2-4 schemes side by side, linked cameras, table, charts, export.

Layout: scheme picker and settings on the left; the linked views
(:class:`~plannerapp.ui.compare.linked_views.LinkedViews`) with "colour by
result", "differences against" and a before/after slider on top; the
metrics table and the charts in tabs below.  The table is computed by
:func:`plannerapp.report.compare_metrics.compare_schemes` on a
:class:`~plannerapp.ui.analysis_runner.TaskRunner` (progress per scheme,
cancel); results are cached per scheme by content, so after an edit only
the edited scheme is analysed again (the window listens to the session and
re-runs 800 ms after the last edit).  Export: HTML report (table, charts,
one view per scheme from the linked camera), CSV, charts as PNG/SVG.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QProgressBar, QPushButton,
                               QSlider, QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget)

from plannerapp.report.charts import SCHEME_COLOURS
from plannerapp.report.compare_metrics import compare_schemes
from plannerapp.ui.analysis_runner import TaskRunner
from plannerapp.ui.compare.charts import ChartsWidget
from plannerapp.ui.compare.linked_views import LinkedViews
from plannerapp.ui.compare.table import ComparisonTableWidget
from plannerapp.ui.errors import show_error

MAX_SCHEMES = 4
LAYER_KEYS = ("ground_shadow", "facade_hours", "window_hours", "roof_insolation", "svf", "tmrt_max")


def _forget_dummy_thread() -> None:
    """Drop the ``threading._DummyThread`` Python 3.11 registers for this QThread when the ray
    casting starts its thread pool from it (3.12 drops it by itself when the thread ends)."""
    import threading

    ident = threading.get_ident()
    t = threading._active.get(ident)  # noqa: SLF001 - no public API for this in 3.11
    if isinstance(t, threading._DummyThread):  # noqa: SLF001
        with threading._active_limbo_lock:  # noqa: SLF001
            threading._active.pop(ident, None)  # noqa: SLF001


class CompareWindow(QMainWindow):
    """Compare schemes of ``session.project`` (see module docstring)."""

    def __init__(self, session, parent=None, scheme_ids=None):
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("Compare schemes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.session = session
        self.project = session.project
        self.table = None
        self.views: LinkedViews | None = None
        self.runner = TaskRunner(self, "plannerapp-compare")
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(lambda _t: self._set_busy(False))
        self._rerun = QTimer(self, singleShot=True, interval=800, timeout=self.run)
        self._build_ui()
        ids = scheme_ids or [s.id for s in self.project.schemes][:MAX_SCHEMES]
        for i in range(self.list.count()):
            it = self.list.item(i)
            it.setCheckState(Qt.CheckState.Checked if it.data(Qt.ItemDataRole.UserRole) in ids
                             else Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(self._on_pick_changed)
        self._listener = session.on("changed", self._on_session)
        self.resize(1500, 980)
        self._rebuild_views()

    # -- layout ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        tb = QToolBar(self.tr("Comparison"), self)
        tb.setObjectName("compareToolbar")
        self.addToolBar(tb)
        self.export_html_action = QAction(self.tr("Export &report (HTML)\u2026"), self)
        self.export_html_action.triggered.connect(self.export_html_dialog)
        self.export_csv_action = QAction(self.tr("Export table (&CSV)\u2026"), self)
        self.export_csv_action.triggered.connect(self.export_csv_dialog)
        self.export_charts_action = QAction(self.tr("Export c&harts\u2026"), self)
        self.export_charts_action.triggered.connect(self.export_charts_dialog)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence("Ctrl+W"))
        close.triggered.connect(self.close)
        self.addAction(close)
        for a in (self.export_html_action, self.export_csv_action, self.export_charts_action):
            a.setEnabled(False)
            tb.addAction(a)

        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.addWidget(QLabel(self.tr("<b>Schemes</b> (2 to 4)"), side))
        self.list = QListWidget(side)
        self.list.setObjectName("compareSchemeList")
        for s in self.project.schemes:
            it = QListWidgetItem(s.display_name)
            it.setData(Qt.ItemDataRole.UserRole, s.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(it)
        sl.addWidget(self.list, 1)
        form = QFormLayout()
        self.mode = QComboBox(side)
        self.mode.addItem(self.tr("Quick (10 min steps, coarse grids)"), True)
        self.mode.addItem(self.tr("Full (rule's time step, fine grids; slow)"), False)
        form.addRow(self.tr("Settings:"), self.mode)
        self.shadow_hours = QDoubleSpinBox(side)
        self.shadow_hours.setRange(0.5, 12.0)
        self.shadow_hours.setSingleStep(0.5)
        self.shadow_hours.setValue(4.0)
        self.shadow_hours.setSuffix(" h")
        form.addRow(self.tr("Shadow longer than:"), self.shadow_hours)
        self.status_quo = QCheckBox(self.tr("Status quo column"), side)
        self.status_quo.setChecked(True)
        form.addRow(self.status_quo)
        sl.addLayout(form)
        self.run_button = QPushButton(self.tr("&Compute table"), side)
        self.run_button.setObjectName("compareRun")
        self.run_button.clicked.connect(self.run)
        sl.addWidget(self.run_button)
        self.cancel_button = QPushButton(self.tr("Cancel"), side)
        self.cancel_button.clicked.connect(lambda: self.runner.cancel())
        self.cancel_button.setEnabled(False)
        sl.addWidget(self.cancel_button)
        self.progress = QProgressBar(side)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        sl.addWidget(self.progress)
        self.progress_text = QLabel("", side)
        self.progress_text.setWordWrap(True)
        sl.addWidget(self.progress_text)
        side.setMaximumWidth(300)

        centre = QWidget(self)
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(2, 2, 2, 2)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Colour by:"), centre))
        self.colour_by = QComboBox(centre)
        self.colour_by.setObjectName("compareColourBy")
        self.colour_by.addItem(self.tr("Buildings only"), "")
        self.colour_by.currentIndexChanged.connect(self._show_layer)
        bar.addWidget(self.colour_by)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Differences against:"), centre))
        self.diff = QComboBox(centre)
        self.diff.setObjectName("compareDiff")
        self.diff.currentIndexChanged.connect(self._apply_diff)
        bar.addWidget(self.diff)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Before"), centre))
        self.blend = QSlider(Qt.Orientation.Horizontal, centre)
        self.blend.setObjectName("compareBlend")
        self.blend.setRange(0, 100)
        self.blend.setValue(100)
        self.blend.setMaximumWidth(160)
        self.blend.setToolTip(self.tr("Before (status quo) / after (the scheme)"))
        self.blend.valueChanged.connect(lambda v: self.views and self.views.set_blend(v / 100.0))
        bar.addWidget(self.blend)
        bar.addWidget(QLabel(self.tr("After"), centre))
        bar.addStretch(1)
        reset = QPushButton(self.tr("Reset view"), centre)
        reset.clicked.connect(lambda: self.views and self.views.reset_camera())
        bar.addWidget(reset)
        cl.addLayout(bar)
        self.legend = QLabel("", centre)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        cl.addWidget(self.legend)
        self.split = QSplitter(Qt.Orientation.Vertical, centre)
        self.views_holder = QWidget(self.split)
        self.views_layout = QVBoxLayout(self.views_holder)
        self.views_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self.split)
        self.table_widget = ComparisonTableWidget(self.tabs)
        self.charts = ChartsWidget(self.tabs)
        self.tabs.addTab(self.table_widget, self.tr("Table"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.settings_label = QLabel("", self.tabs)
        self.settings_label.setWordWrap(True)
        self.split.addWidget(self.views_holder)
        self.split.addWidget(self.tabs)
        self.split.setSizes([560, 380])
        cl.addWidget(self.split, 1)
        cl.addWidget(self.settings_label)

        main = QSplitter(self)
        main.addWidget(side)
        main.addWidget(centre)
        main.setStretchFactor(1, 1)
        self.setCentralWidget(main)
        self._update_legend()

    # -- schemes and views -----------------------------------------------------------
    def picked_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _on_pick_changed(self, item) -> None:
        ids = self.picked_ids()
        if len(ids) > MAX_SCHEMES:
            self.list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.blockSignals(False)
            self.statusBar().showMessage(self.tr("At most {n} schemes side by side").format(n=MAX_SCHEMES), 4000)
            return
        self._rebuild_views()

    def _schemes(self):
        return [self.project.scheme(i) for i in self.picked_ids()]

    def _rebuild_views(self) -> None:
        if self.views is not None:
            self.views.close_views()
            self.views.setParent(None)
            self.views.deleteLater()
            self.views = None
        schemes = self._schemes()
        self.diff.blockSignals(True)
        self.diff.clear()
        self.diff.addItem(self.tr("Off"), None)
        self.diff.addItem(self.tr("Status quo"), "status-quo")
        for s in schemes:
            self.diff.addItem(s.display_name, s.id)
        self.diff.blockSignals(False)
        if len(schemes) < 2:
            self.run_button.setEnabled(False)
            return
        self.run_button.setEnabled(not self.runner.is_busy())
        colours = [SCHEME_COLOURS[k % len(SCHEME_COLOURS)] for k in range(len(schemes))]
        self.views = LinkedViews(self.project, schemes, [s.display_name for s in schemes], colours, self.views_holder)
        self.views_layout.addWidget(self.views)
        self.views.set_blend(self.blend.value() / 100.0)
        QTimer.singleShot(0, self.views.reset_camera)
        self._show_layer()

    # -- computing -------------------------------------------------------------------
    def run(self) -> None:
        ids = self.picked_ids()
        if len(ids) < 2:
            return
        project, quick = self.project, bool(self.mode.currentData())
        hours, sq = float(self.shadow_hours.value()), self.status_quo.isChecked()

        def task(progress, cancelled):
            try:
                return compare_schemes(project, ids, quick=quick, shadow_hours=hours, include_status_quo=sq,
                                       progress=progress, cancelled=cancelled)
            finally:
                _forget_dummy_thread()
        self._set_busy(True)
        self.runner.start(task, "compare")

    def _set_busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy and len(self.picked_ids()) >= 2)
        self.cancel_button.setEnabled(busy)
        if not busy:
            self.progress_text.setText("")

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress_text.setText(text)

    def _on_failed(self, _tag, exc) -> None:
        self._set_busy(False)
        show_error(self, exc)

    def _on_finished(self, _tag, table) -> None:
        self._set_busy(False)
        self.progress.setValue(1000)
        self.set_table(table)

    def set_table(self, table) -> None:
        from plannerapp.report.charts import column_colours
        from plannerapp.report.compare_metrics import settings_lines

        self.table = table
        self.table_widget.set_table(table, column_colours(table))
        self.charts.set_table(table)
        self.settings_label.setText(" \u00b7 ".join(f"{k}: {v}" for k, v in settings_lines(table)))
        key = self.colour_by.currentData()
        self.colour_by.blockSignals(True)
        self.colour_by.clear()
        self.colour_by.addItem(self.tr("Buildings only"), "")
        first = next(iter(table.layers.values()), {})
        for k in LAYER_KEYS:
            if k in first:
                unit = first[k].unit
                self.colour_by.addItem(first[k].title + (f" ({unit})" if unit else ""), k)
        self.colour_by.setCurrentIndex(max(0, self.colour_by.findData(key)))
        self.colour_by.blockSignals(False)
        for a in (self.export_html_action, self.export_csv_action, self.export_charts_action):
            a.setEnabled(True)
        self._show_layer()

    def _show_layer(self, *_a) -> None:
        if self.views is None:
            return
        from plannerapp.scene.compare_views import shared_clim

        key = self.colour_by.currentData() if self.table is not None else ""
        if not key:
            self.views.show_results([None] * len(self.views.views), None, None)
            return
        layers = [self.table.layers.get(v.scheme.id, {}).get(key) if v.scheme is not None else None
                  for v in self.views.views]
        present = [lay for lay in layers if lay is not None]
        if not present:
            return
        clim = shared_clim(present)
        short = present[0].short or present[0].title
        title = short + (f" ({present[0].unit})" if present[0].unit else "")
        self.views.show_results(layers, clim, title)

    def _apply_diff(self, *_a) -> None:
        if self.views is None:
            return
        key = self.diff.currentData()
        ref = None if key in (None, "status-quo") else self.project.scheme(key)
        self.views.set_diff(key is not None, ref)
        self._update_legend()

    def _update_legend(self) -> None:
        from plannerapp.scene.compare_views import DIFF_COLOURS, KEPT_COLOUR, NEW_COLOUR

        def sw(colour, text):
            return f'<span style="color:{colour}">\u25a0</span>&nbsp;{text}&nbsp;&nbsp; '
        if self.diff.currentData() is None:
            html = sw(KEPT_COLOUR, self.tr("existing")) + sw(NEW_COLOUR, self.tr("new buildings"))
        else:
            names = {"added": self.tr("added"), "taller": self.tr("taller"), "lower": self.tr("lower"),
                     "changed": self.tr("footprint or use changed"), "removed": self.tr("removed"),
                     "same": self.tr("unchanged")}
            html = "".join(sw(DIFF_COLOURS[k], v) for k, v in names.items())
        self.legend.setText(html + sw("#c0392b", self.tr("parcel")))

    # -- session edits -----------------------------------------------------------------
    def _on_session(self, ev) -> None:
        if ev.kind == "project":
            if self.session.project is not self.project:
                self.close()
            return
        if ev.kind not in ("buildings", "schemes"):
            return
        if ev.kind == "schemes":
            known = {s.id for s in self.project.schemes}
            if any(i not in known for i in self.picked_ids()):
                self.close()
                return
        if self.views is not None:
            for k, v in enumerate(self.views.views):
                if v.scheme is not None and (ev.scheme_id in (None, v.scheme.id)):
                    self.views.set_scheme(k, self.project.scheme(v.scheme.id))
        if self.table is not None:
            self._rerun.start()

    # -- export ----------------------------------------------------------------------
    def _ask(self, title: str, suffix: str, filt: str) -> str | None:
        start = os.path.join(self.project.root or os.getcwd(), f"comparison.{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, title, start, filt)
        return path or None

    def screenshots(self) -> list:
        """``[(column id, caption, png)]``: every column from the linked camera, rendered off screen."""
        from plannerapp.scene.compare_views import render_scheme_views

        cols = self.table.columns
        schemes = [None if c.is_status_quo else self.project.scheme(c.id) for c in cols]
        cam = self.views.camera_state() if self.views is not None else None
        shots = render_scheme_views(self.project, schemes, camera=cam, titles=[c.name for c in cols])
        names = {c.id: c.name for c in cols}
        return [(cid, names[cid], png) for cid, png in shots]

    def export_html(self, path: str) -> str:
        from plannerapp.report.compare_html import write_comparison_html

        try:
            shots = self.screenshots()
        except Exception as exc:  # noqa: BLE001 - no OpenGL off screen: a report without views
            self.statusBar().showMessage(self.tr("Views not rendered: {error}").format(error=exc), 8000)
            shots = []
        return write_comparison_html(self.table, path, screenshots=shots)

    def export_html_dialog(self) -> None:
        path = self._ask(self.tr("Export comparison report"), "html", self.tr("HTML report (*.html)"))
        if path:
            try:
                self.export_html(path)
                self.statusBar().showMessage(self.tr("Report written to {path}").format(path=path), 6000)
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)

    def export_csv_dialog(self) -> None:
        from plannerapp.report.compare_html import write_comparison_csv

        path = self._ask(self.tr("Export comparison table"), "csv", self.tr("CSV table (*.csv)"))
        if path:
            write_comparison_csv(self.table, path)
            self.statusBar().showMessage(self.tr("Table written to {path}").format(path=path), 6000)

    def export_charts_dialog(self) -> None:
        path = self._ask(self.tr("Export charts"), "png", self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        stem, ext = os.path.splitext(path)
        ext = ext if ext.lower() in (".png", ".svg") else ".png"
        self.charts.save(f"{stem}-{self.charts.metric.currentData()}{ext}", f"{stem}-overview{ext}")
        self.statusBar().showMessage(self.tr("Charts written next to {path}").format(path=path), 6000)

    def closeEvent(self, event):  # noqa: N802 - Qt override
        self._rerun.stop()
        self.runner.shutdown()
        self.session.off("changed", self._listener)
        if self.views is not None:
            self.views.close_views()
        super().closeEvent(event)


def open_compare_window(window) -> CompareWindow | None:
    """Open (or raise) the comparison for the main *window*'s session (menu action)."""
    session = getattr(window, "session", None)
    if session is None or session.project is None or len(session.project.schemes) < 2:
        QMessageBox.information(window, window.tr("Compare schemes"),
                                window.tr("Open a project with at least two schemes to compare them."))
        return None
    old = getattr(window, "compare_window", None)
    if old is not None and old.isVisible() and old.project is session.project:
        old.raise_()
        old.activateWindow()
        return old
    w = CompareWindow(session, window)
    w.setWindowFlag(Qt.WindowType.Window, True)
    window.compare_window = w
    w.show()
    return w
