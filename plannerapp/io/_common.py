"""Helpers shared by the readers: read a file once, parse JSON, CRS strings.

Everything here turns trouble into :class:`plannerapp.errors.InputError`
naming the file and the problem, never a traceback.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from pathlib import Path

import numpy as np

from plannerapp.errors import InputError
from plannerapp.i18n import translate

#: coordinates beyond this (metres or degrees) are treated as a broken file
MAX_COORDINATE = 1.0e9


def read_bytes(path: str | os.PathLike) -> bytes:
    """The whole file, read once; missing / directory / empty -> InputError."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, translate("io", "file not found"))
    if p.is_dir():
        raise InputError(p, translate("io", "is a directory, not a file"))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(p, translate("io", "cannot be read ({error})").format(error=exc.strerror or exc)) from None
    if not data.strip():
        raise InputError(p, translate("io", "file is empty"))
    return data


def _decode(data: bytes) -> tuple[str | None, int]:
    """``(text, 0)`` for UTF-8; ``(text, offset of the first bad UTF-8 byte)`` for plausible GBK/GB18030
    Chinese text; ``(None, offset)`` otherwise (binary, other encodings)."""
    try:
        return data.decode("utf-8-sig"), 0
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None, first_bad
    controls = any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text)
    if controls or not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return None, first_bad
    return text, first_bad


def _not_utf8(path, offset: int) -> InputError:
    return InputError(
        path, translate("io", "not a text (UTF-8) file: undecodable byte at offset {offset}").format(offset=offset))


def _warn_legacy(path) -> None:
    logging.getLogger("plannerapp.io").warning(
        translate("io", "{path}: not UTF-8; read as Chinese GBK/GB18030 (save it as UTF-8 to be sure)").format(
            path=path))


def decode_text(data: bytes, path: str | os.PathLike) -> str:
    """Text of a file: UTF-8 (with or without BOM), else legacy Chinese GBK/GB18030 with a logged warning.

    GB18030 is accepted only when it decodes cleanly into text with Chinese
    characters and no control bytes (older Chinese GIS exports); anything else is
    the "not a text (UTF-8) file" error.
    """
    text, bad = _decode(data)
    if text is None:
        raise _not_utf8(path, bad)
    if bad:
        _warn_legacy(path)
    return text


def read_text_any_encoding(path: str | os.PathLike) -> str:
    """A text file read with :func:`read_bytes` and decoded with :func:`decode_text`."""
    return decode_text(read_bytes(path), path)


def parse_json(data: bytes, path: str | os.PathLike, *, packed: bool = True):
    """Parse JSON bytes; a clear one-line message for truncated or non-JSON files.

    A CityJSON file comes back with its vertices and geometry boundaries packed
    in numpy (:mod:`plannerapp.io._cityjson_fast`; only the CityJSON reader
    reads those) unless ``packed=False`` or the fast path declines it.
    """
    if packed and Path(path).suffix.lower() != ".geojson":
        from plannerapp.io._cityjson_fast import parse_fast

        doc = parse_fast(data)
        if doc is not None:
            return doc
    text, bad = _decode(data)
    if text is None:
        raise _not_utf8(path, bad)
    if bad:  # legacy Chinese encoding: only when it really is JSON, else the UTF-8 message
        try:
            doc = json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            raise _not_utf8(path, bad) from None
        _warn_legacy(path)
        return doc
    try:
        return json.loads(text)  # NaN/Infinity become floats, checked later
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1 or exc.msg.startswith("Unterminated string"):
            why = translate("io", "the file ends too early (truncated?): {error}").format(error=exc.msg.lower())
        else:
            why = exc.msg
        raise InputError(
            path, translate("io", "not valid JSON: {why} (line {line}, column {column})").format(
                why=why, line=exc.lineno, column=exc.colno
            )
        ) from None
    except RecursionError:
        raise InputError(path, translate("io", "not valid JSON: nested too deeply")) from None


_EPSG_RE = re.compile(r"EPSG(?:[:/]+[0-9.]*)?[:/]+(\d+)\s*/?\s*$", re.IGNORECASE)


def crs_from_reference(ref, path) -> str | None:
    """``"urn:ogc:def:crs:EPSG::7415"`` / ``".../def/crs/EPSG/0/7415"`` / ``"EPSG:7415"`` -> ``"EPSG:7415"``.

    ``None`` for no reference.  A reference that is not a known CRS -> InputError.
    """
    if ref is None or ref == "":
        return None
    if not isinstance(ref, str):
        raise InputError(path, translate("io", "referenceSystem {ref!r} is not a text").format(ref=ref))
    if "CRS84" in ref.upper():
        return "OGC:CRS84"
    m = _EPSG_RE.search(ref.strip())
    if m is None:
        raise InputError(path, translate("io", "unknown coordinate reference system {ref!r}").format(ref=ref))
    code = int(m.group(1))
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    try:
        CRS.from_epsg(code)
    except CRSError:
        raise InputError(
            path, translate("io", "unknown coordinate reference system {ref!r} (no EPSG:{code})").format(ref=ref, code=code)
        ) from None
    return f"EPSG:{code}"


def check_coordinates(points: np.ndarray, path, what: str | None = None) -> list[str]:
    """Problems with a float64 ``(n, 3)`` array of world coordinates (empty list: fine)."""
    problems = []
    what = what or translate("io", "vertices")
    if points.size == 0:
        return problems
    finite = np.isfinite(points)
    if not finite.all():
        bad = int((~finite.all(axis=1)).sum())
        first = int(np.flatnonzero(~finite.all(axis=1))[0])
        problems.append(
            translate("io", "{n} {what} have NaN, infinite or null coordinates (first: #{first})").format(
                n=bad, what=what, first=first
            )
        )
        return problems
    biggest = float(np.abs(points).max())
    if biggest > MAX_COORDINATE:
        problems.append(
            translate("io", "{what} reach {value:.3g}, implausibly large coordinates (limit {limit:.0g} m)").format(
                what=what, value=biggest, limit=MAX_COORDINATE
            )
        )
    return problems


def lod_key(lod) -> float:
    """A CityJSON ``lod`` value (``2``, ``"2"``, ``"2.2"``, ``1.2``) as a sortable number."""
    if isinstance(lod, bool):
        raise ValueError("lod is a boolean")
    value = float(lod)
    if not math.isfinite(value):
        raise ValueError("lod is not finite")
    return value


def lod_text(value: float) -> str:
    return format(value, "g")
