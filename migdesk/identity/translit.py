"""Cyrillic → Latin transliteration of names and search normalisation.

``to_latin`` gives the form printed in passports: ICAO Doc 9303, Part 3 (8th edition),
upper case, letters A–Z only (MRZ-safe), spaces and hyphens kept, everything else dropped.

Russian letters (via ``iuliia.ICAO_DOC_9303``):

    ====  ======  ====  ======  ====  ======  ====  ======
    Cyr   Latin   Cyr   Latin   Cyr   Latin   Cyr   Latin
    ====  ======  ====  ======  ====  ======  ====  ======
    А     A       Й     I       У     U       Ы     Y
    Б     B       К     K       Ф     F       Ь     (none)
    В     V       Л     L       Х     KH      Э     E
    Г     G       М     M       Ц     TS      Ю     IU
    Д     D       Н     N       Ч     CH      Я     IA
    Е     E       О     O       Ш     SH
    Ё     E       П     P       Щ     SHCH
    Ж     ZH      Р     R       Ъ     IE
    З     Z       С     S
    И     I       Т     T
    ====  ======  ====  ======  ====  ======  ====  ======

Kazakh letters, replaced *before* iuliia sees the text (ICAO has no table for them; this is
Kazakh passport practice reduced to A–Z so the result stays MRZ-safe):

    ====  =====  ====  =====  ====  =====
    Kaz   Latin  Kaz   Latin  Kaz   Latin
    ====  =====  ====  =====  ====  =====
    Ә     A      Ө     O      Һ     H
    Ғ     G      Ұ     U      І     I
    Қ     K      Ү     U
    Ң     N
    ====  =====  ====  =====  ====  =====

Latin letters with diacritics lose them (É → E); any other character (digits, punctuation,
letters of other alphabets) is dropped, as it cannot appear in a name field of an MRZ.

``to_latin_variants`` adds the spellings of other schemes still found in older documents and
foreign databases (Wikipedia, GOST R 52535.1-2006, MVD orders 310 and 782), so that a search
for "YAKOVLEV" and "IAKOVLEV" both find Яковлев.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

import iuliia  # type: ignore[import-untyped, unused-ignore]

__all__ = ["fold", "has_cyrillic", "to_latin", "to_latin_variants"]

_KAZAKH_TO_LATIN: dict[str, str] = {
    "Ә": "A",
    "Ғ": "G",
    "Қ": "K",
    "Ң": "N",
    "Ө": "O",
    "Ұ": "U",
    "Ү": "U",
    "Һ": "H",
    "І": "I",
}
# Lower case maps to lower case: iuliia capitalises digraphs from the case of its
# neighbours ("Жұмабек" vs "ЖҰМАБЕК"), so the case must survive the substitution.
_KAZAKH_TABLE = str.maketrans(
    _KAZAKH_TO_LATIN | {k.lower(): v.lower() for k, v in _KAZAKH_TO_LATIN.items()}
)


class _Schema(Protocol):
    """The one method of an iuliia schema used here (iuliia ships no type information)."""

    def translate(self, source: str) -> str: ...


# ICAO first: it is the primary form; the rest only widen searches.
_VARIANT_SCHEMAS: tuple[_Schema, ...] = (
    iuliia.ICAO_DOC_9303,
    iuliia.WIKIPEDIA,
    iuliia.GOST_52535,
    iuliia.MVD_782,
    iuliia.MVD_310,
)

_NOT_MRZ_NAME = re.compile(r"[^A-Z \-]")
_SPACES = re.compile(r"\s+")
_CYRILLIC = re.compile(r"[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
_COMBINING_BREVE = "\u0306"


def _strip_marks(text: str) -> str:
    """Remove combining marks (é → e) from text that is already Latin."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _to_mrz_name(latin: str) -> str:
    """Upper-case, keep A–Z, single spaces and hyphens only."""
    upper = _strip_marks(latin).upper()
    cleaned = _NOT_MRZ_NAME.sub("", _SPACES.sub(" ", upper))
    return _SPACES.sub(" ", cleaned).strip()


def _translate(text: str, schema: _Schema) -> str:
    prepared = unicodedata.normalize("NFC", text).translate(_KAZAKH_TABLE)
    return _to_mrz_name(schema.translate(prepared))


def to_latin(text: str) -> str:
    """Passport (ICAO Doc 9303) Latin form of a Russian or Kazakh name, upper case."""
    return _translate(text, iuliia.ICAO_DOC_9303)


def to_latin_variants(text: str) -> list[str]:
    """ICAO form first, then other common transliterations; no duplicates, no empties."""
    variants: list[str] = []
    for schema in _VARIANT_SCHEMAS:
        form = _translate(text, schema)
        if form and form not in variants:
            variants.append(form)
    return variants


def _strip_marks_keep_short_i(text: str) -> str:
    """Drop combining marks, except the breve of Cyrillic й (NFKD splits it into и + ◌̆)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            if ch == _COMBINING_BREVE and out and out[-1] == "и":
                out.append(ch)
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def fold(text: str) -> str:
    """Normalise text for search: case, ё/е, Latin diacritics and whitespace do not matter."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    folded = _strip_marks_keep_short_i(folded)
    return _SPACES.sub(" ", folded).strip()


def has_cyrillic(text: str) -> bool:
    """True if text contains at least one Cyrillic letter (any Cyrillic Unicode block)."""
    return _CYRILLIC.search(text) is not None
