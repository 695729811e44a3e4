"""Family links between persons (Art. 1: protection of citizens' rights; Art. 3.1(4): legal
status questions). Whose spouse, child or parent a person is decides the residence rights
of family members, so a relative is listed with their residence permits and right to work.

One stored row per pair (``FamilyLink``); from the relative's side the inverse relation is
read (a child's parent, a parent's child, a spouse's spouse).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, NotFound
from migdesk.messages import N_, _, lazy_table
from migdesk.models import FamilyLink, Person, ResidencePermit
from migdesk.persons.labels import PERMIT_KINDS
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

RELATIONS = lazy_table(
    {
        "spouse": N_("супруг (супруга)"),
        "child": N_("ребёнок"),
        "parent": N_("родитель"),
        "other": N_("иной член семьи"),
    }
)
INVERSE = {"spouse": "spouse", "child": "parent", "parent": "child", "other": "other"}


@dataclass(frozen=True)
class Right:
    """One residence permit or right to work of a relative (Art. 5.1.2)."""

    kind: str
    label: str
    country: str | None
    valid_until: str | None


@dataclass(frozen=True)
class Relative:
    relative_id: str
    relation: str  # what the relative is to the person
    label: str
    name: str
    rights: tuple[Right, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "relative_id": self.relative_id,
            "relation": self.relation,
            "relation_label": self.label,
            "name": self.name,
            "rights": [
                {
                    "kind": r.kind,
                    "label": r.label,
                    "country": r.country,
                    "valid_until": r.valid_until,
                }
                for r in self.rights
            ],
        }


def check_relation(relation: str) -> str:
    if relation not in RELATIONS:
        allowed = ", ".join(f"{code} ({label})" for code, label in RELATIONS.items())
        raise InvalidInput(
            _("Неизвестная степень родства «{relation}»; допустимы: {allowed}.").format(
                relation=relation, allowed=allowed
            )
        )
    return relation


def person_name(person: Person) -> str:
    """«Фамилия Имя Отчество» in Cyrillic, else the Latin name."""
    parts = (person.surname_ru, person.given_name_ru, person.patronymic_ru)
    ru = " ".join(p for p in parts if p)
    if ru:
        return ru
    return " ".join(p for p in (person.surname_lat, person.given_name_lat) if p) or "—"


def _pair(session: Session, a: str, b: str) -> FamilyLink | None:
    return session.scalar(
        select(FamilyLink).where(
            or_(
                (FamilyLink.person_id == a) & (FamilyLink.relative_id == b),
                (FamilyLink.person_id == b) & (FamilyLink.relative_id == a),
            )
        )
    )


def link_state(session: Session, person_id: str, relative_id: str, relation: str) -> str:
    """What :func:`link` would do: ``new``, ``unchanged`` (the same link is recorded) or
    ``replaced`` (the pair is recorded with another relation)."""
    existing = _pair(session, person_id, relative_id)
    if existing is None:
        return "new"
    return "unchanged" if _same(existing, person_id, relation) else "replaced"


def _same(existing: FamilyLink, person_id: str, relation: str) -> bool:
    """``existing`` (between the same two persons) records ``relation`` of ``person_id``'s
    relative, seen from either end."""
    if existing.person_id == person_id:
        return existing.relation == relation
    return existing.relation == INVERSE.get(relation)


def link(session: Session, user: str, person_id: str, relative_id: str, relation: str) -> bool:
    """Records that ``relative_id`` is ``person_id``'s ``relation``; False when the pair was
    already linked the same way (an import of the same link twice changes nothing)."""
    check_relation(relation)
    if person_id == relative_id:
        raise InvalidInput(_("Лицо не может быть членом собственной семьи."))
    existing = _pair(session, person_id, relative_id)
    if existing is not None:
        if _same(existing, person_id, relation):
            return False
        session.delete(existing)
        session.flush()
    session.add(
        FamilyLink(
            person_id=person_id,
            relative_id=relative_id,
            relation=relation,
            created_at=datetime.now(UTC).replace(tzinfo=None),
            created_by=user,
        )
    )
    return True


def links_among(session: Session, person_ids: list[str]) -> list[FamilyLink]:
    """Links whose both persons are among ``person_ids`` (what a bundle may carry)."""
    if not person_ids:
        return []
    return list(
        session.scalars(
            select(FamilyLink)
            .where(FamilyLink.person_id.in_(person_ids), FamilyLink.relative_id.in_(person_ids))
            .order_by(FamilyLink.id)
        )
    )


def unlink_person(session: Session, person_id: str) -> int:
    """A destroyed person's links go with it (Art. 11.5); returns how many."""
    result = session.execute(
        delete(FamilyLink).where(
            or_(FamilyLink.person_id == person_id, FamilyLink.relative_id == person_id)
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


class FamilyService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _person(self, session: Session, person_id: str) -> Person:
        person = session.scalar(select(Person).where(Person.id == person_id))
        if person is None:
            raise NotFound(
                _("Лицо с идентификатором «{person_id}» не найдено.").format(person_id=person_id)
            )
        return person

    def add(self, person_id: str, relative_id: str, relation: str) -> bool:
        require(self.vault.current_roles(), Permission.PERSON_WRITE)
        check_relation(relation)
        with self.vault.session() as session:
            self._person(session, person_id)
            self._person(session, relative_id)
            added = link(session, self.vault.user, person_id, relative_id, relation)
            audit.append(
                session,
                self.vault.user,
                "person.family_add",
                record_kind="person",
                record_id=person_id,
                details={"relative": relative_id, "relation": relation},
            )
            return added

    def remove(self, person_id: str, relative_id: str) -> None:
        require(self.vault.current_roles(), Permission.PERSON_WRITE)
        with self.vault.session() as session:
            row = _pair(session, person_id, relative_id)
            if row is None:
                raise NotFound(
                    _("Лица {person_id} и {relative_id} не связаны родством.").format(
                        person_id=person_id, relative_id=relative_id
                    )
                )
            session.delete(row)
            audit.append(
                session,
                self.vault.user,
                "person.family_remove",
                record_kind="person",
                record_id=person_id,
                details={"relative": relative_id},
            )

    def relatives(self, person_id: str) -> list[Relative]:
        """The person's family members with their residence rights, spouses first."""
        require(self.vault.current_roles(), Permission.PERSON_READ)
        with self.vault.session() as session:
            self._person(session, person_id)
            audit.append(
                session,
                self.vault.user,
                "person.family_view",
                record_kind="person",
                record_id=person_id,
            )
            rows = session.scalars(
                select(FamilyLink).where(
                    or_(FamilyLink.person_id == person_id, FamilyLink.relative_id == person_id)
                )
            )
            found: list[Relative] = []
            for row in rows:
                if row.person_id == person_id:
                    other, relation = row.relative_id, row.relation
                else:
                    other, relation = row.person_id, INVERSE[row.relation]
                relative = session.scalar(select(Person).where(Person.id == other))
                if relative is None:
                    continue  # destroyed meanwhile
                rights = tuple(
                    Right(p.kind, PERMIT_KINDS.get(p.kind, p.kind), p.country, p.valid_until)
                    for p in session.scalars(
                        select(ResidencePermit)
                        .where(ResidencePermit.person_pk == relative.pk)
                        .order_by(ResidencePermit.position)
                    )
                )
                found.append(
                    Relative(other, relation, RELATIONS[relation], person_name(relative), rights)
                )
        order = list(RELATIONS)
        return sorted(found, key=lambda r: (order.index(r.relation), r.name))
