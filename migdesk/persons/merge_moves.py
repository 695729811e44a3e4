"""What a supervisor's merge carries over from the absorbed record to the survivor, besides
its fields: the requests and thematic items that name the person, the family links, the
officers' decisions on pairs, the consent requests about it and a later keep-until date.

Before, these kept the absorbed id, which names no record after the merge: the request's
«Лица» showed a bare id, the family tab of the survivor lost the relatives, and an open
request about the absorbed record no longer held the survivor from destruction (Art. 11.5).
The absorbed record's history stays under its own id (``person_revisions``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from migdesk.models import (
    FamilyLink,
    IncomingConsentRequest,
    Person,
    PersonLink,
    RequestPerson,
    ThematicPerson,
)


@dataclass(frozen=True)
class Moved:
    """How many rows went from the absorbed record to the survivor (for the audit entry)."""

    requests: int
    thematic: int
    family: int
    decisions: int
    consents: int
    keep_until: bool

    def to_json(self) -> dict[str, int | bool]:
        """Flat keys, each labelled in ``security.audit_labels`` (the audit screen)."""
        return {
            "moved_requests": self.requests,
            "moved_thematic": self.thematic,
            "moved_family": self.family,
            "moved_decisions": self.decisions,
            "moved_consents": self.consents,
            "keep_until_extended": self.keep_until,
        }


def move_references(session: Session, survivor: Person, absorbed: Person) -> Moved:
    """Point everything that named ``absorbed`` at ``survivor``, inside the merge's
    transaction. Where the survivor is already named (the same request, the same relative),
    the absorbed record's row goes: one person is named once."""
    old, new = absorbed.id, survivor.id
    return Moved(
        requests=_move_members(
            session,
            session.scalars(
                select(RequestPerson).where(RequestPerson.person_id.in_((old, new)))
            ).all(),
            old,
            new,
        ),
        thematic=_move_members(
            session,
            session.scalars(
                select(ThematicPerson).where(ThematicPerson.person_id.in_((old, new)))
            ).all(),
            old,
            new,
        ),
        family=_move_family(session, old, new),
        decisions=_move_decisions(session, old, new),
        consents=_move_consents(session, old, new),
        keep_until=_keep_later(survivor, absorbed),
    )


def _move_members(
    session: Session, rows: Sequence[RequestPerson | ThematicPerson], old: str, new: str
) -> int:
    """``rows`` name ``old`` or ``new`` inside requests or thematic items (their owners)."""
    owners_of_new = {_owner(row) for row in rows if row.person_id == new}
    moved = 0
    for row in rows:
        if row.person_id != old:
            continue
        if _owner(row) in owners_of_new:
            session.delete(row)
        else:
            row.person_id = new
            moved += 1
    return moved


def _owner(row: RequestPerson | ThematicPerson) -> int:
    return row.request_pk if isinstance(row, RequestPerson) else row.item_pk


def _other(a: str, b: str, me: str) -> str:
    return b if a == me else a


def _move_family(session: Session, old: str, new: str) -> int:
    rows = session.scalars(
        select(FamilyLink).where(or_(FamilyLink.person_id == old, FamilyLink.relative_id == old))
    ).all()
    known = _partners(
        session.execute(
            select(FamilyLink.person_id, FamilyLink.relative_id).where(
                or_(FamilyLink.person_id == new, FamilyLink.relative_id == new)
            )
        ),
        new,
    )
    moved = 0
    for row in rows:
        other = _other(row.person_id, row.relative_id, old)
        if other == new or other in known:
            session.delete(row)  # a link of the person with itself, or one already recorded
            continue
        if row.person_id == old:
            row.person_id = new
        else:
            row.relative_id = new
        known.add(other)
        moved += 1
    return moved


def _move_decisions(session: Session, old: str, new: str) -> int:
    rows = session.scalars(
        select(PersonLink).where(or_(PersonLink.person_id == old, PersonLink.other_id == old))
    ).all()
    known = _partners(
        session.execute(
            select(PersonLink.person_id, PersonLink.other_id).where(
                or_(PersonLink.person_id == new, PersonLink.other_id == new)
            )
        ),
        new,
    )
    moved = 0
    for row in rows:
        other = _other(row.person_id, row.other_id, old)
        if other == new or other in known:
            session.delete(row)
            continue
        # The pair is kept as (smaller id, larger id), as ``record_link`` writes it.
        row.person_id, row.other_id = (new, other) if new < other else (other, new)
        known.add(other)
        moved += 1
    session.flush()
    return moved


def _move_consents(session: Session, old: str, new: str) -> int:
    result = session.execute(
        update(IncomingConsentRequest)
        .where(
            IncomingConsentRequest.record_kind == "person",
            IncomingConsentRequest.record_id == old,
        )
        .values(record_id=new)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _keep_later(survivor: Person, absorbed: Person) -> bool:
    """Both records dated explicitly: the merged one is kept until the later date, so a merge
    never shortens what an officer set. A default date (created + the vault's years) is left
    to the survivor's own creation."""
    if survivor.keep_until is None or absorbed.keep_until is None:
        return False
    if absorbed.keep_until <= survivor.keep_until:
        return False
    survivor.keep_until = absorbed.keep_until
    return True


def _partners(pairs: Iterable[tuple[str, str]], me: str) -> set[str]:
    return {_other(a, b, me) for a, b in pairs}


__all__ = ["Moved", "move_references"]
