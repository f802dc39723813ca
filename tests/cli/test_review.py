"""``plannerapp review``: a project folder on disk, exit codes 0/1/2, JSON shape, HTML report."""

from __future__ import annotations

import json
from html import escape
import subprocess
import sys
from pathlib import Path

import pytest

from plannerapp.cli import main

X0, Y0 = 440000.0, 4420000.0          # EPSG:32650, near Beijing
CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}}


def _ring(x, y, w, h):
    return [[[X0 + x, Y0 + y], [X0 + x + w, Y0 + y], [X0 + x + w, Y0 + y + h], [X0 + x, Y0 + y + h], [X0 + x, Y0 + y]]]


def _fc(features):
    return {"type": "FeatureCollection", "crs": CRS, "features": features}


def _poly(x, y, w, h):
    return {"type": "Polygon", "coordinates": _ring(x, y, w, h)}


def make_project(root: Path, *, max_height=40.0, controls_extra=None) -> Path:
    """Context: two existing houses; parcel P1 100 x 80 m; scheme A: two 30 m slabs (400 m2 x 10 floors each)."""
    root.mkdir(parents=True, exist_ok=True)
    context = [
        {"type": "Feature", "properties": {"id": "house-1", "height": 9.0, "use": "residential"}, "geometry": _poly(10, 120, 20, 10)},
        {"type": "Feature", "properties": {"id": "house-2", "height": 9.0, "use": "residential"}, "geometry": _poly(60, 120, 20, 10)},
    ]
    (root / "context.geojson").write_text(json.dumps(_fc(context)), encoding="utf-8")
    props = {"id": "P1", "land_use": "R2", "max_far": 1.5, "max_coverage": 0.3, "max_height_m": max_height,
             "setback_m": 5.0, "min_spacing_m": 12.0, "allowed_uses": ["residential"]}
    props.update(controls_extra or {})
    (root / "controls.geojson").write_text(json.dumps(_fc([{"type": "Feature", "properties": props,
                                                             "geometry": _poly(0, 0, 100, 80)}])), encoding="utf-8")
    (root / "schemes").mkdir(exist_ok=True)
    scheme = [
        {"type": "Feature", "properties": {"kind": "building", "id": "S1", "height_m": 30.0, "floors": 10,
                                           "use": "residential"}, "geometry": _poly(10, 10, 40, 10)},
        {"type": "Feature", "properties": {"kind": "building", "id": "S2", "height_m": 30.0, "floors": 10,
                                           "use": "residential"}, "geometry": _poly(10, 40, 40, 10)},
        {"type": "Feature", "properties": {"kind": "green", "id": "G1", "on_roof": False}, "geometry": _poly(60, 10, 30, 60)},
    ]
    (root / "schemes" / "A.geojson").write_text(json.dumps({**_fc(scheme), "name": "Slabs"}), encoding="utf-8")
    (root / "project.json").write_text(json.dumps({
        "schema_version": 1, "name": "CLI test", "crs": "EPSG:32650", "context": "context.geojson",
        "controls": "controls.geojson", "schemes": ["schemes/A.geojson"],
        "site": {"latitude": 39.9, "longitude": 116.4, "timezone": "Asia/Shanghai"}}), encoding="utf-8")
    return root


def test_review_of_a_compliant_scheme_exits_0_and_writes_the_json_shape(tmp_path, capsys):
    proj = make_project(tmp_path / "proj")
    out = tmp_path / "review.json"
    assert main(["review", str(proj), "--scheme", "A", "--json", str(out)]) == 0
    assert "PASSED" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["project"] == "CLI test" and data["scheme"] == "A" and data["passed"] is True
    (p,) = data["parcels"]
    assert p["id"] == "P1" and p["area_m2"] == pytest.approx(8000.0)
    assert set(p["indicators"]) >= {"gfa_m2", "far", "coverage", "green_ratio", "max_height_m", "min_setback_m",
                                    "min_spacing_m"}
    ind = p["indicators"]
    assert ind["gfa_m2"] == pytest.approx(8000.0) and ind["far"] == pytest.approx(1.0)
    assert ind["coverage"] == pytest.approx(800 / 8000) and ind["green_ratio"] == pytest.approx(1800 / 8000)
    assert ind["max_height_m"] == 30.0 and ind["min_setback_m"] == pytest.approx(10.0)
    assert ind["min_spacing_m"] == pytest.approx(20.0)
    rules = {c["rule"]: c for c in p["checks"]}
    assert set(rules) == {"max_far", "max_coverage", "max_height_m", "setback_m", "min_spacing_m", "allowed_uses"}
    for c in p["checks"]:
        assert set(c) >= {"rule", "limit", "value", "passed", "buildings"}
        assert c["passed"] is True
    assert rules["max_far"]["limit"] == 1.5 and rules["max_far"]["value"] == pytest.approx(1.0)
    roles = {i["role"] for i in data["inputs"]}
    assert {"project", "context", "controls", "scheme", "rule profile"} <= roles
    assert all(len(i["sha256"]) == 64 for i in data["inputs"])


def test_review_exits_1_when_a_rule_fails_and_names_the_building(tmp_path, capsys):
    proj = make_project(tmp_path / "proj", max_height=29.99)
    out = tmp_path / "review.json"
    assert main(["review", str(proj), "--scheme", "Slabs", "--json", str(out)]) == 1
    text = capsys.readouterr().out
    assert "FAIL" in text and "S1" in text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["passed"] is False
    check = next(c for c in data["parcels"][0]["checks"] if c["rule"] == "max_height_m")
    assert check["passed"] is False and check["buildings"] == ["S1", "S2"] and check["value"] == 30.0


def test_rules_that_cannot_be_evaluated_carry_null_and_a_reason(tmp_path, capsys, monkeypatch):
    from plannerapp.rules import sunlight

    monkeypatch.setattr(sunlight, "engine", lambda: None)
    sun = {"standard": "GB50180", "day": "great_cold", "min_hours": 2, "start": "08:00", "end": "16:00",
           "applies_to": ["residential"]}
    proj = make_project(tmp_path / "proj", controls_extra={"sunlight": sun})
    out = tmp_path / "review.json"
    assert main(["review", str(proj), "--scheme", "A", "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    nulls = [c for c in data["parcels"][0]["checks"] if c["passed"] is None]
    assert {c["rule"] for c in nulls} == {"sunlight", "sunlight_neighbours"}
    assert all(c["reason"] for c in nulls)
    assert {n["rule"] for n in data["not_evaluated"]} == {"sunlight", "sunlight_neighbours"}
    assert main(["review", str(proj), "--scheme", "A", "--strict"]) == 1


@pytest.mark.parametrize("case", ["no project", "bad controls", "unknown scheme", "unknown profile", "no parcels"])
def test_bad_input_exits_2_with_one_line_per_problem(tmp_path, capsys, case):
    proj = make_project(tmp_path / "proj", controls_extra={"max_coverage": 1.5, "setback_m": -2} if case == "bad controls" else None)
    args = ["review", str(proj), "--scheme", "A"]
    if case == "no project":
        args[1] = str(tmp_path / "nowhere")
    elif case == "unknown scheme":
        args[3] = "Z"
    elif case == "unknown profile":
        args += ["--rule-profile", "atlantis"]
    elif case == "no parcels":
        (proj / "controls.geojson").write_text(json.dumps(_fc([])), encoding="utf-8")
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "Traceback" not in err
    if case == "bad controls":
        assert "max_coverage = 1.5 must not exceed 1" in err and "setback_m = -2 must not be negative" in err


def test_html_report_holds_every_rule_hashes_version_and_views(tmp_path):
    proj = make_project(tmp_path / "proj", max_height=29.99)
    html_path = tmp_path / "review.html"
    json_path = tmp_path / "review.json"
    # a separate process, as a user runs it (off-screen rendering for the views)
    res = subprocess.run([sys.executable, "-m", "plannerapp", "review", str(proj), "--scheme", "A",
                          "--html", str(html_path), "--json", str(json_path)], capture_output=True, text=True)
    assert res.returncode == 1, res.stderr
    html = html_path.read_text(encoding="utf-8")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    from plannerapp import __version__
    from plannerapp.rules.titles import rule_title

    for c in data["parcels"][0]["checks"]:
        assert escape(rule_title(c["rule"])) in html and f"<code>{c['rule']}</code>" in html
    for i in data["inputs"]:
        assert i["sha256"] in html
    assert f"plannerapp {__version__}" in html
    assert "Sign-off" in html and "@media print" in html
    assert html.count("data:image/png;base64,") == 2, res.stderr


def test_rule_profile_option_changes_the_counted_floor_area(tmp_path):
    proj = make_project(tmp_path / "proj")
    settings = json.loads((proj / "project.json").read_text(encoding="utf-8"))
    settings["settings"] = {"rule_profile": "xiongan"}
    (proj / "project.json").write_text(json.dumps(settings), encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["review", str(proj), "--scheme", "A", "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["profile"] == "xiongan"
    assert main(["review", str(proj), "--scheme", "A", "--json", str(out), "--rule-profile", "default"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["profile"] == "default"
