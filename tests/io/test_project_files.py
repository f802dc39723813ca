"""Project files round-trip losslessly and are valid GeoJSON that GIS tools (GDAL) read."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
import shapely
from projectkit import SAMPLE, building_state, cached_city_loader, project_state, sample_copy, sample_project
from shapely.geometry import Polygon, box, shape

from plannerapp.geometry.footprint import extrude
from plannerapp.io.project import load_project, save_project
from plannerapp.model import Building, GreenArea


def geojson_problems(data) -> list[str]:
    """RFC 7946 checks (plus the legacy crs member we write) for a FeatureCollection."""
    out = []
    if data.get("type") != "FeatureCollection" or not isinstance(data.get("features"), list):
        return ["not a FeatureCollection"]
    crs = data.get("crs")
    if not (isinstance(crs, dict) and crs.get("type") == "name" and crs["properties"]["name"].startswith("urn:ogc:def:crs:EPSG::")):
        out.append("legacy crs member missing")
    for i, f in enumerate(data["features"]):
        if f.get("type") != "Feature" or not isinstance(f.get("properties"), dict) or "geometry" not in f:
            out.append(f"feature {i}: not a Feature")
            continue
        g = f["geometry"]
        if g is None:
            continue
        if g["type"] not in ("Polygon", "MultiPolygon"):
            out.append(f"feature {i}: {g['type']}")
            continue
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for rings in polys:
            for k, ring in enumerate(rings):
                if len(ring) < 4 or ring[0] != ring[-1]:
                    out.append(f"feature {i}: ring not closed")
                if not all(len(p) == 2 and all(isinstance(c, float | int) for c in p) for p in ring):
                    out.append(f"feature {i}: bad position")
                ccw = shapely.LinearRing(ring).is_ccw
                if ccw != (k == 0):  # RFC 7946 3.1.6: exterior counter-clockwise, holes clockwise
                    out.append(f"feature {i}: ring {k} wound the wrong way")
        geom = shape(g)
        if not geom.is_valid:
            out.append(f"feature {i}: invalid polygon {shapely.is_valid_reason(geom)}")
    return out


def test_sample_project_loads_with_every_scheme_and_control():
    p = sample_project()
    assert p.name.startswith("Delft sample")
    assert p.crs == "EPSG:7415" and len(p.context) == 432
    assert [s.name for s in p.schemes] == ["Towers", "Perimeter block", "Mid-rise slabs"]
    assert [len(s.buildings) for s in p.schemes] == [3, 2, 4]
    assert p.controls.parcels[0].controls["max_height_m"] == 45.0
    assert p.site.timezone == "Europe/Amsterdam" and not p.site_derived
    assert 51.9 < p.site.latitude < 52.1 and 4.3 < p.site.longitude < 4.4
    t1 = p.scheme("towers").buildings["T1"]
    assert (t1.height, t1.floors, t1.use, t1.name) == (54.0, 18, "residential", "Tower 1")
    pb1 = p.scheme("perimeter-block").buildings["PB1"]
    assert len(pb1.footprint.interiors) == 1  # the courtyard is a hole


def test_load_save_load_keeps_every_feature_byte_for_byte(tmp_path):
    dest = sample_copy(tmp_path)
    for rel in ["controls.geojson"] + [f"schemes/{n}.geojson" for n in ("towers", "perimeter-block", "mid-rise-slabs")]:
        assert (dest / rel).read_text() == (SAMPLE / rel).read_text(), rel
    again = load_project(dest, city_loader=cached_city_loader)
    assert project_state(again) == project_state(sample_project())
    assert json.loads((dest / "project.json").read_text())["context"].endswith("resources/sample/delft_3dbag_5910.city.json")


def test_every_property_and_geometry_kind_survives_a_round_trip(tmp_path):
    p = sample_project()
    s = p.scheme("towers")
    courtyard = Polygon(box(0, 0, 30, 30).exterior.coords, [box(10, 10, 20, 20).exterior.coords])
    s.buildings["X1"] = Building("X1", courtyard, 7.25, base_z=1.5, floors=2, floor_height=3.6, use="public",
                                 name="Bibliothèque 图书馆", attributes={"architect": "A. N. Other", "gfa_m2": 812.5,
                                                                         "tags": ["civic", "library"]})
    s.buildings["M1"] = Building("M1", None, 10.0, mesh=extrude(box(-40, -40, -20, -30), 10.0), use="office")
    s.greens.append(GreenArea("GR2", box(-40, -40, -20, -30), on_roof=True, name="roof", attributes={"surface": "sedum"}))
    s.extra["author"] = "test"
    p.extra["client"] = {"org": "Gemeente Delft"}
    save_project(p, tmp_path / "p")
    q = load_project(tmp_path / "p", city_loader=cached_city_loader)
    t = q.scheme("towers")
    assert q.extra == {"client": {"org": "Gemeente Delft"}} and t.extra == {"author": "test"}
    x1 = t.buildings["X1"]
    assert building_state(x1)[2:9] == building_state(s.buildings["X1"])[2:9]
    assert x1.footprint.equals(courtyard) and len(x1.footprint.interiors) == 1
    m1 = t.buildings["M1"]
    assert m1.mesh is not None and m1.mesh.n_faces == s.buildings["M1"].mesh.n_faces
    assert np.allclose(m1.mesh.bounds, [-40, -40, 0, -20, -30, 10], atol=1e-4)
    assert m1.footprint.area == pytest.approx(200.0)
    gr2 = [g for g in t.greens if g.id == "GR2"][0]
    assert gr2.on_roof and gr2.attributes == {"surface": "sedum"}
    mesh_files = list((tmp_path / "p" / "schemes" / "meshes" / "towers").glob("*.ply"))
    assert len(mesh_files) == 1


def test_written_files_are_valid_geojson_in_the_project_crs(tmp_path):
    dest = sample_copy(tmp_path)
    for f in [dest / "controls.geojson", *sorted((dest / "schemes").glob("*.geojson"))]:
        data = json.loads(f.read_text())
        assert geojson_problems(data) == [], f.name
        assert data["crs"]["properties"]["name"] == "urn:ogc:def:crs:EPSG::7415"
    towers = json.loads((dest / "schemes" / "towers.geojson").read_text())
    t1 = [f for f in towers["features"] if f["properties"].get("id") == "T1"][0]
    x, y = t1["geometry"]["coordinates"][0][0]
    assert 85000 < x < 86000 and 446000 < y < 448000  # world coordinates (RD New), not local


def test_gdal_reads_scheme_files_with_crs_and_features(tmp_path):
    pyogrio = pytest.importorskip("pyogrio", reason="pyogrio is in the test extra")
    dest = sample_copy(tmp_path)
    info = pyogrio.read_info(dest / "schemes" / "perimeter-block.geojson")
    assert info["crs"] == "EPSG:7415"
    data = json.loads((dest / "schemes" / "perimeter-block.geojson").read_text())
    assert info["features"] == len(data["features"])
    meta, fids, geoms, fields = pyogrio.raw.read(dest / "schemes" / "perimeter-block.geojson")
    names = list(meta["fields"])
    ids = list(fields[names.index("id")])
    assert "PB1" in ids
    pb1 = shapely.from_wkb(geoms[ids.index("PB1")])
    assert pb1.area == pytest.approx(80 * 56 - 56 * 32)


def test_a_partial_save_never_writes_outside_the_folder(tmp_path):
    p = sample_project()
    p.controls_path = "../escape.geojson"
    from plannerapp.errors import InputError

    with pytest.raises(InputError, match="outside the project folder"):
        save_project(p, tmp_path / "p")
    assert not (tmp_path / "escape.geojson").exists()


def test_save_as_copies_a_context_that_lives_in_the_project(tmp_path):
    src = tmp_path / "a"
    (src / "data").mkdir(parents=True)
    shutil.copy(cached_city_loader.__globals__["SAMPLE_CITY"], src / "data" / "city.json")
    p = sample_project()
    p.context_path = str(src / "data" / "city.json")  # as a bare file opened in the GUI
    save_project(p, tmp_path / "b")
    assert json.loads((tmp_path / "b" / "project.json").read_text())["context"] == "context/city.json"
    assert (tmp_path / "b" / "context" / "city.json").stat().st_size > 1_000_000
    q = load_project(tmp_path / "b")
    assert len(q.context) == 432 and len(q.schemes) == 3


def test_a_hand_written_scheme_may_reference_an_obj_mesh_in_world_coordinates(tmp_path):
    import trimesh

    dest = sample_copy(tmp_path)
    p = load_project(dest, city_loader=cached_city_loader)
    ox, oy = p.context.origin[:2]
    box_mesh = trimesh.creation.box(extents=(10, 6, 12))
    box_mesh.apply_translation((ox + 60, oy + 170, 6))  # world coordinates, 0..12 m high
    (dest / "models").mkdir()
    box_mesh.export(dest / "models" / "kiosk.obj")
    data = json.loads((dest / "schemes" / "towers.geojson").read_text())
    data["features"].append({"type": "Feature", "geometry": None,
                             "properties": {"kind": "building", "id": "K1", "mesh": "models/kiosk.obj", "use": "retail"}})
    (dest / "schemes" / "towers.geojson").write_text(json.dumps(data))
    k1 = load_project(dest, city_loader=cached_city_loader).scheme("towers").buildings["K1"]
    assert k1.height == pytest.approx(12.0) and k1.floors == 4
    assert k1.footprint2d.area == pytest.approx(60.0)
    assert k1.footprint2d.centroid.x == pytest.approx(60.0) and k1.footprint2d.centroid.y == pytest.approx(170.0)
