"""What «kept no longer than its purpose requires» (Art. 11.5) means for each kind of record.

Every kind has a retention period in years (the vault default unless set for the kind) and
a moment its purpose is fulfilled, from which the period counts:

- ``person``: from the record's entry, unless the record carries its own keep-until date
  (set by an officer or by the provider's handling limits). A person named by a request that
  is still being executed is *held*: destroying it would empty that request.
- ``request`` (with its steps — the letters — and their files, signed PDFs included): from
  the day the request was closed (answered, refused, withdrawn, cancelled; received
  information on its receipt). A request still being executed is never due.
- ``attachment``: one file of a closed request (a signed PDF, a document received) may have
  a shorter period of its own; it is listed on its own only when it falls due before its
  request does. Its record id is ``REQUEST_ID/ATTACHMENT_NO``.
- ``thematic``: from entry; a received item keeps the provider's keep-until if it set one.
- ``consent``: a provider's consent asked for or answered (ours or the partner's question):
  at once when the record it concerns is no longer in the vault, otherwise from the decision
  (or the question) — without the record the consent serves no purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.messages import N_, lazy_table
from migdesk.models import (
    DestructionAct,
    HandlingLimits,
    IncomingConsentRequest,
    Person,
    Request,
    RequestAttachment,
    RequestPerson,
    ThematicItem,
    TransferConsent,
)

KINDS = ("person", "request", "attachment", "thematic", "consent")

KIND_LABELS = lazy_table(
    {
        "person": N_("сведения о лице"),
        "request": N_("запрос или письмо с перепиской и вложениями"),
        "attachment": N_("вложение (файл) запроса"),
        "thematic": N_("тематическая информация"),
        "consent": N_("согласие предоставившей стороны"),
    }
)

# From when the period counts, for ``retention rules`` and the window.
RULES = lazy_table(
    {
        "person": N_("с даты ввода записи, если для неё не установлен срок"),
        "request": N_("с даты завершения запроса; исполняемый запрос не уничтожается"),
        "attachment": N_("с даты завершения запроса, если срок вложений короче срока запроса"),
        "thematic": N_(
            "с даты ввода; полученная — до срока, установленного предоставившей стороной"
        ),
        "consent": N_("с даты решения; сразу после уничтожения записи, к которой оно относится"),
    }
)


@dataclass(frozen=True)
class DueRecord:
    record_kind: str
    record_id: str
    keep_until: date
    from_default: bool  # True when no keep-until was set and the kind's period applies
    held_by: tuple[str, ...] = ()  # numbers of requests being executed that need the record


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def open_requests_by_person(session: Session, person_ids: list[str] | None) -> dict[str, list[str]]:
    """Persons named by requests not yet closed, with those requests' numbers."""
    query = (
        select(RequestPerson.person_id, Request.number)
        .join(Request, Request.pk == RequestPerson.request_pk)
        .where(Request.closed_on.is_(None))
        .order_by(Request.number)
    )
    if person_ids is not None:
        query = query.where(RequestPerson.person_id.in_(person_ids))
    held: dict[str, list[str]] = {}
    for person_id, number in session.execute(query):
        held.setdefault(person_id, []).append(number)
    return held


def _provider_limit(session: Session, kind: str, record_id: str) -> date | None:
    return session.scalar(
        select(HandlingLimits.keep_until).where(
            HandlingLimits.record_kind == kind, HandlingLimits.record_id == record_id
        )
    )


# --- keep-until of one record ---------------------------------------------------------------


def person_keep_until(person: Person, years: int) -> tuple[date, bool]:
    if person.keep_until is not None:
        return person.keep_until, False
    return add_years(person.created_at.date(), years), True


def request_keep_until(request: Request, years: int) -> date | None:
    return add_years(request.closed_on, years) if request.closed_on is not None else None


def thematic_keep_until(session: Session, item: ThematicItem, years: int) -> tuple[date, bool]:
    limit = _provider_limit(session, "thematic", item.id)
    if limit is not None:
        return limit, False
    return add_years(item.created_at.date(), years), True


Consent = TransferConsent | IncomingConsentRequest


def _consent_start(consent: Consent) -> date:
    if consent.decided_on is not None:
        return consent.decided_on
    if isinstance(consent, TransferConsent):
        return consent.requested_at.date()
    return consent.received_at.date()


def record_gone_on(session: Session, kind: str, record_id: str) -> date | None:
    """The day a record a consent concerns was destroyed (or today when it is simply not in
    the vault); None while the record is kept."""
    if kind == "person":
        kept = session.scalar(select(Person.pk).where(Person.id == record_id))
    elif kind == "request":
        kept = session.scalar(select(Request.pk).where(Request.id == record_id))
    elif kind == "thematic":
        kept = session.scalar(select(ThematicItem.pk).where(ThematicItem.id == record_id))
    else:
        return None  # a signatory list, a form blank: kept as the register of the exchange
    if kept is not None:
        return None
    act_day = session.scalar(
        select(DestructionAct.act_date)
        .where(DestructionAct.record_kind == kind, DestructionAct.record_id == record_id)
        .order_by(DestructionAct.act_date)
    )
    return act_day or date.today()


def consent_keep_until(session: Session, consent: Consent, years: int) -> tuple[date, bool]:
    gone = record_gone_on(session, consent.record_kind, consent.record_id)
    if gone is not None:
        return gone, False
    return add_years(_consent_start(consent), years), True


# --- the due lists --------------------------------------------------------------------------


def due_persons(session: Session, as_of: date, years: int) -> list[DueRecord]:
    # Without an explicit date a record is due `years` after it was created.
    cutoff_created = datetime.combine(add_years(as_of, -years), datetime.max.time())
    rows = session.execute(
        select(Person.id, Person.keep_until, Person.created_at).where(
            (Person.keep_until <= as_of)
            | (Person.keep_until.is_(None) & (Person.created_at <= cutoff_created))
        )
    ).all()
    held = open_requests_by_person(session, None)  # open requests are few; persons many
    return [
        DueRecord(
            "person",
            pid,
            keep or add_years(created.date(), years),
            keep is None,
            tuple(held.get(pid, ())),
        )
        for pid, keep, created in rows
    ]


def due_requests(session: Session, as_of: date, years: int) -> list[DueRecord]:
    closed_before = add_years(as_of, -years)
    rows = session.execute(
        select(Request.id, Request.closed_on).where(
            Request.closed_on.is_not(None), Request.closed_on <= closed_before
        )
    ).all()
    return [
        DueRecord("request", rid, add_years(closed, years), True)
        for rid, closed in rows
        if closed is not None
    ]


def due_attachments(
    session: Session, as_of: date, years: int, request_years: int
) -> list[DueRecord]:
    if years >= request_years:
        return []  # the files go with their requests
    closed_before = add_years(as_of, -years)
    rows = session.execute(
        select(Request.id, RequestAttachment.id, Request.closed_on)
        .join(RequestAttachment, RequestAttachment.request_pk == Request.pk)
        .where(Request.closed_on.is_not(None), Request.closed_on <= closed_before)
        .order_by(RequestAttachment.id)
    ).all()
    return [
        DueRecord("attachment", f"{rid}/{aid}", add_years(closed, years), True)
        for rid, aid, closed in rows
        # Otherwise the request itself is due and the file goes with it.
        if closed is not None and add_years(closed, request_years) > as_of
    ]


def due_thematic(session: Session, as_of: date, years: int) -> list[DueRecord]:
    due = []
    for item in session.scalars(select(ThematicItem)):
        keep, default = thematic_keep_until(session, item, years)
        if keep <= as_of:
            due.append(DueRecord("thematic", item.id, keep, default))
    return due


def due_consents(session: Session, as_of: date, years: int) -> list[DueRecord]:
    due = []
    consents: list[Consent] = [
        *session.scalars(select(TransferConsent)),
        *session.scalars(select(IncomingConsentRequest)),
    ]
    for consent in consents:
        keep, default = consent_keep_until(session, consent, years)
        if keep <= as_of:
            due.append(DueRecord("consent", consent.id, keep, default))
    return due
