"""Four eyes (issue 13, item 5): a request is signed only by the user bound to the
signatory and never by its author; an administrator may turn the rule off (audited)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from migdesk.errors import PermissionDenied
from migdesk.models import AuditEntry, User
from migdesk.office import four_eyes
from tests.conftest import Cli
from tests.requests.request_helpers import Desk, as_user, draft
from tests.support.signing import key_args, sign


def test_author_never_signs_and_only_the_bound_user_does(desk: Desk) -> None:
    with desk.vault.session() as session:
        session.add(User(name="boss2", role="supervisor", created_at=date(2025, 1, 1), active=True))
    # The signatory's own user wrote the request: refused, with the reason.
    own = desk.service("boss").create_draft(draft()).id
    with pytest.raises(PermissionDenied, match="Автор запроса не может его подписать"):
        sign(desk.service("boss"), own, desk.signatory)
    # Another supervisor may no longer sign for a listed signatory not bound to them.
    written = desk.service("officer1").create_draft(draft()).id
    desk.service("officer1").assign(written, "officer2")
    for user in ("boss2", "officer2"):
        with pytest.raises(PermissionDenied, match="только пользователь, закреплённый"):
            sign(desk.service(user), written, desk.signatory)
    assert desk.service("officer1").get(written).state == "draft"
    # The bound user, not the author: signed.
    signed = sign(desk.service("boss"), written, desk.signatory)
    assert signed.state == "signed"


def test_an_administrator_may_turn_it_off_for_a_one_person_office(desk: Desk) -> None:
    assert four_eyes.is_enabled(desk.vault)
    with pytest.raises(PermissionDenied):
        four_eyes.set_enabled(as_user(desk.vault, "boss"), False)
    four_eyes.set_enabled(as_user(desk.vault, "root"), False)
    assert not four_eyes.is_enabled(desk.vault)
    own = desk.service("boss").create_draft(draft()).id
    assert sign(desk.service("boss"), own, desk.signatory).state == "signed"
    with desk.vault.read_session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "settings.four_eyes")
        ).one()
    assert entry.user == "root" and json.loads(entry.details) == {"enabled": False}
    # Off means the old rule, not none: an officer still cannot sign for the signatory.
    other = desk.service("officer1").create_draft(draft()).id
    desk.service("officer1").assign(other, "officer2")
    with pytest.raises(PermissionDenied):
        sign(desk.service("officer2"), other, desk.signatory)


def test_cli_author_sign_step_exits_1_with_the_reason(cli_vault: Cli, tmp_path: Path) -> None:
    def send(*args: str, data: object = None) -> dict[str, object]:
        result = cli_vault(*args, "--json", stdin=None if data is None else json.dumps(data))
        assert result.code == 0, result.stderr
        out: dict[str, object] = result.json()
        return out

    signatory = send(
        "signatory",
        "add",
        "-",
        data={
            "authority": "KZ-MVD",
            "position": "Начальник",
            "full_name": "Автор Подписант Тестович",
            "valid_from": "2020-01-01",
            "user": "admin",
        },
    )
    created = send(
        "request",
        "new",
        "-",
        data={
            "to": "AM-POLICE",
            "substance": "Просим сообщить сведения (синтетические данные).",
            "purpose": "Проверка.",
            "justification": "Заявление.",
            "categories": ["registration"],
        },
    )
    refused = cli_vault(
        "request",
        "step",
        str(created["id"]),
        "sign",
        "-",
        *key_args(tmp_path),
        stdin=json.dumps({"signatory": signatory["id"]}),
    )
    assert refused.code == 1 and refused.stdout == ""
    assert "Автор запроса не может его подписать" in refused.stderr
    shown = send("request", "show", str(created["id"]))
    assert shown["state"] == "draft"
    assert send("signatory", "four-eyes") == {"four_eyes": True}
    assert send("signatory", "four-eyes", "off") == {"four_eyes": False}
