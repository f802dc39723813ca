"""The Chinese catalogue is complete, consistent with the glossary, and compiled.

A fresh ``pyside6-lupdate`` over ``plannerapp/`` (the same command as
``scripts/i18n.sh``) must find no string the committed ``plannerapp_zh_CN.ts``
lacks, and none may be unfinished.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from datafiles import ROOT
from plannerapp.i18n import tscheck

I18N = ROOT / "plannerapp" / "i18n"
TS = I18N / "plannerapp_zh_CN.ts"
BIN = Path(sys.executable).parent
ALIAS = "tr+=_tr"  # as scripts/i18n.sh


def _messages():
    out = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            out.append((ctx.findtext("name") or "", msg.findtext("source") or "", "".join(tr.itertext()),
                        tr.get("type")))
    return out


def _lupdate(tmp_path: Path) -> Path:
    exe = shutil.which("pyside6-lupdate", path=str(BIN)) or shutil.which("pyside6-lupdate")
    if exe is None:
        pytest.fail("pyside6-lupdate is missing (PySide6 installs it)")
    fresh = tmp_path / "plannerapp_zh_CN.ts"
    shutil.copy(TS, fresh)
    subprocess.run([exe, "-silent", "-extensions", "py", "-no-obsolete", "-locations", "relative",
                    "-tr-function-alias", ALIAS, "-source-language", "en", "-target-language", "zh_CN",
                    str(ROOT / "plannerapp"), "-ts", str(fresh)], check=True, timeout=300)
    return fresh


def test_fresh_extraction_finds_no_new_or_unfinished_string(tmp_path):
    fresh = _lupdate(tmp_path)
    missing, unfinished = tscheck.gaps(TS, fresh)
    assert not missing, f"{len(missing)} strings not in plannerapp_zh_CN.ts (run bash scripts/i18n.sh): {missing[:10]}"
    assert not unfinished, f"{len(unfinished)} untranslated: {unfinished[:10]}"


def test_extraction_covers_gui_core_and_report_strings(tmp_path):
    contexts = Counter(c for c, *_ in _messages())
    # GUI classes (self.tr), core contexts (translate("cli"/"io"/"report"/"rules", ...)), _tr helpers ("")
    for ctx in ("MainWindow", "ReviewPanel", "AnalysisPanel", "cli", "io", "report", "rules", "scene", ""):
        assert contexts[ctx] > 0, ctx
    assert sum(contexts.values()) >= 1000


def test_every_message_is_translated_with_its_placeholders_markup_and_accelerator():
    token = re.compile(r"\{[^{}]*\}|<[^>]+>|%n|\n")
    msgs = _messages()
    assert len(msgs) >= 300
    for ctx, src, tr, kind in msgs:
        assert kind is None and tr.strip(), (ctx, src)
        assert Counter(token.findall(src)) == Counter(token.findall(tr)), (ctx, src, tr)
        assert re.search(r"[\u4e00-\u9fff]", tr) or not re.search(r"[A-Za-z]{3,}", re.sub(token, "", src)) \
            or src in tr or _technical(src), (ctx, src, tr)
        if re.search(r"&[A-Za-z]", src.replace("&&", "")):
            assert "&" in tr, (ctx, src, tr)  # menu accelerator kept: 文件(&F)


def _technical(src: str) -> bool:
    """File filters, formats and codes that stay as they are (e.g. 'CityJSON (*.json ...)', 'SHA-256')."""
    return "(*." in src or src in {"plannerapp", "SHA-256", "buildings.geojson (*.geojson)"}


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    exe = shutil.which("pyside6-lrelease", path=str(BIN)) or shutil.which("pyside6-lrelease")
    out = tmp_path / "zh.qm"
    subprocess.run([exe, "-silent", str(TS), "-qm", str(out)], check=True, timeout=120)
    assert (I18N / "plannerapp_zh_CN.qm").read_bytes() == out.read_bytes(), "run bash scripts/i18n.sh --release-only"


def test_translation_table_holds_every_translation_so_reextraction_keeps_them():
    from plannerapp.i18n import tsfill

    table = tsfill.read_table()
    for ctx, src, tr, _ in _messages():
        assert tsfill.lookup(table, ctx, src) == tr, (ctx, src)


def _glossary():
    with open(I18N / "glossary.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _en(s: str) -> str:
    return re.sub(r"&(?=\w)", "", s).strip().rstrip(":：…").strip().lower()


def _zh(s: str) -> str:
    return re.sub(r"\(&\w\)", "", s).strip().rstrip(":：…").strip()


def test_glossary_lists_the_standard_terms_with_their_source():
    rows = _glossary()
    terms = {r["english"].lower(): r["chinese"] for r in rows}
    assert terms["plot ratio"] == "容积率" and terms["site coverage"] == "建筑密度"
    assert terms["green ratio"] == "绿地率" and terms["setback"] == "建筑退线"
    assert terms["true solar time"] == "真太阳时" and terms["great cold day"] == "大寒日"
    assert terms["sky view factor"] == "天空可视因子" and terms["local climate zone"] == "局地气候区"
    assert len(rows) >= 60
    for r in rows:
        assert r["source"].strip(), r
        assert r["check"] in ("whole", "contains"), r


def test_glossary_terms_are_used_consistently_in_the_catalogue():
    msgs = _messages()
    used = 0
    for row in _glossary():
        en, zh = row["english"], row["chinese"]
        for ctx, src, tr, _ in msgs:
            if _en(src) == _en(en):
                used += 1
                assert _zh(tr) == zh, f"[{ctx}] {src!r} is {tr!r}, glossary says {zh!r}"
            elif row["check"] == "contains":
                plain = re.sub(r"\{[^}]*\}|--[\w-]+", "", src)
                if re.search(r"\b" + re.escape(en) + r"\b", plain, re.IGNORECASE):
                    assert zh in tr, f"[{ctx}] {src!r} -> {tr!r} lacks the glossary term {zh!r}"
    assert used >= 30


def test_bundled_profile_names_and_uses_have_display_names():
    from plannerapp.analysis.profiles import list_profiles
    from plannerapp.i18n import set_language, terms

    names = {p.name for p in list_profiles()}
    assert names <= set(terms.PROFILE_NAMES), names - set(terms.PROFILE_NAMES)
    set_language("zh_CN")
    assert terms.use_label("residential") == "住宅" and terms.use_code("住宅") == "residential"
    assert terms.use_code("学生公寓") == "学生公寓"  # free text stays as typed
    assert terms.profile_name("GB 50180 housing for the elderly") == "GB 50180 老年人居住建筑（冬至日 ≥ 2 小时）"


def test_comparison_report_rows_and_definitions_are_translated():
    from plannerapp.i18n import set_language, translate
    from plannerapp.report.compare_html import DEFINITIONS
    from plannerapp.report.compare_metrics import METRICS

    set_language("zh_CN")
    for text in [m.label for m in METRICS] + list(DEFINITIONS.values()):
        assert translate("report", text) != text, f"add {text!r} to plannerapp/i18n/terms.py COMPARE_TEXTS"
    assert translate("report", "lower") == "越低越好"  # better direction, not "lowered"
