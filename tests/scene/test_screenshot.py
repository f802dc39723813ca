"""Off-screen pictures of real cities (no Qt, no display)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from plannerapp.io.loader import load_city
from plannerapp.paths import sample_city_path
from plannerapp.scene.screenshot import render_city_png

ROOT = Path(__file__).resolve().parents[2]


def _saturated_fraction(img: np.ndarray) -> float:
    """Share of pixels with strong colour: buildings coloured by a colour map.

    The sky gradient, the ground and the scale bar are greyish (HSV saturation
    < 0.3), so a blank or building-less picture scores ~0.
    """
    rgb = img[..., :3].astype(float) / 255
    mx, mn = rgb.max(axis=-1), rgb.min(axis=-1)
    sat = np.where(mx > 0, (mx - mn) / np.maximum(mx, 1e-9), 0)
    return float(np.mean(sat > 0.45))


@pytest.fixture(scope="module")
def sample_city():
    return load_city(sample_city_path())


def test_sample_city_renders_to_a_non_blank_png(tmp_path, sample_city):
    out = render_city_png(sample_city, tmp_path / "city.png", size=(800, 500), view="iso")
    img = np.asarray(Image.open(out))
    assert img.shape[:2] == (500, 800)
    frac = _saturated_fraction(img)
    assert 0.03 < frac < 0.6, frac
    # the legend (a vertical colour bar on the right) shows viridis' yellow and purple
    bar = img[int(500 * 0.3):int(500 * 0.7), int(800 * 0.86):int(800 * 0.95), :3].reshape(-1, 3).astype(int)
    assert ((bar[:, 0] > 200) & (bar[:, 1] > 200) & (bar[:, 2] < 80)).any()      # yellow
    assert ((bar[:, 0] > 50) & (bar[:, 1] < 40) & (bar[:, 2] > 60)).any()        # purple


def test_top_and_iso_views_differ_and_plain_colouring_has_no_colour_map(tmp_path, sample_city):
    top = np.asarray(Image.open(render_city_png(sample_city, tmp_path / "top.png", size=(600, 400), view="top")))
    iso = np.asarray(Image.open(render_city_png(sample_city, tmp_path / "iso.png", size=(600, 400), view="iso")))
    diff = np.abs(top.astype(int) - iso.astype(int)).sum(axis=-1) > 30
    assert diff.mean() > 0.2
    plain = np.asarray(Image.open(render_city_png(sample_city, tmp_path / "plain.png", size=(600, 400),
                                                  colour_by="none")))
    assert _saturated_fraction(plain) < 0.01 < _saturated_fraction(iso)


def test_screenshot_command_renders_a_shared_city_without_qt(tmp_path, shared_data):
    src = shared_data / "rotterdam-delfshaven-lod2" / "3-20-DELFSHAVEN.city.json"
    if not src.exists():
        pytest.skip(f"{src} is absent")
    out = tmp_path / "rdam.png"
    code = (
        "import sys\n"
        "from plannerapp.cli import main\n"
        f"rc = main(['screenshot', {str(src)!r}, {str(out)!r}, '--size', '640x400', '--view', 'top', '--colour-by', 'height'])\n"
        "print('QT' if any(m.split('.')[0] in ('PySide6', 'pyvistaqt', 'shiboken6') for m in sys.modules) else 'NOQT')\n"
        "sys.exit(rc)\n"
    )
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines()[-1] == "NOQT"
    assert "wrote" in res.stdout and "640x400" in res.stdout
    img = np.asarray(Image.open(out))
    assert img.shape[:2] == (400, 640)
    assert _saturated_fraction(img) > 0.02


def test_screenshot_command_reports_a_malformed_file_as_one_line(tmp_path):
    bad = tmp_path / "broken.city.json"
    bad.write_text('{"type": "CityJSON", "version": "2.0", "CityObjects": {', encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "plannerapp", "screenshot", str(bad), str(tmp_path / "x.png")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert "broken.city.json" in res.stderr
    assert not (tmp_path / "x.png").exists()
