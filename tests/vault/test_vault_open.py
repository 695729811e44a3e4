"""Creating and opening vaults, and every way opening must refuse without touching a file.

Refusals are checked through the real CLI (exit code 3, one Russian message on stderr, no
traceback) and on disk: the vault, its key slots and its WAL keep their bytes and mtimes, and
no file appears or disappears next to them.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from migdesk.errors import NotAVault, VaultExists, VaultTooNew, WrongPassword
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect
from migdesk.vault.keyslots import WRONG_CREDENTIALS, KeySlotFile
from migdesk.vault.login_guard import FailedLogins, path_for
from migdesk.vault.store import read_vault_id
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person
from tests.vault.vault_files import assert_russian_message, vault_state

OPEN_COMMAND = ("person", "search", "Тестов")


def _refused(result: Any) -> None:
    assert result.code == 3, (result.code, result.stderr)
    assert result.stdout == ""
    assert_russian_message(result.stderr)


@pytest.fixture
def existing(vault_path: Path) -> Path:
    """A closed vault made in this process (quicker than ``cli_vault``; ``init`` through the
    CLI has tests of its own)."""
    Vault.create(vault_path, ADMIN, PASSWORD, authority="KZ-MVD").close()
    return vault_path


# --- round trip ----------------------------------------------------------------------------


def test_create_then_open_round_trip(vault_path: Path) -> None:
    created = Vault.create(vault_path, ADMIN, PASSWORD, authority="KZ-MVD")
    vault_id = created.vault_id
    added = PersonService(created).add(sample_person())
    created.close()

    assert read_vault_id(vault_path) == vault_id
    with Vault.open(vault_path, ADMIN, PASSWORD) as reopened:
        assert reopened.vault_id == vault_id
        assert reopened.setting("vault_id") == vault_id
        assert reopened.setting("own_authority") == "KZ-MVD"
        assert reopened.user_role(ADMIN) is not None
        record = PersonService(reopened).get(added.id)
        assert record["surname_ru"] == "Тестов"
        assert record["documents"][0]["number"] == "N12345678"


def test_closing_folds_the_wal_back(vault_path: Path) -> None:
    with Vault.create(vault_path, ADMIN, PASSWORD) as vault:
        PersonService(vault).add(sample_person())
        assert Path(f"{vault_path}-wal").exists()
    # Closed: everything is in the encrypted main file, no journal left behind.
    assert not Path(f"{vault_path}-wal").exists()
    assert not Path(f"{vault_path}-shm").exists()


# --- init never overwrites -------------------------------------------------------------------


def test_init_refuses_an_existing_vault(cli_vault: Cli, vault_path: Path) -> None:
    before = vault_state(vault_path)
    result = cli_vault("init", "--authority", "AM-MIA")
    _refused(result)
    assert "не будет перезаписан" in result.stderr
    assert vault_state(vault_path) == before


def test_init_refuses_an_unrelated_file(cli: Cli, vault_path: Path) -> None:
    vault_path.parent.mkdir(parents=True)
    vault_path.write_bytes("чужой документ, не хранилище\n".encode())
    before = vault_state(vault_path)
    result = cli("init")
    _refused(result)
    assert vault_state(vault_path) == before
    assert not KeySlotFile.path_for(vault_path).exists()


def test_init_refuses_when_only_the_key_file_exists(cli_vault: Cli, vault_path: Path) -> None:
    vault_path.unlink()
    before = vault_state(vault_path)
    result = cli_vault("init")
    _refused(result)
    assert vault_state(vault_path) == before
    assert not vault_path.exists()


def test_create_raises_vault_exists_with_exit_code_3(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(VaultExists) as caught:
        Vault.create(vault_path, ADMIN, "другой пароль")
    assert caught.value.exit_code == 3


# --- wrong credentials -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user", "password"),
    [(ADMIN, "wrong password"), (ADMIN, PASSWORD + " "), ("nobody", PASSWORD)],
    ids=["wrong-password", "password-plus-space", "unknown-user"],
)
def test_wrong_credentials_refused_and_nothing_changes(
    existing: Path, cli: Cli, vault_path: Path, user: str, password: str
) -> None:
    before = vault_state(vault_path)
    result = Cli(vault_path, user=user, password=password)(*OPEN_COMMAND)
    _refused(result)
    # The same sentence for both: which user names exist is not revealed.
    assert result.stderr.strip() == WRONG_CREDENTIALS
    assert _beside_the_failure_record(vault_path, vault_state(vault_path)) == before
    assert FailedLogins(vault_path).record(user) is not None  # Art. 11.4: kept beside it


def _beside_the_failure_record(vault_path: Path, state: dict[str, Any]) -> dict[str, Any]:
    """The state without the failed-login record kept beside the vault (``login_guard``):
    the vault, its key slots and WAL are what must not change."""
    kept = {path_for(vault_path).name, f".{vault_path.name}.logins-lock"}
    assert kept <= set(state["listing"])
    return {**state, "listing": [name for name in state["listing"] if name not in kept]}


def test_wrong_password_while_the_vault_is_open_elsewhere(
    existing: Path, cli: Cli, vault_path: Path
) -> None:
    with Vault.open(vault_path, ADMIN, PASSWORD) as vault:
        PersonService(vault).add(sample_person())
        wal = Path(f"{vault_path}-wal")
        assert wal.stat().st_size > 0  # the change is still in the WAL only
        before = vault_state(vault_path)
        result = Cli(vault_path, password="not the password")(*OPEN_COMMAND)
        _refused(result)
        assert _beside_the_failure_record(vault_path, vault_state(vault_path)) == before


def test_wrong_password_raises_in_process(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(WrongPassword) as caught:
        Vault.open(vault_path, ADMIN, "wrong")
    assert caught.value.exit_code == 3
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, "nobody", PASSWORD)


# --- files that are not (whole) vaults -----------------------------------------------------------


@pytest.fixture
def donor_keys(tmp_path: Path) -> Path:
    """The key-slot file of another, real vault: it unwraps with PASSWORD, so a fake database
    next to a copy of it is rejected by the database check, not the key check."""
    donor = tmp_path / "donor" / "donor.vault"
    Vault.create(donor, ADMIN, PASSWORD).close()
    return KeySlotFile.path_for(donor)


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _plain_sqlite(path: Path, *, wal: bool = False) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE persons (id TEXT, surname TEXT)")
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO persons VALUES ('1', 'Тестов')")
    conn.commit()
    conn.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


FAKES: dict[str, Callable[[Path], None]] = {
    "random-bytes": _random_bytes,
    "plain-sqlite": _plain_sqlite,
    "plain-sqlite-wal": lambda p: _plain_sqlite(p, wal=True),
    "empty-file": _empty,
}


@pytest.mark.parametrize("with_keys", [False, True], ids=["no-keys", "with-keys"])
@pytest.mark.parametrize("make", list(FAKES.values()), ids=list(FAKES))
def test_not_a_vault_is_refused_untouched(
    cli: Cli,
    vault_path: Path,
    donor_keys: Path,
    make: Callable[[Path], None],
    with_keys: bool,
) -> None:
    vault_path.parent.mkdir(parents=True)
    make(vault_path)
    if with_keys:
        KeySlotFile.path_for(vault_path).write_bytes(donor_keys.read_bytes())
    before = vault_state(vault_path)
    result = cli(*OPEN_COMMAND)
    _refused(result)
    assert "хранилищ" in result.stderr.lower()
    assert vault_state(vault_path) == before
    with pytest.raises(NotAVault):
        Vault.open(vault_path, ADMIN, PASSWORD)
    assert vault_state(vault_path) == before


def test_missing_vault_is_refused(cli: Cli, vault_path: Path) -> None:
    result = cli(*OPEN_COMMAND)
    _refused(result)
    assert not vault_path.parent.exists() or not any(vault_path.parent.iterdir())


def test_vault_without_its_key_file_is_refused(existing: Path, cli: Cli, vault_path: Path) -> None:
    KeySlotFile.path_for(vault_path).unlink()
    before = vault_state(vault_path)
    result = cli(*OPEN_COMMAND)
    _refused(result)
    assert "ключ" in result.stderr
    assert vault_state(vault_path) == before


def _slots_json(vault_path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(KeySlotFile.path_for(vault_path).read_text())
    return loaded


def _rewrite_slot(**changes: Any) -> Callable[[dict[str, Any]], Any]:
    def change(body: dict[str, Any]) -> Any:
        slot = body["slots"][0]
        for key, value in changes.items():
            if key.startswith("kdf."):
                slot["kdf"][key[4:]] = value
            else:
                slot[key] = value
        return body

    return change


def _drop_kdf(name: str) -> Callable[[dict[str, Any]], Any]:
    def change(body: dict[str, Any]) -> Any:
        del body["slots"][0]["kdf"][name]
        return body

    return change


GARBAGE_KEYS: dict[str, Callable[[dict[str, Any]], Any] | bytes] = {
    "random-bytes": os.urandom(512),
    "not-json": b"vault_id = 42\n",
    "json-list": b"[]",
    "other-format": lambda body: {**body, "format": "something-else"},
    "no-slots": lambda body: {k: v for k, v in body.items() if k != "slots"},
    "slots-not-a-list": lambda body: {**body, "slots": "admin"},
    "slot-missing-nonce": lambda body: {
        **body,
        "slots": [{k: v for k, v in body["slots"][0].items() if k != "nonce"}],
    },
    "bad-base64": _rewrite_slot(wrapped_key="***not base64***"),
    "short-nonce": _rewrite_slot(nonce="AAAA"),
    "kdf-without-iterations": _drop_kdf("iterations"),
    "kdf-zero-iterations": _rewrite_slot(**{"kdf.iterations": 0}),
    "kdf-memory-not-a-number": _rewrite_slot(**{"kdf.memory_kib": "много"}),
    "truncated": lambda body: json.dumps(body)[:100],
}


@pytest.mark.parametrize("garbage", list(GARBAGE_KEYS.values()), ids=list(GARBAGE_KEYS))
def test_garbage_key_file_is_refused_untouched(
    existing: Path, cli: Cli, vault_path: Path, garbage: Callable[[dict[str, Any]], Any] | bytes
) -> None:
    keys = KeySlotFile.path_for(vault_path)
    if isinstance(garbage, bytes):
        keys.write_bytes(garbage)
    else:
        changed = garbage(_slots_json(vault_path))
        keys.write_text(changed if isinstance(changed, str) else json.dumps(changed))
    before = vault_state(vault_path)
    result = cli(*OPEN_COMMAND)
    _refused(result)
    assert vault_state(vault_path) == before
    with pytest.raises(NotAVault):
        Vault.open(vault_path, ADMIN, PASSWORD)
    assert vault_state(vault_path) == before


# --- vaults from a newer MigDesk -------------------------------------------------------------


def _newer_key_file(vault_path: Path) -> None:
    body = _slots_json(vault_path)
    body["version"] = 99
    KeySlotFile.path_for(vault_path).write_text(json.dumps(body))


def _newer_schema(vault_path: Path) -> None:
    data_key = KeySlotFile.load(vault_path).unwrap(ADMIN, PASSWORD)
    conn = raw_connect(vault_path, data_key)
    try:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("ffff",)]
    finally:
        conn.close()


def _newer_kdf(vault_path: Path) -> None:
    body = _slots_json(vault_path)
    body["slots"][0]["kdf"]["name"] = "argon3"
    KeySlotFile.path_for(vault_path).write_text(json.dumps(body))


NEWER: dict[str, Callable[[Path], None]] = {
    "key-file-version-99": _newer_key_file,
    "unknown-schema-revision": _newer_schema,
    "unknown-kdf": _newer_kdf,
}


@pytest.mark.parametrize("make_newer", list(NEWER.values()), ids=list(NEWER))
def test_vault_from_a_newer_version_is_refused_untouched(
    existing: Path, cli: Cli, vault_path: Path, make_newer: Callable[[Path], None]
) -> None:
    make_newer(vault_path)
    before = vault_state(vault_path)
    result = cli(*OPEN_COMMAND)
    _refused(result)
    assert "обновите программу" in result.stderr
    assert vault_state(vault_path) == before
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, ADMIN, PASSWORD)
    assert vault_state(vault_path) == before
