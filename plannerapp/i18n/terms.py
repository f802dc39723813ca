"""Display names for codes that live in data files: building uses, bundled sunlight profiles.

Files keep the English codes (``"residential"``, profile names); what people
see goes through :func:`plannerapp.i18n.translate` here.  Marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them with everything else.
``tests/i18n`` checks that every bundled profile name is listed.
"""

from __future__ import annotations

from plannerapp.i18n import QT_TRANSLATE_NOOP, translate

#: building uses offered by the editor (codes stored in scheme files)
USE_LABELS = {
    "residential": QT_TRANSLATE_NOOP("uses", "residential"),
    "office": QT_TRANSLATE_NOOP("uses", "office"),
    "retail": QT_TRANSLATE_NOOP("uses", "retail"),
    "mixed": QT_TRANSLATE_NOOP("uses", "mixed"),
    "public": QT_TRANSLATE_NOOP("uses", "public"),
    "education": QT_TRANSLATE_NOOP("uses", "education"),
    "hotel": QT_TRANSLATE_NOOP("uses", "hotel"),
    "industrial": QT_TRANSLATE_NOOP("uses", "industrial"),
}

#: names of the bundled sunlight profiles (plannerapp/analysis/profiles/*.json)
PROFILE_NAMES = (
    QT_TRANSLATE_NOOP("profiles", "BRE amenity area: >= 2 h sun on 21 March on at least half the area"),
    QT_TRANSLATE_NOOP("profiles", "GB 50180 residential, climate zones I/II/III/VII, city >= 500,000 residents"),
    QT_TRANSLATE_NOOP("profiles", "GB 50180 residential, climate zones I/II/III/VII, city < 500,000 residents"),
    QT_TRANSLATE_NOOP("profiles", "GB 50180 residential, climate zone IV, city >= 500,000 residents"),
    QT_TRANSLATE_NOOP("profiles", "GB 50180 residential, climate zone IV, city < 500,000 residents"),
    QT_TRANSLATE_NOOP("profiles", "GB 50180 residential, climate zones V/VI"),
    QT_TRANSLATE_NOOP("profiles", "GB 50180 housing for the elderly"),
    QT_TRANSLATE_NOOP("profiles", "GB 50180 new housing in old-district redevelopment"),
    QT_TRANSLATE_NOOP("profiles", "Kindergarten / nursery main rooms"),
    QT_TRANSLATE_NOOP("profiles", "School classrooms (over half of them)"),
    QT_TRANSLATE_NOOP("profiles", "Hospital and sanatorium wards (over half of them)"),
    QT_TRANSLATE_NOOP("profiles", "Elderly / disabled care bedrooms"),
    QT_TRANSLATE_NOOP("profiles", "Japan shadow regulation, 4 m plane (example limits 4 h / 2.5 h)"),
)


def use_label(code: str | None) -> str:
    """What people read for a use code (the code itself when it is not a known one)."""
    code = code or ""
    return translate("uses", USE_LABELS[code]) if code in USE_LABELS else code


def use_code(text: str) -> str:
    """The use code for what was typed or chosen: a known label (any language) maps back to its code."""
    text = (text or "").strip()
    for code, english in USE_LABELS.items():
        if text in (code, english, translate("uses", english)):
            return code
    return text


def profile_name(name: str) -> str:
    """Translated display name of a sunlight profile (unknown names unchanged)."""
    return translate("profiles", name) if name else name


#: argparse's own messages (``--help`` headings, usage errors), in the "argparse" context
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def install_argparse_translation() -> None:
    """Route argparse's own messages ("usage:", "options", errors) through :func:`translate`.

    argparse looks its module-level ``_`` up at call time, so replacing it is enough;
    messages not in the catalogue stay English.
    """
    import argparse

    argparse._ = lambda message: translate("argparse", message)



#: comparison table rows, their definitions and the better-direction words (report/compare_metrics.py,
#: report/compare_html.py keep the English there and translate("report", ...) where shown)
COMPARE_TEXTS = (
    QT_TRANSLATE_NOOP("report", "Gross floor area (GFA)"),
    QT_TRANSLATE_NOOP("report", "Plot ratio (FAR)"),
    QT_TRANSLATE_NOOP("report", "Site coverage"),
    QT_TRANSLATE_NOOP("report", "Green ratio (ground level)"),
    QT_TRANSLATE_NOOP("report", "Buildings on the parcels"),
    QT_TRANSLATE_NOOP("report", "Maximum height"),
    QT_TRANSLATE_NOOP("report", "Mean height (footprint-weighted)"),
    QT_TRANSLATE_NOOP("report", "Review: checks passed"),
    QT_TRANSLATE_NOOP("report", "Review: checks failed"),
    QT_TRANSLATE_NOOP("report", "Review: checks not evaluated"),
    QT_TRANSLATE_NOOP("report", "Residential windows meeting the sunlight rule"),
    QT_TRANSLATE_NOOP("report", "Mean facade sunlight"),
    QT_TRANSLATE_NOOP("report", "Ground in shadow longer than {n} h"),
    QT_TRANSLATE_NOOP("report", "Mean roof insolation"),
    QT_TRANSLATE_NOOP("report", "Rooftop PV potential"),
    QT_TRANSLATE_NOOP("report", "Mean sky view factor (public ground)"),
    QT_TRANSLATE_NOOP("report", "Nocturnal heat island, Oke (mean)"),
    QT_TRANSLATE_NOOP("report", "Daily maximum Tmrt (mean)"),
    QT_TRANSLATE_NOOP("report", "Ground with Tmrt above {t} \u00b0C"),
    QT_TRANSLATE_NOOP("report", "Daily maximum ground temperature (mean)"),
    QT_TRANSLATE_NOOP("report", "Daily maximum roof temperature (mean)"),
    QT_TRANSLATE_NOOP("report", "Pervious surface (site)"),
    QT_TRANSLATE_NOOP("report", "Local Climate Zone"),
    QT_TRANSLATE_NOOP("report", "Gross floor area of all standing buildings belonging to the parcels (as the review counts it)."),
    QT_TRANSLATE_NOOP("report", "GFA / parcel area."),
    QT_TRANSLATE_NOOP("report", "Union of the footprints clipped to the parcels / parcel area."),
    QT_TRANSLATE_NOOP("report", "Ground-level green areas of the scheme, minus footprints, / parcel area (green roofs do not count)."),
    QT_TRANSLATE_NOOP("report", "Standing buildings belonging to the parcels (kept existing and new)."),
    QT_TRANSLATE_NOOP("report", "Tallest standing building on the parcels (top above its base)."),
    QT_TRANSLATE_NOOP("report", "Height of the buildings on the parcels weighted by footprint area."),
    QT_TRANSLATE_NOOP("report", "Review checks passed; the status quo is reviewed as a scheme without new buildings."),
    QT_TRANSLATE_NOOP("report", "Review checks failed."),
    QT_TRANSLATE_NOOP("report", "Review checks that could not be evaluated (e.g. form rules without new buildings, sunlight rules in quick mode)."),
    QT_TRANSLATE_NOOP("report", "Window-sill points (lowest storey, sill centre) of residential or unknown-use buildings in the comparison area, neighbours included, that meet the sunlight control's hours."),
    QT_TRANSLATE_NOOP("report", "Mean sunlight hours on facade points (every storey) of the buildings on the parcels."),
    QT_TRANSLATE_NOOP("report", "Ground in the comparison area (outside buildings) in shadow for more than the stated hours within the day's window."),
    QT_TRANSLATE_NOOP("report", "Area-weighted mean annual insolation on the roofs of the buildings on the parcels."),
    QT_TRANSLATE_NOOP("report", "Annual rooftop PV yield: insolation x 60 % usable roof x 20 % efficiency x 0.8 performance ratio."),
    QT_TRANSLATE_NOOP("report", "Mean sky view factor of the public ground on the hottest day grid."),
    QT_TRANSLATE_NOOP("report", "Oke (1981) maximum nocturnal heat island from street-level SVF: 15.27 - 13.88 SVF."),
    QT_TRANSLATE_NOOP("report", "Daily maximum mean radiant temperature at 1.1 m (SOLWEIG-style), mean over public ground."),
    QT_TRANSLATE_NOOP("report", "Share of public ground whose daily maximum Tmrt exceeds the threshold."),
    QT_TRANSLATE_NOOP("report", "Daily maximum ground surface temperature, mean over public ground."),
    QT_TRANSLATE_NOOP("report", "Daily maximum roof surface temperature, area mean (green roofs cooler)."),
    QT_TRANSLATE_NOOP("report", "Pervious (green) share of the comparison area (Stewart & Oke 2012 property)."),
    QT_TRANSLATE_NOOP("report", "Local Climate Zone nearest to the area's properties (Stewart & Oke 2012)."),
    QT_TRANSLATE_NOOP("report", "higher"),
    QT_TRANSLATE_NOOP("report", "lower"),
    QT_TRANSLATE_NOOP("report", "neutral"),
)

#: Local Climate Zone class names (Stewart and Oke 2012; analysis/heatdata/lcz_stewart_oke_2012.json)
LCZ_NAMES = (
    QT_TRANSLATE_NOOP("lcz", "Compact high-rise"),
    QT_TRANSLATE_NOOP("lcz", "Compact midrise"),
    QT_TRANSLATE_NOOP("lcz", "Compact low-rise"),
    QT_TRANSLATE_NOOP("lcz", "Open high-rise"),
    QT_TRANSLATE_NOOP("lcz", "Open midrise"),
    QT_TRANSLATE_NOOP("lcz", "Open low-rise"),
    QT_TRANSLATE_NOOP("lcz", "Lightweight low-rise"),
    QT_TRANSLATE_NOOP("lcz", "Large low-rise"),
    QT_TRANSLATE_NOOP("lcz", "Sparsely built"),
    QT_TRANSLATE_NOOP("lcz", "Heavy industry"),
    QT_TRANSLATE_NOOP("lcz", "Dense trees"),
    QT_TRANSLATE_NOOP("lcz", "Scattered trees"),
    QT_TRANSLATE_NOOP("lcz", "Bush, scrub"),
    QT_TRANSLATE_NOOP("lcz", "Low plants"),
    QT_TRANSLATE_NOOP("lcz", "Bare rock or paved"),
    QT_TRANSLATE_NOOP("lcz", "Bare soil or sand"),
    QT_TRANSLATE_NOOP("lcz", "Water"),
)


def lcz_name(name: str | None) -> str:
    """Translated Local Climate Zone class name (unknown names unchanged)."""
    return translate("lcz", name) if name else (name or "")
