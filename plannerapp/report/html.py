"""Small helpers for self-contained HTML reports (no templates, no network).

Everything a report shows is escaped here; images are embedded as base64
``data:`` URIs so a report is one file that prints to PDF from a browser.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable, Sequence


def esc(value) -> str:
    """HTML-escape any value (``None`` -> empty)."""
    return "" if value is None else html.escape(str(value), quote=True)


def data_uri_png(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def tag(name: str, content: str = "", **attrs) -> str:
    """``<name attr="...">content</name>``; *content* is already HTML; ``class_`` -> ``class``."""
    parts = [name]
    for k, v in attrs.items():
        if v is None or v is False:
            continue
        key = k.rstrip("_").replace("_", "-")
        parts.append(key if v is True else f'{key}="{esc(v)}"')
    return f"<{' '.join(parts)}>{content}</{name}>"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, class_: str = "", row_classes=None,
          caption: str | None = None) -> str:
    """A table; *headers* are plain text (escaped), cells are HTML (escape them with :func:`esc`)."""
    head = "".join(tag("th", esc(h), scope="col") for h in headers)
    body = []
    row_classes = list(row_classes) if row_classes is not None else None
    for i, r in enumerate(rows):
        cls = row_classes[i] if row_classes is not None else None
        body.append(tag("tr", "".join(tag("td", c) for c in r), class_=cls or None))
    cap = tag("caption", esc(caption)) if caption else ""
    return tag("table", cap + tag("thead", tag("tr", head)) + tag("tbody", "".join(body)), class_=class_ or None)


def definition_list(items: Iterable[tuple[str, str]]) -> str:
    """``<dl>`` of (term, HTML description)."""
    return tag("dl", "".join(tag("dt", esc(t)) + tag("dd", d) for t, d in items))


BASE_CSS = """
:root { --ok: #1b7f3b; --bad: #b3261e; --na: #8a6d00; --line: #c9c9c9; --muted: #555; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
       color: #111; margin: 2em auto; max-width: 1100px; padding: 0 1.5em; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 .3em; } h2 { font-size: 13.5pt; margin: 1.6em 0 .5em; border-bottom: 2px solid #333; }
h3 { font-size: 11.5pt; margin: 1.2em 0 .4em; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: 9.5pt; }
th, td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eee; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
caption { text-align: left; font-weight: bold; padding: .2em 0; }
.pass { color: var(--ok); font-weight: bold; } .fail { color: var(--bad); font-weight: bold; }
.na { color: var(--na); font-weight: bold; }
tr.fail td { background: #fdecea; } tr.na td { background: #fff8e1; }
.verdict { font-size: 15pt; padding: .4em .8em; border: 3px solid; display: inline-block; margin: .4em 0; }
.verdict.pass { border-color: var(--ok); } .verdict.fail { border-color: var(--bad); }
.meta td:first-child, .meta th { width: 28%; } .muted { color: var(--muted); }
code, .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8.5pt; word-break: break-all; }
figure { margin: .5em 0 1em; page-break-inside: avoid; } figure img { width: 100%; border: 1px solid var(--line); }
figcaption { font-size: 9pt; color: var(--muted); }
.views { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
.signoff td { height: 2.6em; } .signoff td:first-child { width: 30%; font-weight: bold; }
dl dt { font-weight: bold; margin-top: .4em; } dl dd { margin: 0 0 0 1.2em; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { page-break-after: avoid; } table, figure, .signoff { page-break-inside: avoid; }
  tr { page-break-inside: avoid; } .views { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; } .noprint { display: none; }
}
"""


def page(title: str, body: str, *, lang: str = "en", css: str = BASE_CSS) -> str:
    """A complete HTML5 document."""
    return ("<!DOCTYPE html>\n" + tag(
        "html",
        tag("head", '<meta charset="utf-8">' + '<meta name="viewport" content="width=device-width, initial-scale=1">'
            + tag("title", esc(title)) + tag("style", css)) + tag("body", body),
        lang=lang) + "\n")
