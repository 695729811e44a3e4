"""``thematic drafts`` and ``request drafts`` (list, discard): the new thematic items and
request windows the window kept as drafts, listed without what they hold and discarded by a
script, for their own user only; JSON names are a contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from migdesk.requests import request_drafts, thematic_drafts
from migdesk.vault import Vault
from tests.conftest import Cli

SECRET = "Канал через третью страну (синтетический)"


def _ok(cli: Cli, *args: str) -> Any:
    result = cli(*args, "--json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def _keep(cli: Cli) -> tuple[str, str]:
    """Drafts as the window keeps them (there is no CLI to type into a form)."""
    vault = Vault.open(cli.vault, cli.user, cli.password or "")
    try:
        item = thematic_drafts.save_draft(vault, {"title": SECRET})
        request = request_drafts.save_draft(vault, None, {"substance": SECRET})
        return item, request
    finally:
        vault.close()


def test_form_drafts_are_listed_and_discarded_by_their_user(cli_vault: Cli) -> None:
    item, request = _keep(cli_vault)
    items = _ok(cli_vault, "thematic", "drafts", "list")
    assert [set(d) for d in items] == [{"id", "saved_at"}] and items[0]["id"] == item
    requests = _ok(cli_vault, "request", "drafts", "list")
    assert [(d["id"], d["request_id"]) for d in requests] == [(request, None)]
    assert SECRET not in json.dumps([items, requests], ensure_ascii=False)
    # Each kind's own: a thematic draft's id is not a request draft's.
    assert cli_vault("request", "drafts", "discard", item).code == 1
    assert _ok(cli_vault, "thematic", "drafts", "discard", item) == {"id": item}
    assert _ok(cli_vault, "thematic", "drafts", "list") == []
    gone = cli_vault("thematic", "drafts", "discard", item)
    assert gone.code == 1 and item in gone.stderr
    assert _ok(cli_vault, "request", "drafts", "discard", request) == {"id": request}
    assert _ok(cli_vault, "request", "drafts", "list") == []


def test_another_user_neither_sees_nor_discards_them(cli_vault: Cli) -> None:
    item, request = _keep(cli_vault)
    secret = Path(cli_vault.vault).parent / "clerk.pw"
    secret.write_text("a second officer's phrase (test)")
    added = cli_vault("user", "add", "clerk", "--role", "officer", "--password-file", str(secret))
    assert added.code == 0, added.stderr
    clerk = Cli(cli_vault.vault, "clerk", "a second officer's phrase (test)")
    assert _ok(clerk, "thematic", "drafts", "list") == []
    assert _ok(clerk, "request", "drafts", "list") == []
    assert clerk("thematic", "drafts", "discard", item).code == 1
    assert clerk("request", "drafts", "discard", request).code == 1
    assert len(_ok(cli_vault, "thematic", "drafts", "list")) == 1
