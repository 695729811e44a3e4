"""An administrator ends one user's login wait (``vault.login_guard``).

An officer who mistyped a password five times waits 30 s, doubling up to 15 min, and calls
the administrator. Ending the wait waives the failures so far: they no longer count towards
a wait, so the user has five tries again. They are NOT erased: the user is still told of
them at the next unlock and they still reach the audit trail (``auth.failed``) then. An
attack on the account must not disappear because the account's owner asked to get in (nor
because an administrator wished it so). The clearing itself is audited
(``auth.wait_cleared``); it names the user and the count, never a password.

Only that name's wait ends: other names, and the shared record of unknown names, are left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from migdesk import safe_files
from migdesk.errors import InvalidInput, NotFound
from migdesk.messages import _
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault
from migdesk.vault.login_guard import FailedLogins, NameRecord, name_key, utc_now

AUDIT_ACTION = "auth.wait_cleared"


@dataclass(frozen=True)
class LoginWait:
    """One user's failed logins since the last successful unlock, as the guard counts them."""

    name: str
    failures: int  # all of them, waived or not: what the user will be told
    held: bool  # whether they start a wait now (what ``clear`` ends)
    until: datetime | None  # UTC; None or past: the next attempt is checked at once

    def seconds_left(self, now: datetime | None = None) -> int:
        if self.until is None:
            return 0
        return max(0, int((self.until - (now or utc_now())).total_seconds() + 0.999))


def _wait(name: str, record: NameRecord | None) -> LoginWait:
    if record is None:
        return LoginWait(name, 0, False, None)
    return LoginWait(name, record.count, record.held, record.wait_until())


def wait_of(vault: Vault, name: str) -> LoginWait:
    """``name``'s failures and wait (administrators)."""
    require(vault.current_roles(), Permission.MANAGE_USERS)
    key = _active_user(vault, name)
    return _wait(key, FailedLogins(vault.path).load()[0].get(key))


class _Gone(Exception):
    """The wait ended meanwhile (the user got in, another administrator cleared it)."""


@dataclass(frozen=True)
class Cleared:
    wait: LoginWait  # as it was just before
    cleared: bool  # False: nothing held it, nothing written or audited


def clear(vault: Vault, name: str) -> Cleared:
    """End ``name``'s wait. Administrators only; ``name`` an active user."""
    require(vault.current_roles(), Permission.MANAGE_USERS)
    key = _active_user(vault, name)
    guard = FailedLogins(vault.path)
    before = _wait(key, guard.load()[0].get(key))
    if not before.held:
        return Cleared(before, cleared=False)
    until = None if before.until is None else before.until.isoformat(timespec="seconds")
    try:
        with vault.session() as session:
            details = {"user": key, "count": before.failures, "until": until}
            audit.append(
                session,
                vault.user,
                AUDIT_ACTION,
                record_kind="user",
                record_id=key,
                details=details,
            )
            session.flush()
            # Inside the transaction: if the side file cannot be written, the audit entry
            # is rolled back with it, and the administrator is told the wait still runs.
            if guard.waive(key) is None:
                raise _Gone
    except _Gone:
        return Cleared(before, cleared=False)
    except OSError as exc:
        raise InvalidInput(
            _(
                "Ожидание входа не снято: файл неудачных попыток «{path}» не записывается "
                "({os_text})."
            ).format(path=guard.path, os_text=safe_files.os_text(exc))
        ) from exc
    return Cleared(before, cleared=True)


def _active_user(vault: Vault, name: str) -> str:
    key = name_key(name)
    if vault.user_role(key) is None:
        raise NotFound(_("Пользователь «{name}» не найден.").format(name=name))
    return key
