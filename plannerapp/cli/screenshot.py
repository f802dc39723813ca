"""``plannerapp screenshot FILE OUT.png``: render a city to an image off screen (no Qt)."""

from __future__ import annotations

import argparse

from plannerapp.i18n import translate

NAME = "screenshot"
ORDER = 30
VIEWS = ("iso", "top", "iso_sw", "iso_se", "iso_ne", "iso_nw", "south")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "size must be WIDTHxHEIGHT, e.g. 1600x1000")) from None
    if not (16 <= w <= 8192 and 16 <= h <= 8192):
        raise argparse.ArgumentTypeError(translate("cli", "size must be between 16 and 8192 pixels"))
    return w, h


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(NAME, help=translate("cli", "render a city file to a PNG image (no display needed)"))
    p.add_argument("file", help=translate("cli", "city file (CityJSON, GeoJSON, OBJ, glTF, PLY, STL)"))
    p.add_argument("out", help=translate("cli", "PNG file to write"))
    p.add_argument("--size", type=_size, default=(1600, 1000), help=translate("cli", "image size WIDTHxHEIGHT (default 1600x1000)"))
    p.add_argument("--view", choices=VIEWS, default="iso", help=translate("cli", "camera: iso (south-west), top, iso_ne, ... (default iso)"))
    p.add_argument("--colour-by", "--color-by", dest="colour_by", default="height",
                   help=translate("cli", "height, top_z, floors, use, surface, none or attr:NAME (default height)"))
    return p


def run(args) -> int:
    from plannerapp.errors import InputError
    from plannerapp.io.loader import load_city
    from plannerapp.scene.colouring import ATTR_PREFIX, BUILTIN_KEYS

    if args.colour_by not in BUILTIN_KEYS and not args.colour_by.startswith(ATTR_PREFIX):
        raise InputError(None, translate("cli", "unknown --colour-by {key}; use one of {keys} or attr:NAME").format(
            key=args.colour_by, keys=", ".join(BUILTIN_KEYS)))
    if not args.out.lower().endswith(".png"):
        raise InputError(args.out, translate("cli", "the output must be a .png file"))
    city = load_city(args.file)
    from plannerapp.scene.screenshot import render_city_png  # pyvista only here, lazily

    try:
        out = render_city_png(city, args.out, size=args.size, view=args.view, colour_by=args.colour_by)
    except OSError as exc:  # read-only folder, a file where a folder should be, disk full
        raise InputError(args.out, translate("cli", "cannot write the output ({error})").format(error=exc)) from None
    print(translate("cli", "wrote {path} ({w}x{h}, {n} buildings)").format(
        path=out, w=args.size[0], h=args.size[1], n=len(city.buildings)))
    return 0
