"""The domain model: no Qt, no I/O."""

from plannerapp.model.building import Building
from plannerapp.model.city import City
from plannerapp.model.parcel import ControlPlan, Parcel
from plannerapp.model.project import Project, Site
from plannerapp.model.scheme import GreenArea, Scheme

__all__ = ["Building", "City", "ControlPlan", "Parcel", "Project", "Site", "GreenArea", "Scheme"]
