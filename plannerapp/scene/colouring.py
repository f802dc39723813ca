"""Colour-by: per-building values for a chosen attribute (pure numpy, no VTK).

Keys understood by :func:`building_values`:

* ``"height"`` - ``Building.height`` in metres (numeric);
* ``"top_z"`` - absolute roof height ``base_z + height`` (m, local z);
* ``"floors"`` - number of storeys (numeric);
* ``"use"`` - ``Building.use`` (categorical);
* ``"surface"`` - roof / wall / ground semantics per triangle (categorical);
* ``"none"`` - one neutral colour;
* ``"attr:<name>"`` - any attribute of the source file: numeric when most
  values are numbers, else categorical.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from plannerapp.geometry.mesh import SURFACE_GROUND, SURFACE_OTHER, SURFACE_ROOF, SURFACE_WALL
from plannerapp.i18n import QT_TRANSLATE_NOOP

BUILTIN_KEYS = ("height", "top_z", "floors", "use", "surface", "none")
ATTR_PREFIX = "attr:"
UNKNOWN = QT_TRANSLATE_NOOP("scene", "(unknown)")
# legend names of the per-face semantic codes (index = code)
SURFACE_LABELS = {
    SURFACE_OTHER: QT_TRANSLATE_NOOP("scene", "Other"),
    SURFACE_ROOF: QT_TRANSLATE_NOOP("scene", "Roof"),
    SURFACE_WALL: QT_TRANSLATE_NOOP("scene", "Wall"),
    SURFACE_GROUND: QT_TRANSLATE_NOOP("scene", "Ground"),
}


@dataclass
class Colouring:
    """What to draw: numeric values (with unit) or category codes (with names).

    ``title`` and ``categories`` are English source texts; the view passes them
    through ``plannerapp.i18n.translate("scene", ...)``.
    ``values`` is ``(n_buildings,) float64`` (NaN = no value), or for
    ``per_cell`` colourings one value per triangle.  For categorical
    colourings ``values`` holds codes ``0..len(categories)-1``.
    """

    key: str
    title: str
    values: np.ndarray
    categorical: bool = False
    categories: list[str] = field(default_factory=list)
    unit: str = ""
    per_cell: bool = False

    @property
    def has_values(self) -> bool:
        return bool(np.isfinite(self.values).any()) if self.values.size else False

    def clim(self) -> tuple[float, float]:
        if self.categorical:
            n = max(1, len(self.categories))
            return (-0.5, n - 0.5)
        v = self.values[np.isfinite(self.values)]
        if v.size == 0:
            return (0.0, 1.0)
        # 1st..99th percentile (and a Tukey fence): one landmark tower must not flatten the whole map
        lo, hi = float(np.percentile(v, 1)), float(np.percentile(v, 99))
        q1, q3 = np.percentile(v, [25, 75])
        if q3 > q1:  # small cities: the 99th percentile is the tower itself; use a 3 IQR fence
            hi = min(hi, float(q3 + 3 * (q3 - q1)))
        lo = math.floor(lo) if lo > 1 else lo
        hi = math.ceil(hi) if hi > 1 else hi
        if hi <= lo:
            hi = lo + 1.0
        return (float(lo), float(hi))

    def above_max(self) -> float | None:
        """The largest value when it lies clearly above the colour range (drawn in a separate colour)."""
        if self.categorical or not self.has_values:
            return None
        hi = self.clim()[1]
        top = float(np.nanmax(self.values))
        return top if top > hi + 0.05 * max(abs(hi), 1.0) else None


def _as_float(v) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        f = float(v)
        return f if math.isfinite(f) else None
    return None


def numeric_attribute_names(buildings, sample: int = 500) -> list[str]:
    """Source attributes that are numbers in most buildings (checked on a sample)."""
    counts: Counter = Counter()
    seen: Counter = Counter()
    step = max(1, len(buildings) // sample)
    for b in list(buildings)[::step]:
        for k, v in b.attributes.items():
            seen[k] += 1
            if _as_float(v) is not None:
                counts[k] += 1
    return sorted(k for k, c in counts.items() if c >= 0.8 * seen[k])


def categorical_attribute_names(buildings, sample: int = 500, max_categories: int = 20) -> list[str]:
    """Source attributes with a few distinct string values (usable as categories)."""
    values: dict[str, set] = {}
    step = max(1, len(buildings) // sample)
    for b in list(buildings)[::step]:
        for k, v in b.attributes.items():
            if isinstance(v, (str, bool)):
                values.setdefault(k, set()).add(str(v))
    return sorted(k for k, s in values.items() if 1 < len(s) <= max_categories)


def _categorical(key, title, labels) -> Colouring:
    names = sorted({lab for lab in labels if lab != UNKNOWN})
    if any(lab == UNKNOWN for lab in labels):
        names.append(UNKNOWN)
    code = {n: i for i, n in enumerate(names)}
    vals = np.array([code[lab] for lab in labels], dtype=np.float64)
    return Colouring(key, title, vals, categorical=True, categories=names)


def building_values(buildings, key: str, semantics: np.ndarray | None = None) -> Colouring:
    """Values to colour *buildings* (a sequence of ``Building``) by *key*.

    ``semantics`` (per-cell codes) is needed only for ``"surface"``.
    Raises ``KeyError`` for an unknown key.
    """
    bs = list(buildings)
    if key == "height":
        return Colouring(key, QT_TRANSLATE_NOOP("scene", "Height (m)"), np.array([b.height for b in bs], float), unit="m")
    if key == "top_z":
        return Colouring(key, QT_TRANSLATE_NOOP("scene", "Roof level (m)"), np.array([b.top_z for b in bs], float), unit="m")
    if key == "floors":
        return Colouring(key, QT_TRANSLATE_NOOP("scene", "Floors"), np.array([np.nan if b.floors is None else b.floors for b in bs], float))
    if key == "use":
        return _categorical(key, QT_TRANSLATE_NOOP("scene", "Use"), [b.use or UNKNOWN for b in bs])
    if key == "none":
        return Colouring(key, "", np.zeros(len(bs)))
    if key == "surface":
        sem = np.zeros(0, np.uint8) if semantics is None else np.asarray(semantics)
        codes = sorted(SURFACE_LABELS)
        assert codes == list(range(len(codes)))  # code == position in the legend
        return Colouring(key, QT_TRANSLATE_NOOP("scene", "Surface"), sem.astype(float), categorical=True,
                         categories=[SURFACE_LABELS[c] for c in codes], per_cell=True)
    if key.startswith(ATTR_PREFIX):
        name = key[len(ATTR_PREFIX):]
        raw = [b.attributes.get(name) for b in bs]
        nums = [_as_float(v) for v in raw]
        n_num = sum(v is not None for v in nums)
        n_present = sum(v is not None for v in raw)
        if n_present and n_num >= 0.8 * n_present:
            return Colouring(key, name, np.array([np.nan if v is None else v for v in nums], float))
        return _categorical(key, name, [UNKNOWN if v is None else str(v) for v in raw])
    raise KeyError(key)
