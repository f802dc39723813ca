"""Report wording that is not a rule title: definitions, verdicts, headings.

Terms live here once (``QT_TRANSLATE_NOOP("report", ...)``) so the zh_CN
translation covers the HTML report, the CLI summary and the GUI panel alike.
"""

from __future__ import annotations

from plannerapp.i18n import QT_TRANSLATE_NOOP, translate

DEFINITIONS = (
    (QT_TRANSLATE_NOOP("report", "Building to parcel"),
     QT_TRANSLATE_NOOP("report", "A building belongs to the parcel that holds the largest part of its footprint (ties: the parcel listed first). Totals (GFA, FAR) count every standing building that belongs to the parcel, kept existing ones included; height, setback, spacing, use and own-window sunlight rules apply to the scheme's new buildings.")),
    (QT_TRANSLATE_NOOP("report", "Gross floor area (GFA)"),
     QT_TRANSLATE_NOOP("report", "Sum over the parcel's buildings of footprint area x counted storeys, or the building's own gfa_m2 (e.g. from IFC storeys) when given. The rule profile decides which storeys count (tall storeys may count more than once) and which share of balconies counts.")),
    (QT_TRANSLATE_NOOP("report", "Plot ratio (FAR)"), QT_TRANSLATE_NOOP("report", "GFA / parcel area.")),
    (QT_TRANSLATE_NOOP("report", "Site coverage"),
     QT_TRANSLATE_NOOP("report", "Area of the union of all building footprints inside the parcel / parcel area.")),
    (QT_TRANSLATE_NOOP("report", "Green ratio"),
     QT_TRANSLATE_NOOP("report", "Area of the union of ground-level green areas inside the parcel, minus building footprints, / parcel area. Green roofs are reported separately and never count.")),
    (QT_TRANSLATE_NOOP("report", "Height"),
     QT_TRANSLATE_NOOP("report", "Top of the building above its base (profile measure 'top'), or to the main roof with small roof structures left out (measure 'main_roof').")),
    (QT_TRANSLATE_NOOP("report", "Setback"),
     QT_TRANSLATE_NOOP("report", "Smallest distance from a new footprint to the parcel edge; negative when the footprint sticks out of the parcel. A footprint keeps the setback when it lies inside the parcel shrunk by the setback.")),
    (QT_TRANSLATE_NOOP("report", "Spacing"),
     QT_TRANSLATE_NOOP("report", "Smallest horizontal distance between a new building's footprint and any other building (new or existing), with the pair; 0 when they touch.")),
    (QT_TRANSLATE_NOOP("report", "Sunlight (own windows)"),
     QT_TRANSLATE_NOOP("report", "Sunlight hours on the standard day within the effective window at the window sills of the lowest storey of new buildings of the listed uses. Windows that could not get the required hours even with nothing around them (facing away from the sun) are listed but not tested.")),
    (QT_TRANSLATE_NOOP("report", "Sunlight (neighbours)"),
     QT_TRANSLATE_NOOP("report", "Windows of existing sensitive buildings within the shadow range are evaluated before and after the scheme. GB 50180: a window that complied must still comply, one that did not may lose no sunlight. BRE: a window may keep no less than 0.8 x its former value.")),
    (QT_TRANSLATE_NOOP("report", "Margin"),
     QT_TRANSLATE_NOOP("report", "Room left before the limit: limit - value for maximum rules, value - limit for minimum rules; negative means the rule fails by that much.")),
    (QT_TRANSLATE_NOOP("report", "Overall verdict"),
     QT_TRANSLATE_NOOP("report", "The scheme passes when no evaluated check fails. Checks that could not be evaluated are listed as such and never count as passed.")),
)


def definitions() -> list[tuple[str, str]]:
    return [(translate("report", t), translate("report", d)) for t, d in DEFINITIONS]


def result_label(passed) -> str:
    if passed is True:
        return translate("report", "Pass")
    if passed is False:
        return translate("report", "Fail")
    return translate("report", "Not evaluated")
