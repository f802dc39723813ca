"""Edits of the buildings of one scheme: add, delete, duplicate, move, rotate, floors, height, use, name.

Coordinates are local metres (the model frame); angles in degrees,
counter-clockwise seen from above.  Every command validates its arguments
before touching the model (bad values -> :class:`InputError`, model
unchanged) and keeps the exact old :class:`Building` values for undo.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import shapely
from shapely import affinity

from plannerapp.errors import InputError
from plannerapp.geometry.footprint import footprint_problems, height_problems
from plannerapp.geometry.mesh import Mesh
from plannerapp.i18n import translate
from plannerapp.model.building import Building
from plannerapp.model.project import Project
from plannerapp.commands.base import Change, Command, find_scheme


def unique_id(taken: Iterable[str], prefix: str) -> str:
    """``prefix`` or ``prefix-2``, ``prefix-3``... not in *taken*."""
    taken = set(taken)
    if prefix not in taken:
        return prefix
    n = 2
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"


def new_building_id(project: Project, scheme_id: str, prefix: str = "B") -> str:
    """A fresh id ``B1``, ``B2``... unused by the scheme and by the context."""
    scheme = find_scheme(project, scheme_id)
    taken = set(scheme.buildings) | set(project.context.ids()) | {g.id for g in scheme.greens}
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


class _BuildingEdit(Command):
    """Replace some buildings of a scheme by edited copies (order kept)."""

    def __init__(self, scheme_id: str, ids: Iterable[str]):
        self.scheme_id = scheme_id
        self.ids = list(dict.fromkeys(str(i) for i in ids))
        if not self.ids:
            raise InputError(None, translate("commands", "no building selected"))
        self._before: dict[str, Building] = {}

    def edit(self, b: Building) -> Building:  # pragma: no cover - abstract
        raise NotImplementedError

    def do(self, project: Project) -> None:
        scheme = find_scheme(project, self.scheme_id)
        missing = [i for i in self.ids if i not in scheme.buildings]
        if missing:
            raise InputError(None, translate("commands", "scheme {scheme} has no building {ids}").format(
                scheme=scheme.display_name, ids=", ".join(missing)))
        new = {i: self.edit(scheme.buildings[i]) for i in self.ids}
        self._before = {i: scheme.buildings[i] for i in self.ids}
        scheme.buildings.update(new)

    def undo(self, project: Project) -> None:
        find_scheme(project, self.scheme_id).buildings.update(self._before)

    @property
    def change(self) -> Change:
        return Change(self.scheme_id, frozenset(self.ids))


def _transform_building(b: Building, dx=0.0, dy=0.0, angle=0.0, cx=0.0, cy=0.0) -> Building:
    fp, mesh = b.footprint, b.mesh
    if angle:
        if fp is not None:
            fp = affinity.rotate(fp, angle, origin=(cx, cy))
        if mesh is not None:
            mesh = mesh.rotated_z(angle, cx, cy)
    if dx or dy:
        if fp is not None:
            fp = affinity.translate(fp, dx, dy)
        if mesh is not None:
            mesh = mesh.translated(dx, dy)
    return b.replace(footprint=fp, mesh=mesh)


class MoveBuildings(_BuildingEdit):
    """Move buildings by (dx, dy) metres.  Consecutive moves of the same ids merge (a drag)."""

    def __init__(self, scheme_id, ids, dx: float, dy: float):
        super().__init__(scheme_id, ids)
        if not (math.isfinite(dx) and math.isfinite(dy)):
            raise InputError(None, translate("commands", "a move needs finite distances"))
        self.dx, self.dy = float(dx), float(dy)
        self.label = translate("commands", "Move {n} building(s)").format(n=len(self.ids))

    def edit(self, b):
        return _transform_building(b, self.dx, self.dy)

    def merge(self, other) -> bool:
        if isinstance(other, MoveBuildings) and other.scheme_id == self.scheme_id and other.ids == self.ids:
            self.dx += other.dx
            self.dy += other.dy
            # keep our _before (the state before the whole drag); redo re-applies the summed move
            return True
        return False


class RotateBuildings(_BuildingEdit):
    """Rotate buildings by *angle_deg* (counter-clockwise) about each footprint's centroid,
    or about the common point *about* (local x, y) when given."""

    def __init__(self, scheme_id, ids, angle_deg: float, about: tuple[float, float] | None = None):
        super().__init__(scheme_id, ids)
        if not math.isfinite(angle_deg):
            raise InputError(None, translate("commands", "a rotation needs a finite angle"))
        self.angle = float(angle_deg)
        self.about = None if about is None else (float(about[0]), float(about[1]))
        self.label = translate("commands", "Rotate {n} building(s)").format(n=len(self.ids))

    def edit(self, b):
        if self.about is not None:
            cx, cy = self.about
        else:
            c = b.footprint2d.centroid
            cx, cy = (c.x, c.y) if not c.is_empty else (0.0, 0.0)
        return _transform_building(b, angle=self.angle, cx=cx, cy=cy)

    def merge(self, other) -> bool:
        if (isinstance(other, RotateBuildings) and other.scheme_id == self.scheme_id and other.ids == self.ids
                and other.about == self.about):
            self.angle += other.angle
            return True
        return False


def _scaled_mesh(mesh: Mesh | None, base_z: float, factor: float) -> Mesh | None:
    if mesh is None:
        return None
    v = mesh.vertices.copy()
    v[:, 2] = base_z + (v[:, 2] - base_z) * factor
    return Mesh(v, mesh.faces, mesh.semantics)


class SetHeight(_BuildingEdit):
    """Set the height (m above base); floors become floor(height / floor height), at least 1.
    A detailed mesh is stretched vertically to match."""

    def __init__(self, scheme_id, ids, height_m: float):
        super().__init__(scheme_id, ids)
        bad = height_problems(height_m)
        if bad:
            raise InputError(None, bad)
        self.height = float(height_m)
        self.label = translate("commands", "Set height to {h} m").format(h=f"{self.height:g}")

    def edit(self, b):
        floors = max(1, int(math.floor(self.height / b.floor_height + 1e-9)))
        factor = self.height / b.height if b.height > 0 else 1.0
        return b.replace(height=self.height, floors=floors, mesh=_scaled_mesh(b.mesh, b.base_z, factor))


class SetFloors(_BuildingEdit):
    """Set the number of storeys; the height becomes floors x floor height."""

    def __init__(self, scheme_id, ids, floors: int):
        super().__init__(scheme_id, ids)
        if isinstance(floors, bool) or int(floors) != floors or floors < 1 or floors > 300:
            raise InputError(None, translate("commands", "floors must be a whole number from 1 to 300, not {value}").format(
                value=floors))
        self.floors = int(floors)
        self.label = translate("commands", "Set floors to {n}").format(n=self.floors)

    def edit(self, b):
        height = self.floors * b.floor_height
        factor = height / b.height if b.height > 0 else 1.0
        return b.replace(floors=self.floors, height=height, mesh=_scaled_mesh(b.mesh, b.base_z, factor))


class SetUse(_BuildingEdit):
    def __init__(self, scheme_id, ids, use: str):
        super().__init__(scheme_id, ids)
        self.use = str(use).strip()
        self.label = translate("commands", "Set use to {use}").format(use=self.use or "-")

    def edit(self, b):
        return b.replace(use=self.use)


class RenameBuilding(_BuildingEdit):
    def __init__(self, scheme_id, building_id: str, name: str):
        super().__init__(scheme_id, [building_id])
        self.name = str(name).strip()
        self.label = translate("commands", "Rename building to {name}").format(name=self.name)

    def edit(self, b):
        return b.replace(name=self.name)


class SetFootprint(_BuildingEdit):
    """Replace a building's footprint (vertex editing); a detailed mesh is dropped for the prism."""

    def __init__(self, scheme_id, building_id: str, footprint):
        super().__init__(scheme_id, [building_id])
        bad = footprint_problems(footprint)
        if bad:
            raise InputError(None, bad)
        self.footprint = footprint
        self.label = translate("commands", "Edit footprint")

    def edit(self, b):
        return b.replace(footprint=self.footprint, mesh=None)


class AddBuilding(Command):
    """Add a new building (its id must be new in the scheme and the context)."""

    def __init__(self, scheme_id: str, building: Building, index: int | None = None):
        self.scheme_id = scheme_id
        self.building = building
        self.index = index
        problems = footprint_problems(building.footprint2d) + height_problems(building.height)
        if problems:
            raise InputError(None, problems)
        self.label = translate("commands", "Add building {name}").format(name=building.display_name)
        self._order: list[str] = []

    def do(self, project):
        scheme = find_scheme(project, self.scheme_id)
        bid = self.building.id
        if bid in scheme.buildings or (bid in project.context.ids() and bid not in scheme.demolish):
            raise InputError(None, translate("commands", "id {id} is already used").format(id=bid))
        self._order = list(scheme.buildings)
        items = list(scheme.buildings.items())
        pos = len(items) if self.index is None else max(0, min(self.index, len(items)))
        items.insert(pos, (bid, self.building))
        scheme.buildings.clear()
        scheme.buildings.update(items)

    def undo(self, project):
        scheme = find_scheme(project, self.scheme_id)
        del scheme.buildings[self.building.id]

    @property
    def change(self):
        return Change(self.scheme_id, frozenset([self.building.id]))


class DeleteBuildings(Command):
    def __init__(self, scheme_id: str, ids: Iterable[str]):
        self.scheme_id = scheme_id
        self.ids = list(dict.fromkeys(str(i) for i in ids))
        if not self.ids:
            raise InputError(None, translate("commands", "no building selected"))
        self.label = translate("commands", "Delete {n} building(s)").format(n=len(self.ids))
        self._items: list = []

    def do(self, project):
        scheme = find_scheme(project, self.scheme_id)
        missing = [i for i in self.ids if i not in scheme.buildings]
        if missing:
            raise InputError(None, translate("commands", "scheme {scheme} has no building {ids}").format(
                scheme=scheme.display_name, ids=", ".join(missing)))
        self._items = list(scheme.buildings.items())
        for i in self.ids:
            del scheme.buildings[i]

    def undo(self, project):
        scheme = find_scheme(project, self.scheme_id)
        scheme.buildings.clear()
        scheme.buildings.update(self._items)

    @property
    def change(self):
        return Change(self.scheme_id, frozenset(self.ids))


class DuplicateBuildings(Command):
    """Copy buildings with new ids (``<id>-2``...), offset by (dx, dy) metres; ``new_ids`` after do."""

    def __init__(self, scheme_id: str, ids: Iterable[str], dx: float = 5.0, dy: float = -5.0):
        self.scheme_id = scheme_id
        self.ids = list(dict.fromkeys(str(i) for i in ids))
        if not self.ids:
            raise InputError(None, translate("commands", "no building selected"))
        self.dx, self.dy = float(dx), float(dy)
        self.new_ids: list[str] = []
        self.label = translate("commands", "Duplicate {n} building(s)").format(n=len(self.ids))

    def do(self, project):
        scheme = find_scheme(project, self.scheme_id)
        missing = [i for i in self.ids if i not in scheme.buildings]
        if missing:
            raise InputError(None, translate("commands", "scheme {scheme} has no building {ids}").format(
                scheme=scheme.display_name, ids=", ".join(missing)))
        taken = set(scheme.buildings) | set(project.context.ids()) | {g.id for g in scheme.greens}
        if not self.new_ids:  # first run; redo reuses the same ids
            for i in self.ids:
                nid = unique_id(taken, i)
                taken.add(nid)
                self.new_ids.append(nid)
        for i, nid in zip(self.ids, self.new_ids):
            src = scheme.buildings[i]
            copy = _transform_building(src, self.dx, self.dy).replace(id=nid, name=(src.name + " (copy)") if src.name else "")
            scheme.buildings[nid] = copy

    def undo(self, project):
        scheme = find_scheme(project, self.scheme_id)
        for nid in self.new_ids:
            del scheme.buildings[nid]

    @property
    def change(self):
        return Change(self.scheme_id, frozenset(self.new_ids))


def footprint_centroid(b: Building) -> tuple[float, float]:
    """Local (x, y) of a building's footprint centroid."""
    c = shapely.centroid(b.footprint2d)
    return (float(c.x), float(c.y)) if not c.is_empty else (float("nan"), float("nan"))


def np_bounds(buildings: Iterable[Building]) -> np.ndarray:
    """2D bounds ``[minx, miny, maxx, maxy]`` of some buildings' footprints (local m)."""
    bs = np.array([b.footprint2d.bounds for b in buildings if not b.footprint2d.is_empty])
    if bs.size == 0:
        return np.full(4, np.nan)
    return np.array([bs[:, 0].min(), bs[:, 1].min(), bs[:, 2].max(), bs[:, 3].max()])
