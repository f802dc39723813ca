"""Scheme diff: which buildings a scheme adds, removes or changes relative to another.

Compares the *built* cities (context - demolished + new buildings) of two
schemes, or of a scheme and the status quo (``None``), building by building
through stable ids.  Records carry before/after values so the GUI can list
and colour them and the CLI can print or dump them as JSON.

Units: metres (heights, distances, local frame), m2 (areas).
"""

from __future__ import annotations

from dataclasses import dataclass

from plannerapp.model.building import Building
from plannerapp.model.city import City
from plannerapp.model.scheme import Scheme

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
#: what a "changed" record may list, in this order
ASPECTS = ("footprint", "height", "floors", "use", "name")


@dataclass(frozen=True)
class DiffRecord:
    """One building that differs between side A and side B.

    ``status``: ``added`` (only in B), ``removed`` (only in A: demolished or
    deleted), ``changed`` (in both, with ``changes`` naming what differs).
    ``from_context``: the building belongs to the status quo (a demolition
    when removed).  ``moved_m``: centroid shift (m) for footprint changes.
    """

    building_id: str
    status: str
    name: str
    from_context: bool
    changes: tuple = ()
    height_before: float | None = None
    height_after: float | None = None
    area_before_m2: float | None = None
    area_after_m2: float | None = None
    use_before: str | None = None
    use_after: str | None = None
    floors_before: int | None = None
    floors_after: int | None = None
    moved_m: float = 0.0

    def to_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}


def _built(context: City, scheme: Scheme | None) -> dict[str, Building]:
    city = scheme.built_city(context) if scheme is not None else context
    return {b.id: b for b in city.buildings}


def _footprint_changed(a: Building, b: Building, tol: float) -> tuple[bool, float]:
    fa, fb = a.footprint2d, b.footprint2d
    if fa is fb:
        return False, 0.0
    if fa.is_empty or fb.is_empty:
        return fa.is_empty != fb.is_empty, 0.0
    moved = fa.centroid.distance(fb.centroid)
    if fa.hausdorff_distance(fb) > tol:
        return True, float(moved)
    return False, 0.0


def _side(b: Building | None, before: bool) -> dict:
    if b is None:
        return {}
    suffix = "before" if before else "after"
    return {f"height_{suffix}": float(b.height), f"area_{suffix}_m2": float(b.footprint2d.area),
            f"use_{suffix}": b.use, f"floors_{suffix}": b.floors}


def diff_schemes(context: City, a: Scheme | None, b: Scheme | None, *, tolerance_m: float = 0.01) -> list[DiffRecord]:
    """Buildings that differ from side *a* to side *b* (``None`` = the status quo).

    Order: removed (in A's order), then added and changed (in B's order).
    *tolerance_m*: footprint vertices and heights within this are equal.
    """
    ctx_ids = set(context.ids())
    left, right = _built(context, a), _built(context, b)
    out: list[DiffRecord] = []
    for bid, old in left.items():
        if bid not in right:
            out.append(DiffRecord(bid, REMOVED, old.display_name, bid in ctx_ids, **_side(old, True)))
    for bid, new in right.items():
        old = left.get(bid)
        if old is None:
            out.append(DiffRecord(bid, ADDED, new.display_name, bid in ctx_ids, **_side(new, False)))
            continue
        if old is new:
            continue
        changes = []
        fp, moved = _footprint_changed(old, new, tolerance_m)
        if fp:
            changes.append("footprint")
        if abs(old.height - new.height) > tolerance_m or abs(old.base_z - new.base_z) > tolerance_m:
            changes.append("height")
        if old.floors != new.floors:
            changes.append("floors")
        if old.use != new.use:
            changes.append("use")
        if old.name != new.name:
            changes.append("name")
        if changes:
            out.append(DiffRecord(bid, CHANGED, new.display_name, bid in ctx_ids, tuple(changes),
                                  moved_m=moved, **_side(old, True), **_side(new, False)))
    return out


def diff_summary(records: list[DiffRecord]) -> dict:
    """Counts per status and the net change of footprint area (m2)."""
    counts = {ADDED: 0, REMOVED: 0, CHANGED: 0}
    net_area = 0.0
    for r in records:
        counts[r.status] += 1
        net_area += (r.area_after_m2 or 0.0) - (r.area_before_m2 or 0.0)
    counts["net_footprint_m2"] = net_area
    return counts
