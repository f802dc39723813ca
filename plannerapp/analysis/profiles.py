"""Sunlight rule profiles: plain JSON data files in ``analysis/profiles/``.

A profile fixes everything a sunlight review needs: the standard day, the
effective time window and its time base (true solar or clock time), the
time step, sample spacing, the cut-offs (minimum sweep angle between the
sun ray and the wall, minimum sun altitude, minimum segment that counts),
the counting rule and the required hours.  Each file lists presets with the
clause they come from (``source``); values marked (verify) live only in the
data files, never in code.

:class:`SunCriteria` is the part of a profile that the hours computation
(:func:`plannerapp.analysis.sunhours.compute_sunlight_hours`) applies.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from plannerapp.errors import InputError
from plannerapp.i18n import translate

PROFILE_DIR = Path(__file__).resolve().parent / "profiles"

COUNT_SUM = "sum"                 # sum of all segments that count
COUNT_LONGEST = "longest"         # the longest continuous segment
COUNT_SUM_N_LONGEST = "sum_n_longest"  # sum of the N longest segments
COUNTING_RULES = (COUNT_SUM, COUNT_LONGEST, COUNT_SUM_N_LONGEST)

#: standard days as (month, day); days that are solar terms (SOLAR_TERMS) move by a day
#: between years and are computed from the sun's apparent longitude instead
STANDARD_DAYS = {
    "great_cold": (1, 20),
    "winter_solstice": (12, 22),
    "march_21": (3, 21),
    "september_21": (9, 21),
    "summer_solstice": (6, 21),
}
#: apparent solar longitude (deg) of the days that are solar terms: Great Cold (Dahan) and
#: the winter solstice (Dongzhi); their date is taken in the profile's calendar time zone
SOLAR_TERMS = {"great_cold": 300.0, "winter_solstice": 270.0, "summer_solstice": 90.0}


@dataclass(frozen=True)
class SunCriteria:
    """Cut-offs and counting applied to sunlit intervals.

    min_sweep_deg: an interval counts on a wall point only when the sun's
        horizontal direction makes at least this angle with the wall plane
        (0: only "in front of the surface").  Not applied to points whose
        normal is near vertical (roofs, ground).
    min_altitude_deg: the sun must be at least this high (apparent elevation).
    min_segment_min: continuous sunlit segments shorter than this (minutes)
        do not count.
    counting: ``"sum"``, ``"longest"`` or ``"sum_n_longest"``.
    n_longest: N for ``"sum_n_longest"``.
    """

    min_sweep_deg: float = 0.0
    min_altitude_deg: float = 0.0
    min_segment_min: float = 0.0
    counting: str = COUNT_SUM
    n_longest: int = 2

    def __post_init__(self):
        if self.counting not in COUNTING_RULES:
            raise ValueError(f"counting must be one of {COUNTING_RULES}, not {self.counting!r}")
        if self.n_longest < 1:
            raise ValueError("n_longest must be >= 1")


PLAIN = SunCriteria()


@dataclass(frozen=True)
class SunProfile:
    """One preset from a profile file (see the module docstring)."""

    id: str
    name: str
    source: str
    standard_day: str
    window: tuple[str, str]
    time_base: str = "solar"
    step_min: float = 1.0
    spacing_m: float = 1.0
    required_hours: float = 0.0
    required_share: float | None = None
    former_ratio: float | None = None
    receptor: str = "window_sill"
    sill_height_m: float = 0.9
    ground_height_m: float = 0.0
    calendar_tz: str = "Asia/Shanghai"
    criteria: SunCriteria = field(default_factory=SunCriteria)
    family: str = ""
    file: str = ""
    verify: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    def date(self, year: int | None = None) -> dt.date:
        """The standard day in *year* (default: this year).

        Solar-term days (Great Cold, solstices) are the date, in
        ``calendar_tz``, on which the sun reaches the term's apparent
        longitude; fixed days (21 March...) are taken as they are.
        """
        from plannerapp.analysis.sun import solar_term_date

        year = year or dt.date.today().year
        month, day = STANDARD_DAYS[self.standard_day]
        if self.standard_day in SOLAR_TERMS:
            return solar_term_date(year, SOLAR_TERMS[self.standard_day], (month, day), self.calendar_tz)
        return dt.date(year, month, day)

    def clock_window(self, site, year: int | None = None):
        """The effective window as local clock times ``(start, end)`` (tz-aware) at *site*
        on the standard day, e.g. true solar 08:00-16:00 -> 08:25-16:25 Beijing time."""
        from plannerapp.analysis.sun import solar_to_clock

        day = self.date(year)
        tz = site.tzinfo()
        if self.time_base == "solar":
            h = [float(x[:2]) + float(x[3:5]) / 60.0 for x in self.window]
            t = solar_to_clock(day, h, site).tz_convert(tz)
            return t[0], t[1]
        import pandas as pd

        midnight = pd.Timestamp(day.isoformat())
        return tuple((midnight + pd.Timedelta(hours=int(x[:2]), minutes=int(x[3:5]))).tz_localize(tz)
                     for x in self.window)


_CRITERIA_KEYS = ("min_sweep_deg", "min_altitude_deg", "min_segment_min", "counting", "n_longest")
_KNOWN = {"id", "name", "source", "standard_day", "window", "time_base", "step_min", "spacing_m",
          "required_hours", "required_share", "former_ratio", "receptor", "sill_height_m",
          "ground_height_m", "calendar_tz", "verify", *_CRITERIA_KEYS}


def _build(entry: dict, defaults: dict, family: str, path: Path) -> SunProfile:
    d = {**defaults, **entry}
    problems = []
    for key in ("id", "source", "standard_day", "window"):
        if key not in d:
            problems.append(translate("analysis", "profile {id!r} has no {key!r}").format(id=d.get("id", "?"), key=key))
    if problems:
        raise InputError(path, problems)
    if d["standard_day"] not in STANDARD_DAYS:
        raise InputError(path, translate("analysis", "profile {id!r}: unknown standard_day {day!r}").format(id=d["id"], day=d["standard_day"]))
    try:
        crit = SunCriteria(**{k: d[k] for k in _CRITERIA_KEYS if k in d})
    except (TypeError, ValueError) as exc:
        raise InputError(path, translate("analysis", "profile {id!r}: {error}").format(id=d["id"], error=exc)) from None
    verify = d.get("verify", [])
    return SunProfile(
        id=str(d["id"]), name=str(d.get("name", d["id"])), source=str(d["source"]),
        standard_day=d["standard_day"], window=(str(d["window"][0]), str(d["window"][1])),
        time_base=d.get("time_base", "solar"), step_min=float(d.get("step_min", 1.0)),
        spacing_m=float(d.get("spacing_m", 1.0)), required_hours=float(d.get("required_hours", 0.0)),
        required_share=d.get("required_share"), former_ratio=d.get("former_ratio"),
        receptor=d.get("receptor", "window_sill"), sill_height_m=float(d.get("sill_height_m", 0.9)),
        ground_height_m=float(d.get("ground_height_m", 0.0)), calendar_tz=str(d.get("calendar_tz", "Asia/Shanghai")),
        criteria=crit, family=family,
        file=path.name, verify=tuple(verify if isinstance(verify, list) else [verify]),
        extra={k: v for k, v in d.items() if k not in _KNOWN},
    )


def load_profile_file(path: str | Path) -> list[SunProfile]:
    """Every preset in one JSON profile file.  Bad files raise :class:`InputError`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(path, translate("analysis", "cannot read sunlight profile file ({error})").format(error=exc)) from None
    if not isinstance(data, dict) or not isinstance(data.get("profiles"), list):
        raise InputError(path, translate("analysis", "a sunlight profile file needs a 'profiles' list"))
    defaults = data.get("defaults", {})
    return [_build(e, defaults, str(data.get("family", "")), path) for e in data["profiles"]]


@lru_cache(maxsize=1)
def _bundled() -> tuple[SunProfile, ...]:
    out: list[SunProfile] = []
    for p in sorted(PROFILE_DIR.glob("*.json")):
        out.extend(load_profile_file(p))
    return tuple(out)


def list_profiles() -> list[SunProfile]:
    """All bundled presets."""
    return list(_bundled())


def get_profile(name: str) -> SunProfile:
    """A bundled preset by id, or the presets of a JSON file path (its first)."""
    for p in _bundled():
        if p.id == name:
            return p
    if name.endswith(".json") and Path(name).exists():
        profiles = load_profile_file(name)
        if profiles:
            return profiles[0]
    known = ", ".join(p.id for p in _bundled())
    raise InputError(None, translate("analysis", "unknown sunlight profile {name!r} (known: {known})").format(name=name, known=known))
