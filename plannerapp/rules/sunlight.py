"""Sunlight rules from a parcel's ``sunlight`` control.

Two tests (GB 50180-2018 art. 4.0.9; BRE BR 209 for the ``BRE`` standard):

* ``sunlight``: every sun-facing window (sill receptor, lowest storey by
  default) of the scheme's new buildings in the parcel whose use is in
  ``applies_to`` gets at least ``min_hours`` of sun on ``day`` between
  ``start`` and ``end``.  A window is sun-facing when it would get
  ``min_hours`` with nothing around it; windows facing away from the sun
  (north walls) are listed but not tested, and a building with no
  sun-facing window at all fails (no dwelling could meet the standard).
* ``sunlight_neighbours``: windows of existing context buildings whose use is
  sensitive (``applies_to`` plus the profile's ``sunlight.sensitive_uses``,
  and unknown uses unless the profile sets ``unknown_use_sensitive`` false)
  and that stand within the shadow range of the parcel's new buildings
  (``max(shadow_range_min_m, shadow_range_factor x tallest new height)``) are
  evaluated for the status quo and with the scheme.  ``no_worse`` (GB 50180):
  a window that complied must still comply and one that did not may lose no
  sunlight; ``ratio`` (BRE): a window below the standard after the scheme
  must keep at least ``ratio`` (0.8) x its former hours.  Under GB 50180 a
  neighbour whose use has a preset in the profile's ``neighbour_presets``
  (kindergarten: winter solstice 3 h; school, hospital ward, elderly: 2 h;
  GB 50352 / GB 50180) is judged by that preset, each window on its own.  The new buildings
  that take a window's lost sun are found by re-casting the lost intervals
  against each new building alone (``blocked_by`` per window).

Both need the solar engine (``plannerapp.analysis.sunhours``); without it,
or without a site location, they are reported as not evaluated
(``passed=None`` and the reason), never as passed.  Per-window before/after
tables are in ``Finding.details["windows"]``.
"""

from __future__ import annotations

import importlib

import numpy as np

from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding, not_evaluated

CODES = ("sunlight", "sunlight_neighbours")
_EPS_H = 1e-9


def engine():
    """The solar engine module, or ``None`` while it is not installed."""
    try:
        return importlib.import_module("plannerapp.analysis.sunhours")
    except ImportError:
        return None


def _norm(u: str) -> str:
    return (u or "").strip().lower()


def check(ctx: RuleContext) -> list[Finding]:
    if "sunlight" not in ctx.controls:
        return []
    spec = dict(ctx.controls["sunlight"])
    limit = spec.get("min_hours")
    reason = None
    if engine() is None:
        reason = translate("rules", "Not evaluated: the sunlight-hours engine is not available in this version.")
    else:
        from plannerapp.rules.sunlight_run import SunlightRuns, sun_setup

        try:
            runs = ctx.shared.get("sunlight_runs")
            if runs is None:
                runs = ctx.shared["sunlight_runs"] = SunlightRuns(ctx.project, ctx.site, ctx.shared.get("cancelled"),
                                                                  shared=ctx.shared)
            setup = sun_setup(spec, ctx.profile)
            setup_site = runs.site()
        except InputError as exc:
            reason = translate("rules", "Not evaluated: {problem}").format(problem="; ".join(exc.problems))
        except (ValueError, KeyError, TypeError) as exc:
            reason = translate("rules", "Not evaluated: the sunlight control cannot be used ({error}).").format(error=exc)
    if reason is not None:
        return [not_evaluated("sunlight", ctx.parcel.id, limit, reason, unit="h", details={"spec": spec}),
                not_evaluated("sunlight_neighbours", ctx.parcel.id, limit, reason, unit="h", details={"spec": spec})]
    setup.latitude, setup.longitude = setup_site.latitude, setup_site.longitude
    setup.timezone, setup.convergence_deg = setup_site.timezone, setup_site.convergence_deg
    return [_own(ctx, runs, setup), _neighbours(ctx, runs, setup)]


def _own(ctx: RuleContext, runs, setup) -> Finding:
    site, pid = ctx.site, ctx.parcel.id
    uses = {_norm(u) for u in setup.applies_to}
    idx = [int(i) for i in ctx.new_members() if _norm(site.buildings[i].use) in uses]
    params = setup.parameters()
    if not idx:
        return not_evaluated("sunlight", pid, setup.min_hours, translate(
            "rules", "No new building of a use the sunlight rule applies to ({uses}) stands in this parcel.").format(
            uses=", ".join(setup.applies_to)), unit="h", details={"parameters": params})
    tol = ctx.profile.tol_sunlight_h + _EPS_H
    rows: list[dict] = []
    for preset, (gsetup, bidx) in _groups_by_preset(ctx, idx, setup).items():
        pts = runs.windows(bidx, gsetup)
        if len(pts) == 0:
            continue
        _, grows = runs.window_rows(pts, runs.hours("after", pts, gsetup))
        open_h, _ = runs.window_rows(pts, runs.hours("open", pts, gsetup), segments=False)
        need = gsetup.min_hours
        for r, oh in zip(grows, open_h):
            r.update(standard=gsetup.base_profile or gsetup.standard, day=gsetup.day,
                     window_time=f"{gsetup.start}-{gsetup.end}", required_h=need, open_h=float(oh),
                     tested=bool(oh >= need - tol))
            r["passed"] = bool(r["hours"] >= need - tol) if r["tested"] else None
        rows.extend(grows)
        if preset is not None:
            params.setdefault("presets_used", {})[preset] = gsetup.parameters()
    if not rows:
        return not_evaluated("sunlight", pid, setup.min_hours, translate(
            "rules", "The new buildings have no wall long enough for a window receptor."), unit="h",
            details={"parameters": params})
    tested = [r for r in rows if r["tested"]]
    blind = [b for b in dict.fromkeys(r["building"] for r in rows) if not any(t["building"] == b for t in tested)]
    failing_b = list(dict.fromkeys([r["building"] for r in tested if not r["passed"]] + blind))
    n_fail = sum(not r["passed"] for r in tested)
    n_blind = len(rows) - len(tested)
    worst = min(tested, key=lambda r: r["hours"] - r["required_h"]) if tested else None
    value = worst["hours"] if worst else 0.0
    limit = worst["required_h"] if worst else setup.min_hours
    shown = tuple(failing_b) if failing_b else (worst["building"],)
    if blind:
        msg = translate("rules", "{count} new building(s) have no window facing the sun enough to get {limit:g} h.").format(
            count=len(blind), limit=setup.min_hours)
    elif n_fail:
        msg = translate("rules", "{n} of {total} sun-facing windows get less than {limit:g} h of sun; the worst gets {value:.2f} h.")
    else:
        msg = translate("rules", "All {total} sun-facing windows get at least {limit:g} h of sun; the worst gets {value:.2f} h.")
    msg = msg.format(n=n_fail, total=len(tested), limit=limit, value=value)
    if n_blind:
        msg += " " + translate("rules", "{n} windows facing away from the sun (under {limit:g} h even with nothing around) are not tested.").format(
            n=n_blind, limit=setup.min_hours)
    return Finding("sunlight", pid, value=float(value), limit=limit, unit="h",
                   passed=not failing_b, margin=float(value) - limit, element_ids=shown,
                   element_names=ctx.names(shown), message=msg,
                   details={"windows": rows, "parameters": params, "untested_windows": n_blind})


def neighbour_window_passes(before_h: float, after_h: float, required_h: float, test: str = "no_worse",
                            ratio: float = 0.8, tol: float = _EPS_H) -> bool:
    """Is a neighbour's window acceptable after the scheme? (hours in, bool out)

    ``no_worse`` (GB 50180): a window that met *required_h* before must still
    meet it; one that did not may lose no sunlight.  ``ratio`` (BRE BR 209):
    a window is acceptable when it meets *required_h* after, or keeps at least
    *ratio* x its former hours.
    """
    complies = after_h >= required_h - tol
    if test == "ratio":
        return bool(complies or after_h >= ratio * before_h - tol)
    if before_h >= required_h - tol:
        return bool(complies)
    return bool(after_h >= before_h - tol)


def _neighbour_indices(ctx: RuleContext, setup) -> tuple[list[int], float]:
    site = ctx.site
    new = ctx.new_members()
    if new.size == 0:
        return [], 0.0
    tallest = ctx.indicators.max_height_m or 0.0
    reach = max(ctx.profile.shadow_range_min_m, ctx.profile.shadow_range_factor * tallest)
    sensitive = {_norm(u) for u in ctx.profile.sensitive_uses} | {_norm(u) for u in setup.applies_to}
    _, near = site.tree.query(site.footprints[new], predicate="dwithin", distance=reach)
    near = np.unique(near)
    if ctx.profile.unknown_use_sensitive:
        sensitive.add("")
    idx = [int(j) for j in near if not site.is_new[j] and _norm(site.buildings[j].use) in sensitive]
    return idx, reach


def _groups_by_preset(ctx: RuleContext, idx: list[int], setup) -> dict:
    """Building indices grouped by the setup that judges their windows.

    Under GB 50180, a building (new or neighbour) whose use has a preset in the profile's
    ``neighbour_presets`` (kindergarten, school, hospital ward, elderly
    housing) is judged by that preset's day, window and hours; the others by
    the parcel's control.  Returns ``{preset id or None: (setup, [indices])}``.
    """
    from plannerapp.rules.sunlight_run import preset_setup

    groups: dict = {}
    for j in idx:
        preset = None
        if setup.standard == "GB50180":
            preset = ctx.profile.neighbour_presets.get(_norm(ctx.site.buildings[j].use))
        if preset not in groups:
            groups[preset] = (setup if preset is None else preset_setup(preset, setup), [])
        groups[preset][1].append(j)
    return groups


def _evaluate_group(ctx: RuleContext, runs, gsetup, bidx: list[int], reach: float, tol: float) -> list[dict]:
    """Before/after rows for the windows of buildings *bidx* judged by *gsetup*."""
    pts = runs.windows(bidx, gsetup)
    if len(pts) == 0:
        return []
    before_res, after_res = runs.hours("before", pts, gsetup), runs.hours("after", pts, gsetup)
    before_h, rows = runs.window_rows(pts, before_res)
    after_h, rows_after = runs.window_rows(pts, after_res)
    need = gsetup.min_hours
    for r, ra, b, a in zip(rows, rows_after, before_h, after_h):
        r.update(standard=gsetup.base_profile or gsetup.standard, day=gsetup.day,
                 window_time=f"{gsetup.start}-{gsetup.end}", required_h=need,
                 before_h=float(b), after_h=float(a), loss_h=float(b - a),
                 complied_before=bool(b >= need - tol), complies_after=bool(a >= need - tol),
                 passed=neighbour_window_passes(float(b), float(a), need, gsetup.neighbour_test, gsetup.ratio, tol),
                 segments_solar_after=ra["segments_solar"], segments_local_after=ra["segments_local"])
        r["segments_solar_before"] = r.pop("segments_solar")
        r["segments_local_before"] = r.pop("segments_local")
        del r["hours"]
    # name the new buildings (of the whole scheme) that take the lost sun
    losing = [r for r in rows if r["loss_h"] > tol]
    if losing:
        site = ctx.site
        hit_b = sorted({site.index[r["building"]] for r in losing})
        _, near = site.tree.query(site.footprints[hit_b], predicate="dwithin", distance=reach)
        candidates = [int(j) for j in np.unique(near) if site.is_new[j]]
        blocked = runs.blockers(pts, before_res, after_res, [r["window"] for r in losing], candidates, reach)
        for r in losing:
            r["blocked_by"] = blocked.get(r["window"], [])
    return rows


def _neighbours(ctx: RuleContext, runs, setup) -> Finding:
    pid = ctx.parcel.id
    params = setup.parameters()
    idx, reach = _neighbour_indices(ctx, setup)
    params["shadow_range_m"] = reach
    if not ctx.new_members().size:
        return not_evaluated("sunlight_neighbours", pid, setup.min_hours, translate(
            "rules", "The parcel has no new building to check."), unit="h", details={"parameters": params})
    tol = ctx.profile.tol_sunlight_h + _EPS_H
    rows: list[dict] = []
    group_params = {}
    for preset, (gsetup, bidx) in _groups_by_preset(ctx, idx, setup).items():
        rows.extend(_evaluate_group(ctx, runs, gsetup, bidx, reach, tol))
        if preset is not None:
            group_params[preset] = gsetup.parameters()
    if group_params:
        params["neighbour_presets_used"] = group_params
    if not rows:
        msg = translate("rules", "No window of a sensitive existing building lies within the shadow range ({reach:.0f} m).")
        return Finding("sunlight_neighbours", pid, value=0, limit=0, unit="windows", passed=True, margin=0.0,
                       message=msg.format(reach=reach), details={"windows": [], "parameters": params})
    failing = [r for r in rows if not r["passed"]]
    bad_b = tuple(dict.fromkeys(r["building"] for r in failing))
    causes = tuple(dict.fromkeys(b for r in failing for b in r.get("blocked_by", [])))
    shown = bad_b + tuple(c for c in causes if c not in bad_b)
    worst_loss = max((r["loss_h"] for r in rows), default=0.0)
    if failing:
        msg = translate("rules", "{n} of {total} neighbouring windows are made worse than the standard allows (largest loss {loss:.2f} h).")
    else:
        msg = translate("rules", "None of the {total} neighbouring windows is made worse than the standard allows (largest loss {loss:.2f} h).")
    return Finding("sunlight_neighbours", pid, value=len(failing), limit=0, unit="windows", passed=not failing,
                   margin=float(-len(failing)), element_ids=shown, element_names=ctx.names(shown),
                   message=msg.format(n=len(failing), total=len(rows), loss=worst_loss),
                   details={"windows": rows, "parameters": params, "largest_loss_h": worst_loss,
                            "blocking_buildings": list(causes)})
