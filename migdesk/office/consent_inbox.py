"""Consents of the provider (Art. 11.2, 11.3) in both directions, as officers handle them.

Requester: ``request`` records a ``TransferConsent`` (state ``requested``); the next bundle to
the provider (``bundle export --all-pending``) carries it and marks it ``sent``; the
provider's answer, imported from a bundle, goes through ``record_answer`` (``granted`` or
``refused``), so ``check_transfer``/``check_use`` decide from it.

Provider: an imported request is kept in ``consent_inbox`` (state ``received``); ``answer``
records our decision with the reference of our letter, and the next bundle to the requester
carries it back. Bundle items: ``migdesk.exchange.consent_items``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, NotFound
from migdesk.messages import _
from migdesk.models import IncomingConsentRequest, TransferConsent
from migdesk.pki.names import check_authority_code
from migdesk.security import audit
from migdesk.security.handling import limits_of, request_consent
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

INCOMING, OUTGOING = "incoming", "outgoing"
RECEIVED = "received"  # an incoming request not yet decided here
DECISIONS = ("granted", "refused")


@dataclass(frozen=True)
class ConsentView:
    """One consent request, ours (outgoing) or another authority's (incoming)."""

    id: str
    direction: str  # incoming | outgoing
    counterpart: str  # the provider we asked, or the authority asking us
    record_kind: str
    record_id: str
    recipient: str | None
    purpose: str
    status: str  # outgoing: requested | sent | granted | refused; incoming: received | …
    decided_on: date | None
    document_ref: str | None
    answer_sent: bool | None  # incoming only: our decision has left in a bundle

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "direction": self.direction,
            "counterpart": self.counterpart,
            "record_kind": self.record_kind,
            "record_id": self.record_id,
            "recipient": self.recipient,
            "purpose": self.purpose,
            "status": self.status,
            "decided_on": self.decided_on.isoformat() if self.decided_on else None,
            "document_ref": self.document_ref,
            "answer_sent": self.answer_sent,
        }


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def audit_consent(
    session: Session,
    user: str,
    action: str,
    row: TransferConsent | IncomingConsentRequest,
    **details: Any,
) -> None:
    """One audit entry about a consent (Art. 11.3), asked or answered on either side: the
    record it concerns, its purpose, the consent's id and what else ``details`` says."""
    audit.append(
        session,
        user,
        action,
        record_kind=row.record_kind,
        record_id=row.record_id,
        purpose=row.purpose,
        details={"consent_id": row.id, **details},
    )


def _outgoing(row: TransferConsent) -> ConsentView:
    return ConsentView(
        row.id,
        OUTGOING,
        row.provider_authority,
        row.record_kind,
        row.record_id,
        row.recipient,
        row.purpose,
        row.status,
        row.decided_on,
        row.document_ref,
        None,
    )


def _incoming(row: IncomingConsentRequest) -> ConsentView:
    return ConsentView(
        row.id,
        INCOMING,
        row.requester_authority,
        row.record_kind,
        row.record_id,
        row.recipient,
        row.purpose,
        row.status,
        row.decided_on,
        row.document_ref,
        row.answer_bundle_id is not None,
    )


def _refuse_duplicate(
    session: Session, record_kind: str, record_id: str, recipient: str | None, purpose: str
) -> None:
    stmt = select(TransferConsent).where(
        TransferConsent.record_kind == record_kind,
        TransferConsent.record_id == record_id,
        TransferConsent.status.in_(("requested", "sent", "granted")),
    )
    for earlier in session.scalars(stmt):
        if earlier.recipient != recipient:
            continue
        if recipient is None and earlier.purpose != purpose:
            continue
        sentence = (
            _("Согласие на запись {record_kind} {record_id} ({target}) уже получено: запрос {id}.")
            if earlier.status == "granted"
            else _(
                "Согласие на запись {record_kind} {record_id} ({target}) уже запрошено: "
                "запрос {id}."
            )
        )
        raise InvalidInput(
            sentence.format(
                record_kind=record_kind,
                record_id=record_id,
                target=recipient or purpose,
                id=earlier.id,
            )
        )


def request(
    vault: Vault,
    record_id: str,
    recipient: str | None,
    purpose: str,
    *,
    record_kind: str = "person",
) -> ConsentView:
    """Ask the provider of a received record for consent to pass it to ``recipient`` (or,
    with None, to use it for ``purpose``); it leaves with the next bundle to the provider."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    if not purpose.strip():
        raise InvalidInput(_("Укажите цель, для которой нужно согласие (ст.\u00a011.2)."))
    if recipient is not None:
        check_authority_code(recipient)
    with vault.session() as session:
        limits = limits_of(session, record_kind, record_id)
        if limits is not None and recipient == limits.provider_authority:
            raise InvalidInput(
                _("Запись получена от {recipient}: передача ему согласия не требует.").format(
                    recipient=recipient
                )
            )
        _refuse_duplicate(session, record_kind, record_id, recipient, purpose.strip())
        consent = request_consent(
            session, vault.user, record_kind, record_id, recipient, purpose.strip()
        )
        session.flush()
        return _outgoing(consent)


def list_consents(vault: Vault, direction: str | None = None) -> list[ConsentView]:
    """Our requests (outgoing) and other authorities' requests to us (incoming)."""
    require(vault.current_roles(), Permission.PERSON_READ)
    views: list[ConsentView] = []
    with vault.read_session() as session:
        if direction in (None, INCOMING):
            stmt = select(IncomingConsentRequest).order_by(IncomingConsentRequest.received_at)
            views += [_incoming(row) for row in session.scalars(stmt)]
        if direction in (None, OUTGOING):
            stmt_out = select(TransferConsent).order_by(TransferConsent.requested_at)
            views += [_outgoing(row) for row in session.scalars(stmt_out)]
    return views


def incoming_requests(vault: Vault, *, undecided_only: bool = False) -> list[ConsentView]:
    views = list_consents(vault, INCOMING)
    return [v for v in views if v.status == RECEIVED] if undecided_only else views


def answer(
    vault: Vault,
    consent_id: str,
    *,
    granted: bool,
    document_ref: str,
    decided_on: date | None = None,
) -> ConsentView:
    """Our decision on another authority's request; it leaves with the next bundle to it.
    Granting or refusing is the supervisor's decision (Art. 11.3; DESIGN.md "Who uses it")."""
    require(vault.current_roles(), Permission.DECIDE_CONSENTS)
    if not document_ref.strip():
        raise InvalidInput(_("Укажите реквизиты письма о согласии или об отказе."))
    with vault.session() as session:
        row = session.get(IncomingConsentRequest, consent_id)
        if row is None:
            raise NotFound(
                _("Входящий запрос согласия «{consent_id}» не найден.").format(
                    consent_id=consent_id
                )
            )
        if row.status != RECEIVED:
            raise InvalidInput(
                _(
                    "На запрос согласия {consent_id} уже дан ответ ({status}, {document_ref})."
                ).format(consent_id=consent_id, status=row.status, document_ref=row.document_ref)
            )
        row.status = "granted" if granted else "refused"
        row.decided_on = decided_on or date.today()
        row.document_ref = document_ref.strip()
        row.answered_at = _now()
        row.answered_by = vault.user
        audit_consent(
            session,
            vault.user,
            "consent.decide",
            row,
            requester=row.requester_authority,
            recipient=row.recipient,
            granted=granted,
        )
        session.flush()
        return _incoming(row)
