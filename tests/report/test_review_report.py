"""The review reports: JSON shape and a signable, printable, self-contained HTML file."""

from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rules"))
from reviewkit import BEIJING, building, green, parcel, project  # noqa: E402

from plannerapp import __version__  # noqa: E402
from plannerapp.report.html import esc  # noqa: E402
from plannerapp.report.review_html import build_review_html, fmt_value, write_review_html  # noqa: E402
from plannerapp.report.review_inputs import input_hashes, sha256_file  # noqa: E402
from plannerapp.report.review_json import review_to_dict, write_review_json  # noqa: E402
from plannerapp.rules.review import review_scheme  # noqa: E402
from plannerapp.rules.titles import RULE_TITLES, rule_title  # noqa: E402

SUN = {"standard": "GB50180", "day": "great_cold", "min_hours": 2, "start": "08:00", "end": "16:00",
       "applies_to": ["residential"]}


@pytest.fixture(scope="module")
def review():
    p1 = parcel("P1", -40, -60, 120, 100, max_far=2.0, min_far=0.1, max_gfa_m2=50000, max_coverage=0.4,
                min_green_ratio=0.05, max_height_m=25.0, setback_m=5.0, min_spacing_m=10.0,
                allowed_uses=["residential"], sunlight=SUN)
    new = [building("home", 0, 0, 30, 12, height=30.0, floors=10)]
    context = [building("office", 5, -35, 20, 10, height=20.0, floors=5, use="office"),
               building("row", 0, 60, 30, 10, height=9.0, floors=3)]
    return review_scheme(project([p1], new=new, context=context, greens=[green("g", 40, 20, 30, 15)], site=BEIJING),
                         "A")


def test_json_has_the_documented_shape_and_no_nan(review, tmp_path):
    path = tmp_path / "r.json"
    write_review_json(review, path, inputs=[{"role": "scheme", "path": "a.geojson", "bytes": 1, "sha256": "0" * 64}])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"project", "scheme", "passed", "parcels", "not_evaluated", "inputs", "software", "parameters"} <= set(data)
    assert data["passed"] is False  # the 30 m home breaks the 25 m limit
    checks = data["parcels"][0]["checks"]
    assert {c["rule"] for c in checks} == set(RULE_TITLES)
    height = next(c for c in checks if c["rule"] == "max_height_m")
    assert height == {**height, "limit": 25.0, "value": 30.0, "passed": False, "buildings": ["home"], "margin": -5.0}
    assert data["software"]["version"] == __version__
    assert review_to_dict(review)["parcels"][0]["indicators"]["max_height_m"] == 30.0


def test_html_is_one_file_with_every_rule_limit_value_margin_and_sunlight_tables(review):
    images = [("Oblique view", b"\x89PNG\r\n\x1a\nfake"), ("Plan view", b"\x89PNG\r\n\x1a\nfake2")]
    inputs = [{"role": "controls", "path": "controls.geojson", "bytes": 10, "sha256": "ab" * 32}]
    html = build_review_html(review, images=images, inputs=inputs)
    for f in review.findings:
        assert esc(rule_title(f.rule)) in html
        assert fmt_value(f.limit, f.unit) in html
    assert "ab" * 32 in html and f"plannerapp {__version__}" in html
    assert html.count("data:image/png;base64,") == 2
    assert "Parcel P1: own windows" in html and "neighbouring windows before and after" in html
    assert "Sunlit (true solar time)" in html
    assert "Definitions" in html and "floor_area.standard_storey_height_m" in html
    assert "Reviewer" in html and "Signature" in html and "@media print" in html
    assert "http://" not in html and "https://" not in html  # nothing loaded from the network
    # well formed: every opened table/tr/td closed
    class Count(HTMLParser):
        def __init__(self):
            super().__init__()
            self.depth = {"table": 0, "tr": 0, "td": 0}

        def handle_starttag(self, tag, attrs):
            if tag in self.depth:
                self.depth[tag] += 1

        def handle_endtag(self, tag):
            if tag in self.depth:
                self.depth[tag] -= 1

    c = Count()
    c.feed(html)
    assert c.depth == {"table": 0, "tr": 0, "td": 0}


def test_report_strings_go_through_translation(review, monkeypatch):
    from plannerapp import i18n

    import re

    def shout(context, text, *a, **k):  # upper-case outside {placeholders}
        if context != "report":
            return text
        return "".join(part if part.startswith("{") else part.upper() for part in re.split(r"(\{[^}]*\})", text))

    monkeypatch.setattr("plannerapp.report.review_html.translate", shout)
    monkeypatch.setattr("plannerapp.report.review_text.translate", shout)
    monkeypatch.setattr("plannerapp.rules.titles.translate", shout)
    html = build_review_html(review)
    assert "SIGN-OFF" in html and "MAXIMUM BUILDING HEIGHT" in html and "DEFINITIONS" in html
    assert i18n.language() == "en"


def test_input_hashes_are_sha256_of_the_files(tmp_path):
    f = tmp_path / "controls.geojson"
    f.write_bytes(b"hello")
    rows = input_hashes([("controls", f)], tmp_path)
    assert rows == [{"role": "controls", "path": "controls.geojson", "bytes": 5,
                     "sha256": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"}]
    assert sha256_file(f) == rows[0]["sha256"]


def test_html_is_written_atomically(review, tmp_path):
    path = tmp_path / "out" / "review.html"
    write_review_html(review, path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in path.parent.iterdir()] == ["review.html"]
