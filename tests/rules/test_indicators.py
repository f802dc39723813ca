"""Indicators against independent computations: hand-made rectangles and real Suzhou footprints."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from datafiles import shared_file
from reviewkit import building, parcel, project
from shapely.geometry import box, shape

from plannerapp.model import Building, City, ControlPlan, Parcel, Project, Scheme
from plannerapp.rules.review import review_scheme


def test_a_building_belongs_to_the_parcel_holding_most_of_its_footprint():
    west, east = parcel("W", 0, 0, 50, 50, max_far=10), parcel("E", 50, 0, 50, 50, max_far=10)
    # 30 x 10 building from x=30 to 60: 20 m in W, 10 m in E
    b = building("straddle", 30, 20, 30, 10, height=6.0, floors=2)
    review = review_scheme(project([west, east], new=[b]), "A")
    w, e = (p.indicators for p in review.parcels)
    assert w.building_ids == ["straddle"] and e.building_ids == []
    assert w.gfa_m2 == pytest.approx(600.0) and e.gfa_m2 == 0.0
    # coverage is geometric: each parcel counts the part of the footprint inside it
    assert w.footprint_m2 == pytest.approx(200.0) and e.footprint_m2 == pytest.approx(100.0)


def test_a_building_split_evenly_goes_to_the_parcel_listed_first():
    a, b = parcel("A1", 0, 0, 50, 50), parcel("B1", 50, 0, 50, 50)
    review = review_scheme(project([b, a], new=[building("mid", 40, 10, 20, 10)]), "A")
    assert review.parcels[0].indicators.building_ids == ["mid"]  # B1 is first in the plan


def test_new_buildings_outside_every_parcel_are_listed():
    review = review_scheme(project([parcel("P1", 0, 0, 50, 50)], new=[building("far", 500, 500, 10, 10)]), "A")
    assert review.outside_parcels == ["far"]


def test_hand_computed_indicators_of_two_rectangles():
    p = parcel("P1", 0, 0, 80, 50)  # 4,000 m2
    new = [building("A", 10, 10, 20, 10, height=18.0, floors=6),    # 200 m2 x 6 = 1,200
           building("B", 40, 10, 15, 30, height=24.0, floors=8)]    # 450 m2 x 8 = 3,600
    ind = review_scheme(project([p], new=new), "A").parcels[0].indicators
    assert ind.area_m2 == 4000.0
    assert ind.gfa_m2 == pytest.approx(4800.0)
    assert ind.far == pytest.approx(1.2)
    assert ind.coverage == pytest.approx(650 / 4000)
    assert ind.max_height_m == 24.0 and ind.tallest_id == "B"
    assert ind.min_setback_m == pytest.approx(10.0)   # both 10 m from the south edge
    assert ind.min_spacing_m == pytest.approx(10.0) and set(ind.spacing_pair) == {"A", "B"}


def _suzhou_project():
    from pyproj import Transformer

    data = json.loads(shared_file("china-suzhou-footprints/suzhou_buildings.geojson").read_text(encoding="utf-8"))
    t = Transformer.from_crs("OGC:CRS84", "EPSG:32651", always_xy=True)
    geoms, floors, heights, ids = [], [], [], []
    for f in data["features"]:
        g = shape(f["geometry"])
        geoms.append(shapely.transform(g, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1]))))
        floors.append(int(f["properties"]["Floor"]))
        heights.append(float(f["properties"]["height"]))
        ids.append(str(f["properties"]["Id"]) + f"-{len(ids)}")
    world = np.array(geoms, dtype=object)
    b = shapely.bounds(world)
    origin = np.array([np.round((b[:, 0].min() + b[:, 2].max()) / 200) * 100,
                       np.round((b[:, 1].min() + b[:, 3].max()) / 200) * 100, 0.0])
    local = shapely.transform(world, lambda xy: xy - origin[:2])
    buildings = [Building(i, g, height=h, floors=fl) for i, g, h, fl in zip(ids, local, heights, floors)]
    return buildings, origin


def test_suzhou_coverage_and_far_match_plain_shapely(shared_data):
    buildings, origin = _suzhou_project()
    assert len(buildings) == 3076
    # a 300 x 250 m parcel over a dense part of the district
    poly = box(400, -450, 700, -200)
    plan = ControlPlan([Parcel("SZ", poly, controls={"max_far": 2.0, "max_coverage": 0.4})])
    proj = Project("Suzhou", "EPSG:32651", City(buildings, crs="EPSG:32651", origin=origin), plan, [Scheme("status")])
    review = review_scheme(proj, "status")
    ind = review.parcels[0].indicators

    # independent: plain shapely, one building at a time
    fps = [b.footprint for b in buildings]
    covered = shapely.union_all([f.intersection(poly) for f in fps if f.intersects(poly)]).area
    # with one parcel, every footprint with any area inside it has its largest part there
    belongs = [b for b in buildings if b.footprint.intersection(poly).area > 0]
    gfa = sum(b.footprint.area * b.floors for b in belongs)
    assert len(belongs) > 80
    assert sorted(ind.building_ids) == sorted(b.id for b in belongs)
    assert ind.coverage == pytest.approx(covered / poly.area, rel=1e-9)
    assert ind.far == pytest.approx(gfa / poly.area, rel=1e-9)
    assert 0.05 < ind.coverage < 0.9
    # Suzhou heights are 3 m x floors: GFA equals footprint x height / 3
    assert ind.gfa_m2 == pytest.approx(sum(b.footprint.area * b.height / 3.0 for b in belongs))


def test_an_invalid_context_footprint_is_repaired_not_fatal():
    from shapely.geometry import Polygon

    bowtie = Polygon([(10, 10), (30, 30), (30, 10), (10, 30), (10, 10)])  # self-intersecting: two 100 m2 triangles
    assert not bowtie.is_valid
    p = parcel("P1", 0, 0, 100, 100, max_coverage=0.5)
    review = review_scheme(project([p], context=[Building("bad", bowtie, height=6.0, floors=2)]), "A")
    ind = review.parcels[0].indicators
    assert ind.footprint_m2 == pytest.approx(200.0)
    assert ind.building_ids == ["bad"]
    assert ind.gfa_m2 == pytest.approx(400.0)  # the repaired area, not the bow-tie's signed 0
