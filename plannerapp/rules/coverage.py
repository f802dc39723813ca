"""Site coverage (union of footprints inside the parcel / parcel area): ``max_coverage`` (0-1)."""

from __future__ import annotations

from dataclasses import replace

from plannerapp.i18n import translate
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding, max_rule

CODES = ("max_coverage",)


def check(ctx: RuleContext) -> list[Finding]:
    if "max_coverage" not in ctx.controls:
        return []
    ind = ctx.indicators
    limit = float(ctx.controls["max_coverage"])
    ids = tuple(ind.building_ids)
    f = max_rule("max_coverage", ctx.parcel.id, ind.coverage, limit, tol=ctx.profile.tol_ratio,
                 element_ids=ids, element_names=ctx.names(ids), details={"footprint_m2": ind.footprint_m2})
    msg = (translate("rules", "Site coverage {value:.1%} is within the maximum {limit:.1%}.") if f.passed
           else translate("rules", "Site coverage {value:.1%} exceeds the maximum {limit:.1%}."))
    return [replace(f, message=msg.format(value=ind.coverage, limit=limit))]
