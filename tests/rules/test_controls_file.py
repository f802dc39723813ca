"""Reading controls.geojson: parcels in local metres; every bad control listed."""

from __future__ import annotations

import json

import numpy as np
import pytest

from plannerapp.errors import InputError
from plannerapp.io.controls import read_controls


def _feature(pid, coords, **props):
    return {"type": "Feature", "properties": {"id": pid, **props},
            "geometry": {"type": "Polygon", "coordinates": [coords]}}


def _square(x, y, s):
    return [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]


def _write(tmp_path, features, **extra):
    path = tmp_path / "controls.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", **extra, "features": features}), encoding="utf-8")
    return path


def test_controls_are_read_in_local_metres_with_all_their_keys(tmp_path):
    sun = {"standard": "GB50180", "day": "great_cold", "min_hours": 2, "start": "08:00", "end": "16:00",
           "applies_to": ["residential"]}
    path = _write(tmp_path, [_feature("R1", _square(272400, 3465400, 100), land_use="R2", max_far=2.5, min_far=1.0,
                                      max_coverage=0.3, min_green_ratio=0.35, max_height_m=60, setback_m=8,
                                      min_spacing_m=12, sunlight=sun, max_gfa_m2=20000,
                                      allowed_uses=["residential"], note="kept")],
                  crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32651"}})
    plan = read_controls(path, origin=np.array([272300.0, 3465300.0, 0.0]), crs="EPSG:32651")
    (p,) = plan.parcels
    assert p.id == "R1" and p.land_use == "R2"
    assert p.polygon.bounds == (100.0, 100.0, 200.0, 200.0)
    assert p.area_m2 == 10000.0
    assert p.controls["max_far"] == 2.5 and p.controls["sunlight"]["min_hours"] == 2
    assert p.attributes["note"] == "kept"


def test_lonlat_controls_are_projected_to_the_project_crs(tmp_path):
    from pyproj import Transformer

    t = Transformer.from_crs("EPSG:32651", "OGC:CRS84", always_xy=True)
    corners = [t.transform(x, y) for x, y in [(272400, 3465400), (272500, 3465400), (272500, 3465500), (272400, 3465500)]]
    ring = [list(c) for c in corners] + [list(corners[0])]
    plan = read_controls(_write(tmp_path, [_feature("P", ring, max_far=1)]),
                         origin=np.array([272300.0, 3465300.0, 0.0]), crs="EPSG:32651")
    assert plan.parcels[0].area_m2 == pytest.approx(10000.0, rel=1e-6)
    assert plan.parcels[0].polygon.bounds[0] == pytest.approx(100.0, abs=1e-3)


def test_every_bad_parcel_and_control_is_listed_at_once(tmp_path):
    feats = [
        _feature("A", _square(0, 0, 100), max_coverage=1.2, setback_m=-1),
        _feature("B", _square(50, 50, 100), max_far="2", sunlight={"min_hours": 2, "start": "16:00", "end": "08:00"}),
        _feature("C", [[200, 0], [300, 100], [300, 0], [200, 100], [200, 0]], max_heigth=30),
        _feature("A", _square(500, 0, 50)),
        {"type": "Feature", "properties": {"id": "E"}, "geometry": {"type": "Point", "coordinates": [1, 2]}},
        _feature("F", _square(700, 0, 50), min_far=3, max_far=2, allowed_uses="residential"),
        _feature("G", _square(900, 0, 50), max_height_m=True, min_green_ratio=1.5),
        _feature("OK", _square(1100, 0, 50), max_far=2),
    ]
    with pytest.raises(InputError) as err:
        read_controls(_write(tmp_path, feats, frame="local"))
    text = "\n".join(err.value.problems)
    for expected in ["max_coverage = 1.2 must not exceed 1", "setback_m = -1 must not be negative",
                     "max_far must be a number, not '2'", "sunlight.end 08:00 must be after start 16:00",
                     "unknown control 'max_heigth'", "invalid polygon", "duplicate parcel id A",
                     "geometry must be a Polygon, not Point", "min_far 3 is above max_far 2",
                     "allowed_uses must be a non-empty list", "max_height_m must be a number, not True",
                     "min_green_ratio = 1.5 must not exceed 1", "parcels A and B overlap by 2500.00 m2"]:
        assert expected in text
    assert len(err.value.problems) == 13
    assert [p.id for p in err.value.partial.parcels] == ["OK"]


def test_parcels_sharing_an_edge_do_not_overlap(tmp_path):
    plan = read_controls(_write(tmp_path, [_feature("W", _square(0, 0, 50)), _feature("E", _square(50, 0, 50))],
                                frame="local"))
    assert [p.id for p in plan.parcels] == ["W", "E"]


def test_not_geojson_is_one_clear_problem(tmp_path):
    path = tmp_path / "controls.geojson"
    path.write_text("{\"type\": \"Feature\"}", encoding="utf-8")
    with pytest.raises(InputError, match="not a GeoJSON FeatureCollection"):
        read_controls(path)


def test_lonlat_without_a_crs_member_is_recognised_and_projected(tmp_path):
    """RFC 7946 GeoJSON has no crs member and is lon/lat: projected when the project CRS is metric."""
    from pyproj import Transformer

    t = Transformer.from_crs("EPSG:32650", "OGC:CRS84", always_xy=True)
    pts = [t.transform(x, y) for x, y in [(440000, 4420000), (440050, 4420000), (440050, 4420040), (440000, 4420040)]]
    ring = [list(p) for p in pts] + [list(pts[0])]
    plan = read_controls(_write(tmp_path, [_feature("P", ring)]), origin=np.array([440000.0, 4420000.0, 0]),
                         crs="EPSG:32650")
    assert plan.parcels[0].area_m2 == pytest.approx(2000.0, rel=1e-6)
    assert plan.parcels[0].polygon.bounds[:2] == pytest.approx((0.0, 0.0), abs=1e-3)


def test_lonlat_controls_without_a_project_crs_are_refused(tmp_path):
    crs84 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}
    path = _write(tmp_path, [_feature("P", _square(4.37, 52.0, 0.001))], crs=crs84)
    with pytest.raises(InputError, match="longitude/latitude"):
        read_controls(path)


def test_controls_in_another_projected_crs_are_transformed(tmp_path):
    from pyproj import Transformer

    t = Transformer.from_crs("EPSG:32650", "EPSG:4547", always_xy=True)  # UTM 50N -> CGCS2000 3-degree GK
    corners = [t.transform(x, y) for x, y in [(440000, 4420000), (440100, 4420000), (440100, 4420100), (440000, 4420100)]]
    ring = [list(c) for c in corners] + [list(corners[0])]
    path = _write(tmp_path, [_feature("P", ring)], crs={"type": "name", "properties": {"name": "EPSG:4547"}})
    plan = read_controls(path, origin=np.array([440000.0, 4420000.0, 0]), crs="EPSG:32650")
    assert plan.parcels[0].area_m2 == pytest.approx(10000.0, rel=1e-4)
    assert plan.parcels[0].polygon.bounds == pytest.approx((0, 0, 100, 100), abs=0.05)
