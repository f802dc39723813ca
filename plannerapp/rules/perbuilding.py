"""Shared logic of rules that hold for every new building of a parcel (height, setback, spacing)."""

from __future__ import annotations

from plannerapp.i18n import translate
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding, not_evaluated


def no_new_building(ctx: RuleContext, rule: str, limit, unit: str) -> Finding:
    return not_evaluated(rule, ctx.parcel.id, limit,
                         translate("rules", "The parcel has no new building to check."), unit=unit)


def building_rule(ctx: RuleContext, rule: str, key: str, limit: float, *, upper: bool, unit: str,
                  tol: float, pass_text: str, fail_text: str, extra=None) -> Finding:
    """One finding for ``per_building[id][key]`` of every new building against *limit*.

    *upper*: the value must not exceed the limit (else: must reach it).  The
    finding's value is the worst building's; ``element_ids`` are the failing
    buildings (worst first), or the worst one when all pass.  Texts get
    ``{value}``, ``{limit}``, ``{name}`` and ``{count}``.
    """
    ind = ctx.indicators
    ids = [i for i in ind.new_building_ids if ind.per_building[i].get(key) is not None]
    if not ids:
        return no_new_building(ctx, rule, limit, unit)
    values = {i: float(ind.per_building[i][key]) for i in ids}
    sign = 1.0 if upper else -1.0
    worst_first = sorted(ids, key=lambda i: -sign * values[i])
    margins = {i: sign * (limit - values[i]) for i in ids}
    failing = [i for i in worst_first if margins[i] < -tol]
    worst = worst_first[0]
    shown = tuple(failing) if failing else (worst,)
    names = ctx.names(shown)
    details = {"per_building": {i: {"value": values[i], "passed": margins[i] >= -tol} for i in worst_first}}
    if extra:
        details.update(extra)
    text = fail_text if failing else pass_text
    msg = translate("rules", text).format(value=values[worst], limit=limit, name=names[0], count=len(failing))
    return Finding(rule, ctx.parcel.id, value=values[worst], limit=limit, unit=unit, passed=not failing,
                   margin=margins[worst], element_ids=shown, element_names=names, message=msg, details=details)
