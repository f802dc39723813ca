"""Bad files give one clear InputError naming the file and the problem, never a traceback."""

from __future__ import annotations

import copy
import json
import random

import pytest
from datafiles import shared_file

from plannerapp.errors import InputError
from plannerapp.io.loader import load_city
from plannerapp.model.city import City


def small_cityjson() -> dict:
    """The first 25 Buildings (with their parts) of Den Haag (CityJSON 1.0), vertices re-indexed."""
    doc = json.loads(shared_file("denhaag-lod2/DenHaag_01.json").read_text())
    objs = doc["CityObjects"]
    roots = [k for k, o in objs.items() if o["type"] == "Building"][:25]
    keep = {k: objs[k] for r in roots for k in [r] + objs[r].get("children", [])}
    remap = {}

    def walk(b):
        if isinstance(b, list):
            return [walk(x) for x in b]
        if b not in remap:
            remap[b] = len(remap)
        return remap[b]

    for o in keep.values():
        for g in o.get("geometry", []):
            g["boundaries"] = walk(g["boundaries"])
            g.pop("material", None)
    verts = [None] * len(remap)
    for old, new in remap.items():
        verts[new] = doc["vertices"][old]
    return {
        "type": "CityJSON",
        "version": "1.0",
        "metadata": {"referenceSystem": doc["metadata"]["referenceSystem"]},
        "transform": doc["transform"],
        "CityObjects": keep,
        "vertices": verts,
    }


@pytest.fixture(scope="module")
def base():
    return small_cityjson()


def _write(tmp_path, name, content) -> str:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    elif isinstance(content, str):
        p.write_text(content)
    else:
        p.write_text(json.dumps(content))
    return str(p)


def _first_geom(doc):
    return next(g for o in doc["CityObjects"].values() for g in o.get("geometry", []))


def _mutate(doc, how):
    d = copy.deepcopy(doc)
    how(d)
    return d


CITYJSON_CASES = {
    "vertices is a string": (lambda d: d.update(vertices="abc"), "'vertices' is a str"),
    "vertices missing": (lambda d: d.pop("vertices"), "'vertices' is missing"),
    "vertex with None": (lambda d: d["vertices"].__setitem__(3, [1, None, 2]), "null coordinates (first: #3)"),
    "vertex with NaN": (lambda d: d["vertices"].__setitem__(3, [1, float("nan"), 2]), "NaN, infinite or null"),
    "vertex with Infinity": (lambda d: d["vertices"].__setitem__(3, [float("inf"), 1, 2]), "NaN, infinite or null"),
    "vertex of two numbers": (lambda d: d["vertices"].__setitem__(3, [1, 2]), "'vertices' must be"),
    "huge coordinates": (lambda d: d["vertices"].__setitem__(3, [1e15, 1, 2]), "implausibly large"),
    "coordinate beyond float": (lambda d: d["vertices"].__setitem__(3, [10**400, 1, 2]), "numbers too large"),
    "index beyond int64": (
        lambda d: _first_geom(d)["boundaries"][0][0][0].__setitem__(0, 10**30),
        "boundaries must hold vertex indices",
    ),
    "boundaries are numbers": (lambda d: _first_geom(d).update(boundaries=[1, 2, 3]), "is not a list"),
    "boundaries a string": (lambda d: _first_geom(d).update(boundaries="x"), "'boundaries' is not a list"),
    "index out of range": (
        lambda d: _first_geom(d)["boundaries"][0][0][0].__setitem__(0, 10**6),
        "vertex index 1000000 is out of range",
    ),
    "negative index": (lambda d: _first_geom(d)["boundaries"][0][0][0].__setitem__(0, -1), "out of range"),
    "float index": (lambda d: _first_geom(d)["boundaries"][0][0][0].__setitem__(0, 1.5), "vertex indices"),
    "empty CityObjects": (lambda d: d.update(CityObjects={}), "'CityObjects' is empty"),
    "CityObjects a list": (lambda d: d.update(CityObjects=[]), "'CityObjects' is missing or not an object"),
    "unknown CRS": (
        lambda d: d["metadata"].update(referenceSystem="urn:ogc:def:crs:EPSG::999999"),
        "unknown coordinate reference system",
    ),
    "CRS gibberish": (lambda d: d["metadata"].update(referenceSystem="my own grid"), "unknown coordinate"),
    "unsupported version": (lambda d: d.update(version="3.0"), "version 3.0 is not supported"),
    "not CityJSON": (lambda d: d.update(type="Something"), "not a CityJSON file"),
    "transform scale zero": (lambda d: d["transform"].update(scale=[0, 0, 0]), "'transform'"),
    "transform missing translate": (lambda d: d["transform"].pop("translate"), "'transform' needs"),
    "only terrain": (
        lambda d: d.update(CityObjects={"t": {"type": "TINRelief", "geometry": []}}),
        "no Building objects in the file (found 1 TINRelief)",
    ),
    "lod not a number": (lambda d: _first_geom(d).update(lod="high"), "lod 'high'"),
    "geometry not a list": (
        lambda d: next(iter(d["CityObjects"].values())).update(geometry=5),
        "'geometry' is not a list",
    ),
}


@pytest.mark.parametrize("case", list(CITYJSON_CASES))
def test_broken_cityjson_is_one_clear_input_error(case, base, tmp_path):
    how, expected = CITYJSON_CASES[case]
    path = _write(tmp_path, "city.json", _mutate(base, how))
    with pytest.raises(InputError) as err:
        load_city(path)
    msg = str(err.value)
    assert msg.startswith(path + ": ")
    assert expected in msg
    assert "\n" not in msg


FILE_CASES = {
    "truncated JSON": ("city.json", None, "ends too early"),
    "binary garbage": ("city.json", bytes(range(256)) * 4, "not a text (UTF-8) file"),
    "empty file": ("city.json", b"", "file is empty"),
    "whitespace only": ("city.json", b"  \n ", "file is empty"),
    "JSON but a list": ("city.json", b"[1, 2]", "not a CityJSON file"),
    "unknown extension": ("city.xyz", b"{}", "unknown file type '.xyz'"),
    "garbage OBJ": ("city.obj", b"\x00\x01garbage\xff" * 50, "no triangles"),
    "garbage GLB": ("city.glb", b"glTF\x02\x00\x00\x00garbage" * 10, "not a readable GLB file"),
    "garbage STL": ("city.stl", b"solid x\nfacet oops\n", "STL"),
    "garbage PLY": ("city.ply", b"ply\nformat nonsense\n", "PLY"),
    "GeoJSON without features": ("city.geojson", b'{"type": "FeatureCollection"}', "'features' is missing"),
    "GeoJSON not a collection": ("city.geojson", b'{"type": "Point"}', "not a GeoJSON FeatureCollection"),
}


@pytest.mark.parametrize("case", list(FILE_CASES))
def test_unreadable_files_are_one_clear_input_error(case, base, tmp_path):
    name, content, expected = FILE_CASES[case]
    if content is None:
        content = json.dumps(base).encode()[:5000]
    path = _write(tmp_path, name, content)
    with pytest.raises(InputError) as err:
        load_city(path)
    assert str(err.value).startswith(path + ": ")
    assert expected in str(err.value)
    assert "\n" not in str(err.value)


def test_a_directory_and_a_missing_file_are_named(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        load_city(tmp_path)
    with pytest.raises(InputError, match="file not found"):
        load_city(tmp_path / "nowhere.city.json")


# --------------------------------------------------------------------------- fuzzing

_REPLACEMENTS = [None, "abc", -1, 0, 1.5, 10**12, float("nan"), [], {}, [[]], True, "", [1, 2, 3]]


def _paths(node, prefix=(), out=None, depth=0):
    """Every (container, key) position in a JSON tree (sampled below deep lists)."""
    if out is None:
        out = []
    if depth > 9:
        return out
    if isinstance(node, dict):
        for k, v in node.items():
            out.append(prefix + (k,))
            _paths(v, prefix + (k,), out, depth + 1)
    elif isinstance(node, list):
        for i in list(range(min(len(node), 3))) + ([len(node) - 1] if len(node) > 3 else []):
            out.append(prefix + (i,))
            _paths(node[i], prefix + (i,), out, depth + 1)
    return out


def _set(doc, path, value, delete=False):
    node = doc
    for k in path[:-1]:
        node = node[k]
    if delete:
        if isinstance(node, dict):
            node.pop(path[-1])
        else:
            node.pop(path[-1])
    else:
        node[path[-1]] = value


def small_geojson() -> dict:
    """The first 40 Suzhou footprints (CRS84 lon/lat, real data)."""
    doc = json.loads(shared_file("china-suzhou-footprints/suzhou_buildings.geojson").read_text())
    doc["features"] = doc["features"][:40]
    return doc


def small_obj() -> str:
    """The first 3,000 lines of the 3dfier OBJ (vertices and the first objects' faces)."""
    lines = shared_file("delft-3dfier-lod1/testarea.obj").read_text().splitlines()
    head = [ln for ln in lines if ln.startswith("v ")]
    rest = [ln for ln in lines if not ln.startswith("v ") and not ln.startswith("mtllib")][:3000]
    return "\n".join(head + rest) + "\n"


def _fuzz_json(doc, rng, n):
    kind = n % 4
    text = json.dumps(doc)
    if kind in (0, 1):
        d = copy.deepcopy(doc)
        paths = _paths(d)
        for _ in range(rng.randint(1, 3)):
            try:
                _set(d, rng.choice(paths), rng.choice(_REPLACEMENTS), delete=(kind == 1))
            except (KeyError, IndexError, TypeError):
                pass  # an earlier mutation removed the parent
        return json.dumps(d).encode()
    if kind == 2:
        return text[: rng.randint(0, len(text))].encode()
    b = bytearray(text.encode())
    for _ in range(rng.randint(1, 20)):
        b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _fuzz_text(text, rng, n):
    lines = text.splitlines()
    kind = n % 4
    if kind == 0:  # drop lines
        for _ in range(rng.randint(1, 50)):
            lines.pop(rng.randrange(len(lines)))
    elif kind == 1:  # replace a token
        for _ in range(rng.randint(1, 10)):
            i = rng.randrange(len(lines))
            parts = lines[i].split()
            if len(parts) > 1:
                parts[rng.randrange(1, len(parts))] = rng.choice(["nan", "-5", "999999", "x", "1e300", "0", ""])
                lines[i] = " ".join(parts)
    elif kind == 2:
        return text[: rng.randint(0, len(text))].encode()
    else:
        b = bytearray(text.encode())
        for _ in range(rng.randint(1, 20)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("fmt, count", [("city.json", 400), ("geojson", 200), ("obj", 60)])
def test_fuzzed_real_file_gives_a_city_or_an_input_error_never_a_crash(fmt, count, base, tmp_path):
    """Mutations of real files: values swapped, keys or lines dropped, bytes cut or flipped."""
    rng = random.Random(20261129)
    source = {"city.json": base, "geojson": small_geojson(), "obj": small_obj()}[fmt]
    outcomes = {"city": 0, "error": 0}
    for n in range(count):
        data = _fuzz_text(source, rng, n) if fmt == "obj" else _fuzz_json(source, rng, n)
        path = _write(tmp_path, f"fuzz{n}.{fmt}", data)
        try:
            city = load_city(path)
        except InputError as exc:
            assert str(exc).startswith(path + ": ")
            assert "\n" not in str(exc)
            outcomes["error"] += 1
        else:
            assert isinstance(city, City) and len(city) > 0
            outcomes["city"] += 1
    assert outcomes["error"] > count // 8 and outcomes["city"] > count // 20
