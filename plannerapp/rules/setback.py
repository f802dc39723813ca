"""Setback: ``setback_m``: every new footprint must stay this far inside its parcel's edge.

The measured value is the smallest signed distance from a footprint to the
parcel edge (negative: the footprint sticks out of the parcel).  Being inside
the parcel shrunk by ``setback_m`` (``parcel.buffer(-setback_m)``) is the
same test, evaluated exactly.
"""

from __future__ import annotations

from plannerapp.i18n import QT_TRANSLATE_NOOP
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding
from plannerapp.rules.perbuilding import building_rule

CODES = ("setback_m",)


def check(ctx: RuleContext) -> list[Finding]:
    if "setback_m" not in ctx.controls:
        return []
    return [building_rule(
        ctx, "setback_m", "setback_m", float(ctx.controls["setback_m"]), upper=False, unit="m",
        tol=ctx.profile.tol_distance_m,
        pass_text=QT_TRANSLATE_NOOP("rules", "Every new building keeps the {limit:.2f} m setback; the closest, {name}, is {value:.2f} m from the parcel edge."),
        fail_text=QT_TRANSLATE_NOOP("rules", "{count} new building(s) break the {limit:.2f} m setback; {name} is {value:.2f} m from the parcel edge."),
    )]
