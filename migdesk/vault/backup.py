"""Encrypted backups of the vault and their restoration (Art. 11.4: protection against
accidental destruction).

A backup is the vault copied page by page with SQLite's online backup API while it stays in
use, so it is encrypted with the same data key, plus a copy of the key-slot file: the same
users open it with the same passwords. It is written under a temporary name, checked by
reopening it, and only then given its final name, so a full disk or a pulled stick never
leaves something that looks like a finished backup.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3
from sqlalchemy.exc import SQLAlchemyError

from migdesk import safe_files
from migdesk.atomic import fsync_dir, write_atomic
from migdesk.errors import InvalidInput, MigDeskError, NotAVault
from migdesk.messages import _
from migdesk.models import VaultSetting
from migdesk.progress import CancelCheck, ReportProgress, stop_if
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import in_use, migrate, restore_numbers
from migdesk.vault.engine import raw_connect
from migdesk.vault.keyslots import KeySlotFile
from migdesk.vault.restore_numbers import Carried, Marks
from migdesk.vault.store import Vault

LAST_BACKUP = "last_backup_at"
REMINDER_DAYS = "backup_reminder_days"
DEFAULT_REMINDER_DAYS = 7
PAGES_PER_STEP = 256

Progress = ReportProgress  # pages done, pages total


class BackupError(MigDeskError):
    """Writing or checking a backup failed; nothing that looks like a backup was left."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    keys_path: Path
    size: int
    persons: int


def _storage_message(exc: OSError, target: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return _("Недостаточно места на носителе «{target}»: резервная копия не создана.").format(
            target=target
        )
    if exc.errno in (errno.EIO, errno.ENODEV, errno.ENOENT, errno.ENXIO):
        return _("Носитель «{target}» недоступен (извлечён?): резервная копия не создана.").format(
            target=target
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("Нет права записи в «{target}»: резервная копия не создана.").format(target=target)
    return _("Ошибка записи в «{target}»: резервная копия не создана.").format(target=target)


def check_copy(path: Path, data_key: bytes) -> int:
    """Open a copy with the key and check it page by page; returns its person count."""
    conn = raw_connect(path, data_key)
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise NotAVault(
                _("Копия «{path}» повреждена (нарушена целостность страниц).").format(path=path)
            )
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise NotAVault(_("Копия «{path}» повреждена.").format(path=path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] not in migrate.known_revisions():
            raise NotAVault(_("Копия «{path}» создана другой версией MigDesk.").format(path=path))
        return int(conn.execute("SELECT count(*) FROM persons").fetchone()[0])
    except sqlcipher3.DatabaseError as exc:
        raise NotAVault(
            _("Файл «{path}» не является копией этого хранилища.").format(path=path)
        ) from exc
    finally:
        conn.close()


def backup(
    vault: Vault,
    target_dir: Path,
    progress: Progress | None = None,
    *,
    cancelled: CancelCheck | None = None,
) -> BackupResult:
    """A self-contained copy of the vault and its key slots in ``target_dir``; ``progress``
    in pages, ``cancelled`` asked after every step (``Cancelled``: no copy is left)."""
    require(vault.current_roles(), Permission.MANAGE_BACKUPS)
    if not target_dir.is_dir():
        raise InvalidInput(_("Каталог «{target_dir}» не найден.").format(target_dir=target_dir))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    final = target_dir / f"{vault.path.stem}-{stamp}.vault"
    partial = target_dir / f".{final.name}.partial"
    final_keys = KeySlotFile.path_for(final)
    try:
        source = vault.engine.raw_connection()
        target = raw_connect(partial, vault.data_key)
        try:
            driver = source.driver_connection
            assert driver is not None

            def step(_status: int, left: int, total: int) -> None:
                if progress is not None:
                    progress(total - left, total)
                stop_if(cancelled)  # raised through sqlite's backup: it stops there

            driver.backup(target, pages=PAGES_PER_STEP, progress=step)
            target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            target.close()
            source.close()
        persons = check_copy(partial, vault.data_key)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        write_atomic(final_keys, KeySlotFile.path_for(vault.path).read_bytes())
        os.replace(partial, final)
        fsync_dir(target_dir)
    except OSError as exc:
        _remove(partial, final, final_keys)
        raise BackupError(_storage_message(exc, target_dir)) from exc
    except BaseException:  # Ctrl-C too, even just after the rename: no copy without its keys
        _remove(partial, final, final_keys)
        raise
    with vault.session() as session:
        session.merge(VaultSetting(key=LAST_BACKUP, value=datetime.now(UTC).isoformat()))
        audit.append(session, vault.user, "vault.backup", details={"file": final.name})
    return BackupResult(final, final_keys, final.stat().st_size, persons)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def backup_overdue(vault: Vault, now: datetime | None = None) -> bool:
    """True when the last backup is older than the configured reminder age (or never made)."""
    now = now or datetime.now(UTC)
    days = int(vault.setting(REMINDER_DAYS) or DEFAULT_REMINDER_DAYS)
    last = vault.setting(LAST_BACKUP)
    return last is None or now - datetime.fromisoformat(last) > timedelta(days=days)


@dataclass(frozen=True)
class Restored:
    aside: Path  # where the replaced vault was moved (kept, never deleted)
    # Counters continued from the replaced vault (empty: none went further); None: it could
    # not be read, so numbers given after the backup may be given again.
    carried: list[Carried] | None


def restore(backup_path: Path, vault_path: Path, user: str, password: str) -> Path:
    """Replace the vault at ``vault_path`` with a checked backup; returns where the replaced
    vault was moved (it is kept, never deleted). The vault must not be open."""
    return restore_vault(backup_path, vault_path, user, password).aside


def restore_vault(backup_path: Path, vault_path: Path, user: str, password: str) -> Restored:
    """``restore``, saying which numbers the restored copy continues (``restore_numbers``)."""
    try:  # a FIFO or device offered as a backup would block SQLCipher's first read
        safe_files.check_regular(backup_path)
    except safe_files.NotRegularFile as exc:
        raise BackupError(
            _("Это не копия хранилища: {exc}. Хранилище не изменено.").format(exc=exc)
        ) from None
    except OSError as exc:
        raise BackupError(
            _("Копия «{backup_path}» не читается: {os_text}. Хранилище не изменено.").format(
                backup_path=backup_path, os_text=safe_files.os_text(exc)
            )
        ) from exc
    slots = KeySlotFile.load(backup_path)
    data_key = slots.unwrap(user, password)
    check_copy(backup_path, data_key)
    roles = _roles_in(backup_path, data_key, user)
    require(roles, Permission.MANAGE_BACKUPS)
    # Read under the seal, so no number can be given between this reading and the swap;
    # its lock is taken before (see in_use.sealed), and it is closed inside.
    replaced = restore_numbers.open_replaced(vault_path, slots.vault_id, user, password)
    try:
        with _unused(vault_path):  # refused at once; from here nobody else opens it
            marks = None if replaced is None else restore_numbers.read_marks(replaced)
            return Restored(*_restore_sealed(backup_path, vault_path, data_key, marks, user))
    finally:
        if replaced is not None:
            replaced.close()  # a second close does nothing


def _restore_sealed(
    backup_path: Path, vault_path: Path, data_key: bytes, marks: Marks | None, user: str
) -> tuple[Path, list[Carried] | None]:
    """The copy staged and checked, the counters carried, the swap: with the vault sealed."""
    carried: list[Carried] | None = None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    staged = vault_path.with_name(f".{vault_path.name}.restoring")
    staged_keys = KeySlotFile.path_for(staged)
    aside = vault_path.with_name(f"{vault_path.name}.before-restore-{stamp}.bak")
    try:
        shutil.copyfile(backup_path, staged)
        with open(staged, "rb+") as handle:
            os.fsync(handle.fileno())
        write_atomic(staged_keys, KeySlotFile.path_for(backup_path).read_bytes())
        check_copy(staged, data_key)
        if marks is not None:
            carried = restore_numbers.carry(staged, data_key, marks, user)
    except BaseException as exc:  # an OS or database error, or Ctrl-C: the half copy goes
        _remove(staged, staged_keys)
        if not isinstance(exc, (OSError, sqlcipher3.DatabaseError, SQLAlchemyError)):
            raise
        raise BackupError(
            _("Не удалось подготовить восстановление: хранилище не изменено.")
        ) from exc
    try:
        with _held(vault_path):  # sealed, this cannot fail; elsewhere it is the only hold
            _swap(vault_path, staged, staged_keys, aside)
    except BaseException:  # refused, failed, or Ctrl-C: the vault is as it was
        _remove(staged, staged_keys)
        raise
    return aside, carried


def _swap(vault_path: Path, staged: Path, staged_keys: Path, aside: Path) -> None:
    """The vault's files go aside, the staged copy takes their place; or all stays as was."""
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", ".keys", "-wal", "-shm"):
            current = Path(f"{vault_path}{suffix}")
            if current.exists():
                os.replace(current, Path(f"{aside}{suffix}"))
                moved.append((Path(f"{aside}{suffix}"), current))
        os.replace(staged_keys, KeySlotFile.path_for(vault_path))
        os.replace(staged, vault_path)
        fsync_dir(vault_path.parent)
    except BaseException as exc:  # an OS error, or Ctrl-C between two renames
        for old, original in moved:  # put the previous vault back as it was
            with contextlib.suppress(OSError):
                os.replace(old, original)
        if not isinstance(exc, OSError):
            raise  # Ctrl-C: the caller removes the staged copy
        raise BackupError(_("Восстановление не выполнено; прежнее хранилище на месте.")) from exc


def _refusal() -> BackupError:
    return BackupError(
        _(
            "Хранилище открыто другой программой (окном MigDesk или командой): "
            "закройте её и повторите восстановление. Хранилище не изменено."
        )
    )


def _unused(vault_path: Path) -> contextlib.AbstractContextManager[None]:
    """``in_use.sealed`` with the refusal in Russian."""
    return in_use.refused_if_in_use(vault_path, _refusal, in_use.sealed)


def _held(vault_path: Path) -> contextlib.AbstractContextManager[None]:
    """``in_use.held_unused`` with the refusal in Russian."""
    return in_use.refused_if_in_use(vault_path, _refusal)


def _roles_in(path: Path, data_key: bytes, user: str) -> frozenset[str]:
    conn = raw_connect(path, data_key)
    try:
        row = conn.execute("SELECT role, active FROM users WHERE name = ?", (user,)).fetchone()
    finally:
        conn.close()
    return frozenset(row[0].split(",")) if row and row[1] else frozenset()
