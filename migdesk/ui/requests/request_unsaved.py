"""A request window's unsaved typing (a new message, or a stored draft's changes): closing
asks «Сохранить изменения?» as a person card does, and Save closes it once saved; the
automatic lock keeps it as a draft (``migdesk.requests.request_drafts``), put back by
``restore`` after the same user's next unlock.

What counts is what the officer typed or chose: the Art. 9.2 texts, their number, the
persons, the categories and the files chosen; not the combos' and dates' selection, which
the window fills itself, partly on a worker (an answer arriving later is not a change).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from migdesk.requests import thematic_drafts
from migdesk.ui import messages
from migdesk.ui.display import local_time
from migdesk.ui.kit import edit_date, select_data, to_qdate
from migdesk.ui.person_picker import add_picked
from migdesk.ui.widgets import WARNING_STYLE

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


def draft_data(window: RequestWindow) -> dict[str, Any]:
    """The window as a draft: what is typed, the files chosen, and what a new message's
    window needs to open again as it was (kind, direction, sides, dates)."""
    fields = window.fields
    data = typed(window)
    labels = window.persons.labels()
    data["persons"] = [[pid, labels.get(pid, pid)] for pid in data["persons"]]
    data["attachments"] = thematic_drafts.attachments_json(window.attachments.pending)
    received, their_date = edit_date(fields.received_edit), edit_date(fields.their_date_edit)
    data.update(
        kind=window.kind,
        direction=window.direction,
        related=fields.related_combo.currentData(),
        from_authority=fields.from_combo.currentData(),
        to_authority=fields.to_combo.currentData(),
        received_on=received.isoformat() if received else None,
        their_date=their_date.isoformat() if their_date else None,
    )
    return data


def restore(window: RequestWindow, data: dict[str, Any], saved_at: datetime) -> None:
    """Put a kept draft into the window; its baseline stays what was stored (or the empty
    message), so it is unsaved: saving or closing asks as for any change."""
    fields = window.fields
    if window.request_id is None:
        select_data(fields.from_combo, data.get("from_authority"))
        select_data(fields.to_combo, data.get("to_authority"))
        for day_edit, key in (
            (fields.received_edit, "received_on"),
            (fields.their_date_edit, "their_date"),
        ):
            value = data.get(key)
            if value:
                day_edit.setDate(to_qdate(date.fromisoformat(value)))
    for edit, key in (
        (fields.substance_edit, "substance"),
        (fields.purpose_edit, "purpose"),
        (fields.justification_edit, "justification"),
        (fields.other_edit, "other_info"),
        (fields.cover_edit, "cover_text"),
    ):
        edit.setPlainText(str(data.get(key) or ""))
    fields.their_number_edit.setText(str(data.get("their_number") or ""))
    window.persons.persons_list.clear()
    add_picked(
        window.persons.persons_list, [(str(p[0]), str(p[1])) for p in data.get("persons") or []]
    )
    chosen = set(data.get("categories") or [])
    for code in window.persons.category_items:
        window.persons.set_category(code, code in chosen)
    window.attachments.pending = thematic_drafts.attachments_from_json(
        data.get("attachments") or []
    )
    window.attachments.show_attachments()
    window.banner.setStyleSheet(WARNING_STYLE)
    window.banner.setText(
        QCoreApplication.translate(
            "RequestWindow",
            "Восстановлен текст, не сохранённый до автоматической блокировки ({moment}). "
            "Проверьте его и сохраните или закройте окно без сохранения.",
        ).format(moment=local_time(saved_at))
    )
    window.banner.show()
