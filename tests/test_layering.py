"""The core never loads Qt, and only scene/ui load pyvista/vtk (STYLE.md)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import plannerapp

QT = ("PySide6", "pyvistaqt", "shiboken6")
VTK = ("pyvista", "vtk", "vtkmodules")


def _modules(prefix_exclude=()):
    out = []
    for info in pkgutil.walk_packages(plannerapp.__path__, "plannerapp."):
        if any(info.name == p or info.name.startswith(p + ".") for p in prefix_exclude):
            continue
        out.append(info.name)
    return out


def _loaded_after_import(mods):
    code = (
        "import importlib, sys, json\n"
        f"mods = {mods!r}\n"
        "bad = {}\n"
        "for m in mods:\n"
        "    importlib.import_module(m)\n"
        f"print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] in {QT + VTK!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_core_modules_load_neither_qt_nor_vtk():
    core = _modules(prefix_exclude=("plannerapp.ui", "plannerapp.scene"))
    assert len(core) > 10
    assert _loaded_after_import(core) == "[]"


def test_scene_loads_vtk_but_not_qt():
    scene = _modules() and [m for m in _modules() if m.startswith("plannerapp.scene")]
    loaded = _loaded_after_import(scene + ["plannerapp.scene"])
    assert "PySide6" not in loaded and "pyvistaqt" not in loaded


def test_import_linter_contracts_hold():
    from pathlib import Path
    import shutil

    exe = Path(sys.executable).with_name("lint-imports")
    exe = str(exe) if exe.exists() else shutil.which("lint-imports")
    assert exe, "import-linter is not installed"
    root = Path(__file__).resolve().parents[1]
    res = subprocess.run([exe, "--no-cache"], cwd=root, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
