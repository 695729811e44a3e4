"""Thematic information items (Art. 4): typed by the six categories, with free text, dates,
attachments kept inside the vault, and links to persons."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import NotFound
from migdesk.messages import _
from migdesk.models import (
    BundleLogEntry,
    DestructionAct,
    HandlingLimits,
    Person,
    Request,
    ThematicAttachment,
    ThematicItem,
    ThematicPerson,
    ThematicRequest,
)
from migdesk.requests.access import require_working_role
from migdesk.requests.authorities import load_authority
from migdesk.requests.checks import Problems
from migdesk.requests.contents import MAX_ATTACHMENT
from migdesk.requests.records import AttachmentInput, AttachmentMeta
from migdesk.requests.vocab import THEMATIC_CATEGORIES
from migdesk.security import audit
from migdesk.vault import Vault, blob_reading, blobs

OWNER = ThematicAttachment.__tablename__  # the blobs this service stores belong to its table


@dataclass(frozen=True)
class PersonLink:
    person_id: str
    role: str | None = None  # e.g. «организатор», «перевозчик»


@dataclass
class ThematicInput:
    category: str
    title: str
    text: str
    reported_on: date | None = None
    period_from: date | None = None
    period_until: date | None = None
    source_authority: str | None = None
    persons: list[PersonLink] = field(default_factory=list)
    attachments: list[AttachmentInput] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # travelling ids of the requests


@dataclass(frozen=True)
class Provenance:
    """Where a received item came from and what it may be used for (Art. 11.2, 11.3)."""

    provider: str
    bundle_id: str | None
    purpose: str
    no_onward_transfer: bool
    received_at: datetime
    # The bundle by its sequence number on the channel and its date; the provider's limit.
    bundle_sequence: int | None = None
    bundle_created: str | None = None  # the bundle label's UTC time, as written
    keep_until: date | None = None
    source_request_id: str | None = None


@dataclass(frozen=True)
class RequestRef:
    """A request an item is linked to: its registration number while it is kept, or the
    act it was destroyed by (Art. 11.5)."""

    id: str
    number: str | None
    destroyed_by_act: str | None = None


@dataclass(frozen=True)
class ThematicView:
    id: str
    category: str
    category_label: str
    title: str
    text: str
    reported_on: date | None
    period_from: date | None
    period_until: date | None
    source_authority: str | None
    persons: list[PersonLink]
    attachments: list[AttachmentMeta]
    created_at: datetime
    created_by: str
    requests: list[str] = field(default_factory=list)
    provenance: Provenance | None = None
    request_refs: list[RequestRef] = field(default_factory=list)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _provenance(session: Session, limits: HandlingLimits | None) -> Provenance | None:
    if limits is None:
        return None
    bundle = None
    if limits.source_bundle_id is not None:
        bundle = session.scalar(
            select(BundleLogEntry).where(
                BundleLogEntry.bundle_id == limits.source_bundle_id,
                BundleLogEntry.direction == "in",
            )
        )
    return Provenance(
        limits.provider_authority,
        limits.source_bundle_id,
        limits.purpose,
        limits.no_onward_transfer,
        limits.received_at,
        bundle.sequence if bundle is not None else None,
        bundle.created if bundle is not None else None,
        limits.keep_until,
        limits.source_request_id,
    )


def _request_refs(session: Session, request_ids: list[str]) -> list[RequestRef]:
    if not request_ids:
        return []
    numbers: dict[str, str] = {
        rid: number
        for rid, number in session.execute(
            select(Request.id, Request.number).where(Request.id.in_(request_ids))
        )
    }
    acts: dict[str, str] = {
        rid: number
        for rid, number in session.execute(
            select(DestructionAct.record_id, DestructionAct.number).where(
                DestructionAct.record_kind == "request", DestructionAct.record_id.in_(request_ids)
            )
        )
    }
    return [RequestRef(rid, numbers.get(rid), acts.get(rid)) for rid in request_ids]


def _view(
    session: Session, item: ThematicItem, limits: HandlingLimits | None = None
) -> ThematicView:
    return ThematicView(
        item.id,
        item.category,
        THEMATIC_CATEGORIES[item.category],
        item.title,
        item.text,
        item.reported_on,
        item.period_from,
        item.period_until,
        item.source_authority,
        [PersonLink(p.person_id, p.role) for p in item.persons],
        [AttachmentMeta(a.id, a.name, a.mime, a.size, a.sha256, None) for a in item.attachments],
        item.created_at,
        item.created_by,
        [link.request_id for link in item.requests],
        _provenance(session, limits),
        _request_refs(session, [link.request_id for link in item.requests]),
    )


def _limits(session: Session, item_ids: list[str]) -> dict[str, HandlingLimits]:
    rows = session.scalars(
        select(HandlingLimits).where(
            HandlingLimits.record_kind == "thematic", HandlingLimits.record_id.in_(item_ids)
        )
    )
    return {row.record_id: row for row in rows}


class ThematicService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, data: ThematicInput) -> str:
        require_working_role(self.vault.user_role(self.vault.user))
        problems = Problems()
        if data.category not in THEMATIC_CATEGORIES:
            problems.add(
                "category",
                _("не категория ст. 4; допустимы: {allowed}").format(
                    allowed=", ".join(THEMATIC_CATEGORIES)
                ),
            )
        title = problems.required("title", data.title)
        text = problems.required("text", data.text)
        if data.period_from and data.period_until and data.period_until < data.period_from:
            problems.add("period_until", _("раньше начала периода"))
        for index, upload in enumerate(data.attachments):
            if not upload.name.strip() or not upload.mime.strip():
                problems.add(f"attachments[{index}]", _("нужны имя файла и тип содержимого"))
            elif not upload.data or len(upload.data) > MAX_ATTACHMENT:
                problems.add(f"attachments[{index}]", _("пустой файл или больше 50 МБ"))
        with self.vault.session() as session:
            ids = [link.person_id for link in data.persons]
            known = set(session.scalars(select(Person.id).where(Person.id.in_(ids))))
            for index, person_id in enumerate(ids):
                if person_id not in known:
                    problems.add(
                        f"persons[{index}]",
                        _("лицо «{person_id}» не найдено в хранилище").format(person_id=person_id),
                    )
            wanted = list(dict.fromkeys(data.requests))
            found = set(session.scalars(select(Request.id).where(Request.id.in_(wanted))))
            for index, request_id in enumerate(data.requests):
                if request_id not in found:
                    problems.add(
                        f"requests[{index}]",
                        _("запрос «{request_id}» не найден").format(request_id=request_id),
                    )
            if data.source_authority is not None:
                try:
                    load_authority(session, data.source_authority)
                except NotFound:
                    problems.add("source_authority", _("нет в реестре компетентных органов"))
            problems.raise_if_any()
            now, user = _now(), self.vault.user
            item = ThematicItem(
                id=str(uuid.uuid4()),
                category=data.category,
                title=title,
                text=text,
                reported_on=data.reported_on,
                period_from=data.period_from,
                period_until=data.period_until,
                source_authority=data.source_authority,
                created_at=now,
                created_by=user,
                updated_at=now,
                updated_by=user,
            )
            for position, link in enumerate(data.persons):
                item.persons.append(
                    ThematicPerson(person_id=link.person_id, role=link.role, position=position)
                )
            for position, request_id in enumerate(wanted):
                item.requests.append(ThematicRequest(request_id=request_id, position=position))
            for attachment in data.attachments:
                item.attachments.append(
                    ThematicAttachment(
                        name=attachment.name.strip(),
                        mime=attachment.mime.strip(),
                        sha256=hashlib.sha256(attachment.data).hexdigest(),
                        size=len(attachment.data),
                        blob_id=blobs.store_bytes(session, attachment.data, OWNER).id,
                    )
                )
            session.add(item)
            session.flush()
            audit.append(
                session,
                user,
                "thematic.create",
                record_kind="thematic",
                record_id=item.id,
                details={"category": data.category},
            )
            return item.id

    def get(self, item_id: str) -> ThematicView:
        require_working_role(self.vault.user_role(self.vault.user))
        with self.vault.session() as session:
            item = session.scalar(select(ThematicItem).where(ThematicItem.id == item_id))
            if item is None:
                raise NotFound(_("Сведения «{item_id}» не найдены.").format(item_id=item_id))
            audit.append(
                session, self.vault.user, "thematic.view", record_kind="thematic", record_id=item_id
            )
            return _view(session, item, _limits(session, [item_id]).get(item_id))

    def attachment(self, item_id: str, attachment_id: int) -> bytes:
        with self.vault.session() as session:
            return blob_reading.read_bytes(
                session, self._attachment_blob(session, item_id, attachment_id)
            )

    def save_attachment(
        self,
        item_id: str,
        attachment_id: int,
        out: BinaryIO,
        last_check: Callable[[], None] | None = None,
    ) -> int:
        """Copies the attachment into ``out`` piece by piece (any size); returns its size.
        ``last_check`` runs after the bytes are written and before the audit entry commits:
        whatever it raises leaves no entry for an export that did not happen."""
        with self.vault.session() as session:
            blob_id = self._attachment_blob(session, item_id, attachment_id)
            size = 0
            with blob_reading.BlobReader(session, blob_id) as reader:
                while piece := reader.read(blobs.CHUNK_SIZE):
                    out.write(piece)
                    size += len(piece)
            if last_check is not None:
                last_check()
            return size

    def _attachment_blob(self, session: Session, item_id: str, attachment_id: int) -> int:
        require_working_role(self.vault.user_role(self.vault.user))
        row = session.scalar(
            select(ThematicAttachment)
            .join(ThematicItem, ThematicItem.pk == ThematicAttachment.item_pk)
            .where(ThematicItem.id == item_id, ThematicAttachment.id == attachment_id)
        )
        if row is None or row.blob_id is None:
            raise NotFound(_("Вложение не найдено."))
        audit.append(
            session,
            self.vault.user,
            "thematic.attachment",
            record_kind="thematic",
            record_id=item_id,
            details={"attachment": attachment_id},
        )
        return row.blob_id

    def list(self, category: str | None = None) -> list[ThematicView]:
        require_working_role(self.vault.user_role(self.vault.user))
        with self.vault.session() as session:
            stmt = select(ThematicItem).order_by(ThematicItem.pk)
            if category is not None:
                stmt = stmt.where(ThematicItem.category == category)
            items = list(session.scalars(stmt))
            limits = _limits(session, [item.id for item in items])
            views = [_view(session, item, limits.get(item.id)) for item in items]
            audit.append(
                session,
                self.vault.user,
                "thematic.list",
                details={"category": category, "shown": len(views)},
            )
            return views
