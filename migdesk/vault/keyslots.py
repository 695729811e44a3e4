"""Key slots, as in LUKS: one random data key opens the database; each user holds a copy of it
wrapped by a key derived from their password.

The slots live in a small sidecar file next to the vault (``<vault>.keys``) because SQLCipher
needs the key before it can read anything inside the database. The file holds no personal
data: user names, KDF parameters, salts and wrapped keys. Changing a password rewrites one
slot; the database is never re-encrypted for it.

Wrapping: KEK = Argon2id(password, salt); slot = AES-256-GCM(KEK, nonce, data_key,
aad = "migdesk-keyslot-v1|<vault id>|<user>"), so a slot cannot be moved to another user
or vault without detection.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from migdesk import safe_files
from migdesk.atomic import write_atomic
from migdesk.errors import InvalidInput, NotAVault, VaultError, VaultTooNew, WrongPassword
from migdesk.messages import N_, _

FORMAT_NAME = "migdesk-keyslots"
MAX_KEYS_FILE_BYTES = 1024 * 1024  # a few dozen slots take a few KiB
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32

# Argon2id parameters for new slots (RFC 9106 "second recommended" option scaled to an office
# PC: 64 MiB, 3 passes, 4 lanes ≈ 0.15 s). Stored per slot, so they can be raised later.
DEFAULT_KDF = {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4}
# Test suites create hundreds of vaults; this cheaper profile is only honoured when the
# environment asks for it explicitly and is recorded in the slot like any other parameters.
TEST_KDF = {"name": "argon2id", "memory_kib": 1024, "iterations": 1, "lanes": 1}

WRONG_CREDENTIALS = N_("Неверное имя пользователя или пароль.")


def kdf_parameters() -> dict[str, Any]:
    if os.environ.get("MIGDESK_INSECURE_FAST_KDF") == "1":
        return dict(TEST_KDF)
    return dict(DEFAULT_KDF)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(password: str, kdf: dict[str, Any], salt: bytes) -> bytes:
    if kdf.get("name") != "argon2id":
        raise VaultTooNew(
            _(
                "Хранилище создано более новой версией MigDesk (неизвестный "
                "KDF); обновите программу."
            )
        )
    return Argon2id(
        salt=salt,
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(password.encode("utf-8"))


def _aad(vault_id: str, user: str) -> bytes:
    return f"migdesk-keyslot-v1|{vault_id}|{user}".encode()


@dataclass
class KeySlot:
    user: str
    kdf: dict[str, Any]
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "user": self.user,
            "kdf": {**self.kdf, "salt": _b64(self.salt)},
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        kdf = dict(data["kdf"])
        salt = _unb64(kdf.pop("salt"))
        return cls(
            user=str(data["user"]),
            kdf=kdf,
            salt=salt,
            nonce=_unb64(data["nonce"]),
            wrapped_key=_unb64(data["wrapped_key"]),
            created_at=str(data.get("created_at", "")),
        )


def wrap_key(vault_id: str, user: str, password: str, data_key: bytes) -> KeySlot:
    if not password:
        raise InvalidInput(_("Пароль не может быть пустым."), field="password")
    kdf = kdf_parameters()
    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = _derive(password, kdf, salt)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, user))
    return KeySlot(
        user=user,
        kdf=kdf,
        salt=salt,
        nonce=nonce,
        wrapped_key=wrapped,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


@dataclass
class KeySlotFile:
    path: Path
    vault_id: str
    slots: list[KeySlot] = field(default_factory=list)
    # Only during a rekey: slots for the new data key, written before the re-encrypted file
    # replaces the old one, so a crash at any point leaves a key that opens what is on disk.
    next_slots: list[KeySlot] = field(default_factory=list)

    @staticmethod
    def path_for(vault_path: Path) -> Path:
        return vault_path.with_name(vault_path.name + ".keys")

    @classmethod
    def load(cls, vault_path: Path) -> KeySlotFile:
        path = cls.path_for(vault_path)
        not_a_vault = NotAVault(
            _(
                "Файл «{vault_path}» не является хранилищем MigDesk (нет или "
                "повреждён файл ключей рядом с ним)."
            ).format(vault_path=vault_path)
        )
        try:
            # Not a plain read: a FIFO under the name (a backup on a stick) would block.
            raw = json.loads(safe_files.read_regular(path, MAX_KEYS_FILE_BYTES))
        except (OSError, ValueError, safe_files.NotRegularFile) as exc:
            raise not_a_vault from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
            raise not_a_vault
        if not isinstance(raw.get("version"), int) or raw["version"] > FORMAT_VERSION:
            raise VaultTooNew(
                _("Хранилище создано более новой версией MigDesk; обновите программу.")
            )
        try:
            slots = [KeySlot.from_json(s) for s in raw["slots"]]
            pending = [KeySlot.from_json(s) for s in raw.get("next_slots", [])]
            return cls(path=path, vault_id=str(raw["vault_id"]), slots=slots, next_slots=pending)
        except (KeyError, TypeError, ValueError) as exc:
            raise not_a_vault from exc

    def save(self) -> None:
        body = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [slot.to_json() for slot in self.slots],
        }
        if self.next_slots:
            body["next_slots"] = [slot.to_json() for slot in self.next_slots]
        write_atomic(self.path, json.dumps(body, indent=2).encode("utf-8"))

    def find(self, user: str) -> KeySlot | None:
        return next((s for s in self.slots if s.user == user), None)

    def unwrap(self, user: str, password: str, *, pending: bool = False) -> bytes:
        """The data key from ``user``'s slot (``pending``: from the unfinished rekey's)."""
        slot = next(
            (s for s in (self.next_slots if pending else self.slots) if s.user == user), None
        )
        if slot is None:
            # Same message and the same Argon2id work as a wrong password: which user names
            # exist is revealed neither by the answer nor by how long it takes.
            decoy = self.slots[0].kdf if self.slots else kdf_parameters()
            with contextlib.suppress(KeyError, TypeError, ValueError, OverflowError, VaultError):
                _derive(password, decoy, os.urandom(16))
            raise WrongPassword(_(WRONG_CREDENTIALS))
        try:
            kek = _derive(password, slot.kdf, slot.salt)
            key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, _aad(self.vault_id, user))
        except InvalidTag as exc:
            raise WrongPassword(_(WRONG_CREDENTIALS)) from exc
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            # Parameters that parse but cannot be used (missing, zero, wrong nonce length): a
            # damaged or edited file, not a wrong password and not an internal error.
            raise NotAVault(_("Файл ключей хранилища повреждён.")) from exc
        if len(key) != DATA_KEY_BYTES:
            raise NotAVault(_("Файл ключей хранилища повреждён."))
        return key

    def set_slot(self, slot: KeySlot) -> None:
        """Add a user's slot or replace it (password change): one slot rewritten, atomically."""
        self.slots = [s for s in self.slots if s.user != slot.user] + [slot]
        self.save()

    def remove(self, user: str) -> None:
        self.slots = [s for s in self.slots if s.user != user]
        self.save()

    def promote_pending(self) -> None:
        """Finish a rekey: the new key's slots become the only ones."""
        self.slots, self.next_slots = self.next_slots, []
        self.save()

    def drop_pending(self) -> None:
        self.next_slots = []
        self.save()
