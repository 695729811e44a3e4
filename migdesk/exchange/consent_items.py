"""Consent of the provider in bundles (Art. 11.2, 11.3): the request goes out in one bundle,
the answer comes back in another.

Records::

    {"type": "consent_request", "id": UUID, "record_kind": "person", "record_id": …,
     "recipient": CODE | null, "purpose": …, "requested_at": "YYYY-MM-DDTHH:MM:SSZ"}
    {"type": "consent_answer", "id": UUID, "decision": "granted" | "refused",
     "decided_on": "YYYY-MM-DD", "document_ref": …}

``id`` is the requester's ``TransferConsent`` id in both. Sources are pending items
(``bundle export --all-pending``): our requested consents go to their provider, our
decisions on other authorities' requests go back to them. On import a request is kept in
``consent_inbox`` for an officer to answer (``migdesk.office.consent_inbox``); an answer
goes through ``record_answer``, so ``check_transfer`` decides from it. An answer that does
not match a request we sent to that authority changes nothing and is reported.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.exchange.items import (
    Apply,
    ImportScope,
    OutgoingItems,
    WrittenBundle,
    check_keys,
    invalid,
    register_importer,
    register_pending_source,
)
from migdesk.exchange.keys import now_utc
from migdesk.messages import _
from migdesk.models import IncomingConsentRequest, Person, TransferConsent
from migdesk.office.consent_inbox import DECISIONS, RECEIVED, audit_consent
from migdesk.pki.names import is_authority_code
from migdesk.security import audit
from migdesk.security.handling import record_answer

REQUEST, ANSWER = "consent_request", "consent_answer"
SENT = "sent"  # TransferConsent status once the request has left in a bundle
_REQUEST_KEYS = {"type", "id", "record_kind", "record_id", "recipient", "purpose", "requested_at"}
_ANSWER_KEYS = {"type", "id", "decision", "decided_on", "document_ref"}
_TIMESTAMP = "%Y-%m-%dT%H:%M:%SZ"


def _timestamp(moment: datetime) -> str:
    return moment.strftime(_TIMESTAMP)  # stored naive in UTC


# --- export ----------------------------------------------------------------------------------


class ConsentRequestSource:
    """Our consent requests still waiting to go to the provider they ask."""

    def collect(self, session: Session, peer: str) -> OutgoingItems:
        items = OutgoingItems()
        stmt = select(TransferConsent).where(
            TransferConsent.provider_authority == peer, TransferConsent.status == "requested"
        )
        due = list(session.scalars(stmt.order_by(TransferConsent.requested_at)))
        for consent in due:
            items.records.append(
                {
                    "type": REQUEST,
                    "id": consent.id,
                    "record_kind": consent.record_kind,
                    "record_id": consent.record_id,
                    "recipient": consent.recipient,
                    "purpose": consent.purpose,
                    "requested_at": _timestamp(consent.requested_at),
                }
            )
        ids = [consent.id for consent in due]

        def mark_sent(session: Session, written: WrittenBundle) -> None:
            stmt = select(TransferConsent).where(
                TransferConsent.id.in_(ids), TransferConsent.status == "requested"
            )
            for consent in session.scalars(stmt):
                consent.status = SENT
                audit_consent(
                    session,
                    written.user,
                    "consent.request_sent",
                    consent,
                    bundle_id=written.bundle_id,
                    to=written.peer,
                    recipient=consent.recipient,
                )

        if ids:
            items.after_written.append(mark_sent)
        return items


class ConsentAnswerSource:
    """Our decisions on the partner's consent requests, not yet sent back to it."""

    def collect(self, session: Session, peer: str) -> OutgoingItems:
        items = OutgoingItems()
        stmt = select(IncomingConsentRequest).where(
            IncomingConsentRequest.requester_authority == peer,
            IncomingConsentRequest.status.in_(DECISIONS),
            IncomingConsentRequest.answer_bundle_id.is_(None),
        )
        due = list(session.scalars(stmt.order_by(IncomingConsentRequest.answered_at)))
        for row in due:
            assert row.decided_on is not None and row.document_ref is not None
            items.records.append(
                {
                    "type": ANSWER,
                    "id": row.id,
                    "decision": row.status,
                    "decided_on": row.decided_on.isoformat(),
                    "document_ref": row.document_ref,
                }
            )
        ids = [row.id for row in due]

        def mark_sent(session: Session, written: WrittenBundle) -> None:
            stmt = select(IncomingConsentRequest).where(IncomingConsentRequest.id.in_(ids))
            for row in session.scalars(stmt):
                row.answer_bundle_id = written.bundle_id
                audit_consent(
                    session,
                    written.user,
                    "consent.answer_sent",
                    row,
                    bundle_id=written.bundle_id,
                    to=written.peer,
                    granted=row.status == "granted",
                )

        if ids:
            items.after_written.append(mark_sent)
        return items


# --- import ----------------------------------------------------------------------------------


def _uuid(number: int, what: str, raw: Any) -> str:
    try:
        if isinstance(raw, str):
            return str(uuid.UUID(raw))
    except ValueError:
        pass
    raise invalid(number, what, _("идентификатор — UUID"))


def _text(number: int, what: str, record: dict[str, Any], key: str, limit: int) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise invalid(
            number,
            what,
            _("{key} — непустая строка до {limit} знаков").format(key=key, limit=limit),
        )
    return value.strip()


class ConsentRequestImporter:
    """The requester asks us, the provider, for consent: kept for an officer to answer."""

    record_type = REQUEST
    phase = 3

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        what = _("запрос согласия")
        check_keys(number, what, record, _REQUEST_KEYS)
        consent_id = _uuid(number, what, record.get("id"))
        record_kind = _text(number, what, record, "record_kind", 32)
        record_id = _text(number, what, record, "record_id", 64)
        purpose = _text(number, what, record, "purpose", 4000)
        recipient = record.get("recipient")
        if recipient is not None and (
            not isinstance(recipient, str) or not is_authority_code(recipient)
        ):
            raise invalid(number, what, _("recipient — код органа (вида KZ-MVD) или null"))
        requested_at: datetime | None = None
        raw_at = record.get("requested_at")
        if raw_at is not None:
            try:
                requested_at = datetime.strptime(str(raw_at), _TIMESTAMP)
            except ValueError:
                raise invalid(number, what, _("requested_at — ГГГГ-ММ-ДДTЧЧ:ММ:ССZ")) from None
        existing = scope.session.get(IncomingConsentRequest, consent_id)
        if existing is not None:
            same = (
                existing.requester_authority,
                existing.record_kind,
                existing.record_id,
                existing.recipient,
                existing.purpose,
            ) == (scope.sender, record_kind, record_id, recipient, purpose)
            if not same:
                raise invalid(
                    number,
                    what,
                    _("запрос {consent_id} уже получен с другим содержимым").format(
                        consent_id=consent_id
                    ),
                )
            return None  # the same request sent again: nothing new
        if (
            record_kind == "person"
            and scope.session.scalar(select(Person.id).where(Person.id == record_id)) is None
        ):
            scope.preview.warnings.append(
                _(
                    "{sender} просит согласия на запись {record_kind} {record_id}, "
                    "которой нет в этом хранилище."
                ).format(sender=scope.sender, record_kind=record_kind, record_id=record_id)
            )

        def apply() -> None:
            scope.session.add(
                IncomingConsentRequest(
                    id=consent_id,
                    requester_authority=scope.sender,
                    record_kind=record_kind,
                    record_id=record_id,
                    recipient=recipient,
                    purpose=purpose,
                    requested_at=requested_at,
                    source_bundle_id=scope.bundle_id,
                    received_at=now_utc(),
                    received_by=scope.user,
                    status=RECEIVED,
                )
            )
            audit.append(
                scope.session,
                scope.user,
                "consent.request_received",
                record_kind=record_kind,
                record_id=record_id,
                purpose=purpose,
                details={
                    "consent_id": consent_id,
                    "bundle_id": scope.bundle_id,
                    "from": scope.sender,
                    "recipient": recipient,
                },
            )

        return apply


class ConsentAnswerImporter:
    """The provider's decision on our request: recorded, so Art. 11 checks follow it."""

    record_type = ANSWER
    phase = 3

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        what = _("ответ на запрос согласия")
        check_keys(number, what, record, _ANSWER_KEYS)
        consent_id = _uuid(number, what, record.get("id"))
        decision = record.get("decision")
        if decision not in DECISIONS:
            raise invalid(number, what, _("decision — granted или refused"))
        try:
            decided_on = date.fromisoformat(str(record.get("decided_on")))
        except ValueError:
            raise invalid(number, what, _("decided_on — дата ГГГГ-ММ-ДД")) from None
        document_ref = _text(number, what, record, "document_ref", 200)
        consent = scope.session.get(TransferConsent, consent_id)
        if (
            consent is None
            or consent.provider_authority != scope.sender
            or consent.status == "requested"  # not sent yet: nobody could have answered it
        ):
            scope.preview.warnings.append(
                _(
                    "{sender} отвечает на запрос согласия {consent_id}, который "
                    "отсюда ему не направлялся; ответ не учтён."
                ).format(sender=scope.sender, consent_id=consent_id)
            )
            return None
        if consent.status in DECISIONS:
            if consent.status != decision:
                scope.preview.warnings.append(
                    _(
                        "Ответ {sender} на запрос согласия {consent_id} ({decision}) "
                        "расходится с уже записанным ({status}, {document_ref}); ответ "
                        "не учтён, уточните у предоставившей стороны."
                    ).format(
                        sender=scope.sender,
                        consent_id=consent_id,
                        decision=decision,
                        status=consent.status,
                        document_ref=consent.document_ref,
                    )
                )
            return None
        granted = decision == "granted"

        def apply() -> None:
            record_answer(
                scope.session,
                scope.user,
                consent_id,
                granted=granted,
                decided_on=decided_on,
                document_ref=document_ref,
            )
            audit.append(
                scope.session,
                scope.user,
                "consent.answer_received",
                record_kind=consent.record_kind,
                record_id=consent.record_id,
                purpose=consent.purpose,
                details={
                    "consent_id": consent_id,
                    "bundle_id": scope.bundle_id,
                    "from": scope.sender,
                    "recipient": consent.recipient,
                    "granted": granted,
                },
            )

        return apply


register_importer(ConsentRequestImporter())
register_importer(ConsentAnswerImporter())
register_pending_source(ConsentRequestSource)
register_pending_source(ConsentAnswerSource)
