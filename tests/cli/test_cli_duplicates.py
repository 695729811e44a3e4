"""``person add`` duplicates with scores and reasons; ``person match|duplicates|link|links|merge``
as separate processes on a real vault."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli, CliResult

PERSON = {
    "surname_ru": "Жұмабеков",
    "given_name_ru": "Әлихан",
    "patronymic_ru": "Серікұлы",
    "surname_lat": "ZHUMABEKOV",
    "sex": "M",
    "birth_date": "1990-05-05",
    "citizenship": ["KAZ"],
}
TYPED = {
    **PERSON,
    "surname_ru": "Жумабеков",
    "given_name_ru": "Алихан",
    "patronymic_ru": "Серикулы",
}


def _add(cli: Cli, person: dict[str, Any], *extra: str) -> CliResult:
    result = cli("person", "add", "-", "--json", *extra, stdin=json.dumps(person))
    assert result.code == 0, result.stderr
    return result


@pytest.mark.slow  # several CLI processes
def test_add_reports_duplicates_best_first_with_score_and_reasons(cli_vault: Cli) -> None:
    first = _add(cli_vault, PERSON).json()["id"]
    namesake = _add(cli_vault, {**PERSON, "birth_date": "1990"}).json()["id"]
    result = _add(cli_vault, TYPED, "--duplicate-reason", "другой паспорт")
    duplicates = result.json()["duplicates"]
    assert [d["id"] for d in duplicates] == [first, namesake]
    best = duplicates[0]
    assert best["score"] >= 0.95 and best["level"] == "probable"
    assert "фамилия в другом написании" in best["reasons"]
    assert best["reason"] == best["reasons"][0] and best["name"].startswith("Жұмабеков")
    assert duplicates[0]["score"] >= duplicates[1]["score"]
    assert "возможный дубликат" in result.stderr and first in result.stderr
    # Without a patronymic the record is still found.
    no_patronymic = {k: v for k, v in TYPED.items() if k != "patronymic_ru"}
    found = cli_vault("person", "match", "-", "--json", stdin=json.dumps(no_patronymic))
    assert found.code == 0 and first in [d["id"] for d in found.json()]


@pytest.mark.slow  # several CLI processes
def test_registry_list_link_and_merge(cli_vault: Cli, vault_path: Path, tmp_path: Path) -> None:
    first = _add(cli_vault, PERSON).json()["id"]
    second = _add(cli_vault, TYPED).json()["id"]
    listed = cli_vault("person", "duplicates", "--json")
    assert listed.code == 0, listed.stderr
    assert [{p["a"]["id"], p["b"]["id"]} for p in listed.json()] == [{first, second}]
    assert listed.json()[0]["reasons"]
    one = cli_vault("person", "duplicates", first, "--json")
    assert [d["id"] for d in one.json()] == [second]
    # An officer may not merge; the supervisor may.
    refused = cli_vault("person", "merge", first, second, "--reason", "одно лицо")
    assert refused.code == 1 and "руководитель" in refused.stderr
    secret = tmp_path / "boss.txt"
    secret.write_text("head of unit pass 1\n")
    added = cli_vault("user", "add", "boss", "--role", "supervisor", "--password-file", str(secret))
    assert added.code == 0, added.stderr
    boss = Cli(vault_path, user="boss", password="head of unit pass 1")
    merged = boss("person", "merge", first, second, "--reason", "одно лицо", "--json")
    assert merged.code == 0, merged.stderr
    assert merged.json() == {"id": first, "absorbed": second}
    assert cli_vault("person", "duplicates", "--json").json() == []
    history = cli_vault("person", "history", second, "--json")
    assert [h["action"] for h in history.json()] == ["create"]
    gone = cli_vault("person", "show", second)
    assert gone.code == 1 and first in gone.stderr


@pytest.mark.slow  # several CLI processes
def test_not_duplicate_decision_hides_the_pair(cli_vault: Cli) -> None:
    first = _add(cli_vault, PERSON).json()["id"]
    second = _add(cli_vault, {**PERSON, "birth_date": "1990"}).json()["id"]
    marked = cli_vault(
        "person", "link", first, second, "--not-duplicate", "--reason", "разные", "--json"
    )
    assert marked.code == 0, marked.stderr
    assert marked.json()["kind"] == "not_duplicate"
    assert cli_vault("person", "duplicates", "--json").json() == []
    links = cli_vault("person", "links", second, "--json").json()
    assert [(x["kind"], x["reason"]) for x in links] == [("not_duplicate", "разные")]
    assert cli_vault("person", "link", first, first).code == 1
