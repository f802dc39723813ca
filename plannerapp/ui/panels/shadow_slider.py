"""Shadows at an instant: a time slider (local clock time), Play, and the outline in 3D.

Part of the Analysis dock.  Moving the slider computes the sun direction at
that minute of the panel's date (:func:`plannerapp.analysis.sun.sun_path_at`,
site of the project or the city's CRS) and the ground shadow outline of the
buildings in the analysis area (:func:`plannerapp.analysis.shadows.shadow_outline`)
on a worker thread (one at a time, the latest moment wins; outlines are
cached per moment), then draws it with the sun arrow
(:class:`plannerapp.scene.shadow_layer.ShadowLayer`).  Play steps through
the day, waiting for each outline.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout

from plannerapp.errors import InputError
from plannerapp.scene.shadow_layer import ShadowLayer
from plannerapp.ui.analysis_runner import TaskRunner
from plannerapp.ui.analysis_tasks import analysis_area

STEP_MIN = 10
PLAY_STEP = 2          # slider steps per animation frame (20 minutes)


class ShadowControls(QGroupBox):
    """Signals: ``outlineShown(minute, outline)`` after an outline is drawn."""

    outlineShown = Signal(int, object)

    def __init__(self, panel):
        super().__init__(panel.tr("Shadows at an instant"))
        self.setObjectName("shadowControls")
        self.panel = panel
        self.window = panel.window
        self.layer = ShadowLayer(self.window.viewport.plotter)
        self.runner = TaskRunner(self, "plannerapp-shadows")
        self.runner.finished.connect(self._on_outline)
        self.runner.failed.connect(lambda _t, exc: self.info.setText(str(exc)))
        self._cache: dict = {}
        self._pending: int | None = None
        self.shown_minute: int | None = None
        v = QVBoxLayout(self)
        self.enabled = QCheckBox(self.tr("Show shadows and sun"))
        self.enabled.setObjectName("shadowsEnabled")
        self.enabled.toggled.connect(self._on_enabled)
        v.addWidget(self.enabled)
        row = QHBoxLayout()
        self.play = QPushButton(self.tr("Play"))
        self.play.setObjectName("shadowsPlay")
        self.play.setCheckable(True)
        self.play.toggled.connect(self._on_play)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("shadowsTime")
        self.slider.setRange(0, 24 * 60 // STEP_MIN - 1)
        self.slider.setValue(12 * 60 // STEP_MIN)
        self.slider.setPageStep(6)
        self.slider.valueChanged.connect(self._on_slider)
        row.addWidget(self.play)
        row.addWidget(self.slider, 1)
        v.addLayout(row)
        self.info = QLabel()
        self.info.setObjectName("shadowsInfo")
        self.info.setWordWrap(True)
        v.addWidget(self.info)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.update_shadows)
        self._play_timer = QTimer(self)
        self._play_timer.setInterval(150)
        self._play_timer.timeout.connect(self._play_step)
        self._set_controls(False)
        panel.session.on("changed", self._on_session)

    # -- helpers ---------------------------------------------------------------------
    def minute(self) -> int:
        return self.slider.value() * STEP_MIN

    def _set_controls(self, on: bool) -> None:
        self.play.setEnabled(on)
        self.slider.setEnabled(on)

    def _site(self, city):
        from plannerapp.analysis.sun import site_for_city

        ps = getattr(self.panel.session.project, "site", None)
        return site_for_city(city, getattr(ps, "latitude", None), getattr(ps, "longitude", None),
                             getattr(ps, "timezone", None))

    def sun_at(self, city, minute: int):
        """``(direction (3,), altitude_deg, azimuth_deg)`` at *minute* after local midnight of the panel's date."""
        from plannerapp.analysis.sun import sun_path_at

        site = self._site(city)
        d = self.panel.settings().day
        local = dt.datetime.combine(d, dt.time(minute // 60, minute % 60), tzinfo=site.tzinfo())
        sp = sun_path_at(site, [pd.Timestamp(local).tz_convert("UTC")])
        return sp.directions[0], float(sp.altitude_deg[0]), float(sp.azimuth_deg[0])

    # -- events ----------------------------------------------------------------------
    def _on_enabled(self, on: bool) -> None:
        self._set_controls(on)
        if on:
            self.update_shadows()
        else:
            self.play.setChecked(False)
            self.runner.cancel(emit=False)
            self.layer.clear()
            self.shown_minute = None
            self.info.setText("")
            self.window.viewport.render()

    def _on_slider(self, _v) -> None:
        m = self.minute()
        self.info.setText(self.tr("{hh:02d}:{mm:02d} local clock time").format(hh=m // 60, mm=m % 60))
        if self.enabled.isChecked():
            self._debounce.start()

    def _on_session(self, ev) -> None:
        if ev.kind in ("project", "scheme", "buildings"):
            self._cache.clear()
            if self.enabled.isChecked():
                self._debounce.start()

    def _on_play(self, on: bool) -> None:
        self.play.setText(self.tr("Pause") if on else self.tr("Play"))
        self._play_timer.start() if on else self._play_timer.stop()

    def _play_step(self) -> None:
        if self.runner.is_busy() or self.shown_minute != self.minute():
            return   # wait for the outline of the current moment
        nxt = self.slider.value() + PLAY_STEP
        if nxt > self.slider.maximum():
            self.play.setChecked(False)
            return
        self.slider.setValue(nxt)
        self._debounce.stop()
        self.update_shadows()

    # -- computing -------------------------------------------------------------------
    def update_shadows(self) -> bool:
        """Compute (or take from the cache) and draw the outline for the slider's moment."""
        self._debounce.stop()
        city = self.panel.city()
        if city is None or not city.buildings:
            return False
        minute = self.minute()
        try:
            direction, alt, az = self.sun_at(city, minute)
        except InputError as exc:   # no CRS and no project site: nowhere to put the sun
            self.info.setText("; ".join(exc.problems))
            return False
        self._sun = (minute, direction, alt, az)
        if alt <= 0:
            self.layer.clear()
            self.layer.show(None, direction, self._centre(city), ground_z=self._ground(city))
            self.shown_minute = minute
            self.info.setText(self.tr("{hh:02d}:{mm:02d}: the sun is below the horizon").format(hh=minute // 60, mm=minute % 60))
            self.window.viewport.render()
            self.outlineShown.emit(minute, None)
            return True
        s = self.panel.settings()
        key = (minute, s.day, s.whole_city, s.margin_m)
        if key in self._cache:
            self._draw(minute, self._cache[key])
            return True
        if self.runner.is_busy():
            self._pending = minute
            return True
        sub = self._subset(city, s)
        gz = self._ground(city)

        def task(progress, cancelled):
            from plannerapp.analysis.shadows import shadow_outline

            return key, shadow_outline(sub, direction, gz)

        self.info.setText(self.tr("{hh:02d}:{mm:02d}: computing the shadows of {n} buildings\u2026").format(
            hh=minute // 60, mm=minute % 60, n=len(sub.buildings)))
        self.runner.start(task, str(minute))
        return True

    def _subset(self, city, s):
        if s.whole_city:
            return city
        area = analysis_area(self.panel.session.project, city, s)
        keep = [b for b in city.buildings if b.footprint2d is not None and b.footprint2d.intersects(area)]
        return city.replaced(keep)

    @staticmethod
    def _ground(city) -> float:
        return float(city.bounds_local()[2])

    def _centre(self, city):
        """Where the sun arrow points: the centre of the analysis area (parcels), on the ground."""
        c = analysis_area(self.panel.session.project, city, self.panel.settings()).centroid
        return (c.x, c.y, self._ground(city))

    def _on_outline(self, _tag, result) -> None:
        key, outline = result
        self._cache[key] = outline
        pending, self._pending = self._pending, None
        if pending is not None and pending != key[0]:
            self.update_shadows()
            return
        if key[0] == self.minute():
            self._draw(key[0], outline)

    def _draw(self, minute: int, outline) -> None:
        city = self.panel.city()
        _m, direction, alt, az = self._sun
        self.layer.show(outline, direction, self._centre(city), ground_z=self._ground(city),
                        arrow_length=max(30.0, min(150.0, (city.bounds_local()[5] - city.bounds_local()[2]) * 2)))
        self.shown_minute = minute
        self.info.setText(self.tr("{hh:02d}:{mm:02d} local clock time: sun altitude {alt:.1f}\u00b0, azimuth {az:.1f}\u00b0 "
                                  "(from true north); shadow area {area:,.0f} m\u00b2").format(
            hh=minute // 60, mm=minute % 60, alt=alt, az=az, area=outline.area if outline is not None else 0.0))
        self.window.viewport.render()
        self.outlineShown.emit(minute, outline)

    def shutdown(self) -> None:
        self._play_timer.stop()
        self._debounce.stop()
        self.runner.shutdown()


__all__ = ["ShadowControls"]
