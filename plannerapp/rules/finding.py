"""The :class:`Finding` record: one rule checked on one parcel.

Tables, 3D highlighting (GUI review panel) and the JSON/HTML reports all read
the same records.  ``passed`` is ``True`` / ``False`` when the rule was
evaluated and ``None`` when it could not be (``reason`` says why); a ``None``
never counts as a pass.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Finding:
    """The result of one rule on one parcel.

    Attributes
    ----------
    rule: rule code, the control key it checks (``max_far``, ``setback_m``,
        ``sunlight``, ``sunlight_neighbours`` ...); titles in :mod:`plannerapp.rules.titles`.
    parcel_id: the parcel's stable id.
    element_ids: ids of the buildings concerned: the violating ones when the
        rule fails, else the building that sets the value (worst case), in
        order.  Empty for parcel totals that involve no single building.
    element_names: display names, same order as ``element_ids``.
    value: measured value (``None`` when not evaluated or not applicable).
    limit: the control value (number, or a list for ``allowed_uses``).
    unit: ``""`` (ratios), ``"m"``, ``"m2"``, ``"h"``.
    passed: ``True`` / ``False`` / ``None`` (not evaluated).
    margin: room left before the limit, in ``unit``: ``limit - value`` for
        maximum rules, ``value - limit`` for minimum rules; negative = fails by.
    message: one translated sentence for people.
    reason: why the rule was not evaluated (``passed is None``), translated.
    details: rule-specific extras (per-building values, per-window tables).
    """

    rule: str
    parcel_id: str
    value: Any = None
    limit: Any = None
    unit: str = ""
    passed: bool | None = None
    margin: float | None = None
    element_ids: tuple[str, ...] = ()
    element_names: tuple[str, ...] = ()
    message: str = ""
    reason: str = ""
    details: dict = field(default_factory=dict)

    @property
    def evaluated(self) -> bool:
        return self.passed is not None

    def to_dict(self) -> dict:
        """A JSON-ready dict (the report's ``checks`` entry)."""
        out = {
            "rule": self.rule,
            "limit": _json_number(self.limit),
            "value": _json_number(self.value),
            "passed": self.passed,
            "buildings": list(self.element_ids),
            "building_names": list(self.element_names),
            "unit": self.unit,
            "margin": _json_number(self.margin),
            "message": self.message,
        }
        if self.passed is None:
            out["reason"] = self.reason
        if self.details:
            out["details"] = _jsonable(self.details)
        return out


def _json_number(v):
    if isinstance(v, float):
        if not math.isfinite(v):
            return None
        return float(f"{v:.12g}")  # 12 significant digits: no float noise, small values kept
    if isinstance(v, (list, tuple)):
        return [_json_number(x) for x in v]
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):  # numpy scalar
        return _json_number(v.item())
    return v


def _jsonable(obj):
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    return _json_number(obj)


def max_rule(rule: str, parcel_id: str, value: float, limit: float, unit: str = "", tol: float = 1e-9, **kw) -> Finding:
    """A finding for an upper limit: passes when ``value <= limit`` (within *tol*)."""
    margin = float(limit) - float(value)
    return Finding(rule, parcel_id, value=float(value), limit=float(limit), unit=unit,
                   passed=bool(margin >= -tol), margin=margin, **kw)


def min_rule(rule: str, parcel_id: str, value: float, limit: float, unit: str = "", tol: float = 1e-9, **kw) -> Finding:
    """A finding for a lower limit: passes when ``value >= limit`` (within *tol*)."""
    margin = float(value) - float(limit)
    return Finding(rule, parcel_id, value=float(value), limit=float(limit), unit=unit,
                   passed=bool(margin >= -tol), margin=margin, **kw)


def not_evaluated(rule: str, parcel_id: str, limit, reason: str, unit: str = "", **kw) -> Finding:
    """A finding for a rule that could not be evaluated (``passed=None``)."""
    return Finding(rule, parcel_id, value=None, limit=limit, unit=unit, passed=None, reason=reason,
                   message=reason, **kw)
