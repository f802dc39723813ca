"""The "City batch" dialog (Analysis > City batch...): a whole-city run in the background.

Wraps :func:`plannerapp.batch.runner.run_batch` (see docs/batch.md) on a
:class:`~plannerapp.ui.analysis_runner.TaskRunner` worker: PV potential of
every roof (``IrradianceJob``) or the window sunlight audit
(``SunhoursJob``); on a local Dask cluster (worker processes, or 0 = in this
process) or an existing scheduler (``tcp://HOST:PORT``, remembered in
``Settings.dask_scheduler``).  Shows tiles done, buildings done and the ETA,
cancels cleanly (whole tiles are kept; "Resume" continues), and when done
colours the city's buildings by ``pv_kwh_year`` or ``share_pass`` from
``buildings.geojson`` with a legend (:class:`plannerapp.scene.batch_layer.BatchLayer`);
clicking a building then shows its figures.  Non-modal: the window stays usable.
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from plannerapp.errors import InputError
from plannerapp.scene.batch_layer import BatchLayer
from plannerapp.ui.analysis_runner import TaskRunner
from plannerapp.ui.errors import show_error

KEYS = {"irradiance": "pv_kwh_year", "sunhours": "share_pass"}


class _Log(QObject):
    line = Signal(str)   # emitted on the worker thread, delivered queued on the GUI thread


class BatchDialog(QDialog):
    """Signals: ``resultShown(path, n_matched)`` once buildings.geojson is drawn."""

    resultShown = Signal(str, int)

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("City batch run"))
        self.window = window
        self.runner = TaskRunner(self, "plannerapp-batch")
        self.layer = BatchLayer(window.viewport.plotter, window.viewport.view.layer.mesh)
        self.result_props: dict[str, dict] = {}
        self._saved_colour = None
        self._log = _Log(self)
        self._log.line.connect(lambda t: self.log.appendPlainText(t))
        self._build_ui()
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(lambda _t: self._done(self.tr("Cancelled: whole tiles are kept; tick Resume to continue.")))
        self.runner.busyChanged.connect(self._on_busy)
        window.viewport.buildingPicked.connect(self._on_picked)

    # -- widgets ---------------------------------------------------------------------
    def _path_row(self, edit: QLineEdit, slot) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit, 1)
        b = QPushButton(self.tr("Browse\u2026"))
        b.clicked.connect(slot)
        h.addWidget(b)
        return w

    def _build_ui(self) -> None:
        s = self.window.settings
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.analysis = QComboBox()
        self.analysis.setObjectName("batchAnalysis")
        self.analysis.addItem(self.tr("PV potential of every roof (annual irradiance)"), "irradiance")
        self.analysis.addItem(self.tr("Window sunlight audit of residential buildings"), "sunhours")
        self.analysis.currentIndexChanged.connect(self._on_analysis)
        form.addRow(self.tr("Analysis"), self.analysis)
        self.city = QLineEdit(self._default_city())
        self.city.setObjectName("batchCity")
        form.addRow(self.tr("City file"), self._path_row(self.city, self._browse_city))
        self.out = QLineEdit()
        self.out.setObjectName("batchOut")
        form.addRow(self.tr("Output folder"), self._path_row(self.out, self._browse_out))
        self.weather = QLineEdit()
        self.weather.setObjectName("batchWeather")
        self.weather_row = self._path_row(self.weather, self._browse_weather)
        form.addRow(self.tr("Weather file (EPW/TMY3)"), self.weather_row)
        self.spacing = QDoubleSpinBox()
        self.spacing.setRange(0.25, 20.0)
        self.spacing.setValue(1.0)
        self.spacing.setSuffix(self.tr(" m"))
        form.addRow(self.tr("Roof point spacing"), self.spacing)
        self.profile = QComboBox()
        self.profile.setObjectName("batchProfile")
        from plannerapp.analysis.profiles import list_profiles
        from plannerapp.i18n.terms import profile_name

        for p in list_profiles():
            if p.receptor == "window_sill":
                self.profile.addItem(profile_name(p.name), p.id)
        form.addRow(self.tr("Sunlight standard"), self.profile)
        self.step = QDoubleSpinBox()
        self.step.setObjectName("batchStep")
        self.step.setRange(0.0, 60.0)
        self.step.setSpecialValueText(self.tr("profile's"))
        self.step.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Time step"), self.step)
        self.all_residential = QCheckBox(self.tr("Treat every building as residential (data without a use)"))
        self.all_residential.setObjectName("batchAllResidential")
        form.addRow("", self.all_residential)
        self.scheduler = QLineEdit(s.dask_scheduler)
        self.scheduler.setObjectName("batchScheduler")
        self.scheduler.setPlaceholderText(self.tr("empty = a local cluster on this computer; or tcp://HOST:8786"))
        form.addRow(self.tr("Dask scheduler"), self.scheduler)
        self.workers = QSpinBox()
        self.workers.setObjectName("batchWorkers")
        self.workers.setRange(-1, 256)
        self.workers.setValue(-1)
        self.workers.setSpecialValueText(self.tr("one per core"))
        self.workers.setToolTip(self.tr("Local worker processes; 0 runs the tiles in this process (no Dask)"))
        form.addRow(self.tr("Local workers"), self.workers)
        self.tile = QDoubleSpinBox()
        self.tile.setRange(-1.0, 100000.0)
        self.tile.setValue(-1.0)
        self.tile.setSpecialValueText(self.tr("automatic"))
        self.tile.setSuffix(self.tr(" m"))
        form.addRow(self.tr("Tile size"), self.tile)
        self.resume = QCheckBox(self.tr("Resume the run in the output folder"))
        self.resume.setObjectName("batchResume")
        form.addRow("", self.resume)
        lay.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setObjectName("batchProgress")
        self.progress.setRange(0, 1000)
        lay.addWidget(self.progress)
        self.status = QLabel(self.tr("Not started."))
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(500)
        self.log.setFixedHeight(90)
        lay.addWidget(self.log)
        self.figures = QLabel()
        self.figures.setObjectName("batchFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.figures)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.setObjectName("batchStart")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = buttons.addButton(self.tr("Cancel run"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setObjectName("batchCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.runner.cancel())
        self.open_button = buttons.addButton(self.tr("Show result\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setToolTip(self.tr("Colour the buildings by a finished run's buildings.geojson"))
        self.open_button.clicked.connect(self._browse_result)
        self.clear_button = buttons.addButton(self.tr("Clear result"), QDialogButtonBox.ButtonRole.ActionRole)
        self.clear_button.setObjectName("batchClear")
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(lambda: self.clear_result())
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.hide)
        lay.addWidget(buttons)
        self._on_analysis()
        self.resize(620, 0)

    def _default_city(self) -> str:
        proj = getattr(getattr(self.window, "session", None), "project", None)
        if proj is not None and getattr(proj, "context_path", ""):
            return proj.context_path
        return self.window.current_path or ""

    def _on_analysis(self, *_a) -> None:
        irr = self.analysis.currentData() == "irradiance"
        for w in (self.weather, self.weather_row, self.spacing):
            w.setEnabled(irr)
        for w in (self.profile, self.step, self.all_residential):
            w.setEnabled(not irr)

    def _browse_city(self) -> None:
        p, _ = QFileDialog.getOpenFileName(self, self.tr("City file"), os.path.dirname(self.city.text()),
                                           self.window.file_filters())
        if p:
            self.city.setText(p)

    def _browse_out(self) -> None:
        p = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.out.text())
        if p:
            self.out.setText(p)

    def _browse_weather(self) -> None:
        p, _ = QFileDialog.getOpenFileName(self, self.tr("Weather file"), os.path.dirname(self.weather.text()),
                                           self.tr("Weather (*.epw *.csv);;All files (*)"))
        if p:
            self.weather.setText(p)

    def _browse_result(self) -> None:
        p, _ = QFileDialog.getOpenFileName(self, self.tr("Batch result"), self.out.text(),
                                           self.tr("buildings.geojson (*.geojson)"))
        if p:
            self.show_result(p)

    # -- running ---------------------------------------------------------------------
    def make_job(self):
        """The core job for the fields (raises InputError on bad options)."""
        if self.analysis.currentData() == "irradiance":
            from plannerapp.batch.irradiance_job import IrradianceJob, IrradianceOptions

            if not self.weather.text().strip():
                raise InputError(None, [self.tr("choose a weather file (EPW or TMY3 CSV)")])
            return IrradianceJob(IrradianceOptions(weather=self.weather.text().strip(), spacing_m=self.spacing.value()))
        from plannerapp.batch.sunhours_job import SunhoursJob, SunhoursOptions

        return SunhoursJob(SunhoursOptions(profile=self.profile.currentData(), step_min=self.step.value() or None,
                                           residential="all" if self.all_residential.isChecked() else "use"))

    def start(self) -> bool:
        """Start the run with the dialog's fields; False (with a message) on bad input."""
        city, out = self.city.text().strip(), self.out.text().strip()
        try:
            if not city or not out:
                raise InputError(None, [self.tr("choose the city file and an output folder")])
            job = self.make_job()
        except InputError as exc:
            show_error(self, exc)
            return False
        sched = self.scheduler.text().strip() or None
        self.window.settings.dask_scheduler = sched or ""
        self.window._save_settings()
        workers = None if self.workers.value() < 0 else self.workers.value()
        tile = None if self.tile.value() < 0 else self.tile.value()
        resume, log = self.resume.isChecked(), self._log.line.emit

        def task(progress, cancelled):
            from plannerapp.batch.runner import run_batch

            return run_batch(job, city, out, tile_m=tile, workers=workers, scheduler=sched, resume=resume,
                             progress=progress, cancelled=cancelled, log=log)

        self.log.clear()
        self.figures.clear()
        self.status.setText(self.tr("Starting\u2026"))
        self.progress.setValue(0)
        self.runner.start(task, KEYS[job.analysis] if hasattr(job, "analysis") else "")
        return True

    def _on_busy(self, busy: bool) -> None:
        self.start_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(round(fraction * 1000)))
        self.status.setText(text)

    def _done(self, text: str) -> None:
        self.status.setText(text)

    def _on_failed(self, _tag, exc) -> None:
        self._done(self.tr("Failed: {e}").format(e=exc))
        show_error(self, exc)

    def _on_finished(self, _tag, result) -> None:
        self.progress.setValue(1000)
        totals = ", ".join(f"{k}: {v}" for k, v in (result.totals or {}).items() if k != "outputs")
        self._done(self.tr("Done in {s:.0f} s ({totals}).").format(s=self.runner.last_duration_s, totals=totals))
        self.show_result(os.path.join(os.fspath(result.out_dir), "buildings.geojson"))

    # -- result layer ----------------------------------------------------------------
    def show_result(self, path) -> int:
        """Colour the shown city's buildings by the run's figure; returns how many matched."""
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        feats = data.get("features", [])
        props = {str(f.get("id") or f["properties"].get("id")): f.get("properties", {}) for f in feats}
        key = "pv_kwh_year" if any("pv_kwh_year" in p for p in props.values()) else "share_pass"
        title = self.tr("PV kWh/year") if key == "pv_kwh_year" else self.tr("Pass share")
        self.result_props, self.result_key = props, key
        foot = self._footprints(feats)
        layer = self.window.viewport.view.layer
        gz = float(layer.mesh.polydata.bounds[4]) if layer.mesh.polydata.n_points else 0.0
        if self._saved_colour is None:   # plain buildings: one legend, the run's
            self._saved_colour = layer.colour_key
            self.window.viewport.set_colour_by("none")
            self.window.colour_by.set_key("none", emit=False)
        n = self.layer.show({k: p.get(key) for k, p in props.items()}, key, title, footprints=foot, ground_z=gz)
        self.clear_button.setEnabled(True)
        self.window.viewport.render()
        self.figures.setText(self.tr("{n} of {total} result buildings are in the city shown, coloured by {key}. "
                                     "Click a building to see its figures.").format(n=n, total=len(props), key=key))
        self.resultShown.emit(os.fspath(path), n)
        return n

    def clear_result(self) -> None:
        """Remove the result colouring and give the buildings their colour-by back."""
        self.layer.clear()
        self.result_props = {}
        if self._saved_colour is not None:
            self.window.viewport.set_colour_by(self._saved_colour)
            self.window.colour_by.set_key(self._saved_colour, emit=False)
            self._saved_colour = None
        self.figures.clear()
        self.clear_button.setEnabled(False)
        self.window.viewport.render()

    def _footprints(self, feats) -> dict:
        """World footprints -> local polygons of the city shown (same CRS assumed)."""
        import shapely
        from shapely.geometry import shape

        city = self.window.city
        if city is None:
            return {}
        ox, oy = float(city.origin[0]), float(city.origin[1])
        out = {}
        for f in feats:
            try:
                g = shape(f["geometry"])
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
            out[str(f.get("id") or f["properties"].get("id"))] = shapely.affinity.translate(g, -ox, -oy)
        return out

    def figures_of(self, building_id) -> str:
        p = self.result_props.get(str(building_id))
        if p is None:
            return ""
        return "; ".join(f"{k} = {v:.3g}" if isinstance(v, float) else f"{k} = {v}" for k, v in p.items())

    def _on_picked(self, building_id) -> None:
        text = self.figures_of(building_id) if self.result_props else ""
        if text:
            self.figures.setText(text)
            self.window.status.showMessage(text, 10000)

    def shutdown(self) -> None:
        self.runner.shutdown(timeout_ms=30000)

    def closeEvent(self, event):  # noqa: N802 - Qt override
        self.hide()
        event.ignore()   # the dialog lives on; the run goes on in the background


def install_batch_action(window):
    """Analysis > City batch... (the dialog is created on first use)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction

    holder = {}

    def open_dialog():
        if "d" not in holder:
            holder["d"] = BatchDialog(window)
            window.batch_dialog = holder["d"]
        holder["d"].show()
        holder["d"].raise_()
        return holder["d"]

    a = QAction(QCoreApplication.translate("BatchDialog", "City &batch\u2026"), window)
    a.setObjectName("actionCityBatch")
    a.triggered.connect(lambda: open_dialog())
    window.add_action("analysis", a)
    window.open_batch_dialog = open_dialog

    class _Close(QObject):
        def eventFilter(self, obj, ev):  # noqa: N802 - Qt override
            if ev.type() == QEvent.Type.Close and "d" in holder:
                holder["d"].shutdown()
            return False

    window._batch_close_watch = _Close(window)
    window.installEventFilter(window._batch_close_watch)
    return a


__all__ = ["BatchDialog", "install_batch_action"]
