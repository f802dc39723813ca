"""Spacing: ``min_spacing_m``: smallest horizontal distance between a new building's footprint and any other building.

Other buildings are the scheme's and the kept context's; distances come from
an STRtree (:func:`plannerapp.rules.measures.nearest_other`), never a pairwise
loop.  The finding names the pair that sets the value.
"""

from __future__ import annotations

from dataclasses import replace

from plannerapp.i18n import QT_TRANSLATE_NOOP, translate
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding
from plannerapp.rules.perbuilding import building_rule

CODES = ("min_spacing_m",)


def check(ctx: RuleContext) -> list[Finding]:
    if "min_spacing_m" not in ctx.controls:
        return []
    ind = ctx.indicators
    limit = float(ctx.controls["min_spacing_m"])
    if ind.new_building_ids and ind.min_spacing_m is None:
        return [Finding("min_spacing_m", ctx.parcel.id, value=None, limit=limit, unit="m", passed=True,
                        message=translate("rules", "No other building stands anywhere near the new buildings."))]
    f = building_rule(
        ctx, "min_spacing_m", "spacing_m", float(ctx.controls["min_spacing_m"]), upper=False, unit="m",
        tol=ctx.profile.tol_distance_m,
        pass_text=QT_TRANSLATE_NOOP("rules", "New buildings keep at least {limit:.2f} m from other buildings; the closest, {name}, is {value:.2f} m away."),
        fail_text=QT_TRANSLATE_NOOP("rules", "{count} new building(s) stand closer than {limit:.2f} m to another building; {name} is {value:.2f} m away."),
    )
    if f.passed is None:
        return [f]
    pairs = {i: ind.per_building[i].get("nearest_id") for i in f.details["per_building"]}
    # name the pair: each shown building and its nearest neighbour
    ids = []
    for i in f.element_ids:
        if i not in ids:
            ids.append(i)
        j = pairs.get(i)
        if j and j not in ids:
            ids.append(j)
    details = dict(f.details, pairs={i: pairs[i] for i in f.element_ids})
    return [replace(f, element_ids=tuple(ids), element_names=ctx.names(ids), details=details)]
