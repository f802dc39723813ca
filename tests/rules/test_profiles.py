"""Rule profiles: how floor area and height count differ per city, chosen per project."""

from __future__ import annotations

import json

import pytest
from reviewkit import building, finding, parcel, project

from plannerapp.errors import InputError
from plannerapp.model import Building
from plannerapp.rules.measures import building_gfa, counted_floors
from plannerapp.rules.profile import available_profiles, load_profile
from plannerapp.rules.review import review_scheme
from shapely.geometry import box


def test_bundled_profiles_load_and_mark_unverified_values():
    assert {"default", "xiongan"} <= set(available_profiles())
    default, xiongan = load_profile(None), load_profile("xiongan")
    assert default.name == "default" and default.tall_storey_factor is None
    assert xiongan.tall_storey_threshold_m == pytest.approx(2.2 * 3.0)
    assert "floor_area.tall_storey_factor" in xiongan.verify
    assert xiongan.parameters()["verify"] == list(xiongan.verify)


def test_tall_storeys_count_double_under_the_xiongan_profile():
    lobby = Building("L", box(0, 0, 10, 10), height=14.0, floors=2, floor_height=7.0)  # 7 m > 6.6 m
    assert counted_floors(lobby, load_profile("default")) == 2
    assert counted_floors(lobby, load_profile("xiongan")) == 4
    mixed = Building("M", box(0, 0, 10, 10), height=13.0, floors=3, attributes={"storey_heights_m": [7.0, 3.0, 3.0]})
    assert building_gfa(mixed, load_profile("xiongan"))[0] == pytest.approx(100 * 4)
    assert building_gfa(mixed, load_profile("default"))[0] == pytest.approx(100 * 3)


def test_gfa_attribute_from_a_detailed_model_wins_over_footprint_times_floors():
    b = Building("ifc", box(0, 0, 10, 10), height=9.0, floors=3, attributes={"gfa_m2": 275.5, "balcony_area_m2": 20})
    assert building_gfa(b, load_profile("default")) == (275.5, "attribute")
    plain = b.replace(attributes={"balcony_area_m2": 20})
    assert building_gfa(plain, load_profile("default"))[0] == pytest.approx(300.0)
    assert building_gfa(plain, load_profile("xiongan"))[0] == pytest.approx(310.0)  # half the balconies


def test_project_setting_selects_the_profile_and_an_argument_overrides_it():
    p = parcel("P1", 0, 0, 100, 100, max_far=0.05)
    lobby = building("L", 10, 10, 20, 20, height=14.0, floors=2, floor_height=7.0)  # 400 x 2 = 800 m2
    proj = project([p], new=[lobby], settings={"rule_profile": "xiongan"})
    assert finding(review_scheme(proj, "A"), "max_far").value == pytest.approx(0.16)
    assert finding(review_scheme(proj, "A", profile="default"), "max_far").value == pytest.approx(0.08)
    assert review_scheme(proj, "A").profile.name == "xiongan"


def test_a_broken_profile_file_is_bad_input_listing_each_problem(tmp_path):
    bad = tmp_path / "city.json"
    bad.write_text(json.dumps({"floor_area": {"tall_storey_factor": "two", "balcony_area_factor": 3},
                               "height": {"measure": "antenna"}}), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_profile(str(bad))
    assert len(err.value.problems) == 3
    assert err.value.path == str(bad)
    with pytest.raises(InputError, match="unknown rule profile"):
        load_profile("atlantis")
