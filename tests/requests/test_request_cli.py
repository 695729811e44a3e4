"""The CLI contract of ``authority``, ``signatory`` and ``request`` through real processes."""

from __future__ import annotations

import json
from pathlib import Path

from migdesk.requests.workflow import State
from tests.conftest import Cli
from tests.support.signing import key_args

DRAFT = {
    "to": "AM-POLICE",
    "substance": "Просим сообщить сведения о регистрации (синтетические данные).",
    "purpose": "Проверка оснований пребывания.",
    "justification": "Рассмотрение заявления.",
    "categories": ["registration"],
}
INCOMING = {
    "from": "AM-MIGRATION",
    "to": "KZ-MVD",
    "received_on": "2025-01-31",
    "substance": "Запрос сведений (синтетические данные).",
    "purpose": "Установление статуса.",
    "justification": "Дело о выдворении (тест).",
    "persons": [],
}


def _send(cli: Cli, *args: str, data: object = None) -> object:
    result = cli(*args, "--json", stdin=None if data is None else json.dumps(data))
    assert result.code == 0, result.stderr
    return result.json()


def _second_user(cli: Cli, tmp_path: Path, name: str, role: str) -> Cli:
    password = "second user's password (test)"
    secret = tmp_path / f"{name}.pw"
    secret.write_text(password, encoding="utf-8")
    added = cli("user", "add", name, "--role", role, "--password-file", str(secret))
    assert added.code == 0, added.stderr
    return Cli(cli.vault, name, password)


def test_authority_list(cli_vault: Cli) -> None:
    listed = _send(cli_vault, "authority", "list")
    assert isinstance(listed, list)
    by_code = {a["code"]: a for a in listed}
    assert set(by_code) == {"KZ-MVD", "KZ-MTSZN", "AM-POLICE", "AM-MIGRATION"}
    police = by_code["AM-POLICE"]
    assert police["name"] == "Полиция Республики Армения"
    assert police["name_dative"] == "Полиции Республики Армения"
    assert police["history"][0]["name"] == "Полиция Республики Армения"


def test_signatory_add_and_list(cli_vault: Cli) -> None:
    added = _send(
        cli_vault,
        "signatory",
        "add",
        "-",
        data={
            "authority": "KZ-MVD",
            "position": "Заместитель министра",
            "full_name": "Тестов Тест Тестович",
            "valid_from": "2020-01-01",
            "valid_until": None,
            "user": "admin",
        },
    )
    assert isinstance(added, dict) and set(added) == {"id", "notification_id"}
    listed = _send(cli_vault, "signatory", "list")
    assert isinstance(listed, list)
    assert listed[0]["full_name"] == "Тестов Тест Тестович"
    assert listed[0]["valid_from"] == "2020-01-01" and listed[0]["has_certificate"] is False
    bad = cli_vault("signatory", "add", "-", stdin=json.dumps({"authority": "KZ-MVD"}))
    assert bad.code == 1 and "Действует с" in bad.stderr


def test_outgoing_draft_sign_send(cli_vault: Cli, tmp_path: Path) -> None:
    # Four eyes: the request is signed by a second user, the one bound to the signatory.
    signer = _second_user(cli_vault, tmp_path, "signer", "supervisor")
    signatory = _send(
        cli_vault,
        "signatory",
        "add",
        "-",
        data={
            "authority": "KZ-MVD",
            "position": "Начальник",
            "full_name": "Тестов",
            "valid_from": "2020-01-01",
            "user": "signer",
        },
    )
    assert isinstance(signatory, dict)
    created = _send(cli_vault, "request", "new", "-", data=DRAFT)
    assert isinstance(created, dict) and set(created) == {"id", "number"}
    unsigned = cli_vault("request", "step", created["id"], "send")
    assert unsigned.code == 1 and "невозможен" in unsigned.stderr
    # Signing is the signatory's digital signature (issue 13.4): without a key, exit 1.
    keyless = signer(
        "request", "step", created["id"], "sign", "-", stdin=json.dumps({"signatory": 1})
    )
    assert keyless.code == 1 and keyless.stdout == ""
    assert "электронная подпись подписанта" in keyless.stderr and "--sign-p12" in keyless.stderr
    assert _send(cli_vault, "request", "show", created["id"])["state"] == "draft"  # type: ignore[index]
    misplaced = cli_vault("request", "step", created["id"], "cancel", *key_args(tmp_path))
    assert misplaced.code == 2
    signed = _send(
        signer,
        "request",
        "step",
        created["id"],
        "sign",
        "-",
        *key_args(tmp_path),
        data={"signatory": signatory["id"]},
    )
    assert isinstance(signed, dict) and set(signed) == {"id", "state", "seq", "number"}
    assert signed["state"] == "signed"
    shown = _send(cli_vault, "request", "show", created["id"])
    assert isinstance(shown, dict)
    sign_step = shown["steps"][-1]
    assert sign_step["action"] == "sign" and sign_step["user"] == "signer"
    assert [a["mime"] for a in shown["attachments"] if a.get("step") == sign_step["seq"]] == [
        "application/pdf"
    ]
    sent = _send(cli_vault, "request", "step", created["id"], "send")
    assert isinstance(sent, dict) and sent["state"] == "sent"
    missing = cli_vault("request", "new", "-", stdin=json.dumps({**DRAFT, "purpose": ""}))
    assert missing.code == 1 and "Цель запроса" in missing.stderr
    typo = cli_vault("request", "new", "-", stdin=json.dumps({**DRAFT, "purpsoe": "x"}))
    assert typo.code == 1 and "purpsoe" in typo.stderr


def test_incoming_request_steps_and_show(cli_vault: Cli) -> None:
    created = _send(cli_vault, "request", "receive", "-", data=INCOMING)
    assert isinstance(created, dict) and created["number"] == "1-вх"
    request_id = created["id"]
    shown = _send(cli_vault, "request", "show", request_id)
    assert isinstance(shown, dict)
    assert (shown["state"], shown["received_on"], shown["due_on"]) == (
        "registered",
        "2025-01-31",
        "2025-03-02",
    )
    assert shown["from"] == "AM-MIGRATION" and shown["steps"][0]["action"] == "register"
    _send(cli_vault, "request", "step", request_id, "start", "-", data={"on": "2025-02-01"})
    no_reasons = cli_vault(
        "request", "step", request_id, "refuse", "-", stdin=json.dumps({"grounds": ["security"]})
    )
    assert no_reasons.code == 1 and "Причины отказа" in no_reasons.stderr
    refused = _send(
        cli_vault,
        "request",
        "step",
        request_id,
        "refuse",
        "-",
        data={"on": "2025-02-10", "reasons": "Причины (тест).", "grounds": ["public_order"]},
    )
    assert isinstance(refused, dict) and refused["state"] == "refused" and refused["number"]
    shown = _send(cli_vault, "request", "show", request_id)
    assert isinstance(shown, dict)
    assert [s["action"] for s in shown["steps"]] == ["register", "start", "refuse"]
    assert shown["steps"][2]["details"]["grounds"] == ["public_order"]
    assert shown["steps"][2]["on"] == "2025-02-10" and shown["steps"][2]["user"] == "admin"


def test_request_list_overdue_as_of(cli_vault: Cli) -> None:
    created = _send(cli_vault, "request", "receive", "-", data=INCOMING)
    assert isinstance(created, dict)
    on_time = _send(cli_vault, "request", "list", "--overdue", "--as-of", "2025-03-02")
    late = _send(cli_vault, "request", "list", "--overdue", "--as-of", "2025-03-03")
    assert on_time == []
    assert isinstance(late, list) and [r["id"] for r in late] == [created["id"]]
    assert late[0]["overdue"] is True and late[0]["days_left"] == -1
    assert late[0]["due_on"] == "2025-03-02"


def test_usage_and_refusal_exit_codes(cli_vault: Cli) -> None:
    assert cli_vault("request", "list", "--as-of", "yesterday").code == 2
    assert cli_vault("request", "step", "x", "teleport").code == 2
    assert cli_vault("request", "show", "no-such-id").code == 1
    assert cli_vault("request", "receive", "-", stdin="{not json").code == 1
    wrong = cli_vault("request", "list", MIGDESK_PASSWORD="wrong password")
    assert wrong.code == 3


def test_demo_creates_requests_in_every_state(cli_vault: Cli) -> None:
    result = _send(cli_vault, "demo", "--persons", "5", "--requests")
    assert isinstance(result, dict) and result["persons"] == 5 and result["requests"] > 20
    listed = _send(cli_vault, "request", "list")
    assert isinstance(listed, list)
    states = {r["state"] for r in listed}
    assert states == {s.value for s in State}
    assert any(r["overdue"] for r in listed)


def test_show_names_the_wait_beside_the_agreements_deadline(cli_vault: Cli) -> None:
    """Postponed (10.2) or awaiting the requesting side's decision (11.1): the deadline stays
    30 days from receipt, and ``deadline_note`` says since when the request waits."""
    created = _send(cli_vault, "request", "receive", "-", data=INCOMING)
    assert isinstance(created, dict)
    request_id = created["id"]
    shown = _send(cli_vault, "request", "show", request_id, "--as-of", "2025-02-05")
    assert isinstance(shown, dict) and shown["deadline_note"] is None
    _send(cli_vault, "request", "step", request_id, "start", "-", data={"on": "2025-02-01"})
    postpone = {"on": "2025-02-03", "proceedings": "Уголовное дело № Т-1 (тест)."}
    _send(cli_vault, "request", "step", request_id, "postpone", "-", data=postpone)
    shown = _send(cli_vault, "request", "show", request_id, "--as-of", "2025-02-05")
    assert isinstance(shown, dict) and shown["due_on"] == "2025-03-02"
    note = "исполнение отложено или обусловлено 03.02.2025 (п.\u00a02 ст.\u00a010)"
    assert shown["deadline_note"] == note
    human = cli_vault("request", "show", request_id, "--as-of", "2025-02-05")
    assert f"поступил: 2025-01-31, срок: 2025-03-02; {note}" in human.stdout
    impossible = {"on": "2025-02-04", "text": "Лицо будет уведомлено (тест)."}
    _send(
        cli_vault, "request", "step", request_id, "confidentiality-impossible", "-", data=impossible
    )
    shown = _send(cli_vault, "request", "show", request_id, "--as-of", "2025-02-05")
    assert isinstance(shown, dict) and shown["deadline_note"] == (
        "с 04.02.2025 ожидается решение запрашивающей Стороны о конфиденциальности "
        "(п.\u00a01 ст.\u00a011)"
    )
