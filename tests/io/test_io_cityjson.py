"""Reading real CityJSON files (1.0, 1.1, 2.0) into a City.

Every expected number comes from the independent reader in
``cityjson_reference.py`` or from the dataset's SOURCE.md, never from the
reader under test.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from cityjson_reference import reference_cityjson
from datafiles import shared_file

from plannerapp.errors import InputError
from plannerapp.geometry.mesh import SURFACE_GROUND, SURFACE_ROOF, SURFACE_WALL
from plannerapp.io.cityjson import read_cityjson
from plannerapp.io.loader import load_city

DATASETS = {
    "3dbag-5910 (CityJSON 1.0)": ("3dbag-delft-lod22/3dbag_v210908_fd2cee53_5910.json", 432),
    "3dbag-5907 (CityJSON 1.1)": ("3dbag-delft-lod22/3dbag_v210908_fd2cee53_5907_subset.json", 443),
    "delft-3dfier (CityJSON 2.0)": ("delft-3dfier-lod1/delft.city.json", 160),
    "denhaag (CityJSON 1.0)": ("denhaag-lod2/DenHaag_01.json", 844),
    "rotterdam (CityJSON 2.0)": ("rotterdam-delfshaven-lod2/3-20-DELFSHAVEN.city.json", 853),
}


@pytest.fixture(scope="module")
def cities():
    return {}


def _city(cities, rel, lod=None):
    key = (rel, lod)
    if key not in cities:
        cities[key] = load_city(shared_file(rel), lod=lod)
    return cities[key]


@pytest.mark.parametrize("name", list(DATASETS))
def test_planner_opens_each_real_city_with_every_building_and_true_extent(name, cities):
    rel, source_md_count = DATASETS[name]
    ref = reference_cityjson(shared_file(rel))
    city = _city(cities, rel)
    assert ref["buildings"] == source_md_count  # the independent count agrees with SOURCE.md
    assert len(city) == ref["buildings"]
    assert set(city.ids()) == ref["ids"]  # building id = CityObject key of the parent Building
    np.testing.assert_allclose(city.bounds_world(), ref["bbox"], atol=1e-6)
    assert city.crs == ref["crs"]


@pytest.mark.parametrize("name", list(DATASETS))
def test_model_coordinates_are_local_and_origin_keeps_the_world_position(name, cities):
    rel, _ = DATASETS[name]
    city = _city(cities, rel)
    assert city.origin.dtype == np.float64
    assert city.origin[0] > 10_000 and city.origin[1] > 100_000  # RD New metres
    local = city.bounds_local()
    assert np.abs(local[[0, 1, 3, 4]]).max() < 2_000  # a district: within 2 km of the origin
    assert city.origin[0] % 100 == 0 and city.origin[1] % 100 == 0


def test_crs_urn_of_cityjson_1_0_and_url_of_2_0_become_epsg_codes(cities):
    assert _city(cities, DATASETS["denhaag (CityJSON 1.0)"][0]).crs == "EPSG:7415"
    assert _city(cities, DATASETS["rotterdam (CityJSON 2.0)"][0]).crs == "EPSG:28992"
    assert _city(cities, DATASETS["3dbag-5907 (CityJSON 1.1)"][0]).crs == "EPSG:7415"


@pytest.mark.parametrize(
    "name", ["3dbag-5910 (CityJSON 1.0)", "denhaag (CityJSON 1.0)", "rotterdam (CityJSON 2.0)"]
)
def test_lod2_roofs_walls_and_grounds_keep_their_semantics(name, cities):
    rel, _ = DATASETS[name]
    city = _city(cities, rel)
    sem = np.concatenate([b.geometry.semantics for b in city])
    assert (sem == SURFACE_ROOF).sum() > len(city)
    assert (sem == SURFACE_WALL).sum() > len(city)
    assert (sem == SURFACE_GROUND).sum() > 0


def _newell_area(pts):
    p = pts - pts[0]
    return 0.5 * np.linalg.norm(np.cross(p, np.roll(p, -1, axis=0)).sum(axis=0))


def test_roof_area_of_triangles_equals_roof_polygon_area_in_rotterdam(cities):
    """Every RoofSurface polygon, measured independently, is covered exactly once."""
    path = shared_file(DATASETS["rotterdam (CityJSON 2.0)"][0])
    doc = json.loads(path.read_text())
    v = np.array(doc["vertices"], float) * doc["transform"]["scale"] + doc["transform"]["translate"]
    expected = 0.0
    for o in doc["CityObjects"].values():
        for g in o["geometry"]:
            types = [s["type"] for s in g["semantics"]["surfaces"]]
            for surf, val in zip(g["boundaries"], g["semantics"]["values"]):
                if val is not None and types[val] == "RoofSurface":
                    expected += _newell_area(v[surf[0]]) - sum(_newell_area(v[h]) for h in surf[1:])
    city = _city(cities, DATASETS["rotterdam (CityJSON 2.0)"][0])
    got = sum(b.geometry.face_areas()[b.geometry.semantics == SURFACE_ROOF].sum() for b in city)
    assert got == pytest.approx(expected, rel=1e-4)


def test_polygons_with_holes_are_triangulated_without_filling_the_holes(cities):
    """3D BAG 5910 has 76 surfaces with holes: each building's mesh area equals its polygons' area."""
    path = shared_file(DATASETS["3dbag-5910 (CityJSON 1.0)"][0])
    doc = json.loads(path.read_text())
    v = np.array(doc["vertices"], float) * doc["transform"]["scale"] + doc["transform"]["translate"]
    city = _city(cities, DATASETS["3dbag-5910 (CityJSON 1.0)"][0])
    checked = 0
    for bid, o in doc["CityObjects"].items():
        if o["type"] != "Building":
            continue
        surfaces = [
            s
            for child in o.get("children", [])
            for g in doc["CityObjects"][child]["geometry"]
            if float(g["lod"]) == 2.2
            for shell in g["boundaries"]
            for s in shell
        ]
        if not any(len(s) > 1 for s in surfaces):
            continue
        expected = sum(_newell_area(v[s[0]]) - sum(_newell_area(v[h]) for h in s[1:]) for s in surfaces)
        filled = sum(_newell_area(v[s[0]]) for s in surfaces)
        got = city.by_id(bid).geometry.face_areas().sum()
        assert got == pytest.approx(expected, rel=1e-3)
        assert abs(got - expected) < abs(got - filled)
        checked += 1
    assert checked >= 10


def test_building_parts_are_merged_under_their_parent_building(cities):
    path = shared_file(DATASETS["denhaag (CityJSON 1.0)"][0])
    doc = json.loads(path.read_text())
    objs = doc["CityObjects"]
    parent = next(k for k, o in objs.items() if o["type"] == "Building" and len(o.get("children", [])) >= 3)
    city = _city(cities, DATASETS["denhaag (CityJSON 1.0)"][0])
    b = city.by_id(parent)
    assert set(b.attributes["parts"]) == set(objs[parent]["children"])
    child_ids = set(objs[parent]["children"])
    assert not child_ids & set(city.ids())  # parts are not buildings of their own
    # the merged mesh spans every part: its z range covers each part's vertices
    scale, tr = np.array(doc["transform"]["scale"]), np.array(doc["transform"]["translate"])
    v = np.array(doc["vertices"], float) * scale + tr
    idx = [i for c in child_ids for g in objs[c]["geometry"] for sh in g["boundaries"] for s in sh for r in s for i in r]
    top = v[idx, 2].max()
    assert b.top_z + city.origin[2] == pytest.approx(top, abs=1e-6)
    assert b.height == pytest.approx(top - v[idx, 2].min(), abs=1e-6)


def test_attributes_are_kept_and_height_is_top_minus_base(cities):
    city = _city(cities, DATASETS["3dbag-5910 (CityJSON 1.0)"][0])
    b = city.by_id("NL.IMBAG.Pand.0503100000004247")
    assert b.attributes["identificatie"] == "NL.IMBAG.Pand.0503100000004247"
    assert b.attributes["oorspronkelijkbouwjaar"] == 1951
    # the mesh base sits at the ground height 3D BAG measured (h_maaiveld), top near h_dak_max
    assert b.base_z == pytest.approx(b.attributes["h_maaiveld"], abs=0.05)
    assert b.top_z == pytest.approx(b.attributes["h_dak_max"], abs=0.5)
    assert b.height == pytest.approx(b.top_z - b.base_z)
    assert b.floors == max(1, int(b.height // 3.0))  # unknown floors: estimated from height
    assert b.use == ""  # 3D BAG states no use


def test_footprint_comes_from_lod0_when_the_file_has_it(cities):
    path = shared_file(DATASETS["3dbag-5910 (CityJSON 1.0)"][0])
    doc = json.loads(path.read_text())
    v = np.array(doc["vertices"], float) * doc["transform"]["scale"] + doc["transform"]["translate"]
    o = doc["CityObjects"]["NL.IMBAG.Pand.0503100000004247"]
    lod0 = next(g for g in o["geometry"] if float(g["lod"]) == 0)
    from shapely.geometry import Polygon

    expected = sum(Polygon(v[s[0], :2], [v[h, :2] for h in s[1:]]).area for s in lod0["boundaries"])
    city = _city(cities, DATASETS["3dbag-5910 (CityJSON 1.0)"][0])
    assert city.by_id("NL.IMBAG.Pand.0503100000004247").footprint.area == pytest.approx(expected, rel=1e-6)


def test_footprint_comes_from_ground_surfaces_in_rotterdam(cities):
    city = _city(cities, DATASETS["rotterdam (CityJSON 2.0)"][0])
    with_fp = [b for b in city if b.footprint is not None]
    assert len(with_fp) > 0.9 * len(city)
    b = with_fp[0]
    ground = b.geometry.face_areas()[b.geometry.semantics == SURFACE_GROUND].sum()
    assert b.footprint.area == pytest.approx(ground, rel=0.02)


def test_buildings_without_semantics_get_roofs_and_walls_from_orientation(cities):
    city = _city(cities, DATASETS["delft-3dfier (CityJSON 2.0)"][0])
    sem = np.concatenate([b.geometry.semantics for b in city])
    assert (sem == SURFACE_ROOF).any() and (sem == SURFACE_WALL).any()
    assert all(b.footprint2d.area > 1 for b in city.buildings[:20])  # ground projection


def test_other_city_objects_are_counted_not_loaded_as_buildings(cities):
    rel = DATASETS["delft-3dfier (CityJSON 2.0)"][0]
    doc = json.loads(shared_file(rel).read_text())
    city = _city(cities, rel)
    expected = {}
    for o in doc["CityObjects"].values():
        if o["type"] != "Building":
            expected[o["type"]] = expected.get(o["type"], 0) + 1
    assert city.metadata["other_objects"] == expected
    assert expected["Road"] == 143  # SOURCE.md
    dh = _city(cities, DATASETS["denhaag (CityJSON 1.0)"][0])
    assert dh.metadata["other_objects"] == {"TINRelief": 1}
    assert len(dh.metadata["other_object_ids"]["TINRelief"]) == 1


def test_highest_lod_by_default_and_a_chosen_lod_on_request(cities):
    rel = DATASETS["3dbag-5910 (CityJSON 1.0)"][0]
    default = _city(cities, rel)
    lod12 = _city(cities, rel, "1.2")
    assert default.metadata["lods"] == ["0", "1.2", "1.3", "2.2"]
    assert default.metadata["lod_used"].get("2.2", 0) > 400
    assert lod12.metadata["lod_used"].get("1.2", 0) > 400
    ref12 = reference_cityjson(shared_file(rel), lod="1.2")
    np.testing.assert_allclose(lod12.bounds_world(), ref12["bbox"], atol=1e-6)
    # LoD1.2 is a block per part: far fewer triangles than the LoD2.2 roofs
    assert lod12.n_triangles() < 0.7 * default.n_triangles()
    assert set(lod12.ids()) == set(default.ids())


def test_asking_for_a_lod_the_file_lacks_names_the_lods_it_has():
    with pytest.raises(InputError) as err:
        read_cityjson(shared_file(DATASETS["rotterdam (CityJSON 2.0)"][0]), lod="1.2")
    assert "LoD 1.2 is not in the file" in str(err.value)
    assert "LoD 2" in str(err.value)


# --------------------------------------------------------------------------- hand-made geometry


def _cube(x0, y0, size, n0):
    """Vertex list and outward Solid shell of an axis-aligned cube (indices from n0)."""
    v = [[x0 + dx * size, y0 + dy * size, dz * size] for dz in (0, 1) for dy in (0, 1) for dx in (0, 1)]
    q = [[0, 2, 3, 1], [4, 5, 7, 6], [0, 1, 5, 4], [1, 3, 7, 5], [3, 2, 6, 7], [2, 0, 4, 6]]
    return v, [[[i + n0 for i in f]] for f in q]


def _doc(objects, vertices, version="2.0"):
    return {
        "type": "CityJSON",
        "version": version,
        "transform": {"scale": [0.001, 0.001, 0.001], "translate": [120000.0, 480000.0, 0.0]},
        "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/28992"},
        "CityObjects": objects,
        "vertices": [[round(c * 1000) for c in p] for p in vertices],
    }


def test_multisolid_compositesolid_and_compositesurface_become_closed_meshes(tmp_path):
    v1, s1 = _cube(0, 0, 10, 0)
    v2, s2 = _cube(20, 0, 5, 8)
    v3, s3 = _cube(40, 0, 4, 16)
    objects = {
        "ms": {"type": "Building", "geometry": [{"type": "MultiSolid", "lod": "1", "boundaries": [[s1], [s2]]}]},
        "cs": {"type": "Building", "geometry": [{"type": "CompositeSurface", "lod": "1", "boundaries": s3}]},
    }
    path = tmp_path / "blocks.city.json"
    path.write_text(json.dumps(_doc(objects, v1 + v2 + v3)))
    city = load_city(path)
    ms, cs = city.by_id("ms"), city.by_id("cs")
    assert ms.geometry.n_faces == 24 and cs.geometry.n_faces == 12
    assert ms.geometry.face_areas().sum() == pytest.approx(6 * 100 + 6 * 25)
    assert ms.height == pytest.approx(10) and cs.height == pytest.approx(4)
    # outward faces: the roofs (guessed from the normals) point up
    assert (ms.geometry.semantics == SURFACE_ROOF).sum() == 4
    np.testing.assert_allclose(city.bounds_world(), [120000, 480000, 0, 120044, 480010, 10], atol=1e-9)


def test_a_roof_with_a_courtyard_keeps_the_hole(tmp_path):
    outer = [[0, 0, 6], [30, 0, 6], [30, 20, 6], [0, 20, 6]]
    hole = [[10, 5, 6], [10, 15, 6], [20, 15, 6], [20, 5, 6]]
    ground = [[0, 0, 0], [0, 20, 0], [30, 20, 0], [30, 0, 0]]
    objects = {
        "court": {
            "type": "Building",
            "geometry": [
                {
                    "type": "MultiSurface",
                    "lod": "2",
                    "boundaries": [[[0, 1, 2, 3], [4, 5, 6, 7]], [[8, 9, 10, 11]]],
                    "semantics": {"surfaces": [{"type": "RoofSurface"}, {"type": "GroundSurface"}], "values": [0, 1]},
                }
            ],
        }
    }
    path = tmp_path / "court.city.json"
    path.write_text(json.dumps(_doc(objects, outer + hole + ground)))
    b = load_city(path).by_id("court")
    roof = b.geometry.face_areas()[b.geometry.semantics == SURFACE_ROOF].sum()
    assert roof == pytest.approx(30 * 20 - 10 * 10)
    assert (b.geometry.face_normals()[b.geometry.semantics == SURFACE_ROOF][:, 2] > 0.99).all()
    assert b.footprint.area == pytest.approx(600)  # from the GroundSurface


def test_progress_is_reported_up_to_done(tmp_path):
    seen = []
    load_city(shared_file(DATASETS["delft-3dfier (CityJSON 2.0)"][0]), progress=lambda f, t: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 3
