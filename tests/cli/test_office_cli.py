"""The CLI for office actions the GUI already had (issue 18): agreement notices and the
Art. 9.3 exchange date, journal patterns, the idle lock, MRZ parsing, authority rename and
replace, ending a signatory, form blanks, request update and assignment. Each with --json
on a real vault, and a refusal with exit 1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli
from tests.requests.test_request_cli import DRAFT

pytestmark = pytest.mark.slow  # CLI subprocesses and bundles between two vaults

TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n"


def _ok(cli: Cli, *args: str, data: object = None) -> Any:
    result = cli(*args, "--json", stdin=None if data is None else json.dumps(data))
    assert result.code == 0, result.stderr
    return result.json()


def test_agreement_notices_and_the_45_days(cli_vault: Cli) -> None:
    status = _ok(cli_vault, "agreement", "status")
    assert status["entry_into_force"] is None
    for party, day in (("KZ", "2026-01-10"), ("AM", "2026-02-01")):
        _ok(
            cli_vault,
            "agreement",
            "notice",
            "--kind",
            "ratification",
            "--party",
            party,
            "--received-on",
            day,
            "--reference",
            f"нота № {party}-1 (тест)",
        )
    status = _ok(cli_vault, "agreement", "status", "--as-of", "2026-04-01")
    assert status["entry_into_force"] == "2026-02-01"
    assert status["signatory_exchange"]["due_on"] == "2026-03-18"  # 45 days
    assert status["signatory_exchange"]["overdue"] is True
    again = cli_vault(
        "agreement",
        "notice",
        "--kind",
        "ratification",
        "--party",
        "KZ",
        "--received-on",
        "2026-01-11",
        "--reference",
        "x",
    )
    assert again.code == 1 and "уже записано" in again.stderr


def test_journal_pattern_and_idle_lock(cli_vault: Cli) -> None:
    got = _ok(
        cli_vault,
        "journal",
        "pattern",
        "KZ-MVD",
        "outgoing",
        "--year",
        "2027",
        "--set",
        "{seq}-исх-{yy}",
    )
    assert got["pattern"] == "{seq}-исх-{yy}"
    assert (
        _ok(cli_vault, "journal", "pattern", "KZ-MVD", "outgoing", "--year", "2027")["pattern"]
        == "{seq}-исх-{yy}"
    )
    bad = cli_vault("journal", "pattern", "KZ-MVD", "outgoing", "--set", "без номера")
    assert bad.code == 1
    assert _ok(cli_vault, "settings", "idle-lock", "--set", "10") == {"minutes": 10}
    assert _ok(cli_vault, "settings", "idle-lock") == {"minutes": 10}
    assert cli_vault("settings", "idle-lock", "--set", "0").code == 1


def test_mrz_parse(cli_vault: Cli) -> None:
    result = cli_vault("mrz", "parse", "-", "--json", stdin=TD3)
    assert result.code == 0, result.stderr
    parsed = result.json()
    assert (parsed["format"], parsed["surname"], parsed["document_number"]) == (
        "TD3",
        "ERIKSSON",
        "L898902C3",
    )
    assert parsed["valid"] is True and parsed["birth_date"] == "1974-08-12"
    broken = cli_vault("mrz", "parse", "-", "--json", stdin=TD3.replace("<10", "<19"))
    assert broken.code == 1 and broken.json()["valid"] is False
    assert cli_vault("mrz", "parse", "-", stdin="not an mrz").code == 1


def test_authority_rename_and_replace(cli_vault: Cli) -> None:
    _ok(
        cli_vault,
        "authority",
        "rename",
        "-",
        data={
            "code": "AM-POLICE",
            "effective_on": "2026-03-01",
            "nominative": "Полиция Армении (тест)",
            "dative": "Полиции Армении (тест)",
            "short_name": "Полиция (тест)",
            "notification": "нота № 7 (тест)",
        },
    )
    listed = {a["code"]: a for a in _ok(cli_vault, "authority", "list", "--as-of", "2026-03-02")}
    assert listed["AM-POLICE"]["name"] == "Полиция Армении (тест)"
    earlier = {a["code"]: a for a in _ok(cli_vault, "authority", "list", "--as-of", "2026-02-01")}
    assert earlier["AM-POLICE"]["name"] == "Полиция Республики Армения"  # history kept
    _ok(
        cli_vault,
        "authority",
        "replace",
        "-",
        data={
            "code": "AM-MIGRATION",
            "successor_code": "AM-MIGR2",
            "effective_on": "2026-04-01",
            "notification": "нота № 8 (тест)",
            "nominative": "Новая служба (тест)",
            "dative": "Новой службе (тест)",
            "short_name": "Служба (тест)",
        },
    )
    listed = {a["code"]: a for a in _ok(cli_vault, "authority", "list", "--as-of", "2026-04-02")}
    assert "AM-MIGR2" in listed
    typo = cli_vault("authority", "rename", "-", stdin=json.dumps({"code": "AM-POLICE", "x": 1}))
    assert typo.code == 1 and "x" in typo.stderr


def test_signatory_end_and_blank(cli_vault: Cli, tmp_path: Path) -> None:
    added = _ok(
        cli_vault,
        "signatory",
        "add",
        "-",
        data={
            "authority": "KZ-MVD",
            "position": "Заместитель",
            "full_name": "Тестов Т. Т.",
            "valid_from": "2020-01-01",
            "user": "admin",
        },
    )
    ended = _ok(cli_vault, "signatory", "end", str(added["id"]), "--until", "2026-06-30")
    assert ended["id"] == added["id"] and ended["notification_id"]
    [row] = _ok(cli_vault, "signatory", "list")
    assert row["valid_until"] == "2026-06-30"
    blank = tmp_path / "бланк.pdf"
    blank.write_bytes(b"%PDF-1.4\n% synthetic blank\n%%EOF\n")
    got = _ok(
        cli_vault,
        "signatory",
        "blank",
        str(blank),
        "--authority",
        "KZ-MVD",
        "--name",
        "Бланк запроса (тест)",
        "--valid-from",
        "2026-01-01",
    )
    assert got["id"] and got["notification_id"]
    bad = cli_vault("signatory", "end", str(added["id"]), "--until", "31.12.2026")
    assert bad.code == 2


def test_request_update_and_assign(cli_vault: Cli) -> None:
    created = _ok(cli_vault, "request", "new", "-", data=DRAFT)
    _ok(
        cli_vault,
        "request",
        "update",
        created["id"],
        "-",
        data={**DRAFT, "substance": "Уточнённое существо запроса (тест)."},
    )
    shown = _ok(cli_vault, "request", "show", created["id"])
    assert shown["substance"] == "Уточнённое существо запроса (тест)."
    password = Path(cli_vault.vault).parent / "pw.txt"
    password.write_text("another secret pass phrase")
    user = cli_vault("user", "add", "clerk", "--role", "officer", "--password-file", str(password))
    assert user.code == 0, user.stderr
    assigned = _ok(cli_vault, "request", "assign", created["id"], "clerk")
    assert assigned == {"id": created["id"], "user": "clerk"}
    assert "clerk" in _ok(cli_vault, "request", "show", created["id"])["assignees"]
    nobody = cli_vault("request", "assign", created["id"], "nobody")
    assert nobody.code == 1 and "nobody" in nobody.stderr


def test_requests_only_while_the_agreement_is_in_force(cli_vault: Cli) -> None:
    """Art. 17: before both notices and after termination, nothing new goes out."""
    _ok(
        cli_vault,
        "agreement",
        "notice",
        "--kind",
        "ratification",
        "--party",
        "KZ",
        "--received-on",
        "2025-01-10",
        "--reference",
        "нота 1 (тест)",
    )
    early = cli_vault("request", "new", "-", stdin=json.dumps(DRAFT))
    assert early.code == 1 and "статья\u00a017" in early.stderr and "не вступило" in early.stderr
    _ok(
        cli_vault,
        "agreement",
        "notice",
        "--kind",
        "ratification",
        "--party",
        "AM",
        "--received-on",
        "2025-02-01",
        "--reference",
        "нота 2 (тест)",
    )
    assert _ok(cli_vault, "request", "new", "-", data=DRAFT)["id"]
    _ok(
        cli_vault,
        "agreement",
        "notice",
        "--kind",
        "termination",
        "--party",
        "AM",
        "--received-on",
        "2025-03-01",
        "--reference",
        "нота 3 (тест)",
    )
    late = cli_vault("request", "new", "-", stdin=json.dumps(DRAFT))
    assert late.code == 1 and "прекратило действие 01.09.2025" in late.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("audit", "list", "--since", "20260101"),  # compact ISO: Python takes it, the help not
        ("audit", "list", "--until", "2026-13-01"),
        ("agreement", "status", "--as-of", "2026-W01-1"),
        ("authority", "list", "--as-of", "01.03.2026"),
        ("statistics", "monthly", "--as-of", "2026-02-30"),
        ("request", "dashboard", "--as-of", "20260301"),
        ("signatory", "notified", "--on", "1.3.2026", "--reference", "нота"),
    ],
)
def test_every_date_option_wants_yyyy_mm_dd(cli_vault: Cli, args: tuple[str, ...]) -> None:
    """One parser for the date options (cli/context.py): the same rule, the same message."""
    result = cli_vault(*args)
    assert result.code == 2, result.stdout
    assert f"{args[2]}: нужна дата ГГГГ-ММ-ДД." in result.stderr
