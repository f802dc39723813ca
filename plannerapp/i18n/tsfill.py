"""Maintain the Qt Linguist ``.ts`` files from a translation table (no Qt needed).

``pyside6-lupdate`` extracts the English source strings into
``plannerapp_zh_CN.ts``; this module fills every ``<translation>`` from the
table ``zh_CN_translations.csv`` (columns ``context, source, translation``;
an empty context means "in any context"), so a fresh extraction never loses
work.  Lookup order for a message: exact ``(context, source)``, then
``("", source)``, then the same source text in any other context.

Command line (``scripts/i18n.sh`` runs ``fill``)::

    python -m plannerapp.i18n.tsfill fill     # .ts <- table; prints counts
    python -m plannerapp.i18n.tsfill missing OUT.tsv   # id, context, source of untranslated
    python -m plannerapp.i18n.tsfill add IN.tsv        # id<TAB>translation lines -> table
    python -m plannerapp.i18n.tsfill stats

``missing``/``add`` are the translator's round trip: the id is a short hash of
context + source, so long strings need not be retyped.
"""

from __future__ import annotations

import csv
import hashlib
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "plannerapp_zh_CN.ts"
TABLE = HERE / "zh_CN_translations.csv"
FIELDS = ("context", "source", "translation")


def message_id(context: str, source: str) -> str:
    """Stable 8-hex id of a message (context + source)."""
    return hashlib.sha1(f"{context}\x04{source}".encode("utf-8")).hexdigest()[:8]


def read_table(path: Path = TABLE) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` from the CSV (UTF-8)."""
    out: dict[tuple[str, str], str] = {}
    if not path.exists():
        return out
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("translation"):
                out[(row["context"] or "", row["source"])] = row["translation"]
    return out


def write_table(table: dict[tuple[str, str], str], path: Path = TABLE) -> None:
    rows = sorted(table.items(), key=lambda kv: (kv[0][1].lower(), kv[0][0]))
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(FIELDS)
        for (ctx, src), tr in rows:
            w.writerow([ctx, src, tr])
    tmp.replace(path)


def iter_messages(root: ET.Element):
    """Yield ``(context_name, message_element)`` for every message of a TS tree."""
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            yield name, msg


def lookup(table: dict[tuple[str, str], str], context: str, source: str) -> str | None:
    hit = table.get((context, source)) or table.get(("", source))
    if hit:
        return hit
    for (_ctx, src), tr in table.items():
        if src == source:
            return tr
    return None


def _set_translation(msg: ET.Element, text: str) -> None:
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        ET.SubElement(tr, "numerusform").text = text  # Chinese: one plural form
    else:
        tr.text = text


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    tmp.replace(path)


def fill(ts: Path = TS, table_path: Path = TABLE) -> tuple[int, int]:
    """Fill *ts* from the table; returns ``(translated, unfinished)``."""
    table = read_table(table_path)
    tree = ET.parse(ts)
    done = todo = 0
    for ctx, msg in iter_messages(tree.getroot()):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("obsolete", "vanished"):
            continue
        text = lookup(table, ctx, msg.findtext("source") or "")
        if text:
            _set_translation(msg, text)
            done += 1
        else:
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.set("type", "unfinished")
            todo += 1
    _write_ts(tree, ts)
    return done, todo


def missing(ts: Path = TS) -> list[tuple[str, str, str]]:
    """``(id, context, source)`` of every unfinished message."""
    out = []
    for ctx, msg in iter_messages(ET.parse(ts).getroot()):
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "unfinished":
            src = msg.findtext("source") or ""
            out.append((message_id(ctx, src), ctx, src))
    return out


def add(lines: list[str], ts: Path = TS, table_path: Path = TABLE) -> int:
    """Add ``id<TAB>translation`` lines (ids from :func:`missing`) to the table."""
    by_id = {}
    for ctx, msg in iter_messages(ET.parse(ts).getroot()):
        src = msg.findtext("source") or ""
        by_id[message_id(ctx, src)] = (ctx, src)
    table = read_table(table_path)
    n = 0
    for line in lines:
        if not line.strip() or "\t" not in line:
            continue
        mid, text = line.rstrip("\n").split("\t", 1)
        key = by_id.get(mid.strip())
        if key is None:
            print(f"unknown id {mid}", file=sys.stderr)
            continue
        ctx, src = key
        # strings with no class context (lupdate could not tell) are stored context-free
        table[("" if ctx in ("", "self.ctl", "panel") else ctx, src)] = text.replace("\\n", "\n")
        n += 1
    write_table(table, table_path)
    return n


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "stats"
    if cmd == "fill":
        done, todo = fill()
        print(f"{TS.name}: {done} translated, {todo} unfinished")
        return 0
    if cmd == "missing":
        rows = missing()
        out = Path(argv[1]) if len(argv) > 1 else None
        text = "".join(f"{i}\t{c}\t{s.replace(chr(10), chr(92) + 'n')}\n" for i, c, s in rows)
        if out:
            out.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        print(f"{len(rows)} unfinished", file=sys.stderr)
        return 0
    if cmd == "add":
        lines = Path(argv[1]).read_text(encoding="utf-8").splitlines()
        print(f"added {add(lines)}")
        return 0
    if cmd == "stats":
        print(f"{len(missing())} unfinished, {len(read_table())} table rows")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
