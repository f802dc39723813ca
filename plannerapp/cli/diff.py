"""``plannerapp diff DIR A B [--json]``: buildings added, removed and changed from scheme A to B.

A and B are scheme ids, names or file stems, or ``status-quo``.
"""

from __future__ import annotations

import json
import sys

from plannerapp.i18n import translate

NAME = "diff"
ORDER = 32


def add_parser(sub):
    p = sub.add_parser(NAME, help=translate("cli", "compare two schemes (or a scheme and the status quo)"),
                       description=translate("cli", "List the buildings added, removed (demolished) and changed "
                                                    "(footprint, height, floors, use, name) from A to B."))
    p.add_argument("folder", metavar="DIR", help=translate("cli", "project folder"))
    p.add_argument("a", metavar="A", help=translate("cli", "scheme id/name, or status-quo"))
    p.add_argument("b", metavar="B", help=translate("cli", "scheme id/name, or status-quo"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON records"))
    return p


def _side(project, key):
    from plannerapp.errors import InputError

    if key.lower() in ("status-quo", "status_quo", "statusquo"):
        return None
    try:
        return project.scheme(key)
    except KeyError:
        names = ", ".join(["status-quo"] + [s.name for s in project.schemes])
        raise InputError(None, translate("cli", "no scheme {name} (choose from: {names})").format(name=key, names=names)) from None


def run(args) -> int:
    from plannerapp.io.project import load_project
    from plannerapp.model.diff import diff_schemes, diff_summary

    project = load_project(args.folder)
    a, b = _side(project, args.a), _side(project, args.b)
    records = diff_schemes(project.context, a, b)
    summary = diff_summary(records)
    if args.json:
        json.dump({"a": a.id if a else "status-quo", "b": b.id if b else "status-quo", "summary": summary,
                   "records": [r.to_dict() for r in records]}, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    label = {"added": translate("cli", "added"), "removed": translate("cli", "removed"), "changed": translate("cli", "changed")}
    for r in records:
        what = ", ".join(r.changes)
        line = "{status:8} {id}  {name}".format(status=label[r.status], id=r.building_id,
                                                 name=r.name if r.name != r.building_id else "")
        if what:
            line += "  (" + what + ")"
        print(line.rstrip())
    print(translate("cli", "{added} added, {removed} removed, {changed} changed; footprint {net:+.0f} m2").format(
        added=summary["added"], removed=summary["removed"], changed=summary["changed"], net=summary["net_footprint_m2"]))
    return 0
