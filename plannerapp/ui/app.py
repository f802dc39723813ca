"""Starting the GUI: the QApplication, translations, the main window.

``main(file)`` is what ``plannerapp gui [FILE]`` / ``plannerapp open FILE`` call.
``screenshot_window`` (hidden CLI option ``--screenshot-window OUT.png``)
grabs the whole window once the file is shown and quits: used to check
the GUI under Xvfb.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from plannerapp.paths import sample_city_path, sample_project_path

APP_NAME = "plannerapp"


def _install_translators(app: QApplication) -> None:
    """plannerapp + Qt translators for --lang / Settings.language / the system locale (ui/language.py)."""
    from plannerapp.ui.language import install_translators

    install_translators(app)


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once; reused when it exists, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    _install_translators(app)
    return app


def grab_window_when_loaded(window, out: str, app: QApplication, delay_ms: int = 800) -> None:
    """After the first file has loaded (or failed), save ``window.grab()`` to *out* and quit."""

    def grab():
        window.viewport.render()
        window.grab().save(out)
        print(out)
        window.close()
        app.quit()

    def later(*_):
        QTimer.singleShot(delay_ms, grab)

    window.fileLoaded.connect(later)
    window.loader.failed.connect(later)


def main(file: str | None = None, screenshot_window: str | None = None, select: str | None = None) -> int:
    """Run the GUI on *file* (the sample project, else the bundled sample city, when ``None``); returns the exit code."""
    from plannerapp.ui.errors import install_excepthook
    from plannerapp.ui.glcheck import opengl_problem, report_first_frame, show_opengl_problem
    from plannerapp.ui.main_window import MainWindow

    app = create_app()
    problem = opengl_problem()  # OpenGL < 3.2 (Remote Desktop, no driver): a clear message, not a crash
    if problem:
        return show_opengl_problem(problem)
    install_excepthook()
    window = MainWindow()
    from plannerapp.ui.language import install_language_menu  # Settings > Language (issue 12)

    install_language_menu(window)
    report_first_frame(window, app)  # PLANNERAPP_REPORT_FIRST_FRAME=1: 'first-frame <s>' on stderr
    if select:
        window.fileLoaded.connect(lambda _p: window.select([select]))
    if screenshot_window:
        grab_window_when_loaded(window, screenshot_window, app)
    window.show()
    path = file if file else str(sample_project_path() or sample_city_path())
    QTimer.singleShot(0, lambda: window.open_file(path))
    return int(app.exec())
