"""Each user's interface language in the vault (issue 15): ``user language`` and its audit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import Cli


@pytest.mark.slow
def test_language_is_stored_per_user_and_audited(cli_vault: Cli, tmp_path: Path) -> None:
    password = tmp_path / "clerk.pw"
    password.write_text("front desk pass 123\n")
    added = cli_vault("user", "add", "clerk", "--role", "officer", "--password-file", str(password))
    assert added.code == 0, added.stderr

    shown = cli_vault("user", "language", "clerk", "--json")
    assert shown.code == 0, shown.stderr
    assert shown.json() == {"name": "clerk", "language": None}

    changed = cli_vault("user", "language", "clerk", "kk_KZ", "--json")
    assert changed.code == 0, changed.stderr
    assert changed.json() == {"name": "clerk", "language": "kk"}
    assert cli_vault("user", "language", "admin", "hy").code == 0
    assert cli_vault("user", "language", "clerk", "--json").json()["language"] == "kk"
    plain = cli_vault("user", "language", "admin")
    assert plain.stdout.strip() == "admin: Հայերեն"

    refused = cli_vault("user", "language", "clerk", "de", "--json")
    assert refused.code == 1
    assert "«de» не поддерживается" in refused.stderr
    assert cli_vault("user", "language", "nobody", "en").code == 1

    # A user sets their own, not anyone else's.
    clerk = replace(cli_vault, user="clerk", password="front desk pass 123")
    assert clerk("user", "language", "clerk", "en", "--json").json()["language"] == "en"
    assert clerk("user", "language", "admin", "ru").code == 1
    assert cli_vault("user", "language", "admin", "--json").json()["language"] == "hy"

    log = cli_vault("audit", "list", "--json")
    assert log.code == 0, log.stderr
    entries = [e for e in log.json() if e["action"] == "user.language"]
    assert {(e["record_id"], e["details"]["language"]) for e in entries} == {
        ("clerk", "kk"),
        ("admin", "hy"),
        ("clerk", "en"),
    }
