"""Interface language: Russian (the source strings) by default, English with MIGDESK_LANG=en.

English comes from ``migdesk/ui/i18n/migdesk_en.qm`` (package data), compiled from
``translations/migdesk_en.ts`` (Qt Linguist). Qt's own strings (standard buttons, context
menus) come from the Qt translations shipped with PySide6.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from migdesk.resources import resource_path

LANG_ENV = "MIGDESK_LANG"
SUPPORTED = ("ru", "en")


def requested_language(value: str | None = None) -> str:
    """``ru`` or ``en``; anything else (unset, unknown) falls back to Russian (Article 15)."""
    raw = (value if value is not None else os.environ.get(LANG_ENV, "")).strip().lower()
    lang = raw[:2]
    return lang if lang in SUPPORTED else "ru"


def qm_path(lang: str) -> Path:
    return resource_path("i18n", f"migdesk_{lang}.qm", package="migdesk.ui")


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return None
    app.installTranslator(translator)
    return translator


def install_translators(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    """Install the translators for ``lang`` (default: $MIGDESK_LANG); returns them for removal."""
    chosen = requested_language(lang)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    installed: list[QTranslator] = []
    if chosen == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        candidates = [qm_path("en")]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        candidates = [qt_dir / "qtbase_ru.qm"]
    for path in candidates:
        translator = _load(app, path)
        if translator is not None:
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
