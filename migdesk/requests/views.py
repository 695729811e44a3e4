"""Read side of requests: state as of a date, list rows, the full view. Every query starts
from ``visible_requests`` (Art. 11.1)."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.models import Request, Signatory
from migdesk.requests.access import Roles, can_see_request
from migdesk.requests.authorities import view_in
from migdesk.requests.records import AttachmentMeta, RequestRow, RequestView, StepView
from migdesk.requests.workflow import (
    STATE_LABELS,
    State,
    allowed_actions,
    awaits_answer,
    is_closed,
)


def state_on(request: Request, day: date) -> str | None:
    """The state the request was in at the end of ``day``; None if it did not exist yet."""
    state = None
    for step in request.steps:
        if step.on_date > day:
            break
        state = step.to_state
    return state


def visible_requests(session: Session, user: str, role: Roles) -> list[Request]:
    """Every request ``user`` may see: the single gate for lists, dashboards, statistics."""
    rows = session.scalars(select(Request).order_by(Request.pk))
    return [r for r in rows if can_see_request(user, role, r)]


def opened_on(request: Request) -> date:
    return request.steps[0].on_date


def build_view(session: Session, request: Request, day: date) -> RequestView:
    named_on = request.received_on or opened_on(request)
    source, target = (
        view_in(session, request.from_code, named_on),
        view_in(session, request.to_code, named_on),
    )
    signatory = session.get(Signatory, request.signatory_id) if request.signatory_id else None
    related = session.get(Request, request.related_pk) if request.related_pk else None
    seq_of = {s.id: s.seq for s in request.steps}
    row = row_of(request, day)
    return RequestView(
        id=request.id,
        kind=request.kind,
        direction=request.direction,
        state=request.state,
        state_label=STATE_LABELS[State(request.state)],
        number=request.number,
        from_code=request.from_code,
        from_name=source.name.nominative,
        to_code=request.to_code,
        to_name=target.name.nominative,
        to_name_dative=target.name.dative,
        substance=request.substance,
        purpose=request.purpose,
        justification=request.justification,
        other_info=request.other_info,
        cover_text=request.cover_text,
        categories=json.loads(request.categories),
        persons=[p.person_id for p in request.persons],
        related=related.id if related else None,
        their_number=request.their_number,
        their_date=request.their_date,
        received_on=request.received_on,
        due_on=request.due_on,
        days_left=row.days_left if row else None,
        overdue=row.overdue if row else False,
        signatory=f"{signatory.position} {signatory.full_name}" if signatory else None,
        signed_on=request.signed_on,
        sent_on=request.sent_on,
        closed_on=request.closed_on,
        created_at=request.created_at,
        created_by=request.created_by,
        assignees=[a.user for a in request.assignees],
        attachments=[
            AttachmentMeta(
                a.id,
                a.name,
                a.mime,
                a.size,
                a.sha256,
                seq_of.get(a.step_id) if a.step_id else None,
                a.added_at,
                a.signed_letter,
            )
            for a in request.attachments
        ],
        steps=[
            StepView(
                s.seq,
                s.action,
                s.from_state,
                s.to_state,
                s.on_date,
                s.at,
                s.user,
                s.text,
                json.loads(s.details),
                s.number,
                s.their_number,
            )
            for s in request.steps
        ],
        allowed_actions=[
            a.value for a in allowed_actions(request.kind, request.direction, request.state)
        ],
    )


def row_of(request: Request, day: date) -> RequestRow | None:
    """The request's line as of ``day``; None when it did not exist yet on that day."""
    state = state_on(request, day)
    if state is None:
        return None
    is_open = not is_closed(request.kind, state)
    days_left = (request.due_on - day).days if request.due_on and is_open else None
    sent = request.sent_on if request.sent_on and request.sent_on <= day else None
    waiting = (day - sent).days if sent and awaits_answer(request.kind, state) else None
    closed = request.closed_on if not is_open else None
    return RequestRow(
        id=request.id,
        kind=request.kind,
        direction=request.direction,
        state=state,
        number=request.number,
        from_code=request.from_code,
        to_code=request.to_code,
        substance=request.substance,
        received_on=request.received_on,
        due_on=request.due_on,
        sent_on=sent,
        closed_on=closed,
        days_left=days_left,
        overdue=days_left is not None and days_left < 0,
        waiting_days=waiting,
    )
