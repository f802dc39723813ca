"""``plannerapp review PROJECT_DIR --scheme NAME``: check a scheme against the control plan.

Prints one line per check, writes ``--json`` / ``--html`` reports and exits
0 when every evaluated check passes, 1 when any check fails (or, with
``--strict``, when any check could not be evaluated), 2 on bad input.
The HTML report gets two views of the scheme with violations marked when
off-screen rendering works (``plannerapp.scene``); without it the report is
written without views and a warning is printed.
"""

from __future__ import annotations

import sys

from plannerapp.cli._common import add_project_argument, warn_views_not_rendered, write_report
from plannerapp.i18n import translate

NAME = "review"
ORDER = 30


def add_parser(sub):
    p = sub.add_parser(
        NAME,
        help=translate("cli", "check a design scheme against the control plan (exit 1 if a rule fails)"),
        description=translate(
            "cli",
            "Review a scheme of a project folder against its controls.geojson: plot ratio, GFA, coverage, "
            "green ratio, height, setback, spacing, uses and sunlight. Exit code 0: every evaluated rule "
            "passes; 1: a rule fails; 2: bad input.",
        ),
    )
    add_project_argument(p)
    p.add_argument("--scheme", required=True, help=translate("cli", "scheme id, name or file stem"))
    p.add_argument("--json", default=None, metavar="OUT.json", help=translate("cli", "write the review as JSON"))
    p.add_argument("--html", default=None, metavar="OUT.html", help=translate("cli", "write the signable HTML report"))
    p.add_argument("--rule-profile", default=None, metavar="P",
                   help=translate("cli", "rule profile name (default, xiongan) or JSON file; default: the project's setting"))
    p.add_argument("--strict", action="store_true",
                   help=translate("cli", "also exit 1 when a rule could not be evaluated"))
    p.add_argument("--no-images", action="store_true", help=translate("cli", "leave the 3D views out of the HTML report"))
    p.add_argument("--quiet", action="store_true", help=translate("cli", "print only the verdict"))
    return p


def _mark(passed) -> str:
    if passed is True:
        return translate("cli", "PASS")
    if passed is False:
        return translate("cli", "FAIL")
    return translate("cli", "N/A")


def _views(review, out=sys.stderr) -> list:
    """PNG views with violations marked; empty (with a warning) when rendering is impossible."""
    try:
        from plannerapp.scene.review_overlay import review_views_for

        legend = translate("report", "grey: existing; blue: new; red: new building in a failed check; "
                                     "orange: existing building affected (e.g. sunlight made worse); "
                                     "parcel outline red when a check on it failed")
        return review_views_for(review, captions={
            "iso_sw": translate("report", "Oblique view from the south-west") + ". " + legend,
            "top": translate("report", "Plan view") + ". " + legend,
        })
    except Exception as exc:  # noqa: BLE001 - no OpenGL / no display: report without views
        warn_views_not_rendered(exc, out)
        return []


def run(args) -> int:
    from plannerapp.errors import InputError
    from plannerapp.io.project import load_project
    from plannerapp.report.review_html import fmt_value, write_review_html
    from plannerapp.report.review_inputs import input_hashes, review_input_files
    from plannerapp.report.review_json import write_review_json
    from plannerapp.rules.review import resolve_profile, review_scheme
    from plannerapp.rules.titles import rule_title

    project = load_project(args.project)
    if not project.controls.parcels:
        where = f"{project.root}/{project.controls_path}" if project.root else None
        raise InputError(where, translate("cli", "the project has no parcels with controls: nothing to review"))
    try:
        scheme = project.scheme(args.scheme)
    except KeyError:
        names = ", ".join(s.id for s in project.schemes) or translate("cli", "none")
        raise InputError(project.root, translate("cli", "no scheme {name!r} in the project (schemes: {names})").format(
            name=args.scheme, names=names)) from None
    profile = resolve_profile(project, args.rule_profile)
    review = review_scheme(project, scheme, profile=profile)

    out = sys.stdout
    if not args.quiet:
        for pr in review.parcels:
            print(translate("cli", "Parcel {id} ({area} m2, {n} buildings)").format(
                id=pr.parcel.id, area=fmt_value(pr.indicators.area_m2, "m2"), n=len(pr.indicators.building_ids)), file=out)
            for f in pr.findings:
                value = fmt_value(f.value, f.unit)
                limit = fmt_value(f.limit, f.unit)
                print(f"  [{_mark(f.passed)}] {rule_title(f.rule)}: {value} / {limit} {f.unit}".rstrip()
                      + (f"  {', '.join(f.element_ids)}" if f.passed is False and f.element_ids else ""), file=out)
                if f.passed is None:
                    print("         " + f.reason, file=out)
        if review.outside_parcels:
            print(translate("cli", "New buildings on no parcel: {ids}").format(ids=", ".join(review.outside_parcels)), file=out)
    n_fail, n_na = len(review.failed), len(review.not_evaluated)
    if review.passed:
        verdict = translate("cli", "Scheme {scheme}: PASSED ({n} checks, {na} not evaluated)")
    else:
        verdict = translate("cli", "Scheme {scheme}: FAILED ({f} of {n} checks failed, {na} not evaluated)")
    print(verdict.format(scheme=review.scheme_id, n=len(review.findings), f=n_fail, na=n_na), file=out)

    if args.json or args.html:
        inputs = input_hashes(review_input_files(project, scheme, profile), project.root or None)
        if args.json:
            write_report(args.json, write_review_json, review, args.json, inputs=inputs)
            if not args.quiet:
                print(translate("cli", "JSON written to {path}").format(path=args.json), file=out)
        if args.html:
            images = [] if args.no_images else _views(review)
            write_report(args.html, write_review_html, review, args.html, images=images, inputs=inputs)
            if not args.quiet:
                print(translate("cli", "HTML report written to {path}").format(path=args.html), file=out)
    if n_fail:
        return 1
    if args.strict and n_na:
        return 1
    return 0
