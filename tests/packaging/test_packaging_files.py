"""What the installers ship besides the code: weather data, icons, desktop entry, Windows
build files, the VTK module selection.  Fast checks, no bundle build needed."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
import yaml
from PIL import Image

from datafiles import RESOURCES, ROOT

PACKAGING = ROOT / "packaging"

# annual GHI (kWh/m2) measured with pvlib and recorded in ../shared/data/weather-epw/SOURCE.md
SHIPPED_WEATHER = {
    "USA_MA_Boston-Logan.Intl.AP.725090_TMY3.epw": 1407.8,
    "USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw": 1406.6,
    "723170TYA.CSV": 1566.2,
    "PVGIS_tmy_45.000_8.000_2005_2023.epw": 1435.9,
}


@pytest.mark.parametrize("name", sorted(SHIPPED_WEATHER))
def test_each_shipped_weather_file_reads_as_a_full_year(name):
    from plannerapp.analysis.weather import read_weather

    w = read_weather(RESOURCES / "weather" / name)
    assert len(w.data) == 8760
    assert w.annual_ghi_kwh_m2() == pytest.approx(SHIPPED_WEATHER[name], abs=0.1)


def test_only_redistributable_weather_ships_with_its_licence_notice():
    files = {p.name for p in (RESOURCES / "weather").iterdir()}
    assert not [f for f in files if "IWEC" in f.upper()], "ASHRAE IWEC files are for tests only"
    assert files == set(SHIPPED_WEATHER) | {"LICENCE.md"}
    notice = (RESOURCES / "weather" / "LICENCE.md").read_text(encoding="utf-8")
    for name in SHIPPED_WEATHER:
        assert name in notice
    assert "NREL" in notice and "PVGIS" in notice


def test_icon_pngs_have_the_size_in_their_name_and_the_svg_is_valid():
    icons = RESOURCES / "icons"
    sizes = [16, 24, 32, 48, 64, 128, 256, 512]
    for s in sizes:
        with Image.open(icons / f"plannerapp-{s}.png") as im:
            assert im.size == (s, s)
            assert im.mode == "RGBA"
            assert im.getpixel((0, 0))[3] < 16  # transparent corner (rounded tile)
            assert im.getpixel((s // 2, s // 2))[3] == 255
    root = ET.parse(icons / "plannerapp.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
    assert len(root.findall("{http://www.w3.org/2000/svg}polygon")) >= 10
    with Image.open(icons / "plannerapp.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]


def test_make_icons_redraws_the_committed_icons(tmp_path):
    r = subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "plannerapp.svg").read_text() == (RESOURCES / "icons" / "plannerapp.svg").read_text()
    with Image.open(tmp_path / "plannerapp-64.png") as a, Image.open(RESOURCES / "icons" / "plannerapp-64.png") as b:
        assert a.tobytes() == b.tobytes()


def test_desktop_entry_starts_plannerapp_with_its_icon():
    entry = PACKAGING / "linux" / "plannerapp.desktop"
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(entry, encoding="utf-8")
    d = cp["Desktop Entry"]
    assert d["Type"] == "Application"
    assert d["Exec"].split()[0] == "plannerapp"
    assert d["Icon"] == "plannerapp"
    assert d["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert r.returncode == 0 and "error" not in r.stdout.lower(), r.stdout


def test_user_install_script_puts_the_bundle_the_menu_entry_and_icons_under_a_prefix(tmp_path):
    # a fake bundle with the files build.sh puts at the top of dist/plannerapp
    bundle = tmp_path / "plannerapp"
    (bundle / "icons").mkdir(parents=True)
    exe = bundle / "plannerapp"
    exe.write_text("#!/bin/sh\necho fake\n")
    exe.chmod(0o755)
    shutil.copy(PACKAGING / "linux" / "plannerapp.desktop", bundle)
    shutil.copy(PACKAGING / "linux" / "install.sh", bundle)
    for p in (RESOURCES / "icons").glob("plannerapp*.*"):
        shutil.copy(p, bundle / "icons")
    prefix = tmp_path / "home" / ".local"
    env = dict(os.environ, PREFIX=str(prefix))
    r = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    desktop = (prefix / "share" / "applications" / "plannerapp.desktop").read_text()
    assert f"Exec={prefix}/opt/plannerapp/plannerapp %f" in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "plannerapp.png").is_file()
    assert subprocess.run([str(prefix / "bin" / "plannerapp")], capture_output=True, text=True).stdout == "fake\n"
    r = subprocess.run(["sh", str(bundle / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True)
    assert r.returncode == 0
    assert not (prefix / "opt" / "plannerapp").exists()
    assert not (prefix / "share" / "applications" / "plannerapp.desktop").exists()


def test_windows_workflow_is_valid_yaml_that_builds_tests_and_packages():
    wf = yaml.safe_load((PACKAGING / "windows" / "build-windows.yml").read_text(encoding="utf-8"))
    job = wf["jobs"]["windows"]
    assert job["runs-on"].startswith("windows")
    steps = job["steps"]
    for s in steps:
        assert ("run" in s) != ("uses" in s), s  # each step either runs a script or uses an action
    text = "\n".join(s.get("run", "") for s in steps)
    assert "packaging/plannerapp.spec" in text
    assert "self-test" in text
    assert "packaging/windows/plannerapp.iss" in text
    assert "/VERYSILENT" in text  # the installed copy is tested too


def test_inno_setup_script_wraps_the_bundle_and_names_files_that_exist_or_are_built():
    iss = (PACKAGING / "windows" / "plannerapp.iss").read_text(encoding="utf-8")
    assert "AppId={{" in iss
    assert r'Source: "{#Bundle}\*"' in iss
    here = PACKAGING / "windows"
    for key in ("SetupIconFile",):
        line = next(ln for ln in iss.splitlines() if ln.startswith(key + "="))
        assert (here / line.split("=", 1)[1].replace("\\", "/")).resolve().is_file()
    # licence files come from the build (packaging/licences.py writes build/licences/)
    for key in ("LicenseFile", "InfoAfterFile"):
        line = next(ln for ln in iss.splitlines() if ln.startswith(key + "="))
        assert line.split("=", 1)[1].replace("\\", "/").startswith("../../build/licences/")


def test_licence_notices_cover_the_bundled_packages_and_data(tmp_path):
    sys.path.insert(0, str(PACKAGING))
    try:
        import licences
    finally:
        sys.path.remove(str(PACKAGING))
    files = licences.write_notices(tmp_path / "lic", {"vtkmodules", "PySide6", "numpy", "embreex", "pyproj"}, "test")
    names = {os.path.basename(f) for f, _ in files}
    assert "THIRD-PARTY-NOTICES.txt" in names
    notices = (tmp_path / "lic" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for word in ("vtk", "PySide6", "numpy", "embreex", "pyproj", "CC BY 4.0", "NREL", "PVGIS", "Embree"):
        assert word in notices
    vtk_dir = next((tmp_path / "lic").glob("vtk-*"))
    assert any(p.read_text(errors="ignore").lower().count("redistribution") for p in vtk_dir.iterdir())


@pytest.mark.slow
def test_bundle_keeps_every_vtk_module_the_app_imports_when_rendering(tmp_path):
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import vtk_modules\n"
        "keep, drop = vtk_modules.keep_and_drop()\n"
        "from plannerapp.io.loader import load_city\n"
        "from plannerapp.paths import sample_city_path\n"
        "from plannerapp.scene.screenshot import render_city_png\n"
        "import plannerapp.scene.picking, pyvistaqt\n"
        "render_city_png(load_city(sample_city_path()), sys.argv[2], size=(160, 100))\n"
        "used = {k.split('.')[1] for k in sys.modules if k.startswith('vtkmodules.vtk')}\n"
        "print(len(used), len(drop), sorted(used - keep))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    r = subprocess.run([sys.executable, "-c", code, str(PACKAGING), str(tmp_path / "check.png")],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    n_used, n_drop, missing = r.stdout.strip().split(" ", 2)
    assert missing == "[]", f"modules used but left out of the bundle: {missing}"
    assert int(n_used) > 20 and int(n_drop) > 50
