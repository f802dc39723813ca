"""The comparison report: one self-contained HTML file with the table, charts and a view per scheme."""

from __future__ import annotations

import re

import numpy as np
import pytest

from datafiles import ROOT
from plannerapp.io.project import load_project
from plannerapp.report.charts import RADAR_KEYS, chart_bytes, column_colours, normalised
from plannerapp.report.compare_html import comparison_html, write_comparison_csv, write_comparison_html
from plannerapp.report.compare_metrics import compare_schemes

SAMPLE = ROOT / "scenarios" / "delft-sample"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def project():
    return load_project(SAMPLE)


@pytest.fixture(scope="module")
def table(project):
    return compare_schemes(project, ["towers", "perimeter-block", "mid-rise-slabs"])


def test_charts_render_as_png_and_svg_with_translated_axis_titles(table):
    png = chart_bytes(table, "bar", "green_ratio_pct")
    assert png.startswith(PNG) and len(png) > 5000
    svg = chart_bytes(table, "radar", fmt="svg").decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    bar_svg = chart_bytes(table, "bar", "gfa_m2", fmt="svg").decode("utf-8")
    for text in ("Scheme", "Towers", "Perimeter"):   # glyph paths carry their text in comments
        assert text in bar_svg
    assert len(set(column_colours(table))) == 4


def test_radar_scales_each_metric_from_worst_to_best(table):
    rows, scores = normalised(table)
    assert [r.key for r in rows] == [k for k in RADAR_KEYS if k in {r.key for r in rows}]
    assert scores.min() >= 0.0 and scores.max() <= 1.0
    g = [r.key for r in rows].index("green_ratio_pct")
    assert scores[g].argmax() == 1 and scores[g, 0] == 0.0          # towers best, status quo (0 %) worst
    s = [r.key for r in rows].index("ground_shadow_area_m2")       # lower is better: the status quo
    assert scores[s, 0] == 1.0 and np.isclose(scores[s].min(), 0.0)


def test_report_shows_every_scheme_the_charts_and_the_screenshots(project, table, tmp_path):
    from plannerapp.scene.compare_views import render_scheme_views

    schemes = [None] + [project.scheme(c.id) for c in table.columns[1:]]
    shots = render_scheme_views(project, schemes, size=(640, 440), titles=[c.name for c in table.columns])
    assert [cid for cid, _ in shots] == [c.id for c in table.columns]
    assert all(png.startswith(PNG) for _, png in shots)
    out = tmp_path / "compare.html"
    write_comparison_html(table, out, screenshots=[(cid, cid, png) for cid, png in shots])
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    head = re.search(r"<thead>(.*?)</thead>", html, re.S).group(1)
    for c in table.columns:
        assert c.name in head
    imgs = re.findall(r'<img src="data:image/png;base64,', html)
    assert len(imgs) == 1 + len(shots) + len(table.numeric_rows())       # radar + views + one bar per metric
    assert not re.search(r'src="(https?:|file:)', html)                   # self-contained
    assert html.count('class="num best"') == sum(len(r.best) for r in table.rows)
    assert html.count('class="num worst"') == sum(len(r.worst) for r in table.rows)
    assert "10 min" in html and "Definitions" in html and "@media print" in html
    csv_path = tmp_path / "compare.csv"
    write_comparison_csv(table, csv_path)
    assert csv_path.read_text(encoding="utf-8").splitlines()[0].endswith("towers,perimeter-block,mid-rise-slabs")


def test_report_names_the_differences_when_given(table):
    html = comparison_html(table, charts=[], diff_images=[("towers", "Towers", PNG + b"x")])
    assert "Differences against the status quo" in html and "green: added" in html
