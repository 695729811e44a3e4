"""The recorded steps of a message (Art. 10): signing (Art. 9.3), sending, letters and
their journal numbers, signed copies, assignees.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, PermissionDenied
from migdesk.messages import _
from migdesk.models import (
    JournalEntry,
    Request,
    RequestAssignee,
    Signatory,
    User,
)
from migdesk.requests import journal
from migdesk.requests.access import (
    check_signer,
    is_supervisor,
    is_working,
    require_working_role,
)
from migdesk.requests.agreement import check_in_force
from migdesk.requests.checks import Problems, optional_text
from migdesk.requests.contents import check_persons
from migdesk.requests.dates import today
from migdesk.requests.records import (
    AttachmentInput,
    StepResult,
)
from migdesk.requests.service_base import RequestBase, utc_now
from migdesk.requests.signatories import signatory_valid_on
from migdesk.requests.signed_copy import (
    SIGNATURE_NEEDED,
    UNSIGNED,
    already_signed,
    is_signed_pdf,
    signed_pdf_of,
)
from migdesk.requests.workflow import (
    LETTERS,
    Action,
    StepInput,
    check_step,
    is_closed,
    next_state,
    parse_action,
)
from migdesk.security import audit


class Stepping(RequestBase):
    # --- steps -----------------------------------------------------------------------------

    def step(self, request_id: str, step: StepInput) -> StepResult:
        """One Art. 10 step (or sign/send/cancel of a draft), recorded with date, user, text."""
        action = parse_action(step.action)
        if action in (Action.CREATE, Action.REGISTER):
            raise InvalidInput(
                _("Шаг «{action}» записывается при создании.").format(action=action.value), "action"
            )
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
            problems.add("on", _("раньше предыдущего шага ({date})").format(date=last.isoformat()))
        if source is None:  # a partner's letter may name persons we never had
            check_persons(session, problems, "records", step.records)
        problems.raise_if_any()
        if source is None:  # Art. 11.2: received data in our answer
            self._check_use(session, request, step.records)
        if action is Action.SIGN:
            if not is_signed_pdf(step.signed_pdf):  # issue 13.4: no keyless «подписан»
                raise InvalidInput(_(SIGNATURE_NEEDED), "signature")
            self._sign(session, request, step.signatory, on, role)
        elif action is Action.SEND:
            if request.signatory_id is None:  # the table already requires SIGNED
                raise InvalidInput(_("Неподписанный запрос не может быть направлен."), "action")
            if signed_pdf_of(request) is None:  # signed before signing meant the signature
                raise InvalidInput(_(UNSIGNED).format(number=request.number), "action")
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
        self._attach(session, request, step.attachments, row.id)
        if action is Action.SIGN:
            self._attach(session, request, [step.signed_pdf], row.id)
        request.state = target.value
        request.updated_at = utc_now()
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
        """The signed PDF of a message signed before signing meant the digital signature
        joins its ``sign`` step's files. A message whose signed PDF is kept is not signed
        again (one registered letter, one original). Only the signatory's own user adds one."""
        role = self._role()
        require_working_role(role)
        with self.vault.session() as session:
            request = self._load(session, request_id, role)
            step = next((s for s in reversed(request.steps) if s.action == Action.SIGN.value), None)
            if step is None or request.signatory_id is None:
                raise InvalidInput(_("Запрос ещё не подписан."), "action")
            if refusal := already_signed(session, request):  # checked again in this write
                raise refusal
            signatory = session.get(Signatory, request.signatory_id)
            if signatory is not None:
                check_signer(session, signatory, self.vault.user, role, author=request.created_by)
            self._attach(session, request, [item], step.id)
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
                raise PermissionDenied(_("Назначать исполнителей может руководитель или автор."))
            problems = Problems()
            target = session.get(User, user)
            if target is None or not target.active or not is_working(target.role):
                problems.add("user", _("«{user}» не сотрудник и не руководитель").format(user=user))
            problems.raise_if_any()
            if all(a.user != user for a in request.assignees):
                request.assignees.append(
                    RequestAssignee(user=user, assigned_at=utc_now(), assigned_by=self.vault.user)
                )
            audit.append(
                session,
                self.vault.user,
                "request.assign",
                record_kind="request",
                record_id=request.id,
                details={"user": user},
            )
