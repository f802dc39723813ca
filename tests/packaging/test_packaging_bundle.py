"""The built bundle, checked the way a user's machine sees it (slow: skipped unless asked).

    PLANNERAPP_TEST_BUNDLE=1 .venv/bin/pytest tests/packaging/test_packaging_bundle.py
    PLANNERAPP_TEST_BUNDLE=1 PLANNERAPP_BUNDLE_DIR=dist/plannerapp .venv/bin/pytest ...   # reuse a build

Without PLANNERAPP_BUNDLE_DIR the test builds it first with ``packaging/build.sh --no-test``
(several minutes, ~2 GB in build/ and dist/).  The bundle is copied to a temporary folder and
run with an empty environment whose PATH holds no Python; as root, also in a network namespace
with no interfaces (``unshare -n``), and under ``strace`` to prove it opens no internet socket.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from datafiles import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("PLANNERAPP_TEST_BUNDLE") != "1",
                       reason="builds/runs the PyInstaller bundle (minutes, ~1 GB): set PLANNERAPP_TEST_BUNDLE=1"),
]

UNSHARE = shutil.which("unshare")
STRACE = shutil.which("strace")
CAN_UNSHARE = (hasattr(os, "geteuid") and os.geteuid() == 0 and UNSHARE is not None
               and subprocess.run([UNSHARE, "-n", "true"], capture_output=True).returncode == 0)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """A copy of the built bundle in a fresh folder (built first unless PLANNERAPP_BUNDLE_DIR is given)."""
    src = os.environ.get("PLANNERAPP_BUNDLE_DIR")
    if src:
        src = Path(src).resolve()
    else:
        r = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), "--no-test"], cwd=ROOT,
                           capture_output=True, text=True, timeout=3600)
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
        src = ROOT / "dist" / "plannerapp"
    dest = tmp_path_factory.mktemp("installed") / "plannerapp"
    shutil.copytree(src, dest, symlinks=True)
    return dest


@pytest.fixture(scope="module")
def bare_path(tmp_path_factory) -> str:
    """A PATH with no Python (and nothing else) on it."""
    d = tmp_path_factory.mktemp("emptybin")
    return str(d)


@pytest.fixture(scope="module")
def xvfb():
    """An Xvfb display started here (the bundle runs with no PATH to find xvfb-run's helpers)."""
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed")
    for n in range(140, 160):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        time.sleep(0.1)
    yield f":{n}"
    proc.terminate()
    proc.wait(timeout=10)


def _run(bundle: Path, args, path: str, home: Path, display: str | None = None, no_network=True, strace_log=None,
         timeout=600):
    env = {"PATH": path, "HOME": str(home), "LANG": "C.UTF-8"}
    if display:
        env["DISPLAY"] = display
    cmd = [str(bundle / "plannerapp"), *args]
    if strace_log is not None:
        cmd = [STRACE, "-f", "-qq", "-e", "trace=connect", "-o", str(strace_log), *cmd]
    if no_network and CAN_UNSHARE:
        cmd = [UNSHARE, "-n", *cmd]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def _internet_connects(log: Path) -> list[str]:
    """connect() calls to an IPv4/IPv6 address (X11/D-Bus over Unix sockets are fine)."""
    lines = log.read_text(errors="ignore").splitlines() if log.exists() else []
    return [ln for ln in lines if "AF_INET" in ln]


def _assert_png_has_a_city(png: Path, min_colours=50):
    with Image.open(png) as im:
        px = np.asarray(im.convert("RGB"))
    assert len(np.unique(px.reshape(-1, 3), axis=0)) > min_colours
    saturation = px.max(axis=2).astype(int) - px.min(axis=2).astype(int)
    assert (saturation > 80).mean() > 0.005  # buildings coloured by height


def test_bundle_carries_resources_sample_project_licences_and_desktop_files(bundle):
    internal = bundle / "_internal"
    assert (internal / "resources" / "sample" / "delft_3dbag_5910.city.json").is_file()
    assert (internal / "scenarios" / "delft-sample" / "project.json").is_file()
    assert (internal / "resources" / "weather" / "LICENCE.md").is_file()
    assert not list((internal / "resources" / "weather").glob("*IWEC*"))
    notices = (bundle / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for name in ("PySide6", "vtk", "embreex", "pvlib", "ifcopenshell", "dask", "distributed", "pyproj", "numpy"):
        assert re.search(rf"^\* {name}[ _-]", notices, re.M | re.I), name
    assert len(list((internal / "licences").iterdir())) > 30
    assert (bundle / "plannerapp.desktop").is_file() and (bundle / "icons" / "plannerapp-256.png").is_file()
    # left out to keep the size down
    assert not (internal / "vtkmodules" / "vtkIOCityGML.cpython-311-x86_64-linux-gnu.so").exists()
    assert not list(internal.rglob("libQt6Quick*")) and not list(internal.rglob("libQt6WebEngine*"))


def test_bundle_self_test_passes_with_no_python_no_display_and_no_network(bundle, bare_path, tmp_path):
    log = tmp_path / "connect.log"
    r = _run(bundle, ["self-test", "--out", str(tmp_path)], bare_path, tmp_path,
             strace_log=log if STRACE else None)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("self-test OK"), r.stdout
    assert "432 buildings" in r.stdout and "proj network off" in r.stdout
    _assert_png_has_a_city(tmp_path / "self-test.png")
    assert _internet_connects(log) == []


def test_bundle_self_test_passes_under_xvfb(bundle, bare_path, tmp_path, xvfb):
    r = _run(bundle, ["--self-test"], bare_path, tmp_path, display=xvfb)
    assert r.returncode == 0, r.stderr
    png = Path(re.search(r"screenshot (\S+\.png)", r.stdout).group(1))
    _assert_png_has_a_city(png)


def test_bundle_gui_shows_the_sample_project_with_no_network(bundle, bare_path, tmp_path, xvfb):
    out = tmp_path / "window.png"
    log = tmp_path / "connect.log"
    r = _run(bundle, ["gui", "--screenshot-window", str(out)], bare_path, tmp_path, display=xvfb,
             strace_log=log if STRACE else None)
    assert r.returncode == 0, r.stderr
    with Image.open(out) as im:
        assert im.size[0] >= 800 and im.size[1] >= 600
    _assert_png_has_a_city(out)
    assert _internet_connects(log) == []


def test_bundle_reports_bad_input_in_one_line(bundle, bare_path, tmp_path):
    r = _run(bundle, ["review", str(tmp_path / "missing"), "--scheme", "towers"], bare_path, tmp_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
