"""Retention and destruction (Art. 11.5): information is kept no longer than its purpose
requires, then destroyed so that it cannot be recovered from the vault file.

Destruction removes the record, its sub-records, photos, history snapshots and search-index
entries in one transaction (secure_delete zeroes the freed cells), then merges the search
index so no trigram of the name survives in old segments, hands free pages back with an
incremental vacuum and truncates the WAL. What remains is the act and the audit entry, both
without personal data. Backups made earlier are outside the vault and follow their own rules.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, NotFound, PermissionDenied
from migdesk.models import (
    AuditEntry,
    CardDraft,
    DestructionAct,
    DestructionProposal,
    Person,
    PersonLink,
    PersonMerge,
    PersonRevision,
    VaultSetting,
)
from migdesk.persons import search_index
from migdesk.security import audit, four_eyes
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

DEFAULT_RETENTION_YEARS = 5
RETENTION_SETTING = "retention_years"


@dataclass(frozen=True)
class DueRecord:
    record_kind: str
    record_id: str
    keep_until: date
    from_default: bool  # True when no keep-until was set and the vault default applies


@dataclass(frozen=True)
class ActInfo:
    id: str
    number: str
    act_date: date
    destroyed_by: str
    record_kind: str
    record_id: str
    keep_until: date | None
    grounds: str
    summary: dict[str, int]
    audit_hash: str
    proposed_by: str | None = None  # four eyes: who proposed it (``destroyed_by`` approved)


@dataclass(frozen=True)
class ProposalInfo:
    id: str
    record_kind: str
    record_id: str
    grounds: str
    early: bool
    proposed_by: str
    proposed_at: datetime


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class RetentionService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def default_years(self) -> int:
        stored = self.vault.setting(RETENTION_SETTING)
        return int(stored) if stored else DEFAULT_RETENTION_YEARS

    def set_default_years(self, years: int) -> None:
        require(self.vault.current_roles(), Permission.MANAGE_SETTINGS)
        if not 1 <= years <= 100:
            raise InvalidInput("Срок хранения по умолчанию: от 1 до 100 лет.")
        with self.vault.session() as session:
            session.merge(VaultSetting(key=RETENTION_SETTING, value=str(years)))
            audit.append(session, self.vault.user, "settings.retention", details={"years": years})

    def due(self, as_of: date | None = None) -> list[DueRecord]:
        """Records whose keep-until date has come, oldest first."""
        require(self.vault.current_roles(), Permission.RETENTION_VIEW)
        as_of = as_of or date.today()
        years = self.default_years()
        # Without an explicit date a record is due `years` after it was created.
        cutoff_created = datetime.combine(_add_years(as_of, -years), datetime.max.time())
        with self.vault.session() as session:
            rows = session.execute(
                select(Person.id, Person.keep_until, Person.created_at).where(
                    (Person.keep_until <= as_of)
                    | (Person.keep_until.is_(None) & (Person.created_at <= cutoff_created))
                )
            ).all()
            audit.append(
                session,
                self.vault.user,
                "retention.due",
                details={"as_of": as_of.isoformat(), "found": len(rows)},
            )
        due = [
            DueRecord("person", pid, keep or _add_years(created.date(), years), keep is None)
            for pid, keep, created in rows
        ]
        return sorted(due, key=lambda d: (d.keep_until, d.record_id))

    def propose(self, person_id: str, grounds: str, *, early: bool = False) -> ProposalInfo:
        """Four eyes: the first user asks for a record's destruction; a second user, a
        supervisor, approves it by destroying (``destroy``)."""
        require(self.vault.current_roles(), Permission.RETENTION_VIEW)
        grounds = grounds.strip()
        if not grounds:
            raise InvalidInput("Укажите основание уничтожения.", field="grounds")
        with self.vault.session() as session:
            if session.scalar(select(Person.pk).where(Person.id == person_id)) is None:
                raise NotFound(f"Лицо с идентификатором «{person_id}» не найдено.")
            if _pending(session, person_id) is not None:
                raise InvalidInput(f"Уничтожение записи {person_id} уже предложено.")
            row = DestructionProposal(
                id=str(uuid.uuid4()),
                record_kind="person",
                record_id=person_id,
                grounds=grounds,
                early=early,
                proposed_by=self.vault.user,
                proposed_at=datetime.now(UTC).replace(tzinfo=None),
                state="pending",
            )
            session.add(row)
            audit.append(
                session,
                self.vault.user,
                "person.destroy_proposed",
                record_kind="person",
                record_id=person_id,
                details={"proposal": row.id, "early": early},
            )
            return _proposal(row)

    def proposals(self) -> list[ProposalInfo]:
        """Destructions waiting for a second user's approval, oldest first."""
        require(self.vault.current_roles(), Permission.RETENTION_VIEW)
        with self.vault.read_session() as session:
            rows = session.scalars(
                select(DestructionProposal)
                .where(DestructionProposal.state == "pending")
                .order_by(DestructionProposal.proposed_at)
            )
            return [_proposal(r) for r in rows]

    def destroy(
        self, person_id: str, grounds: str, *, early: bool = False, today: date | None = None
    ) -> ActInfo:
        """Destroys the record. Under four eyes (the default) only as the approval of
        another user's proposal (``propose``); the approver's ``grounds`` go on the act."""
        require(self.vault.current_roles(), Permission.DESTROY_RECORDS)
        grounds = grounds.strip()
        if not grounds:
            raise InvalidInput("Укажите основание уничтожения.", field="grounds")
        today = today or date.today()
        with self.vault.session() as session:
            person = session.scalar(select(Person).where(Person.id == person_id))
            if person is None:
                raise NotFound(f"Лицо с идентификатором «{person_id}» не найдено.")
            proposal = _pending(session, person_id)
            if four_eyes.enabled(session):
                if proposal is None:
                    raise PermissionDenied(
                        "Уничтожение требует согласия второго пользователя (правило «четырёх "
                        "глаз»): сначала уничтожение предлагает другой сотрудник "
                        f"(retention propose {person_id}), затем руководитель его утверждает."
                    )
                if proposal.proposed_by == self.vault.user:
                    raise PermissionDenied(
                        "Предложивший уничтожение не может сам его утвердить: утверждает "
                        "другой руководитель (правило «четырёх глаз»)."
                    )
            if proposal is not None:
                early = early or proposal.early  # the proposer already asked for it early
            keep_until = person.keep_until or _add_years(
                person.created_at.date(), self.default_years()
            )
            if keep_until > today and not early:
                raise InvalidInput(
                    f"Срок хранения записи истекает {keep_until:%d.%m.%Y}; досрочное "
                    "уничтожение требует явного подтверждения (--early)."
                )
            summary = _summary(person)
            summary["revisions"] = int(
                session.scalar(
                    select(func.count())
                    .select_from(PersonRevision)
                    .where(PersonRevision.person_id == person_id)
                )
                or 0
            )
            # Records merged into this one go with it: their histories, links and merge notes.
            absorbed = list(
                session.scalars(
                    select(PersonMerge.absorbed_id).where(PersonMerge.survivor_id == person_id)
                )
            )
            gone = [person_id, *absorbed]
            session.execute(delete(PersonRevision).where(PersonRevision.person_id.in_(gone)))
            session.execute(delete(CardDraft).where(CardDraft.person_id == person_id))
            session.execute(delete(PersonMerge).where(PersonMerge.survivor_id == person_id))
            session.execute(
                delete(PersonLink).where(
                    or_(PersonLink.person_id.in_(gone), PersonLink.other_id.in_(gone))
                )
            )
            search_index.unindex_person(session.connection(), person.pk)
            session.delete(person)
            act = DestructionAct(
                id=str(uuid.uuid4()),
                number=_next_number(session, today),
                act_date=today,
                created_at=datetime.now(UTC).replace(tzinfo=None),
                destroyed_by=self.vault.user,
                record_kind="person",
                record_id=person_id,
                keep_until=keep_until,
                grounds=grounds,
                summary=json.dumps(summary, sort_keys=True),
                proposed_by=proposal.proposed_by if proposal is not None else None,
            )
            session.add(act)
            if proposal is not None:
                proposal.state, proposal.act_id = "done", act.id
            entry = audit.append(
                session,
                self.vault.user,
                "person.destroy",
                record_kind="person",
                record_id=person_id,
                details={"act": act.number, "early": early},
            )
        scrub_free_space(self.vault)
        return ActInfo(
            act.id,
            act.number,
            act.act_date,
            act.destroyed_by,
            act.record_kind,
            act.record_id,
            act.keep_until,
            act.grounds,
            summary,
            entry.hash,
            act.proposed_by,
        )

    def acts(self) -> list[ActInfo]:
        """Every act of destruction, newest first, as the act PDF needs it."""
        require(self.vault.current_roles(), Permission.RETENTION_VIEW)
        with self.vault.read_session() as session:
            rows = session.scalars(
                select(DestructionAct).order_by(
                    DestructionAct.act_date.desc(), DestructionAct.created_at.desc()
                )
            )
            return [act_info(session, act) for act in rows]

    def act(self, ref: str) -> ActInfo:
        """One act of destruction by its id or its number («1/2025»), to be printed again."""
        require(self.vault.current_roles(), Permission.RETENTION_VIEW)
        with self.vault.read_session() as session:
            row = session.scalar(
                select(DestructionAct).where(
                    (DestructionAct.id == ref) | (DestructionAct.number == ref)
                )
            )
            if row is None:
                raise NotFound(f"Акт об уничтожении «{ref}» не найден.")
            return act_info(session, row)


def act_info(session: Session, act: DestructionAct) -> ActInfo:
    """The stored act with the hash of its ``person.destroy`` audit entry (the entry names
    the act by number in its details)."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.action == "person.destroy", AuditEntry.record_id == act.record_id)
        .order_by(AuditEntry.id.desc())
    )
    audit_hash = next(
        (e.hash for e in entries if json.loads(e.details).get("act") == act.number), ""
    )
    return ActInfo(
        act.id,
        act.number,
        act.act_date,
        act.destroyed_by,
        act.record_kind,
        act.record_id,
        act.keep_until,
        act.grounds,
        {k: int(v) for k, v in json.loads(act.summary).items()},
        audit_hash,
        act.proposed_by,
    )


def _pending(session: Session, person_id: str) -> DestructionProposal | None:
    return session.scalar(
        select(DestructionProposal).where(
            DestructionProposal.record_id == person_id, DestructionProposal.state == "pending"
        )
    )


def _proposal(row: DestructionProposal) -> ProposalInfo:
    return ProposalInfo(
        row.id,
        row.record_kind,
        row.record_id,
        row.grounds,
        row.early,
        row.proposed_by,
        row.proposed_at,
    )


def _summary(person: Person) -> dict[str, int]:
    return {
        "documents": len(person.documents),
        "liabilities": len(person.liabilities),
        "registrations": len(person.registrations),
        "residence_permits": len(person.residence_permits),
        "citizenship_acts": len(person.citizenship_acts),
        "restrictions": len(person.restrictions),
        "photos": sum(1 for m in person.media if m.kind == "photo"),
        "fingerprint_cards": sum(1 for m in person.media if m.kind == "fingerprint_card"),
    }


def _next_number(session: Session, today: date) -> str:
    count = (
        session.scalar(
            select(func.count())
            .select_from(DestructionAct)
            .where(DestructionAct.act_date >= date(today.year, 1, 1))
        )
        or 0
    )
    return f"{count + 1}/{today.year}"


def scrub_free_space(vault: Vault) -> None:
    """After a destruction: no deleted bytes left in index segments, free pages or the WAL."""
    with vault.engine.connect() as conn:
        conn.execute(text("INSERT INTO person_fts(person_fts) VALUES ('optimize')"))
        conn.commit()
    raw = vault.engine.raw_connection()
    try:
        raw.execute("PRAGMA incremental_vacuum")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
