"""Filling the person card from elsewhere than the keyboard: a machine-readable zone that was
read (the main tab and the documents table), and a draft kept at the automatic lock (issue
13.3). The texts keep the card's translation context, «PersonForm».
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from migdesk.identity.mrz import MrzResult
from migdesk.ui.display import local_time
from migdesk.ui.person_main_tab import MainInfoTab
from migdesk.ui.subrecord_table import SubrecordTable
from migdesk.ui.widgets import WARNING_STYLE

if TYPE_CHECKING:
    from migdesk.ui.media_tab import MediaTab


class FilledCard(Protocol):
    """What keeping and restoring a draft needs from the person card
    (``person_form.PersonForm``), so that this module does not import it back."""

    main_tab: MainInfoTab
    banner: QLabel

    @property
    def tables(self) -> dict[str, SubrecordTable]: ...
    @property
    def media_tab(self) -> MediaTab: ...
    def collect(self) -> tuple[dict[str, Any], dict[str, str]]: ...


def apply_mrz(main_tab: MainInfoTab, documents: SubrecordTable, result: MrzResult) -> None:
    """The names and dates on the main tab; the document as a row of ``documents`` (the row
    with the same number, or a new one)."""
    main_tab.apply_mrz(result)
    number = result.document_number
    rows = [r for r in range(documents.table.rowCount()) if documents.value(r, "number") == number]
    row = rows[0] if rows else documents.add_row()
    # Document code "P…" is a passport in any layout (TD2 exists for both).
    passport = result.document_code.startswith("P")
    documents.set_value(row, "kind", "passport" if passport else "id_card")
    documents.set_value(row, "number", number)
    documents.set_value(row, "issuing_country", result.issuing_state or None)
    documents.set_value(row, "valid_until", result.expiry_date)


def draft_data(form: FilledCard) -> dict[str, Any]:
    """The card as typed, in person JSON; a date that does not parse is kept as text."""
    data, _problems = form.collect()
    return {"person": data, "birth_date_text": form.main_tab.edits["birth_date"].text()}


def restore_draft(form: FilledCard, draft: dict[str, Any], saved_at: datetime) -> None:
    """Put a kept draft into the card without touching the baseline: the card is dirty, so
    saving or closing asks as for any unsaved change."""
    person = dict(draft.get("person") or {})
    form.main_tab.load(person)
    form.main_tab.edits["birth_date"].setText(str(draft.get("birth_date_text") or ""))
    for name, table in form.tables.items():
        table.load(list(person.get(name) or []))
    form.media_tab.load(list(person.get("photos") or []), person.get("fingerprint_card"))
    form.banner.setStyleSheet(WARNING_STYLE)
    form.banner.setText(
        QCoreApplication.translate(
            "PersonForm",
            "Восстановлены изменения, не сохранённые до автоматической блокировки "
            "({moment}). Проверьте их и сохраните или закройте карточку без сохранения.",
        ).format(moment=local_time(saved_at))
    )
    form.banner.show()
