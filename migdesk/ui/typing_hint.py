"""After a wrong password: what the keys typed, for the two usual slips of an office keyboard.

A Cyrillic password typed with the Latin layout on (or a Latin one with the Russian layout),
and Caps Lock left on. Qt tells neither the Caps Lock state nor, on every platform, the
keyboard layout, so the hint describes the attempt itself: its letters' script and case. It
says nothing of the right password (only of what was just typed and refused) and is shown
after a refusal only, never while typing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _script(char: str) -> str:
    code = ord(char)
    if char.isascii():
        return "latin"
    if 0x0400 <= code <= 0x04FF:  # Russian and Kazakh letters
        return "cyrillic"
    if 0x0530 <= code <= 0x058F:
        return "armenian"
    return "other"


def typing_hint(password: str) -> str:
    """One or two sentences for the unlock window, or "" (no letters: nothing to say)."""
    letters = [c for c in password if c.isalpha()]
    if not letters:
        return ""
    hints: list[str] = []
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        hints.append(
            QCoreApplication.translate(
                "UnlockDialog",
                "Все буквы пароля были введены заглавными: не включён ли Caps Lock?",
            )
        )
    scripts = {_script(c) for c in letters}
    if scripts == {"latin"}:
        hints.append(
            QCoreApplication.translate(
                "UnlockDialog",
                "Пароль набран латинскими буквами: если он на кириллице, переключите "
                "раскладку клавиатуры.",
            )
        )
    elif scripts == {"cyrillic"}:
        hints.append(
            QCoreApplication.translate(
                "UnlockDialog",
                "Пароль набран в русской раскладке (кириллицей): если он латиницей, "
                "переключите раскладку клавиатуры.",
            )
        )
    elif scripts == {"armenian"}:
        hints.append(
            QCoreApplication.translate(
                "UnlockDialog",
                "Пароль набран армянскими буквами: если он латиницей или кириллицей, "
                "переключите раскладку клавиатуры.",
            )
        )
    return " ".join(hints)
