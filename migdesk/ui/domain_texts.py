"""Labels from the domain's message catalog (``migdesk.messages``, GNU gettext) on screen
after a language switch (issue 15).

States, kinds, countries and other labels shown from domain tables are not Qt texts: the
services translate them with gettext into the language current when they were asked. A
switch tells the catalog the new language (:func:`set_language`) and the walk in
:mod:`migdesk.ui.retranslate` asks :func:`again` for any text Qt's catalogs do not know: the
text is looked up among each language's translations of the catalog's messages and given in
the new one. Without the catalog (``migdesk.messages`` absent) both do nothing.
"""

from __future__ import annotations

import gettext
import importlib
from functools import cache
from importlib.resources import files
from types import ModuleType

from migdesk.languages import DEFAULT, LANGUAGES


@cache
def _module() -> ModuleType | None:
    try:
        return importlib.import_module("migdesk.messages")
    except ImportError:
        return None


def set_language(lang: str) -> None:
    """The services' messages and labels in ``lang`` from now on."""
    module = _module()
    if module is not None:
        module.set_language(lang)


@cache
def _catalog(lang: str) -> dict[str, str]:
    """msgid → translation of one language's compiled catalog (package data)."""
    mo = files("migdesk") / "locale" / lang / "LC_MESSAGES" / "migdesk.mo"
    if not mo.is_file():
        return {}
    with mo.open("rb") as stream:
        catalog = gettext.GNUTranslations(stream)
    # GNUTranslations keeps its messages in ``_catalog``; plural entries have tuple keys.
    entries: dict[object, str] = getattr(catalog, "_catalog", {})
    return {k: v for k, v in entries.items() if isinstance(k, str) and k and v}


@cache
def _msgids() -> frozenset[str]:
    return frozenset().union(*(_catalog(lang) for lang in LANGUAGES if lang != DEFAULT))


@cache
def _reverse(lang: str) -> dict[str, str]:
    """Shown text → msgid, for ``lang``."""
    if lang == DEFAULT:
        return {msgid: msgid for msgid in _msgids()}
    return {text: msgid for msgid, text in _catalog(lang).items()}


def warm() -> None:
    """Read the catalogs now (the preload's thread): the first switch found them unread and
    parsed them on the GUI thread, ~20 ms of it (#17)."""
    if _module() is not None:
        for lang in LANGUAGES:
            _reverse(lang)


def _wording(msgid: str, lang: str) -> str:
    # A message with a context (pgettext) is keyed «context\x04msgid»: Russian is the msgid.
    russian = msgid.rpartition("\x04")[2]
    return russian if lang == DEFAULT else _catalog(lang).get(msgid, russian)


def again(text: str, before: list[str], after: str) -> str | None:
    """``text`` (a catalog message in one of ``before``'s languages, first the likeliest)
    in ``after``; None when it is not a catalog message."""
    if _module() is None:
        return None
    for lang in before:
        msgid = _reverse(lang).get(text)
        if msgid is not None:
            return _wording(msgid, after)
    return None
