"""``plannerapp info`` on every real dataset, checked against an independent reader."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from datafiles import ROOT, shared_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
from cityjson_reference import reference_cityjson, reference_geojson, reference_obj  # noqa: E402


def _info(*args, ok=True):
    proc = subprocess.run(
        [sys.executable, "-m", "plannerapp", "--lang", "en", "info", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


CITYJSON = [
    "3dbag-delft-lod22/3dbag_v210908_fd2cee53_5910.json",
    "3dbag-delft-lod22/3dbag_v210908_fd2cee53_5907_subset.json",
    "delft-3dfier-lod1/delft.city.json",
    "denhaag-lod2/DenHaag_01.json",
    "rotterdam-delfshaven-lod2/3-20-DELFSHAVEN.city.json",
]


@pytest.mark.parametrize("rel", CITYJSON)
def test_info_json_reports_building_count_bbox_and_crs_of_cityjson(rel):
    ref = reference_cityjson(shared_file(rel))
    out = json.loads(_info(shared_file(rel), "--json").stdout)
    assert out["buildings"] == ref["buildings"]
    np.testing.assert_allclose(out["bbox"], ref["bbox"], atol=1e-6)
    assert out["crs"] == ref["crs"]
    assert out["triangles"] > out["buildings"] * 10


def test_info_json_reports_the_3dfier_obj():
    ref = reference_obj(shared_file("delft-3dfier-lod1/testarea.obj"))
    out = json.loads(_info(shared_file("delft-3dfier-lod1/testarea.obj"), "--json").stdout)
    assert out["buildings"] == ref["buildings"]
    np.testing.assert_allclose(out["bbox"], ref["bbox"], atol=1e-6)
    assert out["crs"] is None


def test_info_json_reports_suzhou_in_its_own_lon_lat():
    rel = "china-suzhou-footprints/suzhou_buildings.geojson"
    ref = reference_geojson(shared_file(rel))
    out = json.loads(_info(shared_file(rel), "--json").stdout)
    assert out["buildings"] == ref["buildings"]
    np.testing.assert_allclose(out["bbox"], ref["bbox"], atol=1e-8)
    assert out["crs"] == "OGC:CRS84" and out["model_crs"] == "EPSG:32651"


def test_info_lod_option_switches_the_level_of_detail():
    rel = CITYJSON[0]
    ref = reference_cityjson(shared_file(rel), lod="1.2")
    out = json.loads(_info(shared_file(rel), "--json", "--lod", "1.2").stdout)
    np.testing.assert_allclose(out["bbox"], ref["bbox"], atol=1e-6)
    assert out["lod"]["1.2"] > 400


def test_info_without_json_prints_a_short_summary():
    text = _info(shared_file("rotterdam-delfshaven-lod2/3-20-DELFSHAVEN.city.json")).stdout
    assert "buildings: 853" in text
    assert "CRS: EPSG:28992" in text
    assert "LoD2 x 853" in text


@pytest.mark.parametrize(
    "content, expected",
    [
        (b'{"type": "CityJSON", "version": "2.0", "CityObjects": {}, "vertices": []}', "'CityObjects' is empty"),
        (b'{"type": "CityJSON", "version": "2.0", "CityObjects": {"a": {"type": "Building"}}, "vert', "ends too early"),
        (b"\x89PNG\r\n\x1a\n\x00\x00garbage", "not a text (UTF-8) file"),
        (b"", "file is empty"),
    ],
)
def test_bad_input_is_exit_2_and_one_line_without_traceback(content, expected, tmp_path):
    path = tmp_path / "bad.city.json"
    path.write_bytes(content)
    proc = _info(path, "--json", ok=False)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and str(path) in lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_missing_file_and_wrong_lod_are_exit_2(tmp_path):
    proc = _info(tmp_path / "none.json", ok=False)
    assert proc.returncode == 2 and "file not found" in proc.stderr
    proc = _info(shared_file(CITYJSON[3]), "--lod", "3", ok=False)
    assert proc.returncode == 2 and "LoD 3 is not in the file (it has LoD 2)" in proc.stderr
    assert "Traceback" not in proc.stderr
