"""review_scheme as a long-running function: progress, cancel, overall verdict."""

from __future__ import annotations

import pytest
from reviewkit import building, parcel, project

from plannerapp.rules.review import Cancelled, review_scheme


def _proj():
    parcels = [parcel(f"P{i}", 100 * i, 0, 100, 100, max_far=1.0, max_height_m=20) for i in range(3)]
    new = [building(f"B{i}", 100 * i + 10, 10, 20, 20, height=9.0 + 10 * i) for i in range(3)]
    return project(parcels, new=new)


def test_review_reports_progress_and_a_verdict_per_parcel():
    seen = []
    review = review_scheme(_proj(), "Scheme A", progress=lambda f, t: seen.append((f, t)))
    assert seen[0][0] == 0.0 and seen[-1][0] == 1.0
    assert [p.passed for p in review.parcels] == [True, True, False]  # B2 is 29 m high
    assert review.passed is False
    assert review.failing_building_ids() == {"B2"}
    assert [f.rule for f in review.findings_by_building()["B2"]] == ["max_far", "max_height_m"]
    assert review.scheme_id == "A" and review.scheme_name == "Scheme A"
    assert review.parameters()["building_to_parcel"] == "largest footprint share"


def test_review_stops_when_cancelled():
    with pytest.raises(Cancelled):
        review_scheme(_proj(), "A", cancelled=lambda: True)


def test_a_scheme_that_meets_every_control_passes():
    parcels = [parcel("P1", 0, 0, 100, 100, max_far=1.0, max_height_m=20, setback_m=5, min_spacing_m=6,
                      max_coverage=0.3, allowed_uses=["residential"])]
    review = review_scheme(project(parcels, new=[building("B", 10, 10, 20, 20)]), "A")
    assert review.passed is True and review.failed == [] and review.not_evaluated == []
