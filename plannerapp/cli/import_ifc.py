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
    from plannerapp.session import Session

    s = Session()
    s.open_project(args.folder)
    res = s.import_ifc(args.ifc, args.scheme)
    for w in res.warnings:
        print(translate("cli", "warning: {message}").format(message=w), file=sys.stderr)
    for b in res.buildings:
        print(translate("cli", "{name} [{id}]: height {h:.2f} m, {f} floors, footprint {a:.0f} m2, GFA {gfa:.0f} m2 ({src}), placed by {how}").format(
            name=b.display_name, id=b.id, h=b.height, f=b.floors, a=b.footprint2d.area, gfa=b.attributes["gfa_m2"],
            src=b.attributes["gfa_source"], how=res.placement))
    s.save()
    print(translate("cli", "Saved scheme {name} in {folder}").format(name=s.active_scheme.name, folder=s.project.root))
    return 0
