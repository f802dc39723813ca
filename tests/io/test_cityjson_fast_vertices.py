"""The fast CityJSON vertex parse takes exactly the [x, y, z] integer lists json takes, and nothing else."""

from __future__ import annotations

import json

import numpy as np
import pytest

from plannerapp.io import _cityjson_fast


@pytest.mark.parametrize("text", [
    b"[[1,2]]", b"[[1,2,3,4]]", b"[[1,2,3],]", b"[[1,2,3]", b"[[01,2,3]]", b"[[1,-02,3]]", b"[[1,2 3,4]]",
    b"[[1,2,3]]]", b"[[1,--2,3]]", b"[[1,2-,3]]", b"[[1,-,3]]", b"[[1,2,3],[4,5,6]7]", b"[[1,2,3]4,[4,5,6]]",
    b"[5[1,2,3]]", b"[[1,2,3][4,5,6]]", b"[[1,2,3],,[4,5,6]]", b"[[1,2,3],[00,1,2]]", b"[[1,2,3],5[,4,5]]",
    b"[[1,2,3]],[[1,2,3]]", b"[[1,2,3],[4,[5],6]]", b"[[-1,2,3-]]", b"[[]]", b"[]", b"[[,1,2]]",
])
def test_bad_vertex_lists_are_refused(text):
    with pytest.raises(ValueError):
        rows = json.loads(text)
        if not rows or any(not isinstance(r, list) or len(r) != 3 or not all(type(x) is int for x in r) for r in rows):
            raise ValueError("not [x, y, z] rows")
    assert _cityjson_fast._vertex_array(text) is None


def test_numbers_too_large_for_the_fast_path_are_left_to_the_plain_one():
    assert _cityjson_fast._vertex_array(b"[[1234567890123456789,2,3]]") is None


@pytest.mark.parametrize("text", [
    b"[[1,-2,3],\n [40,0,-0]]", b"[[0,0,0]]", b"[[ 100 , -100 , 0 ] ]",
    b"[[999999999999999999,-999999999999999999,10]]", b"[[10,100,-100],[0,-0,0]]",
])
def test_good_vertex_lists_read_like_json(text):
    np.testing.assert_array_equal(_cityjson_fast._vertex_array(text), np.array(json.loads(text), np.int64))
