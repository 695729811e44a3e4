"""Users with their own key slots, and the role checks in the domain (through the CLI too)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from migdesk.errors import InvalidInput, PermissionDenied, WrongPassword
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person


def add_user(vault: Vault, name: str, roles: str, password: str = "pw-" + "x" * 8) -> str:
    UserService(vault).add(name, roles, password)
    return password


def test_each_user_opens_the_vault_with_own_password(vault: Vault, vault_path: Path) -> None:
    password = add_user(vault, "officer1", "officer")
    with Vault.open(vault_path, "officer1", password) as other:
        assert other.current_roles() == {"officer"}
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, "officer1", PASSWORD)


def test_password_change_rewraps_one_slot_without_reencrypting(
    vault: Vault, vault_path: Path
) -> None:
    add_user(vault, "officer1", "officer")
    keys_path = Path(f"{vault_path}.keys")
    slots_before = {s["user"]: s for s in json.loads(keys_path.read_text())["slots"]}
    data_key = vault.data_key
    UserService(vault).change_password("officer1", "new-password-1")
    slots_after = {s["user"]: s for s in json.loads(keys_path.read_text())["slots"]}
    assert slots_after[ADMIN] == slots_before[ADMIN]
    assert slots_after["officer1"]["wrapped_key"] != slots_before["officer1"]["wrapped_key"]
    with Vault.open(vault_path, "officer1", "new-password-1") as reopened:
        assert reopened.current_roles() == {"officer"}
        assert reopened.data_key == data_key  # same key opens the same pages: no rekey
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, "officer1", "pw-" + "x" * 8)


def test_removed_user_cannot_unlock(vault: Vault, vault_path: Path) -> None:
    password = add_user(vault, "gone", "officer")
    UserService(vault).remove("gone")
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, "gone", password)
    assert "gone" not in Path(f"{vault_path}.keys").read_text()


def test_a_user_removed_while_logged_in_is_told_so(vault: Vault, vault_path: Path) -> None:
    """The officer's session is open when the administrator removes the account: the next
    action is refused, saying the account is gone, not that the role «сотрудник» is needed."""
    password = add_user(vault, "leaving", "officer")
    with Vault.open(vault_path, "leaving", password) as session:
        person = PersonService(session).add(sample_person()).id
        UserService(vault).remove("leaving")
        for action in (
            lambda: PersonService(session).get(person),
            lambda: PersonService(session).add(sample_person(surname_ru="Позднова")),
        ):
            with pytest.raises(PermissionDenied) as refused:
                action()
            assert "учётная запись удалена или отключена" in str(refused.value)
            assert "требует роли" not in str(refused.value)


def test_administrator_cannot_remove_own_account(vault: Vault) -> None:
    # Removing oneself is the only way the last administrator could disappear.
    with pytest.raises(InvalidInput, match="самого себя"):
        UserService(vault).remove(ADMIN)


def test_administrator_without_office_role_does_not_read_persons(
    vault: Vault, vault_path: Path
) -> None:
    person = PersonService(vault).add(sample_person()).id
    password = add_user(vault, "it-admin", "administrator")
    with Vault.open(vault_path, "it-admin", password) as admin_only:
        with pytest.raises(PermissionDenied, match="officer"):
            PersonService(admin_only).get(person)
        with pytest.raises(PermissionDenied):
            PersonService(admin_only).search("тестов")


def test_supervisor_reads_but_does_not_enter(vault: Vault, vault_path: Path) -> None:
    person = PersonService(vault).add(sample_person()).id
    password = add_user(vault, "chief", "supervisor")
    with Vault.open(vault_path, "chief", password) as chief:
        assert PersonService(chief).get(person)["surname_ru"] == "Тестов"
        with pytest.raises(PermissionDenied, match="officer"):
            PersonService(chief).update(person, {"notes": "правка"})


def test_courier_cannot_read_or_manage(vault: Vault, vault_path: Path) -> None:
    password = add_user(vault, "courier1", "courier")
    with Vault.open(vault_path, "courier1", password) as courier:
        with pytest.raises(PermissionDenied):
            PersonService(courier).search("x")
        with pytest.raises(PermissionDenied, match="administrator"):
            UserService(courier).add("x1", "officer", "pw")


def test_cli_refusal_names_the_role_and_exits_1(cli_vault: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("courier-secret\n")
    added = cli_vault(
        "user", "add", "courier1", "--role", "courier", "--password-file", str(secret)
    )
    assert added.code == 0, added.stderr
    result = cli_vault(
        "person", "search", "тест", MIGDESK_USER="courier1", MIGDESK_PASSWORD="courier-secret"
    )
    assert result.code == 1
    assert "officer" in result.stderr and "Traceback" not in result.stderr
    users = cli_vault("user", "list", "--json").json()
    assert {u["name"]: u["role"] for u in users} == {
        ADMIN: "administrator,officer",
        "courier1": "courier",
    }


def test_cli_user_lifecycle(cli_vault: Cli, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.write_text("first-password")
    second.write_text("second-password")
    assert (
        cli_vault(
            "user", "add", "o1", "--role", "officer,supervisor", "--password-file", str(first)
        ).code
        == 0
    )
    as_o1 = {"MIGDESK_USER": "o1", "MIGDESK_PASSWORD": "first-password"}
    assert cli_vault("person", "search", "x", "--json", **as_o1).code == 0
    assert cli_vault("user", "passwd", "--new-password-file", str(second), **as_o1).code == 0
    assert cli_vault("person", "search", "x", **as_o1).code == 3
    assert cli_vault("user", "remove", "o1").code == 0
    gone = cli_vault("person", "search", "x", MIGDESK_USER="o1", MIGDESK_PASSWORD="second-password")
    assert gone.code == 3
    assert (
        cli_vault("user", "add", "bad", "--role", "king", "--password-file", str(first)).code == 1
    )
