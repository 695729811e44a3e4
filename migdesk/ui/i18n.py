"""Interface language: Russian (the source strings), Kazakh, Armenian or English, switched
while the program runs (issue 15).

Every ``tr()`` goes through one translator, :class:`LanguageHub`, installed once. It holds
the loaded catalogs of the chosen language — ``migdesk/ui/i18n/migdesk_<lang>.qm`` (package
data, compiled from ``translations/migdesk_<lang>.ts``) and Qt's own ``qtbase_<lang>.qm``
where PySide6 ships one — and remembers, for every text it hands out, which source string
and context it came from. On a switch it swaps the catalogs; :mod:`migdesk.ui.retranslate`
then maps every text on screen back to its source and asks again (see docs/architecture.md).
A missing catalog (kk/hy before their translations exist) leaves the Russian source text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from migdesk.languages import (
    DEFAULT,
    LANG_ENV,
    LANGUAGES,
    LOCALES,
    normalize,
    override,
    system_language,
)
from migdesk.resources import resource_path
from migdesk.ui import domain_texts

__all__ = ["LANG_ENV", "SUPPORTED", "LanguageHub", "Origin", "current_language"]

SUPPORTED = LANGUAGES
_PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%[0-9]+|%n|%L[0-9]+")


def requested_language(value: str | None = None) -> str:
    """``value`` (default: $MIGDESK_LANG) as one of :data:`SUPPORTED`; unset or unknown
    falls back to Russian (Article 15)."""
    if value is not None:
        return normalize(value) or DEFAULT
    return override() or DEFAULT


def startup_language() -> str:
    """Before anyone logs in: $MIGDESK_LANG, else the system locale, else Russian."""
    chosen = override()
    if chosen is not None:
        return chosen
    system = normalize(QLocale.system().name())
    return system or system_language()


def qm_path(lang: str) -> Path:
    return resource_path("i18n", f"migdesk_{lang}.qm", package="migdesk.ui")


def qt_qm_path(lang: str) -> Path:
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return qt_dir / f"qtbase_{lang}.qm"


def _catalogs(lang: str) -> list[QTranslator]:
    """The loadable catalogs of ``lang``: ours first, then Qt's; missing ones are skipped.
    Russian's own (``-pluralonly``) holds only the forms a number takes («%n символа»)."""
    paths = [qm_path(lang), qt_qm_path(lang)]
    loaded: list[QTranslator] = []
    for path in paths:
        translator = QTranslator()
        if path.exists() and translator.load(str(path)):
            loaded.append(translator)
    return loaded


@dataclass(frozen=True)
class Origin:
    """Where a shown text came from: what ``tr()`` was asked."""

    context: str
    source: str
    disambiguation: str | None
    n: int


class _Template:
    """A text with placeholders ({name}, %1, %n): matched against what was shown after
    ``.format()`` so the arguments can be carried into the new language."""

    def __init__(self, text: str, origin: Origin) -> None:
        self.origin = origin
        self.text = text
        parts = _PLACEHOLDER.split(text)
        self.names = _PLACEHOLDER.findall(text)
        self.prefix = parts[0]
        pieces: list[str] = []
        for index, part in enumerate(parts):
            pieces.append(re.escape(part))
            if index < len(self.names):
                pieces.append("(.*?)")
        self.pattern = re.compile("".join(pieces) + r"\Z", re.DOTALL)

    def arguments(self, shown: str) -> dict[str, str] | None:
        """placeholder → what stood there in ``shown``; None if ``shown`` is not this text."""
        match = self.pattern.match(shown)
        if match is None:
            return None
        return dict(zip(self.names, match.groups(), strict=True))


@cache
def _is_qt_class(context: str) -> bool:
    """PySide's ``self.tr`` asks the class's context, then each Qt base class's (QDialog,
    QWidget, QObject…): those misses are not where a text came from."""
    return context.startswith("Q") and any(
        hasattr(module, context) for module in (QtCore, QtGui, QtWidgets)
    )


class LanguageHub(QTranslator):
    """The one installed translator: delegates to the chosen language's catalogs and keeps
    text → origin for each language, which is what retranslation reads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = DEFAULT
        self._catalogs: list[QTranslator] = []
        self._shown: dict[str, dict[str, list[Origin]]] = {lang: {} for lang in LANGUAGES}
        self._templates: dict[str, dict[str, list[_Template]]] = {lang: {} for lang in LANGUAGES}
        self._lengths: dict[str, list[int]] = {}  # per language: the prefixes' lengths
        self._lock = threading.Lock()
        self.listeners: list[Callable[[str], None]] = []
        self.installed_in: QCoreApplication | None = None

    def set_language(self, lang: str) -> None:
        self.code = lang
        self._catalogs = _catalogs(lang)

    def loaded(self) -> bool:
        """Whether our own catalog (not only Qt's) exists for the language."""
        return self.code == DEFAULT or qm_path(self.code).exists()

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        text = ""
        for catalog in self._catalogs:
            text = catalog.translate(context, source, disambiguation, n) or ""
            if text:
                break
        if text or not _is_qt_class(context):
            self._remember(text or source, Origin(context, source, disambiguation, n))
        return text or None  # None: Qt shows the source (Russian)

    def _remember(self, text: str, origin: Origin) -> None:
        if not text:
            return
        with self._lock:  # workers may call tr() too
            self._remember_locked(text, origin)

    def _remember_locked(self, text: str, origin: Origin) -> None:
        shown = self._shown[self.code]
        origins = shown.setdefault(text, [])
        if origin not in origins:
            origins.append(origin)
        if _PLACEHOLDER.search(text):
            by_prefix = self._templates[self.code]
            template = _Template(text, origin)
            known = by_prefix.setdefault(template.prefix, [])
            if all(t.text != text or t.origin != origin for t in known):
                known.append(template)
                self._lengths.pop(self.code, None)

    # --- reading back ----------------------------------------------------------------------

    def origins(self, text: str, lang: str) -> list[Origin]:
        return self._shown[lang].get(text, [])

    def templates(self, text: str, lang: str) -> list[_Template]:
        """Templates of ``lang`` whose literal start is a start of ``text``."""
        by_prefix = self._templates[lang]
        lengths = self._lengths.get(lang)
        if lengths is None:
            with self._lock:
                lengths = sorted({len(prefix) for prefix in by_prefix}, reverse=True)
            self._lengths[lang] = lengths
        found: list[_Template] = []
        # The longest literal start first (the most specific); one dict look-up per length.
        for length in lengths:
            if length <= len(text):
                found.extend(by_prefix.get(text[:length], ()))
        return found

    def again(self, origin: Origin, n: int | None = None) -> str:
        """The origin's text in the current language (via Qt, so %n is filled in)."""
        return QCoreApplication.translate(
            origin.context, origin.source, origin.disambiguation, origin.n if n is None else n
        )


_hub: LanguageHub | None = None


def hub() -> LanguageHub:
    global _hub
    if _hub is None:
        _hub = LanguageHub()
    return _hub


def current_language() -> str:
    return hub().code


def _set_locale(lang: str) -> None:
    # Numbers and collation follow the language; dates stay ДД.ММ.ГГГГ (kit.date_text).
    QLocale.setDefault(QLocale(LOCALES[lang]))


def install_translators(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    """Install the hub for ``lang`` (default: $MIGDESK_LANG, else Russian); returns the
    installed translators for :func:`remove_translators`."""
    chosen = requested_language(lang)
    translator = hub()
    app.removeTranslator(translator)
    _use(chosen)
    app.installTranslator(translator)  # Qt sends QEvent.LanguageChange to every widget
    translator.installed_in = app
    return [translator]


def change_language(app: QCoreApplication, lang: str) -> bool:
    """The hub installed already: switch its language without Qt's QEvent.LanguageChange to
    every widget at once (removing and installing the hub again sent it twice); the caller
    sends it window by window (:mod:`migdesk.ui.retranslate`). Returns False, having
    installed the hub (and so told every widget), when it was not installed."""
    translator = hub()
    if translator.installed_in is not app:
        install_translators(app, lang)
        return False
    _use(requested_language(lang))
    return True


def _use(lang: str) -> None:
    hub().set_language(lang)
    _set_locale(lang)
    domain_texts.set_language(lang)  # the services' messages and labels too


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        if isinstance(translator, LanguageHub):
            translator.installed_in = None
