"""Remembering the data key in the OS secret store: only allow-listed, encrypted backends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend

from migdesk.vault import remember


class MemoryKeyring(KeyringBackend):
    """An in-memory backend that records every call it receives."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set_password", (service, username)))
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get_password", (service, username)))
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete_password", (service, username)))
        self.store.pop((service, username), None)


def _disguised(module: str, qualname: str, *, priority: float = 5) -> type[MemoryKeyring]:
    """A MemoryKeyring subclass that presents itself under another module and class name."""
    cls = type(qualname, (MemoryKeyring,), {"priority": priority})
    cls.__module__ = module
    cls.__qualname__ = qualname
    return cls


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_fail_backend_is_not_secure() -> None:
    assert not remember.is_secure(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]


def test_chainer_is_not_secure() -> None:
    chainer = keyring.backends.chainer.ChainerBackend()  # type: ignore[no-untyped-call]
    assert not remember.is_secure(chainer)


def test_plaintext_backend_is_not_secure() -> None:
    plaintext = _disguised("keyrings.alt.file", "PlaintextKeyring", priority=0.5)()
    assert remember.backend_name(plaintext) == "keyrings.alt.file.PlaintextKeyring"
    assert not remember.is_secure(plaintext)
    encrypted_alt = _disguised("keyrings.alt.file", "EncryptedKeyring", priority=0.6)()
    assert not remember.is_secure(encrypted_alt)


def test_none_and_unknown_objects_are_not_secure() -> None:
    assert not remember.is_secure(None)
    assert not remember.is_secure(object())
    assert not remember.is_secure(MemoryKeyring())


def test_secret_service_with_positive_priority_is_secure() -> None:
    secret_service = _disguised("keyring.backends.SecretService", "Keyring", priority=5)
    assert remember.backend_name(secret_service()) == "keyring.backends.SecretService.Keyring"
    assert remember.is_secure(secret_service())


def test_allow_listed_backend_reporting_itself_unusable_is_not_secure() -> None:
    for priority in (0, -1):
        unusable = _disguised("keyring.backends.SecretService", "Keyring", priority=priority)
        assert not remember.is_secure(unusable())

    class Broken:
        @property
        def priority(self) -> float:
            raise RuntimeError("no D-Bus session")

    Broken.__module__, Broken.__qualname__ = "keyring.backends.SecretService", "Keyring"
    assert not remember.is_secure(Broken())


def test_remember_key_refuses_an_insecure_backend(restore_keyring: None) -> None:
    backend = MemoryKeyring()  # module tests.vault..., not allow-listed
    keyring.set_keyring(backend)
    assert remember.remember_key("vault-id", "admin", b"\x01" * 32) is False
    assert remember.recall_key("vault-id", "admin") is None
    remember.forget_key("vault-id", "admin")
    assert backend.calls == []
    assert backend.store == {}


def test_remember_key_uses_a_secure_backend(restore_keyring: None) -> None:
    # The same in-memory store presented as Secret Service: the positive control.
    backend = _disguised("keyring.backends.SecretService", "Keyring")()
    keyring.set_keyring(backend)
    key = bytes(range(32))
    assert remember.remember_key("vault-id", "admin", key) is True
    assert [c[0] for c in backend.calls] == ["set_password"]
    assert remember.recall_key("vault-id", "admin") == key
    assert remember.recall_key("vault-id", "other") is None
    remember.forget_key("vault-id", "admin")
    assert backend.store == {}
