"""A project: status quo city, control plan, design schemes, site location."""

from __future__ import annotations

from dataclasses import dataclass, field

from plannerapp.model.city import City
from plannerapp.model.parcel import ControlPlan
from plannerapp.model.scheme import Scheme

SCHEMA_VERSION = 1


@dataclass
class Site:
    """Geographic site location (WGS84 degrees) and time zone for sun analyses."""

    latitude: float
    longitude: float
    timezone: str | None = None


@dataclass
class Project:
    name: str
    crs: str | None
    context: City
    controls: ControlPlan = field(default_factory=ControlPlan)
    schemes: list[Scheme] = field(default_factory=list)
    site: Site | None = None
    root: str = ""
    context_path: str = ""
    controls_path: str = "controls.geojson"
    settings: dict = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION
    #: unknown top-level members of project.json, kept so a save loses nothing
    extra: dict = field(default_factory=dict)
    #: True when ``site`` was derived from the CRS (not written back on save)
    site_derived: bool = False
    #: problems found while loading with ``strict=False`` (one sentence each)
    warnings: list = field(default_factory=list)

    def scheme(self, key: str) -> Scheme:
        """Find a scheme by id, name or file stem (case-insensitive)."""
        key_l = key.lower()
        for s in self.schemes:
            stem = s.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            if key_l in (s.id.lower(), s.name.lower(), stem.lower()):
                return s
        raise KeyError(key)
