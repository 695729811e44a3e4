"""Requests in outgoing bundles: which go (``--request``, ``--all-pending``), as records
(``request_items`` has the format), and what the write records: the sending step, the
``exchange_items`` rows, the audit."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.bundles import Attachment
from migdesk.errors import InvalidInput
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.items import (
    OutgoingItems,
    WrittenBundle,
)
from migdesk.exchange.person_items import load_person, outgoing_json
from migdesk.exchange.request_items import (
    DETAIL_KEYS,
    OUT,
    REQUEST,
    STEP,
    exchanged,
    is_our_letter,
    mark,
    partner_of,
    requester_number,
    step_key,
)
from migdesk.exchange.thematic_items import ThematicSource
from migdesk.messages import _
from migdesk.models import Request, RequestAttachment, RequestStep, Signatory
from migdesk.requests.access import can_see_request
from migdesk.requests.dates import today
from migdesk.requests.service import RequestService
from migdesk.requests.signed_copy import UNSIGNED, signed_pdf_of
from migdesk.requests.step_letters import unsigned_written
from migdesk.requests.thematic_letter import items_of_letter
from migdesk.requests.workflow import (
    Action,
    State,
    StepInput,
)
from migdesk.security import audit
from migdesk.security.handling import (
    check_transfer,
    check_use_in_request,
    request_use_purpose,
)
from migdesk.vault import Vault, blob_reading


@dataclass
class _Outgoing:
    request_id: str
    send_now: bool  # signed, not yet sent: the write records the sending step
    request_record: bool
    steps: list[int] = field(default_factory=list)


class RequestSource:
    """Requests an officer chose (``--request``), or every request with something waiting
    for the partner (``--all-pending``): the message itself once it is signed, and our
    letters about it that have not gone yet."""

    def __init__(self, vault: Vault, request_ids: Sequence[str], *, pending: bool = False) -> None:
        self.request_ids = list(dict.fromkeys(request_ids))
        self.service = RequestService(vault)  # its steps run inside the export's transaction
        self.user, self.role, self.pending = vault.user, vault.user_role(vault.user), pending
        self._planned: list[_Outgoing] = []
        self._persons: list[tuple[str, str]] = []  # (person id, request id)
        # Our written letters (Art. 10) that go without a signed letter: warned, not refused.
        self.unsigned_letters: list[dict[str, Any]] = []

    def collect(self, session: Session, peer: str) -> OutgoingItems:
        items = OutgoingItems()
        chosen = [self._load(session, rid, peer) for rid in self.request_ids]
        if self.pending:
            chosen.extend(self._pending(session, peer, {r.id for r in chosen}))
        sent_requests = exchanged(session, OUT, peer, REQUEST)
        sent_steps = exchanged(session, OUT, peer, STEP)
        files: dict[str, Attachment] = {}
        persons: dict[str, dict[str, Any]] = {}
        for request in chosen:
            planned = self._plan(request, sent_requests, sent_steps, explicit=not self.pending)
            if planned is None:
                continue
            self._planned.append(planned)
            self.unsigned_letters.extend(
                {"request": request.id, "number": request.number, "seq": s.seq, "action": s.action}
                for s in unsigned_written(request, planned.steps)
            )
            if planned.request_record:
                items.records.append(_request_record(session, request, files))
                for person_id in (p.person_id for p in request.persons):
                    self._person(session, persons, person_id, request, peer)
            for step in request.steps:
                if step.seq in planned.steps:
                    items.records.append(_step_record(session, request, step, files))
                    for person_id in _step_persons(step):
                        self._person(session, persons, person_id, request, peer)
        items.records.extend(persons.values())
        items.attachments.extend(files.values())
        # Art. 8: the thematic items an information letter lists go with it (the cover letter
        # names them; without them it would announce what the partner never gets).
        letters = {p.request_id for p in self._planned if p.request_record}
        themes = [
            item.id
            for request in chosen
            if request.id in letters and request.kind == "information"
            for item in items_of_letter(session, request.id)
        ]
        if themes:
            items.extend(ThematicSource(themes).collect(session, peer))
        if self._planned:
            items.after_written.append(self._written)
        return items

    def _load(self, session: Session, request_id: str, peer: str) -> Request:
        request = session.scalar(select(Request).where(Request.id == request_id))
        if request is None or not can_see_request(self.user, self.role, request):
            raise InvalidInput(
                _("Запрос «{request_id}» не найден.").format(request_id=request_id), "request"
            )
        if partner_of(request) != peer:
            raise InvalidInput(
                _("Запрос № {number} ведётся с {partner}, а пакет адресован {peer}.").format(
                    number=request.number, partner=partner_of(request), peer=peer
                ),
                "request",
            )
        return request

    def _pending(self, session: Session, peer: str, taken: set[str]) -> list[Request]:
        stmt = select(Request).where(
            ((Request.direction == "outgoing") & (Request.to_code == peer))
            | ((Request.direction == "incoming") & (Request.from_code == peer))
        )
        return [
            r
            for r in session.scalars(stmt.order_by(Request.pk))
            if r.id not in taken and can_see_request(self.user, self.role, r)
        ]

    def _plan(
        self, request: Request, sent_requests: set[str], sent_steps: set[str], *, explicit: bool
    ) -> _Outgoing | None:
        planned = _Outgoing(request.id, send_now=False, request_record=False)
        if request.direction == "outgoing" and request.id not in sent_requests:
            if request.state == State.DRAFT:
                if explicit:
                    raise ExchangeRefused(
                        ExchangeReason.NOTHING_TO_SEND,
                        _(
                            "Запрос № {number} не подписан (п.\u00a03 ст.\u00a09): "
                            "сначала подпишите его."
                        ).format(number=request.number),
                    )
                return None
            # Pending means signed and waiting; one sent on paper goes only when chosen.
            if request.state == State.SIGNED or (explicit and request.state != State.CANCELLED):
                # Issue 13.4: only a message with its signatory's signed PDF leaves.
                if signed_pdf_of(request) is None:
                    if explicit:
                        raise ExchangeRefused(
                            ExchangeReason.NOTHING_TO_SEND,
                            _(UNSIGNED).format(number=request.number),
                        )
                    return None
                planned.request_record = True
                planned.send_now = request.state == State.SIGNED
        planned.steps = [
            s.seq
            for s in request.steps
            if is_our_letter(request, s) and step_key(request.id, s.seq) not in sent_steps
        ]
        if planned.request_record or planned.steps:
            return planned
        if explicit:
            raise ExchangeRefused(
                ExchangeReason.NOTHING_TO_SEND,
                _(
                    "По запросу № {number} нечего отправлять: он и все письма по "
                    "нему уже отправлены в пакетах."
                ).format(number=request.number),
            )
        return None

    def _person(
        self,
        session: Session,
        persons: dict[str, dict[str, Any]],
        person_id: str,
        request: Request,
        peer: str,
    ) -> None:
        if person_id in persons:
            return
        person = load_person(session, person_id)
        if person is None:  # destroyed here (Art. 11.5): the request still names the id
            return
        check_transfer(session, "person", person.id, peer)
        purpose = request_use_purpose(request.purpose, requester_number(request) or request.number)
        check_use_in_request(session, "person", [person.id], request.id, purpose)  # Art. 11.2
        persons[person_id] = {
            "type": "person",
            "id": person.id,
            "data": outgoing_json(person),
            "handling": {
                "purpose": purpose,
                "no_onward_transfer": True,
                "request_id": request.id,
            },
        }
        self._persons.append((person_id, request.id))

    def _written(self, session: Session, written: WrittenBundle) -> None:
        for planned in self._planned:
            request = session.scalar(select(Request).where(Request.id == planned.request_id))
            assert request is not None  # collected in this export, nothing deletes requests
            if planned.request_record:
                mark(session, OUT, written.peer, REQUEST, request.id, written.bundle_id)
            for seq in planned.steps:
                mark(session, OUT, written.peer, STEP, step_key(request.id, seq), written.bundle_id)
            if planned.send_now:
                self.service.record_step(
                    session,
                    request,
                    StepInput(action=Action.SEND.value, on=today()),
                    None,
                    source={"bundle_id": written.bundle_id},
                )
            audit.append(
                session,
                written.user,
                "request.export",
                record_kind="request",
                record_id=request.id,
                details={
                    "bundle_id": written.bundle_id,
                    "to": written.peer,
                    "request": planned.request_record,
                    "steps": planned.steps,
                },
            )
        for person_id, request_id in self._persons:
            audit.append(
                session,
                written.user,
                "person.export",
                record_kind="person",
                record_id=person_id,
                details={"bundle_id": written.bundle_id, "to": written.peer, "request": request_id},
            )


def _files(
    session: Session, request: Request, step_id: int | None, files: dict[str, Attachment]
) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(RequestAttachment)
        .where(RequestAttachment.request_pk == request.pk)
        .where(
            RequestAttachment.step_id.is_(None)
            if step_id is None
            else RequestAttachment.step_id == step_id
        )
        .order_by(RequestAttachment.id)
    )
    return _listed(rows, session, files)


def _listed(
    rows: Iterable[RequestAttachment], session: Session, files: dict[str, Attachment]
) -> list[dict[str, Any]]:
    listed = []
    for row in rows:
        name = f"att-{row.sha256}"  # by content: the same file twice travels once
        if name not in files and row.blob_id is not None:
            # Read piece by piece from the vault while the bundle is written (any size).
            files[name] = Attachment(
                name, row.mime, row.size, blob_reading.opener(session, row.blob_id), row.sha256
            )
        entry: dict[str, Any] = {
            "file": name,
            "name": row.name,
            "mime": row.mime,
            "sha256": row.sha256,
        }
        if row.signed_letter:  # only when set: a bundle without one reads as before
            entry["signed_letter"] = True
        listed.append(entry)
    return listed


def _signatory(session: Session, request: Request) -> dict[str, str] | None:
    if request.signatory_id is None:
        return None
    row = session.get(Signatory, request.signatory_id)
    return {"name": row.full_name, "position": row.position} if row else None


def _request_record(
    session: Session, request: Request, files: dict[str, Attachment]
) -> dict[str, Any]:
    related = session.get(Request, request.related_pk) if request.related_pk else None
    return {
        "type": REQUEST,
        "id": request.id,
        "kind": request.kind,
        "from": request.from_code,
        "to": request.to_code,
        "number": request.number,
        "date": (request.signed_on or today()).isoformat(),
        "substance": request.substance,
        "purpose": request.purpose,
        "justification": request.justification,
        "other_info": request.other_info,
        "cover_text": request.cover_text,
        "categories": json.loads(request.categories or "[]"),
        "related": related.id if related else None,
        "persons": [p.person_id for p in request.persons],
        "signatory": _signatory(session, request),
        # The signatory's signed PDF goes with the message (Art. 9.1, 9.3): the requested side
        # keeps the signed original and can check its signature (9.5) without MigDesk.
        "attachments": _files(session, request, None, files)
        + _listed([signed] if (signed := signed_pdf_of(request)) else [], session, files),
    }


def _step_persons(step: RequestStep) -> list[str]:
    records = json.loads(step.details or "{}").get("records", [])
    return [r for r in records if isinstance(r, str)]


def _step_record(
    session: Session, request: Request, step: RequestStep, files: dict[str, Attachment]
) -> dict[str, Any]:
    details = {k: v for k, v in json.loads(step.details or "{}").items() if k in DETAIL_KEYS}
    records = details.pop("records", [])
    return {
        "type": STEP,
        "id": step_key(request.id, step.seq),
        "request_id": request.id,
        "request_number": requester_number(request),
        "seq": step.seq,
        "action": step.action,
        "date": step.on_date.isoformat(),
        "number": step.number,
        "text": step.text,
        "details": details,
        "records": records,
        "attachments": _files(session, request, step.id, files),
    }


@dataclass(frozen=True)
class PendingRequest:
    """A request with something waiting for the partner, as the export window lists it."""

    id: str
    number: str
    kind: str
    direction: str
    message: bool  # the signed message itself goes (and is sent by the write)
    letters: tuple[str, ...]  # actions of our letters that go
    # Of those, the written letters (Art. 10) with no signed letter kept: they would go as
    # records only (a warning; the export does not refuse them).
    unsigned: tuple[str, ...] = ()


def pending_requests(vault: Vault, peer: str) -> list[PendingRequest]:
    """What ``--all-pending`` would send ``peer`` of the requests this user may see."""
    source = RequestSource(vault, (), pending=True)
    found = []
    with vault.read_session() as session:
        sent_requests = exchanged(session, OUT, peer, REQUEST)
        sent_steps = exchanged(session, OUT, peer, STEP)
        for request in source._pending(session, peer, set()):
            planned = source._plan(request, sent_requests, sent_steps, explicit=False)
            if planned is None:
                continue
            actions = {s.seq: s.action for s in request.steps}
            found.append(
                PendingRequest(
                    request.id,
                    request.number,
                    request.kind,
                    request.direction,
                    planned.request_record,
                    tuple(actions[seq] for seq in planned.steps),
                    tuple(s.action for s in unsigned_written(request, planned.steps)),
                )
            )
    return found
