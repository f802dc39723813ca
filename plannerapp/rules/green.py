"""Green ratio (ground-level green inside the parcel, not under buildings / parcel area): ``min_green_ratio``.

Green roofs never count here; their area is reported as ``green_roof_m2``.
"""

from __future__ import annotations

from dataclasses import replace

from plannerapp.i18n import translate
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding, min_rule

CODES = ("min_green_ratio",)


def check(ctx: RuleContext) -> list[Finding]:
    if "min_green_ratio" not in ctx.controls:
        return []
    ind = ctx.indicators
    limit = float(ctx.controls["min_green_ratio"])
    f = min_rule("min_green_ratio", ctx.parcel.id, ind.green_ratio, limit, tol=ctx.profile.tol_ratio,
                 details={"green_m2": ind.green_m2, "green_roof_m2": ind.green_roof_m2})
    msg = (translate("rules", "Green ratio {value:.1%} reaches the minimum {limit:.1%}.") if f.passed
           else translate("rules", "Green ratio {value:.1%} is below the minimum {limit:.1%}."))
    return [replace(f, message=msg.format(value=ind.green_ratio, limit=limit))]
