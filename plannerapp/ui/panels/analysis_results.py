"""The Analysis dock's result half: drawing a result, clicking a square, exports.

:class:`AnalysisResultsMixin` is mixed into
:class:`plannerapp.ui.panels.analysis.AnalysisPanel` (it uses the panel's
``window``, ``results`` layer, ``histogram``, ``summary``, ``picked`` and
buttons).  A result (:class:`plannerapp.ui.analysis_tasks.AnalysisOutput`)
is arrays in LOCAL metres; exports write WORLD coordinates (local + origin).
"""

from __future__ import annotations

import csv
import os

import numpy as np
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFileDialog, QToolTip

from plannerapp.ui.analysis_tasks import LEGEND_TITLES


class AnalysisResultsMixin:
    # -- results ---------------------------------------------------------------------
    def show_output(self, output) -> None:
        """Draw *output* (an :class:`AnalysisOutput`) in the view and the histogram."""
        self.output = output
        layer = self.window.viewport.view.layer
        if self._saved_colour is None:
            self._saved_colour = layer.colour_key
            self.window.viewport.set_colour_by("none")   # plain buildings: the legend is the results'
            self.window.colour_by.set_key("none", emit=False)
        unit = output.unit
        title = self.tr(output.title) + (f" ({unit})" if unit else "")
        legend = self.tr(LEGEND_TITLES.get(output.kind, output.title)) + (f" ({unit})" if unit else "")
        self.results.show(output.positions, output.normals, output.values, size=output.patch_size, title=legend, unit=unit)
        self.window.viewport.render()
        self.histogram.set_values(output.values, unit, required=output.required,
                                  label=self.tr(LEGEND_TITLES.get(output.kind, "")))
        v = output.values[np.isfinite(output.values)]
        text = self.tr("<b>{title}</b><br>{n} points; min {lo:.2f}, mean {mean:.2f}, max {hi:.2f} {unit}").format(
            title=title, n=len(output.values), lo=v.min() if v.size else 0, mean=v.mean() if v.size else 0,
            hi=v.max() if v.size else 0, unit=unit)
        if output.required is not None and v.size:
            text += self.tr("<br>{share:.0%} of points get at least {req:g} h").format(
                share=float((v >= output.required - 1e-9).mean()), req=output.required)
        if output.note:
            text += self.tr("<br>Inputs: {note}").format(note=output.note)
        self.summary.setText(text)
        self.picked.setText(self.tr("Click a coloured square in the 3D view to read its value."))
        for b in (self.csv_button, self.png_button, self.clear_button):
            b.setEnabled(True)
        self.resultShown.emit(output)

    def clear_results(self) -> None:
        self.results.clear()
        self.output = None
        if self._saved_colour is not None:
            self.window.viewport.set_colour_by(self._saved_colour)
            self.window.colour_by.set_key(self._saved_colour, emit=False)
            self._saved_colour = None
        self.histogram.clear()
        self.summary.setText(self.tr("No result yet."))
        self.picked.setText("")
        for b in (self.csv_button, self.png_button, self.clear_button):
            b.setEnabled(False)
        self.window.viewport.render()

    def _on_session(self, ev) -> None:
        if ev.kind in ("project", "scheme") and self.output is not None:
            self.clear_results()
        elif ev.kind == "buildings" and self.output is not None:
            self.summary.setText(self.summary.text() + self.tr("<br><i>The scheme changed since this run (F5 runs again).</i>"))

    # -- picking ---------------------------------------------------------------------
    def _on_press(self, *_a):
        self._click = self.window.viewport.interactor.iren.interactor.GetEventPosition()

    def _on_release(self, *_a):
        if self._click is None or self.output is None:
            return
        x0, y0 = self._click
        x, y = self.window.viewport.interactor.iren.interactor.GetEventPosition()
        self._click = None
        if abs(x - x0) <= 4 and abs(y - y0) <= 4:
            self.show_value_at(x, y)

    def show_value_at(self, x: float, y: float) -> int | None:
        """Report the value of the result square at VTK display position (x, y); its index or None."""
        i = self.results.pick(x, y)
        if i is None or self.output is None:
            return None
        o = self.output
        world = o.positions[i] + o.origin
        text = self.tr("{value:.2f} {unit} at x {x:.1f}, y {y:.1f}, z {z:.1f}").format(
            value=o.values[i], unit=o.unit, x=world[0], y=world[1], z=world[2])
        if o.building_ids and o.building_ids[i]:
            text += self.tr(" (building {id})").format(id=o.building_ids[i])
        self.picked.setText(text)
        self.window.status.showMessage(text, 10000)
        QToolTip.showText(QCursor.pos(), text, self.window.viewport)
        return i

    # -- exports ---------------------------------------------------------------------
    def export_csv_dialog(self) -> None:
        if self.output is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export results as CSV"), f"{self.output.kind}.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path) -> int:
        """Write one row per point: world x, y, z (project CRS), normal, value, building id; returns rows."""
        o = self.output
        world = o.positions + o.origin
        tmp = os.fspath(path) + ".tmp"
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["x", "y", "z", "nx", "ny", "nz", o.kind + (f"_{o.unit}" if o.unit else ""), "building"])
            for k in range(len(o.values)):
                n = o.normals[k] if o.normals is not None and len(o.normals) else (0.0, 0.0, 1.0)
                w.writerow([f"{world[k, 0]:.3f}", f"{world[k, 1]:.3f}", f"{world[k, 2]:.3f}", f"{n[0]:.4f}",
                            f"{n[1]:.4f}", f"{n[2]:.4f}", f"{o.values[k]:.6g}",
                            o.building_ids[k] if o.building_ids else ""])
        os.replace(tmp, path)
        self.window.status.showMessage(self.tr("Wrote {path}").format(path=path), 6000)
        return len(o.values)

    def export_png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save view as PNG"), "analysis.png", self.tr("PNG image (*.png)"))
        if path:
            self.export_png(path)

    def export_png(self, path) -> None:
        self.window.viewport.plotter.screenshot(os.fspath(path))
        self.window.status.showMessage(self.tr("Saved {path}").format(path=path), 6000)


__all__ = ["AnalysisResultsMixin"]
