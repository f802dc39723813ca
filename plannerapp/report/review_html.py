"""The review as one self-contained HTML file a reviewer can sign off.

Contents: project, scheme, date, software version and verdict; per parcel the
indicators and the rule table (limit, value, margin, pass/fail/not
evaluated, buildings concerned); per-window sunlight tables (own windows;
neighbours before/after) when evaluated; views of the scheme with the
violations marked (PNG bytes passed in by the caller, embedded as base64:
this module never renders); definitions and every calculation parameter;
SHA-256 of each input file; a sign-off block.  Print CSS makes it print to
PDF from a browser.  Every string goes through ``translate("report", ...)``.
"""

from __future__ import annotations

import datetime as dt
import json
import os

from plannerapp.i18n import language, translate
from plannerapp.io.atomic import write_text_atomic
from plannerapp.report.html import data_uri_png, definition_list, esc, page, table, tag
from plannerapp.report.review_text import definitions, result_label
from plannerapp.rules.titles import indicator_title, rule_title, unit_label


def _tr(text: str, **kw) -> str:
    out = translate("report", text)
    return out.format(**kw) if kw else out


def fmt_value(v, unit: str = "") -> str:
    """Numbers for people: ratios 3 decimals, m 2, m2 1 with thousands, h 2 (+ h:mm)."""
    if v is None:
        return "-"
    if isinstance(v, (list, tuple)):
        return ", ".join(str(x) for x in v)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if unit == "m2":
        return f"{v:,.1f}"
    if unit == "m":
        return f"{v:.2f}"
    if unit == "h":
        m = int(round(v * 60))
        return f"{v:.2f} ({m // 60}:{m % 60:02d})" if v >= 0 else f"{v:.2f}"
    if unit == "windows" or isinstance(v, int):
        return f"{int(v):d}" if float(v).is_integer() else f"{v:g}"
    return f"{v:.3f}"


def _num(v, unit="") -> str:
    return tag("span", esc(fmt_value(v, unit)))


def _result(passed) -> str:
    cls = "pass" if passed is True else "fail" if passed is False else "na"
    return tag("span", esc(result_label(passed)), class_=cls)


def _row_class(passed) -> str | None:
    return "fail" if passed is False else "na" if passed is None else None


def _unit(u: str) -> str:
    return esc(unit_label(u) if u != "windows" else _tr("windows"))


def _rule_rows(findings):
    rows, classes = [], []
    for f in findings:
        msg = esc(f.message) + (tag("br") + tag("span", esc(f.reason), class_="muted") if f.passed is None and f.reason
                                and f.reason != f.message else "")
        rows.append([
            esc(rule_title(f.rule)) + tag("br") + tag("code", esc(f.rule)),
            tag("span", esc(fmt_value(f.limit, f.unit)), class_="num"),
            tag("span", esc(fmt_value(f.value, f.unit))),
            esc(fmt_value(f.margin, f.unit)) if f.margin is not None else "-",
            _unit(f.unit),
            _result(f.passed),
            esc(", ".join(f.element_ids)),
            msg,
        ])
        classes.append(_row_class(f.passed))
    return rows, classes


def _indicator_table(ind) -> str:
    d = ind.to_dict()
    units = {"gfa_m2": "m2", "far": "", "coverage": "", "green_ratio": "", "green_roof_m2": "m2",
             "max_height_m": "m", "min_setback_m": "m", "min_spacing_m": "m"}
    extra = {"max_height_m": d.get("tallest_building"), "min_setback_m": d.get("setback_building"),
             "min_spacing_m": " - ".join(d["spacing_pair"]) if d.get("spacing_pair") else None}
    rows = [[esc(indicator_title("area_m2")), esc(fmt_value(ind.area_m2, "m2")), _unit("m2"), ""]]
    for key, unit in units.items():
        rows.append([esc(indicator_title(key)), esc(fmt_value(d.get(key), unit)), _unit(unit), esc(extra.get(key) or "")])
    return table([_tr("Indicator"), _tr("Value"), _tr("Unit"), _tr("Building(s)")], rows, class_="indicators")


def _sun_tables(pr) -> str:
    out = []
    for f in pr.findings:
        rows = f.details.get("windows") if f.passed is not None else None
        if not rows:
            continue
        if f.rule == "sunlight":
            body = [[esc(r["building"]), esc(r["facade"]), esc(r["floor"]), esc(r["window"]),
                     esc(f"{r['x']:.1f}, {r['y']:.1f}, {r['z']:.1f}"),
                     esc(f"{r.get('standard', '')} ({r.get('day', '')} {r.get('window_time', '')}, "
                         f"{fmt_value(r.get('required_h'), 'h')})"),
                     esc(fmt_value(r["hours"], "h")),
                     esc(fmt_value(r["open_h"], "h")), esc(r["segments_solar"]), esc(r["segments_local"]),
                     _result(r["passed"]) if r["tested"] else esc(_tr("facing away: not tested"))]
                    for r in rows]
            out.append(table([_tr("Building"), _tr("Facade"), _tr("Floor"), _tr("Window"), _tr("Sill x, y, z (m, local)"),
                              _tr("Standard (day, window, required)"), _tr("Hours"), _tr("Hours with nothing around"), _tr("Sunlit (true solar time)"),
                              _tr("Sunlit (local time)"), _tr("Result")], body,
                             row_classes=[_row_class(r["passed"]) if r["tested"] else None for r in rows],
                             caption=_tr("Parcel {id}: own windows", id=pr.parcel.id)))
        elif f.rule == "sunlight_neighbours":
            all_rows = rows
            rows = [r for r in all_rows if r["loss_h"] > 1e-9 or not r["passed"]]
            body = [[esc(r["building"]), esc(r["use"]), esc(r["facade"]), esc(r["floor"]), esc(r["window"]),
                     esc(f"{r.get('standard', '')} ({r.get('day', '')} {r.get('window_time', '')}, "
                         f"{fmt_value(r.get('required_h'), 'h')})"),
                     esc(fmt_value(r["before_h"], "h")), esc(fmt_value(r["after_h"], "h")), esc(f"{r['loss_h']:.2f}"),
                     esc(_tr("yes") if r["complied_before"] else _tr("no")),
                     esc(_tr("yes") if r["complies_after"] else _tr("no")),
                     esc(r["segments_solar_before"]), esc(r["segments_solar_after"]),
                     esc(", ".join(r.get("blocked_by", []))), _result(r["passed"])]
                    for r in rows]
            out.append(table([_tr("Building"), _tr("Use"), _tr("Facade"), _tr("Floor"), _tr("Window"),
                              _tr("Standard (day, window, required)"), _tr("Before (h)"),
                              _tr("After (h)"), _tr("Loss (h)"), _tr("Complied before"), _tr("Complies after"),
                              _tr("Sunlit before (true solar)"), _tr("Sunlit after (true solar)"), _tr("Shaded by"),
                              _tr("Result")], body,
                             row_classes=[_row_class(r["passed"]) for r in rows],
                             caption=_tr("Parcel {id}: neighbouring windows before and after the scheme", id=pr.parcel.id)))
            out.append(tag("p", esc(_tr("{shown} of {total} neighbouring windows lose sunlight or fail and are listed; "
                                        "the {rest} others keep exactly their former hours (every window is in the JSON record).",
                                        shown=len(rows), total=len(all_rows), rest=len(all_rows) - len(rows))), class_="muted"))
    return "".join(out)


def _parameters(review) -> str:
    rows = [[tag("code", esc(k)), tag("code", esc(json.dumps(v, ensure_ascii=False)))]
            for k, v in review.parameters().items()]
    seen = set()
    for f in review.findings:
        params = f.details.get("parameters") if f.passed is not None else None
        if not params:
            continue
        key = json.dumps(params, sort_keys=True, default=str)
        if key in seen:
            continue
        seen.add(key)
        for k, v in params.items():
            rows.append([tag("code", esc(f"sunlight[{f.parcel_id}].{k}")), tag("code", esc(json.dumps(v, ensure_ascii=False, default=str)))])
    return table([_tr("Parameter"), _tr("Value")], rows, class_="params")


def build_review_html(review, *, images=(), inputs=(), generated: dt.datetime | None = None) -> str:
    """The report HTML (one string).

    images: ``[(caption, png_bytes), ...]`` views with violations marked.
    inputs: ``[{"role", "path", "bytes", "sha256"}, ...]`` (see
    :mod:`plannerapp.report.review_inputs`).
    """
    generated = generated or review.created
    verdict = review.passed
    n_fail, n_na = len(review.failed), len(review.not_evaluated)
    title = _tr("Planning review: {project} / {scheme}", project=review.project_name, scheme=review.scheme_name)
    head = tag("h1", esc(title))
    meta = table([_tr("Item"), _tr("Value")], [
        [esc(_tr("Project")), esc(review.project_name)],
        [esc(_tr("Scheme")), esc(f"{review.scheme_name} ({review.scheme_id})")],
        [esc(_tr("Date of review (UTC)")), esc(review.created.strftime("%Y-%m-%d %H:%M"))],
        [esc(_tr("Report generated (UTC)")), esc(generated.strftime("%Y-%m-%d %H:%M"))],
        [esc(_tr("Software")), esc(f"plannerapp {review.software_version}")],
        [esc(_tr("Rule profile")), esc(f"{review.profile.name}: {review.profile.title}")],
        [esc(_tr("Checks")), esc(_tr("{n} checks, {f} failed, {na} not evaluated", n=len(review.findings), f=n_fail, na=n_na))],
    ], class_="meta")
    if verdict and not n_na:
        vtext, vcls = _tr("PASSED: every check passed."), "verdict pass"
    elif verdict:
        vtext, vcls = _tr("PASSED WITH {na} CHECK(S) NOT EVALUATED: every evaluated check passed; see the list below.", na=n_na), "verdict pass"
    else:
        vtext, vcls = _tr("FAILED: {f} check(s) failed.", f=n_fail), "verdict fail"
    parts = [head, tag("div", esc(vtext), class_=vcls), meta]
    if review.profile.verify:
        parts.append(tag("p", esc(_tr("Profile values not verified against the current local rules: {keys}",
                                      keys=", ".join(review.profile.verify))), class_="muted"))
    if n_na:
        parts.append(tag("h3", esc(_tr("Checks not evaluated"))))
        parts.append(table([_tr("Parcel"), _tr("Rule"), _tr("Reason")],
                           [[esc(f.parcel_id), esc(rule_title(f.rule)), esc(f.reason)] for f in review.not_evaluated],
                           row_classes=["na"] * n_na))
    if review.outside_parcels:
        parts.append(tag("p", esc(_tr("New buildings on no parcel (no control applies): {ids}",
                                      ids=", ".join(review.outside_parcels)))))
    # summary
    parts.append(tag("h2", esc(_tr("Summary by parcel"))))
    parts.append(table([_tr("Parcel"), _tr("Land use"), _tr("Area (m²)"), _tr("Buildings"), _tr("Failed"),
                        _tr("Not evaluated"), _tr("Result")],
                       [[esc(pr.parcel.id), esc(pr.parcel.land_use), esc(fmt_value(pr.indicators.area_m2, "m2")),
                         esc(len(pr.indicators.building_ids)), esc(sum(f.passed is False for f in pr.findings)),
                         esc(sum(f.passed is None for f in pr.findings)), _result(pr.passed)] for pr in review.parcels],
                       row_classes=[_row_class(pr.passed) for pr in review.parcels]))
    # views
    if images:
        figs = "".join(tag("figure", f'<img alt="{esc(cap)}" src="{data_uri_png(png)}">' + tag("figcaption", esc(cap)))
                       for cap, png in images)
        parts.append(tag("h2", esc(_tr("Views of the scheme (violations in red)"))))
        parts.append(tag("div", figs, class_="views"))
    # per parcel
    parts.append(tag("h2", esc(_tr("Rules by parcel"))))
    for pr in review.parcels:
        name = f" ({pr.parcel.name})" if pr.parcel.name else ""
        parts.append(tag("h3", esc(_tr("Parcel {id}{name}, land use {use}", id=pr.parcel.id, name=name,
                                       use=pr.parcel.land_use or "-"))))
        parts.append(_indicator_table(pr.indicators))
        if pr.findings:
            rows, classes = _rule_rows(pr.findings)
            parts.append(table([_tr("Rule"), _tr("Limit"), _tr("Value"), _tr("Margin"), _tr("Unit"), _tr("Result"),
                                _tr("Buildings"), _tr("Finding")], rows, row_classes=classes, class_="rules"))
        else:
            parts.append(tag("p", esc(_tr("No control applies to this parcel.")), class_="muted"))
    sun = "".join(_sun_tables(pr) for pr in review.parcels)
    if sun:
        parts.append(tag("h2", esc(_tr("Sunlight per window"))))
        parts.append(sun)
    parts.append(tag("h2", esc(_tr("Definitions"))))
    parts.append(definition_list(definitions()))
    parts.append(tag("h2", esc(_tr("Calculation parameters"))))
    parts.append(_parameters(review))
    parts.append(tag("h2", esc(_tr("Input files (SHA-256)"))))
    if inputs:
        parts.append(table([_tr("Role"), _tr("File"), _tr("Bytes"), _tr("SHA-256")],
                           [[esc(i["role"]), esc(i["path"]), esc(i["bytes"]), tag("span", esc(i["sha256"]), class_="hash")]
                            for i in inputs]))
    else:
        parts.append(tag("p", esc(_tr("No input files were recorded (the review was run on data in memory).")), class_="muted"))
    parts.append(tag("p", esc(_tr("To reproduce: run plannerapp {version} with the rule profile above on input files with these hashes.",
                                  version=review.software_version)), class_="muted"))
    parts.append(tag("h2", esc(_tr("Sign-off"))))
    parts.append(table([_tr("Role"), _tr("Name"), _tr("Date"), _tr("Signature")],
                       [[esc(_tr("Reviewer")), "", "", ""], [esc(_tr("Checked by")), "", "", ""],
                        [esc(_tr("Decision")), esc(_tr("approved / approved with conditions / refused")), "", ""]],
                       class_="signoff"))
    parts.append(tag("p", esc(_tr("Comments:")) + "<br><br><br>", class_="signoff-notes"))
    lang = "zh-CN" if language() == "zh_CN" else "en"
    return page(title, "".join(parts), lang=lang)


def write_review_html(review, path: str | os.PathLike, **kw) -> None:
    """Write :func:`build_review_html` atomically to *path*."""
    write_text_atomic(path, build_review_html(review, **kw))
