"""``plannerapp compare PROJECT_DIR``: the scheme comparison table without a screen.

Prints the table (one column per scheme and the status quo), writes it as
CSV (``--csv``) and, with ``--html``, a self-contained report with the
charts and one off-screen view per scheme from the same camera (rendered
here through ``plannerapp.scene``; the report layer never renders).  Quick
settings by default; ``--full`` for fine grids and the rule's time step.
Exit 0, or 2 on bad input (unknown scheme, unreadable project).
"""

from __future__ import annotations

import sys

from plannerapp.cli._common import add_project_argument, warn_views_not_rendered, write_report
from plannerapp.i18n import translate

NAME = "compare"
ORDER = 35


def add_parser(sub):
    p = sub.add_parser(
        NAME,
        help=translate("cli", "compare design schemes side by side (table, CSV, HTML report)"),
        description=translate(
            "cli",
            "Compare schemes of a project folder: planning indicators, review result, sunlight, shadow, roof "
            "insolation and PV, sky view and heat-island indicators, one column per scheme and the status quo."),
    )
    add_project_argument(p)
    p.add_argument("--schemes", default=None, metavar="A,B,C",
                   help=translate("cli", "scheme ids, names or file stems, comma-separated (default: all)"))
    p.add_argument("--csv", default=None, metavar="OUT.csv", help=translate("cli", "write the table as CSV"))
    p.add_argument("--html", default=None, metavar="OUT.html", help=translate("cli", "write the HTML report"))
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", default=True,
                      help=translate("cli", "coarse grids and 10-minute steps (default)"))
    mode.add_argument("--full", action="store_true", help=translate("cli", "fine grids, the rule's time step and the "
                                                                          "sunlight rules in the review (slow)"))
    p.add_argument("--day", default=None, metavar="YYYY-MM-DD",
                   help=translate("cli", "day for facade and ground sunlight (default: the sunlight control's day)"))
    p.add_argument("--shadow-hours", type=float, default=4.0, metavar="N",
                   help=translate("cli", "count ground in shadow for more than N hours (default 4)"))
    p.add_argument("--no-status-quo", action="store_true", help=translate("cli", "leave the status quo column out"))
    p.add_argument("--no-images", action="store_true", help=translate("cli", "leave the 3D views out of the HTML report"))
    p.add_argument("--quiet", action="store_true", help=translate("cli", "print no table and no progress"))
    return p


def _progress(quiet: bool):
    if quiet:
        return None
    last = {"text": ""}

    def cb(fraction, text):
        if text != last["text"]:
            last["text"] = text
            print(f"\r[{fraction * 100:5.1f} %] {text:<60.60}", end="", file=sys.stderr, flush=True)
    return cb


def print_table(table, out=None) -> None:
    out = out if out is not None else sys.stdout  # looked up at call time (redirected streams)
    names = [c.name for c in table.columns]
    w0 = max(len(r.label) + len(r.unit) + 3 for r in table.rows)
    widths = [max(12, len(n) + 1) for n in names]
    print(" " * w0 + "".join(n.rjust(w) for n, w in zip(names, widths)), file=out)
    for r in table.rows:
        label = f"{r.label} ({r.unit})" if r.unit else r.label
        cells = []
        for i, w in enumerate(widths):
            mark = "+" if i in r.best else "-" if i in r.worst else " "
            cells.append((r.formatted(i) + mark).rjust(w))
        print(label.ljust(w0) + "".join(cells), file=out)
    print(translate("cli", "+ best, - worst among the schemes (status quo not ranked)"), file=out)


def _images(project, table, out=sys.stderr):
    try:
        from plannerapp.scene.compare_views import render_scheme_views

        schemes = [None if c.is_status_quo else project.scheme(c.id) for c in table.columns]
        shots = render_scheme_views(project, schemes, titles=[c.name for c in table.columns])
        diffs = render_scheme_views(project, [s for s in schemes if s is not None], diff=True,
                                    titles=[c.name for c in table.columns if not c.is_status_quo])
        names = {c.id: c.name for c in table.columns}
        return ([(cid, names[cid], png) for cid, png in shots],
                [(cid, names[cid], png) for cid, png in diffs])
    except Exception as exc:  # noqa: BLE001 - no OpenGL: a report without views
        warn_views_not_rendered(exc, out)
        return [], []


def run(args) -> int:
    from plannerapp.errors import InputError
    from plannerapp.io.project import load_project
    from plannerapp.report.compare_html import write_comparison_csv, write_comparison_html
    from plannerapp.report.compare_metrics import compare_schemes

    if args.day is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(args.day)
        except ValueError:
            raise InputError(None, translate("cli", "--day {value!r} is not YYYY-MM-DD").format(value=args.day)) from None
    if not args.shadow_hours >= 0:
        raise InputError(None, translate("cli", "--shadow-hours must not be negative"))
    project = load_project(args.project)
    ids = [s.strip() for s in args.schemes.split(",") if s.strip()] if args.schemes else None
    table = compare_schemes(project, ids, day=args.day, quick=not args.full, shadow_hours=args.shadow_hours,
                            include_status_quo=not args.no_status_quo, progress=_progress(args.quiet))
    if not args.quiet:
        print(file=sys.stderr)
        print_table(table)
    if args.csv:
        write_report(args.csv, write_comparison_csv, table, args.csv)
        if not args.quiet:
            print(translate("cli", "CSV written to {path}").format(path=args.csv))
    if args.html:
        shots, diffs = ([], []) if args.no_images else _images(project, table)
        write_report(args.html, write_comparison_html, table, args.html, screenshots=shots, diff_images=diffs)
        if not args.quiet:
            print(translate("cli", "HTML report written to {path}").format(path=args.html))
    return 0
