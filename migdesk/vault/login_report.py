"""Unlocking with the failed-login guard, and reporting the failures at the next unlock.

Both faces open a vault through :func:`open_guarded`: an attempt while the name's wait runs
is refused unchecked, a wrong password is recorded beside the vault (``login_guard``), and
a successful unlock moves the failures recorded under the user's own name into the audit
trail (``auth.failed``, one entry per name) and tells the user (:attr:`Vault.login_report`).
An administrator's unlock does the same for the names that are no active user's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from migdesk.errors import WrongPassword
from migdesk.security import audit
from migdesk.security.roles import Role
from migdesk.vault.login_guard import FailedLogins, NameRecord, name_key
from migdesk.vault.login_notice import LoginReport
from migdesk.vault.store import Vault

AUDIT_ACTION = "auth.failed"


def open_guarded(
    path: Path,
    user: str,
    password: str,
    source: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> Vault:
    """``Vault.open`` behind the guard; ``source`` is ``window`` or ``cli``."""
    guard = FailedLogins(path.expanduser())
    guard.check(user, now)
    try:
        vault = Vault.open(path, user, password, progress=progress)
    except WrongPassword:
        guard.add_failure(user, source, now)
        raise
    report_failures(vault)
    return vault


def report_failures(vault: Vault) -> None:
    """After a successful unlock (with a password or a remembered key): audit and clear the
    failures under the user's name (and, for an administrator, under unknown names), and
    put what the user must be told in ``vault.login_report``."""
    guard = FailedLogins(vault.path)
    records, damaged = guard.load()
    if not records and not damaged:
        return  # the usual unlock: nothing to report, and no query for the roles
    own = name_key(vault.user)
    names = [own] if own in records else []
    others: list[str] = []
    if Role.ADMINISTRATOR in vault.current_roles():
        others = [n for n in records if n != own and vault.user_role(n) is None]
    if not names and not others and not damaged:
        return
    taken = guard.take(names + others)
    if not taken:
        return
    try:
        with vault.session() as session:
            for name, record in taken.items():
                audit.append(session, vault.user, AUDIT_ACTION, details=_details(name, record))
    except Exception:  # noqa: BLE001 — e.g. another process held the write lock too long
        # The unlock itself succeeded and stands; the failures wait for the next one.
        guard.give_back(taken)
        return
    vault.login_report = LoginReport(
        own=taken.get(own), strangers={n: r for n, r in taken.items() if n != own}
    )


def _details(name: str, record: NameRecord) -> dict[str, object]:
    return {
        "user": name,
        "count": record.count,
        "first_at": record.first.isoformat(timespec="seconds"),
        "last_at": record.last.isoformat(timespec="seconds"),
        "sources": sorted(record.sources),
    }
