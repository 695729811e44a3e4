"""Requests and letters from incoming bundles: a partner's message is registered in our
incoming journal under its own id; a partner's letter becomes the matching step of our
request (``request_items`` has the format and the mapping, ``request_fields`` checks the
fields)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select

from migdesk.errors import MigDeskError
from migdesk.exchange import request_fields
from migdesk.exchange.items import (
    Apply,
    ImportScope,
    check_keys,
    invalid,
    register_importer,
)
from migdesk.exchange.keys import own_authority
from migdesk.exchange.letter_check import check_letters, store_letter_checks
from migdesk.exchange.preview import RequestChange
from migdesk.exchange.request_items import (
    DETAIL_KEYS,
    IN,
    REQUEST,
    REQUEST_KEYS,
    STEP,
    STEP_KEYS,
    THEIR_LETTER_AS_OURS,
    exchanged,
    mark,
    partner_of,
    step_key,
)
from migdesk.messages import _
from migdesk.models import Request
from migdesk.requests.checks import Problems
from migdesk.requests.contents import check_message, check_pair
from migdesk.requests.dates import today
from migdesk.requests.records import IncomingInput
from migdesk.requests.vocab import KINDS
from migdesk.requests.workflow import (
    INITIAL,
    INITIAL_INFORMATION_INCOMING,
    STATE_LABELS,
    TRANSITIONS,
    Action,
    State,
    StepInput,
    check_step,
    letter_label,
)

# --- import: requests ------------------------------------------------------------------------


class RequestImporter:
    record_type = REQUEST
    phase = 2  # after persons: the request names them

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        what = _("запрос {number}").format(number=str(record.get("number"))[:40])
        check_keys(number, what, record, REQUEST_KEYS)
        request_id = request_fields.uuid_field(number, what, record.get("id"), "id")
        kind = record.get("kind")
        if not isinstance(kind, str) or kind not in KINDS:
            raise invalid(number, what, _("kind — request, information или confirmation"))
        their_number = request_fields.text_field(number, what, record, "number", required=True)
        if len(their_number) > 64:
            raise invalid(number, what, _("номер длиннее 64 знаков"))
        if record.get("from") != scope.sender:
            raise invalid(
                number, what, _("отправитель запроса не {sender}").format(sender=scope.sender)
            )
        session = scope.session
        own = own_authority(session)
        if record.get("to") != own:
            raise invalid(number, what, _("запрос адресован не {own}").format(own=own))
        categories = record.get("categories") or []
        if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
            raise invalid(number, what, _("categories — список кодов"))
        signatory = record.get("signatory")
        if signatory is not None and not isinstance(signatory, dict):
            raise invalid(number, what, _("signatory — объект"))
        related = record.get("related")
        received = today()
        data = IncomingInput(
            from_authority=scope.sender,
            to_authority=own,
            received_on=received,
            kind=kind,
            substance=request_fields.text_field(number, what, record, "substance", required=True),
            purpose=request_fields.text_field(number, what, record, "purpose", required=False),
            justification=request_fields.text_field(
                number, what, record, "justification", required=False
            ),
            other_info=request_fields.text_field(
                number, what, record, "other_info", required=False
            ),
            cover_text=request_fields.text_field(
                number, what, record, "cover_text", required=False
            ),
            related=None
            if related is None
            else request_fields.uuid_field(number, what, related, "related"),
            their_number=their_number,
            their_date=min(
                request_fields.date_field(number, what, record.get("date"), "date"), received
            ),
            persons=request_fields.person_ids(
                scope, number, what, record.get("persons"), "persons"
            ),
            categories=list(categories),
            attachments=request_fields.attachment_inputs(
                scope, number, what, record.get("attachments")
            ),
        )
        existing = session.scalar(select(Request).where(Request.id == request_id))
        change = RequestChange(request_id, their_number, kind, "new")
        if existing is not None:
            if existing.direction != "incoming" or existing.from_code != scope.sender:
                raise invalid(number, what, _("идентификатор совпадает с другим сообщением"))
            scope.preview.requests.append(
                RequestChange(request_id, their_number, kind, "unchanged")
            )
            return None
        self._check(scope, number, what, data)
        self._warn_hand_registered(scope, their_number)
        initial = INITIAL_INFORMATION_INCOMING if kind == "information" else INITIAL["incoming"]
        request_fields.import_states(scope)[request_id] = (kind, "incoming", initial.value)
        scope.preview.requests.append(change)
        source = {"bundle_id": scope.bundle_id, "from": scope.sender}
        if isinstance(signatory, dict):
            source["signatory"] = " ".join(
                str(signatory.get(k, ""))[:200] for k in ("position", "name")
            ).strip()

        def apply() -> None:
            request_fields.request_service(scope).register_incoming(
                session, data, None, request_id=request_id, source=source
            )
            mark(session, IN, scope.sender, REQUEST, request_id, scope.bundle_id)

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
                problems.add("related", _("сообщение, о котором спрашивают, здесь не отправлялось"))
        try:
            problems.raise_if_any()
        except MigDeskError as exc:
            raise request_fields.refused(number, what, exc) from exc

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
                _(
                    "Сообщение № {their_number} от {sender} уже зарегистрировано "
                    "вручную под № {number}: проверьте, не дублируется ли оно."
                ).format(their_number=their_number, sender=scope.sender, number=twin.number)
            )


# --- import: letters -------------------------------------------------------------------------


class RequestStepImporter:
    record_type = STEP
    phase = 3  # after the requests of the same bundle

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        what = _("письмо по запросу {number}").format(number=str(record.get("request_number"))[:40])
        check_keys(number, what, record, STEP_KEYS)
        request_id = request_fields.uuid_field(number, what, record.get("request_id"), "request_id")
        seq = record.get("seq")
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
            raise invalid(number, what, _("seq — целое число больше нуля"))
        key = step_key(request_id, seq)
        if record.get("id") != key:
            raise invalid(number, what, _("id — «запрос#номер шага»"))
        their_number = request_fields.text_field(number, what, record, "number", required=False)
        request_number = request_fields.text_field(
            number, what, record, "request_number", required=False
        )
        session = scope.session
        found = self._find(scope, request_id, request_number)
        if found is None:
            raise invalid(
                number,
                what,
                _(
                    "запроса {number} нет в хранилище; сначала загрузите пакет с "
                    "самим запросом или зарегистрируйте его"
                ).format(number=request_number or request_id),
            )
        local_id, (kind, direction, state) = found
        try:
            sent_action = Action(str(record.get("action")))
        except ValueError:
            raise invalid(number, what, _("неизвестный вид письма")) from None
        action = THEIR_LETTER_AS_OURS[direction].get(sent_action)
        if action is None:
            raise invalid(
                number,
                what,
                _("«{action}» не письмо другой Стороны").format(action=sent_action.value),
            )
        step = self._step_input(scope, number, what, record, action, their_number)
        change = RequestChange(local_id, request_number or "", kind, "step", action.value)
        if key in exchanged(session, IN, scope.sender, STEP):
            scope.preview.requests.append(
                RequestChange(local_id, change.number, kind, "unchanged", action.value)
            )
            return None
        target = TRANSITIONS[(kind, direction)].get((State(state), action))
        if target is None:
            scope.preview.warnings.append(
                _(
                    "{letter} по запросу № {number} не записано: запрос уже в "
                    "состоянии «{state}» (возможно, письмо записано вручную с "
                    "бумажного экземпляра)."
                ).format(
                    letter=letter_label(action.value).capitalize(),
                    number=change.number,
                    state=STATE_LABELS[State(state)],
                )
            )
            scope.preview.requests.append(
                RequestChange(local_id, change.number, kind, "skipped", action.value)
            )
            return lambda: mark(session, IN, scope.sender, STEP, key, scope.bundle_id)
        # The partner's signed letter is checked before anything is kept (Art. 9.5, 10).
        letters = check_letters(scope, number, what, step.attachments)
        request_fields.import_states(scope)[local_id] = (kind, direction, target.value)
        scope.preview.requests.append(change)
        source = {"bundle_id": scope.bundle_id, "their_date": step.their_date}

        def apply() -> None:
            request = session.scalar(select(Request).where(Request.id == local_id))
            assert request is not None  # found in the plan, or registered by this import
            step.on = max(today(), request.steps[-1].on_date)
            request_fields.request_service(scope).record_step(
                session,
                request,
                step,
                None,
                source={k: v.isoformat() if isinstance(v, date) else v for k, v in source.items()},
            )
            store_letter_checks(scope, local_id, letters)
            mark(session, IN, scope.sender, STEP, key, scope.bundle_id)

        return apply

    def _find(
        self, scope: ImportScope, request_id: str, request_number: str | None
    ) -> tuple[str, tuple[str, str, str]] | None:
        states = request_fields.import_states(scope)
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
            raise invalid(number, what, _("details — объект"))
        check_keys(number, what, details, DETAIL_KEYS)
        until = details.get("until")
        grounds = details.get("grounds") or []
        if not isinstance(grounds, list) or not all(isinstance(g, str) for g in grounds):
            raise invalid(number, what, _("grounds — список"))
        for key in ("reasons", "answered", "not_answered", "proceedings", "mode", "conditions"):
            request_fields.text_field(number, what, details, key, required=False)
        step = StepInput(
            action=action.value,
            text=request_fields.text_field(number, what, record, "text", required=False),
            reasons=details.get("reasons"),
            grounds=list(grounds),
            answered=details.get("answered"),
            not_answered=details.get("not_answered"),
            proceedings=details.get("proceedings"),
            mode=details.get("mode"),
            conditions=details.get("conditions"),
            until=None
            if until is None
            else request_fields.date_field(number, what, until, "until"),
            records=request_fields.person_ids(
                scope, number, what, record.get("records"), "records"
            ),
            their_number=their_number,
            their_date=request_fields.date_field(number, what, record.get("date"), "date"),
            attachments=request_fields.attachment_inputs(
                scope, number, what, record.get("attachments"), steps=True
            ),
        )
        try:
            check_step(action, step)
        except MigDeskError as exc:
            raise request_fields.refused(number, what, exc) from exc
        return step


register_importer(RequestImporter())
register_importer(RequestStepImporter())
