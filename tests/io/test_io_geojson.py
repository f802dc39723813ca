"""GeoJSON footprints with heights become extruded buildings in a metric frame."""

from __future__ import annotations

import json

import numpy as np
import pytest
from cityjson_reference import reference_geojson
from datafiles import shared_file
from pyproj import Geod
from shapely.geometry import shape

from plannerapp.errors import InputError
from plannerapp.io.geojson import read_geojson
from plannerapp.io.loader import load_city

SUZHOU = "china-suzhou-footprints/suzhou_buildings.geojson"


@pytest.fixture(scope="module")
def suzhou():
    return load_city(shared_file(SUZHOU))


def test_suzhou_footprints_load_in_utm_metres_with_heights(suzhou):
    ref = reference_geojson(shared_file(SUZHOU))
    assert len(suzhou) == ref["buildings"] == 3076  # SOURCE.md
    assert suzhou.crs == "EPSG:32651"  # UTM 51N for lon 120.6
    assert suzhou.metadata["source_crs"] == "OGC:CRS84"
    np.testing.assert_allclose(suzhou.metadata["source_bounds"], ref["bbox"], atol=1e-9)
    doc = json.loads(shared_file(SUZHOU).read_text())
    # the file's "Id" property is 0 almost everywhere, so ids are the feature positions
    assert len({f["properties"]["Id"] for f in doc["features"]}) < len(doc["features"])
    assert suzhou.ids() == [f"feature-{i}" for i in range(len(doc["features"]))]
    for f, b in zip(doc["features"][:300], suzhou.buildings):
        assert b.height == f["properties"]["height"]
        assert b.floors == f["properties"]["Floor"]
        assert b.base_z == 0.0


def test_reprojected_footprint_areas_match_geodesic_areas(suzhou):
    """UTM areas agree with areas on the ellipsoid (pyproj.Geod), to the UTM scale error."""
    doc = json.loads(shared_file(SUZHOU).read_text())
    geod = Geod(ellps="WGS84")
    for f, b in zip(doc["features"][:100], suzhou.buildings):
        expected = abs(geod.geometry_area_perimeter(shape(f["geometry"]))[0])
        got = b.footprint.area
        assert got == pytest.approx(expected, rel=2e-3)


def test_local_origin_keeps_utm_coordinates_out_of_the_model(suzhou):
    assert suzhou.origin[1] > 3_000_000  # UTM northing
    assert np.abs(suzhou.bounds_local()[[0, 1, 3, 4]]).max() < 2_000


def _fc(features, crs=None):
    doc = {"type": "FeatureCollection", "features": features}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    return doc


def _feature(coords, fid=None, kind="Polygon", **props):
    f = {"type": "Feature", "properties": props, "geometry": {"type": kind, "coordinates": coords}}
    if fid is not None:
        f["id"] = fid
    return f


def _square(x, y, size):
    return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]


def _write(tmp_path, doc, name="city.geojson"):
    p = tmp_path / name
    p.write_text(json.dumps(doc))
    return p


RD = "urn:ogc:def:crs:EPSG::28992"


def test_projected_crs_is_honoured_and_holes_and_multipolygons_kept(tmp_path):
    holed = [_square(85000, 446000, 20), _square(85005, 446005, 5)[::-1]]
    multi = [[_square(85100, 446000, 10)], [_square(85120, 446000, 10)]]
    doc = _fc([_feature(holed, "courtyard", height=12.0), _feature(multi, "pair", "MultiPolygon", height=6)], RD)
    city = load_city(_write(tmp_path, doc))
    assert city.crs == "EPSG:28992"
    court = city.by_id("courtyard")
    assert court.footprint.area == pytest.approx(400 - 25)
    # the prism keeps the hole: roof area = footprint area
    roof = court.geometry.face_areas()[court.geometry.semantics == 1].sum()
    assert roof == pytest.approx(375)
    assert city.by_id("pair").footprint.area == pytest.approx(200)
    np.testing.assert_allclose(city.bounds_world(), [85000, 446000, 0, 85130, 446020, 12], atol=1e-6)


def test_height_search_order_and_floor_fallback(tmp_path):
    sq = [_square(85000, 446000, 10)]
    doc = _fc(
        [
            _feature(sq, "a", height_m=7.5, height=99),
            _feature(sq, "b", measuredHeight="12.5"),
            _feature(sq, "c", Height=4),
            _feature(sq, "d", floors=4),
            _feature(sq, "e", storeys=2),
        ],
        RD,
    )
    city = load_city(_write(tmp_path, doc))
    assert [city.by_id(k).height for k in "abcde"] == [7.5, 12.5, 4.0, 12.0, 6.0]
    assert city.by_id("d").floors == 4


def test_a_named_height_attribute_is_used(tmp_path):
    sq = [_square(85000, 446000, 10)]
    doc = _fc([_feature(sq, "a", hoogte=21.0, height=3.0)], RD)
    city = load_city(_write(tmp_path, doc), height_attribute="hoogte")
    assert city.by_id("a").height == 21.0
    with pytest.raises(InputError, match="no 'roof_m' property"):
        load_city(_write(tmp_path, doc), height_attribute="roof_m")


def test_invalid_features_are_skipped_and_named_in_warnings(tmp_path):
    bowtie = [[[85000, 446000], [85010, 446010], [85010, 446000], [85000, 446010], [85000, 446000]]]
    doc = _fc(
        [
            _feature([_square(85000, 446000, 10)], "good", height=9),
            _feature(bowtie, "bowtie", height=9),
            _feature([_square(85020, 446000, 10)], "no-height"),
            _feature([[85000, 446000], [85001, 446001]], "line", "LineString", height=3),
            _feature([_square(85040, 446000, 10)], "tall", height=5000),
        ],
        RD,
    )
    city = load_city(_write(tmp_path, doc))
    assert city.ids() == ["good"]
    text = "\n".join(city.warnings)
    assert "4 of 5 features skipped" in city.warnings[0]
    assert "feature bowtie: footprint is not a valid polygon (Self-intersection" in text
    assert "feature no-height: no height" in text
    assert "feature line: geometry type LineString is not a footprint" in text
    assert "feature tall: height 5000 m is implausible" in text
    with pytest.raises(InputError) as err:
        read_geojson(_write(tmp_path, doc), strict=True)
    assert len(err.value.problems) == 4 and len(err.value.partial) == 1


def test_a_file_without_one_valid_building_is_an_input_error(tmp_path):
    doc = _fc([_feature([_square(85000, 446000, 10)], "x"), _feature([_square(0, 0, 1)], "y", height="tall")], RD)
    with pytest.raises(InputError) as err:
        load_city(_write(tmp_path, doc))
    assert err.value.problems == [
        "feature x: no height (looked for height_m, height, measuredHeight, Height or floors floors, Floor, storeys)",
        "feature y: height 'tall' is not a number",
    ]


def test_feature_collection_in_a_json_file_is_recognised(tmp_path):
    doc = _fc([_feature([_square(4.35, 52.0, 0.0002)], "lonlat", height=10)])
    city = load_city(_write(tmp_path, doc, "buildings.json"))
    assert city.crs == "EPSG:32631"  # UTM 31N for Delft
    assert city.by_id("lonlat").footprint.area == pytest.approx(
        abs(Geod(ellps="WGS84").geometry_area_perimeter(shape(doc["features"][0]["geometry"]))[0]), rel=2e-3
    )


def test_lat_lon_out_of_range_is_named(tmp_path):
    doc = _fc([_feature([_square(85000, 446000, 10)], "rd-without-crs", height=5)])
    with pytest.raises(InputError, match="not longitude/latitude degrees"):
        load_city(_write(tmp_path, doc))


def test_loaded_prisms_are_the_same_solids_as_extrude_and_edits_re_extrude(suzhou):
    import trimesh

    from plannerapp.geometry.footprint import extrude

    for b in suzhou.buildings[:: len(suzhou) // 40]:
        fast, ref = b.geometry, extrude(b.footprint, b.height, b.base_z)
        tm = trimesh.Trimesh(fast.vertices, fast.faces, process=True)
        assert tm.is_watertight and tm.is_winding_consistent
        assert tm.volume == pytest.approx(b.footprint.area * b.height, rel=1e-9)
        for code in (1, 2, 3):  # roof, wall, ground areas agree with extrude
            assert fast.face_areas()[fast.semantics == code].sum() == pytest.approx(
                ref.face_areas()[ref.semantics == code].sum(), rel=1e-9
            )
    taller = suzhou.buildings[0].replace(height=30.0)
    assert taller.geometry.bounds[5] == pytest.approx(30.0)
