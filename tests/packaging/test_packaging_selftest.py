"""The self-test a user (or an installer build) runs: `plannerapp --self-test`, from source.

It runs in a child process with no display (EGL off-screen rendering), like
on a CI machine or a server.  The bundle's own run is in test_packaging_bundle.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from datafiles import ROOT


def _run(args, extra_env=None, timeout=300):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra_env or {})
    return subprocess.run([sys.executable, "-m", "plannerapp", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.slow
def test_self_test_opens_sample_reviews_computes_sunlight_and_renders_without_display(tmp_path):
    r = _run(["self-test", "--out", str(tmp_path)])
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("self-test OK"), r.stdout
    summary = lines[0]
    # the sample city is 3D BAG tile 5910 with 432 buildings; the first scheme is "towers"
    assert "432 buildings" in summary
    assert "scheme towers" in summary
    assert "proj network off" in summary
    assert re.search(r"; [1-9][0-9]* GUI modules;", summary)  # every GUI module imports
    png = tmp_path / "self-test.png"
    assert str(png) in summary
    with Image.open(png) as im:
        assert im.size == (800, 500)
        px = np.asarray(im.convert("RGB"))
    # buildings coloured by height: many colours, and some pixels far from the grey ground/sky
    assert len(np.unique(px.reshape(-1, 3), axis=0)) > 50
    saturation = px.max(axis=2).astype(int) - px.min(axis=2).astype(int)
    assert (saturation > 80).mean() > 0.01


@pytest.mark.slow
def test_self_test_failure_names_the_step_and_reason_and_exits_1(tmp_path):
    empty = tmp_path / "no-resources"
    empty.mkdir()
    # resources moved away (a broken install): the sample project's city is not a bundled resource any more
    r = _run(["--self-test"], extra_env={"PLANNERAPP_RESOURCES": str(empty)})
    assert r.returncode == 1
    last = r.stderr.strip().splitlines()[-1]
    assert re.match(r"^self-test FAILED at open: .+", last), last
    assert "delft_3dbag_5910.city.json" in last  # the reason names the file
    assert "Traceback" not in r.stderr
    assert "self-test OK" not in r.stdout


def test_self_test_is_reachable_as_a_flag_and_a_command():
    from plannerapp.cli import build_parser

    parser, table = build_parser()
    assert "self-test" in table
    assert parser.parse_args(["--self-test"]).self_test is True
