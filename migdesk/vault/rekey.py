"""Rotation of the data key (``rekey``), LUKS-style and atomic.

The database is exported into a new file under a fresh random key (``sqlcipher_export``),
checked, and only then swapped in. The key-slot file carries the new slot as "pending"
while the swap happens, so after a crash at any moment one of the two keys opens the file
on disk (see ``store._settle_interrupted_rekey``); the old vault stays valid until the new
one is complete.

Other users' slots cannot be carried over: that would need their passwords. They keep their
accounts and get a new slot when an administrator resets their password. This is also what
makes a rekey worth doing: no old slot, nor an old copy of the key file, opens the new key.

The swap replaces the vault's file and removes its -wal/-shm: a MigDesk window or a command that
had the vault open would keep writing into the replaced file, its saves silently lost. So the
rekey is refused while another process has the vault open, and from that check until the swap
is done no other process can open it (``in_use.sealed``: one that tries is told the vault is
busy). Where the vault cannot be sealed (no OFD locks), the export's connection keeps the
vault's write lock until a second check, held through the swap.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from migdesk.atomic import fsync_dir
from migdesk.errors import MigDeskError
from migdesk.messages import _
from migdesk.progress import CancelCheck, ReportProgress, stop_if
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import in_use
from migdesk.vault.backup import check_copy
from migdesk.vault.engine import SESSION_PRAGMAS, make_engine, raw_connect
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
    """Re-encrypt ``vault`` under a new data key. The Vault object is closed (its connections
    disposed) before the export: open the vault again with the same password. ``RekeyError``,
    the vault unchanged, while another process has it open.

    ``progress(step, REKEY_STEPS)`` after each step; ``cancelled`` is asked before each
    step up to the swap and stops with ``Cancelled``, the vault unchanged (after the swap
    has begun there is nothing left to stop)."""

    def step(done: int) -> None:
        if progress is not None:
            progress(done, REKEY_STEPS)

    require(vault.current_roles(), Permission.MANAGE_KEYS)
    path, data_key, user = vault.path, vault.data_key, vault.user
    slots = KeySlotFile.load(path)
    slots.unwrap(user, password)  # the administrator confirms it is still them
    # This process's own connections go first: the check below would not see them (POSIX
    # locks are per process), and closing the seal's descriptor would drop their locks.
    vault.close()
    new_key = os.urandom(DATA_KEY_BYTES)
    staged = rekey_staging_path(path)
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    # The export's connection takes its lock before the seal, which bars new openers (this
    # process's too) until the swap is done.
    exporter = _connect(path, data_key)
    try:
        exporter.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with _unused(path), contextlib.ExitStack() as held:  # refused at once, or sealed
            try:
                step(0)
                stop_if(cancelled)
                with _exported(exporter, path, data_key, staged, new_key) as (persons, entries):
                    step(1)
                    stop_if(cancelled)
                    _record(staged, new_key, user)
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
                # The export's connection is closed (the last of this process). Sealed,
                # nobody can have opened the vault since the check; without OFD locks
                # (not Linux) this check and hold are all there is.
                held.enter_context(_held(path))
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    staged.unlink()
                raise
            slots.next_slots = [wrap_key(slots.vault_id, user, password, new_key)]
            slots.save()
            for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                # Closed and checkpointed: nothing in them belongs to the file being replaced.
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            _swap_in(staged, path)
    finally:
        exporter.close()  # a second close does nothing
    others = [s.user for s in slots.slots if s.user != user]
    slots.promote_pending()
    step(REKEY_STEPS)
    return RekeyResult(users_needing_reset=others)


def _refusal() -> RekeyError:
    return RekeyError(
        _(
            "Хранилище открыто другой программой (окном MigDesk или командой): "
            "закройте её и повторите смену ключа. Хранилище не изменено."
        )
    )


def _unused(path: Path) -> contextlib.AbstractContextManager[None]:
    """``in_use.sealed`` with the refusal in Russian."""
    return in_use.refused_if_in_use(path, _refusal, in_use.sealed)


def _held(path: Path) -> contextlib.AbstractContextManager[None]:
    """``in_use.held_unused`` with the refusal in Russian."""
    return in_use.refused_if_in_use(path, _refusal)


def _swap_in(staged: Path, target: Path) -> None:
    os.replace(staged, target)
    fsync_dir(target.parent)


@contextlib.contextmanager
def _exported(
    exporter: Any, path: Path, data_key: bytes, staged: Path, new_key: bytes
) -> Iterator[tuple[int, int]]:
    """Exports the vault through ``exporter`` (closed here) into ``staged`` and yields its
    (persons, audit entries). A second connection holds the vault's write lock from before
    the export until the ``with`` block ends: where the vault cannot be sealed (see
    ``in_use``), no write slips in between the export and the swap's check."""
    try:
        writer = _connect(path, data_key)
        try:
            writer.execute("BEGIN IMMEDIATE")  # writes nothing: rolled back below
            try:
                exporter.execute(
                    f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(staged),)
                )
                try:
                    exporter.execute("PRAGMA rekeyed.auto_vacuum = INCREMENTAL")
                    exporter.execute("BEGIN")  # export and counts read one snapshot
                    try:
                        exporter.execute("SELECT sqlcipher_export('rekeyed')")
                        counts = (_count(exporter, "persons"), _count(exporter, "audit_log"))
                    finally:
                        exporter.execute("COMMIT")
                finally:
                    exporter.execute("DETACH DATABASE rekeyed")
                exporter.close()
                yield counts
            finally:
                writer.execute("ROLLBACK")
        finally:
            writer.close()
    finally:
        exporter.close()  # a second close does nothing


def _connect(path: Path, data_key: bytes) -> Any:
    conn = raw_connect(path, data_key)
    for pragma in SESSION_PRAGMAS:
        conn.execute(pragma)
    return conn


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
