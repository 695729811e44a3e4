"""Handling limits of received information (Art. 11.1–11.3), checked in one place.

A record that came from the other side carries its provider, the purpose it was given for,
"no onward transfer without written consent" and optional retention and reliability marks.
Using it for another purpose, or sending it to anyone but its provider, needs the provider's
recorded consent; without it the check refuses, naming the record and the missing consent.
Records the workstation created itself have no limits.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, NotFound, PermissionDenied
from migdesk.messages import _
from migdesk.models import HandlingLimits, Person, TransferConsent
from migdesk.security import audit

RELIABILITY = ("A", "B", "C", "D", "X")  # source: reliable … unreliable, X not assessed
ACCURACY = ("1", "2", "3", "4", "X")  # information: confirmed … doubtful, X not assessed


class ConsentMissing(PermissionDenied):
    """Other use or onward transfer without the provider's consent (Art. 11.2, 11.3)."""


@dataclass(frozen=True)
class Received:
    """What a bundle import says about a record it brings in."""

    record_kind: str
    record_id: str
    provider_authority: str
    purpose: str
    source_bundle_id: str | None = None
    source_request_id: str | None = None
    no_onward_transfer: bool = True
    keep_until: date | None = None
    source_reliability: str | None = None
    information_accuracy: str | None = None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def check_received(received: Received) -> None:
    """What ``record_received`` refuses (also for limits written in bulk)."""
    if received.source_reliability not in (None, *RELIABILITY):
        raise InvalidInput(_("Оценка надёжности источника: A, B, C, D или X."))
    if received.information_accuracy not in (None, *ACCURACY):
        raise InvalidInput(_("Оценка достоверности сведений: 1, 2, 3, 4 или X."))
    if not received.purpose.strip():
        raise InvalidInput(_("Не указана цель, для которой сведения предоставлены (ст. 11.2)."))


def record_received(session: Session, received: Received) -> HandlingLimits:
    """Store the limits of an imported record (inside the import's transaction)."""
    check_received(received)
    limits = session.scalar(
        select(HandlingLimits).where(
            HandlingLimits.record_kind == received.record_kind,
            HandlingLimits.record_id == received.record_id,
        )
    ) or HandlingLimits(record_kind=received.record_kind, record_id=received.record_id)
    for name in (
        "provider_authority",
        "source_bundle_id",
        "source_request_id",
        "purpose",
        "no_onward_transfer",
        "keep_until",
        "source_reliability",
        "information_accuracy",
    ):
        setattr(limits, name, getattr(received, name))
    limits.received_at = _now()
    session.add(limits)
    if received.record_kind == "person" and received.keep_until is not None:
        # The provider's limit wins over a later local one (Art. 11.5).
        person = session.scalar(select(Person).where(Person.id == received.record_id))
        if person is not None and (
            person.keep_until is None or person.keep_until > received.keep_until
        ):
            person.keep_until = received.keep_until
    return limits


def limits_of(session: Session, record_kind: str, record_id: str) -> HandlingLimits | None:
    return session.scalar(
        select(HandlingLimits).where(
            HandlingLimits.record_kind == record_kind, HandlingLimits.record_id == record_id
        )
    )


def _granted(
    session: Session, limits: HandlingLimits, recipient: str | None, purpose: str | None
) -> bool:
    stmt = select(TransferConsent).where(
        TransferConsent.record_kind == limits.record_kind,
        TransferConsent.record_id == limits.record_id,
        TransferConsent.status == "granted",
    )
    if recipient is not None:
        stmt = stmt.where(TransferConsent.recipient == recipient)
    else:
        stmt = stmt.where(TransferConsent.recipient.is_(None))
    if purpose is not None:
        stmt = stmt.where(TransferConsent.purpose == purpose)
    return session.scalar(stmt.limit(1)) is not None


def check_transfer(session: Session, record_kind: str, record_id: str, recipient: str) -> None:
    """Refuse sending a received record to anyone but its provider without consent."""
    limits = limits_of(session, record_kind, record_id)
    if limits is None or recipient == limits.provider_authority:
        return
    if not limits.no_onward_transfer or _granted(session, limits, recipient, None):
        return
    raise ConsentMissing(
        _(
            "Запись {record_kind} {record_id} получена от "
            "{provider_authority}; передача в {recipient} требует "
            "предварительного письменного согласия {provider_authority} "
            "(ст.\u00a011.3), а оно не получено."
        ).format(
            record_kind=record_kind,
            record_id=record_id,
            provider_authority=limits.provider_authority,
            recipient=recipient,
        )
    )


def check_use(session: Session, record_kind: str, record_id: str, purpose: str) -> None:
    """Refuse using a received record for a purpose other than the one it was given for."""
    limits = limits_of(session, record_kind, record_id)
    if limits is None or purpose.strip() == limits.purpose.strip():
        return
    if _granted(session, limits, None, purpose):
        return
    raise ConsentMissing(
        _(
            "Запись {record_kind} {record_id} предоставлена для цели "
            "«{purpose}»; использование для цели «{use}» требует "
            "согласия {provider_authority} (ст.\u00a011.2), а оно не получено."
        ).format(
            record_kind=record_kind,
            record_id=record_id,
            purpose=limits.purpose,
            use=purpose,
            provider_authority=limits.provider_authority,
        )
    )


def request_use_purpose(purpose: str | None, number: str) -> str:
    """The purpose received data serves when a request uses it: the request's stated purpose,
    else the request itself (as it travels in the persons' handling marks)."""
    return (purpose or "").strip() or f"запрос № {number}"  # stored data: Russian


def check_use_in_request(
    session: Session, record_kind: str, record_ids: list[str], request_id: str, purpose: str
) -> None:
    """Received records named by a request, or passed in an answer to one (Art. 11.2): fine
    for the request they were obtained for, otherwise only for their own purpose or with
    the provider's consent to this one."""
    for record_id in record_ids:
        limits = limits_of(session, record_kind, record_id)
        if limits is None or limits.source_request_id == request_id:
            continue
        check_use(session, record_kind, record_id, purpose)


def request_consent(
    session: Session,
    user: str,
    record_kind: str,
    record_id: str,
    recipient: str | None,
    purpose: str,
) -> TransferConsent:
    limits = limits_of(session, record_kind, record_id)
    if limits is None:
        raise NotFound(_("Для этой записи согласие не требуется: она создана на этом месте."))
    consent = TransferConsent(
        id=str(uuid.uuid4()),
        record_kind=record_kind,
        record_id=record_id,
        provider_authority=limits.provider_authority,
        recipient=recipient,
        purpose=purpose,
        status="requested",
        requested_at=_now(),
        requested_by=user,
    )
    session.add(consent)
    audit.append(
        session,
        user,
        "consent.request",
        record_kind=record_kind,
        record_id=record_id,
        purpose=purpose,
        details={"recipient": recipient},
    )
    return consent


def record_answer(
    session: Session,
    user: str,
    consent_id: str,
    *,
    granted: bool,
    decided_on: date,
    document_ref: str,
) -> TransferConsent:
    consent = session.get(TransferConsent, consent_id)
    if consent is None:
        raise NotFound(_("Запрос согласия не найден."))
    if not document_ref.strip():
        raise InvalidInput(_("Укажите письмо предоставившей стороны (реквизиты документа)."))
    consent.status = "granted" if granted else "refused"
    consent.decided_on = decided_on
    consent.document_ref = document_ref
    audit.append(
        session,
        user,
        "consent.answer",
        record_kind=consent.record_kind,
        record_id=consent.record_id,
        details={"granted": granted},
    )
    return consent
