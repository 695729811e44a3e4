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
