"""Edit verbs on the current selection, mixed into :class:`plannerapp.session.Session`.

Each method builds one command from :mod:`plannerapp.commands` for the
active scheme and the selected building ids and runs it through
``self.execute`` (the undo stack).  Coordinates are local metres, angles
degrees counter-clockwise.  The host provides ``project``, ``selection``,
``active_scheme``/``active_scheme_id``, ``execute``, ``select``,
``set_active_scheme``, ``add_scheme``, ``ensure_scheme`` and ``_require_scheme``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from plannerapp.commands.base import Batch
from plannerapp.commands.buildings import (
    AddBuilding, DeleteBuildings, DuplicateBuildings, MoveBuildings, RenameBuilding, RotateBuildings, SetFloors,
    SetHeight, SetUse, new_building_id,
)
from plannerapp.commands.greens import AddGreen, DeleteGreen, DemolishContextBuilding, RestoreContextBuilding
from plannerapp.commands.schemes import AddScheme
from plannerapp.errors import InputError
from plannerapp.i18n import translate
from plannerapp.model.building import Building
from plannerapp.model.scheme import GreenArea


class SelectionEditsMixin:
    def _selected_new(self) -> list[str]:
        s = self.active_scheme
        ids = [i for i in sorted(self.selection) if s is not None and i in s.buildings]
        if not ids:
            raise InputError(None, translate("session", "select one or more new buildings of the scheme first"))
        return ids

    def add_building(self, footprint, *, height_m: float | None = None, floors: int | None = None,
                     floor_height_m: float = 3.0, use: str = "", name: str = "", building_id: str | None = None) -> str:
        """Draw a new prism building (footprint in local metres) into the active scheme; returns its id."""
        sid = self.ensure_scheme()
        if height_m is None:
            height_m = (floors or 1) * floor_height_m
        bid = building_id or new_building_id(self.project, sid)
        b = Building(bid, footprint, float(height_m), floors=floors, floor_height=floor_height_m, use=use, name=name,
                     source=f"scheme:{sid}")
        self.execute(AddBuilding(sid, b))
        self.select([bid])
        return bid

    def delete_selection(self) -> None:
        self.execute(DeleteBuildings(self._require_scheme(), self._selected_new()))

    def duplicate_selection(self, dx: float = 5.0, dy: float = -5.0) -> list[str]:
        cmd = self.execute(DuplicateBuildings(self._require_scheme(), self._selected_new(), dx, dy))
        self.select(cmd.new_ids)
        return list(cmd.new_ids)

    def move_selection(self, dx: float, dy: float, *, dragging: bool = False) -> None:
        self.execute(MoveBuildings(self._require_scheme(), self._selected_new(), dx, dy), merge=dragging)

    def rotate_selection(self, angle_deg: float, *, dragging: bool = False) -> None:
        self.execute(RotateBuildings(self._require_scheme(), self._selected_new(), angle_deg), merge=dragging)

    def set_floors(self, floors: int) -> None:
        self.execute(SetFloors(self._require_scheme(), self._selected_new(), floors))

    def set_height(self, height_m: float) -> None:
        self.execute(SetHeight(self._require_scheme(), self._selected_new(), height_m))

    def set_use(self, use: str) -> None:
        self.execute(SetUse(self._require_scheme(), self._selected_new(), use))

    def rename_building(self, building_id: str, name: str) -> None:
        self.execute(RenameBuilding(self._require_scheme(), building_id, name))

    def demolish(self, context_ids: Iterable[str] | None = None) -> None:
        """Demolish context buildings (default: the selected ones) in the active scheme."""
        sid = self.ensure_scheme()
        ids = list(context_ids) if context_ids is not None else [i for i in sorted(self.selection) if i in set(self.project.context.ids())]
        self.execute(DemolishContextBuilding(sid, ids))

    def restore(self, context_ids: Iterable[str]) -> None:
        self.execute(RestoreContextBuilding(self._require_scheme(), list(context_ids)))

    def add_green(self, polygon, *, on_roof: bool = False, name: str = "", green_id: str | None = None) -> str:
        sid = self.ensure_scheme()
        gid = green_id or new_building_id(self.project, sid, prefix="G")
        self.execute(AddGreen(sid, GreenArea(gid, polygon, on_roof=on_roof, name=name)))
        return gid

    def delete_green(self, ids: Iterable[str]) -> None:
        self.execute(DeleteGreen(self._require_scheme(), list(ids)))

    def import_ifc(self, ifc_path, scheme_name: str | None = None, *, progress=None, cancelled=None):
        """Import an IFC design submission into scheme *scheme_name* (created when new; default: the
        file's name) as ONE undo step.  Returns the :class:`plannerapp.io.ifc.IfcImport` with the
        buildings as added (ids made unique), its warnings and how it was placed."""
        from plannerapp.io.ifc import read_ifc

        if self.project is None:
            raise InputError(None, translate("session", "nothing is open"))
        res = read_ifc(ifc_path, self.project, progress=progress, cancelled=cancelled)
        name = scheme_name or Path(ifc_path).stem
        cmds = []
        try:
            scheme = self.project.scheme(name)
            sid, taken = scheme.id, set(scheme.buildings)
        except KeyError:
            add = AddScheme(self.project, name, translate("session", "Imported from {file}").format(file=Path(ifc_path).name))
            cmds.append(add)
            sid, taken = add.scheme_id, set()
        taken |= set(self.project.context.ids())
        added = []
        for b in res.buildings:
            bid, n = b.id, 2
            while bid in taken:
                bid, n = f"{b.id}-{n}", n + 1
            taken.add(bid)
            b = b.replace(id=bid, source=f"scheme:{sid}")
            cmds.append(AddBuilding(sid, b))
            added.append(b)
        self.execute(Batch(translate("session", "Import {file}").format(file=Path(ifc_path).name), cmds))
        self.set_active_scheme(sid)
        self.select([b.id for b in added])
        res.buildings = added
        return res
