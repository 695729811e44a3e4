"""The password rule through ``migdesk-cli`` (real processes): every place a password is set
refuses a weak one with exit 1 and ``{"status": "refused", "reason", "message"}``, the vault
unchanged; the administrator's minimum; an old short password still works, with one line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from migdesk.office.password_rule import notice_due, notice_key
from migdesk.office.users import UserService
from migdesk.vault import Vault
from migdesk.vault.keyslots import KeySlotFile, wrap_key
from tests.conftest import ADMIN, PASSWORD, Cli

GOOD = "тихая река у старой мельницы"


def _refused(result: object, reason: str) -> None:
    assert result.code == 1, result.stderr  # type: ignore[attr-defined]
    answer = result.json()  # type: ignore[attr-defined]
    assert answer["status"] == "refused" and answer["reason"] == reason, answer
    assert answer["message"] and answer["message"] in result.stderr  # type: ignore[attr-defined]


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_init_refuses_a_short_first_password(vault_path: Path) -> None:
    short = Cli(vault_path, password="secret")
    _refused(short("init", "--authority", "KZ-MVD", "--json"), "password_too_short")
    assert not vault_path.exists() and not KeySlotFile.path_for(vault_path).exists()
    common = Cli(vault_path, password="Qwerty12345!")
    _refused(common("init", "--json"), "password_too_common")
    assert not vault_path.exists()


def test_user_add_and_passwd_refuse_weak_passwords(cli_vault: Cli, tmp_path: Path) -> None:
    slots = KeySlotFile.path_for(cli_vault.vault)
    before = slots.read_bytes()
    weak = _file(tmp_path, "weak", "12345678")
    add = ("user", "add", "clerk.a", "--role", "officer", "--json", "--password-file")
    _refused(cli_vault(*add, weak), "password_too_short")
    named = _file(tmp_path, "named", "Clerk.A-spring-2026")
    _refused(cli_vault(*add, named), "password_contains_name")
    assert slots.read_bytes() == before
    assert [u["name"] for u in cli_vault("user", "list", "--json").json()] == [ADMIN]

    assert cli_vault(*add, _file(tmp_path, "good", GOOD)).code == 0
    listed = _file(tmp_path, "listed", "ПАРОЛЬ")
    passwd = ("user", "passwd", "--json", "--new-password-file", listed)
    _refused(cli_vault(*passwd), "password_too_short")
    _refused(cli_vault(*passwd[:2], "clerk.a", *passwd[2:]), "password_too_short")
    common = _file(tmp_path, "common", "password2026")
    _refused(
        cli_vault("user", "passwd", "clerk.a", "--json", "--new-password-file", common),
        "password_too_common",
    )
    # Both old passwords still open the vault: nothing was changed.
    assert Cli(cli_vault.vault, "clerk.a", GOOD)("person", "search", "x").code == 0
    assert cli_vault("person", "search", "x").code == 0


def test_settings_password_min_length(cli_vault: Cli, tmp_path: Path) -> None:
    shown = cli_vault("settings", "password-min-length", "--json")
    assert shown.code == 0 and shown.json() == {"password_min_length": 10}
    low = cli_vault("settings", "password-min-length", "--set", "9")
    assert low.code == 1 and "от 10 до 64" in low.stderr
    raised = cli_vault("settings", "password-min-length", "--set", "16", "--json")
    assert raised.code == 0 and raised.json() == {"password_min_length": 16}
    twelve = _file(tmp_path, "twelve", "река у мельн")
    refused = cli_vault(
        "user", "add", "clerk.a", "--role", "officer", "--json", "--password-file", twelve
    )
    _refused(refused, "password_too_short")
    assert "не меньше 16 символов" in refused.stderr
    audit = cli_vault("audit", "list", "--action", "settings.password_min_length", "--json")
    assert audit.code == 0, audit.stderr
    assert [e["action"] for e in audit.json()] == ["settings.password_min_length"]


def test_an_old_short_password_still_works_with_one_line(cli_vault: Cli) -> None:
    quiet = cli_vault("user", "list", "--json")
    assert quiet.code == 0 and "правилу" not in quiet.stderr
    slots = KeySlotFile.load(cli_vault.vault)
    key = slots.unwrap(ADMIN, PASSWORD)
    slots.set_slot(wrap_key(slots.vault_id, ADMIN, "secret", key))  # set before the rule
    result = Cli(cli_vault.vault, ADMIN, "secret")("user", "list", "--json")
    assert result.code == 0, result.stderr
    assert [u["name"] for u in result.json()] == [ADMIN]
    [line] = result.stderr.splitlines()
    assert "правилу паролей" in line and "user passwd admin" in line
    assert "secret" not in result.stderr


def test_the_notice_comes_once_a_day_and_the_json_is_unchanged(cli_vault: Cli) -> None:
    slots = KeySlotFile.load(cli_vault.vault)
    key = slots.unwrap(ADMIN, PASSWORD)
    slots.set_slot(wrap_key(slots.vault_id, ADMIN, "secret", key))
    old = Cli(cli_vault.vault, ADMIN, "secret")
    first, second = old("user", "list", "--json"), old("user", "list", "--json")
    assert first.code == second.code == 0, first.stderr + second.stderr
    assert "правилу паролей" in first.stderr
    assert second.stderr == ""  # a script calling the CLI again is not told again
    assert first.stdout == second.stdout and second.json()[0]["name"] == ADMIN
    # Nothing about the password is stored: only the day the notice was shown.
    vault = Vault.open(cli_vault.vault, ADMIN, "secret")
    try:
        assert vault.setting(notice_key(ADMIN)) == date.today().isoformat()
        assert "secret" not in repr(vault.raw_execute("SELECT key, value FROM vault_settings"))
    finally:
        vault.close()


def test_notice_due_once_per_user_and_day_and_forgotten_with_the_password(
    vault_path: Path,
) -> None:
    vault = Vault.create(vault_path, ADMIN, PASSWORD, authority="KZ-MVD")
    try:
        monday, tuesday = date(2026, 12, 7), date(2026, 12, 8)
        assert notice_due(vault, monday) and not notice_due(vault, monday)
        assert notice_due(vault, tuesday) and not notice_due(vault, tuesday)
        UserService(vault).add("clerk.a", "officer", GOOD)
        clerk = Vault.open(vault_path, "clerk.a", GOOD)
        try:
            assert notice_due(clerk, tuesday)  # each user's own day
        finally:
            clerk.close()
        UserService(vault).change_password(ADMIN, "ветер над северной рекой")
        assert vault.setting(notice_key(ADMIN)) is None
        assert vault.setting(notice_key("clerk.a")) == tuesday.isoformat()
    finally:
        vault.close()
