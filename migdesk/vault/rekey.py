"""Rotation of the data key (``rekey``), LUKS-style and atomic.

The database is exported into a new file under a fresh random key (``sqlcipher_export``),
checked, and only then swapped in. The key-slot file carries the new slot as "pending"
while the swap happens, so after a crash at any moment one of the two keys opens the file
on disk (see ``store._settle_interrupted_rekey``); the old vault stays valid until the new
one is complete.

Other users' slots cannot be carried over: that would need their passwords. They keep their
accounts and get a new slot when an administrator resets their password. This is also what
makes a rekey worth doing: no old slot, nor an old copy of the key file, opens the new key.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from migdesk.atomic import fsync_dir
from migdesk.errors import MigDeskError
from migdesk.messages import _
from migdesk.progress import CancelCheck, ReportProgress, stop_if
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault.backup import check_copy
from migdesk.vault.engine import make_engine, raw_connect
from migdesk.vault.keyslots import DATA_KEY_BYTES, KeySlotFile, wrap_key
from migdesk.vault.store import Vault, rekey_staging_path


class RekeyError(MigDeskError):
    """The rotation did not happen; the vault is unchanged and opens as before."""


@dataclass(frozen=True)
class RekeyResult:
    users_needing_reset: list[str]


def _count(conn: object, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[attr-defined]


# The steps ``progress`` counts: export under the new key, the audit entry, the checks, the swap.
REKEY_STEPS = 4


def rekey(
    vault: Vault,
    password: str,
    *,
    progress: ReportProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> RekeyResult:
    """Re-encrypt ``vault`` under a new data key. The Vault object is closed afterwards:
    open the vault again with the same password.

    ``progress(step, REKEY_STEPS)`` after each step; ``cancelled`` is asked before each
    step up to the swap and stops with ``Cancelled``, the vault unchanged (after the swap
    has begun there is nothing left to stop)."""

    def step(done: int) -> None:
        if progress is not None:
            progress(done, REKEY_STEPS)

    require(vault.current_roles(), Permission.MANAGE_KEYS)
    slots = KeySlotFile.load(vault.path)
    slots.unwrap(vault.user, password)  # the administrator confirms it is still them
    new_key = os.urandom(DATA_KEY_BYTES)
    staged = rekey_staging_path(vault.path)
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    try:
        step(0)
        stop_if(cancelled)
        persons, entries = _export(vault, staged, new_key)
        step(1)
        stop_if(cancelled)
        _record(staged, new_key, vault.user)
        step(2)
        stop_if(cancelled)
        if check_copy(staged, new_key) != persons:
            raise RekeyError(_("Копия под новым ключом не совпадает с хранилищем."))
        check = raw_connect(staged, new_key)
        try:
            if _count(check, "audit_log") != entries + 1:
                raise RekeyError(_("Копия под новым ключом не совпадает с хранилищем."))
        finally:
            check.close()
        step(3)
        stop_if(cancelled)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
        raise
    slots.next_slots = [wrap_key(slots.vault_id, vault.user, password, new_key)]
    slots.save()
    vault.close()
    for leftover in (Path(f"{vault.path}-wal"), Path(f"{vault.path}-shm")):
        # Closed and checkpointed: nothing in them belongs to the file being replaced.
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    _swap_in(staged, vault.path)
    others = [s.user for s in slots.slots if s.user != vault.user]
    slots.promote_pending()
    step(REKEY_STEPS)
    return RekeyResult(users_needing_reset=others)


def _swap_in(staged: Path, target: Path) -> None:
    os.replace(staged, target)
    fsync_dir(target.parent)


def _export(vault: Vault, staged: Path, new_key: bytes) -> tuple[int, int]:
    raw = vault.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(staged),))
        try:
            conn.execute("PRAGMA rekeyed.auto_vacuum = INCREMENTAL")
            conn.execute("BEGIN IMMEDIATE")  # no writer slips in between export and counts
            try:
                conn.execute("SELECT sqlcipher_export('rekeyed')")
                counts = (_count(conn, "persons"), _count(conn, "audit_log"))
            finally:
                conn.execute("COMMIT")
        finally:
            conn.execute("DETACH DATABASE rekeyed")
    finally:
        raw.close()
    return counts


def _record(staged: Path, new_key: bytes, user: str) -> None:
    """The rotation is written into the trail of the new file, the one that lives on."""
    engine = make_engine(staged, new_key)
    try:
        with Session(engine) as session, session.begin():
            audit.append(session, user, "vault.rekey")
    finally:
        engine.dispose()
    # Fold the WAL into the file: what gets renamed must be complete on its own.
    conn = raw_connect(staged, new_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with open(staged, "rb+") as handle:
        os.fsync(handle.fileno())
