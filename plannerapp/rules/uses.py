"""Allowed uses: ``allowed_uses`` (list): every new building's ``use`` must be in it.

A new building with no use given fails: it cannot be shown to comply.
Comparison ignores case and surrounding spaces.
"""

from __future__ import annotations

from plannerapp.i18n import translate
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding
from plannerapp.rules.perbuilding import no_new_building

CODES = ("allowed_uses",)


def _norm(u: str) -> str:
    return (u or "").strip().lower()


def check(ctx: RuleContext) -> list[Finding]:
    if "allowed_uses" not in ctx.controls:
        return []
    allowed = [str(u) for u in ctx.controls["allowed_uses"]]
    ok = {_norm(u) for u in allowed}
    ind = ctx.indicators
    ids = ind.new_building_ids
    if not ids:
        return [no_new_building(ctx, "allowed_uses", allowed, "")]
    uses = {i: ind.per_building[i]["use"] for i in ids}
    failing = [i for i in ids if _norm(uses[i]) not in ok]
    found = sorted({uses[i] or "-" for i in ids})
    if failing:
        shown = tuple(failing)
        bad = sorted({uses[i] or "-" for i in failing})
        msg = translate("rules", "{count} new building(s) have a use that is not allowed here ({uses}); allowed: {allowed}.").format(
            count=len(failing), uses=", ".join(bad), allowed=", ".join(allowed))
    else:
        shown = ()
        msg = translate("rules", "Every new building has an allowed use ({uses}).").format(uses=", ".join(found))
    return [Finding("allowed_uses", ctx.parcel.id, value=found, limit=allowed, unit="", passed=not failing,
                    margin=None, element_ids=shown, element_names=ctx.names(shown), message=msg,
                    details={"per_building": {i: {"value": uses[i], "passed": i not in failing} for i in ids}})]
