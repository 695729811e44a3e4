"""Bringing a vault made by an older MigDesk up to this schema: one process at a time, after a
complete backup copy, and reported (where the copy is) to whoever opened it.

Alembic commits each revision on its own (SQLite: ``transactional_ddl`` is off), so a process
killed half-way leaves the vault at an intermediate revision, which the next open carries on
from. The backup of the revision the vault had before is the way back to the older program.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from migdesk.atomic import fsync_dir, write_atomic
from migdesk.errors import VaultError
from migdesk.messages import _
from migdesk.safe_files import os_text
from migdesk.vault import migrate
from migdesk.vault.keyslots import KeySlotFile

# Besides the copy itself, the migrations rewrite tables and indexes (the WAL grows while
# they run); a quarter of the vault plus a little was enough for every revision so far.
_MIGRATION_SPACE_SHARE = 4
_SPACE_MARGIN = 16 * 1024 * 1024
_PARTIAL = ".partial"


@dataclass(frozen=True)
class Migrated:
    """What an open did to an older vault, for the person who opened it."""

    from_revision: str | None
    to_revision: str
    backup: Path

    def notice(self) -> str:
        return _(
            "Хранилище обновлено до схемы {to_revision} (была {from_revision}). Копия "
            "хранилища до обновления: «{backup}» — она нужна, чтобы вернуться к прежней "
            "версии MigDesk."
        ).format(
            to_revision=self.to_revision,
            from_revision=self.from_revision or "—",
            backup=self.backup,
        )


def backup_name(path: Path, revision: str | None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.before-{revision or 'empty'}-{stamp}.bak")


@contextlib.contextmanager
def migration_lock(path: Path) -> Iterator[None]:
    """Only one process migrates a vault: a second one (the GUI and a script opening the same
    old vault) waits here and then finds it migrated. A lock file of its own (kept), not the
    vault: closing another descriptor of the vault file would drop SQLite's POSIX locks."""
    lock_path = path.with_name(f".{path.name}.upgrade-lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _remove_partial_copies(path: Path) -> None:
    """Copies a killed process left half-written (they never carry a backup's name)."""
    for leftover in path.parent.glob(f".{path.name}.before-*.bak*{_PARTIAL}"):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _check_space(path: Path) -> None:
    size = path.stat().st_size
    needed = size + size // _MIGRATION_SPACE_SHARE + _SPACE_MARGIN
    free = shutil.disk_usage(path.parent).free
    if free < needed:
        mib = 1024 * 1024
        raise VaultError(
            _(
                "Хранилище создано прежней версией MigDesk, и его нужно обновить, но в "
                "«{folder}» не хватает места для копии до обновления: нужно {needed} МБ, "
                "свободно {free} МБ. Хранилище не изменено; освободите место и откройте его снова."
            ).format(folder=path.parent, needed=-(-needed // mib), free=free // mib)
        )


def backup_before_migration(path: Path, engine: Engine, revision: str | None) -> Path:
    """Copy the (encrypted) vault and its key slots aside before changing the schema. The
    copy is written under a hidden name and renamed when complete, so a process killed while
    copying never leaves a truncated file that looks like a backup."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _check_space(path)
    target = backup_name(path, revision)
    keys_target = KeySlotFile.path_for(target)
    staged = target.with_name(f".{target.name}{_PARTIAL}")
    try:
        shutil.copy2(path, staged)
        with open(staged, "rb+") as handle:
            os.fsync(handle.fileno())
        write_atomic(keys_target, KeySlotFile.path_for(path).read_bytes())
        shutil.copystat(KeySlotFile.path_for(path), keys_target)
        os.replace(staged, target)
        fsync_dir(path.parent)
    except BaseException as exc:
        for leftover in (staged, keys_target):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        if isinstance(exc, OSError):
            raise VaultError(
                _(
                    "Хранилище создано прежней версией MigDesk, и его нужно обновить, но копию "
                    "до обновления записать в «{folder}» не удалось: {reason}. Хранилище не "
                    "изменено."
                ).format(folder=path.parent, reason=os_text(exc))
            ) from exc
        raise
    return target


def migrate_if_older(
    path: Path,
    engine: Engine,
    revision: str | None,
    progress: Callable[[int, int], None] | None = None,
) -> Migrated | None:
    """Run the migrations from ``revision`` (read before the lock) to the newest one;
    ``progress(done, total)`` in revisions, before each (at a million persons some take
    minutes, and the window says so instead of «checking the password»)."""
    head = migrate.head_revision()
    if revision == head:
        return None
    with migration_lock(path):
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
            conn.rollback()
        if revision == head:  # another process migrated it while this one waited
            return None
        _remove_partial_copies(path)
        backup = backup_before_migration(path, engine, revision)
        steps = migrate.revisions_after(revision)
        for done, step in enumerate(steps):
            if progress is not None:
                progress(done, len(steps))
            with engine.connect() as conn:
                migrate.upgrade(conn, step)
                conn.commit()
        if progress is not None:
            progress(len(steps), len(steps))
    return Migrated(revision, head, backup.absolute())
