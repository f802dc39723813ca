"""Sunlight rules from a parcel's ``sunlight`` control.

Two tests (GB 50180-2018 art. 4.0.9; BRE BR 209 for the ``BRE`` standard):

* ``sunlight``: the windows of the scheme's new buildings whose use is in
  ``applies_to`` get at least ``min_hours`` of sun on ``day`` between
  ``start`` and ``end``.
* ``sunlight_neighbours``: windows of existing sensitive context buildings
  (profile ``sunlight.sensitive_uses``) within the scheme's shadow range are
  evaluated for the status quo and with the scheme.  ``no_worse`` (GB 50180):
  a window that complied must still comply, one that did not may lose no
  sunlight; ``ratio`` (BRE): after >= ratio x before (0.8).

Both need the solar engine (``plannerapp.analysis.sunhours``).  While it is
not available, the rules are reported as not evaluated (``passed=None``
with the reason), never as passed.
"""

from __future__ import annotations

import importlib

from plannerapp.i18n import translate
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding, not_evaluated

CODES = ("sunlight", "sunlight_neighbours")


def engine():
    """The solar engine module, or ``None`` while it is not installed."""
    try:
        return importlib.import_module("plannerapp.analysis.sunhours")
    except ImportError:
        return None


def check(ctx: RuleContext) -> list[Finding]:
    if "sunlight" not in ctx.controls:
        return []
    spec = dict(ctx.controls["sunlight"])
    limit = spec.get("min_hours")
    reason = None
    if engine() is None:
        reason = translate("rules", "Not evaluated: the sunlight-hours engine is not available in this version.")
    elif ctx.project.site is None and not ctx.site.buildings:
        reason = translate("rules", "Not evaluated: the project gives no site location.")
    if reason is None:
        reason = translate("rules", "Not evaluated: the sunlight-hours engine is not wired to the review yet.")
    return [not_evaluated("sunlight", ctx.parcel.id, limit, reason, unit="h", details={"spec": spec}),
            not_evaluated("sunlight_neighbours", ctx.parcel.id, limit, reason, unit="h", details={"spec": spec})]
