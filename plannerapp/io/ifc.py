"""IFC design submissions (IFC2X3, IFC4) -> scheme buildings, with ifcopenshell.

Each ``IfcBuilding`` becomes one :class:`Building`:

* ``mesh``: its elements tessellated by ``ifcopenshell.geom`` in world
  coordinates of the IFC file (metres: ifcopenshell converts length units,
  so millimetre files such as IfcOpenHouse come out right), then placed in
  the project CRS and made local (world - ``City.origin``).  Spaces,
  openings, the site, furniture and footings are left out.
* ``footprint``: ground projection of the mesh; ``base_z``: the IFC ±0.00
  level placed in the project; ``height``: top of the mesh above it (m).
* ``floors``: above-ground storeys holding spaces (storeys whose spaces sum
  to under 30 % of the largest storey, e.g. a roof-access room, are not
  counted); without spaces, above-ground storeys holding elements lower
  than 2 m below the top.  ``floor_height``: median storey spacing.
* ``attributes["gfa_m2"]``: gross floor area of above-ground spaces
  (``GrossFloorArea``, else ``NetFloorArea``/``Area`` quantities, else the
  space's ground projection), else of floor slabs, else footprint x floors;
  ``gfa_source`` says which.

Placement, in order: ``IfcMapConversion`` (IFC4; offsets, rotation, scale,
target CRS reprojected to the project CRS); the ``IfcSite`` reference
latitude/longitude with the model's true north; else the footprint centre
is put at the site centre (parcels' centre, else the project site, else the
context's centre) for the user to move/rotate.  A georeference that lands
more than :data:`MAX_GEOREF_DISTANCE_M` from the project's context is taken
as a template default and ignored (with a warning).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from plannerapp.errors import InputError
from plannerapp.geometry.crs import from_lonlat, meridian_convergence, to_lonlat
from plannerapp.geometry.footprint import ground_projection
from plannerapp.geometry.mesh import Mesh
from plannerapp.i18n import translate
from plannerapp.model.building import Building
from plannerapp.model.project import Project

SCHEMAS = ("IFC2X3", "IFC4", "IFC4X3", "IFC4X3_ADD2")
SKIP_TYPES = ("IfcSpace", "IfcOpeningElement", "IfcSite", "IfcFurnishingElement", "IfcVirtualElement",
              "IfcAnnotation", "IfcGrid", "IfcFooting", "IfcPile", "IfcGeographicElement")
MAX_GEOREF_DISTANCE_M = 5000.0


@dataclass
class IfcImport:
    buildings: list[Building]
    warnings: list[str] = field(default_factory=list)
    placement: str = ""  # "map_conversion" | "site_latlon" | "site_centre"


def _latlon(compound) -> float | None:
    if not compound:
        return None
    parts = list(compound) + [0] * (4 - len(compound))
    d, m, s, ms = (float(x) for x in parts[:4])
    sign = -1.0 if min(d, m, s, ms) < 0 else 1.0
    return sign * (abs(d) + abs(m) / 60 + abs(s) / 3600 + abs(ms) / 3.6e9)


def _building_of(el, ue):
    seen = 0
    cur = ue.get_container(el) or ue.get_aggregate(el)
    while cur is not None and seen < 20:
        if cur.is_a("IfcBuilding"):
            return cur
        cur = ue.get_aggregate(cur) or ue.get_container(cur)
        seen += 1
    return None


def _space_area(space, ue, area_scale) -> float | None:
    psets = ue.get_psets(space)
    for qname in ("GrossFloorArea", "NetFloorArea"):
        for p in psets.values():
            v = p.get(qname)
            if isinstance(v, (int, float)) and v > 0:
                return float(v) * area_scale
    for p in psets.values():
        for key in ("Area", "GSA BIM Area"):
            v = p.get(key)
            if isinstance(v, (int, float)) and v > 0:
                return float(v) * area_scale
    return None


def _by_type(f, t):
    try:
        return f.by_type(t)
    except RuntimeError:  # entity unknown in this schema
        return []


def _tessellate(f, progress=None):
    """``[(element, vertices (n, 3) m, faces (m, 3))]``; *progress* is a :class:`Reporter` (may raise Cancelled)."""
    import ifcopenshell.geom

    st = ifcopenshell.geom.settings()
    st.set("use-world-coords", True)
    st.set("disable-opening-subtractions", True)  # massing only: openings cost most of the time
    skip = [e for t in SKIP_TYPES if t != "IfcSpace" for e in _by_type(f, t)]
    threads = max(1, min(2, os.cpu_count() or 1))
    it = ifcopenshell.geom.iterator(st, f, threads, exclude=skip) if skip else ifcopenshell.geom.iterator(st, f, threads)
    shapes = []
    if not it.initialize():
        return shapes
    while True:
        sh = it.get()
        v = np.asarray(sh.geometry.verts, dtype=np.float64).reshape(-1, 3)
        fa = np.asarray(sh.geometry.faces, dtype=np.int64).reshape(-1, 3)
        if len(fa):
            shapes.append((f.by_id(sh.id), v, fa))
        if progress is not None:
            progress(min(0.9, 0.05 + 0.85 * it.progress() / 100.0))
        if not it.next():
            break
    return shapes


def _anchor(project: Project) -> np.ndarray:
    """Site centre, local metres: parcels' centre, else the explicit site, else the context centre."""
    if project.controls.parcels:
        from shapely import union_all

        c = union_all([p.polygon for p in project.controls.parcels]).centroid
        return np.array([c.x, c.y])
    crs = project.crs or project.context.crs
    if project.site is not None and not project.site_derived and crs:
        x, y = from_lonlat(crs, project.site.longitude, project.site.latitude)
        return np.array([x, y]) - project.context.origin[:2]
    b = project.context.bounds_local()
    return 0.5 * (b[:2] + b[3:5]) if np.isfinite(b).all() else np.zeros(2)


def _ground_z(project: Project, xy_local) -> float:
    near = [b.base_z for b in project.context.buildings
            if not b.footprint2d.is_empty and b.footprint2d.centroid.distance(_pt(xy_local)) < 150]
    return float(np.median(near)) if near else 0.0


def _pt(xy):
    from shapely.geometry import Point

    return Point(float(xy[0]), float(xy[1]))


def _rot(xy, angle_deg):
    a = math.radians(angle_deg)
    c, s = math.cos(a), math.sin(a)
    return np.column_stack([c * xy[:, 0] - s * xy[:, 1], s * xy[:, 0] + c * xy[:, 1]])


def _check_step_complete(path: Path) -> None:
    """A STEP (ISO 10303-21) IFC file must end with ``END-ISO-10303-21;``.

    ifcopenshell opens a file cut short (an interrupted download or copy) and
    silently drops what is missing, so an import would lose buildings or
    storeys without a word.  IFC-ZIP and ifcXML files are left to ifcopenshell.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
            if not head.upper().startswith(b"ISO-10303-21;"):
                return
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 4096))
            tail = fh.read()
    except OSError as exc:
        raise InputError(path, translate("io", "cannot read the file ({error})").format(error=exc.strerror or exc)) from None
    if b"END-ISO-10303-21;" not in tail.upper():
        raise InputError(path, translate(
            "io", "the IFC file is incomplete: it does not end with END-ISO-10303-21; (cut short while downloading or copying?)"))


def read_ifc(path, project: Project, *, progress=None, cancelled=None) -> IfcImport:
    """Read an IFC file as buildings placed in *project* (local metres); see module docstring.

    ``progress(fraction, text)`` and ``cancelled() -> bool`` as for every long task
    (:mod:`plannerapp.analysis.progress`); a cancel raises ``Cancelled``.
    """
    from plannerapp.analysis.progress import Reporter

    import ifcopenshell
    import ifcopenshell.util.element as ue
    import ifcopenshell.util.unit as uu

    path = Path(path)
    if not path.is_file():
        raise InputError(path, translate("io", "file not found"))
    _check_step_complete(path)
    try:
        f = ifcopenshell.open(str(path))
    except Exception as exc:  # noqa: BLE001 - ifcopenshell raises its own and RuntimeError
        raise InputError(path, translate("io", "not a readable IFC file ({error})").format(error=exc)) from None
    if f.schema not in SCHEMAS:
        raise InputError(path, translate("io", "IFC schema {schema} is not supported (IFC2X3, IFC4)").format(schema=f.schema))
    warnings: list[str] = []
    length_scale = uu.calculate_unit_scale(f)
    area_scale = uu.calculate_unit_scale(f, "AREAUNIT")
    crs = project.crs or project.context.crs
    origin = project.context.origin
    ifc_buildings = f.by_type("IfcBuilding")
    if not ifc_buildings:
        raise InputError(path, translate("io", "the file has no IfcBuilding"))

    report = Reporter(progress, cancelled, translate("io", "Tessellating IFC"))
    report(0.0, force=True)
    shapes = _tessellate(f, report)
    per_b: dict[int, list] = {b.id(): [] for b in ifc_buildings}
    spaces: dict[int, list] = {b.id(): [] for b in ifc_buildings}
    slabs: dict[int, list] = {b.id(): [] for b in ifc_buildings}
    for el, v, fa in shapes:
        b = _building_of(el, ue)
        if b is None:
            if len(ifc_buildings) != 1:
                continue
            b = ifc_buildings[0]
        if el.is_a("IfcSpace"):
            spaces[b.id()].append((el, v, fa))
        elif not any(el.is_a(t) for t in SKIP_TYPES):
            per_b[b.id()].append((v, fa))
            if el.is_a("IfcSlab") and (ue.get_predefined_type(el) or "") in ("FLOOR", "BASESLAB", "NOTDEFINED", ""):
                slabs[b.id()].append((el, v, fa))

    # placement: model (metres) -> project world
    placement, transform = _placement(f, path, project, crs, warnings, length_scale)
    out = []
    all_xy = []
    for ib in ifc_buildings:
        parts = per_b[ib.id()]
        if not parts:
            warnings.append(translate("io", "building {name} has no geometry; skipped").format(name=ib.Name or ib.GlobalId))
            continue
        offs = np.cumsum([0] + [len(v) for v, _ in parts[:-1]])
        v = np.concatenate([v for v, _ in parts])
        fa = np.concatenate([fa + o for (_, fa), o in zip(parts, offs)])
        all_xy.append(v[:, :2])
        out.append((ib, v, fa))
    if not out:
        raise InputError(path, translate("io", "no building geometry could be tessellated"))
    if transform is None:  # site centre: put the footprint centre of all buildings at the anchor
        xy = np.concatenate(all_xy)
        c = 0.5 * (xy.min(axis=0) + xy.max(axis=0))
        anchor = _anchor(project)
        gz = _ground_z(project, anchor)

        def transform(pts, c=c, anchor=anchor, gz=gz):
            q = pts.copy()
            q[:, :2] = q[:, :2] - c + anchor + origin[:2]
            q[:, 2] = q[:, 2] + gz + origin[2]
            return q

    buildings = []
    for ib, v, fa in out:
        world = transform(v)
        local = world - origin
        mesh = Mesh(local, fa, np.zeros(0, np.uint8))
        base_z = float(transform(np.zeros((1, 3)))[0, 2] - origin[2])
        top = float(local[:, 2].max())
        height = max(0.1, top - base_z)
        storeys = [s for s in f.by_type("IfcBuildingStorey") if _building_of(s, ue) in (ib, None)] or f.by_type("IfcBuildingStorey")
        floors, fh, storey_names, counted = _floors(storeys, spaces[ib.id()], ue, length_scale, area_scale, height)
        footprint = ground_projection(mesh).simplify(0.01)
        gfa, src = _gfa(spaces[ib.id()], slabs[ib.id()], ue, area_scale, footprint.area, floors, counted)
        name = ib.Name or ib.LongName or path.stem
        bid = "ifc-" + "".join(ch if ch.isalnum() else "_" for ch in ib.GlobalId)
        attrs = {"gfa_m2": round(gfa, 2), "gfa_source": src, "ifc_file": path.name, "ifc_schema": f.schema,
                 "ifc_global_id": ib.GlobalId, "placement": placement, "storeys": storey_names}
        buildings.append(Building(bid, footprint, height, base_z=base_z, floors=floors, floor_height=fh,
                                  name=str(name), attributes=attrs, source=f"ifc:{path.name}", mesh=mesh))
    report(1.0, translate("io", "IFC imported"))
    return IfcImport(buildings, warnings, placement)


def _placement(f, path, project, crs, warnings, length_scale):
    """``(kind, fn)``: fn maps IFC model points (metres) to project world points, ``None`` = site centre."""
    import ifcopenshell.util.unit as uu

    origin = project.context.origin
    centre_local = _anchor(project)
    centre_world = centre_local + origin[:2]
    try:
        convs = f.by_type("IfcMapConversion")
    except RuntimeError:  # IFC2X3 has no such entity
        convs = []
    if convs and crs:
        mc = convs[0]
        target = getattr(mc.TargetCRS, "Name", None) or crs
        xa = 1.0 if mc.XAxisAbscissa is None else float(mc.XAxisAbscissa)
        xo = 0.0 if mc.XAxisOrdinate is None else float(mc.XAxisOrdinate)
        ang = math.degrees(math.atan2(xo, xa))
        # IFC4: map = Scale * R * (model units) + (E, N), in the map unit (default: the project length unit);
        # ifcopenshell already gives metres, so model units = metres / length_scale.
        map_unit = getattr(mc.TargetCRS, "MapUnit", None)
        to_m = uu.get_named_unit_scale(map_unit) if map_unit is not None else length_scale
        k = to_m * (mc.Scale if mc.Scale else 1.0) / length_scale
        e0, n0, h0 = (float(v) * to_m for v in (mc.Eastings, mc.Northings, mc.OrthogonalHeight or 0.0))

        def fn(pts, ang=ang, k=k, e0=e0, n0=n0, h0=h0, target=target):
            q = pts.copy()
            q[:, :2] = _rot(pts[:, :2] * k, ang) + [e0, n0]
            q[:, 2] = pts[:, 2] * k + h0
            if target.upper().replace(" ", "") != crs.upper():
                lon, lat = to_lonlat(target, q[:, 0], q[:, 1])
                q[:, 0], q[:, 1] = from_lonlat(crs, lon, lat)
            return q

        try:
            here = fn(np.zeros((1, 3)))[0, :2]
            dist = float(np.hypot(*(here - centre_world)))
        except InputError:
            dist = math.inf
        if dist <= MAX_GEOREF_DISTANCE_M * 10:
            return "map_conversion", fn
        warnings.append(translate("io", "IfcMapConversion places the model {km} km from the site; placed at the site centre instead").format(
            km=f"{dist / 1000:.0f}"))
    sites = f.by_type("IfcSite")
    if sites and crs:
        lat, lon = _latlon(sites[0].RefLatitude), _latlon(sites[0].RefLongitude)
        if lat is not None and lon is not None:
            x, y = from_lonlat(crs, lon, lat)
            dist = float(np.hypot(x - centre_world[0], y - centre_world[1]))
            if dist <= MAX_GEOREF_DISTANCE_M:
                tn = _true_north(f)
                conv = meridian_convergence(crs, lon, lat)
                ang = (90.0 + conv) - math.degrees(math.atan2(tn[1], tn[0]))
                gz = _ground_z(project, np.array([x, y]) - origin[:2]) + origin[2]

                def fn(pts, x=x, y=y, ang=ang, gz=gz):
                    q = pts.copy()
                    q[:, :2] = _rot(pts[:, :2], ang) + [x, y]
                    q[:, 2] = pts[:, 2] + gz
                    return q

                return "site_latlon", fn
            warnings.append(translate(
                "io", "IfcSite latitude/longitude ({lat:.4f}, {lon:.4f}) is {km} km from the site; placed at the site centre for you to move").format(
                lat=lat, lon=lon, km=f"{dist / 1000:.0f}"))
    return "site_centre", None


def _true_north(f) -> tuple[float, float]:
    for c in f.by_type("IfcGeometricRepresentationContext"):
        if c.is_a("IfcGeometricRepresentationSubContext"):
            continue
        tn = getattr(c, "TrueNorth", None)
        if tn is not None and tn.DirectionRatios and len(tn.DirectionRatios) >= 2:
            return float(tn.DirectionRatios[0]), float(tn.DirectionRatios[1])
    return 0.0, 1.0


def _floors(storeys, spaces, ue, length_scale, area_scale, height):
    """(floors, floor height m, storey names) of one building; see module docstring."""
    elev = {s.id(): float(s.Elevation or 0.0) * length_scale for s in storeys}
    above = [s for s in storeys if elev[s.id()] >= -0.5 and elev[s.id()] < height - 0.5]
    names = [s.Name or "" for s in sorted(above, key=lambda s: elev[s.id()])]
    if spaces:
        area: dict[int, float] = {}
        for sp, v, fa in spaces:
            st = ue.get_container(sp) or ue.get_aggregate(sp)
            if st is None:
                continue
            a = _space_area(sp, ue, area_scale) or float(ground_projection(Mesh(v, fa, np.zeros(0, np.uint8))).area)
            area[st.id()] = area.get(st.id(), 0.0) + a
        best = max(area.values(), default=0.0)
        counted = [s for s in above if area.get(s.id(), 0.0) >= 0.3 * best and best > 0
                   and elev[s.id()] < height - 2.0]
    else:
        counted = [s for s in above if elev[s.id()] < height - 2.0]
    floors = max(1, len(counted))
    levels = sorted(elev[s.id()] for s in counted)
    gaps = np.diff(levels)
    fh = float(np.median(gaps)) if len(gaps) else height / floors
    if not (2.0 <= fh <= 8.0):
        fh = height / floors if height / floors > 0 else 3.0
    return floors, round(fh, 3), names, {s.id() for s in counted}


def _gfa(spaces, slabs, ue, area_scale, footprint_area, floors, counted):
    """(gross floor area m2, source) from spaces on counted storeys, else floor slabs, else footprint x floors."""
    if spaces:
        total = 0.0
        for sp, v, fa in spaces:
            st = ue.get_container(sp) or ue.get_aggregate(sp)
            if (st is not None and st.id() not in counted) or (st is None and v[:, 2].max() <= 0.0):
                continue
            a = _space_area(sp, ue, area_scale)
            total += a if a is not None else float(ground_projection(Mesh(v, fa, np.zeros(0, np.uint8))).area)
        if total > 0:
            return total, "IfcSpace"
    if slabs:
        total = sum(float(ground_projection(Mesh(v, fa, np.zeros(0, np.uint8))).area)
                    for _el, v, fa in slabs if v[:, 2].min() >= -0.5)
        if total > 0:
            return total, "IfcSlab"
    return footprint_area * floors, "footprint x floors"


def import_ifc_buildings(path, project: Project, *, progress=None, cancelled=None) -> tuple[list[Building], list[str]]:
    """Convenience: ``(buildings, warnings)``."""
    res = read_ifc(path, project, progress=progress, cancelled=cancelled)
    return res.buildings, res.warnings
