"""Messages the services raise and the CLI prints, in the interface language (GNU gettext).

The source language is Russian: the msgid is the Russian text as written in the code. The
catalogs are ``translations/messages/{en,kk,hy}.po`` (template ``messages.pot``), compiled
to ``migdesk/locale/<lang>/LC_MESSAGES/migdesk.mo`` (package data) and read lazily, the first time a
message in that language is asked for. Languages: ``ru`` (default), ``en``, ``kk``, ``hy``.

The rule for every new user-facing message in ``migdesk/`` outside ``migdesk/ui``:

* Wrap the Russian text in ``_()`` where it is produced, with *named* placeholders filled by
  ``.format``, never an f-string or ``%`` inside ``_()``, so a translator can reorder them::

      raise NotFound(_("Лицо {person_id} не найдено.").format(person_id=person_id))

* A module-level table of labels (codes → Russian words) marks each text with ``N_()`` and
  wraps the table in :func:`lazy_table`; a lookup translates in the language current at that
  moment, so the GUI shows the new language after a switch::

      KINDS = lazy_table({"passport": N_("Паспорт"), "visa": N_("Виза")})

* Documents (letters, PDFs, acts, registers: everything in ``migdesk/reports``) are Russian
  whatever the interface language (Article 15): build them inside ``with russian():``.
* ``--json`` output is the same in every language: ``_()`` returns a :class:`Message`, a
  ``str`` in the current language that remembers its Russian text; the CLI writes JSON
  through :func:`russian_data`. Keep such texts whole (``.format``, ``+``), not re-built
  with f-strings, or the JSON would carry the translation.
* Data that is Russian by nature (demo persons, transliteration tables, the Russian texts of
  letters) is not wrapped; ``tests/test_message_catalog.py`` lists those files.
* Then ``make messages`` (extract → ``messages.pot``, merge into the ``.po``), write the
  English in ``translations/messages/en.po`` (the tr engineer fills ``kk``/``hy``), and
  ``make messages`` again to compile. The catalog tests fail on a missing or unfinished
  entry and on a translation that drops or renames a ``{placeholder}``.
"""

from __future__ import annotations

import functools
import gettext
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from importlib.resources import files
from typing import Any, ParamSpec, TypeVar

from migdesk import languages
from migdesk.languages import LANG_ENV

SOURCE = languages.DEFAULT  # Russian: the msgids, and what documents are written in

_chosen: str | None = None  # None: not chosen yet, taken from the environment on first use
# A document being built asks for Russian in its own thread only (the GUI renders letters
# off the GUI thread while the window keeps its language).
_override: ContextVar[str | None] = ContextVar("migdesk_message_language", default=None)
_catalogs: dict[str, gettext.NullTranslations] = {}


def startup_language(environ: Mapping[str, str] | None = None) -> str:
    """``$MIGDESK_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else Russian.

    The first variable that is set decides; a language MigDesk does not speak (``C``,
    ``de_DE``) means Russian, the working language of the Agreement."""
    env = os.environ if environ is None else environ
    for name in (LANG_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip().lower()
        if value:
            return normalize(value)
    return SOURCE


def normalize(value: str) -> str:
    """``en_US.UTF-8`` → ``en``; anything unknown → ``ru``."""
    return languages.normalize(value) or SOURCE


def current_language() -> str:
    override = _override.get()
    if override is not None:
        return override
    global _chosen
    if _chosen is None:
        _chosen = startup_language()
    return _chosen


def set_language(lang: str) -> None:
    """The interface language from now on (the GUI's language switch calls this)."""
    global _chosen
    _chosen = normalize(lang)


@contextmanager
def russian() -> Iterator[None]:
    """Messages and labels in Russian inside the block (documents: Article 15)."""
    token = _override.set(SOURCE)
    try:
        yield
    finally:
        _override.reset(token)


P = ParamSpec("P")
R = TypeVar("R")


def in_russian(func: Callable[P, R]) -> Callable[P, R]:
    """A function that builds a document: its labels are Russian in any interface language."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with russian():
            return func(*args, **kwargs)

    return wrapper


def _catalog(lang: str) -> gettext.NullTranslations:
    catalog = _catalogs.get(lang)
    if catalog is None:
        # Package data (importlib.resources), named by string: this floor imports nothing.
        mo = files("migdesk") / "locale" / lang / "LC_MESSAGES" / "migdesk.mo"
        if mo.is_file():
            with mo.open("rb") as stream:
                catalog = gettext.GNUTranslations(stream)
        else:
            catalog = gettext.NullTranslations()
        _catalogs[lang] = catalog
    return catalog


def translate(msgid: str, lang: str | None = None) -> str:
    """``msgid`` in ``lang`` (default: the current language); the Russian when untranslated."""
    lang = lang or current_language()
    if lang == SOURCE:
        return msgid
    return _catalog(lang).gettext(msgid)


class Message(str):
    """A message in the current language that remembers its Russian text (``.ru``)."""

    __slots__ = ("ru",)
    ru: str

    def __new__(cls, text: str, ru: str) -> Message:
        message = super().__new__(cls, text)
        message.ru = ru
        return message

    def __reduce__(self) -> tuple[type[Message], tuple[str, str]]:
        # copy, deepcopy and pickle rebuild it with its Russian text
        return (Message, (str(self), self.ru))

    def format(self, *args: Any, **kwargs: Any) -> Message:
        text = str.format(self, *args, **kwargs)
        ru = self.ru.format(
            *(ru_text(a) for a in args), **{k: ru_text(v) for k, v in kwargs.items()}
        )
        return Message(text, ru)

    def __add__(self, other: str) -> Message:
        return Message(str.__add__(self, other), self.ru + ru_text(other))

    def __radd__(self, other: str) -> Message:
        return Message(other + str(self), ru_text(other) + self.ru)

    # The usual reshaping keeps the Russian text alongside (a label capitalized in a sentence).
    def capitalize(self) -> Message:
        return Message(str.capitalize(self), self.ru.capitalize())

    def lower(self) -> Message:
        return Message(str.lower(self), self.ru.lower())

    def strip(self, chars: str | None = None) -> Message:
        return Message(str.strip(self, chars), self.ru.strip(chars))

    def join(self, iterable: Iterable[str]) -> Message:
        items = list(iterable)
        return Message(str.join(self, items), self.ru.join(ru_text(i) for i in items))


def _(msgid: str) -> Message:
    """Translate now, into the current language."""
    return Message(translate(msgid), msgid)


def pgettext(context: str, msgid: str) -> Message:
    """Translate now a ``msgid`` that reads otherwise in another place (``context``): one
    Russian word, two meanings («направление»: a direction, and the step of sending)."""
    lang = current_language()
    text = msgid if lang == SOURCE else _catalog(lang).pgettext(context, msgid)
    return Message(text, msgid)


def russian_plural(n: int) -> int:
    """Which Russian form a number takes: 0 after 1, 21, 101… («21 запись»), 1 after 2–4,
    22–24… («22 записи»), 2 otherwise («11 записей», «25 записей»)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def ngettext(singular: str, plural: str, n: int, *, few: str | None = None) -> Message:
    """A message about ``n`` things, in the form ``n`` asks for; fill it with ``.format``.

    ``singular`` and ``plural`` are the catalog's msgid and msgid_plural: a translation has
    as many forms as its language (``Plural-Forms`` of its .po) and picks by its own rule.
    Russian, the source, has three: ``singular`` after 1, 21, 101…, ``few`` after 2–4,
    22–24…, ``plural`` otherwise. ``few`` defaults to ``plural``: after «не меньше», «до»,
    «не более» the genitive takes two forms only («не меньше 21 символа», «22 символов»)::

        ngettext("{count} запись", "{count} записей", count, few="{count} записи")
    """
    forms = (singular, few or plural, plural)
    ru = forms[russian_plural(n)]
    lang = current_language()
    text = ru if lang == SOURCE else _catalog(lang).ngettext(singular, plural, n)
    return Message(text, ru)


def N_(msgid: str) -> str:
    """Mark a text for the catalog without translating it (tables: see :func:`lazy_table`)."""
    return msgid


K = TypeVar("K")


class LazyTable(Mapping[K, str]):
    """Labels keyed by code: each lookup translates into the language current then."""

    def __init__(self, texts: Mapping[K, str]) -> None:
        self._texts = dict(texts)

    def __getitem__(self, key: K) -> str:
        return _(self._texts[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"lazy_table({self._texts!r})"


def lazy_table(texts: Mapping[K, str]) -> LazyTable[K]:
    return LazyTable(texts)


def ru_text(value: Any) -> Any:
    """The Russian text of a :class:`Message`; any other value as it is."""
    if isinstance(value, Message):
        return value.ru
    return value


def russian_data(data: Any) -> Any:
    """``data`` with every :class:`Message` (in dicts, lists, tuples) replaced by its Russian."""
    if isinstance(data, Message):
        return data.ru
    if isinstance(data, dict):
        return {ru_text(k): russian_data(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [russian_data(v) for v in data]
    return data
