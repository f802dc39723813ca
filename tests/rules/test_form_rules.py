"""Height, setback, spacing and use rules on the scheme's new buildings."""

from __future__ import annotations

import numpy as np
import pytest
from reviewkit import building, finding, parcel, project

from plannerapp.geometry.mesh import SURFACE_ROOF
from plannerapp.model import Building
from plannerapp.rules.review import review_scheme


@pytest.mark.parametrize("limit, passed", [(30.01, True), (30.0, True), (29.99, False)])
def test_review_flags_building_over_height_limit(limit, passed):
    p = parcel("P1", 0, 0, 100, 100, max_height_m=limit)
    new = [building("low", 10, 10, 10, 10, height=12.0), building("tower", 50, 50, 10, 10, height=30.0)]
    f = finding(review_scheme(project([p], new=new), "A"), "max_height_m")
    assert f.value == pytest.approx(30.0)
    assert f.passed is passed
    assert f.element_ids == ("tower",)
    assert f.details["per_building"]["low"]["passed"] is True


def test_height_rule_ignores_existing_buildings_and_says_so_without_new_ones():
    p = parcel("P1", 0, 0, 100, 100, max_height_m=10.0)
    review = review_scheme(project([p], context=[building("old", 10, 10, 10, 10, height=50.0)]), "A")
    f = finding(review, "max_height_m")
    assert f.passed is None and f.reason
    assert review.passed is True and review.not_evaluated == [f]


@pytest.mark.parametrize("x0, passed", [(5.01, True), (5.0, True), (4.99, False)])
def test_review_checks_setback_from_parcel_edge(x0, passed):
    p = parcel("P1", 0, 0, 100, 100, setback_m=5.0)
    f = finding(review_scheme(project([p], new=[building("B1", x0, 40, 20, 20)]), "A"), "setback_m")
    assert f.value == pytest.approx(x0)
    assert f.passed is passed


def test_setback_of_a_footprint_sticking_out_of_the_parcel_is_negative():
    p = parcel("P1", 0, 0, 100, 100, setback_m=3.0)
    # 80% inside P1, sticks out 2.5 m over the west edge
    f = finding(review_scheme(project([p], new=[building("B1", -2.5, 40, 12.5, 10)]), "A"), "setback_m")
    assert f.value == pytest.approx(-2.5)
    assert f.passed is False and f.margin == pytest.approx(-5.5)


@pytest.mark.parametrize("limit, passed", [(9.99, True), (10.0, True), (10.01, False)])
def test_review_checks_spacing_between_new_buildings_and_names_the_pair(limit, passed):
    p = parcel("P1", 0, 0, 200, 100, min_spacing_m=limit)
    new = [building("B1", 10, 10, 20, 20), building("B2", 40, 10, 20, 20), building("B3", 150, 10, 20, 20)]
    f = finding(review_scheme(project([p], new=new), "A"), "min_spacing_m")
    assert f.value == pytest.approx(10.0)
    assert f.passed is passed
    assert set(f.element_ids[:2]) == {"B1", "B2"}


def test_spacing_counts_context_buildings_outside_the_parcel():
    p = parcel("P1", 0, 0, 100, 100, min_spacing_m=12.0)
    context = [building("neighbour", 0, 108, 30, 10)]  # north of the parcel
    new = [building("B1", 10, 90, 20, 8)]             # north face at y = 98: 10 m from the neighbour
    f = finding(review_scheme(project([p], new=new, context=context), "A"), "min_spacing_m")
    assert f.value == pytest.approx(10.0)
    assert f.passed is False
    assert f.element_ids == ("B1", "neighbour")
    assert f.details["pairs"] == {"B1": "neighbour"}


def test_a_new_building_touching_another_has_zero_spacing():
    p = parcel("P1", 0, 0, 100, 100, min_spacing_m=1.0)
    new = [building("B1", 10, 10, 20, 20), building("B2", 30, 10, 20, 20)]
    f = finding(review_scheme(project([p], new=new), "A"), "min_spacing_m")
    assert f.value == 0.0 and f.passed is False


def test_review_flags_uses_not_allowed_on_the_parcel():
    p = parcel("P1", 0, 0, 100, 100, allowed_uses=["residential", "retail"])
    new = [building("B1", 10, 10, 10, 10, use="Residential "), building("B2", 40, 40, 10, 10, use="industrial"),
           building("B3", 70, 70, 10, 10, use="")]
    f = finding(review_scheme(project([p], new=new), "A"), "allowed_uses")
    assert f.passed is False
    assert f.element_ids == ("B2", "B3")
    ok = finding(review_scheme(project([p], new=new[:1]), "A"), "allowed_uses")
    assert ok.passed is True


def _tower_with_stair_core() -> Building:
    """A 20 x 20 m flat roof at 30 m with a 4 x 4 m stair tower to 34 m (a mesh)."""
    from plannerapp.geometry.footprint import extrude
    from plannerapp.geometry.mesh import Mesh
    from shapely.geometry import box

    mesh = Mesh.concatenate([extrude(box(0, 0, 20, 20), 30.0), extrude(box(8, 8, 12, 12), 4.0, 30.0)])
    assert (mesh.semantics == SURFACE_ROOF).any()
    return Building("T", box(0, 0, 20, 20), height=34.0, floors=10, mesh=mesh, use="residential")


def test_height_profile_decides_whether_roof_structures_count():
    p = parcel("P1", -10, -10, 40, 40, max_height_m=32.0)
    proj = project([p], new=[_tower_with_stair_core()])
    by_top = finding(review_scheme(proj, "A", profile="default"), "max_height_m")
    by_main_roof = finding(review_scheme(proj, "A", profile="xiongan"), "max_height_m")
    assert by_top.value == pytest.approx(34.0) and by_top.passed is False
    assert by_main_roof.value == pytest.approx(30.0) and by_main_roof.passed is True
    assert by_main_roof.details["measure"] == "main_roof"


def test_pitched_roof_measures_to_the_ridge_under_main_roof_rule():
    from plannerapp.geometry.mesh import Mesh
    from shapely.geometry import box

    # 10 x 10 box to 6 m with a gable roof, ridge at 9 m along x
    v = np.array([[0, 0, 6], [10, 0, 6], [10, 10, 6], [0, 10, 6], [0, 5, 9], [10, 5, 9]], float)
    f = np.array([[0, 1, 5], [0, 5, 4], [2, 3, 4], [2, 4, 5]])
    roof = Mesh(v, f, np.full(4, SURFACE_ROOF))
    b = Building("G", box(0, 0, 10, 10), height=9.0, mesh=roof)
    from plannerapp.rules.measures import building_height
    from plannerapp.rules.profile import load_profile

    assert building_height(b, load_profile("xiongan")) == pytest.approx(9.0)
