"""The audit trail: what is recorded, and that tampering or truncation is detected."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from migdesk.persons.service import PersonService
from migdesk.security import audit
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person


def actions(vault: Vault) -> list[tuple[str, str | None]]:
    return [
        (a, r) for a, r in vault.raw_execute("SELECT action, record_id FROM audit_log ORDER BY id")
    ]


def test_changes_views_and_searches_are_recorded(vault: Vault) -> None:
    service = PersonService(vault)
    person = service.add(sample_person()).id
    service.get(person)
    service.update(person, {"notes": "x"})
    service.search("тестов")
    service.history(person)
    assert actions(vault) == [
        ("vault.create", None),
        ("person.create", person),
        ("person.view", person),
        ("person.update", person),
        ("person.search", None),
        ("person.history", person),
    ]
    users = {row[0] for row in vault.raw_execute("SELECT DISTINCT user FROM audit_log")}
    assert users == {"admin"}


def test_chain_verifies_and_head_changes(vault: Vault) -> None:
    with vault.read_session() as session:
        first = audit.verify(session)
    PersonService(vault).add(sample_person())
    with vault.read_session() as session:
        second = audit.verify(session)
    assert first.ok and second.ok
    assert second.entries == first.entries + 1
    assert second.head != first.head


def _tamper(vault: Vault, sql: str) -> audit.ChainCheck:
    with vault.engine.begin() as conn:
        conn.execute(text(sql))
    with vault.read_session() as session:
        return audit.verify(session)


def test_edited_entry_is_found(vault: Vault) -> None:
    service = PersonService(vault)
    for _ in range(3):
        service.add(sample_person(documents=[]))
    result = _tamper(vault, "UPDATE audit_log SET user = 'someone' WHERE id = 3")
    assert not result.ok and result.first_broken_id == 3


def test_removed_entry_is_found(vault: Vault) -> None:
    service = PersonService(vault)
    for _ in range(3):
        service.add(sample_person(documents=[]))
    result = _tamper(vault, "DELETE FROM audit_log WHERE id = 2")
    assert not result.ok and result.first_broken_id == 3


def test_cli_verify_reports_first_broken_entry(cli_vault: Cli, vault_path: Path) -> None:
    assert cli_vault("person", "add", "-", stdin='{"surname_ru": "Тестов"}').code == 0
    ok = cli_vault("audit", "verify", "--json")
    assert ok.code == 0 and ok.json()["ok"] is True
    listed = cli_vault("audit", "list", "--json").json()
    assert [e["action"] for e in listed][:2] == ["vault.create", "person.create"]
    with Vault.open(vault_path, ADMIN, PASSWORD) as vault:
        _tamper(vault, "UPDATE audit_log SET record_id = NULL WHERE id = 2")
    broken = cli_vault("audit", "verify", "--json")
    assert broken.code == 1
    assert broken.json()["first_broken_id"] == 2


def test_cli_export_to_pdf_for_inspection(cli_vault: Cli, tmp_path: Path) -> None:
    for name in ("Первов", "Второв", "Третьев"):
        stdin = json.dumps({"surname_ru": name}, ensure_ascii=False)
        assert cli_vault("person", "add", "-", stdin=stdin).code == 0
    out = tmp_path / "audit.pdf"
    done = cli_vault("audit", "export", "--out", str(out), "--action", "person.create", "--json")
    assert done.code == 0, done.stderr
    assert done.json()["entries"] == 3 and done.json()["chain_ok"] is True
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ЖУРНАЛ АУДИТА" in text and "Цепочка хешей цела" in text
    assert text.count("ввод записи о лице") == 3
    assert "Первов" not in text  # the trail names records by id, never by name
    listed = cli_vault("audit", "list", "--json", "--action", "audit.export").json()
    assert len(listed) == 1


def test_cli_lock_needs_no_password(cli_vault: Cli, tmp_path: Path) -> None:
    cli_vault.password = None
    assert cli_vault("lock").code == 0
    elsewhere = Cli(tmp_path / "none.vault", password=None)
    assert elsewhere("lock").code == 3


def test_bulk_insert_is_audited_per_batch_and_needs_write_permission(
    vault: Vault, vault_path: Path
) -> None:
    from migdesk.demo import synthetic_persons
    from migdesk.errors import PermissionDenied
    from migdesk.office.users import UserService
    from migdesk.persons.bulk import bulk_add

    assert bulk_add(vault, synthetic_persons(250, seed=5), batch_size=100, validate=False) == 250
    counts = [
        json.loads(row[0])["count"]
        for row in vault.raw_execute(
            "SELECT details FROM audit_log WHERE action = 'person.bulk_create' ORDER BY id"
        )
    ]
    assert counts == [100, 100, 50]
    with vault.read_session() as session:
        assert audit.verify(session).ok
    UserService(vault).add("chief", "supervisor", "head of unit pass 2")
    with (
        Vault.open(vault_path, "chief", "head of unit pass 2") as chief,
        pytest.raises(PermissionDenied, match="officer"),
    ):
        bulk_add(chief, synthetic_persons(5), validate=False)
