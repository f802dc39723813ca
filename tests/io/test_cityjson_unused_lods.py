"""Boundaries of LoDs the reader does not draw are not tokenised, only checked to be valid JSON.

A 3D BAG file holds LoD 0, 1.2, 1.3 and 2.2; reading LoD 2.2 tokenises only
the LoD 2.2 and LoD 0 boundaries.  A file whose unused boundaries are not
valid JSON must still give the plain path's "not valid JSON" message.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from datafiles import shared_file

from plannerapp.errors import InputError
from plannerapp.io import _cityjson_fast, _common
from plannerapp.io.cityjson import read_cityjson

BAG = "3dbag-delft-lod22/3dbag_v210908_fd2cee53_5910.json"


def test_a_3dbag_tile_tokenises_only_the_chosen_lod_and_lod0(monkeypatch):
    path = shared_file(BAG)
    doc = json.loads(path.read_text(encoding="utf-8"))
    lods = [str(g.get("lod")) for o in doc["CityObjects"].values() for g in o.get("geometry", [])]
    seen = []
    real_check = _cityjson_fast.BoundaryTable.check_rest

    def check_rest(table):
        seen.append(table.tokenised.copy())
        real_check(table)

    monkeypatch.setattr(_cityjson_fast.BoundaryTable, "check_rest", check_rest)
    city = read_cityjson(path)
    assert len(city.buildings) == 432
    (tokenised,) = seen
    assert len(tokenised) == len(lods)  # one boundaries value per geometry, in file order
    used = {lod for lod, t in zip(lods, tokenised) if t}
    skipped = {lod for lod, t in zip(lods, tokenised) if not t}
    assert used == {"0", "2.2"} and skipped == {"1.2", "1.3"}


@pytest.mark.parametrize("text", [
    b"[1 2]", b"[1,]", b"[,1]", b"[[1]", b"[01]", b"[1][2]", b"[1,\n2 3]", b"[]]", b"[1],[2]", b"[[0,00]]", b"[1]2",
])
def test_the_json_check_refuses_what_json_refuses(text):
    with pytest.raises(ValueError):
        json.loads(text)
    assert not _cityjson_fast._valid_arrays([text])
    assert not _cityjson_fast._valid_arrays([b"[[1]]", text, b"[2]"])


@pytest.mark.parametrize("text", [b"[]", b"[0]", b"[[0,10,100],[]]", b"[ [ 1 ,\n 2 ] ]", b"[123456789012345678901234]"])
def test_the_json_check_takes_what_json_takes(text):
    json.loads(text)
    assert _cityjson_fast._valid_arrays([text])
    assert _cityjson_fast._valid_arrays([b"[[1]]", text, b"[2]"])


def _two_lods(lod1_boundaries: str) -> str:
    box = "[[[[0,3,2,1]],[[4,5,6,7]],[[0,1,5,4]],[[1,2,6,5]],[[2,3,7,6]],[[3,0,4,7]]]]"
    return (
        '{"type": "CityJSON", "version": "2.0", "transform": {"scale": [0.01, 0.01, 0.01], "translate": [0, 0, 0]},'
        ' "CityObjects": {"b1": {"type": "Building", "geometry": ['
        '{"type": "Solid", "lod": "1.2", "boundaries": ' + lod1_boundaries + '},'
        '{"type": "Solid", "lod": "2.2", "boundaries": ' + box + '}]}},'
        ' "vertices": [[0,0,0],[1000,0,0],[1000,1000,0],[0,1000,0],[0,0,500],[1000,0,500],[1000,1000,500],[0,1000,500]]}'
    )


def test_invalid_json_in_an_unused_lod_gives_the_plain_json_error(tmp_path, monkeypatch):
    path = tmp_path / "bad.city.json"
    path.write_text(_two_lods("[[[[0, 3 2, 1]]]]"))
    assert _cityjson_fast.parse_fast(path.read_bytes()) is not None  # the fast path is taken first
    with pytest.raises(InputError) as fast:
        read_cityjson(path)
    monkeypatch.setattr(_cityjson_fast, "parse_fast", lambda data, loads=None: None)
    with pytest.raises(InputError) as plain:
        read_cityjson(path)
    assert str(fast.value) == str(plain.value) and "not valid JSON" in str(fast.value) and "bad.city.json" in str(fast.value)


def test_a_valid_unused_lod_reads_like_the_plain_path(tmp_path, monkeypatch):
    path = tmp_path / "ok.city.json"
    path.write_text(_two_lods("[[[[0,3,2,1]],[[4,5,6,7]]]]"))
    fast = read_cityjson(path)
    monkeypatch.setattr(_cityjson_fast, "parse_fast", lambda data, loads=None: None)
    plain = read_cityjson(path)
    (a,), (b,) = fast.buildings, plain.buildings
    np.testing.assert_array_equal(a.mesh.vertices, b.mesh.vertices)
    np.testing.assert_array_equal(a.mesh.faces, b.mesh.faces)
    assert a.mesh.n_faces == 12 and fast.metadata == plain.metadata


def test_parse_json_still_packs_cityjson():
    doc = _common.parse_json(_two_lods("[[[[0,3,2,1]]]]").encode(), "x.city.json")
    assert _cityjson_fast.PACKED_KEY in doc
