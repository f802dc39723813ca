"""Height limit: ``max_height_m`` (m above the building's base, measured per the rule profile)."""

from __future__ import annotations

from plannerapp.i18n import QT_TRANSLATE_NOOP
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding
from plannerapp.rules.perbuilding import building_rule

CODES = ("max_height_m",)


def check(ctx: RuleContext) -> list[Finding]:
    if "max_height_m" not in ctx.controls:
        return []
    return [building_rule(
        ctx, "max_height_m", "height_m", float(ctx.controls["max_height_m"]), upper=True, unit="m",
        tol=ctx.profile.tol_distance_m,
        pass_text=QT_TRANSLATE_NOOP("rules", "The tallest new building, {name}, is {value:.2f} m high (limit {limit:.2f} m)."),
        fail_text=QT_TRANSLATE_NOOP("rules", "{count} new building(s) exceed the height limit of {limit:.2f} m; {name} is {value:.2f} m high."),
        extra={"measure": ctx.profile.height_measure},
    )]
