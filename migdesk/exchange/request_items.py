"""Requests and the letters about them in bundles (Art. 8, 9, 10).

Records::

    {"type": "request", "id": UUID, "kind": "request" | "information" | "confirmation",
     "from": CODE, "to": CODE, "number": …, "date": "YYYY-MM-DD", "substance": …,
     "purpose": …, "justification": …, "other_info": …, "cover_text": …,
     "categories": [CODE…], "related": UUID | null, "persons": [UUID…],
     "signatory": {"name": …, "position": …} | null, "attachments": [ATTACHMENT…]}
    {"type": "request_step", "id": "UUID#SEQ", "request_id": UUID, "request_number": …,
     "seq": N, "action": …, "date": "YYYY-MM-DD", "number": … | null, "text": … | null,
     "details": {…}, "records": [UUID…], "attachments": [ATTACHMENT…]}
    ATTACHMENT = {"file": NAME IN BUNDLE, "name": …, "mime": …, "sha256": …}

The request keeps its id on both sides, so a later letter finds it; ``request_number`` is
the requester's registration number, which finds a request the other side registered by
hand from paper. A step record is a letter written by the sending side (``LETTERS``); on
import it becomes the matching step on our side (their ``more-info-sent`` is our
``more-info-received``), registered in our incoming journal with their number and date.
Persons the request names, or the answer passes, travel as ``person`` records beside it,
under the request's purpose and with ``request_id`` in their handling limits.

What went out and what came in is kept in ``exchange_items``: ``--all-pending`` sends what
has not gone yet, and a letter that arrives twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from migdesk.bundles import Attachment
from migdesk.errors import InvalidInput, MigDeskError
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.items import (
    Apply,
    ImportScope,
    OutgoingItems,
    WrittenBundle,
    check_keys,
    invalid,
    register_importer,
)
from migdesk.exchange.keys import now_utc, own_authority
from migdesk.exchange.person_items import _load as load_person
from migdesk.exchange.person_items import outgoing_json
from migdesk.exchange.preview import RequestChange
from migdesk.models import ExchangedItem, Request, RequestAttachment, RequestStep, Signatory
from migdesk.requests.access import can_see_request
from migdesk.requests.checks import Problems
from migdesk.requests.contents import check_message, check_pair
from migdesk.requests.dates import today
from migdesk.requests.records import AttachmentInput, IncomingInput
from migdesk.requests.service import RequestService
from migdesk.requests.vocab import KINDS
from migdesk.requests.workflow import (
    INITIAL,
    INITIAL_INFORMATION_INCOMING,
    LETTERS,
    TRANSITIONS,
    Action,
    State,
    StepInput,
    check_step,
)
from migdesk.security import audit
from migdesk.security.handling import check_transfer
from migdesk.vault import Vault

REQUEST, STEP = "request", "request_step"
OUT, IN = "out", "in"
_REQUEST_KEYS = {
    "type",
    "id",
    "kind",
    "from",
    "to",
    "number",
    "date",
    "substance",
    "purpose",
    "justification",
    "other_info",
    "cover_text",
    "categories",
    "related",
    "persons",
    "signatory",
    "attachments",
}
_STEP_KEYS = {
    "type",
    "id",
    "request_id",
    "request_number",
    "seq",
    "action",
    "date",
    "number",
    "text",
    "details",
    "records",
    "attachments",
}
_DETAIL_KEYS = {
    "reasons",
    "grounds",
    "answered",
    "not_answered",
    "proceedings",
    "mode",
    "conditions",
    "until",
    "records",
}
_ATTACHMENT_KEYS = {"file", "name", "mime", "sha256"}
# A letter of the other side on a request becomes this step on ours.
_THEIR_LETTER_AS_OURS = {
    "outgoing": {
        a: a
        for a in (
            Action.MORE_INFO,
            Action.OBSTACLE,
            Action.POSTPONE,
            Action.RESUME,
            Action.ANSWER,
            Action.REFUSE,
            Action.PARTIAL_REFUSE,
        )
    },
    "incoming": {
        Action.MORE_INFO_SENT: Action.MORE_INFO_RECEIVED,
        Action.WITHDRAW: Action.WITHDRAW,
    },
}
_MAX_TEXT = 1_000_000


def partner_of(request: Request) -> str:
    return request.to_code if request.direction == "outgoing" else request.from_code


def requester_number(request: Request) -> str | None:
    """The number the requesting side gave the request: the key both sides know."""
    return request.number if request.direction == "outgoing" else request.their_number


def is_our_letter(request: Request, step: RequestStep) -> bool:
    return LETTERS[request.direction].get(Action(step.action)) == "us"


def step_key(request_id: str, seq: int) -> str:
    return f"{request_id}#{seq}"


def _exchanged(session: Session, direction: str, peer: str, item_type: str) -> set[str]:
    stmt = select(ExchangedItem.item_key).where(
        ExchangedItem.direction == direction,
        ExchangedItem.peer == peer,
        ExchangedItem.item_type == item_type,
    )
    return set(session.scalars(stmt))


def _mark(session: Session, direction: str, peer: str, kind: str, key: str, bundle: str) -> None:
    session.add(
        ExchangedItem(
            direction=direction,
            peer=peer,
            item_type=kind,
            item_key=key,
            bundle_id=bundle,
            at=now_utc(),
        )
    )


# --- export ----------------------------------------------------------------------------------


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

    def collect(self, session: Session, peer: str) -> OutgoingItems:
        items = OutgoingItems()
        chosen = [self._load(session, rid, peer) for rid in self.request_ids]
        if self.pending:
            chosen.extend(self._pending(session, peer, {r.id for r in chosen}))
        sent_requests = _exchanged(session, OUT, peer, REQUEST)
        sent_steps = _exchanged(session, OUT, peer, STEP)
        files: dict[str, Attachment] = {}
        persons: dict[str, dict[str, Any]] = {}
        for request in chosen:
            planned = self._plan(request, sent_requests, sent_steps, explicit=not self.pending)
            if planned is None:
                continue
            self._planned.append(planned)
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
        if self._planned:
            items.after_written.append(self._written)
        return items

    def _load(self, session: Session, request_id: str, peer: str) -> Request:
        request = session.scalar(select(Request).where(Request.id == request_id))
        if request is None or not can_see_request(self.user, self.role, request):
            raise InvalidInput(f"Запрос «{request_id}» не найден.", "request")
        if partner_of(request) != peer:
            raise InvalidInput(
                f"Запрос № {request.number} ведётся с {partner_of(request)}, а пакет "
                f"адресован {peer}.",
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
                        f"Запрос № {request.number} не подписан (п. 3 ст. 9): сначала "
                        "подпишите его.",
                    )
                return None
            # Pending means signed and waiting; one sent on paper goes only when chosen.
            if request.state == State.SIGNED or (explicit and request.state != State.CANCELLED):
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
                f"По запросу № {request.number} нечего отправлять: он и все письма по нему уже "
                "отправлены в пакетах.",
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
        purpose = request.purpose or f"запрос № {requester_number(request) or request.number}"
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
                _mark(session, OUT, written.peer, REQUEST, request.id, written.bundle_id)
            for seq in planned.steps:
                _mark(
                    session, OUT, written.peer, STEP, step_key(request.id, seq), written.bundle_id
                )
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
        .options(undefer(RequestAttachment.data))
        .order_by(RequestAttachment.id)
    )
    listed = []
    for row in rows:
        name = f"att-{row.sha256}"  # by content: the same file twice travels once
        if name not in files:
            files[name] = Attachment.from_bytes(name, row.data, row.mime)
        listed.append({"file": name, "name": row.name, "mime": row.mime, "sha256": row.sha256})
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
        "attachments": _files(session, request, None, files),
    }


def _step_persons(step: RequestStep) -> list[str]:
    records = json.loads(step.details or "{}").get("records", [])
    return [r for r in records if isinstance(r, str)]


def _step_record(
    session: Session, request: Request, step: RequestStep, files: dict[str, Attachment]
) -> dict[str, Any]:
    details = {k: v for k, v in json.loads(step.details or "{}").items() if k in _DETAIL_KEYS}
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


# --- import: parsing -------------------------------------------------------------------------


def _text(number: int, what: str, record: dict[str, Any], key: str, *, required: bool) -> Any:
    value = record.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > _MAX_TEXT:
        raise invalid(number, what, f"поле {key} — непустая строка")
    return value


def _uuid(number: int, what: str, value: Any, key: str) -> str:
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise invalid(number, what, f"{key} — UUID")


def _day(number: int, what: str, value: Any, key: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise invalid(number, what, f"{key} — дата ГГГГ-ММ-ДД") from None


def _ids(number: int, what: str, value: Any, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid(number, what, f"{key} — список")
    return [_uuid(number, what, v, key) for v in value]


def _attachments(scope: ImportScope, number: int, what: str, value: Any) -> list[AttachmentInput]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid(number, what, "attachments — список")
    found = []
    for item in value:
        if not isinstance(item, dict):
            raise invalid(number, what, "вложение — объект")
        check_keys(number, what, item, _ATTACHMENT_KEYS)
        name, mime, digest = item.get("name"), item.get("mime"), item.get("sha256")
        data = scope.attachments.get(str(item.get("file")))
        if not (isinstance(name, str) and isinstance(mime, str) and isinstance(digest, str)):
            raise invalid(number, what, "у вложения нужны name, mime и sha256")
        if data is None or hashlib.sha256(data).hexdigest() != digest:
            raise invalid(number, what, f"вложение «{name[:80]}» отсутствует в пакете или изменено")
        found.append(AttachmentInput(name, mime, data))
    return found


def _refused(number: int, what: str, exc: MigDeskError) -> ExchangeRefused:
    return invalid(number, what, str(exc).removeprefix("Запись не сохранена: "))


# --- import: requests ------------------------------------------------------------------------


def _service(scope: ImportScope) -> RequestService:
    assert scope.vault is not None  # import_bundle always passes it
    return RequestService(scope.vault)


def _states(scope: ImportScope) -> dict[str, tuple[str, str, str]]:
    """Requests as this import leaves them (kind, direction, state), for the letters that
    follow in the same bundle."""
    states: dict[str, tuple[str, str, str]] = scope.extras.setdefault("request_states", {})
    return states


class RequestImporter:
    record_type = REQUEST
    phase = 2  # after persons: the request names them

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        what = f"запрос {str(record.get('number'))[:40]}"
        check_keys(number, what, record, _REQUEST_KEYS)
        request_id = _uuid(number, what, record.get("id"), "id")
        kind = record.get("kind")
        if kind not in KINDS:
            raise invalid(number, what, "kind — request, information или confirmation")
        their_number = _text(number, what, record, "number", required=True)
        if len(their_number) > 64:
            raise invalid(number, what, "номер длиннее 64 знаков")
        if record.get("from") != scope.sender:
            raise invalid(number, what, f"отправитель запроса не {scope.sender}")
        session = scope.session
        own = own_authority(session)
        if record.get("to") != own:
            raise invalid(number, what, f"запрос адресован не {own}")
        categories = record.get("categories") or []
        if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
            raise invalid(number, what, "categories — список кодов")
        signatory = record.get("signatory")
        if signatory is not None and not isinstance(signatory, dict):
            raise invalid(number, what, "signatory — объект")
        related = record.get("related")
        received = today()
        data = IncomingInput(
            from_authority=scope.sender,
            to_authority=own,
            received_on=received,
            kind=kind,
            substance=_text(number, what, record, "substance", required=True),
            purpose=_text(number, what, record, "purpose", required=False),
            justification=_text(number, what, record, "justification", required=False),
            other_info=_text(number, what, record, "other_info", required=False),
            cover_text=_text(number, what, record, "cover_text", required=False),
            related=None if related is None else _uuid(number, what, related, "related"),
            their_number=their_number,
            their_date=min(_day(number, what, record.get("date"), "date"), received),
            persons=_ids(number, what, record.get("persons"), "persons"),
            categories=list(categories),
            attachments=_attachments(scope, number, what, record.get("attachments")),
        )
        existing = session.scalar(select(Request).where(Request.id == request_id))
        change = RequestChange(request_id, their_number, kind, "new")
        if existing is not None:
            if existing.direction != "incoming" or existing.from_code != scope.sender:
                raise invalid(number, what, "идентификатор совпадает с другим сообщением")
            scope.preview.requests.append(
                RequestChange(request_id, their_number, kind, "unchanged")
            )
            return None
        self._check(scope, number, what, data)
        self._warn_hand_registered(scope, their_number)
        initial = INITIAL_INFORMATION_INCOMING if kind == "information" else INITIAL["incoming"]
        _states(scope)[request_id] = (kind, "incoming", initial.value)
        scope.preview.requests.append(change)
        source = {"bundle_id": scope.bundle_id, "from": scope.sender}
        if isinstance(signatory, dict):
            source["signatory"] = " ".join(
                str(signatory.get(k, ""))[:200] for k in ("position", "name")
            ).strip()

        def apply() -> None:
            _service(scope).register_incoming(
                session, data, None, request_id=request_id, source=source
            )
            _mark(session, IN, scope.sender, REQUEST, request_id, scope.bundle_id)

        return apply

    def _check(self, scope: ImportScope, number: int, what: str, data: IncomingInput) -> None:
        problems = Problems()
        check_pair(
            scope.session,
            problems,
            data.from_authority,
            data.to_authority or "",
            data.received_on,
            "to",
        )
        check_message(scope.session, problems, replace(data, persons=[]))
        if data.related is not None:
            doubted = scope.session.scalar(select(Request).where(Request.id == data.related))
            if doubted is None or doubted.direction != "outgoing":
                problems.add("related", "сообщение, о котором спрашивают, здесь не отправлялось")
        try:
            problems.raise_if_any()
        except MigDeskError as exc:
            raise _refused(number, what, exc) from exc

    def _warn_hand_registered(self, scope: ImportScope, their_number: str) -> None:
        twin = scope.session.scalar(
            select(Request).where(
                Request.direction == "incoming",
                Request.from_code == scope.sender,
                Request.their_number == their_number,
            )
        )
        if twin is not None:
            scope.preview.warnings.append(
                f"Сообщение № {their_number} от {scope.sender} уже зарегистрировано вручную "
                f"под № {twin.number}: проверьте, не дублируется ли оно."
            )


# --- import: letters -------------------------------------------------------------------------


class RequestStepImporter:
    record_type = STEP
    phase = 3  # after the requests of the same bundle

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        what = f"письмо по запросу {str(record.get('request_number'))[:40]}"
        check_keys(number, what, record, _STEP_KEYS)
        request_id = _uuid(number, what, record.get("request_id"), "request_id")
        seq = record.get("seq")
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
            raise invalid(number, what, "seq — целое число больше нуля")
        key = step_key(request_id, seq)
        if record.get("id") != key:
            raise invalid(number, what, "id — «запрос#номер шага»")
        their_number = _text(number, what, record, "number", required=False)
        request_number = _text(number, what, record, "request_number", required=False)
        session = scope.session
        found = self._find(scope, request_id, request_number)
        if found is None:
            raise invalid(
                number,
                what,
                f"запроса {request_number or request_id} нет в хранилище; сначала загрузите "
                "пакет с самим запросом или зарегистрируйте его",
            )
        local_id, (kind, direction, state) = found
        try:
            sent_action = Action(str(record.get("action")))
        except ValueError:
            raise invalid(number, what, "неизвестный вид письма") from None
        action = _THEIR_LETTER_AS_OURS[direction].get(sent_action)
        if action is None:
            raise invalid(number, what, f"«{sent_action.value}» не письмо другой Стороны")
        step = self._step_input(scope, number, what, record, action, their_number)
        change = RequestChange(local_id, request_number or "", kind, "step", action.value)
        if key in _exchanged(session, IN, scope.sender, STEP):
            scope.preview.requests.append(
                RequestChange(local_id, change.number, kind, "unchanged", action.value)
            )
            return None
        target = TRANSITIONS[(kind, direction)].get((State(state), action))
        if target is None:
            scope.preview.warnings.append(
                f"Письмо «{action.value}» по запросу № {change.number} не записано: запрос уже "
                f"в состоянии «{state}» (возможно, письмо записано вручную)."
            )
            scope.preview.requests.append(
                RequestChange(local_id, change.number, kind, "skipped", action.value)
            )
            return lambda: _mark(session, IN, scope.sender, STEP, key, scope.bundle_id)
        _states(scope)[local_id] = (kind, direction, target.value)
        scope.preview.requests.append(change)
        source = {"bundle_id": scope.bundle_id, "their_date": step.their_date}

        def apply() -> None:
            request = session.scalar(select(Request).where(Request.id == local_id))
            assert request is not None  # found in the plan, or registered by this import
            step.on = max(today(), request.steps[-1].on_date)
            _service(scope).record_step(
                session,
                request,
                step,
                None,
                source={k: v.isoformat() if isinstance(v, date) else v for k, v in source.items()},
            )
            _mark(session, IN, scope.sender, STEP, key, scope.bundle_id)

        return apply

    def _find(
        self, scope: ImportScope, request_id: str, request_number: str | None
    ) -> tuple[str, tuple[str, str, str]] | None:
        states = _states(scope)
        if request_id in states:
            return request_id, states[request_id]
        session = scope.session
        request = session.scalar(select(Request).where(Request.id == request_id))
        if request is None and request_number:
            # Registered by hand from paper: the requester's number still names it.
            request = session.scalar(
                select(Request).where(
                    ((Request.direction == "outgoing") & (Request.number == request_number))
                    | ((Request.direction == "incoming") & (Request.their_number == request_number))
                )
            )
        if request is None or partner_of(request) != scope.sender:
            return None
        states[request.id] = (request.kind, request.direction, request.state)
        return request.id, states[request.id]

    def _step_input(
        self,
        scope: ImportScope,
        number: int,
        what: str,
        record: dict[str, Any],
        action: Action,
        their_number: str | None,
    ) -> StepInput:
        details = record.get("details") or {}
        if not isinstance(details, dict):
            raise invalid(number, what, "details — объект")
        check_keys(number, what, details, _DETAIL_KEYS)
        until = details.get("until")
        grounds = details.get("grounds") or []
        if not isinstance(grounds, list) or not all(isinstance(g, str) for g in grounds):
            raise invalid(number, what, "grounds — список")
        for key in ("reasons", "answered", "not_answered", "proceedings", "mode", "conditions"):
            _text(number, what, details, key, required=False)
        step = StepInput(
            action=action.value,
            text=_text(number, what, record, "text", required=False),
            reasons=details.get("reasons"),
            grounds=list(grounds),
            answered=details.get("answered"),
            not_answered=details.get("not_answered"),
            proceedings=details.get("proceedings"),
            mode=details.get("mode"),
            conditions=details.get("conditions"),
            until=None if until is None else _day(number, what, until, "until"),
            records=_ids(number, what, record.get("records"), "records"),
            their_number=their_number,
            their_date=_day(number, what, record.get("date"), "date"),
            attachments=_attachments(scope, number, what, record.get("attachments")),
        )
        try:
            check_step(action, step)
        except MigDeskError as exc:
            raise _refused(number, what, exc) from exc
        return step


register_importer(RequestImporter())
register_importer(RequestStepImporter())
