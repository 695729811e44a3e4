"""A restore must not give again the numbers already given after its backup was made.

A backup holds each registration journal's and each exchange channel's last number as they
were when it was made. The vault it replaces went on: it registered requests and letters
(«43-исх» may already be on a letter at the partner) and sent bundles (the partner refuses a
second bundle № 7 from us as a replay). So the restored copy takes over, from the vault it
replaces, every counter that went further, in the same transaction as an audit entry naming
the numbers skipped; they stay readable in the replaced vault, which restore keeps aside.

When the replaced vault cannot be read with the same user and password (missing, damaged,
another vault, the password changed since the backup), nothing can be carried and the caller
says so: the office then checks its last numbers with the partner.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy.orm import Session

from migdesk.errors import VaultError
from migdesk.security import audit
from migdesk.vault.engine import make_engine, raw_connect
from migdesk.vault.keyslots import KeySlotFile

JournalKey = tuple[str, str, int]  # authority, direction, year
ChannelKey = tuple[str, str]  # peer, channel


@dataclass(frozen=True)
class Marks:
    """The last numbers given in the vault being replaced."""

    journals: dict[JournalKey, tuple[int, str]]  # last seq, pattern
    channels: dict[ChannelKey, int]  # last bundle sent


@dataclass(frozen=True)
class Carried:
    """One counter the restored copy continues from the replaced vault: numbers
    ``restored + 1`` .. ``given`` were given after the backup and are not given again."""

    kind: str  # "journal" | "channel"
    scope: str  # "KZ-MVD/outgoing/2026" | "AM-POLICE/main"
    restored: int
    given: int

    def span(self) -> str:
        first = self.restored + 1
        return f"{self.scope}: {first}" + (f"–{self.given}" if self.given > first else "")

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "scope": self.scope,
            "restored": self.restored,
            "given": self.given,
        }


def open_replaced(vault_path: Path, vault_id: str, user: str, password: str) -> Any | None:
    """A connection to the vault being replaced, its lock on the file taken (so that it can
    be read under ``in_use.sealed``), or None when it cannot be read as the same vault."""
    keys_path = KeySlotFile.path_for(vault_path)
    if not vault_path.is_file() or not keys_path.is_file():
        return None
    try:
        slots = KeySlotFile.load(vault_path)
        if slots.vault_id != vault_id:
            return None  # another vault: its numbers are not ours
        data_key = slots.unwrap(user, password)
        conn = raw_connect(vault_path, data_key)
    except (VaultError, OSError, ValueError, sqlcipher3.DatabaseError):
        return None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        return None
    return conn


def read_marks(conn: Any) -> Marks | None:
    """The replaced vault's counters through ``conn`` (``open_replaced``), which is closed;
    None when it cannot be read."""
    try:
        journals = {
            (str(a), str(d), int(y)): (int(seq), str(pattern))
            for a, d, y, seq, pattern in conn.execute(
                "SELECT authority_code, direction, year, last_seq, pattern "
                "FROM registration_journals"
            )
        }
        channels = {
            (str(p), str(c)): int(sent)
            for p, c, sent in conn.execute("SELECT peer, channel, last_sent FROM exchange_channels")
        }
    except sqlcipher3.DatabaseError:
        return None  # damaged: the reason a restore is made, often
    finally:
        conn.close()
    return Marks(journals, channels)


def carry(staged: Path, data_key: bytes, marks: Marks, user: str) -> list[Carried]:
    """Raise the restored copy's counters to ``marks`` where they went further, with one
    audit entry, in one transaction of the staged copy (before it replaces anything)."""
    engine = make_engine(staged, data_key)
    try:
        with Session(engine) as session, session.begin():
            conn = session.connection()
            carried = _carry_journals(conn, marks) + _carry_channels(conn, marks)
            if carried:
                audit.append(
                    session,
                    user,
                    "vault.restore_numbers",
                    # Plain words, as the audit screen lists them: "KZ-MVD/outgoing/2026: 43–45".
                    details={"numbers_skipped": [c.span() for c in carried]},
                )
        return carried
    finally:
        with contextlib.suppress(Exception):
            engine.dispose()


def _carry_journals(conn: Any, marks: Marks) -> list[Carried]:
    carried: list[Carried] = []
    for (authority, direction, year), (given, pattern) in sorted(marks.journals.items()):
        row = conn.exec_driver_sql(
            "SELECT id, last_seq FROM registration_journals "
            "WHERE authority_code = ? AND direction = ? AND year = ?",
            (authority, direction, year),
        ).first()
        restored = int(row[1]) if row else 0
        if given <= restored:
            continue
        if row:
            conn.exec_driver_sql(
                "UPDATE registration_journals SET last_seq = ? WHERE id = ?", (given, row[0])
            )
        else:  # a year begun after the backup: its pattern as it was
            conn.exec_driver_sql(
                "INSERT INTO registration_journals "
                "(authority_code, direction, year, pattern, last_seq) VALUES (?, ?, ?, ?, ?)",
                (authority, direction, year, pattern, given),
            )
        carried.append(Carried("journal", f"{authority}/{direction}/{year}", restored, given))
    return carried


def _carry_channels(conn: Any, marks: Marks) -> list[Carried]:
    carried: list[Carried] = []
    for (peer, channel), given in sorted(marks.channels.items()):
        row = conn.exec_driver_sql(
            "SELECT id, last_sent FROM exchange_channels WHERE peer = ? AND channel = ?",
            (peer, channel),
        ).first()
        restored = int(row[1]) if row else 0
        if given <= restored:
            continue
        if row:
            conn.exec_driver_sql(
                "UPDATE exchange_channels SET last_sent = ? WHERE id = ?", (given, row[0])
            )
        else:
            conn.exec_driver_sql(
                "INSERT INTO exchange_channels (peer, channel, last_sent, last_received) "
                "VALUES (?, ?, ?, 0)",
                (peer, channel, given),
            )
        carried.append(Carried("channel", f"{peer}/{channel}", restored, given))
    return carried
