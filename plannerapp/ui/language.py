"""Interface language of the GUI: Qt translators and the Settings > Language menu.

Which language (first match wins):

1. ``plannerapp --lang zh_CN|en`` (or ``$PLANNERAPP_LANG``): chosen for this run;
2. ``Settings.language`` (``"en"``/``"zh_CN"``), set from Settings > Language;
3. the system locale (``LC_ALL``/``LC_MESSAGES``/``LANG``): Chinese locales get zh_CN.

For zh_CN three translators are installed (Qt asks the last installed first):

* ``plannerapp_zh_CN.qm``, compiled from ``plannerapp/i18n/plannerapp_zh_CN.ts`` by
  ``scripts/i18n.sh``;
* Qt's own ``qtbase_zh_CN.qm`` (file dialogs, message-box buttons), from the
  PySide6 wheel (``PySide6/Qt/translations``) or the bundle;
* :class:`SourceTextTranslator`, a fallback keyed on the English text alone, for
  strings whose run-time context differs from the one lupdate saw (``tr = self.tr``
  aliases, ``self.ctl.tr(...)``, ``self.tr`` in a base class called on a subclass).

The language applies when plannerapp starts: choosing another one in the menu
saves it and offers to restart now.  ``QLocale.setDefault`` follows the language,
so ``QLocale().toString(x, "f", 1)`` formats numbers the same way as the text.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QProcess, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from plannerapp import i18n

#: The choices of Settings > Language: (settings value, label in its own language).
LANGUAGES = (("en", "English"), ("zh_CN", "中文（简体）"))


def qt_translations_dirs() -> list[str]:
    """Folders that may hold Qt's ``qtbase_*.qm``: the Qt library's, the wheel's, a bundle's."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        dirs.append(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "translations"))
    except Exception:  # pragma: no cover - PySide6 is imported above
        pass
    base = getattr(sys, "_MEIPASS", None)  # PyInstaller bundle
    if base:
        dirs += [os.path.join(base, "PySide6", "Qt", "translations"), os.path.join(base, "translations")]
    return [d for d in dict.fromkeys(dirs) if d and os.path.isdir(d)]


def resolve_language(settings=None) -> str:
    """The GUI language: ``--lang`` when given, else ``settings.language``, else the system locale.

    Also sets the core's language (:func:`plannerapp.i18n.set_language`), so reports
    written from the GUI come out in the same language.
    """
    if i18n.explicitly_chosen():
        return i18n.language()
    if settings is None:
        from plannerapp.settings import Settings

        settings = Settings.load()
    return i18n.set_language(settings.language or None, explicit=False)


class SourceTextTranslator(QTranslator):
    """Looks a string up by its English text alone (any context) in the ``.ts`` catalogue.

    The last resort after the compiled ``.qm`` (which needs context + text to match).
    """

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.table: dict[str, str] = {}
        for (_ctx, src), forms in i18n.catalog(lang).items():
            self.table.setdefault(src, forms[0])

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self.table

    def language(self) -> str:
        return self.lang

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        return self.table.get(source_text, "")


def install_translators(app, lang: str | None = None) -> list[QTranslator]:
    """Install the translators of *lang* (default: :func:`resolve_language`) into *app*.

    Removes those installed by an earlier call first.  Returns the installed ones.
    """
    lang = i18n.normalise(lang) if lang else resolve_language()
    for t in getattr(app, "_plannerapp_translators", []):
        app.removeTranslator(t)
    keep: list[QTranslator] = []
    QLocale.setDefault(QLocale("zh_CN") if lang == "zh_CN" else QLocale("en_GB"))
    if lang != "en":
        fallback = SourceTextTranslator(lang, app)
        if not fallback.isEmpty():
            app.installTranslator(fallback)
            keep.append(fallback)
        for folder in qt_translations_dirs():
            qt = QTranslator(app)
            if qt.load(QLocale(lang), "qtbase", "_", folder):
                app.installTranslator(qt)
                keep.append(qt)
                break
    qm = os.path.join(os.path.dirname(i18n.__file__), f"plannerapp_{lang}.qm")
    t = QTranslator(app)
    if os.path.exists(qm) and t.load(qm):  # zh_CN; en only holds plural forms
        app.installTranslator(t)
        keep.append(t)
    app._plannerapp_translators = keep  # keep references alive
    return keep


def restart_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """Program and arguments that start plannerapp again, without any ``--lang`` option."""
    args = list(sys.argv[1:] if argv is None else argv)
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a == "--lang":
            skip = True
            continue
        if a.startswith("--lang="):
            continue
        out.append(a)
    if getattr(sys, "frozen", False):
        return sys.executable, out
    return sys.executable, ["-m", "plannerapp", *out]


class LanguageMenu(QObject):
    """Settings > Language: English / 中文, remembered in ``Settings.language``."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.menu = bar.addMenu(self.tr("&Settings"))
        help_menu = getattr(window, "menus", {}).get("help")
        if help_menu is not None:  # keep Help last
            bar.insertMenu(help_menu.menuAction(), self.menu)
        self.menu.setObjectName("menu_settings")
        self.language_menu = self.menu.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("menu_language")
        self.language_menu.setToolTip(self.tr("Interface language; applies when plannerapp starts again"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        current = i18n.language()
        system = QAction(self.tr("Follow the system"), self)
        system.setObjectName("actionLanguageSystem")
        system.setData("")
        self.actions[""] = system
        for code, label in LANGUAGES:
            a = QAction(label, self)  # each language named in itself, never translated
            a.setObjectName(f"actionLanguage_{code}")
            a.setData(code)
            self.actions[code] = a
        saved = getattr(window.settings, "language", "") or ""
        for code, a in self.actions.items():
            a.setCheckable(True)
            group.addAction(a)
            self.language_menu.addAction(a)
            a.setChecked(code == saved if saved or not i18n.explicitly_chosen() else code == current)
            a.triggered.connect(lambda checked=False, c=code: self.choose(c))
        if hasattr(window, "menus"):
            window.menus["settings"] = self.menu

    def choose(self, code: str, ask: bool = True) -> bool:
        """Remember *code* (``""``/``"en"``/``"zh_CN"``); offer a restart. Returns True when it changed."""
        settings = self.window.settings
        if (settings.language or "") == code:
            return False
        settings.language = code
        try:
            settings.save()
        except OSError as e:
            QMessageBox.warning(self.window, self.tr("Language"),
                                self.tr("Cannot save settings: {e}").format(e=e))
            return False
        if ask:
            self.offer_restart()
        return True

    def offer_restart(self) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.tr("The new interface language applies when plannerapp starts again."))
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart()

    def restart(self) -> None:
        """Close the window (it saves settings and asks about unsaved work), then start again."""
        if not self.window.close():
            return
        program, args = restart_command()
        QProcess.startDetached(program, args)
        QCoreApplication.quit()


def install_language_menu(window) -> LanguageMenu:
    """Add Settings > Language to *window* (a :class:`MainWindow`)."""
    menu = LanguageMenu(window)
    window.language_menu = menu
    return menu
