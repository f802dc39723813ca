"""CityJSON Text Sequences (CityJSONSeq, ``.city.jsonl``, CityJSON 2.0 spec section 9).

One JSON object per line:

* line 1: a ``"CityJSON"`` object with empty ``CityObjects`` and ``vertices``,
  holding the ``transform`` (and ``metadata``: the CRS) every feature uses;
* each following line: a ``"CityJSONFeature"`` with its own ``CityObjects``
  (a building and its parts, or a road, terrain...) and its own ``vertices``
  (integers, dequantised with line 1's ``transform``), indexed from 0.

The features are assembled into one CityJSON document (each feature's
vertex indices shifted past the vertices before it) and read by
:func:`plannerapp.io.cityjson.parse_cityjson`, so a ``.city.jsonl`` gives
the same buildings, ids, triangles and local origin as the ``.city.json``
it was cut from.  Blank lines are skipped.  A bad line is an
:class:`InputError` naming the file and the line number (1-based): broken
JSON, a line that is not a CityJSONFeature, vertex indices outside the
feature's own vertices, a CityObject id already used on an earlier line, or
geometry the CityJSON reader refuses.
"""

from __future__ import annotations

import json
import os

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.io._common import decode_text, read_bytes

FEATURE_TYPE = "CityJSONFeature"


def read_cityjsonseq(path: str | os.PathLike, *, lod=None, progress=None):
    """Read a ``.city.jsonl`` file into a :class:`City` (local metres; see module doc)."""
    return parse_cityjsonseq(read_bytes(path), path, lod=lod, progress=progress)


def parse_cityjsonseq(data: bytes, path, *, lod=None, progress=None):
    """A :class:`City` from the bytes of a CityJSONSeq file."""
    progress = progress or (lambda f, t: None)
    lines = _json_lines(decode_text(data, path), path)
    header_no, header = lines[0]
    _check_header(header, header_no, path)
    features = lines[1:]
    if not features:
        raise InputError(path, translate("io", "no CityJSONFeature lines after the header: no buildings in the file"))
    doc = {k: v for k, v in header.items() if k not in ("CityObjects", "vertices")}
    objects: dict = {}
    vertices: list = []
    first_line: dict[str, int] = {}
    n = len(features)
    for k, (no, feat) in enumerate(features):
        _check_feature(feat, no, path)
        for oid in feat["CityObjects"]:
            if oid in first_line:
                raise _line_error(path, no, translate("io", "CityObject {id!r} is already on line {first}").format(
                    id=oid, first=first_line[oid]))
            first_line[oid] = no
        objects.update(_shifted_objects(feat, len(vertices), no, path))
        vertices.extend(feat["vertices"])
        if k % 200 == 0:
            progress(0.3 * k / n, translate("io", "reading features"))
    doc["CityObjects"] = objects
    doc["vertices"] = vertices

    from plannerapp.io.cityjson import parse_cityjson

    try:
        city = parse_cityjson(doc, path, lod=lod, progress=lambda f, t: progress(0.3 + 0.7 * f, t))
    except InputError as exc:
        raise _locate(exc, header, features, path, lod) from None
    city.metadata["format"] = "CityJSONSeq"
    city.metadata["features"] = n
    return city


# ----------------------------------------------------------------------------- lines


def _line_error(path, no: int, problem: str) -> InputError:
    return InputError(path, translate("io", "line {line}: {problem}").format(line=no, problem=problem))


def _json_lines(text: str, path) -> list[tuple[int, object]]:
    """(1-based line number, parsed JSON) of every non-blank line."""
    out = []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append((no, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise _line_error(path, no, translate("io", "not valid JSON: {why} (column {column})").format(
                why=exc.msg, column=exc.colno)) from None
        except RecursionError:
            raise _line_error(path, no, translate("io", "not valid JSON: nested too deeply")) from None
    if not out:
        raise InputError(path, translate("io", "file is empty"))
    return out


def _check_header(header, no, path) -> None:
    if not isinstance(header, dict) or header.get("type") != "CityJSON":
        raise _line_error(path, no, translate(
            "io", "the first line of a CityJSONSeq file must be a \"CityJSON\" object (with the transform)"))
    if header.get("CityObjects") not in (None, {}) or header.get("vertices") not in (None, []):
        raise _line_error(path, no, translate(
            "io", "the CityJSON header line must have empty 'CityObjects' and 'vertices' (is this a .city.json?)"))


def _check_feature(feat, no, path) -> None:
    if not isinstance(feat, dict) or feat.get("type") != FEATURE_TYPE:
        kind = feat.get("type") if isinstance(feat, dict) else type(feat).__name__
        raise _line_error(path, no, translate("io", "not a CityJSONFeature (type is {kind!r})").format(kind=kind))
    if not isinstance(feat.get("CityObjects"), dict):
        raise _line_error(path, no, translate("io", "'CityObjects' is missing or not an object"))
    verts = feat.get("vertices")
    if not isinstance(verts, list):
        raise _line_error(path, no, translate("io", "'vertices' is missing or not a list of [x, y, z]"))
    for i, v in enumerate(verts):
        if not (isinstance(v, list) and len(v) == 3
                and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in v)):
            raise _line_error(path, no, translate("io", "vertex #{n} is not three numbers: {value}").format(
                n=i, value=json.dumps(v)[:60]))


def _shifted_objects(feat, offset: int, no: int, path) -> dict:
    """The feature's CityObjects with every geometry's vertex indices moved past *offset*."""
    n = len(feat["vertices"])
    out = {}
    for oid, obj in feat["CityObjects"].items():
        if not isinstance(obj, dict) or not isinstance(obj.get("geometry"), list):
            out[oid] = obj  # no geometry (or malformed: the CityJSON reader names it)
            continue
        geoms = []
        for gi, g in enumerate(obj["geometry"]):
            if isinstance(g, dict) and "boundaries" in g:
                try:
                    g = {**g, "boundaries": _shift(g["boundaries"], offset, n)}
                except ValueError as exc:
                    raise _line_error(path, no, translate(
                        "io", "CityObject {id!r} geometry #{g}: {problem}").format(id=oid, g=gi, problem=exc)) from None
            geoms.append(g)
        out[oid] = {**obj, "geometry": geoms}
    return out


def _shift(b, offset: int, n: int):
    """Nested boundary lists with each vertex index i (0 <= i < n) replaced by i + offset."""
    if isinstance(b, list):
        if b and isinstance(b[0], int) and not isinstance(b[0], bool):
            for i in b:
                if not isinstance(i, int) or isinstance(i, bool):
                    raise ValueError(translate("io", "boundaries must hold vertex indices (whole numbers)"))
                if not 0 <= i < n:
                    raise ValueError(translate(
                        "io", "vertex index {index} is out of range (the feature has {n} vertices)").format(index=i, n=n))
            return [i + offset for i in b]
        return [_shift(x, offset, n) for x in b]
    if isinstance(b, int) and not isinstance(b, bool):  # GeometryInstance-style single index
        return _shift([b], offset, n)[0]
    raise ValueError(translate("io", "boundaries must hold vertex indices (whole numbers)"))


def _locate(exc: InputError, header, features, path, lod) -> InputError:
    """The reader's error on the assembled document, tied to the first line that alone gives it."""
    from plannerapp.io.cityjson import parse_cityjson

    base = {k: v for k, v in header.items() if k not in ("CityObjects", "vertices")}
    for no, feat in features:
        one = {**base, "CityObjects": feat["CityObjects"], "vertices": feat["vertices"]}
        try:
            parse_cityjson(one, path, lod=lod)
        except InputError as line_exc:
            if list(line_exc.problems) == list(exc.problems):
                return InputError(path, [translate("io", "line {line}: {problem}").format(line=no, problem=p)
                                         for p in exc.problems])
    return InputError(path, exc.problems, exc.partial)
