"""``registry_rows`` holds, for every stored person and only for them, exactly the row the
plain statement (``search.plain_rows_statement``) computes from ``persons`` and its child
rows: after every write path (save, update, bulk, merge, destruction, handling limits, a
raw replay of the same tables; the bundle importer in tests/exchange/test_import_matching.py),
and after migration 0027 filled it for the persons already stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import text

from migdesk.demo import synthetic_persons
from migdesk.office.retention import RetentionService
from migdesk.office.users import UserService
from migdesk.persons import search
from migdesk.persons.bulk import bulk_add
from migdesk.persons.duplicates import DuplicateService
from migdesk.persons.service import PersonService
from migdesk.vault import Vault, migrate
from tests.conftest import sample_person

BOSS = "head of unit pass 1"


def _rows(vault: Vault, statement: Any) -> list[tuple[Any, ...]]:
    pks = [int(pk) for (pk,) in vault.raw_execute("SELECT pk FROM persons ORDER BY pk")]
    if not pks:
        return []
    with vault.engine.connect() as conn:
        sql, params = statement(pks)
        return sorted(tuple(r) for r in conn.execute(text(sql), params))


def stored(vault: Vault) -> list[tuple[Any, ...]]:
    """Every row of ``registry_rows`` (not only those of stored persons)."""
    return [tuple(r) for r in vault.raw_execute("SELECT * FROM registry_rows ORDER BY pk")]


def _row_of(vault: Vault, person_id: str) -> list[search.RegistryRow]:
    pks = [int(pk) for (pk,) in vault.raw_execute("SELECT pk FROM persons WHERE id = ?", person_id)]
    with vault.engine.connect() as conn:
        return search.fetch_rows(conn, pks)


def assert_in_step(vault: Vault) -> None:
    plain = _rows(vault, search.plain_rows_statement)
    assert _rows(vault, search.fetch_rows_statement) == plain
    assert len(stored(vault)) == len(plain)


def test_saves_and_updates_write_the_row(vault: Vault) -> None:
    people = PersonService(vault)
    first = people.add(sample_person()).id
    people.add(sample_person(citizenship=["ARM", "RUS"], personal_number=None))
    assert len(stored(vault)) == 2
    assert_in_step(vault)
    people.update(
        first,
        {
            "surname_ru": "Переименов",
            "sex": "F",
            "birth_date": "1961",
            "citizenship": ["KGZ", "KAZ"],
            "documents": [{"kind": "passport", "series": "AB", "number": "12 34-56"}],
        },
    )
    assert_in_step(vault)
    [row] = _row_of(vault, first)
    assert (row.surname_ru, row.sex, row.birth_date) == ("Переименов", "F", "1961")
    assert (row.citizenship, row.document) == ("KGZ, KAZ", "AB 12 34-56")
    people.update(first, {"citizenship": [], "documents": []})
    assert_in_step(vault)
    [row] = _row_of(vault, first)
    assert (row.citizenship, row.document) == ("", "")


def test_bulk_add_writes_the_rows(vault: Vault) -> None:
    bulk_add(vault, synthetic_persons(120, 5, varied=True), validate=False)
    bulk_add(vault, synthetic_persons(30, 6), validate=False, batch_size=7)
    assert len(stored(vault)) == 150
    assert_in_step(vault)


def test_merge_and_destruction_take_the_rows_along(vault: Vault, vault_path: Path) -> None:
    people = PersonService(vault)
    survivor = people.add(sample_person(personal_number=None, documents=[])).id
    absorbed = people.add(sample_person(surname_ru="Другов", personal_number="850412300017")).id
    kept = people.add(sample_person(surname_ru="Третьяков")).id
    UserService(vault).add("boss", "supervisor", BOSS)
    with Vault.open(vault_path, "boss", BOSS) as boss:
        DuplicateService(boss).merge(survivor, absorbed, "одно лицо, паспорт проверен")
    assert {r[1] for r in stored(vault)} == {survivor, kept}
    assert_in_step(vault)
    RetentionService(vault).propose(survivor, "тест", early=True)  # four eyes
    with Vault.open(vault_path, "boss", BOSS) as boss:
        RetentionService(boss).destroy(survivor, "тест", early=True)
    assert [r[1] for r in stored(vault)] == [kept]
    assert_in_step(vault)


def test_handling_limits_and_moved_child_rows_follow(vault: Vault) -> None:
    people = PersonService(vault)
    one, two = people.add(sample_person()).id, people.add(sample_person(surname_ru="Вторых")).id
    pk_one, pk_two = (
        vault.raw_execute("SELECT pk FROM persons WHERE id = ?", pid)[0][0] for pid in (one, two)
    )
    limits = (
        "INSERT INTO handling_limits(record_kind, record_id, provider_authority, purpose, "
        "no_onward_transfer, received_at) VALUES ('person', ?, 'AM-MIA', 'проверка', 1, "
        "'2026-01-01 00:00:00')"
    )
    with vault.engine.begin() as conn:
        conn.exec_driver_sql(limits, (one,))
    assert [r.provider for r in _row_of(vault, one)] == ["AM-MIA"]
    assert_in_step(vault)
    with vault.engine.begin() as conn:  # the limits moved to the other record
        conn.exec_driver_sql("UPDATE handling_limits SET record_id = ?", (two,))
        conn.exec_driver_sql(
            "UPDATE person_citizenships SET person_pk = ? WHERE person_pk = ?", (pk_two, pk_one)
        )
    assert [r.provider for r in _row_of(vault, one)] == [""]
    assert [r.provider for r in _row_of(vault, two)] == ["AM-MIA"]
    assert_in_step(vault)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM handling_limits")
        conn.exec_driver_sql("DELETE FROM identity_documents WHERE person_pk = ?", (pk_two,))
    assert_in_step(vault)


def test_a_person_deleted_with_foreign_keys_off_takes_the_row_along(vault: Vault) -> None:
    """A bare connection (foreign keys off: no ON DELETE CASCADE) deletes a person; a new
    person given the same key is saved and has its own row."""
    PersonService(vault).add(sample_person())
    [(pk,)] = vault.raw_execute("SELECT pk FROM persons")
    raw = vault.engine.raw_connection()
    try:
        bare = raw.driver_connection
        assert bare is not None
        bare.execute("PRAGMA foreign_keys = OFF")
        assert bare.execute("PRAGMA foreign_keys").fetchone() == (0,)
        bare.execute("BEGIN")
        bare.execute("DELETE FROM persons WHERE pk = ?", (pk,))
        bare.execute("COMMIT")
        bare.execute("PRAGMA foreign_keys = ON")
    finally:
        raw.close()
    assert stored(vault) == []
    PersonService(vault).add(sample_person(surname_ru="Новых"))
    assert [r[2] for r in stored(vault)] == ["Новых"]
    assert_in_step(vault)


def test_the_migration_fills_the_rows_of_stored_persons(vault: Vault) -> None:
    bulk_add(vault, synthetic_persons(80, 9, varied=True), validate=False)
    before = stored(vault)
    with vault.engine.connect() as conn:
        migrate.downgrade(conn, "0026")
        conn.commit()
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name LIKE '%registry_rows%'"
            ).scalar()
            == 0
        )
        migrate.upgrade(conn)
        conn.commit()
    assert stored(vault) == before and len(before) == 80
    assert_in_step(vault)
