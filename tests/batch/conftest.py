"""Fixtures for the batch tests: a cropped Rotterdam district and a reference tiled run."""

from __future__ import annotations

import pytest
from batchkit import AMSTERDAM_EPW, ROTTERDAM, SHARED_DATA, TILE_M, crop_cityjson, irradiance_job


@pytest.fixture(scope="session")
def district(tmp_path_factory):
    """A 250 m x 200 m piece of Rotterdam Delfshaven (LoD2, EPSG:28992) as its own CityJSON file."""
    src = SHARED_DATA / ROTTERDAM
    if not src.exists() or not (SHARED_DATA / AMSTERDAM_EPW).exists():
        pytest.skip("shared Rotterdam city or Amsterdam EPW absent")
    dst = tmp_path_factory.mktemp("district") / "delfshaven-crop.city.json"
    n = crop_cityjson(src, dst)
    assert 100 < n < 250
    return dst


@pytest.fixture(scope="session")
def tiled_run(district, tmp_path_factory):
    """The reference: batch irradiance on 100 m tiles, LocalCluster with two worker processes."""
    from plannerapp.batch.runner import run_batch

    out = tmp_path_factory.mktemp("tiled") / "out"
    seen = []
    result = run_batch(irradiance_job(), district, out, tile_m=TILE_M, workers=2, status=lambda s: seen.append(s.tiles_done))
    result.statuses = seen
    return result
