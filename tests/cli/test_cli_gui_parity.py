"""CLI commands for actions the GUI already had (session 16 audit): the notices of signatory
and blank changes owed to the partner and their «направлены» mark («Справочники»), the list of
destruction acts (retention window) and the monthly statistics table with its CSV (statistics
window). Each runs the real CLI on a real vault with --json, and is refused with exit 1 for a
role the GUI refuses too."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli, sample_person
from tests.requests.test_request_cli import DRAFT

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
    secret.write_text(f"{name} pass phrase (test)")
    added = cli("user", "add", name, "--role", roles, "--password-file", str(secret))
    assert added.code == 0, added.stderr
    return Cli(cli.vault, name, f"{name} pass phrase (test)")


def test_signatory_notifications_are_listed_and_marked_sent(cli_vault: Cli) -> None:
    added = _ok(cli_vault, "signatory", "add", "-", data=SIGNATORY)
    ended = _ok(cli_vault, "signatory", "end", str(added["id"]), "--until", "2026-06-30")
    [first, second] = _ok(cli_vault, "signatory", "notifications", "--pending")
    assert [first["id"], second["id"]] == [added["notification_id"], ended["notification_id"]]
    assert first["state"] == "pending" and first["signatory_id"] == added["id"]
    assert first["authority"] == "KZ-MVD" and first["notified_on"] is None

    one = _ok(cli_vault, "signatory", "notified", str(first["id"]), "--reference", " нота 1 ")
    assert one == {"notifications": [first["id"]], "notified_on": date.today().isoformat(),
                   "reference": "нота 1"}  # fmt: skip
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
    _ok(cli_vault, "retention", "propose", person, "--early")
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
