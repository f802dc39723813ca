"""Which ``vtkmodules.*`` extension modules go into the bundle (the rest, ~90 of ~150, stay out).

Kept: every module pyvista may import lazily (its class -> module table in
``pyvista/_vtk.py``, parsed at build time so a pyvista upgrade stays covered)
plus :data:`VTK_EXTRA`, modules that plannerapp, pyvistaqt or VTK's own
factories import while rendering but that the table does not name (found by
listing ``sys.modules`` after an off-screen render and a GUI run;
tests/packaging/test_vtk_modules.py checks this again).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

VTK_EXTRA = frozenset({
    "vtkCommonCore", "vtkCommonMisc", "vtkCommonSystem", "vtkIOCore", "vtkImagingMath",
    "vtkFiltersPython", "vtkCommonPython", "vtkPythonContext2D", "vtkRenderingContextOpenGL2",
    "vtkRenderingHyperTreeGrid", "vtkRenderingMatplotlib", "vtkRenderingGL2PSOpenGL2",
    "vtkInteractionStyle", "vtkRenderingUI", "vtkRenderingOpenGL2", "vtkRenderingFreeType",
    "vtkFiltersExtraction", "vtkFiltersGeometry", "vtkFiltersModeling", "vtkCommonComputationalGeometry",
    # imported while rendering; named here too because the dependency table below comes from
    # pyinstaller-hooks-contrib, which a test-only install (no `package` extra) lacks
    "vtkViewsCore",
})


def pyvista_vtk_modules() -> set[str]:
    """Every vtkmodules.* module pyvista may import lazily (its class -> module table)."""
    import importlib.util

    spec = importlib.util.find_spec("pyvista")
    src = (Path(spec.origin).parent / "_vtk.py").read_text(encoding="utf-8")
    return set(re.findall(r"['\"](vtk[A-Z][A-Za-z0-9]+)['\"]\s*:", src))


def all_vtk_modules() -> set[str]:
    """Names of all vtkmodules extension modules installed (``vtkCommonCore``, ...)."""
    import importlib.util

    folder = os.path.dirname(importlib.util.find_spec("vtkmodules").origin)
    out = set()
    for name in os.listdir(folder):
        m = re.match(r"(vtk[A-Z][A-Za-z0-9]+)\.(cpython|cp3|abi3|pyd$|so$)", name)
        if m:
            out.add(m.group(1))
    return out


def _dependencies() -> dict[str, list[str]]:
    """vtkmodules Python-level dependencies (module -> modules it imports), from
    pyinstaller-hooks-contrib's table (what its per-module hooks add)."""
    try:
        from _pyinstaller_hooks_contrib.utils.vtkmodules import _module_dependencies
    except ImportError:  # hooks-contrib without the table: keep what was asked only
        return {}
    out = {}
    for mod, deps in _module_dependencies.items():
        out[mod.split(".", 1)[1]] = [d.split(".", 1)[1] for d in deps if d.startswith("vtkmodules.vtk")]
    return out


def keep_and_drop() -> tuple[set[str], list[str]]:
    """(modules to bundle incl. their dependencies, sorted modules to exclude)."""
    every = all_vtk_modules()
    deps = _dependencies()
    keep: set[str] = set()
    todo = list((pyvista_vtk_modules() | VTK_EXTRA) & every)
    while todo:
        m = todo.pop()
        if m in keep:
            continue
        keep.add(m)
        todo.extend(d for d in deps.get(m, []) if d in every)
    return keep, sorted(every - keep)
