"""Every edit of a project as an undoable command on a pure-Python stack.

>>> stack = CommandStack(project)
>>> stack.push(MoveBuildings("towers", ["T1"], 5.0, 0.0))
>>> stack.undo()
"""

from plannerapp.commands.base import Batch, Change, Command, CommandStack, StackEvent, find_scheme
from plannerapp.commands.buildings import (
    AddBuilding, DeleteBuildings, DuplicateBuildings, MoveBuildings, RenameBuilding, RotateBuildings,
    SetFloors, SetFootprint, SetHeight, SetUse, new_building_id, unique_id,
)
from plannerapp.commands.greens import AddGreen, DeleteGreen, DemolishContextBuilding, RestoreContextBuilding
from plannerapp.commands.schemes import AddScheme, DeleteScheme, DuplicateScheme, RenameScheme, scheme_id_for

__all__ = [
    "Batch", "Change", "Command", "CommandStack", "StackEvent", "find_scheme",
    "AddBuilding", "DeleteBuildings", "DuplicateBuildings", "MoveBuildings", "RenameBuilding", "RotateBuildings",
    "SetFloors", "SetFootprint", "SetHeight", "SetUse", "new_building_id", "unique_id",
    "AddGreen", "DeleteGreen", "DemolishContextBuilding", "RestoreContextBuilding",
    "AddScheme", "DeleteScheme", "DuplicateScheme", "RenameScheme", "scheme_id_for",
]
