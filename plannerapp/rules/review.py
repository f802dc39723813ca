"""Review a design scheme against the control plan: :func:`review_scheme` -> :class:`Review`.

The review is a plain function (no Qt): the CLI and the GUI worker wrap it.
Overall verdict: ``passed`` is true only when every *evaluated* check
passed; checks that could not be evaluated (``passed=None``, e.g. sunlight
without the solar engine) are listed in :attr:`Review.not_evaluated` and
never count as passes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from plannerapp import __version__
from plannerapp.analysis.progress import Cancelled, Reporter
from plannerapp.i18n import translate
from plannerapp.model import Parcel, Project, Scheme
from plannerapp.rules import coverage, far, gfa, green, height, setback, spacing, sunlight, uses
from plannerapp.rules.context import RuleContext
from plannerapp.rules.finding import Finding, not_evaluated
from plannerapp.rules.indicators import ParcelIndicators, compute_indicators
from plannerapp.rules.profile import RuleProfile, load_profile
from plannerapp.rules.site import Site, prepare_site

__all__ = ["Review", "ParcelReview", "review_scheme", "Cancelled", "RULE_MODULES"]

#: Rule modules in report order; each has ``CODES`` and ``check(ctx) -> list[Finding]``.
RULE_MODULES = (far, gfa, coverage, green, height, setback, spacing, uses, sunlight)


@dataclass
class ParcelReview:
    parcel: Parcel
    indicators: ParcelIndicators
    findings: list[Finding] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not any(f.passed is False for f in self.findings)


@dataclass
class Review:
    """Everything a review produced; the reports and the GUI panel read it."""

    project_name: str
    scheme_id: str
    scheme_name: str
    profile: RuleProfile
    parcels: list[ParcelReview]
    created: dt.datetime
    software_version: str = __version__
    #: new buildings that stand on no parcel (no rule applies to them)
    outside_parcels: list[str] = field(default_factory=list)
    site: Site | None = None

    @property
    def findings(self) -> list[Finding]:
        return [f for p in self.parcels for f in p.findings]

    @property
    def passed(self) -> bool:
        """True when no evaluated check failed (see module docstring)."""
        return not any(f.passed is False for f in self.findings)

    @property
    def failed(self) -> list[Finding]:
        return [f for f in self.findings if f.passed is False]

    @property
    def not_evaluated(self) -> list[Finding]:
        return [f for f in self.findings if f.passed is None]

    def failing_building_ids(self) -> set[str]:
        return {i for f in self.failed for i in f.element_ids}

    def findings_by_building(self) -> dict[str, list[Finding]]:
        """Building id -> the findings naming it (for highlighting and a per-building panel)."""
        out: dict[str, list[Finding]] = {}
        for f in self.findings:
            for i in f.element_ids:
                out.setdefault(i, []).append(f)
        return out

    def parameters(self) -> dict:
        """Every calculation parameter used (profile + review conventions)."""
        out = self.profile.parameters()
        out["building_to_parcel"] = "largest footprint share"
        out["form_rules_apply_to"] = "new buildings of the scheme"
        out["totals_count"] = "all standing buildings belonging to the parcel"
        return out


def resolve_profile(project: Project, profile: RuleProfile | str | None) -> RuleProfile:
    """The profile argument, else ``project.settings["rule_profile"]``, else the default."""
    if isinstance(profile, RuleProfile):
        return profile
    name = profile or (project.settings or {}).get("rule_profile") or None
    return load_profile(name)


def _deferred_sunlight(ctx: RuleContext) -> list[Finding]:
    """Sunlight findings marked "not evaluated yet" (``review_scheme(..., sunlight_rules=False)``)."""
    spec = ctx.controls.get("sunlight") if hasattr(ctx.controls, "get") else None
    if not spec:
        return []
    reason = translate("rules", "Not evaluated yet: the sunlight check runs on demand.")
    return [not_evaluated(code, ctx.parcel.id, dict(spec).get("min_hours"), reason, unit="h",
                          details={"spec": dict(spec), "deferred": True}) for code in sunlight.CODES]


def review_scheme(project: Project, scheme: Scheme | str, *, profile: RuleProfile | str | None = None,
                  progress: Callable[[float, str], None] | None = None,
                  cancelled: Callable[[], bool] | None = None, sunlight_rules: bool = True) -> Review:
    """Check *scheme* against ``project.controls``; returns a :class:`Review`.

    *scheme*: a :class:`Scheme` or its id/name.  *profile*: a
    :class:`RuleProfile`, a profile name/path, or ``None`` (project setting,
    else ``default``).  ``progress(fraction, text)`` is called along the way;
    when ``cancelled()`` returns true, :class:`Cancelled` is raised.
    ``sunlight_rules=False`` skips the slow sunlight rules (the GUI's live
    review): they come back "not evaluated" with ``details["deferred"]`` true.
    Geometry work is vectorised (STRtree), so a site of a few hundred
    buildings in a city of thousands reviews well under a second (without
    sunlight, see ``benchmarks/bench_review.py``).
    """
    rep = Reporter(progress, cancelled, translate("rules", "Reviewing"))
    if isinstance(scheme, str):
        scheme = project.scheme(scheme)
    prof = resolve_profile(project, profile)
    rep(0.0, translate("rules", "Preparing buildings and parcels"), force=True)
    site = prepare_site(project.context, scheme, project.controls)
    rep(0.2, translate("rules", "Computing indicators"))
    indicators = compute_indicators(site, scheme, prof)
    shared: dict = {"cancelled": cancelled, "reporter": rep}
    parcels = []
    n = max(1, len(site.parcels))
    try:
        for k, (parcel, ind) in enumerate(zip(site.parcels, indicators)):
            shared["progress_range"] = (0.3 + 0.7 * k / n, 0.3 + 0.7 * (k + 1) / n)
            ctx = RuleContext(parcel, k, ind, site, prof, project, scheme, shared)
            findings: list[Finding] = []
            for mod in RULE_MODULES:
                if mod is sunlight and not sunlight_rules:
                    findings.extend(_deferred_sunlight(ctx))
                    continue
                findings.extend(mod.check(ctx))
            parcels.append(ParcelReview(parcel, ind, findings))
            rep(0.3 + 0.7 * (k + 1) / n, translate("rules", "Checking parcel {id}").format(id=parcel.id))
    finally:
        runs = shared.get("sunlight_runs")
        if runs is not None:
            runs.close()
    outside = [b.id for b, new, p in zip(site.buildings, site.is_new, site.parcel_of) if new and p < 0]
    rep(1.0, translate("rules", "Review done"), force=True)
    return Review(
        project_name=project.name,
        scheme_id=scheme.id,
        scheme_name=scheme.display_name,
        profile=prof,
        parcels=parcels,
        created=dt.datetime.now(dt.timezone.utc),
        outside_parcels=outside,
        site=site,
    )
