"""Gap check: does a fresh ``pyside6-lupdate`` extraction hold anything the committed ``.ts`` lacks?

``python -m plannerapp.i18n.tscheck COMMITTED.ts FRESH.ts`` prints every message
of *FRESH* (a copy of the committed file that lupdate merged the current code
into) that is new or unfinished, and exits 1 when there is any.  Run through
``bash scripts/i18n.sh --check``; ``tests/i18n`` does the same.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(path: Path) -> dict[tuple[str, str], bool]:
    """``{(context, source): finished}`` of the live (not obsolete/vanished) messages."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            text = "".join(tr.itertext()) if tr is not None else ""
            out[(name, msg.findtext("source") or "")] = kind != "unfinished" and bool(text.strip())
    return out


def gaps(committed: Path, fresh: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``(new, unfinished)``: source strings in *fresh* missing from *committed*, and untranslated ones."""
    old = messages(committed)
    new = messages(fresh)
    missing = sorted(k for k in new if k not in old)
    unfinished = sorted(k for k, ok in new.items() if not ok and k in old)
    return missing, unfinished


def main(argv: list[str]) -> int:
    missing, unfinished = gaps(Path(argv[0]), Path(argv[1]))
    for ctx, src in missing:
        print(f"new (not in the committed .ts): [{ctx}] {src!r}")
    for ctx, src in unfinished:
        print(f"unfinished: [{ctx}] {src!r}")
    print(f"{len(missing)} new, {len(unfinished)} unfinished")
    return 1 if missing or unfinished else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
