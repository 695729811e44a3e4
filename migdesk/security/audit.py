"""Append to and verify the hash-chained audit trail.

Each entry stores the SHA-256 of the previous one and its own hash over its fields plus that
previous hash, so an edited, removed or reordered entry breaks the chain at that point; the
head hash (shown on screen and printed on registers) makes cutting off the tail detectable.
The trail lives inside the encrypted vault; details name record ids and fields changed,
never field values. Search text is kept only as a keyed fingerprint: an inspector can check
whether anyone searched for a given name, yet a destroyed person's name does not survive in
the trail (Art. 11.5).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from migdesk.identity.translit import fold
from migdesk.messages import _
from migdesk.models import AuditEntry

GENESIS = "0" * 64


def query_fingerprint(data_key: bytes, query: str) -> str:
    """HMAC of the folded search text under a key derived from the vault's data key."""
    audit_key = hashlib.sha256(b"migdesk-audit-query-v1" + data_key).digest()
    return hmac.new(audit_key, fold(query).encode("utf-8"), hashlib.sha256).hexdigest()


# One encoder for every entry: ``json.dumps`` with options builds a new one per call (two per
# entry, 40,000 for a bundle of 20,000 persons); the text is the same.
_canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def entry_hash(entry: AuditEntry) -> str:
    return _hash({c: getattr(entry, c) for c in _HASHED})


# The fields an entry's hash covers, in this order.
_HASHED = (
    "id",
    "at",
    "user",
    "action",
    "record_kind",
    "record_id",
    "purpose",
    "details",
    "prev_hash",
)


def _hash(fields: dict[str, Any]) -> str:
    body = [fields[c] for c in _HASHED]
    body[1] = fields["at"].isoformat(timespec="microseconds")
    return hashlib.sha256(_canonical(body).encode("utf-8")).hexdigest()


def append(
    session: Session,
    user: str,
    action: str,
    *,
    record_kind: str | None = None,
    record_id: str | None = None,
    purpose: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one entry in the caller's transaction (it commits or vanishes with the change)."""
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    entry = AuditEntry(
        id=(last[0] + 1) if last else 1,
        at=datetime.now(UTC).replace(tzinfo=None),
        user=user,
        action=action,
        record_kind=record_kind,
        record_id=record_id,
        purpose=purpose,
        details=_canonical(details or {}),
        prev_hash=last[1] if last else GENESIS,
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Entry:
    """One entry of ``append_many``: ``append``'s keyword arguments."""

    action: str
    record_kind: str | None = None
    record_id: str | None = None
    purpose: str | None = None
    details: dict[str, Any] | None = None


def append_many(session: Session, user: str, entries: list[Entry]) -> None:
    """``append`` for each of ``entries`` in turn — the same entries, chained the same way —
    with one read of the chain's head and one ``executemany`` (a bundle of 10⁵ persons)."""
    if not entries:
        return
    session.flush()
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    next_id, prev = ((last[0] + 1), last[1]) if last else (1, GENESIS)
    rows: list[dict[str, Any]] = []
    for item in entries:
        row = {
            "id": next_id,
            "at": datetime.now(UTC).replace(tzinfo=None),
            "user": user,
            "action": item.action,
            "record_kind": item.record_kind,
            "record_id": item.record_id,
            "purpose": item.purpose,
            "details": _canonical(item.details or {}),
            "prev_hash": prev,
        }
        row["hash"] = prev = _hash(row)
        rows.append(row)
        next_id += 1
    # Core, not the ORM's bulk insert: the same rows without its per-row bookkeeping.
    session.connection().execute(insert(cast(Table, AuditEntry.__table__)), rows)


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    head: str
    first_broken_id: int | None = None
    problem: str | None = None


def verify(
    session: Session, through: int | None = None, resume: ChainCheck | None = None
) -> ChainCheck:
    """Check the chain from its start, or on from ``resume`` (an earlier intact check: its
    entries are not read again), up to entry ``through`` (the whole trail when None)."""
    previous, count, expected_id = GENESIS, 0, 1
    if resume is not None and resume.ok:
        previous, count, expected_id = resume.head, resume.entries, resume.entries + 1
    stmt = select(AuditEntry).where(AuditEntry.id >= expected_id).order_by(AuditEntry.id)
    if through is not None:
        stmt = stmt.where(AuditEntry.id <= through)
    for entry in session.scalars(stmt):
        problem = None
        if entry.id != expected_id:
            problem = _("пропущены записи перед № {id}").format(id=entry.id)
        elif entry.prev_hash != previous:
            problem = _("запись № {id} не ссылается на предыдущую").format(id=entry.id)
        elif entry_hash(entry) != entry.hash:
            problem = _("запись № {id} изменена").format(id=entry.id)
        if problem:
            return ChainCheck(False, count, previous, entry.id, problem)
        previous, count, expected_id = entry.hash, count + 1, entry.id + 1
    return ChainCheck(True, count, previous)


@dataclass(frozen=True)
class AuditFilter:
    """The audit screen's and the inspection export's selection."""

    user: str | None = None
    action: str | None = None
    record_id: str | None = None
    since: date | None = None
    until: date | None = None

    def describe(self) -> str:
        parts = []
        if self.user:
            parts.append(_("пользователь {user}").format(user=self.user))
        if self.action:
            parts.append(_("действие {action}").format(action=self.action))
        if self.record_id:
            parts.append(_("запись {record_id}").format(record_id=self.record_id))
        if self.since:
            parts.append(_("с {since:%d.%m.%Y}").format(since=self.since))
        if self.until:
            parts.append(_("по {until:%d.%m.%Y}").format(until=self.until))
        return ", ".join(parts)


def query(
    session: Session, selection: AuditFilter, limit: int | None = None, through: int | None = None
) -> list[AuditEntry]:
    """Matching entries, oldest first (the newest ``limit`` when a limit is given), none
    after entry ``through`` when given."""
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc())
    if through is not None:
        stmt = stmt.where(AuditEntry.id <= through)
    if selection.user:
        stmt = stmt.where(AuditEntry.user == selection.user)
    if selection.action:
        stmt = stmt.where(AuditEntry.action == selection.action)
    if selection.record_id:
        stmt = stmt.where(AuditEntry.record_id == selection.record_id)
    if selection.since:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(selection.since, time.min))
    if selection.until:
        stmt = stmt.where(AuditEntry.at <= datetime.combine(selection.until, time.max))
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(reversed(list(session.scalars(stmt))))
