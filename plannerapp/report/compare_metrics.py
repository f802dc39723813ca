"""Scheme comparison table: :func:`compare_schemes` -> :class:`ComparisonTable`.

One column per scheme (plus the status quo first), one row per metric
(:data:`METRICS`: key, label, unit, direction).  Planning indicators come
from the review (:func:`plannerapp.rules.review.review_scheme`: the same
GFA, FAR, coverage and green ratio as ``plannerapp review --json``, summed
over the parcels); the analyses from
:func:`plannerapp.report.compare_analyses.analyse_scheme`.

Direction per metric: ``higher`` or ``lower`` is better, ``neutral`` where
more is not better or worse by itself (GFA, FAR, heights, counts).  Best and
worst are marked among the *schemes* (the status quo is the reference, not a
contender) and only when the values differ.

Results are cached per column, keyed by a content hash of what the column is
made of (the scheme's buildings, green areas and demolitions, the context,
the controls, the site and the settings), so editing one scheme recomputes
that scheme only.  Units as in :data:`METRICS` (m2, %, m, h, kWh/m2 per
year, MWh per year, K, degrees C).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections import OrderedDict
from dataclasses import dataclass, field

import shapely

from plannerapp import __version__
from plannerapp.analysis.progress import Reporter
from plannerapp.i18n import translate
from plannerapp.i18n.terms import lcz_name
from plannerapp.model.scheme import Scheme
from plannerapp.report.compare_analyses import CompareSettings, analyse_scheme

STATUS_QUO = "status-quo"
HIGHER, LOWER, NEUTRAL = "higher", "lower", "neutral"


@dataclass(frozen=True)
class Metric:
    key: str
    label: str          # English source text; shown through translate("report", label)
    unit: str
    direction: str
    digits: int = 1
    group: str = "plan"


#: every row, in table order (labels are translated where they are shown)
METRICS = (
    Metric("gfa_m2", "Gross floor area (GFA)", "m\u00b2", NEUTRAL, 0),
    Metric("far", "Plot ratio (FAR)", "", NEUTRAL, 2),
    Metric("coverage_pct", "Site coverage", "%", NEUTRAL, 1),
    Metric("green_ratio_pct", "Green ratio (ground level)", "%", HIGHER, 1),
    Metric("building_count", "Buildings on the parcels", "", NEUTRAL, 0),
    Metric("max_height_m", "Maximum height", "m", NEUTRAL, 1),
    Metric("mean_height_m", "Mean height (footprint-weighted)", "m", NEUTRAL, 1),
    Metric("checks_passed", "Review: checks passed", "", HIGHER, 0, "review"),
    Metric("checks_failed", "Review: checks failed", "", LOWER, 0, "review"),
    Metric("checks_not_evaluated", "Review: checks not evaluated", "", NEUTRAL, 0, "review"),
    Metric("sunlight_window_share", "Residential windows meeting the sunlight rule", "%", HIGHER, 1, "sun"),
    Metric("facade_sun_hours_mean", "Mean facade sunlight", "h", HIGHER, 2, "sun"),
    Metric("ground_shadow_area_m2", "Ground in shadow longer than {n} h", "m\u00b2", LOWER, 0, "sun"),
    Metric("roof_insolation_kwh_m2", "Mean roof insolation", "kWh/m\u00b2\u00b7a", HIGHER, 0, "sun"),
    Metric("pv_mwh", "Rooftop PV potential", "MWh/a", HIGHER, 1, "sun"),
    Metric("svf_mean", "Mean sky view factor (public ground)", "", HIGHER, 3, "heat"),
    Metric("uhi_k", "Nocturnal heat island, Oke (mean)", "K", LOWER, 2, "heat"),
    Metric("tmrt_max_c", "Daily maximum Tmrt (mean)", "\u00b0C", LOWER, 1, "heat"),
    Metric("tmrt_hot_share", "Ground with Tmrt above {t} \u00b0C", "%", LOWER, 1, "heat"),
    Metric("ground_temp_c", "Daily maximum ground temperature (mean)", "\u00b0C", LOWER, 1, "heat"),
    Metric("roof_temp_c", "Daily maximum roof temperature (mean)", "\u00b0C", LOWER, 1, "heat"),
    Metric("pervious_pct", "Pervious surface (site)", "%", HIGHER, 1, "heat"),
    Metric("lcz", "Local Climate Zone", "", NEUTRAL, 0, "heat"),
)
METRIC_BY_KEY = {m.key: m for m in METRICS}


@dataclass
class Column:
    """One compared scheme (``id`` ``status-quo`` for the status quo)."""

    id: str
    name: str
    is_status_quo: bool = False
    verdict: str = ""           # "passed" / "failed"
    failed_rules: list = field(default_factory=list)
    seconds: float = 0.0
    cached: bool = False


@dataclass
class Row:
    key: str
    label: str
    unit: str
    direction: str
    values: list
    digits: int = 1
    best: list = field(default_factory=list)    # column indices
    worst: list = field(default_factory=list)

    def formatted(self, i: int) -> str:
        v = self.values[i]
        if v is None or (isinstance(v, float) and v != v):
            return "-"
        if isinstance(v, str):
            return v
        return f"{v:,.{self.digits}f}"


@dataclass
class ComparisonTable:
    """The table (see module docstring); ``layers[column_id]`` holds the per-point results."""

    project: str
    columns: list[Column]
    rows: list[Row]
    settings: dict
    created: dt.datetime
    layers: dict = field(default_factory=dict)
    software_version: str = __version__

    def row(self, key: str) -> Row:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)

    def value(self, key: str, column_id: str):
        ids = [c.id for c in self.columns]
        return self.row(key).values[ids.index(column_id)]

    def numeric_rows(self) -> list[Row]:
        return [r for r in self.rows if any(isinstance(v, (int, float)) and v == v for v in r.values)
                and not any(isinstance(v, str) for v in r.values)]

    def to_csv(self) -> str:
        """``key,metric,unit,direction,<column ids...>`` one line per row (values in the row's unit)."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["key", "metric", "unit", "direction"] + [c.id for c in self.columns])
        w.writerow(["name", translate("report", "Scheme"), "", ""] + [c.name for c in self.columns])
        for r in self.rows:
            w.writerow([r.key, r.label, r.unit, r.direction]
                       + ["" if v is None else (f"{v:.6g}" if isinstance(v, float) else v) for v in r.values])
        return buf.getvalue()

    def to_dict(self) -> dict:
        return {"project": self.project, "created": self.created.isoformat(timespec="seconds"),
                "software": {"name": "plannerapp", "version": self.software_version}, "settings": self.settings,
                "columns": [c.__dict__ for c in self.columns],
                "rows": [{k: v for k, v in r.__dict__.items()} for r in self.rows]}


# ------------------------------------------------------------------------- cache
class MetricsCache:
    """Column results by content hash (least recently used dropped beyond *size*)."""

    def __init__(self, size: int = 32):
        self.size = size
        self._d: OrderedDict = OrderedDict()

    def get(self, key):
        if key in self._d:
            self._d.move_to_end(key)
            return self._d[key]
        return None

    def put(self, key, value) -> None:
        self._d[key] = value
        self._d.move_to_end(key)
        while len(self._d) > self.size:
            self._d.popitem(last=False)

    def clear(self) -> None:
        self._d.clear()

    def __len__(self) -> int:
        return len(self._d)


DEFAULT_CACHE = MetricsCache()


def _geom_bytes(g) -> bytes:
    return b"" if g is None else shapely.to_wkb(g, output_dimension=2, include_srid=False)


def _building_digest(h, b) -> None:
    h.update(f"{b.id}|{b.height:.4f}|{b.base_z:.4f}|{b.floors}|{b.floor_height:.4f}|{b.use}|".encode())
    h.update(_geom_bytes(b.footprint))
    if b.mesh is not None:
        h.update(b.mesh.vertices.tobytes())
        h.update(b.mesh.faces.tobytes())
    gfa = b.attributes.get("gfa_m2") if b.attributes else None
    h.update(repr(gfa).encode())


def scheme_hash(project, scheme: Scheme | None, settings: CompareSettings) -> str:
    """Content hash of everything one column depends on (edits to the scheme change it)."""
    h = hashlib.sha256()
    ctx = project.context
    h.update(f"{project.context_path}|{ctx.source}|{len(ctx.buildings)}|{ctx.origin.tobytes().hex()}|".encode())
    h.update(json.dumps([(p.id, dict(p.controls)) for p in project.controls.parcels], sort_keys=True,
                        default=str).encode())
    for p in project.controls.parcels:
        h.update(_geom_bytes(p.polygon))
    h.update(json.dumps([project.site.__dict__ if project.site else None, project.settings], sort_keys=True,
                        default=str).encode())
    h.update(repr(settings.key()).encode())
    if scheme is None:
        h.update(b"status-quo")
    else:
        for b in scheme.buildings.values():
            _building_digest(h, b)
        for g in scheme.greens:
            h.update(f"{g.id}|{g.on_roof}|{g.kind}|{(g.attributes or {}).get('surface')}|".encode())
            h.update(_geom_bytes(g.polygon))
        h.update(("|".join(sorted(scheme.demolish))).encode())
    return h.hexdigest()


# ------------------------------------------------------------------------ columns
def _plan_metrics(project, scheme: Scheme, quick: bool, cancelled) -> tuple[dict, str, list]:
    from plannerapp.rules.review import review_scheme

    review = review_scheme(project, scheme, sunlight_rules=not quick, cancelled=cancelled)
    inds = [p.indicators for p in review.parcels]
    area = sum(i.area_m2 for i in inds) or float("nan")
    gfa = sum(i.gfa_m2 for i in inds)
    site = review.site
    members = [b for b, p in zip(site.buildings, site.parcel_of) if p >= 0]
    heights = [b.height for b in members]
    fp = [float(b.footprint2d.area) for b in members]
    m = {
        "gfa_m2": gfa, "far": gfa / area, "coverage_pct": 100.0 * sum(i.footprint_m2 for i in inds) / area,
        "green_ratio_pct": 100.0 * sum(i.green_m2 for i in inds) / area, "building_count": len(members),
        "max_height_m": max(heights) if heights else None,
        "mean_height_m": (sum(h * a for h, a in zip(heights, fp)) / sum(fp)) if fp and sum(fp) > 0 else None,
        "checks_passed": sum(1 for f in review.findings if f.passed is True),
        "checks_failed": len(review.failed), "checks_not_evaluated": len(review.not_evaluated),
    }
    failed = sorted({f.rule for f in review.failed})
    return m, ("passed" if review.passed else "failed"), failed


def _column_values(plan: dict, an) -> dict:
    from plannerapp.i18n.terms import lcz_name

    a = an.metrics
    pct = lambda v: None if v is None else 100.0 * float(v)  # noqa: E731
    lcz = a.get("heat_lcz_code")
    return {**plan,
            "sunlight_window_share": a.get("sunlight_window_share"),
            "facade_sun_hours_mean": a.get("facade_sun_hours_mean"),
            "ground_shadow_area_m2": a.get("ground_shadow_area_m2"),
            "roof_insolation_kwh_m2": a.get("roof_insolation_kwh_m2"), "pv_mwh": a.get("pv_mwh"),
            "svf_mean": a.get("heat_svf_mean"), "uhi_k": a.get("heat_uhi_oke_k_mean"),
            "tmrt_max_c": a.get("heat_tmrt_max_c_mean"), "tmrt_hot_share": pct(a.get("heat_tmrt_max_c_share_above")),
            "ground_temp_c": a.get("heat_ground_temp_max_c_mean"), "roof_temp_c": a.get("heat_site_roof_temp_max_c"),
            "pervious_pct": a.get("heat_site_pervious_fraction"),
            "lcz": f"{lcz} {lcz_name(a.get('heat_lcz_name'))}".strip() if lcz is not None else None}


def mark_best_worst(row: Row, contenders: list[int]) -> None:
    """Set ``row.best``/``row.worst`` among column indices *contenders* (none for neutral or equal values)."""
    row.best, row.worst = [], []
    if row.direction == NEUTRAL:
        return
    vals = {i: row.values[i] for i in contenders
            if isinstance(row.values[i], (int, float)) and row.values[i] == row.values[i]}
    if len(vals) < 2:
        return
    tol = 10.0 ** (-row.digits) / 2
    hi, lo = max(vals.values()), min(vals.values())
    if hi - lo <= tol:
        return
    best, worst = (hi, lo) if row.direction == HIGHER else (lo, hi)
    row.best = [i for i, v in vals.items() if abs(v - best) <= tol]
    row.worst = [i for i, v in vals.items() if abs(v - worst) <= tol]


def compare_schemes(project, scheme_ids=None, *, day: str | None = None, quick: bool = True,
                    shadow_hours: float = 4.0, include_status_quo: bool = True, progress=None, cancelled=None,
                    cache: MetricsCache | None = DEFAULT_CACHE) -> ComparisonTable:
    """The comparison table of *scheme_ids* (ids, names or file stems; ``None`` = all schemes).

    day: ISO date for facade and ground sunlight (default: the sunlight
    control's day).  quick: coarse settings (``compare_analyses.QUICK``).
    ``progress(fraction, text)`` names the scheme being analysed; raises
    ``Cancelled`` when ``cancelled()`` turns true.  Unknown scheme ->
    ``KeyError``-free :class:`~plannerapp.errors.InputError`.
    """
    from plannerapp.errors import InputError

    settings = CompareSettings(quick=quick, day=day, shadow_hours=shadow_hours)
    schemes: list[Scheme | None] = [None] if include_status_quo else []
    for key in (scheme_ids if scheme_ids is not None else [s.id for s in project.schemes]):
        if key in (STATUS_QUO, "status quo"):
            continue
        try:
            schemes.append(project.scheme(key))
        except KeyError:
            names = ", ".join(s.id for s in project.schemes) or "-"
            raise InputError(project.root or None, translate("report", "no scheme {name!r} in the project (schemes: {names})").format(
                name=key, names=names)) from None
    rep = Reporter(progress, cancelled)
    n = max(1, len(schemes))
    done = [0.0]
    columns, values, layers, params = [], [], {}, {}
    for k, scheme in enumerate(schemes):
        name = scheme.display_name if scheme is not None else translate("report", "Status quo")
        sid = scheme.id if scheme is not None else STATUS_QUO
        done[0] = max(done[0], k / n)
        rep(done[0], translate("report", "{name}: starting").format(name=name), force=True)
        key = scheme_hash(project, scheme, settings)
        hit = cache.get(key) if cache is not None else None
        col = Column(sid, name, scheme is None)
        if hit is None:
            def sub(f, t="", _k=k, _name=name):   # never backwards (sub-steps overlap by rounding)
                done[0] = max(done[0], (_k + f) / n)
                rep(done[0], translate("report", "{name}: {step}").format(name=_name, step=t))
            plan, verdict, failed = _plan_metrics(project, scheme if scheme is not None else Scheme(STATUS_QUO, name),
                                                  quick, cancelled)
            an = analyse_scheme(project, scheme, settings, progress=sub, cancelled=cancelled)
            hit = (plan, verdict, failed, an)
            if cache is not None:
                cache.put(key, hit)
        else:
            col.cached = True
        plan, verdict, failed, an = hit
        col.verdict, col.failed_rules, col.seconds = verdict, list(failed), an.seconds
        columns.append(col)
        values.append(_column_values(plan, an))
        layers[sid] = an.layers
        params = params or an.parameters
    rep(1.0, translate("report", "Comparison done"), force=True)
    rows = []
    contenders = [i for i, c in enumerate(columns) if not c.is_status_quo] or list(range(len(columns)))
    thr = params.get("tmrt_threshold_c", 55.0)
    for m in METRICS:
        label = translate("report", m.label).format(n=f"{shadow_hours:g}", t=f"{thr:g}")
        r = Row(m.key, label, m.unit, m.direction, [v.get(m.key) for v in values], m.digits)
        mark_best_worst(r, contenders)
        rows.append(r)
    settings_out = {"quick": quick, "shadow_hours": shadow_hours, **params,
                    "review_sunlight_rules": not quick, "area_margin_m": settings.area_margin_m}
    return ComparisonTable(project.name, columns, rows, settings_out, dt.datetime.now(dt.timezone.utc), layers)


def settings_lines(table: ComparisonTable) -> list[tuple[str, str]]:
    """(label, value) pairs describing how the table was computed (for the table footer and reports)."""
    s = table.settings
    tr = lambda t: translate("report", t)  # noqa: E731
    return [
        (tr("Settings"), tr("quick") if s.get("quick") else tr("full")),
        (tr("Sunlight rule day and window"), "{d}, {w} ({tb} time), {h} h, preset {p}".format(
            d=s.get("sunlight_day"), w=s.get("window"), tb=s.get("time_base"), h=s.get("min_hours"), p=s.get("preset"))),
        (tr("Facade and ground sunlight day"), str(s.get("day"))),
        (tr("Time step"), "{m:g} min".format(m=s.get("step_min", 0))),
        (tr("Grids"), tr("facades {f} m, ground {g} m, roofs {r} m, heat {h} m").format(
            f=s.get("facade_spacing_m"), g=s.get("ground_spacing_m"), r=s.get("roof_spacing_m"),
            h=s.get("heat_spacing_m"))),
        (tr("Roof insolation weather"), str(s.get("weather"))),
        (tr("Heat day and weather"), "{d}, {w}".format(d=s.get("heat_day"), w=s.get("heat_weather"))),
        (tr("Comparison area"), tr("parcels grown by {m:g} m").format(m=s.get("area_margin_m", 50.0))),
        (tr("Review"), tr("with the sunlight rules") if s.get("review_sunlight_rules")
         else tr("geometric rules only (sunlight rules not evaluated in quick mode)")),
    ]
