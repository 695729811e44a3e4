"""Creating messages (Art. 8, 9): outgoing drafts numbered from our journal, incoming
messages registered with their due date (Art. 10.3), and editing an unsigned draft.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput
from migdesk.messages import _
from migdesk.models import (
    JournalEntry,
    Request,
    RequestAssignee,
    RequestPerson,
)
from migdesk.requests import journal
from migdesk.requests.access import (
    not_found,
    require_working_role,
)
from migdesk.requests.agreement import check_in_force
from migdesk.requests.authorities import own_authority
from migdesk.requests.checks import Problems, optional_text
from migdesk.requests.contents import check_message, check_pair
from migdesk.requests.dates import due_on, today
from migdesk.requests.records import (
    AttachmentInput,
    Created,
    DraftInput,
    IncomingInput,
)
from migdesk.requests.service_base import RequestBase, utc_now
from migdesk.requests.workflow import (
    INITIAL,
    INITIAL_INFORMATION_INCOMING,
    Action,
    State,
)
from migdesk.security import audit


class Drafting(RequestBase):
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
            raise InvalidInput(
                _("Сообщение «{related}» не найдено.").format(related=related), "related"
            ) from None
        if kind == "confirmation" and doubted.direction == direction:
            raise InvalidInput(
                _(
                    "Подтверждение запрашивается о сообщении, полученном от другой "
                    "Стороны (п.\u00a05 ст.\u00a09)."
                ),
                "related",
            )
        return doubted.pk

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
                "from", draft.from_authority or own_authority(session), _("п. 2 ст. 9")
            )
            to_code = problems.required("to", draft.to_authority, _("п. 2 ст. 9"))
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
            problems.add("their_date", _("документ не может быть датирован позже поступления"))
        from_code = problems.required("from", data.from_authority, _("п. 2 ст. 9"))
        to_code = problems.required(
            "to", data.to_authority or own_authority(session), _("п. 2 ст. 9")
        )
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
        now = utc_now()
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
                RequestAssignee(user=name, assigned_at=utc_now(), assigned_by=self.vault.user)
            )
        self._attach(session, request, attachments)
        session.flush()

    def update_draft(self, request_id: str, draft: DraftInput) -> None:
        """Replaces the contents of an unsigned draft (its number and authorities stay;
        new attachments are added). A signed request is never edited: cancel and redraft."""
        role = self._role()
        require_working_role(role)
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            if request.state != State.DRAFT or request.kind != draft.kind:
                raise InvalidInput(_("Изменять можно только неподписанный проект того же вида."))
            problems = Problems()
            if draft.to_authority != request.to_code:
                problems.add("to", _("адресат проекта не меняется; создайте новый проект"))
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
                        RequestAssignee(
                            user=name, assigned_at=utc_now(), assigned_by=self.vault.user
                        )
                    )
            self._attach(session, request, draft.attachments)
            request.updated_at = utc_now()
            audit.append(
                session,
                self.vault.user,
                "request.update",
                record_kind="request",
                record_id=request.id,
            )
