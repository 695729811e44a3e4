"""Changing the interface language while the program runs.

Kept apart from ``i18n`` (which loads the catalogs) and ``retranslate`` (which walks the
widgets), because it uses both: ``retranslate`` reads ``i18n``'s hub, so a switch living in
``i18n`` made the two modules import each other.

With every window open the walk takes longer than a person notices a frozen window (~100 ms
on a two-core workstation). Called from the event loop (a menu entry, the unlock window's
combo), a switch therefore changes the catalogs now and retranslates — the window in front
first — in slices of :data:`SLICE_S` at the next turns of the loop, each from a timer, so that
painting and input go on in between. Called outside any event loop (a script, a test)
nothing could paint in between: it finishes before it returns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread, QTimer

from migdesk.ui import i18n
from migdesk.ui.retranslate import Retranslation

SLICE_S = 0.008  # the layouts and paints a slice causes follow it in the same turn
TURN_MS = 1  # between slices: the loop's posted events (layouts, paints) and timers run

_pending: Retranslation | None = None


def switch_language(lang: str) -> None:
    """Change the interface language now: every open window follows, nothing typed is lost."""
    global _pending
    app = QCoreApplication.instance()
    assert app is not None
    before = i18n.current_language()
    changed_quietly = i18n.change_language(app, lang)
    after = i18n.current_language()
    if before == after and _pending is None:
        _finished()
        return
    # A switch while another is under way starts over: the texts still shown in the first
    # language are found all the same (the look-up tries every language).
    _pending = Retranslation(before, language_change=changed_quietly)
    if QThread.currentThread().loopLevel() == 0:
        finish()
        return
    _schedule()


def finish() -> None:
    """Run what is left of the switch under way, if any, now."""
    if _pending is not None:
        _pending.run()
        _finished()


def switching() -> bool:
    """Whether windows are still being retranslated (in slices)."""
    return _pending is not None


def _next_slice() -> None:
    if _pending is None:
        return
    if _pending.run(SLICE_S):
        _finished()
    else:
        _schedule()


def _schedule() -> None:
    # A timer, not a zero-delay call: that is a posted event, run in the same pass of the
    # loop as the layouts and paints the slice before it posted (~25 ms for a card), and the
    # turn that asked for the switch ran a slice too — 60–70 ms without a timer's tick at 1M
    # (#17). A timer's slice comes after them, with the other timers due.
    QTimer.singleShot(TURN_MS, _next_slice)


def _finished() -> None:
    global _pending
    _pending = None
    for listener in list(i18n.hub().listeners):
        listener(i18n.current_language())
