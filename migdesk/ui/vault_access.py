"""Opening and creating vaults for the unlock dialog (runs in a worker thread, no Qt).

Remembering an unlock is the domain's ``migdesk.vault.remember``; this only decides when
to use it: with an empty password a remembered key is tried, and after a password unlock
the key is stored (box ticked) or forgotten (box cleared).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from migdesk.demo_vault import mark_demo_vault
from migdesk.errors import VaultError
from migdesk.vault import Vault, remember
from migdesk.vault.login_report import open_guarded, report_failures
from migdesk.vault.store import read_vault_id


@dataclass(frozen=True)
class OpenRequest:
    path: Path
    user: str
    password: str
    remember: bool | None  # None: the option is not offered on this computer


# (done, total) revisions of the migration an older vault needs on its first open.
MigrationProgress = Callable[[int, int], None]


def _open_remembered(request: OpenRequest, progress: MigrationProgress | None) -> Vault | None:
    vault_id = read_vault_id(request.path)
    key = remember.recall_key(vault_id, request.user)
    if key is None:
        return None
    try:
        return Vault.open_with_key(
            request.path.expanduser(), key, vault_id, request.user, progress=progress
        )
    except VaultError:
        remember.forget_key(vault_id, request.user)  # stale: the vault was re-keyed or replaced
        return None


def open_vault(
    request: OpenRequest, progress: MigrationProgress | None = None, now: datetime | None = None
) -> Vault:
    """``now``: the dialog's clock, for the failed-login guard's wait (tests move it)."""
    if request.remember is not None and not request.password and request.path.is_file():
        vault = _open_remembered(request, progress)
        if vault is not None:
            # Not a guess (the key was kept by this computer's secret store): no wait, but
            # the failures since the last unlock are still reported.
            report_failures(vault)
            return vault
    vault = open_guarded(
        request.path, request.user, request.password, "window", progress=progress, now=now
    )
    if request.remember is True:
        remember.remember_key(vault.vault_id, request.user, vault.data_key)
    elif request.remember is False:
        remember.forget_key(vault.vault_id, request.user)
    return vault


@dataclass(frozen=True)
class CreateRequest:
    path: Path
    user: str
    password: str
    authority: str
    demo: bool = False


def create_vault(request: CreateRequest) -> Vault:
    vault = Vault.create(request.path, request.user, request.password, authority=request.authority)
    if request.demo:
        mark_demo_vault(vault)
    return vault
