"""Translation for the Qt-free core: CLI messages, reports.

One source of truth for every user-visible string: the Qt Linguist files
``plannerapp/i18n/plannerapp_<lang>.ts``.  The GUI loads the compiled ``.qm``
through ``QTranslator``; the core (CLI, reports) reads the same ``.ts`` here,
so it needs no Qt.  Call sites use :func:`translate` with a *context* and the
English source text, exactly like ``QCoreApplication.translate``, so that
``pyside6-lupdate`` extracts them::

    from plannerapp.i18n import translate
    print(translate("cli", "Loaded {n} buildings").format(n=12))

Messages shared by several call sites live in :mod:`plannerapp.messages`.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUPPORTED = ("en", "zh_CN")

_language: str | None = None
_explicit = False


def _system_language() -> str:
    for var in ("PLANNERAPP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        val = os.environ.get(var)
        if val:
            break
    else:
        try:
            val = locale.getlocale()[0] or ""
        except ValueError:  # pragma: no cover - odd locales
            val = ""
    return "zh_CN" if val.lower().startswith("zh") else "en"


def normalise(lang: str | None) -> str:
    """Map user input (``zh``, ``zh_CN``, ``zh-CN.UTF-8``, ``en_GB``...) to a supported code."""
    if not lang:
        return _system_language()
    lang = lang.replace("-", "_")
    if lang.lower().startswith("zh"):
        return "zh_CN"
    return "en"


def set_language(lang: str | None, explicit: bool | None = None) -> str:
    """Choose the language of core messages; ``None`` follows the system locale.

    A language given by the user (``--lang``) counts as *explicit*, so the GUI
    does not replace it with the one saved in the settings.
    """
    global _language, _explicit
    _language = normalise(lang)
    _explicit = (lang is not None) if explicit is None else explicit
    return _language


def explicitly_chosen() -> bool:
    """True when the language came from ``--lang`` (not from the system locale)."""
    return _explicit


def language() -> str:
    if _language is None:
        return set_language(None)
    return _language


def catalog(lang: str) -> dict[tuple[str, str], list[str]]:
    """The finished translations of *lang*: ``{(context, English source): [forms]}``."""
    return _catalog(lang)


@lru_cache(maxsize=None)
def _by_source(lang: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for (_ctx, src), forms in _catalog(lang).items():
        out.setdefault(src, forms)
    return out


@lru_cache(maxsize=None)
def _catalog(lang: str) -> dict[tuple[str, str], list[str]]:
    """Read ``plannerapp_<lang>.ts``: ``{(context, source): [translation forms]}``.

    Unfinished and obsolete entries are ignored (they fall back to English).
    """
    path = HERE / f"plannerapp_{lang}.ts"
    out: dict[tuple[str, str], list[str]] = {}
    if not path.exists():
        return out
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if src is None or tr is None:
                continue
            if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")]
            if not forms:
                forms = [tr.text or ""]
            if any(forms):
                out[(name, src)] = forms
    return out


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate *text* (English source) in *context* to the current language.

    Mirrors ``QCoreApplication.translate(context, text, disambiguation, n)``:
    with ``n >= 0`` a ``%n`` in the text is replaced by *n* (Chinese has one
    plural form; English picks singular/plural from the ``.ts`` English
    numerus forms when present).
    """
    lang = language()
    forms = None
    if lang != "en":
        # exact context first; the same English text in another context is the fallback
        forms = _catalog(lang).get((context, text)) or _by_source(lang).get(text)
    if forms is None and n >= 0:
        forms = _catalog("en").get((context, text))
    if forms:
        if n >= 0 and len(forms) > 1:
            result = forms[0] if n == 1 else forms[1]
        else:
            result = forms[0]
    else:
        result = text
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, lupdate knows it
    """Mark *text* for extraction without translating it now."""
    return text
