"""Surface materials for the heat analysis: albedo, emissivity, surface-temperature wave.

The table is data (``analysis/heatdata/materials.json``): one entry per
surface type (paved, asphalt, grass, bare_soil, water, roof, green_roof,
wall) with

* ``albedo`` (0-1) and ``emissivity`` (0-1),
* the parameters of the sunlit surface-temperature excess over air of
  Bogren et al. (2000) as used by SOLWEIG (Lindberg, Holmer & Thorsson 2008,
  Int. J. Biometeorol. 52:697-713; Lindberg, Onomura & Grimmond 2016,
  Int. J. Biometeorol. 60:1439-1452): ``ts_k`` (K per degree of the day's
  highest sun altitude), ``ts_start_k`` (K) and ``ts_tmax_lst_h`` (hour of
  the maximum), see :func:`plannerapp.analysis.tmrt.surface_temperature_excess`,
* ``pervious`` (counts in the Local Climate Zone pervious fraction).

Values are SOLWEIG's land-cover defaults.  ``defaults`` names the type used
for plain ground, ground green areas, roofs, green roofs and walls; a
:class:`GreenArea` with an ``attributes["surface"]`` such as ``"water"`` maps
through ``green_surface_map``.

What-ifs: :meth:`MaterialTable.with_overrides` changes a type's values or the
type used for a role, e.g. ``{"ground": "asphalt"}`` or ``{"paved": {"albedo": 0.4}}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from plannerapp.errors import InputError
from plannerapp.i18n import translate

DATA_DIR = Path(__file__).resolve().parent / "heatdata"
MATERIALS_FILE = DATA_DIR / "materials.json"
ROLES = ("ground", "green", "roof", "green_roof", "wall")
_FIELDS = ("albedo", "emissivity", "ts_k", "ts_start_k", "ts_tmax_lst_h")


@dataclass(frozen=True)
class Material:
    """One surface type (see the module docstring for the units)."""

    name: str
    albedo: float
    emissivity: float
    ts_k: float
    ts_start_k: float
    ts_tmax_lst_h: float
    pervious: bool = False
    label: str = ""


@dataclass(frozen=True)
class MaterialTable:
    """Surface types by name and the type used for each role (``ROLES``)."""

    materials: dict
    defaults: dict
    green_surface_map: dict
    source: str = ""

    def __getitem__(self, name: str) -> Material:
        return self.materials[name]

    def for_role(self, role: str) -> Material:
        return self.materials[self.defaults[role]]

    def green_material(self, green) -> Material:
        """The material of a ground :class:`~plannerapp.model.scheme.GreenArea`."""
        surface = str((getattr(green, "attributes", None) or {}).get("surface", "")).strip().lower()
        name = self.green_surface_map.get(surface)
        if name is None:
            return self.for_role("green_roof" if getattr(green, "on_roof", False) else "green")
        return self.materials[name]

    def with_overrides(self, overrides: dict | None, path=None) -> "MaterialTable":
        """A copy with *overrides*: ``{role: type_name}`` and/or ``{type_name: {field: value}}``.

        Raises :class:`InputError` (naming *path*) for unknown names or values out of range.
        """
        if not overrides:
            return self
        if not isinstance(overrides, dict):
            raise InputError(path, translate("heat", "material overrides must be a JSON object"))
        mats = dict(self.materials)
        defaults = dict(self.defaults)
        problems = []
        for key, val in overrides.items():
            if key in ROLES and isinstance(val, str):
                if val not in mats:
                    problems.append(translate("heat", "{key}: unknown surface type {val!r} (known: {known})").format(
                        key=key, val=val, known=", ".join(sorted(mats))))
                else:
                    defaults[key] = val
            elif isinstance(val, dict):
                base = mats.get(key) or mats[self.defaults["ground"]]
                changes = {}
                for f, v in val.items():
                    if f not in _FIELDS and f != "pervious":
                        problems.append(translate("heat", "{key}.{field}: unknown field (use {known}, pervious)").format(
                            key=key, field=f, known=", ".join(_FIELDS)))
                        continue
                    if f == "pervious":
                        changes[f] = bool(v)
                        continue
                    if isinstance(v, bool) or not isinstance(v, (int, float)) or not np.isfinite(v):
                        problems.append(translate("heat", "{key}.{field}: must be a number").format(key=key, field=f))
                        continue
                    if f in ("albedo", "emissivity") and not 0.0 <= v <= 1.0:
                        problems.append(translate("heat", "{key}.{field}: {value} is outside 0-1").format(key=key, field=f, value=v))
                        continue
                    changes[f] = float(v)
                mats[key] = replace(base, name=key, **changes)
            else:
                problems.append(translate("heat", "{key}: give a surface type name for a role ({roles}) or an object of values for a "
                               "surface type").format(key=key, roles=", ".join(ROLES)))
        if problems:
            raise InputError(path, problems)
        return MaterialTable(mats, defaults, self.green_surface_map, self.source)


def _check(data: dict, path) -> MaterialTable:
    problems = []
    surfaces = data.get("surfaces")
    if not isinstance(surfaces, dict) or not surfaces:
        raise InputError(path, translate("heat", "a materials file needs a 'surfaces' object"))
    mats = {}
    for name, s in surfaces.items():
        try:
            vals = {f: float(s[f]) for f in _FIELDS}
        except (KeyError, TypeError, ValueError):
            problems.append(translate("heat", "surface {name!r} needs numbers {fields}").format(name=name, fields=", ".join(_FIELDS)))
            continue
        if not (0 <= vals["albedo"] <= 1 and 0 <= vals["emissivity"] <= 1):
            problems.append(translate("heat", "surface {name!r}: albedo and emissivity must be within 0-1").format(name=name))
            continue
        mats[name] = Material(name, pervious=bool(s.get("pervious", False)), label=str(s.get("label", "")), **vals)
    defaults = data.get("defaults", {})
    for role in ROLES:
        if defaults.get(role) not in mats:
            problems.append(translate("heat", "defaults.{role} must name a surface type").format(role=role))
    gmap = {str(k).lower(): v for k, v in (data.get("green_surface_map") or {}).items() if v in mats}
    if problems:
        raise InputError(path, problems)
    return MaterialTable(mats, {r: defaults[r] for r in ROLES}, gmap, str(data.get("source", "")))


def load_materials(path=None, overrides: dict | None = None) -> MaterialTable:
    """The material table (default: the bundled SOLWEIG values), with optional *overrides*.

    *path* may be a full materials file or an overrides-only JSON file
    (``{"ground": "asphalt", "paved": {"albedo": 0.4}}``) applied on the defaults.
    """
    base = _check(json.loads(MATERIALS_FILE.read_text(encoding="utf-8")), MATERIALS_FILE)
    if path is not None:
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            raise InputError(p, translate("heat", "materials file not found")) from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(p, translate("heat", "not valid JSON ({error})").format(error=exc)) from None
        if isinstance(data, dict) and "surfaces" in data:
            base = _check(data, p)
        else:
            base = base.with_overrides(data, p)
    return base.with_overrides(overrides)
