"""An administrator ends one user's login wait; a wrong current password in «Сменить
пароль» counts as a failed login. Real vault files; the guard's clock is passed in where it
matters, nothing sleeps."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from migdesk.errors import InvalidInput, LoginThrottled, NotFound, PermissionDenied, WrongPassword
from migdesk.office import login_waits
from migdesk.office.users import UserService
from migdesk.security.audit_labels import action_label
from migdesk.vault import Vault
from migdesk.vault.login_guard import FailedLogins, utc_now
from migdesk.vault.login_report import open_guarded
from tests.conftest import ADMIN, PASSWORD, Cli

OFFICER, OFFICER_PASSWORD = "officer1", "officer-password-1"
OTHER, OTHER_PASSWORD = "officer2", "officer-password-2"
WRONG = "Zz-wrong-secret-9"


@pytest.fixture
def officers(vault: Vault, vault_path: Path) -> Path:
    UserService(vault).add(OFFICER, "officer", OFFICER_PASSWORD)
    UserService(vault).add(OTHER, "officer", OTHER_PASSWORD)
    vault.close()
    return vault_path


def _hold(path: Path, user: str, times: int = 5) -> None:
    """``times`` failures, 20 min apart (past every wait), the last one now."""
    last = utc_now()
    for n in range(times):
        at = last - timedelta(minutes=20 * (times - 1 - n))
        with pytest.raises(WrongPassword):
            open_guarded(path, user, WRONG, "window", now=at)


def _audit(path: Path, action: str) -> list[tuple[str, dict[str, object]]]:
    with Vault.open(path, ADMIN, PASSWORD) as vault:
        rows = vault.raw_execute(
            "SELECT user, details FROM audit_log WHERE action = ? ORDER BY id", action
        )
    return [(user, json.loads(details)) for user, details in rows]


def test_the_administrator_ends_one_names_wait_and_the_failures_are_still_reported(
    officers: Path,
) -> None:
    path = officers
    _hold(path, OFFICER)
    _hold(path, OTHER)
    with pytest.raises(LoginThrottled):
        open_guarded(path, OFFICER, OFFICER_PASSWORD, "window")

    with Vault.open(path, ADMIN, PASSWORD) as admin:
        assert login_waits.wait_of(admin, OFFICER).held
        done = login_waits.clear(admin, OFFICER)
        assert done.cleared and done.wait.failures == 5 and done.wait.seconds_left() > 0
        again = login_waits.clear(admin, OFFICER)  # nothing left to end: nothing written
        assert not again.cleared

    # Only that name: the other officer still waits.
    with pytest.raises(LoginThrottled):
        open_guarded(path, OTHER, OTHER_PASSWORD, "window")
    # The officer gets in at once, and is still told of the five failures, which reach
    # the audit as before: clearing the wait erased nothing.
    vault = open_guarded(path, OFFICER, OFFICER_PASSWORD, "window")
    try:
        report = vault.login_report
        assert report is not None and report.own is not None and report.own.count == 5
    finally:
        vault.close()
    [(by, failed)] = _audit(path, "auth.failed")
    assert by == OFFICER and failed["count"] == 5
    [(by, cleared)] = _audit(path, login_waits.AUDIT_ACTION)
    assert by == ADMIN and cleared["user"] == OFFICER and cleared["count"] == 5
    assert action_label(login_waits.AUDIT_ACTION) == (
        "снятие ожидания входа пользователя (попытки не стёрты)"
    )


def test_after_a_clear_the_user_has_five_fresh_tries(officers: Path) -> None:
    path = officers
    _hold(path, OFFICER, times=7)
    with Vault.open(path, ADMIN, PASSWORD) as admin:
        assert login_waits.clear(admin, OFFICER).cleared
    now = utc_now()
    for n in range(4):  # four more mistakes are checked, not held
        with pytest.raises(WrongPassword):
            open_guarded(path, OFFICER, WRONG, "window", now=now + timedelta(seconds=n))
    record = FailedLogins(path).record(OFFICER)
    assert record is not None and record.count == 11 and not record.held
    with pytest.raises(WrongPassword):
        open_guarded(path, OFFICER, WRONG, "window", now=now + timedelta(seconds=5))
    with pytest.raises(LoginThrottled) as caught:  # the fifth starts a first wait, 30 s
        FailedLogins(path).check(OFFICER, now + timedelta(seconds=6))
    assert caught.value.seconds == 29


def test_only_an_administrator_clears_and_only_an_active_users_wait(officers: Path) -> None:
    path = officers
    _hold(path, OTHER)
    with Vault.open(path, OFFICER, OFFICER_PASSWORD) as officer, pytest.raises(PermissionDenied):
        login_waits.clear(officer, OTHER)
    with Vault.open(path, ADMIN, PASSWORD) as admin, pytest.raises(NotFound):
        login_waits.clear(admin, "nobody")
    record = FailedLogins(path).record(OTHER)
    assert record is not None and record.held
    assert _audit(path, login_waits.AUDIT_ACTION) == []


def test_an_unwritable_side_file_leaves_the_wait_and_no_audit_entry(
    officers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = officers
    _hold(path, OFFICER)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    with Vault.open(path, ADMIN, PASSWORD) as admin:
        monkeypatch.setattr("migdesk.vault.login_guard.write_atomic", refuse)
        with pytest.raises(InvalidInput, match="Ожидание входа не снято"):
            login_waits.clear(admin, OFFICER)
        monkeypatch.undo()
    record = FailedLogins(path).record(OFFICER)
    assert record is not None and record.held
    assert _audit(path, login_waits.AUDIT_ACTION) == []


def test_a_wrong_current_password_counts_as_a_failed_login(officers: Path) -> None:
    """«Сменить пароль» asks the current password: a guess at it, like at login."""
    path = officers
    with Vault.open(path, OFFICER, OFFICER_PASSWORD) as vault:
        service = UserService(vault)
        for _ in range(5):
            with pytest.raises(WrongPassword):
                service.change_own_password(WRONG, "brand-new-password-1", "window")
        # The sixth guess waits, the right password too, as at login.
        with pytest.raises(LoginThrottled):
            service.change_own_password(OFFICER_PASSWORD, "brand-new-password-1", "window")
    record = FailedLogins(path).record(OFFICER)
    assert record is not None and record.count == 5 and record.sources == {"window": 5}
    with Vault.open(path, ADMIN, PASSWORD) as admin:
        assert login_waits.clear(admin, OFFICER).cleared
    vault = open_guarded(path, OFFICER, OFFICER_PASSWORD, "window")
    try:
        assert vault.login_report is not None and vault.login_report.own is not None
        UserService(vault).change_own_password(OFFICER_PASSWORD, "brand-new-password-1", "window")
    finally:
        vault.close()
    Vault.open(path, OFFICER, "brand-new-password-1").close()


def test_cli_user_clear_wait(cli_vault: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text(OFFICER_PASSWORD + "\n", encoding="utf-8")
    added = cli_vault("user", "add", OFFICER, "--role", "officer", "--password-file", str(secret))
    assert added.code == 0, added.stderr
    wrong = Cli(cli_vault.vault, OFFICER, WRONG)
    for _ in range(5):
        assert wrong("user", "list", "--json").code == 3
    assert Cli(cli_vault.vault, OFFICER, OFFICER_PASSWORD)("user", "list").code == 3  # held

    done = cli_vault("user", "clear-wait", OFFICER, "--json")
    assert done.code == 0, done.stderr
    answer = done.json()
    assert answer["name"] == OFFICER and answer["cleared"] is True
    assert answer["failures"] == 5 and 0 < answer["seconds_left"] <= 30
    assert cli_vault("user", "clear-wait", OFFICER, "--json").json()["cleared"] is False
    text = cli_vault("user", "clear-wait", OFFICER)
    assert "не ждёт входа" in text.stdout

    officer = Cli(cli_vault.vault, OFFICER, OFFICER_PASSWORD)("audit", "list", "--json")
    assert officer.code == 1  # not its to read; but the unlock itself went through
    assert "неудачных попыток входа под вашим именем: 5" in officer.stderr
    refused = Cli(cli_vault.vault, OFFICER, OFFICER_PASSWORD)("user", "clear-wait", ADMIN)
    assert refused.code == 1 and "Недостаточно прав" in refused.stderr
