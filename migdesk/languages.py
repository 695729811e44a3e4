"""The four interface languages (issue 15), without Qt: codes, their names in themselves, and
how a language is read from the environment. Documents stay Russian whatever is chosen
(Article 15); this only concerns what the interface says.
"""

from __future__ import annotations

import os

LANG_ENV = "MIGDESK_LANG"
DEFAULT = "ru"  # the source language of every string, and the fallback (Article 15)
LANGUAGES = ("ru", "kk", "hy", "en")
# Each language named in itself, so whoever cannot read the current one still finds theirs.
NATIVE_NAMES = {"ru": "Русский", "kk": "Қазақша", "hy": "Հայերեն", "en": "English"}
# The language menu's title, readable in all four at once.
MENU_TITLE = "Язык · Тіл · Լեզու · Language"
# Locale names for collation and number formats (Kazakhstan, Armenia).
LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "hy": "hy_AM", "en": "en_US"}


def normalize(value: str | None) -> str | None:
    """``kk``, ``KK``, ``kk_KZ.UTF-8``, ``hy-AM`` → the code; anything else → None."""
    raw = (value or "").strip().lower()
    code = raw[:2]
    return code if code in LANGUAGES and (len(raw) == 2 or not raw[2].isalpha()) else None


def require(value: str) -> str:
    """The code of ``value``, or ValueError naming the four that exist."""
    code = normalize(value)
    if code is None:
        raise ValueError(value)
    return code


def override() -> str | None:
    """$MIGDESK_LANG when it names one of the four; it wins over the locale and the user."""
    return normalize(os.environ.get(LANG_ENV))


def system_language() -> str:
    """$MIGDESK_LANG, else the POSIX locale (LC_ALL, LC_MESSAGES, LANG), else Russian."""
    for name in (LANG_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            # The first one set decides (POSIX precedence); C/POSIX or another language → ru.
            return normalize(value) or DEFAULT
    return DEFAULT
