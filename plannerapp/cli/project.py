"""``plannerapp project new|info``: create a project folder on a context file, or describe one.

``project new CONTEXT_FILE DIR [--name N] [--crs EPSG:NNNN]`` writes
``DIR/project.json`` (the context copied into ``DIR/context/`` unless it is a
bundled sample) and an empty ``controls.geojson``.
``project info DIR [--json]`` prints the schemes, their buildings, GFA and
demolitions, and lists every problem of a bad project (exit 2).
"""

from __future__ import annotations

import json
import sys

from plannerapp.i18n import translate

NAME = "project"
ORDER = 20


def add_parser(sub):
    p = sub.add_parser(NAME, help=translate("cli", "create or describe a project folder"),
                       description=translate("cli", "Project folders: project.json + context + controls.geojson + schemes/*.geojson."))
    ps = p.add_subparsers(dest="project_command", metavar="ACTION", required=True)
    n = ps.add_parser("new", help=translate("cli", "create a project on a context city file"))
    n.add_argument("context", metavar="CONTEXT_FILE", help=translate("cli", "CityJSON / GeoJSON / mesh file of the status quo"))
    n.add_argument("folder", metavar="DIR", help=translate("cli", "project folder to create"))
    n.add_argument("--name", default=None, help=translate("cli", "project name (default: the folder name)"))
    n.add_argument("--crs", default=None, help=translate("cli", "CRS when the context file does not say, e.g. EPSG:7415"))
    i = ps.add_parser("info", help=translate("cli", "describe a project folder"))
    i.add_argument("folder", metavar="DIR", help=translate("cli", "project folder (with project.json)"))
    i.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    return p


def scheme_summary(project, scheme) -> dict:
    bs = list(scheme.buildings.values())
    gfa = sum(float(b.attributes.get("gfa_m2", b.footprint2d.area * (b.floors or 0))) for b in bs)
    return {"id": scheme.id, "name": scheme.name, "file": scheme.path, "description": scheme.description,
            "buildings": len(bs), "demolished": len(scheme.demolish), "greens": len(scheme.greens),
            "footprint_m2": round(sum(b.footprint2d.area for b in bs), 1), "gfa_m2": round(gfa, 1),
            "max_height_m": round(max((b.height for b in bs), default=0.0), 2),
            "uses": sorted({b.use for b in bs if b.use})}


def project_summary(project) -> dict:
    return {"name": project.name, "folder": project.root, "crs": project.crs, "context": project.context_path,
            "context_buildings": len(project.context), "origin": [float(x) for x in project.context.origin],
            "site": None if project.site is None else {"latitude": project.site.latitude, "longitude": project.site.longitude,
                                                       "derived": project.site_derived},
            "parcels": [p.id for p in project.controls.parcels],
            "schemes": [scheme_summary(project, s) for s in project.schemes]}


def run(args) -> int:
    from plannerapp.session import Session

    if args.project_command == "new":
        s = Session()
        project = s.new_project(args.context, args.folder, name=args.name, crs=args.crs)
        print(translate("cli", "Created project {name} in {folder} ({n} context buildings, {crs})").format(
            name=project.name, folder=project.root, n=len(project.context), crs=project.crs))
        return 0
    from plannerapp.io.project import load_project

    project = load_project(args.folder)
    info = project_summary(project)
    if args.json:
        json.dump(info, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print(translate("cli", "Project: {name}").format(name=info["name"]))
    print(translate("cli", "Context: {path} ({n} buildings, {crs})").format(path=info["context"], n=info["context_buildings"], crs=info["crs"]))
    if info["site"]:
        print(translate("cli", "Site: {lat:.5f} N, {lon:.5f} E").format(lat=info["site"]["latitude"], lon=info["site"]["longitude"]))
    print(translate("cli", "Parcels: {ids}").format(ids=", ".join(info["parcels"]) or "-"))
    print(translate("cli", "Schemes: {n}").format(n=len(info["schemes"])))
    for s in info["schemes"]:
        print(translate("cli", "  {name} [{id}]: {b} buildings, {d} demolished, GFA {gfa:.0f} m2, max height {h:.1f} m, uses {uses}").format(
            name=s["name"], id=s["id"], b=s["buildings"], d=s["demolished"], gfa=s["gfa_m2"], h=s["max_height_m"],
            uses=", ".join(s["uses"]) or "-"))
    return 0
