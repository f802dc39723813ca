"""The ``plannerapp`` command.

Each sub-command is a module in this package defining::

    NAME = "review"                  # the sub-command word
    def add_parser(sub) -> argparse.ArgumentParser
    def run(args) -> int             # exit code: 0 ok, 1 check failed, 2 bad input

Modules are discovered, so adding a command touches no shared file.  They
import the core lazily inside ``run`` so ``plannerapp --help`` stays fast,
and only ``gui``/``open`` ever import Qt.

Bad input (:class:`plannerapp.errors.InputError`) is printed as one line per
problem on stderr with exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from plannerapp import __version__
from plannerapp.errors import InputError
from plannerapp.i18n import set_language, translate


def _commands():
    mods = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(mod, "NAME") and hasattr(mod, "run"):
            mods.append(mod)
    return sorted(mods, key=lambda m: getattr(m, "ORDER", 50))


def build_parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = argparse.ArgumentParser(
        prog="plannerapp",
        description=translate("cli", "3D urban planning and design-scheme review."),
    )
    parser.add_argument("--version", action="version", version=f"plannerapp {__version__}")
    parser.add_argument("--lang", default=None, help=translate("cli", "interface language: en or zh_CN (default: system locale)"))
    parser.add_argument("--self-test", action="store_true", help=translate("cli", "run a short end-to-end check and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    table = {}
    for mod in _commands():
        p = mod.add_parser(sub)
        p.add_argument("--lang", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        table[mod.NAME] = mod
    return parser, table


def _pre_language(argv: list[str]) -> None:
    """Set the language before building the parser, so --help is translated."""
    from plannerapp.i18n.terms import install_argparse_translation  # "usage:", "options" (docs/i18n.md)

    install_argparse_translation()
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            set_language(argv[i + 1])
            return
        if a.startswith("--lang="):
            set_language(a.split("=", 1)[1])
            return
    set_language(None)


def error_line(exc: InputError) -> str:
    return translate("cli", "error: {message}").format(message=exc.one_line())


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _pre_language(argv)
    parser, table = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "lang", None):
        set_language(args.lang)
    if args.self_test:
        args.command = "self-test"
    if args.command is None:
        args.command = "gui"
        args.file = None
    mod = table.get(args.command)
    if mod is None:
        parser.error(translate("cli", "unknown command {name}").format(name=args.command))
    try:
        return int(mod.run(args) or 0)
    except InputError as exc:
        for line in error_line(exc).splitlines():
            print(line, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(translate("cli", "interrupted"), file=sys.stderr)
        return 130
