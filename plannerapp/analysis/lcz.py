"""Local Climate Zone (LCZ) of a site, parcel or tile (Stewart & Oke 2012).

Model
-----
Stewart, I.D. & Oke, T.R. (2012) Local Climate Zones for urban temperature
studies.  Bull. Amer. Meteor. Soc. 93(12):1879-1900,
doi:10.1175/BAMS-D-11-00019.1.  Seventeen classes (1-10 built, A-G land
cover) defined by value ranges of sky view factor, canyon aspect ratio,
building / impervious / pervious surface fractions and roughness-element
height (their Table 3, kept as data in ``heatdata/lcz_stewart_oke_2012.json``).

Properties measured here (:func:`lcz_properties`) over a polygon (local metres):

* building fraction: plan area of building footprints / polygon area (%);
* pervious fraction: plan area of the scheme's ground green areas
  (``GreenArea.on_roof`` false, outside footprints) / polygon area (%).
  The context model carries no land cover, so existing gardens and trees
  count as impervious: the value is a lower bound;
* impervious fraction: the rest (%);
* height: footprint-area-weighted mean building height (m) - Stewart & Oke
  use the geometric average of roughness elements, trees included;
* SVF: mean ground-level sky view factor of the ground points in the polygon;
* aspect ratio: H/W of the infinite canyon with that SVF
  (:func:`plannerapp.analysis.uhi.equivalent_aspect_ratio`).

Classification (:func:`classify_lcz`) is a plain nearest-class rule, not
part of Stewart & Oke's paper (they classify by expert judgement against
the ranges): for each class the distances by which the site lies OUTSIDE
each range are summed, scaled by 0.1 for SVF, 0.25 for aspect ratio, 10
percentage points for the fractions and a factor of 2 for height; the
smallest sum wins (0 = every property within the class's ranges; ties go
to the earlier class).  Zones that differ by function or cover type rather
than by these properties cannot be told apart: Heavy industry (10) lies
inside every range of Open low-rise (6), and D, F, G differ by cover type
(plants, soil, water).  Limits:
Stewart & Oke intend LCZs for areas of several hundred metres radius with
uniform cover; a single parcel or a small tile is only indicative.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from plannerapp.analysis.materials import DATA_DIR
from plannerapp.analysis.uhi import equivalent_aspect_ratio

LCZ_FILE = DATA_DIR / "lcz_stewart_oke_2012.json"
PROPERTIES = ("svf", "aspect_ratio", "building_fraction", "impervious_fraction", "pervious_fraction", "height_m")
#: out-of-range distance that counts as one unit, per property (height: a factor of 2, log scale)
SCALES = {"svf": 0.1, "aspect_ratio": 0.25, "building_fraction": 10.0, "impervious_fraction": 10.0,
          "pervious_fraction": 10.0, "height_m": None}

MODEL_TEXT = ("LCZ: Stewart & Oke (2012) Bull. Amer. Meteor. Soc. 93:1879-1900, Table 3 ranges; nearest class by summed "
              "scaled out-of-range distance (plannerapp rule); pervious = scheme ground greens only (lower bound)")


@dataclass(frozen=True)
class LczClass:
    code: str
    name: str
    ranges: dict  # property -> (lo | None, hi | None)


@lru_cache(maxsize=1)
def lcz_classes() -> tuple[LczClass, ...]:
    """The 17 classes of Stewart & Oke (2012) Table 3."""
    data = json.loads(LCZ_FILE.read_text(encoding="utf-8"))
    return tuple(LczClass(str(c["code"]), str(c["name"]), {p: tuple(c[p]) for p in PROPERTIES})
                 for c in data["classes"])


def _distance(prop: str, value: float, lo, hi) -> float:
    if value is None or not np.isfinite(value):
        return 0.0
    if prop == "height_m":
        v = max(value, 0.05)
        if lo is not None and v < lo:
            return float(np.log2(lo / v))
        if hi is not None and v > hi:
            return float(np.log2(v / max(hi, 0.05)))
        return 0.0
    s = SCALES[prop]
    if lo is not None and value < lo:
        return (lo - value) / s
    if hi is not None and value > hi:
        return (value - hi) / s
    return 0.0


def classify_lcz(props: dict) -> dict:
    """``{"code", "name", "distance", "ranking": [(code, name, distance), ...]}`` for *props*.

    props: any of ``PROPERTIES`` (fractions in %, height in m); missing ones are ignored.
    """
    scores = []
    for c in lcz_classes():
        d = sum(_distance(p, props.get(p), *c.ranges[p]) for p in PROPERTIES if props.get(p) is not None)
        scores.append((c.code, c.name, round(float(d), 4)))
    ranking = sorted(scores, key=lambda t: t[2])
    best = ranking[0]
    return {"code": best[0], "name": best[1], "distance": best[2], "ranking": ranking}


def _as_polygon(area) -> Polygon | MultiPolygon:
    if isinstance(area, (Polygon, MultiPolygon)):
        return area
    minx, miny, maxx, maxy = (float(v) for v in area)
    return shapely.box(minx, miny, maxx, maxy)


def lcz_properties(city, greens, area, *, svf_xy=None, svf=None) -> dict:
    """Surface-cover and geometry properties of *area* (polygon or bounds, local metres).

    city: buildings; greens: :class:`GreenArea` list (ground ones count as
    pervious, roof ones give ``green_roof_fraction``); svf_xy ``(n, 2)`` and
    svf ``(n,)``: ground points and their SVF (those inside *area* are averaged).
    Fractions in %, height in m, areas in m2.
    """
    poly = _as_polygon(area)
    total = float(poly.area)
    if total <= 0:
        raise ValueError("the LCZ area is empty")
    fps, heights = [], []
    for b in city.buildings:
        fp = b.footprint2d
        if fp is None or fp.is_empty or not fp.intersects(poly):
            continue
        part = fp.buffer(0).intersection(poly)
        if part.area > 0:
            fps.append(part)
            heights.append((part.area, max(b.top_z - b.base_z, 0.0)))
    built = shapely.union_all(fps) if fps else Polygon()
    built_area = float(built.area)
    ground_greens = [g.polygon.buffer(0) for g in greens if not g.on_roof]
    roof_greens = [g.polygon.buffer(0) for g in greens if g.on_roof]
    pervious = shapely.union_all(ground_greens).intersection(poly).difference(built) if ground_greens else Polygon()
    green_roof = shapely.union_all(roof_greens).intersection(poly).intersection(built) if roof_greens else Polygon()
    out = {
        "area_m2": total,
        "building_fraction": 100.0 * built_area / total,
        "pervious_fraction": 100.0 * float(pervious.area) / total,
        "height_m": (sum(a * h for a, h in heights) / sum(a for a, _ in heights)) if heights else 0.0,
        "roof_area_m2": built_area,
        "green_roof_area_m2": float(green_roof.area),
        "green_roof_fraction": float(green_roof.area) / built_area if built_area > 0 else 0.0,
    }
    out["impervious_fraction"] = max(0.0, 100.0 - out["building_fraction"] - out["pervious_fraction"])
    out["svf"] = None
    out["aspect_ratio"] = None
    if svf is not None and svf_xy is not None and len(svf):
        xy = np.asarray(svf_xy, dtype=np.float64).reshape(-1, 2)
        inside = shapely.contains_xy(poly, xy[:, 0], xy[:, 1])
        if inside.any():
            s = float(np.mean(np.asarray(svf)[inside]))
            out["svf"] = s
            out["aspect_ratio"] = float(equivalent_aspect_ratio(s))
    return out


def site_lcz(city, greens, area, *, svf_xy=None, svf=None) -> dict:
    """:func:`lcz_properties` of *area* plus its class (``lcz_code``, ``lcz_name``, ``lcz_distance``)."""
    props = lcz_properties(city, greens, area, svf_xy=svf_xy, svf=svf)
    c = classify_lcz(props)
    props.update(lcz_code=c["code"], lcz_name=c["name"], lcz_distance=c["distance"])
    return props


def tiles(area, size: float = 100.0) -> list[Polygon]:
    """Square tiles of *size* m covering *area* (clipped to it; empty ones dropped)."""
    poly = _as_polygon(area)
    minx, miny, maxx, maxy = poly.bounds
    out = []
    for x in np.arange(minx, maxx, size):
        for y in np.arange(miny, maxy, size):
            t = shapely.box(x, y, min(x + size, maxx), min(y + size, maxy)).intersection(poly)
            if t.area > 1.0:
                out.append(t)
    return out
