"""The project commands as a user types them: project new/info, diff, import-ifc (real subprocesses)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from datafiles import ROOT, shared_file
from projectkit import SAMPLE, SAMPLE_CITY, sample_copy


def cli(*args, code=0):
    proc = subprocess.run([sys.executable, "-m", "plannerapp", "--lang", "en", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == code, proc.stdout + proc.stderr
    return proc


def test_project_new_then_info(tmp_path):
    out = cli("project", "new", SAMPLE_CITY, tmp_path / "mine", "--name", "My site").stdout
    assert "Created project My site" in out and "432 context buildings" in out and "EPSG:7415" in out
    data = json.loads((tmp_path / "mine" / "project.json").read_text())
    assert data["schema_version"] == 1 and data["name"] == "My site" and data["schemes"] == []
    assert json.loads((tmp_path / "mine" / "controls.geojson").read_text())["features"] == []
    info = json.loads(cli("project", "info", tmp_path / "mine", "--json").stdout)
    assert info["context_buildings"] == 432 and info["schemes"] == [] and info["site"]["derived"]
    err = cli("project", "new", SAMPLE_CITY, tmp_path / "mine", code=2).stderr
    assert "already holds a project" in err and not (tmp_path / "mine" / "project.json.bak").exists()


def test_project_info_of_the_sample():
    text = cli("project", "info", SAMPLE).stdout
    assert "Schemes: 3" in text and "Towers [towers]: 3 buildings, 27 demolished, GFA 19152 m2, max height 54.0 m" in text
    info = json.loads(cli("project", "info", SAMPLE, "--json").stdout)
    slabs = info["schemes"][2]
    assert (slabs["id"], slabs["buildings"], slabs["demolished"], slabs["uses"]) == ("mid-rise-slabs", 4, 23, ["office", "residential"])
    assert slabs["gfa_m2"] == pytest.approx(60 * 12 * (4 + 6 + 8) + 48 * 12 * 6)


def test_diff_against_the_status_quo_and_between_schemes():
    text = cli("diff", SAMPLE, "status-quo", "Perimeter block").stdout
    assert "added    PB1  Courtyard block" in text
    assert text.strip().splitlines()[-1].startswith("2 added, 27 removed, 0 changed")
    data = json.loads(cli("diff", SAMPLE, "towers", "mid-rise-slabs", "--json").stdout)
    assert data["summary"]["added"] == 8 and data["summary"]["removed"] == 3
    assert {r["building_id"] for r in data["records"] if r["status"] == "removed"} == {"T1", "T2", "P1"}


def test_bad_input_is_one_clear_line_and_exit_2(tmp_path):
    err = cli("diff", SAMPLE, "towers", "skyscrapers", code=2).stderr
    assert err.startswith("error: no scheme skyscrapers (choose from: status-quo, Towers, Perimeter block, Mid-rise slabs)")
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "project.json").write_text('{"schema_version": 1, "name": 3}')
    err = cli("project", "info", tmp_path / "p", code=2).stderr
    assert "3 problems" in err and "name must be a non-empty string" in err and "missing key crs" in err and "missing key context" in err
    assert "Traceback" not in err


@pytest.mark.shared_data
def test_import_ifc_adds_a_scheme_and_saves(tmp_path):
    folder = sample_copy(tmp_path)
    proc = cli("import-ifc", folder, shared_file("ifc-samples/duplex.ifc"), "--scheme", "Duplex submission")
    assert "height 6." in proc.stdout and "2 floors" in proc.stdout and "placed by site_centre" in proc.stdout
    assert "km from the site" in proc.stderr
    info = json.loads(cli("project", "info", folder, "--json").stdout)
    sub = [s for s in info["schemes"] if s["name"] == "Duplex submission"][0]
    assert sub["buildings"] == 1 and 230 < sub["gfa_m2"] < 320


@pytest.mark.shared_data
def test_project_new_copies_a_context_from_elsewhere_into_the_project(tmp_path):
    src = shared_file("3dbag-delft-lod22/3dbag_v210908_fd2cee53_5907_subset.json")
    cli("project", "new", src, tmp_path / "p")
    data = json.loads((tmp_path / "p" / "project.json").read_text())
    assert data["context"] == f"context/{src.name}" and data["name"] == "p"
    assert (tmp_path / "p" / "context" / src.name).read_bytes() == src.read_bytes()
    info = json.loads(cli("project", "info", tmp_path / "p", "--json").stdout)
    assert info["context_buildings"] > 0 and info["crs"] == "EPSG:7415"
