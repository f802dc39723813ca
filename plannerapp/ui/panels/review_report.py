"""The Review dock's HTML report export (the report module, views rendered off screen).

:class:`ReviewReportMixin` is mixed into :class:`plannerapp.ui.panels.review.ReviewPanel`
(it uses the panel's ``review``, ``session`` and ``window``).
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QFileDialog

from plannerapp.errors import InputError


class ReviewReportMixin:
    # -- report ----------------------------------------------------------------------
    def export_html_dialog(self) -> None:
        if self.review is None:
            return
        start = os.path.join(self.window.settings.last_dir or "", f"review-{self.review.scheme_id}.html")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export review report"), start,
                                              self.tr("HTML report (*.html)"))
        if path:
            self.export_html(path)

    def export_html(self, path, images: bool = True) -> str:
        """Write the HTML report of the review shown (views rendered off screen) to *path*."""
        from plannerapp.report.review_html import write_review_html
        from plannerapp.report.review_inputs import input_hashes, review_input_files
        from plannerapp.scene.review_overlay import review_views_for

        review, project = self.review, self.session.project
        views = []
        if images:
            try:
                views = review_views_for(review, captions={
                    "iso_sw": self.tr("Oblique view from the south-west"), "top": self.tr("Plan view")})
            except Exception as exc:  # noqa: BLE001 - no OpenGL: a report without pictures
                self.window.status.showMessage(self.tr("Views not rendered ({e})").format(e=exc), 8000)
        try:
            inputs = input_hashes(review_input_files(project, self.session.active_scheme, review.profile),
                                  project.root or None)
        except (OSError, InputError):
            inputs = []
        write_review_html(review, path, images=views, inputs=inputs)
        self.window.status.showMessage(self.tr("Wrote {path}").format(path=path), 8000)
        return os.fspath(path)


__all__ = ["ReviewReportMixin"]
