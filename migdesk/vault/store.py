"""Create and open vaults.

Opening never modifies a vault it cannot open: the key slot is checked first, then the
database is read (schema version), and only then is anything written (WAL mode, migrations
after a backup).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from migdesk.errors import NotAVault, VaultError, VaultExists, VaultTooNew
from migdesk.messages import N_, _
from migdesk.models import User, VaultSetting
from migdesk.paths import ensure_private_dir, restrict_umask
from migdesk.security import audit, password_policy
from migdesk.vault import migrate, upgrade
from migdesk.vault.busy import is_busy
from migdesk.vault.checkpoint import truncate_now
from migdesk.vault.engine import WRITE_OPTION, make_engine, raw_connect
from migdesk.vault.keyslots import DATA_KEY_BYTES, KeySlotFile, wrap_key

if TYPE_CHECKING:
    from migdesk.vault.login_notice import LoginReport

# Roles are stored comma-separated; see migdesk.security.roles.FOUNDER_ROLES for why.
FOUNDER_ROLES = "administrator,officer"


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _probe_schema(path: Path, data_key: bytes) -> str | None:
    """Read the schema revision without writing anything; raise if this is not our vault."""
    conn = raw_connect(path, data_key)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            raise NotAVault(_("Файл «{path}» не является хранилищем MigDesk.").format(path=path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlcipher3.DatabaseError as exc:
        if is_busy(exc):  # a restore or rekey keeps it shut: busy, not damaged
            raise
        raise NotAVault(
            _("Файл «{path}» не является хранилищем MigDesk или повреждён.").format(path=path)
        ) from exc
    finally:
        conn.close()


NOT_REGISTERED = N_("Пользователь не зарегистрирован в этом хранилище.")


def _user_registered(path: Path, data_key: bytes, user: str) -> bool:
    """Whether ``user`` has a row in ``users``, read without writing anything (a vault with no
    users table, e.g. an empty schema, has nobody registered)."""
    conn = raw_connect(path, data_key)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "users" not in tables:
            return False
        return conn.execute("SELECT 1 FROM users WHERE name = ?", (user,)).fetchone() is not None
    except sqlcipher3.DatabaseError as exc:
        if is_busy(exc):  # a restore or rekey keeps it shut: busy, not damaged
            raise
        raise NotAVault(
            _("Файл «{path}» не является хранилищем MigDesk или повреждён.").format(path=path)
        ) from exc
    finally:
        conn.close()


def _settle_interrupted_rekey(
    path: Path, slots: KeySlotFile, old_key: bytes, user: str, password: str
) -> bytes:
    """A rekey stopped half-way: keep whichever key opens the file that is in place."""
    staged = rekey_staging_path(path)
    try:
        _probe_schema(path, old_key)
    except NotAVault:
        # The re-encrypted file was already moved in: the pending slots are the real ones.
        new_key = slots.unwrap(user, password, pending=True)
        _probe_schema(path, new_key)
        slots.promote_pending()
        return new_key
    # The old file is still in place: forget the unfinished copy.
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    slots.drop_pending()
    return old_key


def rekey_staging_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.rekey")


class Vault:
    """An open vault: the engine, the session factory and the unlocked user."""

    def __init__(
        self, path: Path, engine: Engine, vault_id: str, user: str, data_key: bytes
    ) -> None:
        self.path = path
        # Kept for adding key slots (users, password resets); SQLCipher holds it anyway.
        self.data_key = data_key
        self.engine = engine
        self.vault_id = vault_id
        self.user = user
        self._sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        # Set when this open brought an older vault up to this schema (what, and the copy).
        self.migrated: upgrade.Migrated | None = None
        # Set when failed unlocks under this user's name (or, for an administrator, unknown
        # names) were reported at this unlock: what to tell the user (``login_report``).
        self.login_report: LoginReport | None = None
        # Set by a password unlock whose password the rule would refuse today (Art. 11.4):
        # the user is asked to change it. Only for this session; nothing about it is stored.
        self.password_falls_short = False

    # --- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, user: str, password: str, *, authority: str | None = None) -> Vault:
        restrict_umask()
        path = path.expanduser()
        keys_path = KeySlotFile.path_for(path)
        if path.exists() or keys_path.exists():
            raise VaultExists(
                _("Файл «{path}» уже существует; он не будет перезаписан.").format(path=path)
            )
        if not user:
            raise VaultError(_("Не задано имя пользователя-администратора."))
        password_policy.check_new(password, min_length=password_policy.MIN_LENGTH, user=user)
        ensure_private_dir(path.parent)
        vault_id = str(uuid.uuid4())
        data_key = os.urandom(DATA_KEY_BYTES)
        slots = KeySlotFile(path=keys_path, vault_id=vault_id)
        slots.slots.append(wrap_key(vault_id, user, password, data_key))
        try:
            # Before the first table exists: lets destruction hand freed pages back to the
            # file system (incremental vacuum) after secure_delete has zeroed them.
            first = raw_connect(path, data_key)
            first.execute("PRAGMA auto_vacuum = INCREMENTAL")
            first.execute("PRAGMA journal_mode = WAL")
            first.close()
            engine = make_engine(path, data_key)
            with engine.connect() as conn:
                migrate.upgrade(conn)
                conn.commit()
            vault = cls(path, engine, vault_id, user, data_key)
            with vault.session() as session:
                session.add(VaultSetting(key="vault_id", value=vault_id))
                if authority:
                    session.add(VaultSetting(key="own_authority", value=authority))
                session.add(User(name=user, role=FOUNDER_ROLES, created_at=_utcnow(), active=True))
                audit.append(session, user, "vault.create", details={"authority": authority})
            # The slot file is written last: until it exists there is no vault to open.
            slots.save()
        except BaseException:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        return vault

    @classmethod
    def open(
        cls,
        path: Path,
        user: str,
        password: str,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> Vault:
        restrict_umask()
        path = path.expanduser()
        if not path.is_file():
            raise NotAVault(_("Хранилище «{path}» не найдено.").format(path=path))
        slots = KeySlotFile.load(path)
        data_key = slots.unwrap(user, password)
        if slots.next_slots:
            data_key = _settle_interrupted_rekey(path, slots, data_key, user, password)
        vault = cls.open_with_key(path, data_key, slots.vault_id, user, progress=progress)
        try:
            vault.password_falls_short = vault._falls_short(password)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def open_with_key(
        cls,
        path: Path,
        data_key: bytes,
        vault_id: str,
        user: str,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> Vault:
        """``progress(done, total)``: the revisions of a migration an older vault needs."""
        revision = _probe_schema(path, data_key)
        if revision is not None and revision not in migrate.known_revisions():
            raise VaultTooNew(
                _(
                    "Хранилище «{path}» создано или уже обновлено более новой версией "
                    "MigDesk: его схема {revision}, а эта программа знает схемы до {head}. Оно "
                    "не изменено: обновите программу до той же или более новой версии либо, "
                    "чтобы вернуться к этой, восстановите копию, сделанную перед обновлением "
                    "(«{path}.before-{head}-….bak», команда migdesk-cli restore)."
                ).format(path=path, revision=revision[:40], head=migrate.head_revision())
            )
        if not _user_registered(path, data_key, user):
            # Checked before anything is written: a user the vault does not know (or a vault
            # with no users at all) must not trigger a backup and a migration.
            raise VaultError(_(NOT_REGISTERED))
        engine = make_engine(path, data_key)
        try:
            migrated = upgrade.migrate_if_older(path, engine, revision, progress)
        except BaseException:
            engine.dispose()
            raise
        vault = cls(path, engine, vault_id, user, data_key)
        if vault.user_role(user) is None:
            engine.dispose()
            raise VaultError(_(NOT_REGISTERED))
        if migrated is not None:
            vault.migrated = migrated
            with vault.session() as session:
                audit.append(
                    session,
                    user,
                    "vault.migrate",
                    details={
                        "from": migrated.from_revision,
                        "to": migrated.to_revision,
                        "file": migrated.backup.name,  # as vault.backup names its copy
                    },
                )
        return vault

    def close(self) -> None:
        # A checkpoint folds the WAL back into the (encrypted) main file and truncates it. It
        # never waits (``checkpoint.truncate_now``): with the busy handler, a TRUNCATE while
        # another process read held the write lock for busy_timeout (5 s), so a CLI command
        # ending while an open GUI was reading froze that GUI's saves for up to 5 s and took
        # 5 s longer itself (#17). Busy: the WAL stays for the last connection to close or
        # the next trim.
        with contextlib.suppress(Exception), self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA busy_timeout = 0")  # closed just below: nothing to restore
            truncate_now(raw)
        self.engine.dispose()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- sessions ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed as a whole on success, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        finally:
            # close() ends the transaction but keeps loaded attributes usable (rollback would
            # expire them); nothing was flushed, so there is nothing to undo.
            session.close()

    def user_role(self, name: str) -> str | None:
        """Roles of an active user as stored (comma-separated), or None."""
        with self.read_session() as session:
            user = session.get(User, name)
            return user.role if user is not None and user.active else None

    def user_roles(self, name: str) -> frozenset[str]:
        stored = self.user_role(name)
        return frozenset(stored.split(",")) if stored else frozenset()

    def current_roles(self) -> frozenset[str]:
        return self.user_roles(self.user)

    def _falls_short(self, password: str) -> bool:
        with self.read_session() as session:
            row = session.get(User, self.user)
            full_name = row.full_name if row is not None else None
            minimum = password_policy.min_length(session)
        return password_policy.falls_short(
            password, min_length=minimum, user=self.user, full_name=full_name
        )

    def setting(self, key: str) -> str | None:
        with self.read_session() as session:
            row = session.get(VaultSetting, key)
            return None if row is None else row.value

    def raw_execute(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Plain SQL for diagnostics and benchmarks."""
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql, params).fetchall()]


def read_vault_id(path: Path) -> str:
    """The vault id from the key-slot file, without unlocking anything."""
    return KeySlotFile.load(path.expanduser()).vault_id


def schema_revision(path: Path, user: str, password: str) -> str | None:
    """The vault's schema revision, read without migrating or writing anything (diagnostics)."""
    return _probe_schema(path, KeySlotFile.load(path).unwrap(user, password))
