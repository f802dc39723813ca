"""Plot ratio (FAR = counted GFA / parcel area): ``max_far`` and ``min_far``."""

from __future__ import annotations

from dataclasses import replace

from plannerapp.i18n import translate
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding, max_rule, min_rule

CODES = ("max_far", "min_far")


def check(ctx: RuleContext) -> list[Finding]:
    ind, pid, tol = ctx.indicators, ctx.parcel.id, ctx.profile.tol_ratio
    ids = tuple(ind.building_ids)
    out = []
    if "max_far" in ctx.controls:
        limit = float(ctx.controls["max_far"])
        f = max_rule("max_far", pid, ind.far, limit, tol=tol, element_ids=ids, element_names=ctx.names(ids))
        msg = (translate("rules", "Plot ratio {value:.3f} is within the maximum {limit:.3f}.") if f.passed
               else translate("rules", "Plot ratio {value:.3f} exceeds the maximum {limit:.3f}."))
        out.append(replace(f, message=msg.format(value=ind.far, limit=limit)))
    if "min_far" in ctx.controls:
        limit = float(ctx.controls["min_far"])
        f = min_rule("min_far", pid, ind.far, limit, tol=tol, element_ids=ids, element_names=ctx.names(ids))
        msg = (translate("rules", "Plot ratio {value:.3f} reaches the minimum {limit:.3f}.") if f.passed
               else translate("rules", "Plot ratio {value:.3f} is below the minimum {limit:.3f}."))
        out.append(replace(f, message=msg.format(value=ind.far, limit=limit)))
    return out
