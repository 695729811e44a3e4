"""Key slots: a random 256-bit data key, stored only wrapped (Argon2id → AES-256-GCM) once
per user, bound to the user and the vault; a password change rewrites one slot only."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from migdesk.errors import WrongPassword
from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect
from migdesk.vault.keyslots import DEFAULT_KDF, KeySlot, KeySlotFile, kdf_parameters, wrap_key
from tests.conftest import ADMIN, PASSWORD
from tests.vault.vault_files import file_state

NEW_PASSWORD = "новый пароль для проверки"


def _data_key(vault_path: Path, user: str = ADMIN, password: str = PASSWORD) -> bytes:
    return KeySlotFile.load(vault_path).unwrap(user, password)


def _encodings(key: bytes) -> list[bytes]:
    forms = [
        key,
        key.hex().encode(),
        key.hex().upper().encode(),
        base64.b64encode(key),
        base64.urlsafe_b64encode(key),
        base64.b64encode(key).rstrip(b"="),
        base64.urlsafe_b64encode(key).rstrip(b"="),
        base64.b32encode(key),
    ]
    return forms


def test_data_key_is_random_256_bit_and_opens_the_database(tmp_path: Path) -> None:
    keys = []
    for name in ("a", "b"):
        path = tmp_path / name / "v.vault"
        Vault.create(path, ADMIN, PASSWORD).close()
        key = _data_key(path)
        assert len(key) == 32
        conn = raw_connect(path, key)
        try:
            assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
        finally:
            conn.close()
        keys.append(key)
    # Same user and password, different vaults: independent random keys.
    assert keys[0] != keys[1]
    assert keys[0] != bytes(32)


def test_data_key_is_never_stored_in_clear(vault: Vault, vault_path: Path) -> None:
    vault.close()
    key = _data_key(vault_path)
    key_file = KeySlotFile.path_for(vault_path).read_bytes()
    vault_file = vault_path.read_bytes()
    for form in _encodings(key):
        assert form not in key_file, form
        assert form not in vault_file, form
    # The file holds no personal data either, only what the slots need.
    body = json.loads(key_file)
    assert set(body) == {"format", "version", "vault_id", "slots"}
    assert set(body["slots"][0]) == {"user", "kdf", "nonce", "wrapped_key", "created_at"}


def _check_slot_independently(vault_id: str, slot: dict[str, Any], password: str) -> bytes:
    """Re-derive and unwrap with the documented construction, without MigDesk's code."""
    kdf = slot["kdf"]
    assert kdf["name"] == "argon2id"
    salt = base64.b64decode(kdf["salt"])
    assert len(salt) == 16
    kek = Argon2id(
        salt=salt,
        length=32,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(password.encode())
    nonce = base64.b64decode(slot["nonce"])
    assert len(nonce) == 12
    aad = f"migdesk-keyslot-v1|{vault_id}|{slot['user']}".encode()
    return AESGCM(kek).decrypt(nonce, base64.b64decode(slot["wrapped_key"]), aad)


def test_every_slot_is_argon2id_wrapped(vault: Vault, vault_path: Path) -> None:
    key = _data_key(vault_path)
    slots = KeySlotFile.load(vault_path)
    slots.set_slot(wrap_key(slots.vault_id, "officer2", "пароль сотрудника", key))
    body = json.loads(KeySlotFile.path_for(vault_path).read_text())
    passwords = {ADMIN: PASSWORD, "officer2": "пароль сотрудника"}
    assert [s["user"] for s in body["slots"]] == [ADMIN, "officer2"]
    salts = set()
    for slot in body["slots"]:
        assert _check_slot_independently(body["vault_id"], slot, passwords[slot["user"]]) == key
        salts.add(slot["kdf"]["salt"])
    assert len(salts) == 2  # a fresh salt per slot


def test_production_kdf_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIGDESK_INSECURE_FAST_KDF", raising=False)
    expected = {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4}
    assert kdf_parameters() == expected
    assert expected == DEFAULT_KDF
    # Only the explicit test switch lowers it.
    for value in ("0", "", "yes", "true"):
        monkeypatch.setenv("MIGDESK_INSECURE_FAST_KDF", value)
        assert kdf_parameters() == expected, value
    monkeypatch.setenv("MIGDESK_INSECURE_FAST_KDF", "1")
    assert kdf_parameters()["memory_kib"] < 65536


def test_production_profile_is_recorded_in_new_slots(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = _data_key(vault_path)
    slots = KeySlotFile.load(vault_path)
    monkeypatch.delenv("MIGDESK_INSECURE_FAST_KDF", raising=False)
    slots.set_slot(wrap_key(slots.vault_id, ADMIN, NEW_PASSWORD, key))
    slot = json.loads(KeySlotFile.path_for(vault_path).read_text())["slots"][0]
    assert {k: v for k, v in slot["kdf"].items() if k != "salt"} == DEFAULT_KDF
    # Recorded per slot: it still opens when the test profile is back in force.
    monkeypatch.setenv("MIGDESK_INSECURE_FAST_KDF", "1")
    assert KeySlotFile.load(vault_path).unwrap(ADMIN, NEW_PASSWORD) == key


def test_password_change_rewrites_one_slot_and_never_the_database(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    key = _data_key(vault_path)
    slots = KeySlotFile.load(vault_path)
    slots.set_slot(wrap_key(slots.vault_id, "second", "второй пароль", key))
    second_before = next(
        s
        for s in json.loads(KeySlotFile.path_for(vault_path).read_text())["slots"]
        if s["user"] == "second"
    )
    database_before = file_state(vault_path)

    slots = KeySlotFile.load(vault_path)
    slots.set_slot(wrap_key(slots.vault_id, ADMIN, NEW_PASSWORD, key))

    assert file_state(vault_path) == database_before  # not re-encrypted, not even touched
    body = json.loads(KeySlotFile.path_for(vault_path).read_text())
    assert sorted(s["user"] for s in body["slots"]) == [ADMIN, "second"]
    assert next(s for s in body["slots"] if s["user"] == "second") == second_before
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, ADMIN, PASSWORD)
    with Vault.open(vault_path, ADMIN, NEW_PASSWORD) as reopened:
        assert reopened.user_role(ADMIN) is not None
    assert KeySlotFile.load(vault_path).unwrap("second", "второй пароль") == key


def test_slot_copied_to_another_user_does_not_unwrap(vault: Vault, vault_path: Path) -> None:
    slots = KeySlotFile.load(vault_path)
    original = slots.find(ADMIN)
    assert original is not None
    stolen = KeySlot(
        user="intruder",
        kdf=dict(original.kdf),
        salt=original.salt,
        nonce=original.nonce,
        wrapped_key=original.wrapped_key,
        created_at=original.created_at,
    )
    slots.set_slot(stolen)
    reloaded = KeySlotFile.load(vault_path)
    assert reloaded.unwrap(ADMIN, PASSWORD) == _data_key(vault_path)  # the original works
    with pytest.raises(WrongPassword):
        reloaded.unwrap("intruder", PASSWORD)
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, "intruder", PASSWORD)


def test_slot_moved_to_another_vault_does_not_unwrap(tmp_path: Path) -> None:
    first, second = tmp_path / "one" / "v.vault", tmp_path / "two" / "v.vault"
    Vault.create(first, ADMIN, PASSWORD).close()
    Vault.create(second, ADMIN, PASSWORD).close()
    body_first = json.loads(KeySlotFile.path_for(first).read_text())
    body_second = json.loads(KeySlotFile.path_for(second).read_text())
    body_second["slots"] = body_first["slots"]  # first vault's slot under the second's id
    KeySlotFile.path_for(second).write_text(json.dumps(body_second))
    with pytest.raises(WrongPassword):
        KeySlotFile.load(second).unwrap(ADMIN, PASSWORD)


def test_unknown_user_costs_as_much_as_a_wrong_password(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Otherwise the time to answer tells which user names have a slot."""
    key = _data_key(vault_path)
    monkeypatch.delenv("MIGDESK_INSECURE_FAST_KDF", raising=False)
    slots = KeySlotFile.load(vault_path)
    slots.set_slot(wrap_key(slots.vault_id, ADMIN, PASSWORD, key))  # production profile
    slots = KeySlotFile.load(vault_path)

    def fastest(user: str, password: str) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            with pytest.raises(WrongPassword):
                slots.unwrap(user, password)
            times.append(time.perf_counter() - started)
        return min(times)

    wrong_password = fastest(ADMIN, "wrong")
    unknown_user = fastest("nobody", "wrong")
    assert wrong_password > 0.02  # the real KDF ran
    assert unknown_user > 0.3 * wrong_password, (unknown_user, wrong_password)
