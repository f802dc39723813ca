"""``plannerapp import-ifc DIR FILE.ifc [--scheme NAME]``: add an IFC design submission to a project.

Each IfcBuilding becomes a building of scheme NAME (created when new;
default: the IFC file's name) with its mesh, footprint, height, floors and
GFA; the project is saved.  Placement: IfcMapConversion, else IfcSite
latitude/longitude near the site, else the site centre (printed).
"""

from __future__ import annotations

import sys

from plannerapp.i18n import translate

NAME = "import-ifc"
ORDER = 34


def add_parser(sub):
    p = sub.add_parser(NAME, help=translate("cli", "import an IFC file as a scheme of a project"),
                       description=translate("cli", "Import an IFC2X3/IFC4 design submission into a project folder."))
    p.add_argument("folder", metavar="DIR", help=translate("cli", "project folder"))
    p.add_argument("ifc", metavar="FILE.ifc", help=translate("cli", "IFC file"))
    p.add_argument("--scheme", default=None, help=translate("cli", "scheme to add to (created when new; default: the file name)"))
    return p


def run(args) -> int:
    from plannerapp.io.ifc import read_ifc
    from plannerapp.session import Session

    s = Session()
    s.open_project(args.folder)
    res = read_ifc(args.ifc, s.project)
    for w in res.warnings:
        print(translate("cli", "warning: {message}").format(message=w), file=sys.stderr)
    from pathlib import Path

    from plannerapp.commands import AddBuilding

    name = args.scheme or Path(args.ifc).stem
    try:
        sid = s.project.scheme(name).id
    except KeyError:
        sid = s.add_scheme(name, translate("cli", "Imported from {file}").format(file=Path(args.ifc).name))
    scheme = s.project.scheme(sid)
    taken = set(scheme.buildings) | set(s.project.context.ids())
    for b in res.buildings:
        bid, n = b.id, 2
        while bid in taken:
            bid, n = f"{b.id}-{n}", n + 1
        taken.add(bid)
        s.execute(AddBuilding(sid, b.replace(id=bid)))
        print(translate("cli", "{name} [{id}]: height {h:.2f} m, {f} floors, footprint {a:.0f} m2, GFA {gfa:.0f} m2 ({src}), placed by {how}").format(
            name=b.display_name, id=bid, h=b.height, f=b.floors, a=b.footprint2d.area, gfa=b.attributes["gfa_m2"],
            src=b.attributes["gfa_source"], how=res.placement))
    s.save()
    print(translate("cli", "Saved scheme {name} in {folder}").format(name=scheme.name, folder=s.project.root))
    return 0
