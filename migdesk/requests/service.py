"""Requests and other messages between the sides (Art. 8, 9, 10): drafting, registration,
the recorded steps, lists and the dashboard.

Every save is one transaction: the request, its registration number, its steps and the
audit entry are written together or not at all. Every read goes through
``can_see_request`` (Art. 11.1); a hidden request is reported exactly like a missing one.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from migdesk.errors import InvalidInput, PermissionDenied
from migdesk.models import (
    JournalEntry,
    Request,
    RequestAssignee,
    RequestAttachment,
    RequestPerson,
    RequestStep,
    Signatory,
    User,
)
from migdesk.requests import journal
from migdesk.requests.access import (
    can_see_request,
    check_signer,
    is_supervisor,
    is_working,
    not_found,
    require_working_role,
)
from migdesk.requests.agreement import check_in_force
from migdesk.requests.authorities import own_authority
from migdesk.requests.checks import Problems, optional_text
from migdesk.requests.contents import check_message, check_pair, check_persons
from migdesk.requests.dates import due_on, today
from migdesk.requests.records import (
    AttachmentInput,
    Created,
    Dashboard,
    DraftInput,
    IncomingInput,
    RequestRow,
    RequestView,
    StepResult,
)
from migdesk.requests.signatories import signatory_valid_on
from migdesk.requests.views import build_view, row_of, visible_requests
from migdesk.requests.workflow import (
    INITIAL,
    INITIAL_INFORMATION_INCOMING,
    LETTERS,
    Action,
    State,
    StepInput,
    awaits_answer,
    check_step,
    is_closed,
    next_state,
    parse_action,
)
from migdesk.security import audit
from migdesk.security.handling import check_use_in_request, request_use_purpose
from migdesk.vault import Vault


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class RequestService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- helpers ---------------------------------------------------------------------------

    def _role(self) -> str | None:
        return self.vault.user_role(self.vault.user)

    def _load(self, session: Session, request_id: str, role: str | None) -> Request:
        request = session.scalar(select(Request).where(Request.id == request_id))
        if request is None or not can_see_request(self.vault.user, role, request):
            raise not_found(request_id)
        return request

    def _visible(self, session: Session, role: str | None) -> list[Request]:
        return visible_requests(session, self.vault.user, role)

    def _related(
        self,
        session: Session,
        related: str | None,
        role: str | None,
        direction: str,
        kind: str,
        *,
        visible_only: bool = True,
    ) -> int | None:
        """The linked message; for 9.5 it went the other way (we doubt what we received).
        A bundle import links whatever the id names: visibility is a matter for readers."""
        if related is None:
            return None
        try:
            if visible_only:
                doubted = self._load(session, related, role)
            else:
                found = session.scalar(select(Request).where(Request.id == related))
                if found is None:
                    raise not_found(related)
                doubted = found
        except InvalidInput:
            raise InvalidInput(f"Сообщение «{related}» не найдено.", "related") from None
        if kind == "confirmation" and doubted.direction == direction:
            raise InvalidInput(
                "Подтверждение запрашивается о сообщении, полученном от другой Стороны "
                "(п. 5 ст. 9).",
                "related",
            )
        return doubted.pk

    def _attach(
        self,
        request: Request,
        items: Iterable[AttachmentInput],
        step_id: int | None = None,
    ) -> None:
        for item in items:
            request.attachments.append(
                RequestAttachment(
                    step_id=step_id,
                    name=item.name.strip(),
                    mime=item.mime.strip(),
                    sha256=hashlib.sha256(item.data).hexdigest(),
                    size=len(item.data),
                    data=item.data,
                )
            )

    def _add_step(
        self,
        session: Session,
        request: Request,
        action: Action,
        to_state: str,
        on: date,
        *,
        text: str | None = None,
        details: dict[str, Any] | None = None,
        their_number: str | None = None,
    ) -> RequestStep:
        step = RequestStep(
            seq=len(request.steps) + 1,
            action=action.value,
            from_state=request.state if request.steps else None,
            to_state=to_state,
            on_date=on,
            at=_now(),
            user=self.vault.user,
            text=text,
            details=json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
            their_number=their_number,
        )
        request.steps.append(step)
        session.flush()
        return step

    # --- creating --------------------------------------------------------------------------

    def create_draft(self, draft: DraftInput) -> Created:
        """An outgoing draft, numbered from our outgoing journal in the same transaction."""
        role = self._role()
        require_working_role(role)
        day = today()
        with self.vault.session() as session:
            check_in_force(session, day)  # Art. 17
            problems = Problems()
            from_code = problems.required(
                "from", draft.from_authority or own_authority(session), "п. 2 ст. 9"
            )
            to_code = problems.required("to", draft.to_authority, "п. 2 ст. 9")
            check_pair(session, problems, from_code, to_code, day, "from")
            check_message(session, problems, draft)
            problems.raise_if_any()
            related_pk = self._related(session, draft.related, role, "outgoing", draft.kind)
            request_id = str(uuid.uuid4())
            entry = journal.allocate(
                session,
                authority=from_code,
                direction="outgoing",
                on=day,
                user=self.vault.user,
                record_kind="request",
                record_id=request_id,
            )
            request = self._new(
                session,
                request_id,
                draft.kind,
                "outgoing",
                INITIAL["outgoing"],
                from_code,
                to_code,
                entry,
                draft.substance,
                draft.purpose,
                draft.justification,
                draft.other_info,
                draft.cover_text,
                draft.categories,
                related_pk,
            )
            self._check_use(session, request, draft.persons)
            self._finish_new(session, request, draft.persons, draft.assignees, draft.attachments)
            self._add_step(session, request, Action.CREATE, request.state, day)
            audit.append(
                session,
                self.vault.user,
                "request.create",
                record_kind="request",
                record_id=request.id,
                details={"kind": draft.kind, "number": request.number},
            )
            return Created(request.id, request.number)

    def receive(self, data: IncomingInput) -> Created:
        """Registers a message from the other side in our incoming journal; a request is due
        30 calendar days from ``received_on`` (Art. 10.3)."""
        role = self._role()
        require_working_role(role)
        with self.vault.session() as session:
            request = self.register_incoming(session, data, role)
            return Created(request.id, request.number)

    def register_incoming(
        self,
        session: Session,
        data: IncomingInput,
        role: str | None,
        *,
        request_id: str | None = None,
        source: dict[str, Any] | None = None,
    ) -> Request:
        """``receive`` inside the caller's transaction. A bundle import passes the id the
        message has on the sending side (so later letters find it) and its ``source``."""
        problems = Problems()
        problems.not_future("received_on", data.received_on)
        if data.their_date is not None and data.their_date > data.received_on:
            problems.add("their_date", "документ не может быть датирован позже поступления")
        from_code = problems.required("from", data.from_authority, "п. 2 ст. 9")
        to_code = problems.required("to", data.to_authority or own_authority(session), "п. 2 ст. 9")
        check_pair(session, problems, from_code, to_code, data.received_on, "to")
        # The persons of a partner's message arrive with it, or not at all (destroyed there).
        check_message(session, problems, replace(data, persons=[]) if source else data)
        problems.raise_if_any()
        related_pk = self._related(
            session, data.related, role, "incoming", data.kind, visible_only=source is None
        )
        request_id = request_id or str(uuid.uuid4())
        entry = journal.allocate(
            session,
            authority=to_code,
            direction="incoming",
            on=data.received_on,
            user=self.vault.user,
            record_kind="request",
            record_id=request_id,
        )
        initial = (
            INITIAL_INFORMATION_INCOMING if data.kind == "information" else INITIAL["incoming"]
        )
        request = self._new(
            session,
            request_id,
            data.kind,
            "incoming",
            initial,
            from_code,
            to_code,
            entry,
            data.substance,
            data.purpose,
            data.justification,
            data.other_info,
            data.cover_text,
            data.categories,
            related_pk,
        )
        request.received_on = data.received_on
        request.due_on = due_on(data.received_on) if data.kind == "request" else None
        request.their_number = optional_text(data.their_number)
        request.their_date = data.their_date
        if initial is State.RECEIVED:
            request.closed_on = data.received_on
        self._finish_new(session, request, data.persons, data.assignees, data.attachments)
        self._add_step(
            session,
            request,
            Action.REGISTER,
            request.state,
            data.received_on,
            their_number=request.their_number,
            details=source,
        )
        audit.append(
            session,
            self.vault.user,
            "request.receive",
            record_kind="request",
            record_id=request.id,
            details={"kind": data.kind, "number": request.number, **(source or {})},
        )
        return request

    def _new(
        self,
        session: Session,
        request_id: str,
        kind: str,
        direction: str,
        state: State,
        from_code: str,
        to_code: str,
        entry: JournalEntry,
        substance: str,
        purpose: str | None,
        justification: str | None,
        other_info: str | None,
        cover_text: str | None,
        categories: list[str],
        related_pk: int | None,
    ) -> Request:
        now = _now()
        request = Request(
            id=request_id,
            kind=kind,
            direction=direction,
            state=state.value,
            from_code=from_code,
            to_code=to_code,
            entry_id=entry.id,
            number=entry.number,
            substance=substance.strip(),
            purpose=optional_text(purpose),
            justification=optional_text(justification),
            other_info=optional_text(other_info),
            cover_text=optional_text(cover_text),
            categories=json.dumps(list(dict.fromkeys(categories))),
            related_pk=related_pk,
            created_at=now,
            created_by=self.vault.user,
            updated_at=now,
        )
        session.add(request)
        session.flush()
        return request

    def _finish_new(
        self,
        session: Session,
        request: Request,
        persons: list[str],
        assignees: list[str],
        attachments: list[AttachmentInput],
    ) -> None:
        for position, person_id in enumerate(persons):
            request.persons.append(RequestPerson(person_id=person_id, position=position))
        for name in dict.fromkeys(assignees):
            request.assignees.append(
                RequestAssignee(user=name, assigned_at=_now(), assigned_by=self.vault.user)
            )
        self._attach(request, attachments)
        session.flush()

    @staticmethod
    def _check_use(session: Session, request: Request, persons: Iterable[str]) -> None:
        """Received persons named in our request or answer serve its purpose (Art. 11.2)."""
        number = (
            request.their_number if request.direction == "incoming" else None
        ) or request.number
        check_use_in_request(
            session,
            "person",
            list(persons),
            request.id,
            request_use_purpose(request.purpose, number),
        )

    def update_draft(self, request_id: str, draft: DraftInput) -> None:
        """Replaces the contents of an unsigned draft (its number and authorities stay;
        new attachments are added). A signed request is never edited: cancel and redraft."""
        role = self._role()
        require_working_role(role)
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            if request.state != State.DRAFT or request.kind != draft.kind:
                raise InvalidInput("Изменять можно только неподписанный проект того же вида.")
            problems = Problems()
            if draft.to_authority != request.to_code:
                problems.add("to", "адресат проекта не меняется; создайте новый проект")
            check_message(session, problems, draft)
            problems.raise_if_any()
            request.related_pk = self._related(session, draft.related, role, "outgoing", draft.kind)
            request.substance = draft.substance.strip()
            request.purpose = optional_text(draft.purpose)
            request.justification = optional_text(draft.justification)
            request.other_info = optional_text(draft.other_info)
            request.cover_text = optional_text(draft.cover_text)
            request.categories = json.dumps(list(dict.fromkeys(draft.categories)))
            self._check_use(session, request, draft.persons)
            request.persons.clear()
            session.flush()
            for position, person_id in enumerate(draft.persons):
                request.persons.append(RequestPerson(person_id=person_id, position=position))
            known = {a.user for a in request.assignees}
            for name in dict.fromkeys(draft.assignees):
                if name not in known:
                    request.assignees.append(
                        RequestAssignee(user=name, assigned_at=_now(), assigned_by=self.vault.user)
                    )
            self._attach(request, draft.attachments)
            request.updated_at = _now()
            audit.append(
                session,
                self.vault.user,
                "request.update",
                record_kind="request",
                record_id=request.id,
            )

    # --- steps -----------------------------------------------------------------------------

    def step(self, request_id: str, step: StepInput) -> StepResult:
        """One Art. 10 step (or sign/send/cancel of a draft), recorded with date, user, text."""
        action = parse_action(step.action)
        if action in (Action.CREATE, Action.REGISTER):
            raise InvalidInput(f"Шаг «{action.value}» записывается при создании.", "action")
        role = self._role()
        require_working_role(role)
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            return self.record_step(session, request, step, role)

    def record_step(
        self,
        session: Session,
        request: Request,
        step: StepInput,
        role: str | None,
        *,
        source: dict[str, Any] | None = None,
    ) -> StepResult:
        """``step`` inside the caller's transaction, on a request already loaded (and, for a
        user's step, already checked as visible). ``source`` names the bundle a partner's
        letter came in; it is kept in the step's details."""
        action = parse_action(step.action)
        target = next_state(request.kind, request.direction, request.state, action)
        text, details = check_step(action, step)
        if source:
            details.update(source)
        on = step.on or today()
        problems = Problems()
        problems.not_future("on", on)
        last = request.steps[-1].on_date
        if on < last:
            problems.add("on", f"раньше предыдущего шага ({last.isoformat()})")
        if source is None:  # a partner's letter may name persons we never had
            check_persons(session, problems, "records", step.records)
        problems.raise_if_any()
        if source is None:  # Art. 11.2: received data in our answer
            self._check_use(session, request, step.records)
        if action is Action.SIGN:
            self._sign(session, request, step.signatory, on, role)
        elif action is Action.SEND:
            if request.signatory_id is None:  # the table already requires SIGNED
                raise InvalidInput("Неподписанный запрос не может быть направлен.", "action")
            check_in_force(session, on)  # Art. 17
            request.sent_on = on
        number = self._letter_number(session, request, action, on)
        row = self._add_step(
            session,
            request,
            action,
            target.value,
            on,
            text=text,
            details=details,
            their_number=optional_text(step.their_number),
        )
        if number is not None:
            row.entry_id, row.number = number.id, number.number
            number.record_id = f"{request.id}#{row.seq}"
        self._attach(request, step.attachments, row.id)
        request.state = target.value
        request.updated_at = _now()
        if is_closed(request.kind, target):
            request.closed_on = on
        session.flush()
        audit.append(
            session,
            self.vault.user,
            "request.step",
            record_kind="request",
            record_id=request.id,
            details={
                "action": action.value,
                "state": target.value,
                "seq": row.seq,
                **(source or {}),
            },
        )
        return StepResult(request.id, target.value, row.seq, row.number)

    def _sign(
        self,
        session: Session,
        request: Request,
        signatory_id: int | None,
        on: date,
        role: str | None,
    ) -> None:
        assert signatory_id is not None  # check_step requires it
        signatory: Signatory = signatory_valid_on(session, signatory_id, request.from_code, on)
        check_signer(session, signatory, self.vault.user, role, author=request.created_by)
        request.signatory_id, request.signed_on = signatory.id, on

    def _letter_number(
        self, session: Session, request: Request, action: Action, on: date
    ) -> JournalEntry | None:
        author = LETTERS[request.direction].get(action)
        if author is None:
            return None
        own = request.to_code if request.direction == "incoming" else request.from_code
        return journal.allocate(
            session,
            authority=own,
            direction="outgoing" if author == "us" else "incoming",
            on=on,
            user=self.vault.user,
            record_kind="step",
            record_id=request.id,
        )

    def add_signed_copy(self, request_id: str, item: AttachmentInput) -> None:
        """A signed PDF of a message already signed joins its ``sign`` step's files (signed
        again: a renewed key, a lost file). Only the signatory's own user adds one."""
        role = self._role()
        require_working_role(role)
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            step = next((s for s in reversed(request.steps) if s.action == Action.SIGN.value), None)
            if step is None or request.signatory_id is None:
                raise InvalidInput("Запрос ещё не подписан.", "action")
            signatory = session.get(Signatory, request.signatory_id)
            if signatory is not None:
                check_signer(session, signatory, self.vault.user, role, author=request.created_by)
            self._attach(request, [item], step.id)
            audit.append(
                session,
                self.vault.user,
                "request.signed_copy",
                record_kind="request",
                record_id=request.id,
                details={"sha256": hashlib.sha256(item.data).hexdigest()},
            )

    def assign(self, request_id: str, user: str) -> None:
        """Adds a user to those working on (and so seeing) the request."""
        role = self._role()
        require_working_role(role)
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            if not is_supervisor(role) and request.created_by != self.vault.user:
                raise PermissionDenied("Назначать исполнителей может руководитель или автор.")
            problems = Problems()
            target = session.get(User, user)
            if target is None or not target.active or not is_working(target.role):
                problems.add("user", f"«{user}» не сотрудник и не руководитель")
            problems.raise_if_any()
            if all(a.user != user for a in request.assignees):
                request.assignees.append(
                    RequestAssignee(user=user, assigned_at=_now(), assigned_by=self.vault.user)
                )
            audit.append(
                session,
                self.vault.user,
                "request.assign",
                record_kind="request",
                record_id=request.id,
                details={"user": user},
            )

    # --- reading ---------------------------------------------------------------------------

    def get(self, request_id: str, *, as_of: date | None = None) -> RequestView:
        day = as_of or today()
        role = self._role()
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            audit.append(
                session,
                self.vault.user,
                "request.view",
                record_kind="request",
                record_id=request.id,
            )
            return build_view(session, request, day)

    def attachment(self, request_id: str, attachment_id: int) -> bytes:
        role = self._role()
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            row = session.scalar(
                select(RequestAttachment)
                .where(
                    RequestAttachment.request_pk == request.pk,
                    RequestAttachment.id == attachment_id,
                )
                .options(undefer(RequestAttachment.data))
            )
            if row is None:
                raise InvalidInput("Вложение не найдено.", "attachments")
            audit.append(
                session,
                self.vault.user,
                "request.attachment",
                record_kind="request",
                record_id=request.id,
                details={"attachment": attachment_id},
            )
            return row.data

    def list(
        self,
        *,
        overdue: bool | None = None,
        as_of: date | None = None,
        direction: str | None = None,
        kind: str | None = None,
    ) -> list[RequestRow]:
        """Requests visible to the user as they stood at the end of ``as_of`` (default today).
        ``overdue=True`` keeps only open incoming requests past their due date."""
        day = as_of or today()
        role = self._role()
        with self.vault.session() as session:
            rows = []
            for request in self._visible(session, role):
                row = row_of(request, day)
                if row is None:
                    continue
                if direction is not None and row.direction != direction:
                    continue
                if kind is not None and row.kind != kind:
                    continue
                if overdue is not None and row.overdue != overdue:
                    continue
                rows.append(row)
            audit.append(
                session,
                self.vault.user,
                "request.list",
                details={
                    "as_of": day.isoformat(),
                    "overdue": overdue,
                    "direction": direction,
                    "kind": kind,
                    "shown": len(rows),
                },
            )
            return rows

    def dashboard(self, as_of: date | None = None) -> Dashboard:
        """What opens on start: incoming by days left (overdue first), outgoing awaiting."""
        day = as_of or today()
        rows = self.list(as_of=day)
        incoming = [r for r in rows if r.direction == "incoming" and not is_closed(r.kind, r.state)]
        incoming.sort(key=lambda r: (r.days_left is None, r.days_left or 0, r.number))
        outgoing = [r for r in rows if r.direction == "outgoing" and awaits_answer(r.kind, r.state)]
        outgoing.sort(key=lambda r: (-(r.waiting_days or 0), r.number))
        return Dashboard(day, incoming, outgoing)
