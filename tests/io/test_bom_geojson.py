"""GeoJSON saved with a UTF-8 byte-order mark (Windows Notepad, some GIS exports) reads like the plain file."""

from __future__ import annotations

import shutil

from datafiles import shared_file
from projectkit import cached_city_loader, project_state, sample_copy

from plannerapp.io.geojson import read_geojson
from plannerapp.io.loader import load_city
from plannerapp.io.project import load_project

BOM = b"\xef\xbb\xbf"


def _with_bom(src, dest):
    dest.write_bytes(BOM + src.read_bytes())
    return dest


def test_city_geojson_with_a_bom_gives_the_same_buildings(tmp_path):
    src = shared_file("china-suzhou-footprints/suzhou_buildings.geojson")
    bom = _with_bom(src, tmp_path / "suzhou_bom.geojson")
    assert bom.read_bytes()[:3] == BOM
    plain, withbom = load_city(src), load_city(bom)
    assert withbom.ids() == plain.ids() and len(withbom) == 3076
    assert [b.height for b in withbom.buildings] == [b.height for b in plain.buildings]
    assert withbom.crs == plain.crs == "EPSG:32651"
    assert not withbom.warnings
    assert len(read_geojson(bom)) == 3076
    # a .json holding a FeatureCollection is recognised through the BOM too
    assert len(load_city(shutil.copy(bom, tmp_path / "suzhou_bom.json"))) == 3076


def test_project_whose_scheme_and_control_files_carry_a_bom_opens_unchanged(tmp_path):
    folder = sample_copy(tmp_path)
    before = load_project(folder, city_loader=cached_city_loader)
    touched = list((folder / "schemes").glob("*.geojson")) + [folder / "controls.geojson"]
    assert len(touched) >= 4
    for p in touched:
        p.write_bytes(BOM + p.read_bytes())
    after = load_project(folder, city_loader=cached_city_loader)  # strict: any problem raises
    assert not after.warnings
    assert project_state(after) == project_state(before)
    assert len(after.controls.parcels) == len(before.controls.parcels) > 0
