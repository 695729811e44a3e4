"""Failed logins in ``migdesk-cli`` (Art. 11.4), with real processes: each attempt is its own
process, so the wait also survives a restart."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from migdesk.vault.login_guard import FailedLogins, path_for
from tests.conftest import ADMIN, PASSWORD, Cli

WRONG = "Zz-wrong-secret-9"


def test_after_five_failures_the_cli_refuses_at_once_even_the_right_password(
    cli_vault: Cli,
) -> None:
    wrong = Cli(cli_vault.vault, password=WRONG)
    for _ in range(5):
        result = wrong("user", "list", "--json")
        assert result.code == 3
        assert "Неверное имя пользователя или пароль." in result.stderr
        assert result.stdout == ""
    assert WRONG not in path_for(cli_vault.vault).read_text(encoding="utf-8")

    refused = cli_vault("user", "list", "--json")  # the right password, in a new process
    assert refused.code == 3
    answer = refused.json()
    assert answer["status"] == "refused" and answer["reason"] == "throttled"
    assert 0 < answer["seconds"] <= 30
    assert answer["message"].startswith("Слишком много неудачных попыток входа под этим именем")
    assert "Пароль сейчас не проверяется." in refused.stderr

    # Refused before any password is asked for (none given here: no terminal either).
    unasked = Cli(cli_vault.vault, password=None)("user", "list")
    assert unasked.code == 3
    assert "Слишком много неудачных попыток" in unasked.stderr
    assert "Не задан пароль" not in unasked.stderr
    # Another name is not held up.
    assert Cli(cli_vault.vault, user="nobody")("user", "list").code == 3
    record = FailedLogins(cli_vault.vault).record(ADMIN)
    assert record is not None and record.count == 5 and record.sources == {"cli": 5}


def test_the_next_unlock_tells_on_stderr_and_leaves_stdout_as_it_was(cli_vault: Cli) -> None:
    before = cli_vault("user", "list", "--json")
    assert before.code == 0
    wrong = Cli(cli_vault.vault, password=WRONG)
    assert wrong("user", "list").code == 3
    assert wrong("user", "list").code == 3
    assert Cli(cli_vault.vault, user="petrov", password=WRONG)("user", "list").code == 3

    after = cli_vault("user", "list", "--json")
    assert after.code == 0
    assert after.json() == before.json()  # the command's own answer, unchanged
    assert "неудачных попыток входа под вашим именем: 2" in after.stderr
    assert "Если это были не вы, сообщите администратору." in after.stderr
    # An administrator also learns of unknown names, but not the names (maybe a password).
    assert "которых нет среди пользователей хранилища: 1, последняя" in after.stderr
    assert "petrov" not in after.stderr

    quiet = cli_vault("user", "list", "--json")
    assert quiet.code == 0 and quiet.stderr == ""
    entries = [e for e in cli_vault("audit", "list", "--json").json() if _is_failed(e)]
    assert len(entries) == 2


def _is_failed(entry: object) -> bool:
    return isinstance(entry, dict) and entry.get("action") == "auth.failed"


def test_once_the_wait_is_over_the_right_password_opens(cli_vault: Cli) -> None:
    guard = FailedLogins(cli_vault.vault)
    long_ago = datetime.now(UTC) - timedelta(hours=1)
    for n in range(7):
        guard.add_failure(ADMIN, "window", long_ago + timedelta(seconds=n))
    result = cli_vault("user", "list", "--json")
    assert result.code == 0, result.stderr
    assert "неудачных попыток входа под вашим именем: 7" in result.stderr
    assert json.loads(result.stdout)
    assert PASSWORD not in result.stderr
