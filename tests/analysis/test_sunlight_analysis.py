"""A whole sunlight analysis in one call, as the GUI worker and the CLI run it."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import box

from plannerapp.analysis.points import window_summary
from plannerapp.analysis.profiles import get_profile
from plannerapp.analysis.progress import Cancelled
from plannerapp.analysis.sunlight_analysis import SunlightRequest, run_sunlight_analysis
from plannerapp.model import Building, City, Scheme


def _context():
    # an existing residential slab in Beijing (local frame aligned with true north: no CRS)
    return City([Building("home", box(0, 0, 60, 12), 18.0, floors=6, use="residential")])


def test_a_new_tower_south_of_housing_makes_lowest_floor_windows_fail_gb50180():
    profile = get_profile("gb50180_I_II_III_VII_large")
    req = SunlightRequest.from_profile(profile, 2026, latitude=39.9042, longitude=116.4074, step_min=5,
                                       building_ids=["home"])
    assert (req.receptors, req.floors, req.time_base, req.required_hours) == ("windows", "lowest", "solar", 2.0)
    context = _context()
    before = run_sunlight_analysis(context, req)
    scheme = Scheme("tower", buildings={"T": Building("T", box(0, -50, 60, -30), 80.0)})
    after = run_sunlight_analysis(scheme.built_city(context), req)
    b = window_summary(before.points, before.result.hours, profile.required_hours)
    a = window_summary(after.points, after.result.hours, profile.required_hours)
    south = before.points.normals[:, 1] < -0.9
    assert (before.result.hours[south] >= 2.0).all()  # nothing in the way before
    assert a["building"]["share_pass"][0] < b["building"]["share_pass"][0]
    assert (after.result.hours <= before.result.hours + 1e-9).all()  # a new building never adds sun
    assert after.suns.solar_hours[0] == pytest.approx(8 + 2.5 / 60, abs=1e-3)


def test_grid_request_reports_progress_and_can_be_cancelled():
    req = SunlightRequest(day="2026-03-21", start="08:00", end="16:00", step_min=10, latitude=39.9, longitude=116.4,
                          timezone="Asia/Shanghai", receptors="grid", spacing_m=2.0, grid_margin_m=30.0)
    seen = []
    out = run_sunlight_analysis(_context(), req, progress=lambda f, t: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and len(out.points) > 100
    assert np.isclose(out.result.hours.max(), 8.0) and out.result.hours.min() < 4.0  # shade north of the slab
    with pytest.raises(Cancelled):
        run_sunlight_analysis(_context(), req, cancelled=lambda: True)
