"""GeoJSON buildings stand on their ground: 3D footprints, ground-elevation attributes, OSM min_height.

The real case: 3D BAG footprints (LoD0 of the shared Delft tile) written as GeoJSON with
3D BAG's own ground attribute (``h_maaiveld``, NAP metres) stand where the CityJSON
reader puts the same buildings' LoD2.2 solids.
"""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from datafiles import ROOT, shared_file

from plannerapp.errors import InputError
from plannerapp.io.loader import load_city

TILE = "3dbag-delft-lod22/3dbag_v210908_fd2cee53_5907_subset.json"
RD = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}


def _bag_features(ground_key="h_maaiveld", z_from=None):
    """GeoJSON features from the 3D BAG tile: LoD0 footprint, height = roof top above the ground.

    *z_from*: None writes 2D rings; ``"ground"`` writes each position's z as the ground
    attribute, the first one raised 1 m (so the lowest z is the ground).
    """
    doc = json.loads(shared_file(TILE).read_text())
    scale, shift = np.array(doc["transform"]["scale"]), np.array(doc["transform"]["translate"])
    verts = np.array(doc["vertices"]) * scale + shift
    feats = []
    for oid, o in doc["CityObjects"].items():
        if o["type"] != "Building":
            continue
        lod0 = [g for g in o.get("geometry", []) if str(g["lod"]) == "0"]
        a = o.get("attributes", {})
        if not lod0 or a.get("h_maaiveld") is None or a.get("h_dak_max") is None:
            continue
        polygon = []
        for ring in lod0[0]["boundaries"][0]:
            pts = [list(verts[i][:2]) for i in ring]
            if z_from == "ground":
                pts = [p + [a["h_maaiveld"] + (1.0 if k == 0 else 0.0)] for k, p in enumerate(pts)]
            polygon.append(pts + [pts[0]])
        props = {"height": a["h_dak_max"] - a["h_maaiveld"]}
        if ground_key:
            props[ground_key] = a["h_maaiveld"]
        feats.append({"type": "Feature", "id": oid, "properties": props,
                      "geometry": {"type": "Polygon", "coordinates": polygon}})
    return feats


def _write(tmp_path, feats, name="bag.geojson"):
    p = tmp_path / name
    p.write_text(json.dumps({"type": "FeatureCollection", "crs": RD, "features": feats}))
    return p


@pytest.fixture(scope="module")
def bag_solids():
    return load_city(shared_file(TILE))


@pytest.mark.parametrize("ground_key", ["h_maaiveld", "b3_h_maaiveld", "base_z"])
def test_3d_bag_footprints_stand_on_their_ground_attribute(tmp_path, bag_solids, ground_key):
    feats = _bag_features(ground_key)
    city = load_city(_write(tmp_path, feats))
    assert len(city) == len(feats) > 50
    for f in feats:
        b = city.by_id(f["id"])
        assert b.base_z == pytest.approx(f["properties"][ground_key])
        assert b.height == pytest.approx(f["properties"]["height"])
        # the roof top is the absolute 3D BAG h_dak_max, not height above z = 0
        assert b.geometry.vertices[:, 2].max() == pytest.approx(b.base_z + b.height)
        assert b.geometry.vertices[:, 2].min() == pytest.approx(b.base_z)
    # and where the CityJSON reader puts the same building's LoD2.2 solid (its lowest vertex)
    diffs = [abs(city.by_id(f["id"]).base_z - bag_solids.by_id(f["id"]).base_z) for f in feats]
    assert np.median(diffs) < 0.05
    # ground below NAP 0 in Delft: a building no longer floats at z = 0
    assert min(b.base_z for b in city.buildings) < -0.1
    assert city.metadata["source_bounds"][2] == pytest.approx(min(b.base_z for b in city.buildings))


def test_3d_footprint_positions_give_the_lowest_z_as_the_base(tmp_path):
    feats = _bag_features(ground_key=None, z_from="ground")
    city = load_city(_write(tmp_path, feats))
    for f in feats:
        ring = f["geometry"]["coordinates"][0]
        b = city.by_id(f["id"])
        assert b.base_z == pytest.approx(min(p[2] for p in ring))   # lowest, not the mean
        assert b.base_z < np.mean([p[2] for p in ring])
        assert b.top_z == pytest.approx(b.base_z + f["properties"]["height"])


def test_a_named_base_attribute_wins_over_coordinates_and_must_be_present(tmp_path):
    feats = _bag_features(ground_key=None, z_from="ground")[:5]
    for f in feats:
        f["properties"]["grond_nap"] = 1.25
    path = _write(tmp_path, feats)
    city = load_city(path, base_attribute="grond_nap")
    assert {b.base_z for b in city.buildings} == {1.25}
    assert city.metadata["base_attribute"] == "grond_nap"
    del feats[0]["properties"]["grond_nap"]
    with pytest.raises(InputError, match="no 'grond_nap' property"):
        from plannerapp.io.geojson import read_geojson

        read_geojson(_write(tmp_path, feats), base_attribute="grond_nap", strict=True)


def _square(x, y, size=10.0):
    return [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]


def _feature(fid, coords, **props):
    return {"type": "Feature", "id": fid, "properties": props, "geometry": {"type": "Polygon", "coordinates": coords}}


def test_osm_min_height_lifts_a_building_part_under_the_same_top(tmp_path):
    feats = [
        _feature("podium", _square(85000, 446000), height=10),
        # OSM building:part: height is the top above the ground, min_height its bottom
        _feature("bridge-part", _square(85020, 446000), height=12, min_height=4),
        _feature("on-ground", _square(85040, 446000), height=12, min_height=3, h_maaiveld=-0.5),
    ]
    city = load_city(_write(tmp_path, feats))
    assert (city.by_id("podium").base_z, city.by_id("podium").height) == (0.0, 10.0)
    part = city.by_id("bridge-part")
    assert (part.base_z, part.height, part.top_z) == (4.0, 8.0, 12.0)
    assert part.geometry.vertices[:, 2].min() == 4.0
    on = city.by_id("on-ground")
    assert (on.base_z, on.top_z) == (2.5, 11.5)


def test_impossible_bases_are_named_and_the_feature_skipped(tmp_path):
    feats = [
        _feature("good", _square(85000, 446000), height=10, h_maaiveld=0.4),
        _feature("upside-down", _square(85020, 446000), height=5, min_height=8),
        _feature("millimetres", _square(85040, 446000), height=5, h_maaiveld=-450),
        _feature("text", _square(85060, 446000), height=5, base_z="ground"),
        _feature("space", [[[85080, 446000, 5e4], [85090, 446000, 5e4], [85090, 446010, 5e4], [85080, 446000, 5e4]]],
                 height=5),
    ]
    feats[2]["properties"]["h_maaiveld"] = -45000.0
    city = load_city(_write(tmp_path, feats))
    assert city.ids() == ["good"]
    text = "\n".join(city.warnings)
    assert "feature upside-down: min_height 8 m is not below the height 5 m" in text
    assert "feature millimetres: h_maaiveld -45000 m is implausible" in text
    assert "feature text: base_z 'ground' is not a number" in text
    assert "feature space: footprint z 50000 m is implausible" in text


def test_info_command_takes_a_base_attribute(tmp_path):
    feats = _bag_features(ground_key=None)[:10]
    for k, f in enumerate(feats):
        f["properties"]["ground"] = -2.0 + 0.1 * k
    path = _write(tmp_path, feats)
    out = subprocess.run([sys.executable, "-m", "plannerapp", "info", str(path), "--json", "--base-attribute", "ground"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    assert info["buildings"] == 10
    assert info["bbox"][2] == pytest.approx(-2.0)
    tops = [f["properties"]["ground"] + f["properties"]["height"] for f in feats]
    assert info["bbox"][5] == pytest.approx(max(tops))
    bad = subprocess.run([sys.executable, "-m", "plannerapp", "info", str(path), "--base-attribute", "nope"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and "no 'nope' property" in bad.stderr and "Traceback" not in bad.stderr
