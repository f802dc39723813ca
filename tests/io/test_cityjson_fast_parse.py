"""The fast CityJSON parse (numpy vertices/boundaries) gives exactly what the plain json.loads path gives.

Each case reads the same file twice: once as the app does (fast path taken
when it can) and once with the fast path switched off, and compares every
building's id, attributes, mesh arrays, semantics and footprint, the
metadata and the warnings; or, for broken files, the error message.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from datafiles import shared_file

from plannerapp.errors import InputError
from plannerapp.io import _cityjson_fast, _common
from plannerapp.io.loader import load_city

REAL = [
    "3dbag-delft-lod22/3dbag_v210908_fd2cee53_5910.json",
    "3dbag-delft-lod22/3dbag_v210908_fd2cee53_5907_subset.json",
    "delft-3dfier-lod1/delft.city.json",
    "denhaag-lod2/DenHaag_01.json",
    "rotterdam-delfshaven-lod2/3-20-DELFSHAVEN.city.json",
]


def _plain(monkeypatch):
    monkeypatch.setattr(_cityjson_fast, "parse_fast", lambda data, loads=None: None)


def _outcome(path, lod=None):
    try:
        city = load_city(path, lod=lod)
    except InputError as exc:
        return ("error", str(exc))
    rows = []
    for b in city.buildings:
        m = b.mesh
        rows.append((b.id, b.height, b.base_z, b.floors, b.use, b.name, json.dumps(b.attributes, sort_keys=True, default=str),
                     None if m is None else (m.vertices.tobytes(), m.faces.tobytes(), m.semantics.tobytes()),
                     None if b.footprint is None else b.footprint.wkb))
    return ("city", rows, city.crs, city.origin.tolist(), json.dumps(city.metadata, sort_keys=True, default=str), city.warnings)


def _both(path, monkeypatch, lod=None):
    fast = _outcome(path, lod)
    with monkeypatch.context() as m:
        _plain(m)
        plain = _outcome(path, lod)
    return fast, plain


@pytest.mark.parametrize("rel", REAL)
def test_real_files_take_the_fast_path_and_read_identically(rel, monkeypatch):
    path = shared_file(rel)
    assert _cityjson_fast.parse_fast(path.read_bytes()) is not None  # the fast path is really taken
    fast, plain = _both(path, monkeypatch)
    assert fast[0] == "city" and fast == plain


def test_other_lods_of_a_3dbag_tile_read_identically(monkeypatch):
    path = shared_file(REAL[0])
    for lod in ("0", "1.2", "1.3"):
        fast, plain = _both(path, monkeypatch, lod)
        assert fast[0] == "city" and fast == plain


def _doc(boundaries, gtype="Solid", vertices=None, semantics=None):
    geom = {"type": gtype, "lod": "2", "boundaries": boundaries}
    if semantics is not None:
        geom["semantics"] = semantics
    return {
        "type": "CityJSON", "version": "2.0",
        "transform": {"scale": [0.01, 0.01, 0.01], "translate": [85000.0, 446000.0, 0.0]},
        "CityObjects": {"b1": {"type": "Building", "attributes": {"name": "one"}, "geometry": [geom]}},
        "vertices": vertices if vertices is not None else
        [[0, 0, 0], [1000, 0, 0], [1000, 1000, 0], [0, 1000, 0], [0, 0, 500], [1000, 0, 500], [1000, 1000, 500], [0, 1000, 500]],
    }


CUBE = [[[[0, 3, 2, 1]], [[4, 5, 6, 7]], [[0, 1, 5, 4]], [[1, 2, 6, 5]], [[2, 3, 7, 6]], [[3, 0, 4, 7]]]]
SEM = {"surfaces": [{"type": "GroundSurface"}, {"type": "RoofSurface"}, {"type": "WallSurface"}],
       "values": [[0, 1, 2, 2, None, 7]]}

CASES = {
    "cube": (_doc(CUBE, semantics=SEM), None),
    "cube, short semantics": (_doc(CUBE, semantics={"surfaces": SEM["surfaces"], "values": [[0, 1]]}), None),
    "cube, semantics values not a list": (_doc(CUBE, semantics={"surfaces": SEM["surfaces"], "values": 3}), None),
    "multisurface with a hole": (_doc([[[0, 1, 2, 3], [4, 5, 6]], [[4, 5, 6, 7]]], "MultiSurface",
                                      semantics={"surfaces": [{"type": "RoofSurface"}], "values": [0, True]}), None),
    "multisolid": (_doc([CUBE, CUBE], "MultiSolid", semantics={"surfaces": SEM["surfaces"],
                                                              "values": [SEM["values"], [[2, 2]]]}), None),
    "closed ring and empty hole": (_doc([[[0, 1, 2, 3, 0], []], [[4, 5, 6, 7]]], "MultiSurface"), None),
    "empty shell": (_doc([[], CUBE[0]]), None),
    "index out of range": (_doc([[[[0, 1, 99]]]]), "out of range"),
    "surface without rings": (_doc([[[]]]), "not a list of rings"),
    "ring holding lists": (_doc([[[[[0, 1, 2]]]]]), None),
    "indices at the wrong depth": (_doc([[0, 1, 2]]), "not a list of rings"),
    "negative vertex": (_doc(CUBE, vertices=[[0, 0, 0], [-1000, 0, 0], [1000, 1000, 0], [0, 1000, 0],
                                             [0, 0, 500], [1000, 0, 500], [1000, 1000, 500], [0, 1000, 500]]), None),
    "float vertices": (_doc(CUBE, vertices=[[0.5, 0, 0], [1000, 0, 0], [1000, 1000, 0], [0, 1000, 0],
                                            [0, 0, 500], [1000, 0, 500], [1000, 1000, 500], [0, 1000, 500]]), None),
    "two-number vertices": (_doc(CUBE, vertices=[[0, 0], [1000, 0, 0, 5]]), "must be a list of"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hand_made_files_read_identically_fast_and_plain(case, tmp_path, monkeypatch):
    doc, error = CASES[case]
    path = tmp_path / "t.city.json"
    for indent in (None, 1):  # compact, and with blanks and newlines inside the arrays
        path.write_text(json.dumps(doc, indent=indent))
        fast, plain = _both(path, monkeypatch)
        assert fast == plain
        if error:
            assert fast[0] == "error" and error in fast[1]


@pytest.mark.parametrize("text", [
    b"[1 2]", b"[1,]", b"[,1]", b"[[1]", b"[01]", b"[1][2]", b"[1,\n2 3]", b"[]]",
])
def test_tokeniser_refuses_what_json_refuses(text):
    with pytest.raises(ValueError):
        json.loads(text)
    assert _cityjson_fast._tokenise([text], signed=False) is None


def test_invalid_json_inside_boundaries_gives_the_plain_json_error(tmp_path, monkeypatch):
    path = tmp_path / "bad.city.json"
    path.write_bytes(json.dumps(_doc(CUBE)).encode().replace(b"[0, 3, 2, 1]", b"[0, 3 2, 1]"))
    fast, plain = _both(path, monkeypatch)
    assert fast == plain and "not valid JSON" in fast[1]


def test_vertices_parse_to_int64_rows():
    v = _cityjson_fast._vertex_array(b"[[1, -2, 3],\n [40,0,-0]]")
    np.testing.assert_array_equal(v, [[1, -2, 3], [40, 0, 0]])
    assert _cityjson_fast._vertex_array(b"[[1,2],[3,4,5,6]]") is None


def test_geojson_and_other_json_keep_the_plain_parse(tmp_path):
    p = tmp_path / "x.geojson"
    data = json.dumps({"type": "FeatureCollection", "features": [], "note": "CityJSON"}).encode()
    assert _common.parse_json(data, p) == json.loads(data)
