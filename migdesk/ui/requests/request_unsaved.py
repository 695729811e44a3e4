"""A request window's unsaved typing (a new message, or a stored draft's changes): closing
asks «Сохранить изменения?» as a person card does, and Save closes it once saved.

What counts is what the officer typed or chose: the Art. 9.2 texts, their number, the
persons, the categories and the files chosen; not the combos' and dates' selection, which
the window fills itself, partly on a worker (an answer arriving later is not a change).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from migdesk.ui import messages

if TYPE_CHECKING:
    from migdesk.ui.requests.request_window import RequestWindow


def typed(window: RequestWindow) -> dict[str, Any]:
    fields = window.fields
    edits = {
        "substance": fields.substance_edit,
        "purpose": fields.purpose_edit,
        "justification": fields.justification_edit,
        "other_info": fields.other_edit,
        "cover_text": fields.cover_edit,
    }
    return {
        **{name: edit.toPlainText() for name, edit in edits.items()},
        "their_number": fields.their_number_edit.text(),
        "persons": window.persons.person_ids(),
        "categories": window.persons.categories(),
        "files": [[a.name, a.size] for a in window.attachments.pending],
    }


def refuses_close(window: RequestWindow) -> bool:
    """True: the window stays open (a save under way, or the officer's answer); it then
    closes by itself once saved, if the officer chose to save."""
    if window.save_op is not None:
        window.close_after_save = True
        return True
    if not window.is_dirty():
        return False
    answer = messages.ask_save_changes(window)
    if answer is messages.SaveAnswer.SAVE and window.save():
        window.close_after_save = True  # closes once saved; stays open if refused
    return answer is not messages.SaveAnswer.DISCARD


def save_ended(window: RequestWindow, saved: bool) -> None:
    if not saved:
        window.close_after_save = False  # refused: the officer decides again
    elif window.close_after_save:
        window.close()
