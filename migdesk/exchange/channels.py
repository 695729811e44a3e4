"""Per-channel sequence numbers and the bundle log: what was sent, what arrived, what is
missing. A number is taken only when its bundle was written and verified."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.models import BundleLogEntry, ExchangeChannel
from migdesk.security.roles import Permission, has, require
from migdesk.vault import Vault


def channel(session: Session, peer: str, name: str) -> ExchangeChannel:
    row = session.scalar(
        select(ExchangeChannel).where(ExchangeChannel.peer == peer, ExchangeChannel.channel == name)
    )
    if row is None:
        row = ExchangeChannel(peer=peer, channel=name, last_sent=0, last_received=0)
        session.add(row)
    return row


def next_sequence(session: Session, peer: str, name: str) -> int:
    row = session.scalar(
        select(ExchangeChannel).where(ExchangeChannel.peer == peer, ExchangeChannel.channel == name)
    )
    return (row.last_sent if row else 0) + 1


def received_sequences(session: Session, peer: str, name: str) -> list[int]:
    stmt = select(BundleLogEntry.sequence).where(
        BundleLogEntry.direction == "in",
        BundleLogEntry.peer == peer,
        BundleLogEntry.channel == name,
    )
    return sorted(set(session.scalars(stmt)))


def gaps(sequences: list[int]) -> list[tuple[int, int]]:
    """Inclusive ranges of numbers below the highest that never arrived."""
    ranges: list[tuple[int, int]] = []
    previous = 0
    for number in sorted(set(sequences)):
        if number > previous + 1:
            ranges.append((previous + 1, number - 1))
        previous = number
    return ranges


@dataclass(frozen=True)
class Missing:
    """Bundles ``first``..``last`` of a partner's channel that never arrived, though a later
    one did (the log window's «не получен» rows, ``bundle gaps``)."""

    peer: str
    channel: str
    first: int
    last: int


def missing_bundles(entries: list[LogView]) -> list[Missing]:
    """The gaps in the received numbers of each (partner, channel) of ``entries``."""
    received: dict[tuple[str, str], list[int]] = {}
    for e in entries:
        if e.direction == "in":
            received.setdefault((e.peer, e.channel), []).append(e.sequence)
    return [
        Missing(peer, name, first, last)
        for (peer, name), numbers in sorted(received.items())
        for first, last in gaps(numbers)
    ]


@dataclass(frozen=True)
class LogView:
    bundle_id: str
    direction: str
    peer: str
    channel: str
    sequence: int
    kind: str
    label_sha256: str
    status: str
    counts: dict[str, int]
    acknowledged: bool
    path: str | None
    created: str = ""  # the label's UTC time, «2026-11-26T15:31:36Z»
    acknowledged_at: str | None = None  # UTC, in the same form


def log_view(entry: BundleLogEntry) -> LogView:
    return LogView(
        entry.bundle_id,
        entry.direction,
        entry.peer,
        entry.channel,
        entry.sequence,
        entry.kind,
        entry.label_sha256,
        entry.status,
        json.loads(entry.item_counts),
        entry.acknowledged_at is not None,
        entry.path,
        entry.created,
        entry.acknowledged_at.strftime("%Y-%m-%dT%H:%M:%SZ") if entry.acknowledged_at else None,
    )


def bundle_log(session: Session, peer: str | None = None) -> list[LogView]:
    stmt = select(BundleLogEntry).order_by(BundleLogEntry.id)
    if peer is not None:
        stmt = stmt.where(BundleLogEntry.peer == peer)
    return [log_view(entry) for entry in session.scalars(stmt)]


def list_bundles(vault: Vault, peer: str | None = None) -> list[LogView]:
    """The bundle log for the exchange screen and ``bundle log``."""
    roles = vault.current_roles()
    if not has(roles, Permission.IMPORT_BUNDLES):
        require(roles, Permission.EXPORT_BUNDLES)
    with vault.read_session() as session:
        return bundle_log(session, peer)
