"""Heights and bases of GeoJSON footprints, from the feature's properties (metres).

* height: the top **above the ground** (never an absolute elevation);
* ground: absolute z in the file's vertical datum (e.g. NAP);
* min_height (OSM / Overture, or Mapbox ``base_height``): bottom of a building
  part above the ground, which lifts the prism's base under the same top.

See :mod:`plannerapp.io.geojson` and ``docs/formats.md`` for the search order.
"""

from __future__ import annotations

import math

from plannerapp.i18n import translate
from plannerapp.model.building import DEFAULT_FLOOR_HEIGHT_M

HEIGHT_KEYS = ("height_m", "height", "measuredHeight", "Height")
#: absolute ground elevation of the building (m, the file's vertical datum): ours, 3D BAG 2023+, 3D BAG 2021
GROUND_KEYS = ("base_z", "b3_h_maaiveld", "h_maaiveld")
#: bottom of the building (part) above the ground (m): OSM ``min_height``, Mapbox/kepler ``base_height``
MIN_HEIGHT_KEYS = ("min_height", "base_height")
#: ground elevations outside this range (m) are taken as a broken attribute or wrong units
GROUND_RANGE_M = (-1000.0, 9000.0)
FLOOR_KEYS = ("floors", "Floor", "storeys")

def _number(v):
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v.strip().removesuffix("m").strip())
        except ValueError:
            return None
    return None


def height_of(props, height_attribute) -> tuple[float | None, int | None, str]:
    """(height m, floors, problem) from the properties."""
    floors = None
    for k in FLOOR_KEYS:
        n = _number(props.get(k))
        if n is not None and math.isfinite(n) and n > 0 and n.is_integer():
            floors = int(n)
            break
    if height_attribute:
        if height_attribute not in props:
            return None, floors, translate("io", "no {name!r} property").format(name=height_attribute)
        h = _number(props.get(height_attribute))
        if h is None:
            return None, floors, translate("io", "{name} {value!r} is not a number").format(
                name=height_attribute, value=props.get(height_attribute)
            )
        return h, floors, ""
    for k in HEIGHT_KEYS:
        if props.get(k) is not None:
            h = _number(props[k])
            if h is None:
                return None, floors, translate("io", "{name} {value!r} is not a number").format(name=k, value=props[k])
            return h, floors, ""
    if floors is not None:
        return floors * DEFAULT_FLOOR_HEIGHT_M, floors, ""
    return None, None, translate("io", "no height (looked for {heights} or floors {floors})").format(
        heights=", ".join(HEIGHT_KEYS), floors=", ".join(FLOOR_KEYS)
    )


def _elevation(props, key, low, high) -> tuple[float | None, str]:
    """(metres, problem) of property *key*; (None, "") when absent."""
    if props.get(key) is None:
        return None, ""
    v = _number(props[key])
    if v is None or not math.isfinite(v):
        return None, translate("io", "{name} {value!r} is not a number").format(name=key, value=props[key])
    if not low <= v <= high:
        return None, translate("io", "{name} {value:g} m is implausible (wrong units?)").format(name=key, value=v)
    return v, ""


def base_and_height(props, zmin, height, base_attribute) -> tuple[float | None, float, str]:
    """(ground + min_height, height above that base, problem) for one feature.

    Ground: the *base_attribute* property, else *zmin* (lowest z of the
    footprint's 3D positions), else the first of GROUND_KEYS, else 0.
    *height* is the top above the ground; a min_height lifts the base under it.
    """
    low, high = GROUND_RANGE_M
    if base_attribute:
        if base_attribute not in props:
            return None, height, translate("io", "no {name!r} property").format(name=base_attribute)
        ground, why = _elevation(props, base_attribute, low, high)
        if ground is None:
            return None, height, why or translate("io", "{name} {value!r} is not a number").format(
                name=base_attribute, value=None)
    elif zmin is not None:
        if not low <= zmin <= high:
            return None, height, translate("io", "footprint z {value:g} m is implausible (wrong units?)").format(value=zmin)
        ground = zmin
    else:
        ground = 0.0
        for k in GROUND_KEYS:
            g, why = _elevation(props, k, low, high)
            if why:
                return None, height, why
            if g is not None:
                ground = g
                break
    lift = 0.0
    for k in MIN_HEIGHT_KEYS:
        m, why = _elevation(props, k, 0.0, 1000.0)
        if why:
            return None, height, why
        if m is not None:
            lift = m
            break
    if lift >= height:
        return None, height, translate("io", "{name} {low:g} m is not below the height {high:g} m").format(
            name=k, low=lift, high=height)
    return ground + lift, height - lift, ""
