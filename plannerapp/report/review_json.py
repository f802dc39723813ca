"""The review as JSON (the shape documented in ``docs/review.md``).

Top level: ``project``, ``scheme``, ``passed`` (true when no evaluated check
failed), ``not_evaluated`` (checks with ``passed: null`` and their reason:
they never make a review pass silently), ``parcels`` with ``indicators`` and
``checks``, plus ``created`` (UTC ISO time), ``software``, ``profile``,
``parameters``, ``inputs`` (SHA-256 per input file) and
``outside_parcels``.
"""

from __future__ import annotations

import json
import math
import os

from plannerapp.io.atomic import write_text_atomic
from plannerapp.rules.finding import _jsonable


def _num(v):
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def review_to_dict(review, *, inputs: list[dict] | None = None) -> dict:
    """A JSON-ready dict of a :class:`plannerapp.rules.review.Review`."""
    parcels = []
    for pr in review.parcels:
        p = pr.parcel
        ind = {k: _num(v) for k, v in pr.indicators.to_dict().items()}
        parcels.append({
            "id": p.id,
            "name": p.name,
            "land_use": p.land_use,
            "area_m2": pr.indicators.area_m2,
            "passed": pr.passed,
            "buildings": list(pr.indicators.building_ids),
            "new_buildings": list(pr.indicators.new_building_ids),
            "indicators": ind,
            "checks": [f.to_dict() for f in pr.findings],
        })
    data = {
        "project": review.project_name,
        "scheme": review.scheme_id,
        "scheme_name": review.scheme_name,
        "passed": review.passed,
        "verdict_rule": "passed = no evaluated check failed; checks with passed null are listed in not_evaluated",
        "not_evaluated": [{"parcel": f.parcel_id, "rule": f.rule, "reason": f.reason} for f in review.not_evaluated],
        "n_checks": len(review.findings),
        "n_failed": len(review.failed),
        "created": review.created.isoformat(timespec="seconds"),
        "software": {"name": "plannerapp", "version": review.software_version},
        "profile": review.profile.name,
        "parameters": review.parameters(),
        "inputs": list(inputs or []),
        "outside_parcels": list(review.outside_parcels),
        "parcels": parcels,
    }
    return _jsonable(data)


def review_json_text(review, *, inputs: list[dict] | None = None) -> str:
    return json.dumps(review_to_dict(review, inputs=inputs), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_review_json(review, path: str | os.PathLike, *, inputs: list[dict] | None = None) -> None:
    """Write the review JSON atomically."""
    write_text_atomic(path, review_json_text(review, inputs=inputs))
