"""Shared fixtures: real SQLCipher vault files in temporary directories, real CLI processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Hundreds of vaults are created per run; a cheap Argon2id profile keeps the suite fast. The
# profile is recorded in each slot, and the production profile has its own test.
os.environ["MIGDESK_INSECURE_FAST_KDF"] = "1"
# The tests read Russian messages unless they ask for a language (a workstation's LANG may
# well be en_US.UTF-8); CLI processes inherit this.
os.environ.setdefault("MIGDESK_LANG", "ru")

from migdesk import messages
from migdesk.vault import Vault


@pytest.fixture(autouse=True)
def _message_language() -> Iterator[None]:
    """A test that switches the interface language does not leave it switched."""
    chosen = messages._chosen
    yield
    messages._chosen = chosen


ADMIN = "admin"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "test.vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    opened = Vault.create(vault_path, ADMIN, PASSWORD, authority="KZ-MVD")
    yield opened
    opened.close()


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@dataclass
class Cli:
    """Runs ``migdesk-cli`` as a separate process, as other tools and scripts do."""

    vault: Path
    user: str = ADMIN
    password: str | None = PASSWORD

    def __call__(self, *args: str, stdin: str | None = None, **env: str) -> CliResult:
        environ = {**os.environ, "MIGDESK_VAULT": str(self.vault), "MIGDESK_USER": self.user}
        environ.pop("MIGDESK_PASSWORD", None)
        if self.password is not None:
            environ["MIGDESK_PASSWORD"] = self.password
        environ.update(env)
        proc = subprocess.run(
            [sys.executable, "-m", "migdesk.cli.main", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=environ,
            timeout=120,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli(vault_path: Path) -> Cli:
    return Cli(vault_path)


@pytest.fixture
def cli_vault(cli: Cli) -> Cli:
    """A CLI bound to a freshly initialised vault."""
    result = cli("init", "--authority", "KZ-MVD")
    assert result.code == 0, result.stderr
    return cli


def sample_person(**overrides: Any) -> dict[str, Any]:
    """A synthetic person (no real data anywhere in the tests)."""
    person: dict[str, Any] = {
        "surname_ru": "Тестов",
        "given_name_ru": "Пробный",
        "patronymic_ru": "Образцович",
        "sex": "M",
        "birth_date": "1985-04-12",
        "birth_place": "г. Образцово",
        "citizenship": ["KAZ"],
        "documents": [
            {
                "kind": "passport",
                "number": "N12345678",
                "issued_on": "2019-03-01",
                "issued_by": "МВД РК (тест)",
                "valid_until": "2029-02-28",
            }
        ],
    }
    person.update(overrides)
    return person


def flip_last_byte(path: Path) -> None:
    """Change the file's last byte for certain (overwriting it with a constant would leave
    the file unchanged whenever that byte already had the constant's value)."""
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
