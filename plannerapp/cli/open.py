"""``plannerapp open FILE``: start the desktop application on FILE."""

from __future__ import annotations

import argparse

from plannerapp.i18n import translate

NAME = "open"
ORDER = 2


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(NAME, help=translate("cli", "open a city file in the desktop application"))
    p.add_argument("file", help=translate("cli", "CityJSON, CityJSONSeq, GeoJSON, OBJ, glTF, PLY or STL file"))
    from plannerapp.cli.gui import add_hidden_options

    add_hidden_options(p)
    return p


def run(args) -> int:
    from pathlib import Path

    from plannerapp.errors import InputError

    if not Path(args.file).is_file():
        raise InputError(args.file, translate("cli", "the file does not exist"))
    from plannerapp.ui.app import main  # Qt only here, lazily

    return main(file=args.file, screenshot_window=getattr(args, "screenshot_window", None),
                select=getattr(args, "select", None))
