"""Remembering an unlock on this workstation through the OS secret store (``keyring``).

Only backends that keep secrets encrypted by the OS are accepted: Windows Credential
Manager, macOS Keychain, freedesktop Secret Service (GNOME Keyring, KWallet via the
Secret Service API). Plaintext files, "fail" and chainer/null backends are refused, and the
GUI does not offer the option when ``secure_backend_available()`` is False.

What is stored is the vault's data key for one user, under the vault id: the slot file is
untouched and the password never leaves the unlock dialog.
"""

from __future__ import annotations

import base64
import contextlib
from typing import Any

SERVICE = "MigDesk"
SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
    }
)


def _backend() -> Any:
    try:
        import keyring
    except Exception:  # noqa: BLE001 — any import failure means "no secure store"
        return None
    try:
        return keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return None


def backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_secure(backend: Any) -> bool:
    """True only for an allow-listed OS store that reports itself usable."""
    if backend is None or backend_name(backend) not in SECURE_BACKENDS:
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # noqa: BLE001 — a backend that cannot even say is not trusted
        return False


def secure_backend_available() -> bool:
    return is_secure(_backend())


def _account(vault_id: str, user: str) -> str:
    return f"{vault_id}:{user}"


def remember_key(vault_id: str, user: str, data_key: bytes) -> bool:
    """Store the data key; returns False (and stores nothing) without a secure backend."""
    backend = _backend()
    if not is_secure(backend):
        return False
    backend.set_password(SERVICE, _account(vault_id, user), base64.b64encode(data_key).decode())
    return True


def recall_key(vault_id: str, user: str) -> bytes | None:
    backend = _backend()
    if not is_secure(backend):
        return None
    try:
        stored = backend.get_password(SERVICE, _account(vault_id, user))
    except Exception:  # noqa: BLE001 — a locked or broken store means "ask the password"
        return None
    if not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except ValueError:
        return None


def forget_key(vault_id: str, user: str) -> None:
    backend = _backend()
    if backend is not None and is_secure(backend):
        with contextlib.suppress(Exception):
            backend.delete_password(SERVICE, _account(vault_id, user))
