"""CityJSON Text Sequences (.city.jsonl): the shared CityJSON files cut into features by the
CityJSON 2.0 spec give the same buildings, ids and triangles; bad lines are named by number."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import numpy as np
import pytest
from datafiles import ROOT, shared_file

from plannerapp.errors import InputError
from plannerapp.io.cityjsonseq import read_cityjsonseq
from plannerapp.io.loader import load_city

ROTTERDAM = "rotterdam-delfshaven-lod2/3-20-DELFSHAVEN.city.json"
DELFT = "delft-3dfier-lod1/delft.city.json"


# --------------------------------------------------------------- a converter written from the spec


def _descendants(doc, root):
    children = {}
    for oid, o in doc["CityObjects"].items():
        for p in o.get("parents", []):
            children.setdefault(p, []).append(oid)
    out, todo = [], [root]
    while todo:
        oid = todo.pop(0)
        if oid in out:
            continue
        out.append(oid)
        todo += doc["CityObjects"][oid].get("children", []) + children.get(oid, [])
    return out


def _remap(b, table, verts, src):
    if isinstance(b, list):
        return [_remap(x, table, verts, src) for x in b]
    if b not in table:
        table[b] = len(verts)
        verts.append(src[b])
    return table[b]


def to_cityjsonseq(doc) -> list[str]:
    """Lines of a CityJSONSeq: header (transform + metadata, no objects), then one feature per
    root CityObject with its children and its own vertices, indexed from 0 (CityJSON 2.0, ch. 9)."""
    header = {"type": "CityJSON", "version": "2.0", "transform": doc["transform"], "CityObjects": {}, "vertices": []}
    if "metadata" in doc:
        header["metadata"] = doc["metadata"]
    lines = [json.dumps(header)]
    objs = doc["CityObjects"]
    roots = [oid for oid, o in objs.items() if not any(p in objs for p in o.get("parents", []))]
    for root in roots:
        table, verts, members = {}, [], {}
        for oid in _descendants(doc, root):
            o = copy.deepcopy(objs[oid])
            for g in o.get("geometry", []):
                g["boundaries"] = _remap(g["boundaries"], table, verts, doc["vertices"])
            members[oid] = o
        lines.append(json.dumps({"type": "CityJSONFeature", "id": root, "CityObjects": members, "vertices": verts}))
    return lines


def _write_seq(tmp_path, lines, name="city.city.jsonl"):
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _triangles(b):
    m = b.mesh
    tri = m.vertices[m.faces]          # (n, 3, 3) local metres, corners in the face's own order
    return sorted(zip(map(bytes, tri), m.semantics.tolist()))


@pytest.mark.parametrize("rel", [ROTTERDAM, DELFT])
def test_a_cityjson_file_cut_into_a_sequence_loads_the_same_buildings(tmp_path, rel):
    src = shared_file(rel)
    doc = json.loads(src.read_text(encoding="utf-8"))
    lines = to_cityjsonseq(doc)
    seq_path = _write_seq(tmp_path, lines)
    a, b = load_city(src), load_city(seq_path)
    assert b.metadata["format"] == "CityJSONSeq" and b.metadata["features"] == len(lines) - 1
    assert sorted(b.ids()) == sorted(a.ids()) and len(b) == len(a) > 100
    assert b.crs == a.crs and np.array_equal(b.origin, a.origin)
    assert b.n_triangles() == a.n_triangles()
    assert b.metadata["lod_used"] == a.metadata["lod_used"]
    assert b.metadata["other_objects"] == a.metadata["other_objects"]
    for x in a.buildings:
        y = b.by_id(x.id)
        assert (y.height, y.base_z, y.floors, y.use) == (x.height, x.base_z, x.floors, x.use)
        assert y.attributes == x.attributes
        assert _triangles(y) == _triangles(x)
        assert (y.footprint is None) == (x.footprint is None)
        if x.footprint is not None:
            assert y.footprint.symmetric_difference(x.footprint).area < 1e-9
    assert len(read_cityjsonseq(seq_path)) == len(a)


@pytest.fixture(scope="module")
def rotterdam_lines():
    return to_cityjsonseq(json.loads(shared_file(ROTTERDAM).read_text(encoding="utf-8")))


def _err(tmp_path, lines) -> str:
    path = _write_seq(tmp_path, lines, "bad.city.jsonl")
    with pytest.raises(InputError) as err:
        load_city(path)
    assert err.value.path == str(path)
    return err.value.one_line()


def test_broken_json_on_a_line_is_named_by_its_number(tmp_path, rotterdam_lines):
    lines = list(rotterdam_lines)
    lines[2] = lines[2][: len(lines[2]) // 2]            # line 3 cut short
    assert "bad.city.jsonl: line 3: not valid JSON" in _err(tmp_path, lines)


def test_vertex_index_outside_the_feature_is_named_by_line(tmp_path, rotterdam_lines):
    lines = list(rotterdam_lines)
    feat = json.loads(lines[3])
    oid, obj = next((k, o) for k, o in feat["CityObjects"].items() if o.get("geometry"))
    ring = obj["geometry"][0]["boundaries"]
    while isinstance(ring[0], list):
        ring = ring[0]
    ring[0] = len(feat["vertices"]) + 5
    lines[3] = json.dumps(feat)
    text = _err(tmp_path, lines)
    assert f"line 4: CityObject '{oid}' geometry #0: vertex index {len(feat['vertices']) + 5} is out of range" in text


def test_a_geometry_the_reader_refuses_is_tied_to_its_line(tmp_path, rotterdam_lines):
    lines = list(rotterdam_lines)
    feat = json.loads(lines[10])
    oid, obj = next((k, o) for k, o in feat["CityObjects"].items() if o.get("geometry"))
    obj["geometry"][0]["lod"] = "high"
    lines[10] = json.dumps(feat)
    text = _err(tmp_path, lines)
    assert "line 11: " in text and oid in text and "'high'" in text


def test_repeated_object_ids_and_foreign_lines_are_named(tmp_path, rotterdam_lines):
    lines = list(rotterdam_lines) + [rotterdam_lines[5]]
    assert f"line {len(lines)}: CityObject" in _err(tmp_path, lines)
    assert "is already on line 6" in _err(tmp_path, lines)
    lines = list(rotterdam_lines[:4]) + ['{"type": "Feature", "geometry": null}']
    assert "line 5: not a CityJSONFeature (type is 'Feature')" in _err(tmp_path, lines)


def test_a_plain_cityjson_file_named_jsonl_says_what_is_wrong(tmp_path):
    text = shared_file(DELFT).read_text(encoding="utf-8")
    one_line = json.dumps(json.loads(text))
    msg = _err(tmp_path, [one_line])
    assert "line 1: the CityJSON header line must have empty 'CityObjects'" in msg
    assert "no CityJSONFeature lines" in _err(tmp_path, [json.dumps({"type": "CityJSON", "version": "2.0",
                                                                     "CityObjects": {}, "vertices": []})])


def test_info_command_reads_a_sequence_and_reports_a_bad_line(tmp_path, rotterdam_lines):
    good = _write_seq(tmp_path, rotterdam_lines)
    out = subprocess.run([sys.executable, "-m", "plannerapp", "info", str(good), "--json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    assert info["buildings"] == 853 and info["format"] == "CityJSONSeq" and info["crs"] == "EPSG:28992"
    lines = list(rotterdam_lines)
    lines[7] = "{oops"
    bad = _write_seq(tmp_path, lines, "bad.city.jsonl")
    out = subprocess.run([sys.executable, "-m", "plannerapp", "info", str(bad)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 2 and "line 8: not valid JSON" in out.stderr and "Traceback" not in out.stderr
