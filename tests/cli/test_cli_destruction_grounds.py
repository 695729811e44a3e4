"""`retention propose --early` states its grounds (Art. 11.5): without them it is refused
as bad input (exit 1, the reason as JSON with --json) and nothing is proposed; a due record
proposed without them gets the expiry wording, which then is true, and the act states it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from migdesk.cli.context import EXIT_REFUSED
from migdesk.office.retention import EXPIRY_GROUNDS
from tests.conftest import Cli, sample_person
from tests.support.files import pdftotext

pytestmark = pytest.mark.slow  # CLI subprocesses


def _person(cli: Cli, keep_until: date) -> str:
    data = sample_person(keep_until=keep_until.isoformat())
    added = cli("person", "add", "-", "--json", stdin=json.dumps(data, ensure_ascii=False))
    assert added.code == 0, added.stderr
    return str(added.json()["id"])


def test_an_early_proposal_without_grounds_is_refused(cli_vault: Cli) -> None:
    person = _person(cli_vault, date.today() + timedelta(days=30))
    for extra in ((), ("--grounds", "  ")):
        refused = cli_vault("retention", "propose", person, "--early", *extra, "--json")
        assert refused.code == EXIT_REFUSED
        assert "основание досрочного уничтожения" in refused.stderr
        assert "--grounds" in refused.stderr
        error = refused.json()
        assert error["status"] == "refused" and error["reason"] == "grounds_required"
        assert error["message"] == refused.stderr.strip()
    # Not asked early, but not due either: the same refusal, in the interface language.
    human = cli_vault("retention", "propose", person, MIGDESK_LANG="en")
    assert human.code == EXIT_REFUSED and human.stdout == ""
    assert "grounds" in human.stderr and "основание" not in human.stderr
    assert cli_vault("retention", "proposals", "--json").json() == []


def test_a_due_proposal_states_the_expiry_on_the_act(cli_vault: Cli, tmp_path: Path) -> None:
    person = _person(cli_vault, date.today() - timedelta(days=1))
    proposed = cli_vault("retention", "propose", person, "--json")
    assert proposed.code == 0, proposed.stderr
    assert proposed.json()["grounds"] == EXPIRY_GROUNDS
    secret = tmp_path / "pw"
    secret.write_text("head of unit pass 2")
    add = ("user", "add", "chief", "--role", "supervisor", "--password-file", str(secret))
    assert cli_vault(*add).code == 0
    act_path = tmp_path / "act.pdf"
    chief = {"MIGDESK_USER": "chief", "MIGDESK_PASSWORD": "head of unit pass 2"}
    done = cli_vault("destroy", person, "--act-out", str(act_path), **chief)
    assert done.code == 0, done.stderr
    assert "истечение срока хранения" in " ".join(pdftotext(act_path, "-enc", "UTF-8").split())


def test_the_grounds_option_is_explained(cli_vault: Cli) -> None:
    shown = cli_vault("retention", "propose", "--help")
    assert shown.code == 0
    text = " ".join(shown.stdout.split())
    assert "--grounds TEXT" in text
    assert "войдёт в акт об уничтожении" in text and "Обязательно с --early" in text
