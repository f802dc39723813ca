"""Bad project files: one error listing EVERY problem, with what is safe offered as a partial project."""

from __future__ import annotations

import json
import re
import os

import pytest
from projectkit import SAMPLE, SAMPLE_CITY, cached_city_loader

from plannerapp.errors import InputError
from plannerapp.io.project import load_project, save_project

HOUSE = "NL.IMBAG.Pand.0503100000004247"
X0, Y0 = 85400.0, 446900.0  # inside tile 5910 (RD New metres)


def sq(x, y, s=10.0):
    return {"type": "Polygon", "coordinates": [[[X0 + x, Y0 + y], [X0 + x + s, Y0 + y], [X0 + x + s, Y0 + y + s],
                                                [X0 + x, Y0 + y + s], [X0 + x, Y0 + y]]]}


def feat(geom, **props):
    return {"type": "Feature", "geometry": geom, "properties": props}


def write(folder, rel, data):
    p = folder / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(data) if not isinstance(data, str) else data)


def make_project(folder, **overrides):
    data = {"schema_version": 1, "name": "Bad", "crs": "EPSG:7415",
            "context": os.path.relpath(SAMPLE_CITY, folder).replace(os.sep, "/"),
            "controls": "controls.geojson", "schemes": ["schemes/good.geojson"]}
    data.update(overrides)
    write(folder, "project.json", data)
    write(folder, "controls.geojson", {"type": "FeatureCollection", "features": []})
    write(folder, "schemes/good.geojson", {"type": "FeatureCollection", "name": "Good", "features": [
        feat(sq(0, 0), kind="building", id="A1", height_m=12.0, use="residential"),
        feat(None, kind="demolish", context_id=HOUSE)]})
    return folder


def load(folder, **kw):
    return load_project(folder, city_loader=cached_city_loader, **kw)


def test_every_problem_in_a_bad_scheme_is_listed_at_once(tmp_path):
    folder = make_project(tmp_path, schemes=["schemes/good.geojson", "schemes/bad.geojson"])
    bowtie = {"type": "Polygon", "coordinates": [[[X0, Y0], [X0 + 10, Y0 + 10], [X0 + 10, Y0], [X0, Y0 + 10], [X0, Y0]]]}
    write(folder, "schemes/bad.geojson", {"type": "FeatureCollection", "name": "Bad", "features": [
        feat(sq(0, 0), kind="tower", id="K1", height_m=10),
        feat(bowtie, kind="building", id="K2", height_m=10),
        feat({"type": "Polygon", "coordinates": []}, kind="building", id="K3", height_m=10),
        feat(sq(20, 0), kind="building", id="K4", height_m=-5),
        feat(sq(40, 0), kind="building", id="B1", height_m=9, use="office"),
        feat(sq(60, 0), kind="building", id="B1", height_m=9),
        feat(None, kind="demolish", context_id="NL.IMBAG.Pand.doesnotexist"),
        feat(sq(80, 0), kind="building", id="K5", floors="three"),
        feat(sq(100, 0), kind="building", height_m=6),
        feat(sq(120, 0), kind="green", id="G1", on_roof="yes"),
        feat({"type": "Point", "coordinates": [X0, Y0]}, kind="building", id="K6", height_m=3),
        feat(sq(140, 0), kind="building", id="K7"),
        feat(sq(160, 0), kind="building", id="K8", floors=0),
    ]})
    with pytest.raises(InputError) as err:
        load(folder)
    probs = err.value.problems
    expected = ["unknown kind \"tower\"", "K2): footprint is not a valid polygon (Self-intersection",
                "K3): footprint is empty", "K4): height_m -5 must be positive", "duplicate id B1",
                "NL.IMBAG.Pand.doesnotexist, which is not a building of the context",
                "K5): floors must be a whole number", "feature 9: id must be a non-empty string",
                "G1): on_roof must be true or false", "K6): geometry must be a Polygon, not \"Point\"",
                "K7): needs height_m or floors", "K8): floors must be a whole number >= 1, not 0"]
    for text in expected:
        assert any(text in p for p in probs), (text, probs)
    assert len(probs) == len(expected), probs
    assert all(p.startswith("schemes/bad.geojson feature") for p in probs)
    assert err.value.path.endswith("project.json")
    # what is valid is offered: the good scheme whole, the bad one with its one valid building
    partial = err.value.partial
    assert [s.id for s in partial.schemes] == ["good", "bad"]
    assert list(partial.scheme("bad").buildings) == ["B1"]
    assert partial.scheme("bad").buildings["B1"].use == "office"
    assert list(partial.scheme("good").buildings) == ["A1"] and partial.scheme("good").demolish == {HOUSE}
    # and strict=False returns it with the problems kept
    p = load(folder, strict=False)
    assert p.warnings == probs and list(p.scheme("bad").buildings) == ["B1"]


def test_project_json_problems_are_all_listed(tmp_path):
    folder = make_project(tmp_path, name=5, crs=7415, schemes=["schemes/good.geojson", "../elsewhere.geojson", 7,
                                                               "schemes/missing.geojson", "schemes/good.geojson"],
                          controls="nope.geojson", site={"latitude": 95, "longitude": 4})
    with pytest.raises(InputError) as err:
        load(folder)
    probs = err.value.problems
    for text in ["name must be a non-empty string", "crs must be a string", "../elsewhere.geojson is outside the project folder",
                 "schemes[2] must be a relative path string", "schemes/missing.geojson: file does not exist",
                 "schemes/good.geojson is listed twice", "controls file nope.geojson does not exist", "site must be"]:
        assert any(text in p for p in probs), (text, probs)
    assert [s.id for s in err.value.partial.schemes] == ["good"]


def test_missing_keys_and_a_context_outside_the_folder(tmp_path):
    write(tmp_path / "p", "project.json", {"schema_version": 1})
    with pytest.raises(InputError) as err:
        load(tmp_path / "p")
    assert [p for p in err.value.problems if "missing key" in p] == [
        "project.json: missing key name", "project.json: missing key crs", "project.json: missing key context"]
    (tmp_path / "outside.city.json").write_text("{}")
    folder = make_project(tmp_path / "q", context="../outside.city.json")
    with pytest.raises(InputError) as err:
        load(folder)
    assert any("context path ../outside.city.json is outside the project folder" in p for p in err.value.problems)
    partial = err.value.partial
    assert len(partial.context) == 0 and list(partial.scheme("good").buildings) == ["A1"]
    # the origin is taken from the scheme coordinates, so local coordinates stay small
    assert abs(partial.scheme("good").buildings["A1"].footprint.centroid.x) < 100


def test_unreadable_or_future_files_fail_without_a_partial(tmp_path):
    write(tmp_path / "a", "project.json", "{not json")
    with pytest.raises(InputError, match="not valid JSON") as err:
        load(tmp_path / "a")
    assert err.value.partial is None
    write(tmp_path / "b", "project.json", {"schema_version": 99, "name": "x"})
    with pytest.raises(InputError, match="newer than this plannerapp"):
        load(tmp_path / "b")
    with pytest.raises(InputError, match="no project.json"):
        load(tmp_path / "c")


def test_a_version_0_project_is_migrated_and_saved_as_version_1(tmp_path):
    folder = make_project(tmp_path)
    old = {"name": "Prototype", "epsg": 7415, "context_file": os.path.relpath(SAMPLE_CITY, folder),
           "controls_file": "controls.geojson", "schemes": {"Good": "schemes/good.geojson"},
           "latitude": 52.0, "longitude": 4.37}
    write(folder, "project.json", old)
    p = load(folder)
    assert (p.name, p.crs, p.schema_version) == ("Prototype", "EPSG:7415", 1)
    assert p.site.latitude == 52.0 and not p.site_derived and [s.id for s in p.schemes] == ["good"]
    save_project(p)
    new = json.loads((folder / "project.json").read_text())
    assert new["schema_version"] == 1 and new["context"] == old["context_file"] and "epsg" not in new
    assert json.loads((folder / "project.json.bak").read_text()) == old


def test_a_scheme_building_may_reuse_an_id_only_of_a_building_it_demolishes(tmp_path):
    folder = make_project(tmp_path)
    write(folder, "schemes/good.geojson", {"type": "FeatureCollection", "name": "Good", "features": [
        feat(sq(0, 0), kind="building", id=HOUSE, height_m=12.0),
        feat(sq(20, 0), kind="building", id="NL.IMBAG.Pand.0503100000017002", height_m=12.0),
        feat(None, kind="demolish", context_id=HOUSE)]})
    with pytest.raises(InputError) as err:
        load(folder)
    assert len(err.value.problems) == 1
    assert "NL.IMBAG.Pand.0503100000017002 is already a context building" in err.value.problems[0]
    assert list(err.value.partial.scheme("good").buildings) == [HOUSE]


def test_the_sample_project_has_no_problems():
    p = load_project(SAMPLE, city_loader=cached_city_loader)
    assert p.warnings == []


def test_control_plan_problems_are_listed_with_the_scheme_problems(tmp_path):
    folder = make_project(tmp_path, schemes=["schemes/good.geojson", "schemes/bad.geojson"])
    write(folder, "controls.geojson", {"type": "FeatureCollection", "features": [
        feat(sq(0, 0, 100), id="P1", max_far=-1, max_height_m=30),
        feat(sq(200, 0, 100), id="P2", max_coverage=0.4)]})
    write(folder, "schemes/bad.geojson", {"type": "FeatureCollection", "features": [
        feat(sq(0, 0), kind="building", id="Z", height_m=0)]})
    with pytest.raises(InputError) as err:
        load(folder)
    probs = err.value.problems
    assert any(p.startswith("controls.geojson: ") and "max_far" in p for p in probs), probs
    assert any("bad.geojson" in p and "height_m 0 must be positive" in p for p in probs), probs
    assert [p.id for p in err.value.partial.controls.parcels] == ["P2"]


def test_a_scheme_in_degrees_or_another_crs_is_caught(tmp_path):
    folder = make_project(tmp_path, schemes=["schemes/good.geojson", "schemes/lonlat.geojson", "schemes/other.geojson"])
    lonlat = {"type": "Polygon", "coordinates": [[[4.37, 52.0], [4.371, 52.0], [4.371, 52.001], [4.37, 52.0]]]}
    write(folder, "schemes/lonlat.geojson", {"type": "FeatureCollection", "features": [
        feat(lonlat, kind="building", id="D1", height_m=9)]})
    write(folder, "schemes/other.geojson", {"type": "FeatureCollection", "features": [],
                                            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}}})
    with pytest.raises(InputError) as err:
        load(folder)
    probs = err.value.problems
    assert any(re.search(r"\(building D1\): lies 4[0-9]{2} km from the context", p) for p in probs), probs
    assert any(p.startswith("schemes/other.geojson: the file says its CRS is urn:ogc:def:crs:EPSG::4326 but the project is EPSG:7415")
               for p in probs), probs


def test_a_controls_file_that_is_not_json_is_one_named_problem_and_the_rest_still_opens(tmp_path):
    folder = make_project(tmp_path)
    write(folder, "controls.geojson", "{ this is not json")
    p = load(folder, strict=False)
    assert len(p.warnings) == 1 and p.warnings[0].startswith("controls.geojson: "), p.warnings
    assert p.controls.parcels == [] and p.controls.source.endswith("controls.geojson")
    assert list(p.scheme("good").buildings) == ["A1"]
