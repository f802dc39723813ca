"""Status bar: building/triangle counts, CRS, load progress."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar


class StatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loadProgress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.counts = QLabel(self)
        self.counts.setObjectName("countsLabel")
        self.crs = QLabel(self)
        self.crs.setObjectName("crsLabel")
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.crs)
        self.addPermanentWidget(self.counts)
        self.set_counts(0, 0)

    def set_counts(self, n_buildings: int, n_triangles: int) -> None:
        self.counts.setText(self.tr("{b} buildings \u00b7 {t} triangles").format(
            b=f"{n_buildings:,}", t=f"{n_triangles:,}"))

    def set_crs(self, crs: str | None) -> None:
        self.crs.setText(crs or self.tr("no CRS"))

    def set_progress(self, fraction: float | None, text: str = "") -> None:
        if fraction is None:
            self.progress.hide()
            return
        self.progress.show()
        self.progress.setValue(int(round(100 * max(0.0, min(1.0, fraction)))))
        if text:
            self.showMessage(text)
