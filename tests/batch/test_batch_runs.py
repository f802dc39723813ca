"""A planner runs the city-scale PV estimate on a real Rotterdam district.

Tiled on two Dask workers, in one tile on one worker, and on a Dask cluster
started by hand must give the same numbers building for building; a resumed
run recomputes only what is missing; roof areas match the file's own
RoofSurface polygons.
"""

from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest
from batchkit import AMSTERDAM_EPW, SHARED_DATA, TILE_M, HandCluster, geojson_props, irradiance_job, rel_diff

pytestmark = pytest.mark.slow


def _agree(a: dict, b: dict) -> None:
    assert set(a) == set(b)
    for bid in a:
        for key in ("roof_area_m2", "pv_kwh_year"):
            assert rel_diff(a[bid][key], b[bid][key]) < 1e-6, (bid, key, a[bid][key], b[bid][key])
        ia, ib = a[bid]["roof_irradiation_kwh_m2"], b[bid]["roof_irradiation_kwh_m2"]
        assert (ia is None) == (ib is None)
        if ia is not None:
            assert rel_diff(ia, ib) < 1e-6, (bid, ia, ib)


def test_tiled_run_writes_one_feature_per_building_in_world_coordinates(tiled_run, district):
    out = tiled_run.out_dir
    run = json.loads((out / "run.json").read_text())
    assert run["status"] == "complete"
    assert run["tiles"] == {"total": 8, "computed": 8, "skipped": 0}
    assert run["tiling"]["tile_m"] == TILE_M
    halo = run["tiling"]["halo"]
    # halo = (max_top - min_receptor_z) / tan(min_elevation), capped at 500 m
    expect = (halo["max_top_z"] - halo["min_receptor_z"]) / np.tan(np.radians(halo["min_elevation_deg"]))
    assert halo["halo_m"] == pytest.approx(min(expect, 500.0), rel=1e-6)
    assert run["versions"]["distributed"] and run["cluster"]["workers"] == 2

    doc = json.loads((out / "buildings.geojson").read_text())
    assert doc["crs"]["properties"]["name"] == "urn:ogc:def:crs:EPSG::28992"
    src = json.loads(district.read_text())
    assert {f["id"] for f in doc["features"]} == set(src["CityObjects"])
    xs = [c[0] for f in doc["features"] for c in f["geometry"]["coordinates"][0]]
    assert 90800 <= min(xs) and max(xs) <= 91050  # RD New metres, not local ones
    props = [f["properties"] for f in doc["features"]]
    with_roof = [p for p in props if p["roof_irradiation_kwh_m2"] is not None]
    assert len(with_roof) > 0.9 * len(props)
    # Amsterdam IWEC: ~1,000 kWh/m2 a year on the horizontal; roofs below it on average, none above 1,300
    irr = np.array([p["roof_irradiation_kwh_m2"] for p in with_roof])
    assert 500 < np.median(irr) < 1100 and irr.max() < 1300
    for p in with_roof:
        assert p["pv_kwh_year"] == pytest.approx(p["roof_irradiation_kwh_m2"] * p["roof_area_m2"] * 0.6 * 0.2 * 0.8, rel=1e-9)

    pts = pd.read_parquet(out / "points.parquet")
    assert len(pts) == run["totals"]["points"] > 500
    assert set(pts["building_id"]) <= set(src["CityObjects"])
    assert pts["x"].between(90790, 91060).all() and pts["y"].between(435670, 435890).all()
    assert ((pts["svf"] >= 0) & (pts["svf"] <= 1)).all()
    assert np.allclose(pts["annual_kwh_m2"], pts["beam_kwh_m2"] + pts["sky_diffuse_kwh_m2"] + pts["ground_kwh_m2"])
    # the mean per building is area weighted over its points
    one = with_roof[0]
    sel = pts[pts["building_id"] == one["id"]]
    assert one["roof_irradiation_kwh_m2"] == pytest.approx(
        float((sel["annual_kwh_m2"] * sel["area_m2"]).sum() / sel["area_m2"].sum()), rel=1e-9)
    assert tiled_run.statuses[-1] == 8


def test_one_tile_run_on_one_worker_agrees_building_for_building(tiled_run, district, tmp_path):
    from plannerapp.batch.runner import run_batch

    res = run_batch(irradiance_job(), district, tmp_path / "one", tile_m=0, workers=1)
    assert res.run["tiles"] == {"total": 1, "computed": 1, "skipped": 0}
    assert res.run["cluster"]["workers"] == 1
    _agree(geojson_props(tiled_run.out_dir / "buildings.geojson"), geojson_props(tmp_path / "one" / "buildings.geojson"))
    a = pd.read_parquet(tiled_run.out_dir / "points.parquet").sort_values(["x", "y", "z"]).reset_index(drop=True)
    b = pd.read_parquet(tmp_path / "one" / "points.parquet").sort_values(["x", "y", "z"]).reset_index(drop=True)
    assert len(a) == len(b)
    assert np.array_equal(a[["x", "y", "z"]].to_numpy(), b[["x", "y", "z"]].to_numpy())
    assert np.allclose(a["annual_kwh_m2"], b["annual_kwh_m2"], rtol=1e-9, atol=0)


def test_run_on_a_hand_started_dask_cluster_through_the_cli_agrees(tiled_run, district, tmp_path, capsys):
    from plannerapp.cli import main

    cluster = HandCluster(tmp_path / "cluster", n_workers=2)
    try:
        cluster.wait_for_workers()
        rc = main(["batch", "irradiance", str(district), "--weather", str(SHARED_DATA / AMSTERDAM_EPW),
                   "--out", str(tmp_path / "remote"), "--spacing", "5", "--sky-rays", "16", "--tile-m", str(TILE_M),
                   "--scheduler", cluster.address, "--quiet"])
    finally:
        cluster.stop()
    err = capsys.readouterr().err
    assert rc == 0, err
    assert cluster.address in err and "dashboard" in err
    run = json.loads((tmp_path / "remote" / "run.json").read_text())
    assert run["cluster"]["scheduler"] == cluster.address and run["cluster"]["local"] is False
    assert run["cluster"]["workers"] == 2
    _agree(geojson_props(tiled_run.out_dir / "buildings.geojson"), geojson_props(tmp_path / "remote" / "buildings.geojson"))
    assert all(p.poll() is not None for p in cluster.procs)


def test_resume_after_losing_one_tile_computes_that_tile_alone(tiled_run, tmp_path):
    from plannerapp.batch.runner import run_batch

    out = tmp_path / "resumed"
    shutil.copytree(tiled_run.out_dir, out)
    tiles = sorted((out / "tiles").glob("*.npz"))
    assert len(tiles) == 8
    lost = tiles[3]
    lost.unlink()
    (out / "buildings.geojson").unlink()
    res = run_batch(irradiance_job(), tiled_run.run["city"]["source"], out, tile_m=TILE_M, workers=1, resume=True)
    run = json.loads((out / "run.json").read_text())
    assert run["tiles"] == {"total": 8, "computed": 1, "skipped": 7}
    assert res.run["tiles"]["computed"] == 1
    assert lost.exists()
    _agree(geojson_props(tiled_run.out_dir / "buildings.geojson"), geojson_props(out / "buildings.geojson"))


def test_resume_with_other_parameters_recomputes_every_tile(tiled_run, tmp_path):
    from plannerapp.batch.runner import run_batch

    out = tmp_path / "other"
    shutil.copytree(tiled_run.out_dir, out)
    res = run_batch(irradiance_job(), tiled_run.run["city"]["source"], out, tile_m=TILE_M, workers=0, resume=True)
    assert res.run["tiles"] == {"total": 8, "computed": 0, "skipped": 8}
    res = run_batch(irradiance_job(efficiency=0.15), tiled_run.run["city"]["source"], out, tile_m=TILE_M, workers=0, resume=True)
    assert res.run["tiles"] == {"total": 8, "computed": 8, "skipped": 0}
    a, b = geojson_props(tiled_run.out_dir / "buildings.geojson"), geojson_props(out / "buildings.geojson")
    some = next(k for k in a if a[k]["pv_kwh_year"] > 0)
    assert b[some]["pv_kwh_year"] == pytest.approx(a[some]["pv_kwh_year"] * 0.15 / 0.20, rel=1e-9)


def _newell(ring: np.ndarray) -> np.ndarray:
    """Area vector of a closed 3D ring (Newell's method), m2."""
    nxt = np.roll(ring, -1, axis=0)
    return 0.5 * np.cross(ring, nxt).sum(axis=0)


def test_roof_areas_match_the_files_roofsurface_polygons(tiled_run, district):
    """Independent: plain json + numpy over the CityJSON RoofSurface polygons (tilt < 72.5 deg)."""
    doc = json.loads(district.read_text())
    sc, tr = np.array(doc["transform"]["scale"]), np.array(doc["transform"]["translate"])
    verts = np.array(doc["vertices"], dtype=np.float64) * sc + tr
    expected = {}
    for oid, obj in doc["CityObjects"].items():
        total = 0.0
        for g in obj["geometry"]:
            surfaces, values = g["semantics"]["surfaces"], g["semantics"]["values"]
            for poly, sv in zip(g["boundaries"], values):
                if sv is None or surfaces[sv]["type"] != "RoofSurface":
                    continue
                outer = _newell(verts[poly[0]])
                area = np.linalg.norm(outer)
                if area <= 0 or outer[2] / area <= 0.3:
                    continue
                total += area - sum(np.linalg.norm(_newell(verts[h])) for h in poly[1:])
        expected[oid] = total
    got = geojson_props(tiled_run.out_dir / "buildings.geojson")
    assert sum(expected.values()) > 5000
    for oid, area in expected.items():
        assert got[oid]["roof_area_m2"] == pytest.approx(area, rel=0.01, abs=0.05), oid
