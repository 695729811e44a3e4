"""Revision 0003 on a real vault: its tables go with a downgrade, and the Art. 2 seed comes
back with the upgrade."""

from __future__ import annotations

from migdesk.requests.authorities import AuthorityRegistry
from migdesk.vault import Vault, migrate
from tests.requests.request_helpers import incoming, make_desk

REQUEST_TABLES = {
    "authorities",
    "authority_names",
    "authority_changes",
    "requests",
    "request_steps",
    "registration_journals",
    "journal_entries",
    "signatories",
    "thematic_items",
}


def _tables(vault: Vault) -> set[str]:
    return {r[0] for r in vault.raw_execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_downgrade_removes_and_upgrade_reseeds(vault: Vault) -> None:
    desk = make_desk(vault)
    desk.service().receive(incoming())
    assert _tables(vault) >= REQUEST_TABLES
    with vault.engine.connect() as conn:
        migrate.downgrade(conn, "0002")
        conn.commit()
    assert not REQUEST_TABLES & _tables(vault)
    with vault.engine.connect() as conn:
        migrate.upgrade(conn)
        conn.commit()
    codes = [a.code for a in AuthorityRegistry(vault).list()]
    assert codes == ["AM-MIGRATION", "AM-POLICE", "KZ-MTSZN", "KZ-MVD"]
    assert vault.raw_execute("SELECT count(*) FROM requests") == [(0,)]
