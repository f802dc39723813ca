"""Gross floor area cap: ``max_gfa_m2`` (m2, counted per the rule profile)."""

from __future__ import annotations

from dataclasses import replace

from plannerapp.i18n import translate
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding, max_rule

CODES = ("max_gfa_m2",)


def check(ctx: RuleContext) -> list[Finding]:
    if "max_gfa_m2" not in ctx.controls:
        return []
    ind = ctx.indicators
    limit = float(ctx.controls["max_gfa_m2"])
    ids = tuple(ind.building_ids)
    per = {i: ind.per_building[i]["gfa_m2"] for i in ids}
    f = max_rule("max_gfa_m2", ctx.parcel.id, ind.gfa_m2, limit, unit="m2", tol=ctx.profile.tol_area_m2,
                 element_ids=ids, element_names=ctx.names(ids), details={"per_building_gfa_m2": per})
    msg = (translate("rules", "Gross floor area {value:,.1f} m2 is within the maximum {limit:,.1f} m2.") if f.passed
           else translate("rules", "Gross floor area {value:,.1f} m2 exceeds the maximum {limit:,.1f} m2."))
    return [replace(f, message=msg.format(value=ind.gfa_m2, limit=limit))]
