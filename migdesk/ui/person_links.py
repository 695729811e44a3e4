"""The officers' decisions on a person card: «То же лицо, что …» for a record linked as the
same person (a received record and ours, Art. 11: never merged) and «Не то же лицо, что …»
for a candidate judged another person, each with who, when and the reason, and the other
record one click (or Tab and Enter) away.

Before, these decisions were written (``person links`` showed them) but no card showed
them: an officer opening our record never learned that a partner's record of the same
person had been linked to it on import, nor why a similar record had been saved apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from migdesk.errors import MigDeskError
from migdesk.office.registry_reads import person_rows
from migdesk.persons.duplicates import SAME_PERSON, DuplicateService
from migdesk.ui.display import local_time
from migdesk.ui.person_picker import row_label
from migdesk.vault import Vault


@dataclass(frozen=True)
class CardLink:
    other_id: str
    same: bool  # True: the same person; False: judged another person
    label: str  # the other record as the registry names it; its id when it is gone
    reason: str | None
    by: str
    at: datetime


def read_links(vault: Vault, person_id: str) -> list[CardLink]:
    """Off the GUI thread, with the rest of the card (``person_card_read``)."""
    try:
        links = DuplicateService(vault).links(person_id)
    except MigDeskError:
        return []
    others = [x.other_id if x.person_id == person_id else x.person_id for x in links]
    rows = person_rows(vault, others)
    return [
        CardLink(
            other,
            link.kind == SAME_PERSON,
            row_label(rows[other]) if other in rows else other,
            link.reason,
            link.created_by,
            link.created_at,
        )
        for other, link in zip(others, links, strict=True)
    ]


class LinksLine(QLabel):
    """One line per decision; hidden when the card has none."""

    open_requested = Signal(str)  # the other record's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        # Tab reaches each record named, Enter opens it, as a click does.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self.open_requested)
        self.links: list[CardLink] = []
        self.names: dict[str, str] = {}
        self.hide()

    def show_links(self, links: list[CardLink], names: dict[str, str]) -> None:
        """``names``: login → full name (who decided is shown by name, as in the history)."""
        self.links, self.names = links, names
        self.setText("<br>".join(self._line(link) for link in links))
        self.setVisible(bool(links))

    def retranslate(self) -> None:
        self.show_links(self.links, self.names)

    def _line(self, link: CardLink) -> str:
        record = f'<a href="{escape(link.other_id)}">{escape(link.label)}</a>'
        if link.same:
            head = escape(self.tr("То же лицо, что {record}")).format(record=record)
        else:
            head = escape(self.tr("Не то же лицо, что {record}")).format(record=record)
        parts = [
            head,
            escape(
                self.tr("записано: {who}, {when}").format(
                    who=self.names.get(link.by, link.by), when=local_time(link.at)
                )
            ),
        ]
        if link.reason:
            parts.append(escape(self.tr("основание: {reason}").format(reason=link.reason)))
        return "; ".join(parts)
