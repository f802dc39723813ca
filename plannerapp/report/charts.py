"""Comparison charts with matplotlib: one bar chart per metric and a radar overview.

The ``draw_*`` functions draw into a given ``matplotlib.figure.Figure`` so
the GUI can pass the figure of a ``FigureCanvasQTAgg`` and reports a figure
rendered with the Agg back end (:func:`chart_bytes`, PNG or SVG).  This
module never imports pyplot (no global state, no GUI back end).

Radar: the directed metrics of :data:`RADAR_KEYS` (neutral ones left out), each
normalised over the columns to 0 (worst) .. 1 (best), so "further out" is
always better; the status quo is drawn dashed grey.  Axis titles, legends
and labels go through ``translate("report", ...)``.
"""

from __future__ import annotations

import io
import textwrap

import numpy as np

from plannerapp.i18n import translate

#: one colour per scheme column (status quo: grey); colour-blind safe (Tableau 10)
SCHEME_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1")
STATUS_QUO_COLOUR = "#9a9a9a"
BEST_EDGE, WORST_EDGE = "#1b7f3b", "#b3261e"
FONTS = ["Noto Sans", "Noto Sans CJK SC", "DejaVu Sans"]


def column_colours(table) -> list[str]:
    """The colour of each column of *table* (same in charts, views and report)."""
    out, k = [], 0
    for c in table.columns:
        if c.is_status_quo:
            out.append(STATUS_QUO_COLOUR)
        else:
            out.append(SCHEME_COLOURS[k % len(SCHEME_COLOURS)])
            k += 1
    return out


def _style(fig) -> None:
    import matplotlib

    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = FONTS + list(matplotlib.rcParams["font.sans-serif"])
    fig.patch.set_facecolor("white")


def _unit_suffix(unit: str) -> str:
    return f" ({unit})" if unit else ""


def draw_bar(fig, table, key: str) -> None:
    """Bar chart of metric *key*: one bar per column, best bar outlined green, worst red."""
    _style(fig)
    fig.clear()
    ax = fig.add_subplot(111)
    row = table.row(key)
    names = [c.name for c in table.columns]
    vals = [v if isinstance(v, (int, float)) and v == v else np.nan for v in row.values]
    colours = column_colours(table)
    bars = ax.bar(range(len(vals)), [0 if np.isnan(v) else v for v in vals], color=colours, width=0.62)
    for i, b in enumerate(bars):
        if i in row.best:
            b.set_edgecolor(BEST_EDGE)
            b.set_linewidth(2.5)
        elif i in row.worst:
            b.set_edgecolor(WORST_EDGE)
            b.set_linewidth(2.5)
        txt = "-" if np.isnan(vals[i]) else row.formatted(i)
        ax.annotate(txt, (b.get_x() + b.get_width() / 2, b.get_height()), ha="center", va="bottom",
                    fontsize=8.5, xytext=(0, 2), textcoords="offset points")
    ax.set_xticks(range(len(vals)))
    ax.set_xticklabels(["\n".join(textwrap.wrap(n, 14)) for n in names], fontsize=8.5)
    ax.set_ylabel(translate("report", "Value") + _unit_suffix(row.unit), fontsize=9)
    ax.set_xlabel(translate("report", "Scheme"), fontsize=9)
    hint = {"higher": translate("report", "higher is better"), "lower": translate("report", "lower is better"),
            "neutral": translate("report", "no better direction")}[row.direction]
    ax.set_title("\n".join(textwrap.wrap(row.label, 48)) + f"\n({hint})", fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    ax.margins(y=0.15)
    ax.grid(axis="y", color="#e3e3e3", linewidth=0.8)
    ax.set_axisbelow(True)
    fig.tight_layout()


#: rows on the radar (one per question a committee asks; the review's passed count mirrors its failed count)
RADAR_KEYS = ("green_ratio_pct", "checks_failed", "sunlight_window_share", "facade_sun_hours_mean",
              "ground_shadow_area_m2", "roof_insolation_kwh_m2", "pv_mwh", "svf_mean", "uhi_k", "tmrt_max_c",
              "ground_temp_c", "roof_temp_c", "pervious_pct")


def normalised(table) -> tuple[list, np.ndarray]:
    """``(rows, scores (n_rows, n_columns))``: the :data:`RADAR_KEYS` rows scaled 0 (worst) .. 1 (best).

    A row whose values are all equal scores 1 everywhere; a missing value 0.
    """
    rows = [r for r in table.numeric_rows() if r.direction in ("higher", "lower") and r.key in RADAR_KEYS]
    out = np.zeros((len(rows), len(table.columns)))
    for k, r in enumerate(rows):
        v = np.array([x if isinstance(x, (int, float)) and x == x else np.nan for x in r.values], float)
        lo, hi = np.nanmin(v), np.nanmax(v)
        if not np.isfinite(lo) or hi - lo <= 1e-12:
            s = np.where(np.isnan(v), 0.0, 1.0)
        else:
            s = (v - lo) / (hi - lo)
            if r.direction == "lower":
                s = 1.0 - s
        out[k] = np.nan_to_num(s, nan=0.0)
    return rows, out


def draw_radar(fig, table, *, compact: bool = False) -> None:
    """Radar (spider) chart of the normalised directed metrics, one polygon per column.

    compact: smaller labels and no title (the GUI's chart tab names it)."""
    _style(fig)
    fig.clear()
    rows, scores = normalised(table)
    ax = fig.add_subplot(111, projection="polar")
    n = len(rows)
    if n < 3:
        ax.set_title(translate("report", "Too few metrics for an overview"), fontsize=10)
        return
    ang = np.linspace(0, 2 * np.pi, n, endpoint=False)
    closed = np.concatenate([ang, ang[:1]])
    for i, (c, colour) in enumerate(zip(table.columns, column_colours(table))):
        s = np.concatenate([scores[:, i], scores[:1, i]])
        ls = "--" if c.is_status_quo else "-"
        ax.plot(closed, s, ls, color=colour, linewidth=2.0 if not c.is_status_quo else 1.5, label=c.name)
        if not c.is_status_quo:
            ax.fill(closed, s, color=colour, alpha=0.08)
    ax.set_xticks(ang)
    ax.set_xticklabels(["\n".join(textwrap.wrap(r.label, 16 if compact else 18)) for r in rows],
                       fontsize=6 if compact else 7)
    ax.set_ylim(0, 1.05)
    ax.set_yticks([0.25, 0.5, 0.75, 1.0])
    ax.set_yticklabels(["", "", "", ""])
    ax.tick_params(axis="x", pad=9)
    if compact:
        ax.legend(loc="center left", bbox_to_anchor=(1.25, 0.5), fontsize=7.5, frameon=False)
    else:
        ax.set_title(translate("report", "Overview (centre = worst, edge = best)"), fontsize=10, pad=26)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), fontsize=8.5, frameon=False,
                  ncol=min(4, len(table.columns)))
    fig.tight_layout()


def chart_bytes(table, kind: str = "radar", key: str | None = None, fmt: str = "png", size=(6.4, 4.0),
                dpi: int = 130) -> bytes:
    """Render a chart off screen (Agg): *kind* ``radar`` or ``bar`` (with *key*); *fmt* ``png``/``svg``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)
    if kind == "radar":
        draw_radar(fig, table)
    elif kind == "bar":
        draw_bar(fig, table, key)
    else:
        raise ValueError(kind)
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi, bbox_inches="tight")
    return buf.getvalue()


def all_charts(table, fmt: str = "png") -> list[tuple[str, bytes]]:
    """``[("radar", bytes), (row key, bytes) ...]``: the overview and one bar chart per numeric row."""
    out = [("radar", chart_bytes(table, "radar", fmt=fmt, size=(8.0, 6.0)))]
    for r in table.numeric_rows():
        out.append((r.key, chart_bytes(table, "bar", r.key, fmt=fmt, size=(5.0, 3.4))))
    return out
