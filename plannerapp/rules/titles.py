"""Rule titles and units: the one place their English terms live.

Marked with ``QT_TRANSLATE_NOOP("report", ...)`` so ``pyside6-lupdate``
extracts them; :func:`rule_title` translates at display time (CLI, reports,
and the GUI review panel through ``QCoreApplication.translate("report", ...)``).
"""

from __future__ import annotations

from plannerapp.i18n import QT_TRANSLATE_NOOP, translate

RULE_TITLES = {
    "max_far": QT_TRANSLATE_NOOP("report", "Maximum plot ratio (FAR)"),
    "min_far": QT_TRANSLATE_NOOP("report", "Minimum plot ratio (FAR)"),
    "max_gfa_m2": QT_TRANSLATE_NOOP("report", "Maximum gross floor area"),
    "max_coverage": QT_TRANSLATE_NOOP("report", "Maximum site coverage"),
    "min_green_ratio": QT_TRANSLATE_NOOP("report", "Minimum green ratio"),
    "max_height_m": QT_TRANSLATE_NOOP("report", "Maximum building height"),
    "setback_m": QT_TRANSLATE_NOOP("report", "Setback from the parcel boundary"),
    "min_spacing_m": QT_TRANSLATE_NOOP("report", "Minimum spacing between buildings"),
    "allowed_uses": QT_TRANSLATE_NOOP("report", "Allowed building uses"),
    "sunlight": QT_TRANSLATE_NOOP("report", "Sunlight of the scheme's own windows"),
    "sunlight_neighbours": QT_TRANSLATE_NOOP("report", "Sunlight of neighbouring windows (no worse)"),
}

INDICATOR_TITLES = {
    "area_m2": QT_TRANSLATE_NOOP("report", "Parcel area"),
    "gfa_m2": QT_TRANSLATE_NOOP("report", "Gross floor area"),
    "far": QT_TRANSLATE_NOOP("report", "Plot ratio (FAR)"),
    "coverage": QT_TRANSLATE_NOOP("report", "Site coverage"),
    "green_ratio": QT_TRANSLATE_NOOP("report", "Green ratio"),
    "green_roof_m2": QT_TRANSLATE_NOOP("report", "Green roof area"),
    "max_height_m": QT_TRANSLATE_NOOP("report", "Tallest new building"),
    "min_setback_m": QT_TRANSLATE_NOOP("report", "Smallest setback"),
    "min_spacing_m": QT_TRANSLATE_NOOP("report", "Smallest spacing"),
}

UNIT_LABELS = {
    "": "",
    "m": QT_TRANSLATE_NOOP("report", "m"),
    "m2": QT_TRANSLATE_NOOP("report", "m²"),
    "h": QT_TRANSLATE_NOOP("report", "h"),
}


def rule_title(code: str) -> str:
    """Translated title of a rule code (the code itself when unknown)."""
    text = RULE_TITLES.get(code)
    return translate("report", text) if text else code


def indicator_title(key: str) -> str:
    text = INDICATOR_TITLES.get(key)
    return translate("report", text) if text else key


def unit_label(unit: str) -> str:
    text = UNIT_LABELS.get(unit, unit)
    return translate("report", text) if text else ""
