"""Project folders: ``project.json`` + context + controls + scheme files.

``load_project(dir)`` reads and validates the whole folder and lists EVERY
problem found in one :class:`InputError` (``.partial`` holds what loaded
safely; ``strict=False`` returns that project with ``project.warnings``).
``save_project(project, dir=None)`` writes scheme files, then controls, then
``project.json`` last, each atomically (temp file + ``os.replace``) with the
previous ``project.json`` kept as ``project.json.bak``.

Path rule: every path in ``project.json`` is relative to the project folder
and must stay inside it, except ``context``, which may also resolve into
the app's bundled ``resources/`` folder (read-only sample data shipped with
plannerapp, e.g. the Delft sample city).  A save never writes outside the
project folder.  See ``docs/projects.md``.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np

from plannerapp.errors import InputError
from plannerapp.geometry.crs import epsg_string, parse_crs, to_lonlat
from plannerapp.geometry.origin import choose_origin
from plannerapp.i18n import translate
from plannerapp.io.atomic import write_text_atomic
from plannerapp.io.project_controls import read_project_controls, write_controls
from plannerapp.io.project_migrations import migrate
from plannerapp.io.scheme import inside, read_scheme, safe_name, write_scheme
from plannerapp.model.city import City
from plannerapp.model.parcel import ControlPlan
from plannerapp.model.project import SCHEMA_VERSION, Project, Site

PROJECT_FILE = "project.json"
KNOWN_KEYS = ("schema_version", "name", "crs", "context", "controls", "schemes", "site", "settings")


def resources_root() -> Path | None:
    """The bundled resources folder (``plannerapp.paths``), ``None`` when unknown."""
    try:
        from plannerapp.paths import resources_dir
    except ImportError:  # pragma: no cover - only before paths.py existed
        return Path(__file__).resolve().parents[2] / "resources"
    return resources_dir()


def context_allowed(root, rel: str) -> bool:
    """True when the context path *rel* is inside *root* or inside the bundled resources."""
    if inside(root, rel):
        return True
    if not isinstance(rel, str) or os.path.isabs(rel):
        return False
    res = resources_root()
    if res is None or not res.is_dir():
        return False
    target = (Path(root) / rel).resolve()
    return res.resolve() in target.parents


def _load_city(path):
    from plannerapp.io.loader import load_city

    return load_city(path)


def _world_points_of_schemes(root: Path, rels) -> np.ndarray:
    pts = []
    for rel in rels:
        try:
            data = json.loads((root / rel).read_text(encoding="utf-8-sig"))
            for f in data.get("features", []):
                g = (f or {}).get("geometry") or {}
                pts.append(np.asarray(g.get("coordinates", []), dtype=object).ravel())
        except (OSError, ValueError, AttributeError, TypeError):
            continue
    flat = []
    for arr in pts:
        flat.extend(_flatten(arr.tolist()))
    xy = np.array(flat, dtype=np.float64).reshape(-1, 2) if flat else np.zeros((0, 2))
    return np.column_stack([xy, np.zeros(len(xy))])


def _flatten(obj):
    if isinstance(obj, (list, tuple)) and len(obj) >= 2 and all(isinstance(v, (int, float)) for v in obj[:2]):
        yield [float(obj[0]), float(obj[1])]
    elif isinstance(obj, (list, tuple)):
        for o in obj:
            yield from _flatten(o)


def read_project_json(path: Path) -> dict:
    """Parse and migrate ``project.json``; fatal problems raise InputError (no partial)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(path, translate("io", "no project.json in this folder")) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(path, translate("io", "not valid JSON ({error})").format(error=exc)) from None
    if not isinstance(data, dict):
        raise InputError(path, translate("io", "must hold a JSON object"))
    version = data.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise InputError(path, translate("io", "schema_version must be a whole number, not {value}").format(
            value=json.dumps(version)))
    if version > SCHEMA_VERSION:
        raise InputError(path, translate(
            "io", "schema_version {version} is newer than this plannerapp understands ({current}); update plannerapp").format(
            version=version, current=SCHEMA_VERSION))
    data, _steps = migrate(data)
    return data


def load_project(folder, *, strict: bool = True, city_loader=None) -> Project:
    """Load the project in *folder* (or the folder of a given ``project.json``).

    Every problem in ``project.json``, the controls and all scheme files is
    collected; with ``strict`` (default) any problem raises one
    :class:`InputError` whose ``partial`` is the project with the valid parts
    (bad features, schemes or context left out).  With ``strict=False`` that
    partial project is returned with the problems in ``project.warnings``.
    *city_loader* (path -> City) replaces :func:`plannerapp.io.loader.load_city`.
    """
    folder = Path(folder)
    if folder.is_file():
        folder = folder.parent
    root = folder.resolve()
    pj = root / PROJECT_FILE
    data = read_project_json(pj)
    problems: list[str] = []
    P = PROJECT_FILE

    def bad(text, **kw):
        problems.append(P + ": " + translate("io", text).format(**kw))

    name = data.get("name")
    if "name" not in data:
        bad("missing key {key}", key="name")
    if not isinstance(name, str) or not name:
        if "name" in data:
            bad("name must be a non-empty string")
        name = root.name
    crs = data.get("crs")
    if "crs" not in data:
        bad("missing key {key}", key="crs")
        crs = None
    elif not isinstance(crs, str):
        bad("crs must be a string like \"EPSG:7415\"")
        crs = None
    else:
        try:
            parse_crs(crs)
            crs = epsg_string(crs) if crs.upper().startswith("EPSG:") else crs
        except InputError as exc:
            bad("{problem}", problem=exc.problems[0])
            crs = None

    # context
    city = None
    ctx_rel = data.get("context")
    if "context" not in data:
        bad("missing key {key}", key="context")
        ctx_rel = ""
    elif not isinstance(ctx_rel, str) or not ctx_rel:
        bad("context must be a relative path string")
        ctx_rel = ""
    elif not context_allowed(root, ctx_rel):
        bad("context path {path} is outside the project folder (only bundled resources may be referenced there)",
            path=ctx_rel)
    elif not (root / ctx_rel).is_file():
        bad("context file {path} does not exist", path=ctx_rel)
    else:
        try:
            city = (city_loader or _load_city)(root / ctx_rel)
        except InputError as exc:
            problems.extend(translate("io", "context {path}: {problem}").format(path=ctx_rel, problem=p) for p in exc.problems)
    if city is not None and crs and city.crs and epsg_string(city.crs) != crs:
        bad("crs {crs} differs from the context's {ctx_crs}", crs=crs, ctx_crs=city.crs)

    # schemes (paths first: the origin may have to come from them)
    scheme_rels = []
    schemes_val = data.get("schemes", [])
    if not isinstance(schemes_val, list):
        bad("schemes must be a list of relative paths")
        schemes_val = []
    for i, rel in enumerate(schemes_val):
        if not isinstance(rel, str) or not rel:
            bad("schemes[{i}] must be a relative path string", i=i)
        elif not inside(root, rel):
            bad("scheme path {path} is outside the project folder", path=rel)
        elif rel in scheme_rels:
            bad("scheme {path} is listed twice", path=rel)
        else:
            scheme_rels.append(rel)

    if city is None:
        origin = choose_origin(_world_points_of_schemes(root, scheme_rels))
        city = City([], crs=crs, origin=origin, source=str(root / ctx_rel) if ctx_rel else "")
    if city.crs is None:
        city.crs = crs
    context_ids = set(city.ids()) if city.buildings else None

    schemes = []
    seen_ids = {}
    for rel in scheme_rels:
        scheme, sp = read_scheme(root / rel, root=root, origin=city.origin, context_ids=context_ids, crs=crs)
        problems.extend(sp)
        if (root / rel).is_file() and not any(p.startswith(rel + ": not") or p.startswith(rel + ": file") for p in sp):
            if scheme.id in seen_ids:
                bad("schemes {a} and {b} have the same file name (scheme ids must be unique)", a=seen_ids[scheme.id], b=rel)
                continue
            seen_ids[scheme.id] = rel
            schemes.append(scheme)

    # controls
    controls_rel = data.get("controls", "controls.geojson")
    controls = ControlPlan()
    if not isinstance(controls_rel, str) or not controls_rel:
        bad("controls must be a relative path string")
        controls_rel = "controls.geojson"
    elif not inside(root, controls_rel):
        bad("controls path {path} is outside the project folder", path=controls_rel)
    elif (root / controls_rel).is_file():
        controls, cp = read_project_controls(root / controls_rel, origin=city.origin, rel=controls_rel, crs=crs)
        problems.extend(cp)
    elif "controls" in data:
        bad("controls file {path} does not exist", path=controls_rel)

    # site
    site, derived = None, False
    if "site" in data:
        s = data["site"]
        lat = s.get("latitude") if isinstance(s, dict) else None
        lon = s.get("longitude") if isinstance(s, dict) else None
        ok = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
        if not ok or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            bad("site must be {{\"latitude\": degrees -90..90, \"longitude\": degrees -180..180}}")
        else:
            site = Site(float(lat), float(lon), s.get("timezone") if isinstance(s.get("timezone"), str) else None)
    if site is None and crs:
        site, derived = derive_site(city, crs), True

    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        bad("settings must be a JSON object")
        settings = {}
    project = Project(
        name=name, crs=crs, context=city, controls=controls, schemes=schemes, site=site, root=str(root),
        context_path=ctx_rel, controls_path=controls_rel if isinstance(controls_rel, str) else "controls.geojson",
        settings=settings, schema_version=SCHEMA_VERSION,
        extra={k: v for k, v in data.items() if k not in KNOWN_KEYS}, site_derived=derived)
    if problems:
        project.warnings = list(problems)
        if strict:
            raise InputError(pj, problems, partial=project)
    return project


def derive_site(city: City, crs: str) -> Site | None:
    """Site latitude/longitude: the centre of the context (world) converted from *crs*."""
    b = city.bounds_world() if city.buildings else np.full(6, np.nan)
    centre = city.origin[:2] if not np.isfinite(b).all() else 0.5 * (b[:2] + b[3:5])
    try:
        if not parse_crs(crs).is_projected and not parse_crs(crs).is_compound:
            return Site(float(centre[1]), float(centre[0]))
        lon, lat = to_lonlat(crs, float(centre[0]), float(centre[1]))
    except (InputError, ValueError, RuntimeError):
        return None
    if not (np.isfinite(lon) and np.isfinite(lat)):
        return None
    return Site(float(lat), float(lon))


# --------------------------------------------------------------------------- saving

def _unique_scheme_paths(project: Project) -> None:
    used = set()
    for s in project.schemes:
        rel = s.path or f"schemes/{safe_name(s.id)}.geojson"
        base, n = rel[: -len(".geojson")] if rel.endswith(".geojson") else rel, 2
        while rel in used:
            rel = f"{base}-{n}.geojson"
            n += 1
        used.add(rel)
        s.path = rel


def _place_context(project: Project, old_root: Path | None, new_root: Path) -> str:
    """The context path relative to *new_root*, copying the file in when needed."""
    rel = project.context_path
    if not rel:
        return ""
    src = Path(rel) if os.path.isabs(rel) or old_root is None else old_root / rel
    src = src.resolve()
    res = resources_root()
    if res is not None and res.is_dir() and res.resolve() in src.parents:
        return os.path.relpath(src, new_root).replace(os.sep, "/")
    if old_root is not None and not os.path.isabs(rel) and inside(old_root, rel):
        dest_rel = rel
    else:
        dest_rel = f"context/{src.name}"
    dest = new_root / dest_rel
    if src.is_file() and (not dest.exists() or not dest.samefile(src)):
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)
    return dest_rel


def project_to_json(project: Project) -> dict:
    data = {"schema_version": SCHEMA_VERSION, "name": project.name, "crs": project.crs,
            "context": project.context_path, "controls": project.controls_path,
            "schemes": [s.path for s in project.schemes]}
    if project.site is not None and not project.site_derived:
        data["site"] = {"latitude": project.site.latitude, "longitude": project.site.longitude}
        if project.site.timezone:
            data["site"]["timezone"] = project.site.timezone
    if project.settings:
        data["settings"] = project.settings
    for k, v in project.extra.items():
        data.setdefault(k, v)
    return data


def save_project(project: Project, folder=None, *, rewrite_controls: bool = False) -> Path:
    """Write *project* into *folder* (default: ``project.root``); returns the folder.

    Order: context copy (save-as only), scheme files and meshes, controls,
    then ``project.json`` (with ``.bak``).  Each file is replaced atomically,
    so a crash leaves every file either old or new, each parseable.
    Updates ``project.root``, ``context_path`` and scheme paths.  The
    controls file is left as it is (the review feature owns it) unless it is
    missing or *rewrite_controls* is set (then ``project.controls`` is written).
    """
    old_root = Path(project.root).resolve() if project.root else None
    if folder is None:
        if old_root is None:
            raise InputError(None, translate("io", "the project has no folder yet: choose one (Save As)"))
        new_root = old_root
    else:
        new_root = Path(folder).resolve()
    try:
        return _save_into(project, old_root, new_root, rewrite_controls)
    except OSError as exc:  # read-only folder, a file in the way, disk full: the project stays in memory
        raise InputError(folder if folder is not None else new_root, translate(
            "io", "cannot save the project here ({error})").format(error=exc.strerror or exc)) from None


def _save_into(project: Project, old_root: Path | None, new_root: Path, rewrite_controls: bool) -> Path:
    new_root.mkdir(parents=True, exist_ok=True)
    for rel in (project.controls_path,):
        if not inside(new_root, rel):
            raise InputError(new_root / PROJECT_FILE, translate("io", "path {path} is outside the project folder").format(path=rel))
    ctx_rel = _place_context(project, old_root, new_root)
    _unique_scheme_paths(project)
    crs = project.crs or project.context.crs
    for s in project.schemes:
        write_scheme(s, root=new_root, origin=project.context.origin, crs=crs)
    src_controls = (old_root / project.controls_path) if old_root else None
    dest_controls = new_root / project.controls_path
    if rewrite_controls:
        write_controls(project.controls, dest_controls, origin=project.context.origin, crs=crs)
    elif src_controls is not None and src_controls.is_file() and old_root != new_root:
        tmp = dest_controls.with_name(dest_controls.name + ".copy.tmp")
        shutil.copy2(src_controls, tmp)
        os.replace(tmp, dest_controls)
    elif not dest_controls.exists():
        write_controls(project.controls, dest_controls, origin=project.context.origin, crs=crs)
    project.root = str(new_root)
    project.context_path = ctx_rel
    text = json.dumps(project_to_json(project), indent=2, ensure_ascii=False) + "\n"
    write_text_atomic(new_root / PROJECT_FILE, text, keep_backup=True)
    return new_root
