"""``plannerapp info FILE [--json] [--lod L] [--height-attribute NAME] [--base-attribute NAME]``: what a city file holds.

The bounding box is in the file's OWN coordinates (world, not the local
frame): projected metres for CityJSON and meshes; for a GeoJSON in lon/lat
(CRS84) it is longitude/latitude degrees with heights in metres, and ``crs``
names that CRS (``"OGC:CRS84"``) while ``model_crs`` gives the metric CRS the
model uses (its UTM zone).  Bad input: one line on stderr, exit code 2.
"""

from __future__ import annotations

import json
import math

from plannerapp.i18n import translate

NAME = "info"
ORDER = 20


def add_parser(sub):
    p = sub.add_parser(
        NAME,
        help=translate("cli", "show what a city file holds: buildings, triangles, CRS, bounding box"),
        description=translate("cli", "Read a city file (CityJSON, CityJSONSeq, GeoJSON, OBJ, glTF, PLY, STL) and summarise it."),
    )
    p.add_argument("file", help=translate("cli", "city file"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the summary as JSON"))
    p.add_argument("--lod", default=None, help=translate("cli", "CityJSON level of detail, e.g. 1.2 or 2.2 (default: highest)"))
    p.add_argument(
        "--height-attribute",
        default=None,
        help=translate("cli", "GeoJSON property holding building heights in metres"),
    )
    p.add_argument(
        "--base-attribute",
        default=None,
        help=translate("cli", "GeoJSON property holding the ground elevation of each building in metres"),
    )
    return p


def summarise(city) -> dict:
    """The info record of a loaded :class:`City` (bbox in the file's own coordinates)."""
    bounds = city.metadata.get("source_bounds")
    if bounds is None:
        bounds = [float(x) for x in city.bounds_world()]
    crs = city.metadata.get("source_crs", city.crs)
    out = {
        "buildings": len(city),
        "triangles": int(city.n_triangles()),
        "crs": crs,
        "bbox": [None if not math.isfinite(x) else round(float(x), 9) for x in bounds],
        "model_crs": city.crs,
        "format": city.metadata.get("format"),
        "warnings": len(city.warnings),
    }
    if "lod_used" in city.metadata:
        out["lod"] = city.metadata["lod_used"]
    return out


def run(args) -> int:
    from plannerapp.io.loader import load_city

    city = load_city(args.file, lod=args.lod, height_attribute=args.height_attribute,
                     base_attribute=args.base_attribute)
    info = summarise(city)
    if args.json:
        print(json.dumps(info))
        return 0
    print(translate("cli", "{file}: {fmt}").format(file=args.file, fmt=info["format"] or "?"))
    print(translate("cli", "  buildings: {n}").format(n=info["buildings"]))
    print(translate("cli", "  triangles: {n}").format(n=info["triangles"]))
    print(translate("cli", "  CRS: {crs}").format(crs=info["crs"] or translate("cli", "none given")))
    if info["model_crs"] != info["crs"]:
        print(translate("cli", "  model CRS (metres): {crs}").format(crs=info["model_crs"]))
    b = info["bbox"]
    if info["crs"] in ("OGC:CRS84", "EPSG:4326"):
        extent = translate("cli", "  extent: longitude {x0} .. {x1}, latitude {y0} .. {y1}, z {z0} .. {z1} m")
    else:
        extent = translate("cli", "  extent: x {x0} .. {x1}, y {y0} .. {y1}, z {z0} .. {z1}")
    print(extent.format(x0=_fmt(b[0]), x1=_fmt(b[3]), y0=_fmt(b[1]), y1=_fmt(b[4]), z0=_fmt(b[2]), z1=_fmt(b[5])))
    if "lod" in info:
        lods = ", ".join(f"LoD{k} x {v}" for k, v in sorted(info["lod"].items()))
        print(translate("cli", "  levels of detail used: {lods}").format(lods=lods))
    for w in city.warnings[:10]:
        print(translate("cli", "  warning: {text}").format(text=w))
    if len(city.warnings) > 10:
        print(translate("cli", "  ... {n} more warnings").format(n=len(city.warnings) - 10))
    return 0


def _fmt(x) -> str:
    if x is None:
        return "?"
    return f"{x:.6f}" if abs(x) < 400 and x != round(x, 3) else f"{x:.3f}"
