"""Where bundled resources live (pure Python, no Qt).

The ``resources/`` folder is found in, in order:

1. a PyInstaller bundle: ``sys._MEIPASS/resources``;
2. an installed package: ``plannerapp/resources`` (package data);
3. a source checkout: ``<repo>/resources`` beside the ``plannerapp`` package.

``$PLANNERAPP_RESOURCES`` overrides all three (tests, relocated installs).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
SAMPLE_CITY = ("sample", "delft_3dbag_5910.city.json")


def _candidates() -> list[Path]:
    out = []
    env = os.environ.get("PLANNERAPP_RESOURCES")
    if env:
        out.append(Path(env))
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        out.append(Path(meipass) / "resources")
        out.append(Path(meipass) / "plannerapp" / "resources")
    out.append(_PACKAGE_DIR / "resources")
    out.append(_PACKAGE_DIR.parent / "resources")
    return out


@lru_cache(maxsize=None)
def _resources_dir_cached(env: str | None) -> Path:
    for c in _candidates():
        if c.is_dir():
            return c
    # Last resort: the source-checkout location (callers report the missing file).
    return _PACKAGE_DIR.parent / "resources"


def resources_dir() -> Path:
    """The folder holding the bundled resources (sample city, icons, translations)."""
    return _resources_dir_cached(os.environ.get("PLANNERAPP_RESOURCES"))


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("sample", "x.city.json")``.

    The path may not exist; callers that open it raise ``InputError`` naming it.
    """
    return resources_dir().joinpath(*parts)


def sample_project_path() -> Path | None:
    """The sample project folder (``scenarios/delft-sample`` of a source checkout), or ``None``."""
    for base in (_PACKAGE_DIR.parent, resources_dir().parent):
        p = base / "scenarios" / "delft-sample"
        if (p / "project.json").is_file():
            return p
    return None


def sample_city_path() -> Path:
    """The bundled sample city (3D BAG tile 5910, central Delft; CC BY 4.0)."""
    return resource_path(*SAMPLE_CITY)
