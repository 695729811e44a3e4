"""argparse's own texts («usage:», «error:», «the following arguments are required») in the
interface language, like every other message of the command line.

argparse asks its module-level ``_`` (gettext) and ``ngettext`` for each of those texts when
it prints them. :func:`install` points both at the message catalog: each English text of
argparse maps to a Russian msgid here, translated by :func:`migdesk.messages._` into the
language current at that moment. A text not listed (a newer Python's wording, a programming
error such as a conflicting option) stays as argparse wrote it. Only what goes to stderr
changes: exit code 2 for a usage error and the ``--json`` output are untouched.
"""

from __future__ import annotations

import argparse
from typing import Any

from migdesk.messages import N_, _

# argparse's English (Python 3.11) → the Russian msgid; the %-placeholders are argparse's.
TEXTS: dict[str, str] = {
    "usage: ": N_("использование: "),
    "%(prog)s: error: %(message)s\n": N_("%(prog)s: ошибка: %(message)s\n"),
    "positional arguments": N_("позиционные аргументы"),
    "options": N_("параметры"),
    "subcommands": N_("команды"),
    "show this help message and exit": N_("показать эту справку и выйти"),
    "argument %(argument_name)s: %(message)s": N_("аргумент %(argument_name)s: %(message)s"),
    "the following arguments are required: %s": N_("не указаны обязательные аргументы: %s"),
    "one of the arguments %s is required": N_("нужен один из аргументов: %s"),
    "unrecognized arguments: %s": N_("неизвестные аргументы: %s"),
    "not allowed with argument %s": N_("нельзя указывать вместе с аргументом %s"),
    "ignored explicit argument %r": N_("лишнее значение аргумента: %r"),
    "expected one argument": N_("нужно одно значение"),
    "expected at most one argument": N_("нужно не больше одного значения"),
    "expected at least one argument": N_("нужно хотя бы одно значение"),
    # ngettext's singular and plural: one wording without a plural form in every language.
    "expected %s argument": N_("нужно значений: %s"),
    "expected %s arguments": N_("нужно значений: %s"),
    "ambiguous option: %(option)s could match %(matches)s": N_(
        "неоднозначный параметр: %(option)s может означать %(matches)s"
    ),
    "unexpected option string: %s": N_("неожиданный параметр: %s"),
    "invalid %(type)s value: %(value)r": N_("недопустимое значение (%(type)s): %(value)r"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_(
        "недопустимое значение: %(value)r (возможны: %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": N_(
        "неизвестная команда %(parser_name)r (возможны: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": N_("не удалось открыть «%(filename)s»: %(error)s"),
}


def argparse_text(text: Any) -> Any:
    """argparse's ``_``: its text in the interface language (argparse may pass ``None``)."""
    msgid = TEXTS.get(text) if isinstance(text, str) else None
    return text if msgid is None else str(_(msgid))


def argparse_plural(singular: str, plural: str, count: int) -> str:
    """argparse's ``ngettext``."""
    text: str = argparse_text(singular if count == 1 else plural)
    return text


def install() -> None:
    """From now on argparse speaks the interface language (idempotent)."""
    argparse._ = argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = argparse_plural  # type: ignore[attr-defined]
