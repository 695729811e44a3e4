"""Failed unlocks are recorded beside the vault, reported at the next unlock, and slow down
guessing (Art. 11.4). Real vault files; the guard's clock is passed in, nothing sleeps."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from migdesk.errors import LoginThrottled, WrongPassword
from migdesk.office.audit_log import AuditFilter
from migdesk.office.users import UserService
from migdesk.security.audit_labels import action_label
from migdesk.ui.audit_model import load_page
from migdesk.vault import Vault
from migdesk.vault.login_guard import MAX_NAMES, UNKNOWN_NAMES, FailedLogins, path_for
from migdesk.vault.login_report import open_guarded
from tests.conftest import ADMIN, PASSWORD

T0 = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
OFFICER, OFFICER_PASSWORD = "officer1", "officer-password-1"
WRONG = "Zz-wrong-secret-9"


@pytest.fixture
def with_officer(vault: Vault, vault_path: Path) -> Path:
    UserService(vault).add(OFFICER, "officer", OFFICER_PASSWORD)
    vault.close()
    return vault_path


def _fail(path: Path, user: str, at: datetime, source: str = "window") -> None:
    with pytest.raises(WrongPassword) as caught:
        open_guarded(path, user, WRONG, source, now=at)
    assert "Неверное имя пользователя или пароль." in str(caught.value)


def _failed_entries(path: Path) -> list[dict[str, object]]:
    with Vault.open(path, ADMIN, PASSWORD) as vault:
        rows = vault.raw_execute(
            "SELECT user, details FROM audit_log WHERE action = 'auth.failed' ORDER BY id"
        )
    return [{"by": user, **json.loads(details)} for user, details in rows]


def test_failures_are_shown_audited_and_cleared_at_the_next_unlock(with_officer: Path) -> None:
    path = with_officer
    _fail(path, OFFICER, T0, "window")
    _fail(path, OFFICER, T0 + timedelta(minutes=1), "cli")
    _fail(path, OFFICER, T0 + timedelta(minutes=2), "window")
    assert FailedLogins(path).record(OFFICER) is not None

    vault = open_guarded(path, OFFICER, OFFICER_PASSWORD, "window", now=T0 + timedelta(hours=1))
    try:
        report = vault.login_report
        assert report is not None and report.own is not None and report.strangers == {}
        last = (T0 + timedelta(minutes=2)).astimezone().strftime("%d.%m.%Y %H:%M")
        assert report.notice() == (
            "С вашего последнего входа неудачных попыток входа под вашим именем: 3, "
            f"последняя — {last}. Если это были не вы, сообщите администратору."
        )
    finally:
        vault.close()
    assert not path_for(path).exists()  # cleared: nothing else was recorded
    entries = _failed_entries(path)
    assert entries == [
        {
            "by": OFFICER,
            "user": OFFICER,
            "count": 3,
            "first_at": T0.isoformat(),
            "last_at": (T0 + timedelta(minutes=2)).isoformat(),
            "sources": ["cli", "window"],
        }
    ]
    # The next unlock has nothing to tell.
    again = open_guarded(path, OFFICER, OFFICER_PASSWORD, "window", now=T0 + timedelta(hours=2))
    assert again.login_report is None
    again.close()


def test_the_audit_screen_names_the_entry_in_words(with_officer: Path) -> None:
    _fail(with_officer, OFFICER, T0)
    open_guarded(with_officer, OFFICER, OFFICER_PASSWORD, "cli").close()
    with Vault.open(with_officer, ADMIN, PASSWORD) as vault:
        rows = load_page(vault, AuditFilter(), 50).rows
        entry = next(r for r in rows if r.action == "auth.failed")
        assert action_label("auth.failed") == (
            "неудачные попытки входа (сообщено при следующем входе)"
        )
        assert "количество: 1" in entry.details
        assert "где: окно программы" in entry.details
        assert "T" not in entry.details.split("первая: ")[1][:16]  # ДД.ММ.ГГГГ ЧЧ:ММ, not ISO


def test_unknown_names_are_reported_to_the_administrator_only(with_officer: Path) -> None:
    path = with_officer
    _fail(path, "ivanov", T0, "cli")
    _fail(path, "ivanov", T0 + timedelta(seconds=5), "cli")
    _fail(path, OFFICER, T0)

    officer = open_guarded(path, OFFICER, OFFICER_PASSWORD, "window")
    assert officer.login_report is not None and officer.login_report.strangers == {}
    officer.close()
    assert FailedLogins(path).record("ivanov") is not None  # not the officer's to see

    admin = open_guarded(path, ADMIN, PASSWORD, "window")
    try:
        report = admin.login_report
        assert report is not None and report.own is None
        assert set(report.strangers) == {UNKNOWN_NAMES}
        notice = report.notice()
        assert "хранилища: 2, последняя — " in notice and "ivanov" not in notice
        assert notice.startswith("Неудачные попытки входа под именами, которых нет")
    finally:
        admin.close()
    assert not path_for(path).exists()
    assert [(e["by"], e["user"], e["count"]) for e in _failed_entries(path)] == [
        (OFFICER, OFFICER, 1),
        (ADMIN, UNKNOWN_NAMES, 2),
    ]


def test_a_password_typed_as_the_name_is_never_kept(with_officer: Path) -> None:
    """People type their password into the name field; the side file is not encrypted, so
    a name without a key slot is kept only as the mark, and unknown names share one wait."""
    typed_as_name = "Officer-Password-Typed-Here"
    for minute in range(5):
        _fail(with_officer, typed_as_name, T0 + timedelta(minutes=minute))
    raw = path_for(with_officer).read_bytes()
    assert typed_as_name.encode() not in raw and b"Typed" not in raw
    with pytest.raises(LoginThrottled):
        FailedLogins(with_officer).check("another-unknown", T0 + timedelta(minutes=4, seconds=1))
    FailedLogins(with_officer).check(OFFICER, T0 + timedelta(minutes=4, seconds=1))


def test_guessing_waits_after_five_failures_even_for_the_right_password(
    with_officer: Path,
) -> None:
    path = with_officer
    for minute in range(5):
        _fail(path, OFFICER, T0 + timedelta(minutes=minute))
    fifth = T0 + timedelta(minutes=4)
    # The wait is refused unchecked: the right password too, and nothing more is counted.
    with pytest.raises(LoginThrottled) as caught:
        open_guarded(path, OFFICER, OFFICER_PASSWORD, "cli", now=fifth + timedelta(seconds=10))
    assert caught.value.seconds == 20
    assert "следующая попытка — через 20 с" in str(caught.value)
    record = FailedLogins(path).record(OFFICER)
    assert record is not None and record.count == 5

    # A new reader of the file (another process, a restart) sees the same wait.
    with pytest.raises(LoginThrottled):
        FailedLogins(path).check(OFFICER, fifth + timedelta(seconds=29))
    # Doubling: the sixth failure waits 60 s, and so on up to 15 minutes.
    _fail(path, OFFICER, fifth + timedelta(seconds=30))
    with pytest.raises(LoginThrottled) as caught:
        FailedLogins(path).check(OFFICER, fifth + timedelta(seconds=31))
    assert caught.value.seconds == 59
    at = fifth + timedelta(seconds=90)
    for _ in range(8):
        _fail(path, OFFICER, at)
        at += timedelta(minutes=16)
    record = FailedLogins(path).record(OFFICER)
    assert record is not None and record.wait_until() == record.last + timedelta(minutes=15)
    # Other names are not held up, and once the wait is over the right password opens.
    open_guarded(path, ADMIN, PASSWORD, "cli", now=at).close()
    vault = open_guarded(path, OFFICER, OFFICER_PASSWORD, "cli", now=at)
    assert vault.login_report is not None and vault.login_report.own is not None
    assert vault.login_report.own.count == 14
    vault.close()
    FailedLogins(path).check(OFFICER, at)  # cleared: no wait any more


def test_the_side_file_never_holds_the_password(with_officer: Path) -> None:
    secret = "Pq7-unique-guess-XYZ"
    for user in (OFFICER, "nobody"):
        with pytest.raises(WrongPassword):
            open_guarded(with_officer, user, secret, "window", now=T0)
    raw = path_for(with_officer).read_bytes()
    assert OFFICER.encode() in raw and b"nobody" not in raw
    for piece in (secret, secret[:6], secret[-6:], "unique"):
        assert piece.encode() not in raw


def test_a_damaged_side_file_never_stops_an_unlock_and_is_written_anew(
    with_officer: Path,
) -> None:
    side = path_for(with_officer)
    side.write_bytes(b"\x00{not json")
    vault = open_guarded(with_officer, OFFICER, OFFICER_PASSWORD, "window")
    assert vault.login_report is None  # nothing alarming
    vault.close()
    assert not side.exists()

    side.write_text('{"format": "migdesk-failed-logins", "names": {"x": {"count": "many"}}}')
    _fail(with_officer, OFFICER, T0)
    body = json.loads(side.read_text())
    assert list(body["names"]) == [OFFICER]
    assert body["names"][OFFICER]["count"] == 1


def test_an_unreadable_side_file_is_counted_as_empty(with_officer: Path) -> None:
    side = path_for(with_officer)
    side.mkdir()  # not a file at all
    _fail(with_officer, OFFICER, T0)  # the answer is still the wrong password's
    vault = open_guarded(with_officer, OFFICER, OFFICER_PASSWORD, "window")
    assert vault.login_report is None
    vault.close()


def test_a_flood_of_made_up_names_does_not_reset_a_name_under_attack(
    with_officer: Path,
) -> None:
    guard = FailedLogins(with_officer)
    for minute in range(5):
        guard.add_failure(OFFICER, "cli", T0 + timedelta(minutes=minute))
    for n in range(MAX_NAMES + 10):
        guard.add_failure(f"made-up-{n}", "cli", T0 + timedelta(hours=1, seconds=n))
    records, damaged = guard.load()
    # Made-up names share one record (they are not kept as typed), so they push out nothing.
    assert not damaged and set(records) == {OFFICER, UNKNOWN_NAMES}
    assert records[UNKNOWN_NAMES].count == MAX_NAMES + 10
    assert records[OFFICER].count == 5
    with pytest.raises(LoginThrottled):
        guard.check(OFFICER, T0 + timedelta(minutes=4, seconds=1))
