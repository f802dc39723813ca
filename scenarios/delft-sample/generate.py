"""Rebuild the Delft sample project from the bundled 3D BAG tile (documented in README.md).

Run from the repository root::

    .venv/bin/python scenarios/delft-sample/generate.py

It drives the same Session API as the GUI (new project, schemes, buildings,
demolitions, green areas) and writes the project files in this folder.
Geometry below is in LOCAL metres of the context (world = local + origin;
the loader puts the origin of tile 5910 at EPSG:7415 x=85300, y=446700).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from shapely import union_all
from shapely.geometry import MultiPolygon, Polygon, box

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from plannerapp.io.project import save_project  # noqa: E402
from plannerapp.model.parcel import ControlPlan, Parcel  # noqa: E402
from plannerapp.model.project import Site  # noqa: E402
from plannerapp.session import Session  # noqa: E402

CONTEXT = ROOT / "resources" / "sample" / "delft_3dbag_5910.city.json"

#: the redevelopment site: a 1951 row of semi-detached houses and sheds north of the TU Delft campus buildings
PARCEL = Polygon([(26, 294), (72, 294), (132, 244), (178, 244), (178, 140), (80, 140), (45, 200), (26, 215)])
CONTROLS = {
    "max_far": 1.2, "max_coverage": 0.35, "min_green_ratio": 0.30, "max_height_m": 45.0,
    "setback_m": 5.0, "min_spacing_m": 15.0,
    "sunlight": {"standard": "GB50180", "day": "great_cold", "min_hours": 2, "start": "08:00", "end": "16:00",
                 "applies_to": ["residential"]},
    "allowed_uses": ["residential", "retail", "public"],
}
#: the 1951 semi-detached pair (and its sheds) at the north-west corner, kept by the slab scheme
KEEP_IN_SLABS = ("NL.IMBAG.Pand.0503100000004247", "NL.IMBAG.Pand.0503100000018148",
                 "NL.IMBAG.Pand.0503100000018147", "NL.IMBAG.Pand.0503100000018149")


def greens_around(buildings, clearance=3.0, min_area=60.0):
    """Lawn: the parcel (1 m in) minus building footprints grown by *clearance* m."""
    lawn = PARCEL.buffer(-1.0, join_style=2).difference(union_all([b.buffer(clearance, join_style=2) for b in buildings]))
    parts = list(lawn.geoms) if isinstance(lawn, MultiPolygon) else [lawn]
    return [p for p in parts if p.area >= min_area]


def main(out: Path = HERE) -> Path:
    for p in ("project.json", "project.json.bak", "controls.geojson", "schemes"):
        q = out / p
        if q.is_dir():
            shutil.rmtree(q)
        elif q.exists():
            q.unlink()
    s = Session()
    s.new_project(CONTEXT, out, name="Delft sample: redeveloping a 1951 housing row")
    project = s.project
    site_ids = [b.id for b in project.context if b.footprint2d.intersects(PARCEL)]
    c = PARCEL.centroid
    from plannerapp.geometry.crs import to_lonlat

    lon, lat = to_lonlat(project.crs, c.x + project.context.origin[0], c.y + project.context.origin[1])
    project.site, project.site_derived = Site(round(lat, 6), round(lon, 6), "Europe/Amsterdam"), False
    project.controls = ControlPlan([Parcel("delft-north", PARCEL, land_use="residential",
                                           name="Delft north housing site", controls=CONTROLS)])

    # 1. towers ------------------------------------------------------------
    s.add_scheme("Towers", "Two residential point towers (54 m and 42 m) on a continuous park, with a small retail "
                            "pavilion under a green roof. Fails the 45 m height limit (T1).")
    s.demolish(site_ids)
    t1 = box(130, 196, 154, 220)
    t2 = box(48, 232, 72, 256)
    pav = box(95, 150, 125, 162)
    s.add_building(t1, floors=18, use="residential", name="Tower 1", building_id="T1")
    s.add_building(t2, floors=14, use="residential", name="Tower 2", building_id="T2")
    s.add_building(pav, floors=2, use="retail", name="Pavilion", building_id="P1")
    for i, g in enumerate(greens_around([t1, t2, pav]), 1):
        s.add_green(g, name="Park" if i == 1 else "Lawn", green_id=f"G{i}")
    s.add_green(pav, on_roof=True, name="Pavilion green roof", green_id="GR1")

    # 2. perimeter block ----------------------------------------------------
    s.add_scheme("Perimeter block", "A 6-storey courtyard block (80 x 56 m, 12 m deep wings) with a planted "
                                     "courtyard, plus a 5-storey slab in the north-west arm. Dense street edges; "
                                     "north-facing courtyard flats and a green ratio just under 30 % are what the "
                                     "review should flag.")
    s.demolish(site_ids)
    outer = box(88, 165, 168, 221)
    court = box(100, 177, 156, 209)
    block = Polygon(outer.exterior.coords, [court.exterior.coords])
    slab = box(36, 262, 76, 276)
    s.add_building(block, floors=6, use="residential", name="Courtyard block", building_id="PB1")
    s.add_building(slab, floors=5, use="residential", name="North-west slab", building_id="PB2")
    s.add_green(court, name="Courtyard garden", green_id="G1")
    # the rest of the ground is streets, parking and paved forecourts; only the north-west arm is lawn
    lawns = [g.intersection(box(26, 232, 100, 294)) for g in greens_around([outer, slab], clearance=4.0)]
    lawns = sorted((g for g in lawns if isinstance(g, Polygon) and g.area > 200.0), key=lambda g: -g.area)
    s.add_green(lawns[0], name="North-west lawn", green_id="G2")

    # 3. mid-rise slabs ----------------------------------------------------
    s.add_scheme("Mid-rise slabs", "Four east-west slabs of 4, 6, 8 and 6 storeys, 12 m apart (under the 15 m "
                                    "minimum spacing), keeping the 1951 semi-detached pair in the north-west corner. "
                                    "Slab S4 is offices, which the controls do not allow.")
    s.demolish([i for i in site_ids if i not in KEEP_IN_SLABS])
    slabs = [("S1", box(100, 147, 160, 159), 4, "residential"),
             ("S2", box(100, 171, 160, 183), 6, "residential"),
             ("S3", box(100, 195, 160, 207), 8, "residential"),
             ("S4", box(40, 236, 88, 248), 6, "office")]
    for bid, fp, floors, use in slabs:
        s.add_building(fp, floors=floors, use=use, name=f"Slab {bid[1]}", building_id=bid)
    kept = [project.context.by_id(i).footprint2d for i in KEEP_IN_SLABS]
    for i, g in enumerate(greens_around([fp for _, fp, _, _ in slabs] + kept, clearance=3.0, min_area=150.0), 1):
        s.add_green(g, name=f"Lawn {i}", green_id=f"G{i}")
    for sc in project.schemes:
        sc.path = f"schemes/{sc.id}.geojson"
    save_project(project, out, rewrite_controls=True)
    return out


if __name__ == "__main__":
    folder = main()
    print(f"wrote {folder}")
