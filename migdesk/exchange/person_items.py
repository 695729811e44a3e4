"""Person records in bundles (Art. 6), sent without a request (Art. 8) under a cover letter.

Record: ``{"type": "person", "id": UUID, "data": <person.v1 JSON>, "handling": {...}}``;
``handling`` carries the purpose (Art. 11.2), the no-onward-transfer mark (11.3) and, if the
sender sets them, keep-until and reliability/accuracy grades. Import goes through the same
codec and search index as ``PersonService`` and records provenance for every person.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from migdesk.errors import NotFound
from migdesk.exchange.items import (
    ART8_PURPOSE,
    OutgoingItems,
    WrittenBundle,
)
from migdesk.messages import _
from migdesk.models import Person, PersonMedia
from migdesk.persons import codec, person_rows
from migdesk.security import audit
from migdesk.security.handling import (
    check_transfer,
)

# Local bookkeeping that does not travel: the revision counter and our retention date.
LOCAL_FIELDS = ("schema_version", "revision", "keep_until")


def display_name(data: dict[str, Any]) -> str:
    parts = [data.get(f"{n}_ru") or data.get(f"{n}_lat") for n in codec.NAME_FIELDS]
    return " ".join(p for p in parts if p)


def load_person(session: Session, person_id: str) -> Person | None:
    stmt = (
        select(Person)
        .where(Person.id == person_id)
        .options(selectinload(Person.media).undefer(PersonMedia.data))
    )
    return session.scalar(stmt)


def outgoing_json(person: Person) -> dict[str, Any]:
    data = person_rows.model_to_json(person, include_media=True)
    for key in LOCAL_FIELDS:
        data.pop(key, None)
    return data


# --- export ----------------------------------------------------------------------------------


class PersonSource:
    """The persons an officer chose, under one cover letter; Art. 11.3 checked for each."""

    def __init__(self, person_ids: Sequence[str], note: str | None) -> None:
        self.person_ids = list(dict.fromkeys(person_ids))
        self.note = note

    def collect(self, session: Session, peer: str) -> OutgoingItems:
        items = OutgoingItems()
        if not self.person_ids:
            return items
        items.records.append(
            {
                "type": "cover",
                "id": str(uuid.uuid4()),
                "article": "8",
                "purpose": ART8_PURPOSE,
                "text": self.note,
            }
        )
        for person_id in self.person_ids:
            person = load_person(session, person_id)
            if person is None:
                raise NotFound(
                    _("Лицо с идентификатором «{person_id}» не найдено.").format(
                        person_id=person_id
                    )
                )
            check_transfer(session, "person", person.id, peer)
            items.records.append(
                {
                    "type": "person",
                    "id": person.id,
                    "data": outgoing_json(person),
                    "handling": {"purpose": ART8_PURPOSE, "no_onward_transfer": True},
                }
            )
        items.after_written.append(self._audit)
        return items

    def _audit(self, session: Session, written: WrittenBundle) -> None:
        for person_id in self.person_ids:
            audit.append(
                session,
                written.user,
                "person.export",
                record_kind="person",
                record_id=person_id,
                purpose=ART8_PURPOSE,
                details={"bundle_id": written.bundle_id, "to": written.peer},
            )
