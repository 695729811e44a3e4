"""Thematic information (Art. 4) in bundles: ``bundle export --thematic ID``.

Record::

    {"type": "thematic", "id": UUID, "category": CODE, "title", "text",
     "reported_on", "period_from", "period_until": "YYYY-MM-DD" | null,
     "source_authority": CODE | null,
     "persons": [{"id": UUID, "role": str | null}], "requests": [UUID],
     "attachments": [{"name", "mime", "file", "sha256"}],
     "handling": {"purpose": str, "no_onward_transfer": bool}}

The persons an item names travel in the same bundle (each checked against Art. 11.3 like any
person sent); only links to requests exchanged with the addressee are sent. The receiving
side refuses the whole bundle for a record that is malformed (types, lengths, control
characters, non-canonical ids) or names a person or request it neither holds nor receives
in the same bundle. A received item keeps its id, its provider and purpose (``thematic list
--json`` → ``provenance``); sending it on to a third party needs the provider's consent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from migdesk.bundles import Attachment
from migdesk.errors import NotFound
from migdesk.exchange.items import (
    ART8_PURPOSE,
    Apply,
    ImportScope,
    OutgoingItems,
    WrittenBundle,
    invalid,
    register_importer,
)
from migdesk.exchange.keys import now_utc
from migdesk.exchange.person_items import load_person, outgoing_json
from migdesk.exchange.record_schema import (
    Boolean,
    Day,
    Line,
    ListOf,
    Object,
    RecordSchema,
    Sha256,
    Text,
    Uuid,
    register_schema,
)
from migdesk.messages import N_, _
from migdesk.models import (
    Authority,
    Person,
    Request,
    ThematicAttachment,
    ThematicItem,
    ThematicPerson,
    ThematicRequest,
)
from migdesk.requests.contents import MAX_RECEIVED_ATTACHMENT
from migdesk.requests.vocab import THEMATIC_CATEGORIES
from migdesk.security import audit
from migdesk.security.handling import Received, check_transfer, limits_of, record_received
from migdesk.vault import blob_reading, blobs

RECORD_TYPE = "thematic"
WHAT = N_("тематическая информация")
MAX_TITLE, MAX_TEXT, MAX_ROLE, MAX_PURPOSE = 300, 200_000, 200, 2000
MAX_LINKS, MAX_FILES = 1000, 100


# --- export ----------------------------------------------------------------------------------


def _file(
    session: Session, files: dict[str, Attachment], row: ThematicAttachment
) -> dict[str, str]:
    name = f"att-{row.sha256}"  # by content: the same file travels once
    if name not in files and row.blob_id is not None:
        # Read piece by piece from the vault while the bundle is written (any size).
        files[name] = Attachment(
            name, row.mime, row.size, blob_reading.opener(session, row.blob_id), row.sha256
        )
    return {"name": row.name, "mime": row.mime, "file": name, "sha256": row.sha256}


def _exchanged_with(session: Session, request_ids: list[str], peer: str) -> list[str]:
    """Links only to requests the addressee knows: those exchanged between us and it."""
    if not request_ids:
        return []
    known = set(
        session.scalars(
            select(Request.id).where(
                Request.id.in_(request_ids),
                or_(Request.from_code == peer, Request.to_code == peer),
            )
        )
    )
    return [request_id for request_id in request_ids if request_id in known]


class ThematicSource:
    """The items an officer chose, with the persons they name."""

    def __init__(self, item_ids: Sequence[str]) -> None:
        self.item_ids = list(dict.fromkeys(item_ids))

    def collect(self, session: Session, peer: str) -> OutgoingItems:
        items = OutgoingItems()
        files: dict[str, Attachment] = {}
        persons: list[str] = []
        for item_id in self.item_ids:
            item = session.scalar(
                select(ThematicItem)
                .where(ThematicItem.id == item_id)
                .options(selectinload(ThematicItem.attachments))
            )
            if item is None:
                raise NotFound(
                    _("Тематические сведения «{item_id}» не найдены.").format(item_id=item_id)
                )
            check_transfer(session, RECORD_TYPE, item.id, peer)
            limits = limits_of(session, RECORD_TYPE, item.id)
            links = [link.person_id for link in item.persons]
            persons.extend(links)
            items.records.append(
                {
                    "type": RECORD_TYPE,
                    "id": item.id,
                    "category": item.category,
                    "title": item.title,
                    "text": item.text,
                    "reported_on": _iso(item.reported_on),
                    "period_from": _iso(item.period_from),
                    "period_until": _iso(item.period_until),
                    "source_authority": item.source_authority,
                    "persons": [{"id": p.person_id, "role": p.role} for p in item.persons],
                    "requests": _exchanged_with(
                        session, [r.request_id for r in item.requests], peer
                    ),
                    "attachments": [_file(session, files, a) for a in item.attachments],
                    "handling": {
                        "purpose": limits.purpose if limits is not None else ART8_PURPOSE,
                        "no_onward_transfer": True,
                    },
                }
            )
        for person_id in dict.fromkeys(persons):
            person = load_person(session, person_id)
            if person is None:
                raise NotFound(
                    _("Лицо «{person_id}», названное в сведениях, не найдено.").format(
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
        items.attachments.extend(files.values())
        if self.item_ids:
            items.after_written.append(self._audit)
        return items

    def _audit(self, session: Session, written: WrittenBundle) -> None:
        for item_id in self.item_ids:
            audit.append(
                session,
                written.user,
                "thematic.export",
                record_kind=RECORD_TYPE,
                record_id=item_id,
                details={"bundle_id": written.bundle_id, "to": written.peer},
            )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# --- import ----------------------------------------------------------------------------------
# The record's shape (types, lengths, control characters, canonical ids) is checked by its
# schema (``register_schema`` below) before ``plan`` runs; ``plan`` checks the meaning.


def _day(raw: Any) -> date | None:
    return None if raw is None else date.fromisoformat(raw)


def _attachments(scope: ImportScope, number: int, raw: list[Any]) -> list[ThematicAttachment]:
    rows = []
    for entry in raw:
        name, digest = entry["name"].strip(), entry["sha256"]
        stored = scope.attachments.get(entry["file"])
        if stored is None or stored.sha256 != digest:
            raise invalid(
                number,
                _(WHAT),
                _("вложение «{name}» отсутствует в пакете или изменено").format(name=name),
            )
        if not stored.size or stored.size > MAX_RECEIVED_ATTACHMENT:
            raise invalid(
                number, _(WHAT), _("вложение «{name}» пустое или больше 2 ГБ").format(name=name)
            )
        rows.append(
            ThematicAttachment(
                name=name, mime=entry["mime"], sha256=digest, size=stored.size, blob_id=stored.id
            )
        )
    return rows


def _check_links(scope: ImportScope, number: int, persons: list[str], requests: list[str]) -> None:
    """No dangling references: each named person or request is here or in this bundle."""
    for kind, ids, model in (("person", persons, Person), ("request", requests, Request)):
        if len(set(ids)) != len(ids):
            raise invalid(number, _(WHAT), _("{kind} указан дважды").format(kind=kind))
        held = set(scope.session.scalars(select(model.id).where(model.id.in_(ids))))
        for record_id in ids:
            if record_id not in held and not scope.carries(kind, record_id):
                raise invalid(
                    number,
                    _(WHAT),
                    _("{kind} {record_id}: нет ни в хранилище, ни в пакете").format(
                        kind=kind, record_id=record_id
                    ),
                )


class ThematicImporter:
    record_type = RECORD_TYPE
    phase = 4  # after persons and requests of the same bundle: the item names them

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        item_id, category = record["id"], record["category"]
        title, text = record["title"].strip(), record["text"].strip()
        days = {k: _day(record.get(k)) for k in ("reported_on", "period_from", "period_until")}
        start, end = days["period_from"], days["period_until"]
        if start and end and end < start:
            raise invalid(number, _(WHAT), _("period_until раньше period_from"))
        source = record.get("source_authority")
        persons = [
            (p["id"], (p.get("role") or "").strip() or None) for p in record.get("persons") or []
        ]
        requests = list(record.get("requests") or [])
        files = _attachments(scope, number, record.get("attachments") or [])
        handling = record.get("handling") or {}
        purpose = (handling.get("purpose") or "").strip() or None
        onward = handling.get("no_onward_transfer", True)
        _check_links(scope, number, [p for p, _ in persons], requests)
        session = scope.session
        if source is None or session.get(Authority, source) is None:
            source = scope.sender if session.get(Authority, scope.sender) is not None else None
        existing = session.scalar(select(ThematicItem).where(ThematicItem.id == item_id))
        if existing is not None:
            limits = limits_of(session, RECORD_TYPE, item_id)
            if limits is None or limits.provider_authority != scope.sender:
                raise invalid(
                    number, _(WHAT), _("идентификатор совпадает со сведениями этого места")
                )
            scope.preview.thematic.append(_("{title} — обновлено").format(title=title))
        else:
            scope.preview.thematic.append(_("{title} — новое").format(title=title))

        def apply() -> None:
            now = now_utc()
            item = existing or ThematicItem(id=item_id, created_at=now, created_by=scope.user)
            item.category, item.title, item.text = category, title, text
            item.reported_on = days["reported_on"]
            item.period_from, item.period_until = days["period_from"], days["period_until"]
            item.source_authority = source
            item.updated_at, item.updated_by = now, scope.user
            item.persons = [
                ThematicPerson(person_id=p, role=role, position=i)
                for i, (p, role) in enumerate(persons)
            ]
            item.requests = [
                ThematicRequest(request_id=r, position=i) for i, r in enumerate(requests)
            ]
            for row in files:  # the staged files become the vault's (this transaction)
                assert row.blob_id is not None
                row.blob_id = blobs.adopt(session, row.blob_id, ThematicAttachment.__tablename__)
            item.attachments = files
            session.add(item)
            session.flush()
            record_received(
                session,
                Received(
                    record_kind=RECORD_TYPE,
                    record_id=item_id,
                    provider_authority=scope.sender,
                    purpose=purpose or scope.purpose,
                    source_bundle_id=scope.bundle_id,
                    no_onward_transfer=onward,
                ),
            )
            audit.append(
                session,
                scope.user,
                "thematic.import",
                record_kind=RECORD_TYPE,
                record_id=item_id,
                purpose=purpose or scope.purpose,
                details={"bundle_id": scope.bundle_id, "from": scope.sender},
            )

        return apply


# The shape, checked by ``record_schema`` before the importer (which checks the meaning:
# links, dates in order, attachments present; it re-checks shape too, cheaply).
register_schema(
    RecordSchema(
        RECORD_TYPE,
        WHAT,
        {
            "id": Uuid(),
            "category": Line(32, choices=tuple(THEMATIC_CATEGORIES)),
            "title": Line(MAX_TITLE),
            "text": Text(MAX_TEXT),
            "reported_on": Day(required=False),
            "period_from": Day(required=False),
            "period_until": Day(required=False),
            "source_authority": Line(32, required=False),
            "persons": ListOf(
                Object({"id": Uuid(), "role": Line(MAX_ROLE, required=False)}, label=N_("лицо")),
                max_items=MAX_LINKS,
                required=False,
            ),
            "requests": ListOf(Uuid(), max_items=MAX_LINKS, required=False),
            "attachments": ListOf(
                Object(
                    {"name": Line(255), "mime": Line(64), "file": Line(128), "sha256": Sha256()},
                    label=N_("вложение"),
                ),
                max_items=MAX_FILES,
                required=False,
            ),
            "handling": Object(
                {
                    "purpose": Line(MAX_PURPOSE, required=False),
                    "no_onward_transfer": Boolean(required=False),
                },
                required=False,
            ),
        },
    )
)
register_importer(ThematicImporter())
