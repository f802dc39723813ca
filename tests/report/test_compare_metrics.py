"""A committee compares the Delft sample's three schemes and the status quo in one table."""

from __future__ import annotations

import csv
import io
import time

import pytest

from datafiles import ROOT
from plannerapp.analysis.progress import Cancelled
from plannerapp.errors import InputError
from plannerapp.io.project import load_project
from plannerapp.report.compare_metrics import (DEFAULT_CACHE, HIGHER, LOWER, METRICS, NEUTRAL, MetricsCache,
                                               compare_schemes, scheme_hash)
from plannerapp.report.compare_analyses import CompareSettings
from plannerapp.rules.review import review_scheme

SAMPLE = ROOT / "scenarios" / "delft-sample"
SCHEMES = ["towers", "perimeter-block", "mid-rise-slabs"]


@pytest.fixture(scope="module")
def project():
    return load_project(SAMPLE)


@pytest.fixture(scope="module")
def table(project):
    steps = []
    t = compare_schemes(project, SCHEMES, progress=lambda f, text: steps.append((f, text)))
    t.steps = steps
    return t


def test_one_column_per_scheme_after_the_status_quo_with_progress_per_scheme(table):
    assert [c.id for c in table.columns] == ["status-quo", *SCHEMES]
    assert [c.name for c in table.columns] == ["Status quo", "Towers", "Perimeter block", "Mid-rise slabs"]
    texts = " | ".join(t for _, t in table.steps)
    for name in ("Status quo", "Towers", "Perimeter block", "Mid-rise slabs"):
        assert f"{name}:" in texts
    fractions = [f for f, _ in table.steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert [r.key for r in table.rows] == [m.key for m in METRICS]
    assert table.settings["quick"] is True and table.settings["step_min"] == 10.0


def test_planning_indicators_are_the_reviews(project, table):
    for sid in SCHEMES:
        ind = review_scheme(project, sid, sunlight_rules=False).parcels[0].indicators
        assert table.value("gfa_m2", sid) == pytest.approx(ind.gfa_m2)
        assert table.value("far", sid) == pytest.approx(ind.far)
        assert table.value("coverage_pct", sid) == pytest.approx(100 * ind.coverage)
        assert table.value("green_ratio_pct", sid) == pytest.approx(100 * ind.green_ratio)
        assert table.value("building_count", sid) == len(ind.building_ids)
    # the README's figures for the sample
    assert table.value("gfa_m2", "towers") == pytest.approx(19152.0)
    assert table.value("max_height_m", "towers") == pytest.approx(54.0)
    assert table.value("building_count", "towers") == 3
    # the status quo: the 1951 houses and their sheds, no green areas drawn
    assert table.value("building_count", "status-quo") == 27
    assert table.value("max_height_m", "status-quo") < 10.0
    assert table.value("green_ratio_pct", "status-quo") == 0.0
    towers = table.columns[1]
    assert towers.verdict == "failed" and "max_height_m" in towers.failed_rules
    slabs = table.columns[3]
    assert {"allowed_uses", "min_spacing_m"} <= set(slabs.failed_rules)


def test_best_and_worst_follow_each_metrics_direction_among_the_schemes(table):
    green = table.row("green_ratio_pct")
    assert green.direction == HIGHER
    assert [table.columns[i].id for i in green.best] == ["towers"]          # 82.7 %
    assert [table.columns[i].id for i in green.worst] == ["perimeter-block"]  # 28.1 %
    failed = table.row("checks_failed")
    assert failed.direction == LOWER and [table.columns[i].id for i in failed.worst] == ["mid-rise-slabs"]
    for key in ("gfa_m2", "far", "coverage_pct", "max_height_m", "building_count"):
        r = table.row(key)
        assert r.direction == NEUTRAL and r.best == [] and r.worst == []
    for r in table.rows:
        assert 0 not in r.best and 0 not in r.worst       # the status quo is the reference, not ranked
        if r.direction != NEUTRAL and r.best:
            vals = [r.values[i] for i in range(1, 4)]
            want = max(vals) if r.direction == HIGHER else min(vals)
            assert all(r.values[i] == pytest.approx(want, abs=10 ** -r.digits) for i in r.best)


def test_analyses_give_physically_consistent_values(project, table):
    # low houses: less ground in long shadow and more open sky than any new scheme
    for sid in SCHEMES:
        assert table.value("ground_shadow_area_m2", "status-quo") < table.value("ground_shadow_area_m2", sid)
        assert table.value("svf_mean", "status-quo") > table.value("svf_mean", sid)
        assert 0.0 <= table.value("sunlight_window_share", sid) <= 100.0
        assert 0.0 < table.value("facade_sun_hours_mean", sid) <= 8.0    # within the 08-16 window
        # Oke (1981): UHI = 15.27 - 13.88 SVF per point, so the mean follows the mean SVF (clipped at 0)
        assert table.value("uhi_k", sid) == pytest.approx(15.27 - 13.88 * table.value("svf_mean", sid), abs=0.05)
    # flat roofs of the towers scheme: PV = insolation x footprint x 0.6 x 0.2 x 0.8
    ind = review_scheme(project, "towers", sunlight_rules=False).parcels[0].indicators
    pv = table.value("roof_insolation_kwh_m2", "towers") * ind.footprint_m2 * 0.6 * 0.2 * 0.8 / 1000.0
    assert table.value("pv_mwh", "towers") == pytest.approx(pv, rel=0.02)
    # the green roof on the pavilion and the park: the towers' ground is the most pervious
    assert table.row("pervious_pct").best == [1]
    # every view draws the same results: layers exist per column
    assert {"ground_shadow", "facade_hours", "roof_insolation", "svf", "tmrt_max"} <= set(table.layers["towers"])


def test_results_are_cached_per_scheme_and_an_edit_recomputes_only_that_scheme(project, table):
    t0 = time.monotonic()
    again = compare_schemes(project, SCHEMES)
    assert time.monotonic() - t0 < 5.0
    assert all(c.cached for c in again.columns)
    scheme = project.scheme("towers")
    settings = CompareSettings()
    before = scheme_hash(project, scheme, settings)
    old = scheme.buildings["T1"]
    scheme.buildings["T1"] = old.replace(height=45.0, floors=15)     # the committee asks for a lower tower
    try:
        assert scheme_hash(project, scheme, settings) != before
        edited = compare_schemes(project, SCHEMES)
        assert [c.cached for c in edited.columns] == [True, False, True, True]
        assert edited.value("max_height_m", "towers") == pytest.approx(45.0)
        assert edited.value("checks_failed", "towers") == 0
        assert edited.value("gfa_m2", "towers") == pytest.approx(19152.0 - 3 * 576.0)
    finally:
        scheme.buildings["T1"] = old
    assert scheme_hash(project, scheme, settings) == before


def test_cancel_and_bad_scheme(project):
    with pytest.raises(Cancelled):
        compare_schemes(project, ["towers"], cancelled=lambda: True, cache=MetricsCache())
    with pytest.raises(InputError, match="no scheme 'nope'"):
        compare_schemes(project, ["towers", "nope"])


def test_csv_holds_the_table_in_its_units(table):
    rows = list(csv.reader(io.StringIO(table.to_csv())))
    assert rows[0] == ["key", "metric", "unit", "direction", "status-quo", *SCHEMES]
    assert rows[1][4:] == ["Status quo", "Towers", "Perimeter block", "Mid-rise slabs"]
    by_key = {r[0]: r for r in rows[2:]}
    assert len(by_key) == len(METRICS)
    assert by_key["gfa_m2"][2] == "m\u00b2"
    assert float(by_key["gfa_m2"][5]) == pytest.approx(19152.0)
    assert float(by_key["coverage_pct"][5]) == pytest.approx(table.value("coverage_pct", "towers"), rel=1e-5)
    assert by_key["lcz"][5].startswith(str(5))  # open midrise
    assert DEFAULT_CACHE is not None
