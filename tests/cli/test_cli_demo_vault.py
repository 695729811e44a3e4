"""A demo vault is marked (issue 13.17): ``init --demo`` and ``demo`` mark it; ``init`` does not."""

from __future__ import annotations

from migdesk.demo_vault import is_demo_vault
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, Cli


def _is_demo(cli: Cli) -> bool:
    vault = Vault.open(cli.vault, ADMIN, PASSWORD)
    try:
        return is_demo_vault(vault)
    finally:
        vault.close()


def test_plain_init_is_a_production_vault(cli: Cli) -> None:
    result = cli("init", "--authority", "KZ-MVD", "--json")
    assert result.code == 0, result.stderr
    assert result.json()["demo"] is False
    assert not _is_demo(cli)


def test_init_demo_marks_the_vault(cli: Cli) -> None:
    result = cli("init", "--authority", "KZ-MVD", "--demo", "--json")
    assert result.code == 0, result.stderr
    assert result.json()["demo"] is True
    assert _is_demo(cli)


def test_synthetic_data_makes_a_demo_vault(cli_vault: Cli) -> None:
    assert not _is_demo(cli_vault)
    assert cli_vault("demo", "--persons", "3").code == 0
    assert _is_demo(cli_vault)


def _person_count(cli: Cli) -> int:
    vault = Vault.open(cli.vault, ADMIN, PASSWORD)
    try:
        return int(vault.raw_execute("SELECT count(*) FROM persons")[0][0])
    finally:
        vault.close()


def test_demo_twice_adds_twice_and_a_used_seed_is_named(cli_vault: Cli) -> None:
    """The same seed gives the same record ids: a second plain ``demo`` took seed 1 again and
    failed with «Внутренняя ошибка (IntegrityError)». It now takes the next unused seed; a
    seed given twice is refused by name, and nothing is added."""
    first = cli_vault("demo", "--persons", "3", "--json")
    assert first.code == 0, first.stderr
    assert first.json()["seed"] == 1
    second = cli_vault("demo", "--persons", "3", "--json")
    assert second.code == 0, second.stderr
    assert second.json()["seed"] == 2 and second.json()["persons"] == 3
    assert _person_count(cli_vault) == 6

    again = cli_vault("demo", "--persons", "3", "--seed", "2")
    assert again.code == 1
    assert "зерном 2 уже есть в хранилище" in again.stderr
    assert "Внутренняя ошибка" not in again.stderr
    assert _person_count(cli_vault) == 6
