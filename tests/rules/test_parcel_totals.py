"""FAR, GFA, coverage and green ratio: pass just inside the limit, fail just outside."""

from __future__ import annotations

import pytest
from reviewkit import building, finding, green, parcel, project

from plannerapp.rules.review import review_scheme

# parcel 100 x 100 = 10,000 m2; building 20 x 25 = 500 m2 x 10 floors = 5,000 m2 -> FAR 0.5
HOUSE = dict(height=30.0, floors=10)


def _review(**controls):
    p = parcel("P1", 0, 0, 100, 100, **controls)
    return review_scheme(project([p], new=[building("B1", 40, 40, 20, 25, **HOUSE)]), "A")


@pytest.mark.parametrize("limit, passed", [(0.501, True), (0.5, True), (0.499, False)])
def test_review_checks_maximum_plot_ratio_at_the_limit(limit, passed):
    f = finding(_review(max_far=limit), "max_far")
    assert f.value == pytest.approx(0.5)
    assert f.passed is passed
    assert f.margin == pytest.approx(limit - 0.5)
    assert f.element_ids == ("B1",)


@pytest.mark.parametrize("limit, passed", [(0.499, True), (0.5, True), (0.501, False)])
def test_review_checks_minimum_plot_ratio_at_the_limit(limit, passed):
    f = finding(_review(min_far=limit), "min_far")
    assert f.passed is passed
    assert f.margin == pytest.approx(0.5 - limit)


@pytest.mark.parametrize("limit, passed", [(5000.5, True), (4999.5, False)])
def test_review_checks_gross_floor_area_cap(limit, passed):
    f = finding(_review(max_gfa_m2=limit), "max_gfa_m2")
    assert f.value == pytest.approx(5000.0)
    assert f.unit == "m2"
    assert f.passed is passed


@pytest.mark.parametrize("limit, passed", [(0.0501, True), (0.0499, False)])
def test_review_checks_site_coverage(limit, passed):
    f = finding(_review(max_coverage=limit), "max_coverage")
    assert f.value == pytest.approx(500 / 10000)
    assert f.passed is passed


def test_coverage_counts_overlapping_footprints_once_and_only_inside_the_parcel():
    p = parcel("P1", 0, 0, 100, 100, max_coverage=0.5)
    new = [building("B1", 10, 10, 20, 20), building("B2", 20, 20, 20, 20),  # overlap 10 x 10
           building("B3", 90, 50, 20, 10)]                                   # half outside the parcel
    ind = review_scheme(project([p], new=new), "A").parcels[0].indicators
    assert ind.footprint_m2 == pytest.approx(400 + 400 - 100 + 100)
    assert ind.coverage == pytest.approx(800 / 10000)


@pytest.mark.parametrize("limit, passed", [(0.2799, True), (0.2801, False)])
def test_review_checks_green_ratio_without_green_under_buildings_or_on_roofs(limit, passed):
    p = parcel("P1", 0, 0, 100, 100, min_green_ratio=limit)
    new = [building("B1", 0, 0, 20, 20)]
    greens = [green("lawn", 0, 0, 100, 32),          # 3,200 m2, of which 20 x 20 under B1
              green("roof", 0, 0, 20, 20, on_roof=True)]
    review = review_scheme(project([p], new=new, greens=greens), "A")
    f = finding(review, "min_green_ratio")
    assert f.value == pytest.approx((3200 - 400) / 10000)
    assert f.passed is passed
    ind = review.parcels[0].indicators
    assert ind.green_roof_m2 == pytest.approx(400)
    assert ind.green_m2 == pytest.approx(2800)


def test_far_counts_kept_context_buildings_but_not_demolished_ones():
    p = parcel("P1", 0, 0, 100, 100, max_far=1.0)
    context = [building("old1", 0, 0, 10, 10, height=6.0, floors=2),   # kept: 200 m2
               building("old2", 50, 50, 10, 10, height=6.0, floors=2)]  # demolished
    new = [building("B1", 20, 20, 10, 10, height=9.0, floors=3)]        # 300 m2
    review = review_scheme(project([p], new=new, context=context, demolish={"old2"}), "A")
    ind = review.parcels[0].indicators
    assert ind.gfa_m2 == pytest.approx(500)
    assert sorted(ind.building_ids) == ["B1", "old1"]
    assert ind.new_building_ids == ["B1"]
