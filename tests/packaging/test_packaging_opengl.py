"""Starting the GUI on a machine whose OpenGL is too old gives a clear message and exit 3,
not a VTK crash; the first-frame report used by benchmarks/bench_bundle_start.py works.

Both run the real `plannerapp` command in a child process on the Xvfb display
that pytest-xvfb provides (Mesa llvmpipe offers OpenGL 4.5 there, so "too old"
is simulated by raising the required version with PLANNERAPP_MIN_GL).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from datafiles import ROOT

pytestmark = pytest.mark.gui


def _gui(extra_env, timeout=300):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", **extra_env)
    return subprocess.run([sys.executable, "-m", "plannerapp"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_gui_with_too_old_opengl_explains_and_exits_3_instead_of_crashing():
    r = _gui({"PLANNERAPP_MIN_GL": "9.9", "PLANNERAPP_NO_DIALOGS": "1"})
    assert r.returncode == 3
    assert "cannot show its 3D view" in r.stderr
    # names what the driver offers and what is needed
    assert re.search(r"offers OpenGL \d+\.\d+ \(.+\); the 3D view needs OpenGL 9\.9", r.stderr), r.stderr
    assert "opengl32.dll" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.slow
def test_gui_reports_the_first_frame_of_the_sample_project_and_quits():
    r = _gui({"PLANNERAPP_REPORT_FIRST_FRAME": "exit"})
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("first-frame ")]
    assert len(lines) == 1
    seconds = float(lines[0].split()[1])
    assert 0.1 < seconds < 300
