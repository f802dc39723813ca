"""Shared fixtures.

* ``shared_data``: the folder ``../shared/data`` beside the project (tests that
  need it skip with a clear reason when it is absent).
* Every test gets a fresh, empty config folder (never the user's settings).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from datafiles import RESOURCES, ROOT, SHARED_DATA, shared_file  # noqa: F401  (re-exported)


@pytest.fixture(autouse=True)
def _fresh_config(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("PLANNERAPP_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    from plannerapp import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")
    # a GUI test's window switched automatic garbage collection to the GUI thread's timer
    # (plannerapp/ui/gc_guard.py): collect its leftovers here, on the main thread, and give
    # collection back to the interpreter for the tests that follow
    import sys

    guard = sys.modules.get("plannerapp.ui.gc_guard")
    if guard is not None:
        guard.uninstall()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data folder {SHARED_DATA} is absent")
    return SHARED_DATA

