"""A command that waits in vain for the write lock says the vault is busy, not that the
program broke, and changes nothing."""

from __future__ import annotations

import json

from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person


def test_a_write_refused_for_a_held_lock_says_the_vault_is_busy(cli_vault: Cli) -> None:
    vault = Vault.open(cli_vault.vault, ADMIN, PASSWORD)
    holder = raw_connect(vault.path, vault.data_key)
    try:
        holder.execute("BEGIN IMMEDIATE")  # as another window's long write does
        result = cli_vault(
            "person", "add", "-", stdin=json.dumps(sample_person(), ensure_ascii=False)
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        vault.close()
    assert result.code == 1, result.stderr
    assert "Хранилище занято" in result.stderr, result.stderr
    assert "Внутренняя ошибка" not in result.stderr
    assert cli_vault("person", "search", "Тестов", "--json").json() == []
