"""A write that waited in vain for another connection's lock reads as «Хранилище занято» in
the windows, not as an internal error (and is not recorded as one)."""

from __future__ import annotations

import pytest
import sqlalchemy.exc

from migdesk.ui.messages import error_text
from migdesk.vault import Vault
from migdesk.vault.engine import raw_connect


def _locked_out(vault: Vault) -> BaseException:
    holder = raw_connect(vault.path, vault.data_key)
    waiter = raw_connect(vault.path, vault.data_key)
    try:
        holder.execute("BEGIN IMMEDIATE")
        waiter.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(Exception) as caught:
            waiter.execute("BEGIN IMMEDIATE")
        return caught.value
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        waiter.close()


def test_a_held_write_lock_reads_as_a_busy_vault(vault: Vault) -> None:
    driver_error = _locked_out(vault)
    wrapped = sqlalchemy.exc.OperationalError("BEGIN IMMEDIATE", None, driver_error)
    for exc in (driver_error, wrapped):
        text = error_text(exc)
        assert text.startswith("Хранилище занято"), text
        assert "Внутренняя ошибка" not in text


def test_other_errors_stay_internal() -> None:
    assert "Внутренняя ошибка" in error_text(RuntimeError("database is locked"))
