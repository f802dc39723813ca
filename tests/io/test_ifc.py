"""IFC design submissions import as scheme buildings with plausible heights, floors and floor areas."""

from __future__ import annotations

import math

import numpy as np
import pytest
from datafiles import shared_file
from projectkit import cached_city_loader, sample_copy, sample_project

from plannerapp.errors import InputError
from plannerapp.io.ifc import read_ifc
from plannerapp.io.project import load_project
from plannerapp.session import Session

pytestmark = pytest.mark.shared_data


@pytest.fixture(scope="module")
def project():
    return sample_project()


@pytest.fixture(scope="module")
def fzk(project):
    return read_ifc(shared_file("ifc-samples/AC20-FZK-Haus.ifc"), project)


def _space_gross_areas(path) -> float:
    """Independent check: the file's own IfcSpace GrossFloorArea quantities, summed."""
    import ifcopenshell
    import ifcopenshell.util.element as ue

    f = ifcopenshell.open(str(path))
    return sum(ue.get_psets(s).get("BaseQuantities", {}).get("GrossFloorArea", 0.0) for s in f.by_type("IfcSpace"))


def test_fzk_haus_ifc4_two_storey_house(fzk):
    assert len(fzk.buildings) == 1
    b = fzk.buildings[0]
    assert b.name == "FZK-Haus" and b.floors == 2 and b.floor_height == pytest.approx(2.7)
    assert 5.5 < b.height < 8.0  # a two-storey house with a pitched roof
    assert 110 < b.footprint.area < 200  # 12 x 10 m plus roof overhangs
    assert b.attributes["gfa_source"] == "IfcSpace"
    assert b.attributes["gfa_m2"] == pytest.approx(_space_gross_areas(shared_file("ifc-samples/AC20-FZK-Haus.ifc")), rel=1e-3)
    assert b.mesh.n_faces > 5000 and b.attributes["ifc_schema"] == "IFC4"
    # its IfcSite says Karlsruhe, 433 km away: placed at the site centre with a warning
    assert fzk.placement == "site_centre" and "km from the site" in fzk.warnings[0]


def test_duplex_ifc2x3_counts_two_floors_not_the_roof_level(project):
    res = read_ifc(shared_file("ifc-samples/duplex.ifc"), project)
    b = res.buildings[0]
    assert b.attributes["ifc_schema"] == "IFC2X3"
    assert b.floors == 2 and b.floor_height == pytest.approx(3.1)
    assert 6.0 < b.height < 7.5
    assert 150 < b.footprint.area < 260  # two flats side by side, about 9 x 22 m
    # GFA from the spaces of the two counted storeys (the roof-level space is left out)
    assert b.attributes["gfa_source"] == "IfcSpace" and 230 < b.attributes["gfa_m2"] < 320
    assert "Roof" in b.attributes["storeys"]


def test_ifcopenhouse_in_millimetres_comes_out_in_metres(project):
    res = read_ifc(shared_file("ifc-samples/IfcOpenHouse_IFC4.ifc"), project)
    b = res.buildings[0]
    assert 3.0 < b.height < 8.0, "millimetres read as metres would give kilometres"
    assert 30 < b.footprint.area < 150
    w = b.mesh.bounds[3] - b.mesh.bounds[0]
    assert 5 < w < 20
    assert b.floors == 1 and b.attributes["gfa_source"] == "footprint x floors"


def test_a_house_georeferenced_near_the_site_is_placed_by_its_latitude_longitude(tmp_path, project, fzk):
    import ifcopenshell

    f = ifcopenshell.open(str(shared_file("ifc-samples/AC20-FZK-Haus.ifc")))
    lat, lon = project.site.latitude, project.site.longitude

    def dms(v):
        d = int(v)
        m = int((v - d) * 60)
        s = int((v - d - m / 60) * 3600)
        ms = int(round(((v - d - m / 60) * 3600 - s) * 1e6))
        return (d, m, s, ms)

    site = f.by_type("IfcSite")[0]
    site.RefLatitude, site.RefLongitude = dms(lat), dms(lon)
    path = tmp_path / "fzk_delft.ifc"
    f.write(str(path))
    res = read_ifc(path, project)
    assert res.placement == "site_latlon" and res.warnings == []
    from plannerapp.geometry.crs import from_lonlat

    x, y = from_lonlat(project.crs, lon, lat)
    site_local = np.array([x, y]) - project.context.origin[:2]
    c = res.buildings[0].footprint.centroid
    # the house's model origin is its south-west corner area: its centre lies within ~15 m of the site point
    assert math.hypot(c.x - site_local[0], c.y - site_local[1]) < 15
    assert res.buildings[0].footprint.area == pytest.approx(fzk.buildings[0].footprint.area, rel=0.02)


def test_map_conversion_offsets_rotation_and_scale_place_a_millimetre_model(tmp_path, project):
    import ifcopenshell

    src = shared_file("ifc-samples/IfcOpenHouse_IFC4.ifc")
    plain = read_ifc(src, project).buildings[0]
    f = ifcopenshell.open(str(src))
    ctx = [c for c in f.by_type("IfcGeometricRepresentationContext") if not c.is_a("IfcGeometricRepresentationSubContext")][0]
    metre = f.create_entity("IfcSIUnit", UnitType="LENGTHUNIT", Name="METRE")
    crs = f.create_entity("IfcProjectedCRS", Name="EPSG:7415", MapUnit=metre)  # the model itself is in mm
    e, n = 85420.0, 446910.0
    f.create_entity("IfcMapConversion", SourceCRS=ctx, TargetCRS=crs, Eastings=e, Northings=n, OrthogonalHeight=0.0,
                    XAxisAbscissa=0.0, XAxisOrdinate=1.0, Scale=0.001)
    path = tmp_path / "house_georef.ifc"
    f.write(str(path))
    res = read_ifc(path, project)
    b = res.buildings[0]
    assert res.placement == "map_conversion"
    pb, bb = plain.footprint.bounds, b.footprint.bounds
    assert (bb[2] - bb[0], bb[3] - bb[1]) == pytest.approx((pb[3] - pb[1], pb[2] - pb[0]), abs=0.05)  # turned 90 deg
    c = b.footprint.centroid
    assert math.hypot(c.x + project.context.origin[0] - e, c.y + project.context.origin[1] - n) < 15
    assert b.height == pytest.approx(plain.height, abs=0.01)


def test_import_into_a_project_saves_the_mesh_and_reloads_it(tmp_path):
    folder = sample_copy(tmp_path)
    s = Session(city_loader=cached_city_loader)
    s.open(folder)
    res = s.import_ifc(shared_file("ifc-samples/IfcOpenHouse_IFC4.ifc"), "Submission")
    ids = [b.id for b in res.buildings]
    assert s.active_scheme.name == "Submission" and s.selection == set(ids)
    assert s.stack.labels() == ["Import IfcOpenHouse_IFC4.ifc"]  # one undo step
    s.undo()
    assert [sc.name for sc in s.project.schemes] == ["Towers", "Perimeter block", "Mid-rise slabs"]
    s.redo()
    s.set_active_scheme("Submission")
    before = s.active_scheme.buildings[ids[0]]
    s.save()
    p = load_project(folder, city_loader=cached_city_loader)
    after = p.scheme("Submission").buildings[ids[0]]
    assert after.mesh is not None and after.mesh.n_faces == before.mesh.n_faces
    assert np.allclose(after.mesh.vertices, before.mesh.vertices, atol=1e-3)
    assert after.attributes["gfa_m2"] == before.attributes["gfa_m2"] and after.floors == before.floors
    assert after.height == pytest.approx(before.height, abs=1e-3)
    meshes = list((folder / "schemes" / "meshes" / "submission").glob("*.ply"))
    assert len(meshes) == 1


def test_bad_ifc_files_are_input_errors(tmp_path, project):
    bad = tmp_path / "bad.ifc"
    bad.write_text("ISO-10303-21;\nthis is not IFC\n")
    with pytest.raises(InputError):
        read_ifc(bad, project)
    with pytest.raises(InputError, match="not found"):
        read_ifc(tmp_path / "missing.ifc", project)


def test_import_reports_progress_and_can_be_cancelled(project):
    from plannerapp.analysis.progress import Cancelled

    seen = []
    read_ifc(shared_file("ifc-samples/IfcOpenHouse_IFC4.ifc"), project, progress=lambda f, t: seen.append((f, t)))
    assert seen[0][0] == 0.0 and seen[-1] == (1.0, "IFC imported")
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:]))
    with pytest.raises(Cancelled):
        read_ifc(shared_file("ifc-samples/IfcOpenHouse_IFC4.ifc"), project, cancelled=lambda: True)


@pytest.mark.parametrize("name", ["AC20-FZK-Haus.ifc", "duplex.ifc"])
def test_an_ifc_file_cut_short_is_refused_naming_the_file(tmp_path, project, name):
    # ifcopenshell opens a truncated STEP file and silently drops the missing entities
    data = shared_file(f"ifc-samples/{name}").read_bytes()
    cut = tmp_path / f"cut-{name}"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    with pytest.raises(InputError, match="incomplete") as err:
        read_ifc(cut, project)
    assert cut.name in str(err.value)
    whole = tmp_path / name  # the same bytes, whole, still import
    whole.write_bytes(data)
    assert read_ifc(whole, project).buildings
