"""Officers' decisions on a pair of records: the same person (both records stay, linked: a
received record and ours) or not a duplicate (the registry-wide list stops offering the
pair). Written inside the caller's transaction and audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.errors import NotFound
from migdesk.messages import _
from migdesk.models import Person, PersonLink
from migdesk.security import audit

SAME_PERSON = "same_person"
NOT_DUPLICATE = "not_duplicate"
LINK_KINDS = (SAME_PERSON, NOT_DUPLICATE)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Link:
    person_id: str
    other_id: str
    kind: str
    reason: str | None
    created_by: str
    created_at: datetime


def ordered_pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def link_of(row: PersonLink) -> Link:
    return Link(row.person_id, row.other_id, row.kind, row.reason, row.created_by, row.created_at)


def record_link(
    session: Session,
    user: str,
    person_id: str,
    other_id: str,
    kind: str,
    reason: str | None,
    *,
    score: float | None = None,
) -> Link:
    """Write (or change) the decision on a pair inside the caller's transaction, audited."""
    for pid in (person_id, other_id):
        if session.scalar(select(Person.pk).where(Person.id == pid)) is None:
            raise NotFound(_("Лицо с идентификатором «{pid}» не найдено.").format(pid=pid))
    first, second = ordered_pair(person_id, other_id)
    row = session.scalar(
        select(PersonLink).where(PersonLink.person_id == first, PersonLink.other_id == second)
    )
    if row is None:
        row = PersonLink(person_id=first, other_id=second)
        session.add(row)
    row.kind, row.reason, row.score = kind, (reason or "").strip() or None, score
    row.created_at, row.created_by = _now(), user
    session.flush()
    audit.append(
        session,
        user,
        "person.link" if kind == SAME_PERSON else "person.not_duplicate",
        record_kind="person",
        record_id=person_id,
        details={"other": other_id, "reason": row.reason},
    )
    return link_of(row)
