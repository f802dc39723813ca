"""The Analysis dock: solar and heat analyses of the active scheme, run on a worker thread.

Choose an analysis (:data:`plannerapp.ui.analysis_tasks.KINDS`), a solar
preset (its day, window, time base, step, spacing and cut-offs fill the
fields), date, time window, step and sample settings, then Run (F5).  The
core function runs on a :class:`~plannerapp.ui.analysis_runner.TaskRunner`
thread with a progress bar; Cancel (or Esc while running) stops it within a
second; a new run cancels the previous one.  Results come back as arrays
and are drawn on the GUI thread by :class:`plannerapp.scene.results_layer.ResultsLayer`
(coloured squares + legend), with a histogram in the panel; clicking a
result square shows its value in the status bar and a tooltip.  Export CSV
(world coordinates) and PNG of the view.  Shadows at an instant: the
:class:`~plannerapp.ui.panels.shadow_slider.ShadowControls` below.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QTimeEdit,
                               QVBoxLayout, QWidget)

from plannerapp.errors import InputError
from plannerapp.scene.results_layer import ResultsLayer
from plannerapp.ui.analysis_runner import TaskRunner
from plannerapp.ui.analysis_tasks import KINDS, SUN_KINDS, AnalysisSettings, make_task
from plannerapp.ui.errors import show_error
from plannerapp.ui.panels.analysis_results import AnalysisResultsMixin
from plannerapp.ui.panels.histogram import HistogramWidget
from plannerapp.ui.panels.worker_dock import add_worker_dock, show_progress

BUILDING_KINDS = ("sun_facades", "sun_windows", "irr_roofs", "irr_facades")


class EscCancels(QObject):
    """While installed on the application, Esc cancels *runner* instead of reaching the window's shortcuts."""

    def __init__(self, runner, parent=None):
        super().__init__(parent)
        self.runner = runner

    def eventFilter(self, obj, ev):  # noqa: N802 - Qt override
        if ev.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and ev.key() == Qt.Key.Key_Escape \
                and self.runner.is_busy():
            self.runner.cancel()
            ev.accept()
            return True
        return False


class AnalysisPanel(AnalysisResultsMixin, QWidget):
    """Signals: ``resultShown(AnalysisOutput)`` once a result is drawn."""

    resultShown = Signal(object)

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.setObjectName("analysisPanel")
        self.window = window
        self.session = window.session
        self.runner = TaskRunner(self, "plannerapp-analysis")
        self.results = ResultsLayer(window.viewport.plotter)
        self.output = None
        self._saved_colour = None
        self._esc = EscCancels(self.runner, self)
        self._build_ui()
        self._make_actions()
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.busyChanged.connect(self._on_busy)
        self.session.on("changed", self._on_session)
        self._click = None
        iren = window.viewport.interactor.iren
        if iren is not None:
            iren.add_observer("LeftButtonPressEvent", self._on_press)
            iren.add_observer("LeftButtonReleaseEvent", self._on_release)
        self._on_kind()

    # -- widgets ---------------------------------------------------------------------
    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        box = QGroupBox(self.tr("Analysis"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        self.kind.setObjectName("analysisKind")
        for key, (label, _unit, _fam) in KINDS.items():
            self.kind.addItem(self.tr(label), key)
        self.kind.currentIndexChanged.connect(self._on_kind)
        form.addRow(self.tr("Analysis"), self.kind)
        self.preset = QComboBox()
        self.preset.setObjectName("analysisPreset")
        self.preset.addItem(self.tr("Custom (plain geometry)"), None)
        from plannerapp.analysis.profiles import list_profiles
        from plannerapp.i18n.terms import profile_name

        self._profiles = {p.id: p for p in list_profiles()}
        for p in self._profiles.values():
            self.preset.addItem(profile_name(p.name), p.id)  # translated (i18n/terms.py)
            self.preset.setItemData(self.preset.count() - 1, p.source, Qt.ItemDataRole.ToolTipRole)
        self.preset.currentIndexChanged.connect(self._on_preset)
        form.addRow(self.tr("Preset"), self.preset)
        self.date = QDateEdit(QDate(dt.date.today().year, 3, 21))
        self.date.setObjectName("analysisDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Date"), self.date)
        row = QHBoxLayout()
        self.start = QTimeEdit(QTime(8, 0))
        self.end = QTimeEdit(QTime(16, 0))
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        self.start.setObjectName("analysisStart")
        self.end.setObjectName("analysisEnd")
        row.addWidget(self.start)
        row.addWidget(QLabel("\u2013"))
        row.addWidget(self.end)
        form.addRow(self.tr("Time window"), row)
        self.time_base = QComboBox()
        self.time_base.setObjectName("analysisTimeBase")
        self.time_base.addItem(self.tr("Local clock time"), "clock")
        self.time_base.addItem(self.tr("True solar time"), "solar")
        form.addRow(self.tr("Time base"), self.time_base)
        self.step = self._spin(10.0, 0.5, 60.0, 1, self.tr(" min"), "analysisStep")
        form.addRow(self.tr("Time step"), self.step)
        self.spacing = self._spin(2.0, 0.25, 50.0, 2, self.tr(" m"), "analysisSpacing")
        form.addRow(self.tr("Point spacing"), self.spacing)
        self.height = self._spin(1.5, 0.0, 50.0, 2, self.tr(" m"), "analysisHeight")
        self.height.setToolTip(self.tr("Height of ground-grid points above the ground"))
        form.addRow(self.tr("Grid height"), self.height)
        row = QHBoxLayout()
        self.margin = self._spin(40.0, 0.0, 1000.0, 0, self.tr(" m"), "analysisMargin")
        self.margin.setToolTip(self.tr("Grids cover the project's parcels grown by this margin"))
        self.whole_city = QCheckBox(self.tr("whole city"))
        self.whole_city.setObjectName("analysisWholeCity")
        row.addWidget(self.margin)
        row.addWidget(self.whole_city)
        form.addRow(self.tr("Area: parcels +"), row)
        self.buildings = QComboBox()
        self.buildings.setObjectName("analysisBuildings")
        self.buildings.addItem(self.tr("Selected, else new buildings"), "auto")
        self.buildings.addItem(self.tr("New buildings of the scheme"), "new")
        self.buildings.addItem(self.tr("All buildings"), "all")
        form.addRow(self.tr("Buildings"), self.buildings)
        for combo in (self.kind, self.preset, self.time_base, self.buildings):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lay.addWidget(box)

        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run (F5)"))
        self.run_button.setObjectName("runAnalysis")
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("cancelAnalysis")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        lay.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setObjectName("analysisProgress")
        self.progress.setRange(0, 1000)
        self.progress.hide()
        lay.addWidget(self.progress)

        box = QGroupBox(self.tr("Result"))
        v = QVBoxLayout(box)
        self.summary = QLabel(self.tr("No result yet."))
        self.summary.setObjectName("analysisSummary")
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        self.histogram = HistogramWidget()
        v.addWidget(self.histogram)
        self.picked = QLabel()
        self.picked.setObjectName("analysisPicked")
        self.picked.setWordWrap(True)
        v.addWidget(self.picked)
        row = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Export CSV\u2026"))
        self.csv_button.setObjectName("exportAnalysisCsv")
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.png_button = QPushButton(self.tr("Save view PNG\u2026"))
        self.png_button.setObjectName("exportAnalysisPng")
        self.png_button.clicked.connect(self.export_png_dialog)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearAnalysis")
        self.clear_button.clicked.connect(self.clear_results)
        for b in (self.csv_button, self.png_button, self.clear_button):
            b.setEnabled(False)
            row.addWidget(b)
        v.addLayout(row)
        lay.addWidget(box)

        from plannerapp.ui.panels.shadow_slider import ShadowControls

        self.shadows = ShadowControls(self)
        lay.addWidget(self.shadows)
        lay.addStretch(1)

    @staticmethod
    def _spin(value, lo, hi, decimals, suffix, name) -> QDoubleSpinBox:
        s = QDoubleSpinBox()
        s.setRange(lo, hi)
        s.setDecimals(decimals)
        s.setValue(value)
        s.setSuffix(suffix)
        s.setObjectName(name)
        return s

    def _make_actions(self) -> None:
        w = self.window
        self.run_action = QAction(self.tr("&Run analysis"), w)
        self.run_action.setObjectName("actionRunAnalysis")
        self.run_action.setShortcut(QKeySequence("F5"))
        self.run_action.setStatusTip(self.tr("Run the analysis chosen in the Analysis panel"))
        self.run_action.triggered.connect(lambda: self.run())
        w.add_action("analysis", self.run_action)
        self.cancel_action = QAction(self.tr("&Cancel analysis"), w)
        self.cancel_action.setObjectName("actionCancelAnalysis")
        self.cancel_action.setStatusTip(self.tr("Stop the running analysis (Esc)"))
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(lambda: self.cancel())
        w.add_action("analysis", self.cancel_action)

    # -- settings --------------------------------------------------------------------
    def kind_key(self) -> str:
        return self.kind.currentData()

    def _on_kind(self, *_args) -> None:
        k = self.kind_key()
        sun = k in SUN_KINDS
        for wdg in (self.preset, self.start, self.end, self.time_base, self.step):
            wdg.setEnabled(sun)
        self.date.setEnabled(sun or k.startswith("heat"))
        fam = KINDS[k][2]
        self.height.setEnabled(fam == "grid" and k in SUN_KINDS)
        self.margin.setEnabled(fam == "grid")
        self.whole_city.setEnabled(fam == "grid")
        self.buildings.setEnabled(k in BUILDING_KINDS)

    def _on_preset(self, *_args) -> None:
        pid = self.preset.currentData()
        if not pid:
            return
        p = self._profiles[pid]
        d = p.date(self.date.date().year())
        self.date.setDate(QDate(d.year, d.month, d.day))
        h0, h1 = (QTime.fromString(t if t != "24:00" else "23:59", "HH:mm") for t in p.window)
        self.start.setTime(h0)
        self.end.setTime(h1)
        self.time_base.setCurrentIndex(max(0, self.time_base.findData(p.time_base)))
        self.step.setValue(float(p.step_min))
        self.spacing.setValue(float(p.spacing_m))
        if p.receptor == "ground_grid":
            self.height.setValue(max(float(p.ground_height_m), 0.05))
            self.kind.setCurrentIndex(self.kind.findData("sun_grid"))
        elif self.kind_key() == "sun_grid":
            self.kind.setCurrentIndex(self.kind.findData("sun_windows"))

    def _building_ids(self) -> list[str] | None:
        mode = self.buildings.currentData()
        scheme = self.session.active_scheme
        if mode == "all":
            return None
        if mode == "auto" and self.session.selection:
            return sorted(self.session.selection)
        if scheme is not None and scheme.buildings:
            return list(scheme.buildings)
        return None

    def settings(self) -> AnalysisSettings:
        """The panel's fields as :class:`AnalysisSettings`."""
        qd = self.date.date()
        end = self.end.time().toString("HH:mm")
        return AnalysisSettings(
            kind=self.kind_key(), day=dt.date(qd.year(), qd.month(), qd.day()),
            start=self.start.time().toString("HH:mm"), end="24:00" if end == "23:59" else end,
            time_base=self.time_base.currentData(), step_min=self.step.value(), spacing_m=self.spacing.value(),
            height_m=self.height.value(), margin_m=self.margin.value(), whole_city=self.whole_city.isChecked(),
            preset=self.preset.currentData(), building_ids=self._building_ids())

    def city(self):
        c = self.session.city_for_display()
        return c if c is not None else self.window.city

    # -- running ---------------------------------------------------------------------
    def run(self) -> bool:
        """Start the chosen analysis (cancelling a running one); False when there is no city."""
        city = self.city()
        if city is None or not city.buildings:
            self.window.status.showMessage(self.tr("Open a city or a project first"), 5000)
            return False
        s = self.settings()
        task = make_task(s.kind, city, self.session.project, self.session.active_scheme, s)
        self.last_settings = s
        self.runner.start(task, s.kind)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Starting\u2026"))
        self.window.status.showMessage(self.tr("Running: {name}").format(name=self.kind.currentText()), 4000)
        return True

    def cancel(self) -> None:
        self.runner.cancel()

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.cancel_action.setEnabled(busy)
        app = QApplication.instance()
        if busy:
            app.installEventFilter(self._esc)
        else:
            app.removeEventFilter(self._esc)

    def _on_progress(self, fraction: float, text: str) -> None:
        show_progress(self.progress, fraction, text)

    def _on_cancelled(self, _tag) -> None:
        self.window.status.showMessage(self.tr("Analysis cancelled"), 5000)

    def _on_failed(self, _tag, exc) -> None:
        self.window.status.showMessage(self.tr("Analysis failed"), 5000)
        show_error(self.window, exc if isinstance(exc, InputError) else exc)

    def _on_finished(self, _tag, output) -> None:
        output.elapsed_s = self.runner.last_duration_s
        self.show_output(output)
        self.window.status.showMessage(self.tr("{name}: {n} points in {s:.1f} s").format(
            name=self.tr(output.title), n=len(output.values), s=output.elapsed_s), 8000)

    def shutdown(self) -> None:
        QApplication.instance().removeEventFilter(self._esc)
        self.shadows.shutdown()
        self.runner.shutdown()


def install_analysis_panel(window) -> AnalysisPanel:
    """Add the Analysis dock (left, tabbed with Review when present) to *window*."""
    panel = AnalysisPanel(window)
    window.analysis_panel = panel
    add_worker_dock(window, panel, panel.tr("Analysis"), "analysisDock")
    review = getattr(window, "review_panel", None)
    if review is not None and getattr(review, "dock", None) is not None:
        window.tabifyDockWidget(review.dock, panel.dock)
        review.dock.raise_()
    from plannerapp.ui.batch_dialog import install_batch_action  # Analysis > City batch... (issue 11)

    install_batch_action(window)
    return panel


__all__ = ["AnalysisPanel", "install_analysis_panel"]
