"""Fast CityJSON parse: the big number arrays go straight from bytes to numpy.

A large CityJSON file is mostly two things: ``"vertices"`` (integers when the
file has a ``transform``) and the ``"boundaries"`` of every geometry.  Parsing
them with :func:`json.loads` makes millions of Python ints and lists (1 GB and
6 s for a 100 MB file).  :func:`parse_fast` instead

1. finds every ``"boundaries": [...]`` and ``"vertices": [...]`` value made of
   digits, brackets, commas and blanks only (a regex on the bytes);
2. reads the vertices with byte-level checks of the JSON grammar (brackets,
   commas, no leading zeros) and one :func:`numpy.fromstring`;
3. replaces each value in the text by a short placeholder string and parses
   the small rest (attributes, semantics...) with :func:`json.loads`;
4. puts a :class:`PackedBoundaries` handle (boundaries) or an ``(n, 3) int64``
   array (vertices) where the placeholders are.

Boundaries are tokenised later, and only those of the geometries the reader
uses (:meth:`BoundaryTable.gather`; the chosen LoD is known only then); the
others are only checked to be valid JSON (:meth:`BoundaryTable.check_rest`).

Anything unexpected (a placeholder in the wrong place, a bad token, a value it
cannot take) returns ``None`` and the caller uses the plain :func:`json.loads`
path, so results and error messages stay those of the plain path.  The
tokens and the nesting (rings, surfaces, shells, checked against the
geometry type) come in :meth:`BoundaryTable.gather`; a problem there or in
:meth:`BoundaryTable.check_rest` raises :class:`NotPacked` and the reader
starts again on the plain path (see ``plannerapp.io.cityjson``).
"""

from __future__ import annotations

import contextlib
import gc
import json
import re
import warnings

import numpy as np

_BOUNDARIES = re.compile(rb'"boundaries"\s*:\s*(\[[0-9\s,\[\]]*)')
_VERTICES = re.compile(rb'"vertices"\s*:\s*(\[[0-9\s,\[\]\-]*)')
_BLANKS = b" \t\r\n"
_SPLIT_NUMBER = re.compile(rb"[0-9][ \t\r\n]+[-0-9]")
_DIGITS_BLANKS = bytes.maketrans(b"0123456789-\t\r\n", b"00000000000   ")


def _split_number(text: bytes) -> bool:
    """Whether two numbers are separated by blanks only (quick check first, regex when runs of blanks exist)."""
    t = text.translate(_DIGITS_BLANKS)
    if b"0 0" in t:
        return True
    return b"  " in t and _SPLIT_NUMBER.search(text) is not None
_PH_B = "\x00B"  # placeholder prefixes; files holding "\u0000" never take this path
_PH_V = "\x00V"
_OPEN, _CLOSE, _COMMA, _MINUS = ord("["), ord("]"), ord(","), ord("-")
_MAX_DIGITS = 18  # int64-safe
#: key of the :class:`BoundaryTable` in a packed document (cannot occur in a file taking this path)
PACKED_KEY = "\x00packed"


@contextlib.contextmanager
def paused_gc():
    """Python's cyclic garbage collector off for the duration (back on only if it was on).

    Parsing a large file creates millions of lists and dicts, none of them
    garbage; each full collection they trigger walks all of them and finds
    nothing (0.2-0.3 s of CPU in a 10,000-building 3D BAG load).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class NotPacked(Exception):
    """The fast path cannot reproduce the plain path here: parse the file with json.loads."""


class PackedBoundaries:
    """Handle standing for one geometry's ``boundaries`` (tokens kept in a :class:`BoundaryTable`)."""

    __slots__ = ("table", "k")

    def __init__(self, table: "BoundaryTable", k: int):
        self.table, self.k = table, k

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"PackedBoundaries(#{self.k})"


class BoundaryTable:
    """Where each boundaries value of a file is (``spans`` into ``data``, the file's bytes).

    A value is tokenised only when a geometry that uses it is read
    (:meth:`gather`): a 3D BAG file also holds LoD 1.2 and 1.3 boundaries the
    reader does not draw.  Those are only checked to be valid JSON
    (:meth:`check_rest`), so a broken file still gets the plain path's message.
    """

    def __init__(self, data: bytes, spans: list[tuple[int, int]]):
        self.data = data
        self.spans = spans
        self.tokenised = np.zeros(len(spans), bool)

    def release(self) -> None:
        """Drop the file bytes (after the read, success or not)."""
        self.data = self.spans = None

    def check_rest(self) -> None:
        """Raise :class:`NotPacked` unless every value not tokenised is valid JSON (arrays of integers)."""
        rest = np.flatnonzero(~self.tokenised).tolist()
        if rest and not _valid_arrays([self.data[self.spans[k][0] : self.spans[k][1]] for k in rest]):
            raise NotPacked("boundaries that are not valid JSON")

    def gather(self, ks: np.ndarray, leaf: np.ndarray):
        """Rings and surfaces of geometries ``ks`` whose vertex indices sit at nesting depth ``leaf``.

        Returns ``(indices, ring_lengths, surface_rings, groups_per_geometry,
        surfaces_per_group, parent_of_group, indices_per_geometry)``;
        a *group* is the list of surfaces ``semantics.values`` is indexed by
        (the geometry for MultiSurface, a shell for Solid and MultiSolid).
        Raises :class:`NotPacked` when the nesting does not match the type or
        a value is not JSON the tokeniser takes.

        Tokens (per bracket or comma token: ``kind`` and ``depth`` after it,
        the value's own outer ``[`` opening depth 1; per integer: ``values``
        and ``num_tok``, the token before it) are made here for ``ks`` only.
        """
        spans = self.spans
        tok = _tokenise([self.data[spans[k][0] : spans[k][1]] for k in ks.tolist()], signed=False)
        if tok is None:
            raise NotPacked("boundaries the tokeniser does not take")
        self.tokenised[ks] = True
        kind, depth, values, num_tok, ts, ns = tok  # tokens of exactly these values, in this order
        tcount, ncount = np.diff(ts), np.diff(ns)
        lt = np.repeat(leaf.astype(depth.dtype), tcount)
        is_open = kind == _OPEN
        if (is_open & (depth > lt)).any():
            raise NotPacked("a ring holds lists")
        if (depth[num_tok] != np.repeat(leaf.astype(depth.dtype), ncount)).any():
            raise NotPacked("vertex indices at the wrong nesting depth")
        # token positions of the lists opening at each level (sparse: searchsorted instead of running sums)
        below = lt - depth
        del lt
        ring_tok = np.flatnonzero(is_open & (below == 0))
        surf_tok = np.flatnonzero(is_open & (below == 1))
        group_tok = np.flatnonzero(is_open & (below == 2))  # shells (Solid, MultiSolid) or the surface list
        # MultiSurface: the geometry's own "[" is the group (depth 1 == leaf - 2)
        parent_tok = np.flatnonzero(is_open & (below == 3))
        del below, is_open
        ring_of_num = np.searchsorted(ring_tok, num_tok, side="right") - 1
        if (ring_of_num < 0).any():
            raise NotPacked("an index outside any ring")
        ring_lengths = np.bincount(ring_of_num, minlength=ring_tok.size)
        del ring_of_num
        surface_of_ring = np.searchsorted(surf_tok, ring_tok, side="right") - 1
        surface_rings = np.bincount(surface_of_ring, minlength=surf_tok.size)
        if (surface_rings == 0).any():
            raise NotPacked("a surface without rings")
        group_of_surface = np.searchsorted(group_tok, surf_tok, side="right") - 1
        surfaces_per_group = np.bincount(group_of_surface, minlength=group_tok.size)
        groups_per_geom = np.bincount(np.searchsorted(ts, group_tok, side="right") - 1, minlength=ks.size)
        # the list holding each group, numbered within its geometry (MultiSolid: the solid)
        base = np.searchsorted(parent_tok, ts[:-1], side="left")
        parent_of_group = np.searchsorted(parent_tok, group_tok, side="right") - np.repeat(base, groups_per_geom) - 1
        return (values, ring_lengths, surface_rings, groups_per_geom, surfaces_per_group,
                parent_of_group, ncount)


def _starts(counts: np.ndarray) -> np.ndarray:
    out = np.zeros(counts.size, np.int64)
    if counts.size > 1:
        np.cumsum(counts[:-1], out=out[1:])
    return out


def _tokenise(parts: list[bytes], signed: bool):
    """Tokens of JSON arrays of integers (blanks removed); ``None`` when not valid JSON of that kind.

    Returns ``(kind, depth, values, num_tok, tok_start, num_start)`` as in :class:`BoundaryTable`.
    """
    compact = [p.translate(None, _BLANKS) for p in parts]
    lengths = np.fromiter((len(p) for p in compact), np.int64, len(compact))
    # "1 2" is not JSON; without the blank it would read 12
    if int(lengths.sum()) != sum(map(len, parts)) and _split_number(b"".join(parts)):
        return None
    a = np.frombuffer(b"".join(compact), np.uint8)
    del compact
    if a.size == 0:
        return None
    if signed:
        digit = ((a >= 48) & (a <= 57)) | (a == _MINUS)
    else:
        digit = (a >= 48) & (a <= 57)
    pos = np.flatnonzero(~digit)
    del digit
    kind = a[pos]
    span_first = _starts(lengths)
    tok_start = np.searchsorted(pos, span_first)
    # every value starts with "[" (the regex) and is one balanced array
    if tok_start.size and (pos[tok_start] != span_first).any():
        return None
    step = np.where(kind == _OPEN, 1, np.where(kind == _CLOSE, -1, 0)).astype(np.int8)
    depth = np.cumsum(step, dtype=np.int32)
    del step
    last_tok = np.append(tok_start[1:], pos.size) - 1
    zero = np.flatnonzero(depth <= 0)
    if zero.size != last_tok.size or (zero != last_tok).any() or (depth[last_tok] != 0).any():
        return None
    if int(depth.max()) > 100:
        return None
    # grammar between consecutive tokens of one value
    gap = np.diff(pos) - 1
    p, q = kind[:-1], kind[1:]
    has_num = gap > 0
    ok = np.where(
        has_num,
        ((p == _OPEN) | (p == _COMMA)) & ((q == _COMMA) | (q == _CLOSE)),
        ((p == _OPEN) & ((q == _OPEN) | (q == _CLOSE)))
        | ((p == _COMMA) & (q == _OPEN))
        | ((p == _CLOSE) & ((q == _COMMA) | (q == _CLOSE))),
    )
    ok[last_tok[:-1]] = True  # a value's last "]" and the next value's first "["
    if not ok.all():
        return None
    num_tok = np.flatnonzero(has_num)
    nstart = pos[num_tok] + 1
    nlen = gap[num_tok]
    if nlen.size and int(nlen.max()) > _MAX_DIGITS:
        return None
    values = _integers(a, pos, nstart, nlen, signed)
    if values is None:
        return None
    num_start = np.searchsorted(num_tok, np.append(tok_start, pos.size))
    return kind, depth.astype(np.int16), values, num_tok, np.append(tok_start, pos.size), num_start


_CLASSES = bytes.maketrans(b"123456789", b"ddddddddd")
_SEP = b"|"
#: byte pairs (digits 1-9 as "d", "0" kept, blanks removed) that JSON arrays of integers never hold,
#: "|" standing between two values
_BAD_PAIR = np.zeros(1 << 16, bool)
for _p in (b"[,", b",,", b",]", b"]0", b"]d", b"0[", b"d[", b"][", b"0|", b"d|", b"[|", b",|", b"|0", b"|d", b"|,",
           b"|]", b"||"):
    _BAD_PAIR[_p[0] << 8 | _p[1]] = True


def _valid_arrays(parts: list[bytes]) -> bool:
    """Whether each part is one JSON array of arrays... of non-negative integers (nothing is converted).

    Cheaper than :func:`_tokenise`; for the boundaries the reader does not use.
    """
    joined = _SEP.join(parts)
    c = joined.translate(_CLASSES, _BLANKS)
    if len(c) != len(joined) and _split_number(joined):
        return False
    del joined
    if not c.endswith(b"]"):
        return False
    a = np.frombuffer(c, np.uint8)
    pair = a[:-1].astype(np.uint16) << 8
    pair |= a[1:]
    if _BAD_PAIR[pair].any():
        return False
    del pair
    zero = np.flatnonzero(a[:-1] == 48) + 1  # a leading zero: "0" after "[" or ",", a digit after it
    if zero.size and ((a[zero - 2] != 48) & (a[zero - 2] != 100) & ((a[zero] == 48) | (a[zero] == 100)))[zero >= 2].any():
        return False
    # each part is one balanced array: the depth is 0 exactly at each part's last "]"
    br = np.flatnonzero((a == _OPEN) | (a == _CLOSE))
    depth = np.cumsum(np.where(a[br] == _OPEN, 1, -1).astype(np.int8), dtype=np.int32)
    ends = np.append(np.flatnonzero(a == _SEP[0]) - 1, a.size - 1)
    return bool(np.array_equal(br[depth <= 0], ends) and int(depth.max()) <= 100)


def _integers(a: np.ndarray, pos: np.ndarray, start: np.ndarray, length: np.ndarray, signed: bool):
    """JSON integers at ``a[start:start+length]`` (``None`` if one is not a valid JSON integer).

    ``pos`` are the bracket/comma positions: they become blanks and numpy's
    text reader takes the numbers between them.
    """
    first = start
    if signed:
        minus_at = a == _MINUS
        if minus_at.any():
            neg = a[start] == _MINUS
            # a minus anywhere but first, or alone
            if int(minus_at.sum()) != int(neg.sum()) or (length[neg] < 2).any():
                return None
            first = start + neg
            length = length - neg
    # no leading zeros ("0" itself is fine)
    if ((a[first] == 48) & (length > 1)).any():
        return None
    b = a.copy()
    b[pos] = 32
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            val = np.fromstring(b.tobytes(), dtype=np.int64, sep=" ")
        except (ValueError, DeprecationWarning):
            return None
    return val if val.size == start.size else None


def parse_fast(data: bytes, loads=json.loads):
    """The CityJSON document with packed vertices/boundaries, or ``None`` (use the plain parse)."""
    with paused_gc():
        return _parse_fast(data, loads)


def _parse_fast(data: bytes, loads):
    if b'"CityJSON"' not in data or b"\\u0000" in data:
        return None
    b_spans = []
    for m in _BOUNDARIES.finditer(data):
        s, e = m.span(1)
        e = s + len(data[s:e].rstrip(_BLANKS + b","))
        b_spans.append((s, e))
    if not b_spans:
        return None
    table = BoundaryTable(data, b_spans)
    verts = None
    v_span = None
    vm = list(_VERTICES.finditer(data))
    if len(vm) == 1:
        s, e = vm[0].span(1)
        e = s + len(data[s:e].rstrip(_BLANKS + b","))
        verts = _vertex_array(data[s:e])
        if verts is not None:
            v_span = (s, e)
    spans = [(s, e, f'"\\u0000B{k}"'.encode()) for k, (s, e) in enumerate(b_spans)]
    if v_span is not None:
        spans.append((v_span[0], v_span[1], b'"\\u0000V"'))
        spans.sort()
    pieces, last = [], 0
    for s, e, ph in spans:
        pieces.append(data[last:s])
        pieces.append(ph)
        last = e
    pieces.append(data[last:])
    rest = b"".join(pieces)
    del pieces
    try:
        doc = loads(rest.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    del rest
    if not isinstance(doc, dict) or doc.get("type") != "CityJSON":
        return None
    # every placeholder must be a geometry's boundaries or the top-level vertices
    found = 0
    objects = doc.get("CityObjects")
    if isinstance(objects, dict):
        for o in objects.values():
            geoms = o.get("geometry") if isinstance(o, dict) else None
            if not isinstance(geoms, list):
                continue
            for g in geoms:
                if isinstance(g, dict):
                    b = g.get("boundaries")
                    if isinstance(b, str) and b.startswith(_PH_B):
                        g["boundaries"] = PackedBoundaries(table, int(b[2:]))
                        found += 1
    if found != len(b_spans):
        return None
    if v_span is not None:
        if doc.get("vertices") != _PH_V:
            return None
        doc["vertices"] = verts
    doc[PACKED_KEY] = table
    return doc


_DIGITS = b"0123456789"
#: a class per byte of a vertex list (blanks removed): [ ] , 0 1-9 -
_V_CLASS = bytes.maketrans(b"[],0123456789-", bytes([1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6]))


def _pair_table(pairs: list[bytes]) -> np.ndarray:
    table = np.zeros(256, bool)  # only classes 1-6 occur once the skeleton is checked
    for p in pairs:
        table[p[0] << 3 | p[1]] = True
    return table


_C = {ch: bytes([ch]).translate(_V_CLASS)[0] for ch in b"[],0-5"}
#: pairs a list of [x, y, z] integer rows never holds: an empty slot, a digit or minus next to
#: a bracket outside a slot, a minus that is not the first of a number
_V_BAD = _pair_table([bytes([_C[x], _C[y]]) for x, y in (
    b"[,", b",,", b",]", b"[]", b"]0", b"]5", b"]-", b"0[", b"5[", b"-[", b"0-", b"5-", b"--", b"-,", b"-]")])
#: a leading zero: a number starting with "0" ("0" after "[", "," or "-") and a digit after it
_V_ZERO_FIRST = _pair_table([bytes([_C[x], _C[ord("0")]]) for x in b"[,-"])
_V_ZERO_MORE = _pair_table([bytes([_C[ord("0")], _C[y]]) for y in b"05"])
_TO_BLANK = bytes.maketrans(b"[],", b"   ")


def _vertex_array(text: bytes):
    """``[[x, y, z], ...]`` of JSON integers as ``(n, 3) int64``; ``None`` for anything else.

    Byte-level checks (the brackets and commas must be exactly ``[[,,],...,[,,]]``, one
    number per slot, no leading zeros) and one :func:`numpy.fromstring`: far fewer and
    smaller temporaries than :func:`_tokenise` for the largest array of the file.
    """
    c = text.translate(None, _BLANKS)
    if len(c) != len(text) and _split_number(text):  # "1 2" is not JSON; without the blank it would read 12
        return None
    n = c.count(b"[") - 1
    if n <= 0 or c.translate(None, _DIGITS + b"-") != b"[" + b"[,,]," * (n - 1) + b"[,,]]":
        return None
    k = np.frombuffer(c.translate(_V_CLASS), np.uint8)
    pair = k[:-1] << 3  # class pairs as one byte
    pair |= k[1:]
    del k
    if _V_BAD[pair].any() or (_V_ZERO_FIRST[pair[:-1]] & _V_ZERO_MORE[pair[1:]]).any():
        return None
    del pair
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            values = np.fromstring(c.translate(_TO_BLANK), dtype=np.int64, sep=" ")
        except (ValueError, DeprecationWarning):
            return None
    # more than 18 digits (fromstring saturates instead of failing)
    if values.size != 3 * n or (values >= 10**_MAX_DIGITS).any() or (values <= -(10**_MAX_DIGITS)).any():
        return None
    return values.reshape(n, 3)
