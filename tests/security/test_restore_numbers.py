"""A restore never gives again a number given after its backup was made (registration
journals, bundle sequence numbers): the restored copy continues the replaced vault's counters,
audited; when the replaced vault cannot be read, the restore says the numbers may repeat."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from migdesk.exchange import channels
from migdesk.models import ExchangeChannel
from migdesk.requests import journal
from migdesk.vault import Vault, restore_numbers
from migdesk.vault import backup as backups
from migdesk.vault.busy import busy_text
from migdesk.vault.restore_numbers import Carried
from tests.conftest import ADMIN, PASSWORD, Cli, CliResult
from tests.requests.test_request_cli import DRAFT

OFFICER, OFFICER_PASSWORD = "officer", "registry desk pw 1"


def _new_request(cli: Cli) -> str:
    made = cli("request", "new", "-", "--json", stdin=json.dumps(DRAFT))
    assert made.code == 0, made.stderr
    return str(made.json()["number"])


def test_numbers_given_after_the_backup_are_not_given_again(cli_vault: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "officer.txt"
    secret.write_text(OFFICER_PASSWORD)
    added = cli_vault(
        "user", "add", OFFICER, "--role", "officer,supervisor", "--password-file", str(secret)
    )
    assert added.code == 0, added.stderr
    officer = Cli(cli_vault.vault, OFFICER, OFFICER_PASSWORD)
    assert [_new_request(officer) for _ in range(2)] == ["1-исх", "2-исх"]
    stick = tmp_path / "stick"
    stick.mkdir()
    made = cli_vault("backup", str(stick), "--json")
    assert made.code == 0, made.stderr
    # Sent to the partner after the backup: these numbers exist only in the replaced vault.
    assert [_new_request(officer) for _ in range(2)] == ["3-исх", "4-исх"]

    back = cli_vault("restore", made.json()["path"], "--json")
    assert back.code == 0, back.stderr
    assert _new_request(officer) == "5-исх"  # main gave «3-исх» a second time
    carried = back.json()["numbers_carried"]
    assert [(c["kind"], c["restored"], c["given"]) for c in carried] == [("journal", 2, 4)]
    assert carried[0]["scope"].startswith("KZ-MVD/outgoing/")
    assert cli_vault("audit", "verify").code == 0
    listed = cli_vault("audit", "list", "--json").json()
    assert any(e["action"] == "vault.restore_numbers" for e in listed)

    year = carried[0]["scope"].rsplit("/", 1)[1]
    listed_numbers = officer("journal", "list", "KZ-MVD", "outgoing", "--year", year, "--json")
    assert listed_numbers.code == 0, listed_numbers.stderr
    assert [e["number"] for e in listed_numbers.json()] == ["1-исх", "2-исх", "5-исх"]
    shown = officer("journal", "list", "KZ-MVD", "outgoing", "--year", year)
    assert "№ 3–4: записей нет в этом хранилище" in shown.stdout

    human = cli_vault("restore", made.json()["path"])
    assert human.code == 0, human.stderr
    assert "№ 3–5 выданы после создания копии" in human.stdout
    assert "следующий № 6" in human.stdout


def test_bundle_sequences_and_a_new_years_journal_are_carried(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with vault.session() as session:
        channels.channel(session, "AM-POLICE", "main").last_sent = 6
    copy = backups.backup(vault, stick).path
    with vault.session() as session:
        # Bundles № 7 and 8 sent after the backup; a journal begun after it.
        channels.channel(session, "AM-POLICE", "main").last_sent = 8
        channels.channel(session, "AM-MIGRATION", "main").last_sent = 1
    with vault.session() as session:
        for _ in range(3):
            journal.allocate(
                session,
                authority="KZ-MVD",
                direction="incoming",
                on=date(2031, 1, 2),
                user=ADMIN,
                record_kind="request",
                record_id="r",
            )
    vault.close()

    restored = backups.restore_vault(copy, vault_path, ADMIN, PASSWORD)
    assert restored.carried is not None
    assert [c.span() for c in restored.carried] == [
        "KZ-MVD/incoming/2031: 1–3",
        "AM-MIGRATION/main: 1",
        "AM-POLICE/main: 7–8",
    ]
    with Vault.open(vault_path, ADMIN, PASSWORD) as opened, opened.session() as session:
        assert channels.next_sequence(session, "AM-POLICE", "main") == 9
        assert channels.next_sequence(session, "AM-MIGRATION", "main") == 2
        given = journal.allocate(
            session,
            authority="KZ-MVD",
            direction="incoming",
            on=date(2031, 5, 5),
            user=ADMIN,
            record_kind="request",
            record_id="s",
        )
        assert given.number == "4-вх"
        assert session.scalar(select(ExchangeChannel.last_received).limit(1)) == 0


def test_a_lost_vault_cannot_be_carried_and_the_restore_says_so(
    cli_vault: Cli, vault_path: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    made = cli_vault("backup", str(stick), "--json")
    assert made.code == 0, made.stderr
    for suffix in ("", ".keys", "-wal", "-shm"):  # the disk died: the vault is gone
        Path(f"{vault_path}{suffix}").unlink(missing_ok=True)
    back = cli_vault("restore", made.json()["path"], "--json")
    assert back.code == 0, back.stderr
    assert back.json()["numbers_carried"] is None
    assert "могут быть выданы повторно" in back.stderr
    assert "journal continue" in back.stderr
    # The partner's journal shows our № 7-исх: the office goes on after it.
    year = str(date.today().year)
    onward = cli_vault(
        "journal", "continue", "KZ-MVD", "outgoing", "--after", "7", "--year", year, "--json"
    )
    assert onward.code == 0, onward.stderr
    assert onward.json()["next_seq"] == 8
    secret = tmp_path / "officer.txt"
    secret.write_text(OFFICER_PASSWORD)
    added = cli_vault("user", "add", OFFICER, "--role", "officer", "--password-file", str(secret))
    assert added.code == 0, added.stderr
    assert _new_request(Cli(cli_vault.vault, OFFICER, OFFICER_PASSWORD)) == "8-исх"
    back_again = cli_vault("journal", "continue", "KZ-MVD", "outgoing", "--after", "3")
    assert back_again.code == 1 and "только вперёд" in back_again.stderr
    officer = Cli(cli_vault.vault, OFFICER, OFFICER_PASSWORD)
    refused = officer("journal", "continue", "KZ-MVD", "outgoing", "--after", "20")
    assert refused.code == 1 and "Недостаточно прав" in refused.stderr


HOLDER = """
import sys
from pathlib import Path
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
PersonService(vault).count()
print("open", flush=True)
sys.stdin.readline()
vault.close()
"""


def test_a_vault_open_in_a_window_is_not_replaced_under_it(
    cli_vault: Cli, vault_path: Path, tmp_path: Path
) -> None:
    """A restore while a MigDesk window has the vault open moved the files from under it: the
    window's later saves went into the file set aside, missing from the restored vault."""
    stick = tmp_path / "stick"
    stick.mkdir()
    made = cli_vault("backup", str(stick), "--json")
    assert made.code == 0, made.stderr
    window = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_path), ADMIN, PASSWORD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "open"
        refused = cli_vault("restore", made.json()["path"], "--json")
        assert refused.code == 1
        assert "открыто другой программой" in refused.stderr
        assert not list(vault_path.parent.glob("*.before-restore-*"))
        assert window.stdin is not None
        window.stdin.write("\n")
        window.stdin.flush()
        assert window.wait(60) == 0
    finally:
        if window.poll() is None:
            window.kill()
    # Once the window is closed the restore goes ahead.
    assert cli_vault("restore", made.json()["path"], "--json").code == 0


def test_a_number_given_while_the_restore_works_is_not_given_again(
    cli_vault: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On main the restore read the replaced vault's counters after its first check and held
    the vault only for the swap: a request registered in between (here: while the counters
    are carried into the copy) took a number only the set-aside file remembers, and the
    restored vault gave it again. Now nobody opens the vault from the check to the swap: that
    command is told the vault is busy (or, had it come after, its number is carried)."""
    assert _new_request(cli_vault) == "1-исх"
    made = cli_vault("backup", str(cli_vault.vault.parent), "--json")
    assert made.code == 0, made.stderr
    carry = restore_numbers.carry
    given: list[CliResult] = []

    def registered_meanwhile(*args: Any) -> list[Carried]:
        given.append(cli_vault("request", "new", "-", "--json", stdin=json.dumps(DRAFT)))
        return carry(*args)

    monkeypatch.setattr(restore_numbers, "carry", registered_meanwhile)
    backups.restore_vault(Path(made.json()["path"]), cli_vault.vault, ADMIN, PASSWORD)
    following = _new_request(cli_vault)
    if given[0].code == 0:
        assert following != given[0].json()["number"]
    else:
        assert busy_text() in given[0].stderr
        assert following == "2-исх"
