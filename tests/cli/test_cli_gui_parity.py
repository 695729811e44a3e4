"""CLI commands for actions the GUI already had (session 16 audit): the notices of signatory
and blank changes owed to the partner and their «направлены» mark («Справочники»), the list of
destruction acts (retention window), the monthly statistics table with its CSV (statistics
window) and the card drafts the automatic lock keeps (restored after an unlock). Each runs the
real CLI on a real vault with --json, and is refused with exit 1 for a role the GUI refuses."""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from migdesk.cli.main import build_parser
from migdesk.persons import drafts
from migdesk.vault import Vault
from tests.conftest import Cli, sample_person
from tests.requests.test_request_cli import DRAFT, INCOMING

pytestmark = pytest.mark.slow  # CLI subprocesses

SIGNATORY = {
    "authority": "KZ-MVD",
    "position": "Заместитель",
    "full_name": "Тестов Т. Т.",
    "valid_from": "2020-01-01",
    "user": "admin",
}


def _ok(cli: Cli, *args: str, data: object = None) -> Any:
    result = cli(*args, "--json", stdin=None if data is None else json.dumps(data))
    assert result.code == 0, result.stderr
    return result.json()


def _user(cli: Cli, name: str, roles: str) -> Cli:
    secret = Path(cli.vault).parent / f"{name}.pw"
    # Distinct per user, without the user's name in it (the password rule refuses that).
    secret.write_text(f"{name[::-1]} pass phrase (test)")
    added = cli("user", "add", name, "--role", roles, "--password-file", str(secret))
    assert added.code == 0, added.stderr
    return Cli(cli.vault, name, f"{name[::-1]} pass phrase (test)")


def test_signatory_notifications_are_listed_and_marked_sent(cli_vault: Cli) -> None:
    added = _ok(cli_vault, "signatory", "add", "-", data=SIGNATORY)
    ended = _ok(cli_vault, "signatory", "end", str(added["id"]), "--until", "2026-06-30")
    [first, second] = _ok(cli_vault, "signatory", "notifications", "--pending")
    assert [first["id"], second["id"]] == [added["notification_id"], ended["notification_id"]]
    assert first["state"] == "pending" and first["signatory_id"] == added["id"]
    assert first["authority"] == "KZ-MVD" and first["notified_on"] is None

    one = _ok(cli_vault, "signatory", "notified", str(first["id"]), "--reference", " нота 1 ")
    today = date.today().isoformat()
    assert one == {"notifications": [first["id"]], "notified_on": today, "reference": "нота 1"}
    # Without ids: every pending notice, as the window marks them.
    rest = _ok(cli_vault, "signatory", "notified", "--on", "2026-07-01", "--reference", "нота 2")
    assert rest["notifications"] == [second["id"]]
    assert _ok(cli_vault, "signatory", "notifications", "--pending") == []
    listed = {n["id"]: n for n in _ok(cli_vault, "signatory", "notifications")}
    assert listed[second["id"]]["state"] == "sent"
    assert listed[second["id"]]["notified_on"] == "2026-07-01"
    assert listed[second["id"]]["reference"] == "нота 2"
    audit = _ok(cli_vault, "audit", "list", "--action", "signatory.notified")
    assert len(audit) == 2

    nothing = cli_vault("signatory", "notified", "--reference", "нота 3")
    assert nothing.code == 1 and "ожидающих" in nothing.stderr
    again = cli_vault("signatory", "notified", str(first["id"]), "--reference", "нота 3")
    assert again.code == 1 and str(first["id"]) in again.stderr
    assert cli_vault("signatory", "notified", "--on", "01.07.2026", "--reference", "x").code == 2


def test_an_officer_cannot_mark_notices_sent(cli_vault: Cli) -> None:
    added = _ok(cli_vault, "signatory", "add", "-", data=SIGNATORY)
    clerk = _user(cli_vault, "clerk", "officer")
    refused = clerk("signatory", "notified", "--reference", "нота 1")
    assert refused.code == 1 and "supervisor" in refused.stderr
    [pending] = _ok(cli_vault, "signatory", "notifications", "--pending")
    assert pending["id"] == added["notification_id"]


def test_destruction_acts_are_listed(cli_vault: Cli, tmp_path: Path) -> None:
    assert _ok(cli_vault, "retention", "acts") == []
    person = _ok(cli_vault, "person", "add", "-", data=sample_person())["id"]
    chief = _user(cli_vault, "chief", "supervisor")
    _ok(cli_vault, "retention", "propose", person, "--early", "--grounds", "по просьбе (тест)")
    done = _ok(chief, "destroy", person, "--early", "--act-out", str(tmp_path / "act.pdf"))
    [act] = _ok(chief, "retention", "acts")
    for name in ("act_id", "act_number", "id", "record_kind", "audit_hash"):
        assert act[name] == done[name], name
    assert act["act_date"] == date.today().isoformat()
    assert act["destroyed_by"] == "chief" and act["proposed_by"] == "admin"
    assert act["summary"] and act["grounds"]
    human = chief("retention", "acts")
    assert human.code == 0 and done["act_number"] in human.stdout


def test_a_courier_cannot_list_destruction_acts(cli_vault: Cli) -> None:
    refused = _user(cli_vault, "carrier", "courier")("retention", "acts")
    assert refused.code == 1 and "officer" in refused.stderr


def test_monthly_statistics_and_their_csv(cli_vault: Cli, tmp_path: Path) -> None:
    _ok(cli_vault, "request", "new", "-", data=DRAFT)
    rows = _ok(cli_vault, "statistics", "monthly", "--as-of", date.today().isoformat())
    assert isinstance(rows, list)
    for row in rows:
        assert {"month", "authority", "sent", "received", "overdue"} <= set(row)
    out = tmp_path / "статистика.csv"
    written = _ok(cli_vault, "statistics", "csv", "--out", str(out))
    assert written == {"path": str(out), "rows": len(rows)}
    text = out.read_text(encoding="utf-8-sig")
    assert len(list(csv.reader(io.StringIO(text), delimiter=";"))) == len(rows) + 1  # header
    actions = [e["action"] for e in _ok(cli_vault, "audit", "list")]
    assert actions.count("request.statistics") == 2 and "request.export" in actions
    missing = cli_vault("statistics", "csv", "--out", str(tmp_path / "no" / "x.csv"))
    assert missing.code == 2


def test_a_courier_gets_no_statistics(cli_vault: Cli, tmp_path: Path) -> None:
    carrier = _user(cli_vault, "carrier", "courier")
    assert carrier("statistics", "monthly").code == 1
    refused = carrier("statistics", "csv", "--out", str(tmp_path / "x.csv"))
    assert refused.code == 1 and "officer" in refused.stderr
    assert not (tmp_path / "x.csv").exists()


def _keep_drafts(cli: Cli, *cards: tuple[str | None, dict[str, object]]) -> list[str]:
    """Drafts as the window's automatic lock keeps them (there is no CLI to type a card)."""
    vault = Vault.open(cli.vault, cli.user, cli.password or "")
    try:
        return [drafts.save_draft(vault, person_id, data) for person_id, data in cards]
    finally:
        vault.close()


def test_drafts_are_listed_and_discarded(cli_vault: Cli) -> None:
    person = _ok(cli_vault, "person", "add", "-", data=sample_person())["id"]
    kept, new = _keep_drafts(
        cli_vault,
        (person, {"person": {"surname_ru": "Изменённая"}}),
        (None, {"person": {"surname_ru": "Новая"}}),
    )
    listed = _ok(cli_vault, "person", "drafts", "list")
    assert [(d["id"], d["person_id"]) for d in listed] == [(kept, person), (new, None)]
    assert "data" not in listed[0] and "Изменённая" not in json.dumps(listed, ensure_ascii=False)
    assert _ok(cli_vault, "person", "drafts", "discard", new) == {"id": new}
    assert [d["id"] for d in _ok(cli_vault, "person", "drafts", "list")] == [kept]
    gone = cli_vault("person", "drafts", "discard", new)
    assert gone.code == 1 and new in gone.stderr
    # Another officer neither sees nor discards them: a draft is its own user's.
    clerk = _user(cli_vault, "clerk", "officer")
    assert _ok(clerk, "person", "drafts", "list") == []
    assert clerk("person", "drafts", "discard", kept).code == 1
    assert [d["id"] for d in _ok(cli_vault, "person", "drafts", "list")] == [kept]


def test_a_supervisor_has_no_drafts_to_script(cli_vault: Cli) -> None:
    chief = _user(cli_vault, "chief", "supervisor")
    for args in (("list",), ("discard", "x")):
        refused = chief("person", "drafts", *args)
        assert refused.code == 1 and "officer" in refused.stderr, args


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[Any]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for action in subs:
        for name, child in action.choices.items():
            yield from _leaves(child, (*path, name))


def test_every_command_takes_json() -> None:
    """The contract: every command, old and new, answers ``--json`` (the session 16 audit)."""
    leaves = dict(_leaves(build_parser()))
    assert ("person", "drafts", "discard") in leaves and len(leaves) > 90
    missing = [" ".join(k) for k, p in leaves.items() if "--json" not in p._option_string_actions]
    assert missing == []


def test_the_deadlines_dashboard(cli_vault: Cli) -> None:
    received = _ok(cli_vault, "request", "receive", "-", data=INCOMING)
    drafted = _ok(cli_vault, "request", "new", "-", data=DRAFT)
    board = _ok(cli_vault, "request", "dashboard", "--as-of", "2025-02-20")
    assert board["as_of"] == "2025-02-20"
    [row] = board["incoming"]
    listed = _ok(cli_vault, "request", "list", "--as-of", "2025-02-20", "--direction", "incoming")
    assert row == listed[0] and row["id"] == received["id"]  # the same names as request list
    assert row["days_left"] == 10 and row["due_on"] == "2025-03-02"
    assert drafted["id"] not in {r["id"] for r in board["outgoing"]}  # a draft awaits nothing
    assert "request.list" in {e["action"] for e in _ok(cli_vault, "audit", "list")}
    # Art. 11.1: another officer is not shown a request that is not theirs, as in the window.
    clerk = _user(cli_vault, "clerk", "officer")
    assert _ok(clerk, "request", "dashboard", "--as-of", "2025-02-20")["incoming"] == []
    assert cli_vault("request", "dashboard", "--as-of", "20.02.2025").code == 2
