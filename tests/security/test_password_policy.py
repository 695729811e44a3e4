"""The password rule (Art. 11.4): what a new password must be, at every place one is set, the
administrator's minimum, and an old short password that still unlocks but is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.errors import InvalidInput, PermissionDenied, WeakPassword
from migdesk.office import password_rule
from migdesk.office.users import UserService
from migdesk.security import audit, password_policy
from migdesk.vault import Vault
from migdesk.vault.keyslots import KeySlotFile, wrap_key
from tests.conftest import ADMIN, PASSWORD

GOOD = "тихая река у старой мельницы"


def _reason(password: str, **who: str) -> str | None:
    refused = password_policy.problem(password, min_length=10, **who)
    return None if refused is None else refused.reason


@pytest.mark.parametrize(
    "password",
    ["1", "secret", "123456789", "Пароль12", "abcdefghi"],
)
def test_shorter_than_ten_is_too_short(password: str) -> None:
    assert _reason(password) == "password_too_short"


@pytest.mark.parametrize(
    "password",
    [
        "1234567890",
        "0987654321",
        "12345678901234",
        "PASSWORD123",
        "Password2024!",
        "qwertyuiop",
        "QwErTy123456",
        "ЙЦУКЕНГШЩЗ",
        "пароль2024!!",
        "ПАРОЛЬПАРОЛЬ",
        "migdesk2026",
        "MigDesk-2026",
        "aaaaaaaaaaaa",
        "ЖЖЖЖЖЖЖЖЖЖЖЖ",
        "abababababab",
        "gfhjkm12345",
    ],
)
def test_well_known_passwords_are_too_common_in_any_case(password: str) -> None:
    assert _reason(password) == "password_too_common"


def test_the_user_name_or_full_name_inside_is_refused() -> None:
    assert _reason("ivanov.a-2026-pass", user="ivanov.a") == "password_contains_name"
    assert _reason("my IVANOV 2026 pass", user="ivanov.a") == "password_contains_name"
    assert (
        _reason("петрова навсегда 77", user="p.anna", full_name="Петрова Анна Сергеевна")
        == "password_contains_name"
    )
    # A name glued inside a longer word is that word, not the name.
    assert _reason("benchmark-only synthetic vault", user="bench") is None
    assert _reason("another desk pass 1", user="other") is None
    # Short name parts are ordinary letters, not a name: «Ли» may appear in any phrase.
    assert _reason("ливень над полем 7", user="li", full_name="Ли Ан") is None


def test_an_empty_password_keeps_its_message() -> None:
    empty = password_policy.problem("", min_length=10)
    assert empty is not None and empty.reason == "password_too_short"
    assert str(empty) == "Пароль не может быть пустым."


def test_a_long_uncommon_password_is_accepted() -> None:
    assert _reason(GOOD, user="admin", full_name="Иванов Иван") is None
    assert _reason(PASSWORD) is None


def test_the_messages_say_what_is_wrong_without_the_password() -> None:
    short = password_policy.problem("крот1", min_length=10)
    common = password_policy.problem("Qwerty123456", min_length=10)
    assert short is not None and common is not None
    assert str(short) == "Пароль слишком короткий: нужно не меньше 10 символов."
    assert str(common) == (
        "Этот пароль слишком простой: его подбирают в первую очередь. Выберите другой."
    )
    assert "крот" not in str(short) and "qwerty" not in str(common).casefold()
    assert short.field == "password" and isinstance(short, InvalidInput)


def test_the_weak_list_is_package_data() -> None:
    listed = password_policy.weak_passwords()
    assert {"пароль", "migdesk", "qwerty", "йцукен", "12345678", "password"} <= listed


def test_a_new_vault_refuses_a_weak_first_password(tmp_path: Path) -> None:
    path = tmp_path / "new.vault"
    with pytest.raises(WeakPassword) as refused:
        Vault.create(path, ADMIN, "1")
    assert refused.value.reason == "password_too_short"
    with pytest.raises(WeakPassword):
        Vault.create(path, ADMIN, "admin-2026-admin")
    assert not path.exists() and not KeySlotFile.path_for(path).exists()


def test_adding_a_user_refuses_a_weak_password_and_writes_nothing(vault: Vault) -> None:
    users = UserService(vault)
    before = KeySlotFile.path_for(vault.path).read_bytes()
    for password in ("1", "12345678901", "petrov.k-password"):
        with pytest.raises(WeakPassword):
            users.add("petrov.k", "officer", password, "Петров Карим")
    with pytest.raises(WeakPassword) as named:
        users.add("petrov.k", "officer", "карим с третьего этажа", "Петров Карим")
    assert named.value.reason == "password_contains_name"
    assert KeySlotFile.path_for(vault.path).read_bytes() == before
    assert [u.name for u in users.list()] == [ADMIN]
    users.add("petrov.k", "officer", GOOD, "Петров Карим")
    assert [u.name for u in users.list()] == [ADMIN, "petrov.k"]


def test_changing_and_resetting_refuse_a_weak_password(vault: Vault) -> None:
    users = UserService(vault)
    users.add("petrov.k", "officer", GOOD, "Петров Карим")
    before = KeySlotFile.path_for(vault.path).read_bytes()
    with pytest.raises(WeakPassword):
        users.change_password(ADMIN, "qwerty")  # one's own
    with pytest.raises(WeakPassword):
        users.change_password("petrov.k", "Петров2026!!")  # an administrator's reset
    assert KeySlotFile.path_for(vault.path).read_bytes() == before
    with vault.read_session() as session:
        assert audit.query(session, audit.AuditFilter(action="user.reset_password")) == []


def test_the_administrator_raises_the_minimum_never_below_ten(vault: Vault) -> None:
    assert password_rule.password_min_length(vault) == 10
    with pytest.raises(InvalidInput):
        password_rule.set_password_min_length(vault, 9)
    assert password_rule.password_min_length(vault) == 10
    password_rule.set_password_min_length(vault, 14)
    assert password_rule.password_min_length(vault) == 14
    with vault.read_session() as session:
        entries = audit.query(session, audit.AuditFilter(action="settings.password_min_length"))
        assert [(e.user, e.details) for e in entries] == [
            (ADMIN, '{"password_min_length":14,"password_min_length_before":10}')
        ]
        assert audit.verify(session).ok
    users = UserService(vault)
    users.add("petrov.k", "officer", "река у мельницы")  # 15: enough
    with pytest.raises(WeakPassword) as refused:
        users.add("sidorov.b", "officer", "река у мельн")  # 12 < 14
    assert str(refused.value) == "Пароль слишком короткий: нужно не меньше 14 символов."


def test_only_an_administrator_sets_the_minimum(vault: Vault) -> None:
    UserService(vault).add("clerk.a", "officer", GOOD)
    vault.close()
    with Vault.open(vault.path, "clerk.a", GOOD) as clerk, pytest.raises(PermissionDenied):
        password_rule.set_password_min_length(clerk, 12)


def _old_short_slot(vault_path: Path, user: str, password: str) -> None:
    """A slot written before the rule (nothing refused it then)."""
    slots = KeySlotFile.load(vault_path)
    key = slots.unwrap(ADMIN, PASSWORD)
    slots.set_slot(wrap_key(slots.vault_id, user, password, key))


def test_an_old_short_password_still_unlocks_and_is_reported(vault: Vault) -> None:
    UserService(vault).add("clerk.a", "officer", GOOD)
    path = vault.path
    vault.close()
    _old_short_slot(path, "clerk.a", "pw")
    slots_before = KeySlotFile.path_for(path).read_bytes()
    with Vault.open(path, "clerk.a", "pw") as old:
        assert old.password_falls_short
    with Vault.open(path, ADMIN, PASSWORD) as good:
        assert not good.password_falls_short
    # The check used the password typed; nothing about it was written anywhere.
    assert KeySlotFile.path_for(path).read_bytes() == slots_before


def test_a_raised_minimum_reports_a_password_that_met_the_old_one(vault: Vault) -> None:
    password_rule.set_password_min_length(vault, 40)
    path = vault.path
    vault.close()
    with Vault.open(path, ADMIN, PASSWORD) as reopened:
        assert reopened.password_falls_short
