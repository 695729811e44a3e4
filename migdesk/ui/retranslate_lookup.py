"""Where a shown text came from, and what it reads in the new language.

:class:`~migdesk.ui.i18n.LanguageHub` knows, for every text it handed out, the context and
source it came from. :class:`Translator` maps one text a widget shows from the language it was
shown in to the current one: exactly, as a ``{name}``/``%1`` template filled in by
``.format()``, as one of the services' labels, or piece by piece (rich text, whole sentences).
Anything that is not a handed-out text (typed input, names, numbers from the vault) maps to
``None`` and is left alone. Used by :mod:`migdesk.ui.retranslate`, which walks the widgets.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QObject

from migdesk.languages import LANGUAGES
from migdesk.ui import domain_texts
from migdesk.ui.i18n import _PLACEHOLDER, Origin, hub

_TAG = re.compile(r"(<[^<>]*>)")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


_OWN_CLASSES: dict[str, tuple[str, ...]] = {}


def _own_classes(cls: type) -> tuple[str, ...]:
    """The application's classes in ``cls``'s MRO (``self.tr`` contexts), not Qt's."""
    key = f"{cls.__module__}.{cls.__qualname__}"
    names = _OWN_CLASSES.get(key)
    if names is None:
        names = tuple(
            c.__name__
            for c in cls.__mro__
            if not c.__module__.startswith(("PySide6", "Shiboken", "builtins"))
        )
        _OWN_CLASSES[key] = names
    return names


class Translator:
    """Maps one text from the language before to the language after."""

    def __init__(self, before: str) -> None:
        # The language the text was shown in first, then the others (a window built while
        # another language was current).
        self.order = [before, *(lang for lang in LANGUAGES if lang != before)]
        self.widget: QObject | None = None
        self._contexts: list[str] | None = None
        self._unknown: set[str] = set()  # texts found nowhere, within this one walk

    def __call__(self, text: str) -> str | None:
        if not text or text.isspace():
            return None
        if text in self._unknown:
            return None  # e.g. the same country in every country combo
        found = self._lookup(text)
        if found is None:
            self._unknown.add(text)
        return found

    def _lookup(self, text: str) -> str | None:
        the_hub = hub()
        for lang in self.order:
            origins = the_hub.origins(text, lang)
            if origins:
                return self._again(text, origins)
        for lang in self.order:
            for template in the_hub.templates(text, lang):
                args = template.arguments(text)
                if args is not None:
                    return self._fill(template.origin, args)
        label = domain_texts.again(text, self.order, the_hub.code)  # the services' labels
        if label is not None:
            return label
        if "<" in text and ">" in text:
            return self._rich(text)
        return None

    def _rich(self, text: str) -> str | None:
        """Rich text built from translated pieces («{text} <a href=…>{link}</a>»): each
        piece between the tags on its own."""
        changed = False
        pieces = _TAG.split(text)
        for index, piece in enumerate(pieces):
            plain = html.unescape(piece).strip()
            if index % 2 or not plain:
                continue  # a tag, or only spaces
            new = self(plain)
            if new is not None and new != plain:
                lead = piece[: len(piece) - len(piece.lstrip())]
                trail = piece[len(piece.rstrip()) :]
                pieces[index] = lead + html.escape(new, quote=False) + trail
                changed = True
        return "".join(pieces) if changed else None

    def _again(self, text: str, origins: list[Origin]) -> str:
        """The same source may be in several contexts with different translations: the
        context nearest the widget first (``self.tr`` uses the class name), and a context
        that translates it before one that does not."""
        ranked = (
            origins
            if len(origins) == 1
            else sorted(
                origins,
                key=lambda o: (
                    self.contexts.index(o.context)
                    if o.context in self.contexts
                    else len(self.contexts)
                ),
            )
        )
        fallback = text
        for origin in ranked:
            new = hub().again(origin)
            if new != origin.source:
                return new
            fallback = new
        return fallback

    def _fill(self, origin: Origin, args: dict[str, str]) -> str:
        n = None
        if "%n" in args:
            digits = "".join(ch for ch in args["%n"] if ch.isdigit())
            n = int(digits) if digits else None
        template = hub().again(origin, n)

        def argument(match: object) -> str:
            token = match.group(0)  # type: ignore[attr-defined]
            if token not in args or token == "%n":
                return str(token)
            value = args[token]
            return self(value) or value  # an argument may itself be a translated word

        return _PLACEHOLDER.sub(argument, template)

    def sentences(self, text: str) -> str | None:
        """A text made of whole translated sentences joined by spaces (a status message:
        the lock's note, then what became of the unsaved cards): each sentence on its own."""
        whole = self(text)
        if whole is not None:
            return whole
        pieces = _SENTENCE_END.split(text)
        if len(pieces) < 2:
            return None
        again = [self(piece) or piece for piece in pieces]
        return " ".join(again) if again != pieces else None

    def set_context(self, widget: QObject) -> None:
        """The widget whose texts come next; its contexts are worked out only when a text
        has several origins (rare), since walking the parents for every widget is slow."""
        self.widget = widget
        self._contexts = None

    @property
    def contexts(self) -> list[str]:
        """The classes of the widget and its parents, nearest first: the contexts its
        texts most likely came from."""
        if self._contexts is None:
            names: list[str] = []
            node: QObject | None = self.widget
            while node is not None:
                for name in _own_classes(type(node)):
                    if name not in names:
                        names.append(name)
                node = node.parent()
            self._contexts = names
        return self._contexts
