"""`plannerapp gui FILE` / `plannerapp open FILE` start the real application."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def test_open_command_shows_the_city_in_a_window(tmp_path, shared_data):
    src = shared_data / "rotterdam-delfshaven-lod2" / "3-20-DELFSHAVEN.city.json"
    out = tmp_path / "window.png"
    env = dict(os.environ, PLANNERAPP_CONFIG_DIR=str(tmp_path / "cfg"))
    assert env.get("DISPLAY"), "pytest-xvfb provides a display"
    res = subprocess.run([sys.executable, "-m", "plannerapp", "open", str(src), "--screenshot-window", str(out)],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "Traceback" not in res.stderr
    img = np.asarray(Image.open(out).convert("RGB")).astype(int)
    assert img.shape[1] >= 1000 and img.shape[0] >= 600
    # the city is drawn in colour-map colours, i.e. the 3D view rendered (not a black or empty area)
    mx, mn = img.max(axis=-1), img.min(axis=-1)
    saturated = ((mx - mn) / np.maximum(mx, 1) > 0.45) & (mx > 60)
    assert saturated.mean() > 0.01
    # the recent-files list now holds the file
    import json

    settings = json.loads((tmp_path / "cfg" / "settings.json").read_text(encoding="utf-8"))
    assert settings["recent_files"][0] == str(src)


def test_open_command_with_a_missing_file_is_one_line_and_exit_2(tmp_path):
    res = subprocess.run([sys.executable, "-m", "plannerapp", "open", str(tmp_path / "nope.city.json")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 2
    assert "nope.city.json" in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
