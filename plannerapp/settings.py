"""User settings: one typed object, stored as JSON in the user's config folder.

The folder is ``$PLANNERAPP_CONFIG_DIR`` when set (tests point it at a temp
folder, never at the user's real config), else ``$XDG_CONFIG_HOME/plannerapp``
or ``~/.config/plannerapp`` (``%APPDATA%\\plannerapp`` on Windows).
Unknown keys are kept; a corrupt file is moved aside, not fatal.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

SETTINGS_VERSION = 1


def config_dir() -> Path:
    env = os.environ.get("PLANNERAPP_CONFIG_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "plannerapp"
    return Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "plannerapp"


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    language: str = ""                 # "" = follow system locale; "en" / "zh_CN"
    recent_files: list[str] = field(default_factory=list)
    last_dir: str = ""
    autosave_minutes: float = 3.0
    window_geometry: str = ""          # Qt saveGeometry() as hex
    window_state: str = ""             # Qt saveState() as hex
    colour_by: str = "height"
    dask_scheduler: str = ""           # "" = local cluster
    sun_profile: str = ""
    extra: dict = field(default_factory=dict)

    MAX_RECENT = 10

    def add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[self.MAX_RECENT:]

    @classmethod
    def load(cls, path: Path | None = None) -> "Settings":
        path = path or config_dir() / "settings.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            try:
                path.replace(path.with_suffix(".corrupt.json"))
            except OSError:
                pass
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        extra = {k: v for k, v in data.items() if k not in known}
        s = cls()
        for k, v in kwargs.items():
            default = getattr(s, k)
            if isinstance(default, (list, dict)) and not isinstance(v, type(default)):
                continue
            if isinstance(default, (int, float)) and not isinstance(default, bool) and not isinstance(v, (int, float)):
                continue
            if isinstance(default, str) and not isinstance(v, str):
                continue
            setattr(s, k, v)
        s.extra.update(extra)
        return s

    def save(self, path: Path | None = None) -> None:
        path = path or config_dir() / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = dataclasses.asdict(self)
        extra = data.pop("extra")
        data.update(extra)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
