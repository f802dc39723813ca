"""Rule profiles: how floor area and height are counted in a city.

A profile is a plain JSON data file (``plannerapp/rules/profiles/<name>.json``
or any path) so reviewers can read, diff and extend it without code.
Fields (all documented in ``docs/review.md``):

``floor_area``
    ``use_gfa_attribute`` (bool): use ``Building.attributes["gfa_m2"]`` (m2,
    e.g. from IFC storeys) when present.  ``standard_storey_height_m`` (m):
    storey height used to derive storeys from the height when a building gives
    none.  ``tall_storey_factor`` (number or null): a storey taller than
    ``factor x standard_storey_height_m`` counts ``tall_storey_counts_as``
    times (null: no such rule).  ``balcony_area_factor`` (0-1): share of
    ``attributes["balcony_area_m2"]`` (balconies outside the footprint, all
    storeys) that counts.
``height``
    ``measure``: ``"top"`` (top of the building above its base) or
    ``"main_roof"`` (roof structures whose roof area is at most
    ``roof_structure_max_area_fraction`` of the building's roof area do not
    count; needs a mesh with roof faces, else same as ``top``).
``tolerances``
    ``distance_m``, ``ratio``, ``area_m2``, ``sunlight_h``: how far past a limit a
    value may be and still pass (rounding of input data).
``sunlight``
    ``sensitive_uses``: context uses whose windows the neighbour test protects;
    ``unknown_use_sensitive``: protect context buildings whose use is not
    known too (true by default: a building of unknown use cannot be shown
    not to be housing); ``neighbour_presets``: for GB 50180 reviews, the solar
    preset (``plannerapp/analysis/profiles``: day, window, required hours)
    that judges a neighbour of a given use (kindergarten -> winter solstice
    3 h, GB 50352); other neighbours are judged by the parcel's control;
    ``shadow_range_factor`` / ``shadow_range_min_m``: neighbours within
    ``max(min, factor x tallest new building height)`` m of the scheme are tested;
    ``standards``: per standard, ``neighbour_test`` (``no_worse``: a window
    that complied must still comply, one that did not may lose nothing;
    ``ratio``: after >= ``ratio`` x before) and ``time_base``.

Values marked in a profile's ``verify`` list could not be checked against the
current edition of the local rules: the report prints them as such.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from plannerapp.errors import InputError
from plannerapp.i18n import translate

PROFILE_DIR = Path(__file__).resolve().parent / "profiles"
DEFAULT_PROFILE = "default"
HEIGHT_MEASURES = ("top", "main_roof")
NEIGHBOUR_TESTS = ("no_worse", "ratio")


@dataclass(frozen=True)
class RuleProfile:
    """A loaded, validated rule profile (see the module docstring for fields)."""

    name: str
    title: str
    description: str
    source: str
    use_gfa_attribute: bool = True
    standard_storey_height_m: float = 3.0
    tall_storey_factor: float | None = None
    tall_storey_counts_as: float = 2.0
    balcony_area_factor: float = 0.0
    height_measure: str = "top"
    roof_structure_max_area_fraction: float = 0.25
    tol_distance_m: float = 0.001
    tol_ratio: float = 1e-9
    tol_area_m2: float = 0.01
    tol_sunlight_h: float = 0.0
    sensitive_uses: tuple[str, ...] = ()
    unknown_use_sensitive: bool = True
    neighbour_presets: dict = field(default_factory=dict)
    shadow_range_factor: float = 3.0
    shadow_range_min_m: float = 30.0
    sunlight_standards: dict = field(default_factory=dict)
    sunlight_receptors: dict = field(default_factory=dict)
    sunlight_year: int | None = None
    sunlight_backend: str = "embree"
    verify: tuple[str, ...] = ()
    raw: dict = field(default_factory=dict)

    @property
    def source_label(self) -> str:
        """``bundled:<file>`` for a bundled profile, else the file path."""
        try:
            if Path(self.source).resolve().parent == PROFILE_DIR:
                return "bundled:" + Path(self.source).name
        except (OSError, ValueError):
            pass
        return self.source

    @property
    def tall_storey_threshold_m(self) -> float | None:
        if self.tall_storey_factor is None:
            return None
        return self.tall_storey_factor * self.standard_storey_height_m

    def parameters(self) -> dict:
        """Every calculation parameter, for the report's parameter block."""
        return {
            "profile": self.name,
            "profile_source": self.source_label,
            "floor_area.use_gfa_attribute": self.use_gfa_attribute,
            "floor_area.standard_storey_height_m": self.standard_storey_height_m,
            "floor_area.tall_storey_factor": self.tall_storey_factor,
            "floor_area.tall_storey_threshold_m": self.tall_storey_threshold_m,
            "floor_area.tall_storey_counts_as": self.tall_storey_counts_as,
            "floor_area.balcony_area_factor": self.balcony_area_factor,
            "height.measure": self.height_measure,
            "height.roof_structure_max_area_fraction": self.roof_structure_max_area_fraction,
            "tolerances.distance_m": self.tol_distance_m,
            "tolerances.ratio": self.tol_ratio,
            "tolerances.area_m2": self.tol_area_m2,
            "tolerances.sunlight_h": self.tol_sunlight_h,
            "sunlight.sensitive_uses": list(self.sensitive_uses),
            "sunlight.unknown_use_sensitive": self.unknown_use_sensitive,
            "sunlight.neighbour_presets": dict(self.neighbour_presets),
            "sunlight.shadow_range_factor": self.shadow_range_factor,
            "sunlight.shadow_range_min_m": self.shadow_range_min_m,
            "sunlight.standards": self.sunlight_standards,
            "sunlight.receptors": self.sunlight_receptors,
            "sunlight.year": self.sunlight_year,
            "sunlight.backend": self.sunlight_backend,
            "verify": list(self.verify),
        }


def available_profiles() -> list[str]:
    """Names of the bundled profiles."""
    return sorted(p.stem for p in PROFILE_DIR.glob("*.json"))


def profile_path(name_or_path: str) -> Path:
    p = Path(name_or_path)
    if p.suffix.lower() == ".json" or p.exists() or "/" in name_or_path or "\\" in name_or_path:
        return p
    return PROFILE_DIR / f"{name_or_path}.json"


def load_profile(name_or_path: str | None = None) -> RuleProfile:
    """Load a bundled profile by name (``"default"``, ``"xiongan"``) or a JSON file path.

    ``None`` or ``""`` loads :data:`DEFAULT_PROFILE`.  Raises :class:`InputError`
    naming the file and every problem.
    """
    path = profile_path(name_or_path or DEFAULT_PROFILE)
    if not path.exists():
        raise InputError(path, translate("rules", "unknown rule profile {name!r} (bundled: {names})").format(
            name=name_or_path, names=", ".join(available_profiles())))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(path, translate("rules", "cannot read rule profile: {error}").format(error=exc)) from None
    return profile_from_dict(data, source=str(path))


def profile_from_dict(data: dict, source: str = "") -> RuleProfile:
    problems: list[str] = []
    if not isinstance(data, dict):
        raise InputError(source or None, translate("rules", "a rule profile must be a JSON object"))

    def section(name):
        val = data.get(name, {})
        if not isinstance(val, dict):
            problems.append(translate("rules", "{key} must be an object").format(key=name))
            return {}
        return val

    def number(sec, secname, key, default, lo=None, hi=None, allow_none=False):
        val = sec.get(key, default)
        if val is None and allow_none:
            return None
        if isinstance(val, bool) or not isinstance(val, (int, float)) or not math.isfinite(val):
            problems.append(translate("rules", "{key} must be a number, not {value!r}").format(key=f"{secname}.{key}", value=val))
            return default
        if (lo is not None and val < lo) or (hi is not None and val > hi):
            problems.append(translate("rules", "{key} = {value} is out of range").format(key=f"{secname}.{key}", value=val))
            return default
        return float(val)

    fa, ht, tol, sun = section("floor_area"), section("height"), section("tolerances"), section("sunlight")
    use_attr = fa.get("use_gfa_attribute", True)
    if not isinstance(use_attr, bool):
        problems.append(translate("rules", "floor_area.use_gfa_attribute must be true or false"))
        use_attr = True
    measure = ht.get("measure", "top")
    if measure not in HEIGHT_MEASURES:
        problems.append(translate("rules", "height.measure must be one of {choices}, not {value!r}").format(
            choices=", ".join(HEIGHT_MEASURES), value=measure))
        measure = "top"
    standards = sun.get("standards", {})
    if not isinstance(standards, dict):
        problems.append(translate("rules", "sunlight.standards must be an object"))
        standards = {}
    for key, std in standards.items():
        if not isinstance(std, dict) or std.get("neighbour_test") not in NEIGHBOUR_TESTS:
            problems.append(translate("rules", "sunlight.standards.{key}.neighbour_test must be one of {choices}").format(
                key=key, choices=", ".join(NEIGHBOUR_TESTS)))
        elif not isinstance(std.get("ratio", 1.0), (int, float)) or not 0 < std.get("ratio", 1.0) <= 1:
            problems.append(translate("rules", "sunlight.standards.{key}.ratio must be in (0, 1]").format(key=key))
    uses = sun.get("sensitive_uses", [])
    if not isinstance(uses, list) or not all(isinstance(u, str) for u in uses):
        problems.append(translate("rules", "sunlight.sensitive_uses must be a list of strings"))
        uses = []
    receptors = {"window_width_m": 1.5, "window_spacing_m": 3.6, "floors": "lowest", "mode": "centre",
                 "sill_height_m": 0.9}
    rec = sun.get("receptors", {})
    if not isinstance(rec, dict) or rec.get("mode", "centre") not in ("centre", "full"):
        problems.append(translate("rules", "sunlight.receptors must be an object with mode centre or full"))
    else:
        receptors.update(rec)
    year = sun.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200):
        problems.append(translate("rules", "sunlight.year must be a year or null"))
        year = None
    backend = sun.get("backend", "embree")
    if backend not in ("embree", "numpy"):
        problems.append(translate("rules", "sunlight.backend must be embree or numpy"))
        backend = "embree"
    presets = sun.get("neighbour_presets", {})
    if not isinstance(presets, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in presets.items()):
        problems.append(translate("rules", "sunlight.neighbour_presets must map use names to solar preset ids"))
        presets = {}
    presets = {k.strip().lower(): v for k, v in presets.items()}
    verify = data.get("verify", [])
    if not isinstance(verify, list):
        verify = []
    prof = RuleProfile(
        name=str(data.get("name") or Path(source).stem or "custom"),
        title=str(data.get("title", "")),
        description=str(data.get("description", "")),
        source=source,
        use_gfa_attribute=use_attr,
        standard_storey_height_m=number(fa, "floor_area", "standard_storey_height_m", 3.0, lo=1.0, hi=20.0),
        tall_storey_factor=number(fa, "floor_area", "tall_storey_factor", None, lo=1.0, hi=10.0, allow_none=True),
        tall_storey_counts_as=number(fa, "floor_area", "tall_storey_counts_as", 2.0, lo=1.0, hi=10.0),
        balcony_area_factor=number(fa, "floor_area", "balcony_area_factor", 0.0, lo=0.0, hi=1.0),
        height_measure=measure,
        roof_structure_max_area_fraction=number(ht, "height", "roof_structure_max_area_fraction", 0.25, lo=0.0, hi=1.0),
        tol_distance_m=number(tol, "tolerances", "distance_m", 0.001, lo=0.0, hi=1.0),
        tol_ratio=number(tol, "tolerances", "ratio", 1e-9, lo=0.0, hi=0.1),
        tol_area_m2=number(tol, "tolerances", "area_m2", 0.01, lo=0.0, hi=100.0),
        tol_sunlight_h=number(tol, "tolerances", "sunlight_h", 0.0, lo=0.0, hi=1.0),
        sensitive_uses=tuple(uses),
        unknown_use_sensitive=bool(sun.get("unknown_use_sensitive", True)),
        neighbour_presets=presets,
        shadow_range_factor=number(sun, "sunlight", "shadow_range_factor", 3.0, lo=0.0, hi=100.0),
        shadow_range_min_m=number(sun, "sunlight", "shadow_range_min_m", 30.0, lo=0.0, hi=10000.0),
        sunlight_standards={str(k): dict(v) for k, v in standards.items() if isinstance(v, dict)},
        sunlight_receptors=receptors,
        sunlight_year=year,
        sunlight_backend=backend,
        verify=tuple(str(v) for v in verify),
        raw=data,
    )
    if problems:
        raise InputError(source or None, problems)
    return prof
