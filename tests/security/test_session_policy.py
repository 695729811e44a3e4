"""The idle time before the automatic lock: a vault setting only administrators change."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.errors import InvalidInput, PermissionDenied
from migdesk.models import VaultSetting
from migdesk.office import session_policy
from migdesk.office.users import UserService
from migdesk.security import audit
from migdesk.vault import Vault


def test_default_is_ten_minutes(vault: Vault) -> None:
    assert session_policy.idle_lock_minutes(vault) == 10


def test_administrator_sets_it_and_the_change_is_audited(vault: Vault) -> None:
    session_policy.set_idle_lock_minutes(vault, 3)
    assert session_policy.idle_lock_minutes(vault) == 3
    with vault.read_session() as session:
        entries = audit.query(session, audit.AuditFilter(action="settings.idle_lock"))
        assert [e.details for e in entries] == ['{"minutes":3}']
        assert audit.verify(session).ok


@pytest.mark.parametrize("minutes", [0, -5, 241, 10_000])
def test_out_of_range_is_refused(vault: Vault, minutes: int) -> None:
    with pytest.raises(InvalidInput, match="от 1 до 240 минут"):
        session_policy.set_idle_lock_minutes(vault, minutes)
    assert session_policy.idle_lock_minutes(vault) == 10


def test_non_integer_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="целым числом"):
        session_policy.set_idle_lock_minutes(vault, True)
    with pytest.raises(InvalidInput, match="целым числом"):
        session_policy.set_idle_lock_minutes(vault, 2.5)  # type: ignore[arg-type]


def test_officer_cannot_change_it(vault: Vault, vault_path: Path) -> None:
    UserService(vault).add("officer1", "officer", "officer-password")
    with Vault.open(vault_path, "officer1", "officer-password") as other:
        with pytest.raises(PermissionDenied, match="администратор"):
            session_policy.set_idle_lock_minutes(other, 30)
        assert session_policy.idle_lock_minutes(other) == 10


@pytest.mark.parametrize("stored", ["abc", "0", "999", ""])
def test_a_damaged_value_falls_back_to_the_default(vault: Vault, stored: str) -> None:
    with vault.session() as session:
        session.merge(VaultSetting(key=session_policy.IDLE_LOCK_SETTING, value=stored))
    assert session_policy.idle_lock_minutes(vault) == 10
