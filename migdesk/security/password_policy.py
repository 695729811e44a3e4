"""The password rule (Art. 11.4): what a *new* password must be.

A key slot can be attacked offline (a stolen disk or backup), so the password is all that
stands between a thief and the registry. A new password (first administrator, a new user,
one's own change, an administrator's reset) must be

* at least ``min_length`` characters: 10, or more if an administrator raised it (vault
  setting ``password_min_length``, never below 10);
* not one of the well-known weak passwords (package data ``resources/weak_passwords.txt``,
  case-insensitive, also with digits or punctuation around it), nor a run of digits, nor
  made of one or two characters repeated;
* free of the user's own login name and of the words of their full name, each as a word of
  its own (``ivanov2026``, ``Петрова навсегда``; ``bench`` inside ``benchmark`` is allowed).

Existing passwords are not refused at unlock (nobody is locked out by an upgrade): the
vault only reports, for the session, that the password just typed falls short
(:func:`falls_short`); nothing about it is stored.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from sqlalchemy.orm import Session

from migdesk.errors import WeakPassword
from migdesk.messages import _, ngettext
from migdesk.models import VaultSetting

SETTING = "password_min_length"
MIN_LENGTH = 10
# An upper bound for the setting only so that a typo (1000) cannot lock every new password out.
MAX_MIN_LENGTH = 64
# Login names and name parts shorter than this are too common as letters to forbid inside.
_NAME_PART = 3
_SPLIT = re.compile(r"[\s._\-]+")
_DIGIT_RUNS = "01234567890123456789"


@cache
def weak_passwords() -> frozenset[str]:
    text = resources.files("migdesk.resources").joinpath("weak_passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().casefold()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def parse_min_length(stored: str | None) -> int:
    """The minimum from the stored setting: the default when unset, unreadable or too low."""
    try:
        value = int(stored) if stored else MIN_LENGTH
    except ValueError:
        return MIN_LENGTH
    return min(max(value, MIN_LENGTH), MAX_MIN_LENGTH)


def min_length(session: Session) -> int:
    row = session.get(VaultSetting, SETTING)
    return parse_min_length(None if row is None else row.value)


def _core(text: str) -> str:
    """The word inside decorations: ``Password2024!`` → ``password``."""
    start, end = 0, len(text)
    while start < end and not text[start].isalpha():
        start += 1
    while end > start and not text[end - 1].isalpha():
        end -= 1
    return text[start:end]


def _is_common(folded: str) -> bool:
    compact = "".join(folded.split())
    if len(set(compact)) <= 2:
        return True  # 1111111111, ababababab
    if compact.isdigit() and (compact in _DIGIT_RUNS or compact in _DIGIT_RUNS[::-1]):
        return True
    listed = weak_passwords()
    return compact in listed or _core(compact) in listed


def _names(user: str | None, full_name: str | None) -> set[str]:
    parts: set[str] = set()
    for text in (user, full_name):
        if not text:
            continue
        folded = text.casefold().strip()
        parts.add(folded)
        parts.update(_SPLIT.split(folded))
    return {part for part in parts if len(part) >= _NAME_PART}


def _word_inside(name: str, folded: str) -> bool:
    """``name`` as a word of its own: not glued to other letters (ivanov2026, «Петрова
    навсегда» — but not «bench» in «benchmark», nor «other» in «another»)."""
    return re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", folded) is not None


def problem(
    password: str, *, min_length: int, user: str | None = None, full_name: str | None = None
) -> WeakPassword | None:
    """Why ``password`` may not be set, or None when it meets the rule."""
    if not password:  # the message it always had
        return WeakPassword(_("Пароль не может быть пустым."), "password_too_short")
    if len(password) < min_length:
        return WeakPassword(
            ngettext(
                "Пароль слишком короткий: нужно не меньше {count} символа.",
                "Пароль слишком короткий: нужно не меньше {count} символов.",
                min_length,
            ).format(count=min_length),
            "password_too_short",
        )
    folded = password.casefold()
    if _is_common(folded):
        return WeakPassword(
            _("Этот пароль слишком простой: его подбирают в первую очередь. Выберите другой."),
            "password_too_common",
        )
    if any(_word_inside(part, folded) for part in _names(user, full_name)):
        return WeakPassword(
            _(
                "Пароль не должен содержать имя пользователя или его фамилию, имя, отчество: "
                "их подбирают в первую очередь. Выберите другой."
            ),
            "password_contains_name",
        )
    return None


def check_new(
    password: str, *, min_length: int, user: str | None = None, full_name: str | None = None
) -> None:
    """Refuse a new password that breaks the rule (``WeakPassword``, exit 1 in the CLI)."""
    refused = problem(password, min_length=min_length, user=user, full_name=full_name)
    if refused is not None:
        raise refused


def falls_short(
    password: str, *, min_length: int, user: str | None = None, full_name: str | None = None
) -> bool:
    """At unlock: the password just typed would not be accepted as a new one today."""
    return problem(password, min_length=min_length, user=user, full_name=full_name) is not None
