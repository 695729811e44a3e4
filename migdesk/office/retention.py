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

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from migdesk.errors import InvalidInput, NotFound, PermissionDenied
from migdesk.messages import _
from migdesk.models import AuditEntry, DestructionAct, DestructionProposal, VaultSetting
from migdesk.office import retention_erase as erase
from migdesk.office import retention_rules as rules
from migdesk.office.retention_grounds import EXPIRY_GROUNDS, stated_grounds
from migdesk.office.retention_rules import KINDS, DueRecord
from migdesk.security import audit, four_eyes
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

__all__ = [
    "EXPIRY_GROUNDS",
    "KINDS",
    "ActInfo",
    "DueRecord",
    "ProposalInfo",
    "RetentionService",
]

DEFAULT_RETENTION_YEARS = 5
RETENTION_SETTING = "retention_years"


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

    @classmethod
    def of(
        cls, act: DestructionAct, audit_hash: str, summary: dict[str, int] | None = None
    ) -> ActInfo:
        """The act as the PDF and the CLI show it; ``summary`` in erasure order when it was
        just made, else read back from the stored JSON."""
        return cls(
            act.id,
            act.number,
            act.act_date,
            act.destroyed_by,
            act.record_kind,
            act.record_id,
            act.keep_until,
            act.grounds,
            summary
            if summary is not None
            else {k: int(v) for k, v in json.loads(act.summary).items()},
            audit_hash,
            act.proposed_by,
        )


@dataclass(frozen=True)
class ProposalInfo:
    id: str
    record_kind: str
    record_id: str
    grounds: str
    early: bool
    proposed_by: str
    proposed_at: datetime


class RetentionService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def default_years(self) -> int:
        stored = self.vault.setting(RETENTION_SETTING)
        return int(stored) if stored else DEFAULT_RETENTION_YEARS

    def years(self, kind: str) -> int:
        """The kind's own period if one was set, else the vault default."""
        _check_kind(kind)
        stored = self.vault.setting(f"{RETENTION_SETTING}.{kind}")
        return int(stored) if stored else self.default_years()

    def all_years(self) -> dict[str, int]:
        return {kind: self.years(kind) for kind in KINDS}

    def set_default_years(self, years: int, kind: str | None = None) -> None:
        """The vault default, or (``kind``) one kind's own period."""
        require(self.vault.current_roles(), Permission.MANAGE_SETTINGS)
        if kind is not None:
            _check_kind(kind)
        if not 1 <= years <= 100:
            raise InvalidInput(_("Срок хранения по умолчанию: от 1 до 100 лет."))
        key = RETENTION_SETTING if kind is None else f"{RETENTION_SETTING}.{kind}"
        with self.vault.session() as session:
            session.merge(VaultSetting(key=key, value=str(years)))
            details: dict[str, object] = {"years": years}
            if kind is not None:
                details = {"years": years, "kind": kind}
            audit.append(session, self.vault.user, "settings.retention", details=details)

    def due(self, as_of: date | None = None) -> list[DueRecord]:
        """Records of every kind whose keep-until date has come, oldest first."""
        require(self.vault.current_roles(), Permission.RETENTION_VIEW)
        as_of = as_of or date.today()
        years = self.all_years()
        with self.vault.session() as session:
            due = [
                *rules.due_persons(session, as_of, years["person"]),
                *rules.due_requests(session, as_of, years["request"]),
                *rules.due_attachments(session, as_of, years["attachment"], years["request"]),
                *rules.due_thematic(session, as_of, years["thematic"]),
                *rules.due_consents(session, as_of, years["consent"]),
            ]
            audit.append(
                session,
                self.vault.user,
                "retention.due",
                details={"as_of": as_of.isoformat(), "found": len(due)},
            )
        return sorted(due, key=lambda d: (d.keep_until, d.record_id))

    def propose(
        self,
        record_id: str,
        grounds: str | None = None,
        *,
        early: bool = False,
        kind: str | None = None,
        today: date | None = None,
    ) -> ProposalInfo:
        """Four eyes: the first user asks for a record's destruction; a second user, a
        supervisor, approves it by destroying (``destroy``). The grounds go on the act:
        without them a due record gets the expiry wording, an early one is refused."""
        require(self.vault.current_roles(), Permission.RETENTION_VIEW)
        today = today or date.today()
        years = self.all_years()
        with self.vault.session() as session:
            kind = kind or erase.kind_of(session, record_id)
            target = erase.locate(session, kind, record_id, years)
            erase.check_not_needed(session, target)
            grounds = stated_grounds(
                grounds,
                record_id=record_id,
                keep_until=target.keep_until,
                early=early,
                today=today,
            )
            if _pending(session, record_id) is not None:
                raise InvalidInput(
                    _("Уничтожение записи {record_id} уже предложено.").format(record_id=record_id)
                )
            row = DestructionProposal(
                id=str(uuid.uuid4()),
                record_kind=kind,
                record_id=record_id,
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
                f"{kind}.destroy_proposed",
                record_kind=kind,
                record_id=record_id,
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

    def proposed_grounds(self, record_id: str) -> str | None:
        """The grounds of ``record_id``'s pending proposal, which the act states unless the
        approver gives others; None without one (or for a user who may not see proposals:
        ``destroy`` refuses such a user with its own message)."""
        try:
            pending = self.proposals()
        except PermissionDenied:
            return None
        return next((p.grounds for p in pending if p.record_id == record_id), None)

    def destroy(
        self,
        record_id: str,
        grounds: str | None,
        *,
        early: bool = False,
        today: date | None = None,
        kind: str | None = None,
    ) -> ActInfo:
        """Destroys the record with everything belonging to it. Under four eyes (the
        default) only as the approval of another user's proposal (``propose``); the
        approver's ``grounds`` go on the act (none: as ``propose`` takes them)."""
        require(self.vault.current_roles(), Permission.DESTROY_RECORDS)
        today = today or date.today()
        years = self.all_years()
        with self.vault.session() as session:
            kind = kind or erase.kind_of(session, record_id)
            target = erase.locate(session, kind, record_id, years)
            erase.check_not_needed(session, target)
            proposal = _pending(session, record_id)
            if four_eyes.enabled(session):
                if proposal is None:
                    raise PermissionDenied(
                        _(
                            "Уничтожение требует согласия второго пользователя (правило "
                            "«четырёх глаз»): сначала уничтожение предлагает другой "
                            "сотрудник (retention propose {record_id}), затем руководитель "
                            "его утверждает."
                        ).format(record_id=record_id)
                    )
                if proposal.proposed_by == self.vault.user:
                    raise PermissionDenied(
                        _(
                            "Предложивший уничтожение не может сам его утвердить: утверждает "
                            "другой руководитель (правило «четырёх глаз»)."
                        )
                    )
            if proposal is not None:
                early = early or proposal.early  # the proposer already asked for it early
            keep_until = target.keep_until
            if keep_until is not None and keep_until > today and not early:
                raise InvalidInput(
                    _(
                        "Срок хранения записи истекает {keep_until:%d.%m.%Y}; досрочное "
                        "уничтожение требует явного подтверждения (--early)."
                    ).format(keep_until=keep_until)
                )
            grounds = stated_grounds(
                grounds, record_id=record_id, keep_until=keep_until, early=early, today=today
            )
            summary = erase.erase(session, target)
            act = DestructionAct(
                id=str(uuid.uuid4()),
                number=_next_number(session, today),
                act_date=today,
                created_at=datetime.now(UTC).replace(tzinfo=None),
                destroyed_by=self.vault.user,
                record_kind=kind,
                record_id=record_id,
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
                f"{kind}.destroy",
                record_kind=kind,
                record_id=record_id,
                details={"act": act.number, "early": early},
            )
        scrub_free_space(self.vault)
        return ActInfo.of(act, entry.hash, summary)

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
                raise NotFound(_("Акт об уничтожении «{ref}» не найден.").format(ref=ref))
            return act_info(session, row)


def act_info(session: Session, act: DestructionAct) -> ActInfo:
    """The stored act with the hash of its ``KIND.destroy`` audit entry (the entry names
    the act by number in its details)."""
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.action == f"{act.record_kind}.destroy",
            AuditEntry.record_id == act.record_id,
        )
        .order_by(AuditEntry.id.desc())
    )
    audit_hash = next(
        (e.hash for e in entries if json.loads(e.details).get("act") == act.number), ""
    )
    return ActInfo.of(act, audit_hash)


def _pending(session: Session, record_id: str) -> DestructionProposal | None:
    return session.scalar(
        select(DestructionProposal).where(
            DestructionProposal.record_id == record_id, DestructionProposal.state == "pending"
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


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InvalidInput(
            _("Неизвестный вид записи «{kind}»: {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)
            ),
            "kind",
        )


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
