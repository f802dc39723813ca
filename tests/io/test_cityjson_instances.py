"""CityJSON GeometryInstance: a template box placed twice by its matrix and reference point."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from plannerapp.errors import InputError
from plannerapp.geometry.mesh import SURFACE_GROUND, SURFACE_ROOF, SURFACE_WALL
from plannerapp.io import _cityjson_fast
from plannerapp.io.cityjson import read_cityjson

# a 2 x 1 x 3 m box with its corner at the template origin (metres: the transform does not apply)
BOX_VERTS = [[0, 0, 0], [2, 0, 0], [2, 1, 0], [0, 1, 0], [0, 0, 3], [2, 0, 3], [2, 1, 3], [0, 1, 3]]
BOX = {
    "type": "Solid",
    "lod": "2",
    "boundaries": [[[[0, 3, 2, 1]], [[4, 5, 6, 7]], [[0, 1, 5, 4]], [[1, 2, 6, 5]], [[2, 3, 7, 6]], [[3, 0, 4, 7]]]],
    "semantics": {"surfaces": [{"type": "GroundSurface"}, {"type": "RoofSurface"}, {"type": "WallSurface"}],
                  "values": [[0, 1, 2, 2, 2, 2]]},
}
SHIFT = [1, 0, 0, 10, 0, 1, 0, 20, 0, 0, 1, 0, 0, 0, 0, 1]  # move by (10, 20, 0)
TURN_AND_DOUBLE = [0, -2, 0, 0, 2, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1]  # 90 degrees about z, scale 2


def _doc():
    return {
        "type": "CityJSON",
        "version": "2.0",
        "transform": {"scale": [0.001, 0.001, 0.001], "translate": [85000.0, 446000.0, 0.0]},
        "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/7415"},
        "geometry-templates": {"templates": [BOX], "vertices-templates": BOX_VERTS},
        "CityObjects": {
            "a": {"type": "Building", "geometry": [
                {"type": "GeometryInstance", "template": 0, "boundaries": [0], "transformationMatrix": SHIFT}]},
            "b": {"type": "Building", "geometry": [
                {"type": "GeometryInstance", "template": 0, "boundaries": [1], "transformationMatrix": TURN_AND_DOUBLE}]},
        },
        # reference points, quantised: (85100, 446100, 1) and (85200, 446050, 2)
        "vertices": [[100000, 100000, 1000], [200000, 50000, 2000]],
    }


def _write(tmp_path, doc, name="inst.city.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc))
    return path


def _world(b, city):
    return b.mesh.vertices + city.origin


def test_a_template_box_instanced_twice_lands_where_its_matrices_put_it(tmp_path):
    city = read_cityjson(_write(tmp_path, _doc()))
    by_id = {b.id: b for b in city.buildings}
    assert set(by_id) == {"a", "b"}
    box = np.array(BOX_VERTS, float)
    # a: shifted by (10, 20, 0) from its reference point
    want_a = box + [10, 20, 0] + [85100, 446100, 1]
    np.testing.assert_allclose(np.sort(_world(by_id["a"], city), axis=0), np.sort(want_a, axis=0), atol=1e-9)
    # b: (x, y, z) -> (-2y, 2x, 2z), then the reference point
    want_b = np.c_[-2 * box[:, 1], 2 * box[:, 0], 2 * box[:, 2]] + [85200, 446050, 2]
    np.testing.assert_allclose(np.sort(_world(by_id["b"], city), axis=0), np.sort(want_b, axis=0), atol=1e-9)
    for b, (base, height) in zip((by_id["a"], by_id["b"]), ((1.0, 3.0), (2.0, 6.0))):
        assert b.mesh.n_faces == 12 and b.base_z == pytest.approx(base) and b.height == pytest.approx(height)
        assert sorted(set(b.mesh.semantics.tolist())) == [SURFACE_ROOF, SURFACE_WALL, SURFACE_GROUND]
        assert b.mesh.face_areas().sum() == pytest.approx(2 * (2 * 1 + 2 * 3 + 1 * 3) * (1 if b.id == "a" else 4))
    assert city.metadata["lods"] == ["2"]


def test_instances_read_the_same_with_the_fast_parse_off(tmp_path, monkeypatch):
    path = _write(tmp_path, _doc())
    fast = read_cityjson(path)
    monkeypatch.setattr(_cityjson_fast, "parse_fast", lambda data, loads=None: None)
    plain = read_cityjson(path)
    for a, b in zip(fast.buildings, plain.buildings):
        np.testing.assert_array_equal(a.mesh.vertices, b.mesh.vertices)
        np.testing.assert_array_equal(a.mesh.faces, b.mesh.faces)


def test_an_instance_next_to_an_ordinary_solid_keeps_both(tmp_path):
    doc = _doc()
    doc["vertices"] += [[0, 0, 0], [1000, 0, 0], [1000, 1000, 0], [0, 1000, 0]]
    doc["CityObjects"]["c"] = {"type": "Building", "geometry": [
        {"type": "MultiSurface", "lod": "2", "boundaries": [[[2, 3, 4, 5]]]}]}
    city = read_cityjson(_write(tmp_path, doc))
    c = next(b for b in city.buildings if b.id == "c")
    np.testing.assert_allclose(np.sort(_world(c, city), axis=0),
                               np.sort([[85000, 446000, 0], [85001, 446000, 0], [85001, 446001, 0], [85000, 446001, 0]], axis=0))
    a = next(b for b in city.buildings if b.id == "a")
    assert a.mesh.vertices[:, 2].min() + city.origin[2] == pytest.approx(1.0)


def _broken(tmp_path, change):
    doc = copy.deepcopy(_doc())
    change(doc["CityObjects"]["b"]["geometry"][0], doc)
    with pytest.raises(InputError) as err:
        read_cityjson(_write(tmp_path, doc, "broken.city.json"))
    text = str(err.value)
    assert "broken.city.json" in text and "'b'" in text and "Traceback" not in text
    return text


def test_a_template_index_out_of_range_is_named(tmp_path):
    text = _broken(tmp_path, lambda g, d: g.update(template=3))
    assert "template 3 does not exist" in text and "1 templates" in text


def test_a_matrix_that_is_not_16_numbers_is_named(tmp_path):
    assert "transformationMatrix" in _broken(tmp_path, lambda g, d: g.update(transformationMatrix=SHIFT[:15]))
    assert "transformationMatrix" in _broken(tmp_path, lambda g, d: g.update(transformationMatrix=SHIFT[:15] + ["1"]))
    assert "transformationMatrix" in _broken(tmp_path, lambda g, d: g.pop("transformationMatrix"))


def test_a_bad_reference_point_is_named(tmp_path):
    assert "reference point" in _broken(tmp_path, lambda g, d: g.update(boundaries=[7]))


def test_instances_without_templates_are_named(tmp_path):
    doc = _doc()
    del doc["geometry-templates"]
    with pytest.raises(InputError) as err:
        read_cityjson(_write(tmp_path, doc, "notemplates.city.json"))
    assert "notemplates.city.json" in str(err.value) and "geometry-templates" in str(err.value)
