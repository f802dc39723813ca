"""The whole GUI in Chinese: every visible string went through translation.

Opens the sample project in a zh_CN MainWindow and walks its widget tree
(actions, menus, labels, buttons, group boxes, docks, tabs, table headers,
tooltips).  A string that still holds ASCII words after removing units, codes,
shortcuts and the project's own data (names, ids, uses) was not translated.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plannerapp import i18n
from plannerapp.paths import sample_project_path

LOAD_TIMEOUT_MS = 180_000

#: legitimate non-translated tokens: units, formats, codes, shortcuts, product and data names
ALLOWED = [
    r"EPSG:\d+", r"kWh/m²", r"kWh/m2", r"W/m2", r"m²", r"m2", r"°C", r"\bkWp\b", r"\bMWh\b", r"\bkm\b",
    r"\(&\w\)", r"&\w", r"\bF\d+\b", r"\b(Ctrl|Shift|Alt|Esc|Enter|Backspace|Del|Home|Tab|PgUp|PgDown)\b",
    r"\b(plannerapp|HTML|CSV|PNG|SVG|JSON|FAR|GFA|SVF|Tmrt|UHI|LCZ|LoD|PV|CRS|IFC|OBJ|glTF|PLY|STL|EPW|TMY3)\b",
    r"\b(CityJSON|GeoJSON|Dask|OpenGL|Mesa|llvmpipe|SOLWEIG|Oke|BRE|GB|GB/T|3D BAG|TU Delft|CC BY|IANA)\b",
    r"\*\.\w+", r"[\w.-]+\.(json|geojson|epw|csv|png|html|qm|ttc|py)\b", r"tcp://\S+",
    r"\b[xyzNESWmhK]\b", r"\bmin\b", r"\bEnglish\b", r"\bHOST\b", r"\bIDs?\b", r"\b[IVX]+\b",  # zones I-VII
]


def _data_strings(window) -> set[str]:
    """Names, ids, uses and descriptions that come from the project's files (not translatable)."""
    out: set[str] = set()
    s = getattr(getattr(window, "project", None), "session", None)
    project = getattr(s, "project", None)
    if project is None:
        return out
    out |= {project.name, str(project.context_path)}
    for b in project.context.buildings:
        out |= {b.id, b.name or "", b.use or ""}
        out |= set(map(str, b.attributes.keys()))
    for sc in project.schemes:
        out |= {sc.id, sc.name, getattr(sc, "description", "") or ""}
        for b in sc.buildings.values():
            out |= {b.id, b.name or "", b.use or ""}
        for g in getattr(sc, "greens", {}).values() if isinstance(getattr(sc, "greens", None), dict) else []:
            out |= {g.id, g.name or ""}
    if project.controls is not None:
        for p in project.controls.parcels:
            out |= {p.id, getattr(p, "name", "") or "", getattr(p, "land_use", "") or ""}
            out |= set(map(str, getattr(p, "allowed_uses", None) or []))
    # rule profile ids (file stems of plannerapp/rules/profiles/*.json) are shown as identifiers
    from plannerapp import rules

    out |= {p.stem for p in (Path(rules.__file__).parent / "profiles").glob("*.json")}
    return {x for x in out if x}


def untranslated(text: str, data: set[str]) -> bool:
    t = text or ""
    for d in sorted(data, key=len, reverse=True):
        if len(d) > 1:
            t = t.replace(d, " ")
    t = re.sub(r"<[^>]+>|&#?\w+;", " ", t)  # rich-text markup and entities
    for pat in ALLOWED:
        t = re.sub(pat, " ", t)
    return bool(re.search(r"[A-Za-z]{2,}", t))


def visible_strings(window, extra_widgets=()):
    """``(where, text)`` of every user-visible string of *window* and its children."""
    from PySide6.QtGui import QAction
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QGroupBox, QHeaderView, QLabel,
                                   QLineEdit, QMenu, QTabBar, QWidget)

    out = []
    roots = [window, *extra_widgets]
    for root in roots:
        widgets = [root, *root.findChildren(QWidget)]
        for a in root.findChildren(QAction):
            if a.isSeparator():
                continue
            out += [(f"action {a.objectName()}", a.text()), (f"tooltip {a.objectName()}", a.toolTip()),
                    (f"statustip {a.objectName()}", a.statusTip())]
        for w in widgets:
            name = f"{type(w).__name__} {w.objectName()}"
            if w.toolTip():
                out.append((f"tooltip {name}", w.toolTip()))
            if isinstance(w, QLabel):
                out.append((name, w.text()))
            elif isinstance(w, QAbstractButton):
                out.append((name, w.text()))
            elif isinstance(w, QGroupBox):
                out.append((name, w.title()))
            elif isinstance(w, QDockWidget):
                out.append((name, w.windowTitle()))
            elif isinstance(w, QMenu):
                out.append((name, w.title()))
            elif isinstance(w, QTabBar):
                out += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
                out += [(f"{name} tab tooltip", w.tabToolTip(i)) for i in range(w.count())]
            elif isinstance(w, QComboBox):
                out += [(f"{name} item", w.itemText(i)) for i in range(w.count())]
            elif isinstance(w, QLineEdit):
                out.append((f"{name} placeholder", w.placeholderText()))
            elif isinstance(w, QHeaderView) and w.model() is not None and w.isVisible():
                out += [(f"{name} header", str(w.model().headerData(i, w.orientation()) or ""))
                        for i in range(w.count()) if w.orientation() == Qt.Orientation.Horizontal]
            if w.isWindow() and w.windowTitle():
                out.append((f"title {name}", w.windowTitle()))
    return [(where, text) for where, text in out if text]


@pytest.fixture
def zh_window(qtbot, qapp):
    from plannerapp.ui.language import install_language_menu, install_translators
    from plannerapp.ui.main_window import MainWindow

    i18n.set_language("zh_CN")
    install_translators(qapp, "zh_CN")
    w = MainWindow()
    install_language_menu(w)
    qtbot.addWidget(w)
    w.resize(1500, 950)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.fileLoaded, timeout=LOAD_TIMEOUT_MS):
        assert w.open_file(str(sample_project_path()))
    qtbot.waitUntil(lambda: not w.loader.is_busy(), timeout=LOAD_TIMEOUT_MS)
    yield w
    w.close()
    install_translators(qapp, "en")


def test_every_visible_string_of_the_main_window_is_chinese(zh_window, qtbot):
    data = _data_strings(zh_window)
    strings = visible_strings(zh_window)
    assert len(strings) > 150
    bad = sorted({(where, text) for where, text in strings if untranslated(text, data)})
    assert not bad, "\n".join(f"{w}: {t!r}" for w, t in bad)
    texts = {t for _, t in strings}
    for zh in ("文件(&F)", "编辑(&E)", "视图(&V)", "分析(&A)", "帮助(&H)", "设置(&S)", "审查", "方案"):
        assert zh in texts, zh


def test_qt_own_dialog_buttons_and_file_dialogs_are_chinese(zh_window):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert "取消" in texts and "确定" in texts, texts  # from Qt's qtbase_zh_CN.qm
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："


def test_settings_language_menu_remembers_the_choice(zh_window, monkeypatch):
    from plannerapp.settings import Settings
    from plannerapp.ui import language

    menu = zh_window.language_menu
    assert [a.text() for a in menu.language_menu.actions()] == ["跟随系统", "English", "中文（简体）"]
    offered = []
    monkeypatch.setattr(language.LanguageMenu, "offer_restart", lambda self: offered.append(True))
    menu.actions["en"].trigger()
    assert offered == [True]
    assert Settings.load().language == "en"
    # next start without --lang: the saved language wins over the system locale
    i18n.set_language(None)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert language.resolve_language() == "en"
    # --lang beats the saved setting
    i18n.set_language("zh_CN")
    assert language.resolve_language() == "zh_CN"


def test_restart_command_drops_the_lang_option():
    from plannerapp.ui.language import restart_command

    prog, args = restart_command(["--lang", "zh_CN", "gui", "proj", "--lang=en"])
    assert args[-2:] == ["gui", "proj"] and "--lang" not in " ".join(args)


def test_numbers_follow_the_interface_locale(zh_window):
    from PySide6.QtCore import QLocale

    assert QLocale().name() == "zh_CN"
    assert QLocale().toString(12345.5, "f", 1) == "12,345.5"


def test_dialogs_and_the_comparison_window_are_chinese(zh_window, qtbot):
    from plannerapp.ui.batch_dialog import BatchDialog
    from plannerapp.ui.compare.window import CompareWindow
    from plannerapp.ui.tools.dialogs import MoveDialog, RotateDialog

    session = zh_window.project.session
    dialogs = [BatchDialog(zh_window), MoveDialog(zh_window, 2), RotateDialog(zh_window, 2),
               CompareWindow(session, zh_window)]
    try:
        for d in dialogs:
            qtbot.addWidget(d)
            d.show()
            qtbot.waitExposed(d)
        data = _data_strings(zh_window)
        strings = [s for d in dialogs for s in visible_strings(d)]
        assert len(strings) > 60
        bad = sorted({(where, text) for where, text in strings if untranslated(text, data)})
        assert not bad, "\n".join(f"{w}: {t!r}" for w, t in bad)
        titles = {d.windowTitle() for d in dialogs}
        assert {"城市批量计算", "按偏移量移动", "旋转", "方案比选"} <= titles, titles
    finally:
        for d in dialogs:
            d.close()
