"""OpenGL check before the main window opens, and the first-frame time report.

The 3D view (VTK through pyvistaqt) needs desktop OpenGL 3.2 core.  Over
Remote Desktop or on a PC without a proper graphics driver, Windows offers
only OpenGL 1.1 and VTK would abort the whole process.  :func:`opengl_problem`
asks Qt for a 3.2 core context first; when it cannot be had,
:func:`show_opengl_problem` explains it in a dialog (and on stderr) and the
app exits with code 3 instead of crashing.  The fix on Windows is a software
OpenGL (Mesa llvmpipe ``opengl32.dll``) beside ``plannerapp.exe``: see
docs/packaging.md.

``PLANNERAPP_SKIP_GL_CHECK=1`` skips the check; ``PLANNERAPP_MIN_GL=4.6``
raises the bar (used to test the dialog on a machine that has 3.2+).

:func:`report_first_frame` serves ``PLANNERAPP_REPORT_FIRST_FRAME=1``: it prints
``first-frame <seconds>`` on stderr once the first frame showing the opened
file has been rendered (seconds since the process started); with the value
``exit`` the app then quits (used by benchmarks/bench_bundle_start.py).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext, QSurfaceFormat
from PySide6.QtWidgets import QMessageBox

MIN_GL = (3, 2)
EXIT_NO_OPENGL = 3


def _min_version() -> tuple[int, int]:
    raw = os.environ.get("PLANNERAPP_MIN_GL", "")
    try:
        major, minor = (int(v) for v in raw.split(".", 1))
        return major, minor
    except ValueError:
        return MIN_GL


def opengl_problem() -> str | None:
    """``None`` when an OpenGL 3.2 core context can be made; else a sentence saying what is there.

    Needs a QGuiApplication.  Platforms without OpenGL by design (``offscreen``,
    ``minimal``: tests, no 3D view) and ``PLANNERAPP_SKIP_GL_CHECK=1`` are not checked.
    """
    if os.environ.get("PLANNERAPP_SKIP_GL_CHECK") == "1":
        return None
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return None
    want = _min_version()
    fmt = QSurfaceFormat()
    fmt.setRenderableType(QSurfaceFormat.RenderableType.OpenGL)
    fmt.setProfile(QSurfaceFormat.OpenGLContextProfile.CoreProfile)
    fmt.setVersion(*MIN_GL)
    ctx = QOpenGLContext()
    ctx.setFormat(fmt)
    if not ctx.create():
        return QCoreApplication.translate("glcheck", "No OpenGL context could be created.")
    surface = QOffscreenSurface()
    surface.setFormat(ctx.format())
    surface.create()
    got = (ctx.format().majorVersion(), ctx.format().minorVersion())
    renderer = ""
    if ctx.makeCurrent(surface):
        try:
            f = ctx.functions()
            renderer = "{} / {}".format(f.glGetString(0x1F01) or "", f.glGetString(0x1F02) or "")  # GL_RENDERER, GL_VERSION
        except Exception:  # noqa: BLE001 - some bindings lack glGetString: the version number is enough
            renderer = ""
        ctx.doneCurrent()
    if got < want or ctx.isOpenGLES():
        return QCoreApplication.translate(
            "glcheck", "The graphics driver offers OpenGL {got} ({renderer}); the 3D view needs OpenGL {want} or newer.").format(
            got="{}.{}".format(*got), want="{}.{}".format(*want), renderer=renderer.strip(" /") or "?")
    return None


def show_opengl_problem(problem: str) -> int:
    """Explain *problem* (stderr + a dialog); returns the exit code for ``main``."""
    hint = QCoreApplication.translate(
        "glcheck",
        "plannerapp cannot show its 3D view on this computer.\n\n{problem}\n\n"
        "What helps:\n"
        "\u2022 update the graphics driver from the maker of the graphics card;\n"
        "\u2022 when working over Remote Desktop, start plannerapp on the computer itself;\n"
        "\u2022 on Windows, put a software OpenGL (Mesa llvmpipe opengl32.dll) beside plannerapp.exe "
        "(see the \"OpenGL\" section of the documentation): slower, but works everywhere.\n\n"
        "The command-line tools (plannerapp review, sunhours, screenshot, --self-test) still work.").format(problem=problem)
    print(hint, file=sys.stderr)
    if os.environ.get("PLANNERAPP_NO_DIALOGS") != "1":
        QMessageBox.critical(None, QCoreApplication.translate("glcheck", "OpenGL too old"), hint)
    return EXIT_NO_OPENGL


def process_uptime() -> float:
    """Seconds since this process started (psutil; falls back to time since import)."""
    try:
        import psutil

        return time.time() - psutil.Process().create_time()
    except Exception:  # noqa: BLE001 - psutil missing: a lower bound is better than nothing
        return time.perf_counter()


def report_first_frame(window, app) -> None:
    """``PLANNERAPP_REPORT_FIRST_FRAME``: print ``first-frame <s>`` once the opened file is on screen."""
    mode = os.environ.get("PLANNERAPP_REPORT_FIRST_FRAME", "")
    if mode not in ("1", "exit"):
        return
    state = {"loaded": False, "done": False}
    ren_win = window.viewport.interactor.ren_win

    def on_end(*_args):
        if state["loaded"] and not state["done"]:
            state["done"] = True
            print("first-frame {:.3f}".format(process_uptime()), file=sys.stderr, flush=True)
            if mode == "exit":
                QTimer.singleShot(0, app.quit)

    def on_loaded(*_args):
        state["loaded"] = True
        window.viewport.render()

    ren_win.AddObserver("EndEvent", on_end)
    window.fileLoaded.connect(on_loaded)
    window.loader.failed.connect(on_loaded)
