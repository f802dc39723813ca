"""The comparison as one self-contained, printable HTML file, and as CSV.

:func:`comparison_html` lays out: project, date, software version; the
metrics table (one column per scheme and the status quo, units, the better
direction, best value green and worst red among the schemes); the radar
overview; one screenshot per scheme from the same camera (PNG bytes passed
in by the caller - the report layer never renders 3D); one bar chart per
metric (rendered here with matplotlib's Agg back end); the settings the
analyses used and what each metric means.  Every string goes through
``translate("report", ...)``; images are base64 ``data:`` URIs.
"""

from __future__ import annotations

import os

from plannerapp.i18n import language, translate
from plannerapp.io.atomic import write_text_atomic
from plannerapp.report.charts import all_charts, column_colours
from plannerapp.report.compare_metrics import ComparisonTable, settings_lines
from plannerapp.report.html import BASE_CSS, data_uri_png, definition_list, esc, page, tag

CSS = BASE_CSS + """
td.best { background: #e3f4e6; color: #1b5e20; font-weight: bold; }
td.worst { background: #fbe4e2; color: #8c1d18; }
th.scheme { text-align: right; white-space: nowrap; } .swatch { display: inline-block; width: .8em; height: .8em;
  margin-right: .35em; border-radius: 2px; vertical-align: -.05em; }
td.metric { width: 34%; } td.unit, td.dir { white-space: nowrap; color: #444; }
.charts { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: .8em; }
.charts figure img, .shots figure img { border: none; }
.shots { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
.overview { max-width: 780px; margin: 0 auto; }
.legend span { margin-right: 1.2em; }
@media print { .charts { grid-template-columns: 1fr 1fr 1fr; } .shots { grid-template-columns: 1fr 1fr; } }
"""

ARROWS = {"higher": "\u2191", "lower": "\u2193", "neutral": "\u2013"}

#: what each metric means (English source; translated where shown)
DEFINITIONS = {
    "gfa_m2": "Gross floor area of all standing buildings belonging to the parcels (as the review counts it).",
    "far": "GFA / parcel area.",
    "coverage_pct": "Union of the footprints clipped to the parcels / parcel area.",
    "green_ratio_pct": "Ground-level green areas of the scheme, minus footprints, / parcel area (green roofs do not count).",
    "building_count": "Standing buildings belonging to the parcels (kept existing and new).",
    "max_height_m": "Tallest standing building on the parcels (top above its base).",
    "mean_height_m": "Height of the buildings on the parcels weighted by footprint area.",
    "checks_passed": "Review checks passed; the status quo is reviewed as a scheme without new buildings.",
    "checks_failed": "Review checks failed.",
    "checks_not_evaluated": "Review checks that could not be evaluated (e.g. form rules without new buildings, "
                            "sunlight rules in quick mode).",
    "sunlight_window_share": "Window-sill points (lowest storey, sill centre) of residential or unknown-use buildings "
                             "in the comparison area, neighbours included, that meet the sunlight control's hours.",
    "facade_sun_hours_mean": "Mean sunlight hours on facade points (every storey) of the buildings on the parcels.",
    "ground_shadow_area_m2": "Ground in the comparison area (outside buildings) in shadow for more than the stated "
                             "hours within the day's window.",
    "roof_insolation_kwh_m2": "Area-weighted mean annual insolation on the roofs of the buildings on the parcels.",
    "pv_mwh": "Annual rooftop PV yield: insolation x 60 % usable roof x 20 % efficiency x 0.8 performance ratio.",
    "svf_mean": "Mean sky view factor of the public ground on the hottest day grid.",
    "uhi_k": "Oke (1981) maximum nocturnal heat island from street-level SVF: 15.27 - 13.88 SVF.",
    "tmrt_max_c": "Daily maximum mean radiant temperature at 1.1 m (SOLWEIG-style), mean over public ground.",
    "tmrt_hot_share": "Share of public ground whose daily maximum Tmrt exceeds the threshold.",
    "ground_temp_c": "Daily maximum ground surface temperature, mean over public ground.",
    "roof_temp_c": "Daily maximum roof surface temperature, area mean (green roofs cooler).",
    "pervious_pct": "Pervious (green) share of the comparison area (Stewart & Oke 2012 property).",
    "lcz": "Local Climate Zone nearest to the area's properties (Stewart & Oke 2012).",
}


def _tr(text: str, **kw) -> str:
    out = translate("report", text)
    return out.format(**kw) if kw else out


def _table_html(table: ComparisonTable) -> str:
    colours = column_colours(table)
    head = [tag("th", esc(_tr("Metric")), scope="col"), tag("th", esc(_tr("Unit")), scope="col"),
            tag("th", esc(_tr("Better")), scope="col")]
    for c, col in zip(table.columns, colours):
        head.append(tag("th", tag("span", "", class_="swatch", style=f"background:{col}") + esc(c.name),
                        scope="col", class_="scheme"))
    verdict = [tag("td", esc(_tr("Review verdict")), class_="metric"), tag("td", ""), tag("td", "")]
    for c in table.columns:
        cls = "pass" if c.verdict == "passed" else "fail"
        txt = _tr("passed") if c.verdict == "passed" else _tr("failed")
        if c.failed_rules:
            txt += ": " + ", ".join(c.failed_rules)
        verdict.append(tag("td", tag("span", esc(txt), class_=cls), class_="num"))
    body = [tag("tr", "".join(verdict))]
    for r in table.rows:
        cells = [tag("td", esc(r.label), class_="metric"), tag("td", esc(r.unit), class_="unit"),
                 tag("td", esc(ARROWS[r.direction] + " " + _tr(r.direction)), class_="dir")]
        for i in range(len(table.columns)):
            cls = "num best" if i in r.best else "num worst" if i in r.worst else "num"
            cells.append(tag("td", esc(r.formatted(i)), class_=cls))
        body.append(tag("tr", "".join(cells)))
    return tag("table", tag("thead", tag("tr", "".join(head))) + tag("tbody", "".join(body)), class_="compare")


def comparison_html(table: ComparisonTable, *, screenshots=(), diff_images=(), charts=None) -> str:
    """The report as a string.  *screenshots*: ``[(column_id, caption, png)]``; *diff_images* alike;
    *charts*: ``[(key, png)]`` (default: :func:`plannerapp.report.charts.all_charts`)."""
    charts = list(all_charts(table)) if charts is None else list(charts)
    names = ", ".join(c.name for c in table.columns)
    parts = [tag("h1", esc(_tr("Scheme comparison"))),
             tag("p", esc(table.project)),
             tag("table", "".join(tag("tr", tag("th", esc(k)) + tag("td", esc(v))) for k, v in (
                 (_tr("Compared"), names),
                 (_tr("Created"), table.created.strftime("%Y-%m-%d %H:%M UTC")),
                 (_tr("Software"), f"plannerapp {table.software_version}"),
             )), class_="meta")]
    parts.append(tag("h2", esc(_tr("Metrics"))))
    parts.append(tag("p", tag("span", esc(_tr("green: best among the schemes")), class_="pass") + " &nbsp; "
                     + tag("span", esc(_tr("red: worst among the schemes")), class_="fail") + " &nbsp; "
                     + esc(_tr("The status quo is shown for reference and not ranked; rows without a better "
                               "direction are not ranked.")), class_="legend muted"))
    parts.append(_table_html(table))
    radar = [png for k, png in charts if k == "radar"]
    if radar:
        parts.append(tag("h2", esc(_tr("Overview"))))
        parts.append(tag("div", _figure(radar[0], _tr("Each metric with a better direction, scaled over the compared "
                                                      "columns from worst (centre) to best (edge).")), class_="overview"))
    if screenshots:
        parts.append(tag("h2", esc(_tr("Views (same camera)"))))
        parts.append(tag("div", "".join(_figure(png, cap) for _cid, cap, png in screenshots), class_="shots"))
    if diff_images:
        parts.append(tag("h2", esc(_tr("Differences against the status quo"))))
        parts.append(tag("p", esc(_tr("green: added; orange: taller; blue: lower; purple: changed footprint or use; "
                                      "red: removed; grey: unchanged")), class_="muted"))
        parts.append(tag("div", "".join(_figure(png, cap) for _cid, cap, png in diff_images), class_="shots"))
    bars = [(k, png) for k, png in charts if k != "radar"]
    if bars:
        parts.append(tag("h2", esc(_tr("Charts per metric"))))
        parts.append(tag("div", "".join(_figure(png, table.row(k).label) for k, png in bars), class_="charts"))
    parts.append(tag("h2", esc(_tr("How the values were computed"))))
    parts.append(tag("table", "".join(tag("tr", tag("th", esc(k)) + tag("td", esc(v)))
                                      for k, v in settings_lines(table)), class_="meta"))
    parts.append(tag("h3", esc(_tr("Definitions"))))
    parts.append(definition_list([(r.label, esc(_tr(DEFINITIONS.get(r.key, "")))) for r in table.rows]))
    lang = "zh-CN" if language() == "zh_CN" else "en"
    return page(_tr("Scheme comparison") + " - " + table.project, "".join(parts), lang=lang, css=CSS)


def _figure(png: bytes, caption: str) -> str:
    img = f'<img src="{data_uri_png(png)}" alt="{esc(caption)}">'
    return tag("figure", img + tag("figcaption", esc(caption)))


def write_comparison_html(table: ComparisonTable, path, **kw) -> str:
    """Write :func:`comparison_html` atomically to *path*; returns the path."""
    write_text_atomic(path, comparison_html(table, **kw))
    return os.fspath(path)


def write_comparison_csv(table: ComparisonTable, path) -> str:
    """Write :meth:`ComparisonTable.to_csv` (UTF-8) atomically to *path*."""
    write_text_atomic(path, table.to_csv())
    return os.fspath(path)
