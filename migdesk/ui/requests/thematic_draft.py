"""What a new thematic item's form holds, as a draft (``migdesk.requests.thematic_drafts``):
taken from the form, put back into it, and kept in the vault while the officer types.

Kept while typing, not only at the automatic lock: the process may die (a power cut, a
crash) with paragraphs typed and never saved, and the next unlock offers them back. A
draft is kept on a worker, in order with the window's writes, every ``KEEP_MS`` while the
form differs from what was last kept; the form's own draft id makes each keep replace the
last one. Reading the widgets is cheap; the chosen files are encoded only when the list of
them changed.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from migdesk.requests import thematic_drafts
from migdesk.ui.display import local_time
from migdesk.ui.kit import edit_date, select_data, to_qdate
from migdesk.ui.person_picker import add_picked, listed_person_ids
from migdesk.ui.tasks import BackgroundOp
from migdesk.ui.widgets import WARNING_STYLE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateEdit

    from migdesk.ui.requests.thematic_window import ThematicForm

KEEP_MS = 20_000  # at most this much typing is lost when the process dies


def typed(form: ThematicForm) -> dict[str, Any]:
    """The form's fields as typed, without the chosen files' contents (their names and
    sizes only): what tells whether the form changed."""
    source = form.source_combo.currentData()
    persons = form.persons_list
    return {
        "category": form.category_combo.currentData(),
        "title": form.title_edit.text(),
        "text": form.text_edit.toPlainText(),
        "reported_on": _day(form.reported_edit),
        "period_from": _day(form.from_edit),
        "period_until": _day(form.until_edit),
        "source_authority": source if isinstance(source, str) else None,
        "persons": [
            [person_id, item.text() if (item := persons.item(row)) else ""]
            for row, person_id in enumerate(listed_person_ids(persons))
        ],
        "files": [[a.name, a.size] for a in form.pending],
    }


def draft_data(form: ThematicForm) -> dict[str, Any]:
    """The form as a draft: what is typed, and the chosen files themselves."""
    data = typed(form)
    data["attachments"] = thematic_drafts.attachments_json(form.pending)
    return data


def restore(form: ThematicForm, data: dict[str, Any], saved_at: datetime) -> None:
    """Put a kept draft into a new item's form; its baseline stays the empty form, so the
    form is dirty: saving or closing asks as for any unsaved change."""
    select_data(form.category_combo, data.get("category"))
    form.title_edit.setText(str(data.get("title") or ""))
    form.text_edit.setPlainText(str(data.get("text") or ""))
    for edit, key in (
        (form.reported_edit, "reported_on"),
        (form.from_edit, "period_from"),
        (form.until_edit, "period_until"),
    ):
        value = data.get(key)
        edit.setDate(to_qdate(date.fromisoformat(value)) if value else edit.minimumDate())
    select_data(form.source_combo, data.get("source_authority"))
    add_picked(form.persons_list, [(str(p[0]), str(p[1])) for p in data.get("persons") or []])
    for attachment in thematic_drafts.attachments_from_json(data.get("attachments") or []):
        form.show_attachment(attachment)
    form.banner.setStyleSheet(WARNING_STYLE)
    form.banner.setText(
        QCoreApplication.translate(
            "ThematicForm",
            "Восстановлены сведения, не сохранённые до блокировки или сбоя программы "
            "({moment}). Проверьте их и сохраните или закройте форму без сохранения.",
        ).format(moment=local_time(saved_at))
    )
    form.banner.show()


def _day(edit: QDateEdit) -> str | None:
    day = edit_date(edit)
    return day.isoformat() if day is not None else None


class DraftKeeper(QObject):
    """Keeps the form's draft in the vault while the officer types (see the module's note);
    ``forget`` removes it once the item is saved or the officer discards it."""

    def __init__(self, form: ThematicForm) -> None:
        super().__init__(form)
        self._form = form
        self.draft_id: str | None = None  # the draft kept in the vault, if any
        self._kept: dict[str, Any] | None = None  # what it holds (``typed``)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.keep)
        self._timer.start(KEEP_MS)

    def adopt(self, draft_id: str, data: dict[str, Any]) -> None:
        """The form shows the draft ``draft_id``: keeping it again replaces that one."""
        self.draft_id = draft_id
        self._kept = data

    def keep(self) -> BackgroundOp[str] | None:
        """Keep what the form holds now, if it changed since last kept (on a worker)."""
        form = self._form
        if form.save_op is not None or form.item_id is not None:
            return None  # saving (the draft goes once saved) or saved
        now = typed(form)
        if now == self._kept:
            return None
        if not form.is_dirty():  # typed back to the empty form: nothing to keep
            self.forget(stop=False)
            return None
        data = draft_data(form)
        vault = form.service.vault
        self.draft_id = draft_id = self.draft_id or str(uuid.uuid4())
        self._kept = now
        return (
            BackgroundOp(form, lambda _ctx: thematic_drafts.save_draft(vault, data, draft_id))
            .in_order()
            .on_success(lambda _id: None)
            .on_failure(self._not_kept)
            .run()
        )

    def _not_kept(self, _exc: BaseException) -> None:
        self._kept = None  # tried again at the next tick

    def forget(self, *, stop: bool = True) -> None:
        """The item is saved or discarded (``stop``: nothing more is kept): its draft goes
        (on a worker, in order after a keep still on its way; it runs even once the form
        has closed)."""
        if stop:
            self._timer.stop()
        draft_id, self.draft_id, self._kept = self.draft_id, None, None
        if draft_id is None:
            return
        vault = self._form.service.vault
        (
            BackgroundOp(self._form, lambda _ctx: thematic_drafts.remove_draft(vault, draft_id))
            .in_order()
            .on_failure(lambda _exc: None)  # still kept: offered again, never lost
            .run()
        )
