"""Local Climate Zones (Stewart & Oke 2012): the table as data, the classifier, site properties."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import box

from plannerapp.analysis.lcz import classify_lcz, lcz_classes, lcz_properties, site_lcz, tiles
from plannerapp.model import Building, City
from plannerapp.model.scheme import GreenArea


def _inside(lo, hi):
    """A value well inside a Table 3 range (open ends: 20 % beyond the given bound)."""
    if lo is None and hi is None:
        return None
    if lo is None:
        return hi * 0.8
    if hi is None:
        return lo * 1.2
    return 0.5 * (lo + hi)


def test_the_table_has_the_17_zones_of_stewart_and_oke():
    classes = lcz_classes()
    assert [c.code for c in classes] == [str(i) for i in range(1, 11)] + list("ABCDEFG")
    one = classes[0]
    assert one.name == "Compact high-rise" and one.ranges["svf"] == (0.2, 0.4) and one.ranges["height_m"] == (25, None)


@pytest.mark.parametrize("cls", [c for c in lcz_classes() if c.code.isdigit()], ids=lambda c: c.code)
def test_a_site_inside_every_range_of_a_built_zone_is_classified_as_that_zone(cls):
    props = {p: _inside(*r) for p, r in cls.ranges.items()}
    got = classify_lcz(props)
    zero = [code for code, _, d in got["ranking"] if d == 0.0]
    assert cls.code in zero
    # heavy industry (10) lies inside every range of open low-rise (6): geometry cannot tell them apart,
    # the tie goes to the earlier zone; every other built zone is the unique answer
    assert got["code"] == ("6" if cls.code == "10" else cls.code)


def test_classification_tolerates_a_value_just_outside_a_range():
    # compact high-rise except a slightly too open sky (0.45 > 0.4)
    got = classify_lcz({"svf": 0.45, "aspect_ratio": 2.5, "building_fraction": 50, "impervious_fraction": 45,
                        "pervious_fraction": 5, "height_m": 40})
    assert got["code"] == "1" and got["distance"] == pytest.approx(0.5)


def test_lcz_properties_of_a_block_grid_match_plain_geometry():
    # 20 m blocks, 10 m streets, 9 m high: building fraction 400 / 900 = 44.4 %
    blocks = [Building(f"b{i}{j}", box(30 * i, 30 * j, 30 * i + 20, 30 * j + 20), 9.0) for i in range(4) for j in range(4)]
    city = City(blocks)
    area = box(-5, -5, 115, 115)
    lawn = GreenArea("g", box(-5, -5, 115, -1))  # a 4 m strip of lawn along the south edge
    roof = GreenArea("r", box(0, 0, 20, 20), on_roof=True)
    p = lcz_properties(city, [lawn, roof], area, svf_xy=np.array([[25.0, 25.0], [500.0, 500.0]]), svf=np.array([0.5, 1.0]))
    assert p["building_fraction"] == pytest.approx(100 * 16 * 400 / 120 ** 2)
    assert p["pervious_fraction"] == pytest.approx(100 * 120 * 4 / 120 ** 2)
    assert p["impervious_fraction"] == pytest.approx(100 - p["building_fraction"] - p["pervious_fraction"])
    assert p["height_m"] == pytest.approx(9.0)
    assert p["svf"] == 0.5  # only the point inside the area counts
    assert p["aspect_ratio"] == pytest.approx(np.tan(np.arccos(0.5)) / 2)
    assert p["green_roof_fraction"] == pytest.approx(1 / 16)
    s = site_lcz(city, [lawn], area, svf_xy=np.array([[25.0, 25.0]]), svf=np.array([0.5]))
    assert s["lcz_code"] == "3"  # compact low-rise: 44 % built, 9 m, SVF 0.5, little green


def test_tiles_cover_the_area_once():
    area = shapely.Polygon([(0, 0), (250, 0), (250, 130), (0, 130)])
    t = tiles(area, 100.0)
    assert len(t) == 6
    assert sum(x.area for x in t) == pytest.approx(area.area)
