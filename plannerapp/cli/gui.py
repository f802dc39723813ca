"""``plannerapp gui [FILE]``: the desktop application (the default command)."""

from __future__ import annotations

import argparse

from plannerapp.i18n import translate

NAME = "gui"
ORDER = 1


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(NAME, help=translate("cli", "start the desktop application (default)"))
    p.add_argument("file", nargs="?", default=None,
                   help=translate("cli", "project folder or city file to open (default: the sample project)"))
    add_hidden_options(p)
    return p


def add_hidden_options(p: argparse.ArgumentParser) -> None:
    # testing aids: grab the window to a PNG once the file is shown, then quit
    p.add_argument("--screenshot-window", default=None, help=argparse.SUPPRESS)
    p.add_argument("--select", default=None, help=argparse.SUPPRESS)


def run(args) -> int:
    from plannerapp.ui.app import main  # Qt only here, lazily

    return main(file=getattr(args, "file", None),
                screenshot_window=getattr(args, "screenshot_window", None),
                select=getattr(args, "select", None))
