"""Licence notices for the bundle: one folder per bundled Python distribution + THIRD-PARTY-NOTICES.txt.

Called by ``plannerapp.spec`` after PyInstaller's analysis, with the list of
top-level modules that went into the bundle.  For each distribution owning
one of them it copies the licence files of its ``*.dist-info`` (``licenses/``,
``LICENSE*``, ``COPYING*``, ``NOTICE*``) to ``licences/<dist>-<version>/``
and writes one line (name, version, licence) into ``THIRD-PARTY-NOTICES.txt``.
Components that are not Python distributions (CPython, Qt, Embree, the
bundled data) get a hand-written paragraph.  Where a wheel carries no
licence text (PySide6, ifcopenshell), the full text of the named licence is
taken from ``/usr/share/common-licenses`` (Debian) when present.

Run by itself to preview: ``python packaging/licences.py OUT_DIR``.
"""

from __future__ import annotations

import shutil
import sys
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COMMON = Path("/usr/share/common-licenses")

# Licence texts to add when the wheel ships none (SPDX id -> common-licenses file).
FALLBACK_TEXTS = {
    "PySide6-Essentials": ["LGPL-3", "GPL-3"],
    "PySide6_Essentials": ["LGPL-3", "GPL-3"],
    "shiboken6": ["LGPL-3", "GPL-3"],
    "ifcopenshell": ["LGPL-3"],
    "embreex": ["Apache-2.0"],  # the bundled libembree4 is Apache-2.0 (the wrapper is BSD)
}

HEADER = """plannerapp {version} - third-party notices
===========================================

plannerapp is free software under the GNU General Public License v3 or later.
This bundle contains the software and data listed below, each under its own
licence.  Full licence texts are in the `licences/` folder beside this file
(one sub-folder per component).  Source code of the LGPL components (Qt for
Python / PySide6, IfcOpenShell) is available from their projects:
https://code.qt.io/cgit/pyside/pyside-setup.git and https://github.com/IfcOpenShell/IfcOpenShell ;
the bundle loads them as separate shared libraries, which you may replace.

Components that are not Python packages
---------------------------------------
* Python {py} (CPython) - Python Software Foundation License - licences/python/LICENSE.txt
* Qt 6 (inside PySide6) - LGPL-3.0 (or GPL) - The Qt Company Ltd and contributors - licences/PySide6*/
* Embree 4 (inside embreex.libs) - Apache-2.0 - Intel Corporation - licences/embreex*/Apache-2.0
* oneTBB (inside embreex.libs) - Apache-2.0 - Intel Corporation
* VTK (inside vtkmodules) - BSD-3-Clause - Ken Martin, Will Schroeder, Bill Lorensen - licences/vtk*/
* PROJ and its proj.db (inside pyproj) - MIT - licences/pyproj*/LICENSE_proj

Bundled data
------------
* resources/sample/delft_3dbag_5910.city.json - 3D BAG tile 5910 (central Delft), CC BY 4.0,
  "3DBAG by the 3D geoinformation group, TU Delft, and 3DGI" (3dbag.nl); see resources/sample/LICENCE.md.
  The sample project scenarios/delft-sample uses it as its status-quo city; its control plan and
  design schemes were written for plannerapp (GPL-3.0-or-later, like the app).
* resources/weather/*.epw, *.CSV - NREL TMY3 (US Government data, unrestricted) and PVGIS
  (c) European Union 2001-2024, reuse with attribution; see resources/weather/LICENCE.md.
* resources/icons - drawn for plannerapp (packaging/make_icons.py), GPL-3.0-or-later.

Python packages in this bundle (name, version, licence)
-------------------------------------------------------
"""


def _licence_of(dist: metadata.Distribution) -> str:
    md = dist.metadata
    lic = md.get("License-Expression") or ""
    if not lic:
        raw = (md.get("License") or "").strip()
        if raw and len(raw) < 80 and "\n" not in raw:
            lic = raw
        elif "Redistribution and use in source and binary forms" in raw:
            lic = "BSD-style (full text in the licence file)"
    if not lic:
        classes = [c.split("::")[-1].strip() for c in md.get_all("Classifier") or [] if c.startswith("License ::")]
        lic = "; ".join(classes)
    return lic or "see licence files"


def _licence_files(dist: metadata.Distribution) -> list[Path]:
    out = []
    for f in dist.files or []:
        s = str(f)
        name = s.rsplit("/", 1)[-1].upper()
        in_info = ".dist-info/" in s
        if in_info and ("/licenses/" in s or "/license_files/" in s or name.startswith(("LICEN", "COPYING", "NOTICE", "AUTHORS"))):
            p = Path(dist.locate_file(f))
            if p.is_file():
                out.append(p)
    return out


def distributions_for(top_modules: set[str]) -> list[metadata.Distribution]:
    """Installed distributions owning any of *top_modules* (top-level import names)."""
    owners = metadata.packages_distributions()
    names = set()
    for mod in top_modules:
        for dist in owners.get(mod, []):
            names.add(dist)
    dists = {}
    for n in names:
        try:
            d = metadata.distribution(n)
        except metadata.PackageNotFoundError:
            continue
        dists[d.metadata["Name"].lower()] = d
    return [dists[k] for k in sorted(dists)]


def write_notices(out_dir: Path, top_modules: set[str], version: str) -> list[tuple[str, str]]:
    """Write licences into *out_dir*; returns ``[(file, relative folder)]`` for PyInstaller datas."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    lines = []
    for dist in distributions_for(top_modules):
        name, ver = dist.metadata["Name"], dist.version
        if name.lower() == "plannerapp":
            continue
        folder = out_dir / f"{name}-{ver}"
        folder.mkdir()
        files = _licence_files(dist)
        for i, src in enumerate(files):
            dest = folder / src.name
            if dest.exists():  # numpy ships several LICENSE.txt in sub-folders
                dest = folder / f"{i:02d}-{src.name}"
            shutil.copyfile(src, dest)
        for text in FALLBACK_TEXTS.get(name, []):
            if (COMMON / text).is_file():
                shutil.copyfile(COMMON / text, folder / text)
        if not any(folder.iterdir()):
            (folder / "LICENCE-NOT-SHIPPED-BY-PACKAGE.txt").write_text(
                f"{name} {ver} ships no licence file in its wheel; its metadata says: {_licence_of(dist)}\n"
                f"Home page: {dist.metadata.get('Home-page') or dist.metadata.get('Project-URL') or 'see PyPI'}\n",
                encoding="utf-8")
        lines.append(f"* {name} {ver} - {_licence_of(dist)} - licences/{folder.name}/")
    py_lic = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt"
    if not py_lic.is_file():
        py_lic = Path(sys.base_prefix) / "LICENSE.txt"  # Windows python.org layout
    (out_dir / "python").mkdir()
    if py_lic.is_file():
        shutil.copyfile(py_lic, out_dir / "python" / "LICENSE.txt")
    shutil.copyfile(ROOT / "resources" / "sample" / "LICENCE.md", out_dir / "sample-city-LICENCE.md")
    shutil.copyfile(ROOT / "resources" / "weather" / "LICENCE.md", out_dir / "weather-LICENCE.md")
    if (COMMON / "GPL-3").is_file():
        shutil.copyfile(COMMON / "GPL-3", out_dir / "plannerapp-GPL-3.0.txt")
    py = f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
    text = HEADER.format(version=version, py=py) + "\n".join(lines) + "\n"
    (out_dir / "THIRD-PARTY-NOTICES.txt").write_text(text, encoding="utf-8")
    return [(str(p), str(Path("licences") / p.parent.relative_to(out_dir)))
            for p in sorted(out_dir.rglob("*")) if p.is_file()]


if __name__ == "__main__":  # preview: every installed top-level module
    mods = set(metadata.packages_distributions())
    n = len(write_notices(Path(sys.argv[1]), mods, "preview"))
    print(f"{n} files written to {sys.argv[1]}")
