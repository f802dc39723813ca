"""Where test data lives: the project root, ../shared/data and resources/.

Import from here (``from datafiles import ROOT, shared_file``), never from
``conftest`` (several folders have a conftest.py; the name is ambiguous).
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
RESOURCES = ROOT / "resources"


def shared_file(rel: str) -> Path:
    """Path of a file under ../shared/data, skipping the test when it is absent."""
    p = SHARED_DATA / rel
    if not p.exists():
        pytest.skip(f"shared data file {p} is absent")
    return p
