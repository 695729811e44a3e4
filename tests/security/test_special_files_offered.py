"""A named pipe offered as a backup, its key file, a key or a certificate is refused at
once with a Russian message, never read and never waited on (a FIFO blocks a plain open)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from migdesk.errors import NotAVault
from migdesk.persons.service import PersonService
from migdesk.pki.errors import PkiError
from migdesk.pki.files import load_certificates, load_pkcs12
from migdesk.vault import Vault
from migdesk.vault.backup import BackupError, backup, restore
from tests.conftest import ADMIN, PASSWORD, sample_person


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    def fail(_signum: int, _frame: object) -> None:
        raise TimeoutError("blocked on a special file")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_restore_refuses_a_fifo_backup(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    PersonService(vault).add(sample_person())
    result = backup(vault, tmp_path)
    vault.close()
    before = vault_path.read_bytes()
    result.path.unlink()
    os.mkfifo(result.path)
    with pytest.raises(BackupError, match="именованный канал") as caught:
        restore(result.path, vault_path, ADMIN, PASSWORD)
    assert "Хранилище не изменено" in str(caught.value)
    assert vault_path.read_bytes() == before


def test_restore_refuses_a_fifo_key_file(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    result = backup(vault, tmp_path)
    vault.close()
    result.keys_path.unlink()
    os.mkfifo(result.keys_path)
    with pytest.raises(NotAVault):
        restore(result.path, vault_path, ADMIN, PASSWORD)


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_key_and_certificate_files_must_be_regular(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "partner.pem"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    with pytest.raises(PkiError, match="а не обычный файл"):
        load_certificates(path)
    with pytest.raises(PkiError, match="а не обычный файл"):
        load_pkcs12(path, b"secret")
