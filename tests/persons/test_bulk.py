"""Bulk insertion stores exactly what ``PersonService.add`` stores, record by record.

The same records go into two vaults, one by one through the service and in batches through
``bulk_add``; then every record must read back the same (``get``), have the same history
(the stored snapshot byte for byte), the same rows in every table and be found by the same
searches in the same order.
"""

from __future__ import annotations

import base64
import copy
import threading
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite

from migdesk.demo import synthetic_persons
from migdesk.errors import ValidationFailed
from migdesk.models import Person
from migdesk.persons import bulk_layout, bulk_rows, codec, search
from migdesk.persons.bulk import BulkCancelled, bulk_add
from migdesk.persons.service import PersonService
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, sample_person

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3).decode("ascii")
PDF = base64.b64encode(b"%PDF-1.4\n" + b"\x00\xff" * 100).decode("ascii")
CHILD_TABLES = (
    "person_citizenships",
    "identity_documents",
    "person_liabilities",
    "person_registrations",
    "person_residence_permits",
    "person_citizenship_acts",
    "person_restrictions",
    "person_media",
)


def _id(n: int) -> str:
    return str(uuid.UUID(int=n, version=4))


def crafted_records() -> list[dict[str, Any]]:
    """Every kind of sub-record, odd white space, both scripts, partial dates, media."""
    return [
        sample_person(id=_id(1)),
        sample_person(
            id=_id(2),
            surname_ru="  Құрманова \t ",
            given_name_ru="Әсел\u00a0 Жұмабекқызы",
            patronymic_ru=None,
            sex="F",
            birth_date="1985",
            citizenship=["KAZ", "ARM"],
            personal_number="850412 4 00123",
            documents=[
                {"kind": "id_card", "series": "AB", "number": "123-456", "issuing_country": "KAZ"},
                {"kind": "passport", "number": "N 0000001", "valid_until": "2031-01"},
            ],
            administrative_liability=[
                {"country": "KAZ", "decided_on": "2020-02", "authority": "  АП  г. Алматы "},
            ],
            criminal_liability=[{"description": "ст. 1", "penalty": "штраф"}],
            registrations=[
                {"kind": "stay", "country": "ARM", "address": "Ереван, ул. Тестовая, 1"},
                {"kind": "residence", "address": "Алматы", "valid_from": "2019"},
            ],
            residence_permits=[{"kind": "work_permit", "number": "WP-1", "valid_until": "2027"}],
            citizenship_acts=[{"kind": "admission", "country": "KAZ", "decided_on": "2001"}],
            restrictions=[
                {"kind": "entry_ban", "grounds": "решение суда", "valid_until": "2030-12-31"}
            ],
            photos=[{"mime": "image/png", "data_base64": PNG, "captured_on": "2024-05-01"}],
            fingerprint_card={"mime": "application/pdf", "data_base64": PDF},
            keep_until="2090-01-01",
            notes="строка 1\nстрока 2",
        ),
        {
            "id": _id(3),
            "surname_lat": "smith-jones",
            "given_name_lat": "o'neil",
            "sex": "M",
            "citizenship": ["GBR"],
            "personal_number": "1234567890",
        },
        sample_person(id=_id(4), surname_ru="Ёлкин", given_name_ru="Щукин", documents=[]),
        sample_person(
            id=_id(5), surname_ru="Петросян", patronymic_ru=None, keep_until="2080-05-05"
        ),
        sample_person(
            id=_id(6),
            surname_ru="Ли",
            surname_lat="LEE",
            birth_date="1990-07",
            residence_permits=[{"kind": "temporary_residence", "country": "KAZ"}],
        ),
    ]


def demo_records(count: int = 300) -> list[dict[str, Any]]:
    return list(synthetic_persons(count, seed=20261126))


@pytest.fixture
def second_vault(tmp_path: Path) -> Iterator[Vault]:
    opened = Vault.create(tmp_path / "bulk" / "bulk.vault", ADMIN, PASSWORD, authority="KZ-MVD")
    yield opened
    opened.close()


def _one_by_one(vault: Vault, records: list[dict[str, Any]]) -> None:
    service = PersonService(vault)
    for record in copy.deepcopy(records):
        service.add(record)


def _in_bulk(
    vault: Vault, records: list[dict[str, Any]], *, validate: bool, batch_size: int = 64
) -> None:
    with warnings.catch_warnings():
        # The fast path must agree with the codec: its spot check warns when it does not.
        warnings.simplefilter("error", RuntimeWarning)
        added = bulk_add(vault, copy.deepcopy(records), batch_size=batch_size, validate=validate)
    assert added == len(records)


def _rows(vault: Vault, sql: str) -> list[tuple[Any, ...]]:
    return vault.raw_execute(sql)


def _table_dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored value but generated keys and clock times, ordered by person id."""
    person_columns = [
        c for c in Person.__table__.columns.keys() if c not in {"pk", "created_at", "updated_at"}
    ]
    dump = {
        "persons": _rows(vault, f"SELECT {', '.join(person_columns)} FROM persons ORDER BY id"),
        "person_revisions": _rows(
            vault,
            "SELECT person_id, revision, action, changed_by, snapshot, changed_fields "
            "FROM person_revisions ORDER BY person_id, revision",
        ),
        # Blocking keys of record linkage: the same for a record however it was stored.
        "person_match_keys": _rows(
            vault,
            "SELECT p.id, k.key FROM person_match_keys k JOIN persons p ON p.pk = k.person_pk "
            "ORDER BY p.id, k.key",
        ),
    }
    for table in CHILD_TABLES:
        columns = [
            c
            for c in bulk_layout.CHILD_TABLES[table].columns.keys()
            if c not in {"id", "person_pk"}
        ]
        dump[table] = _rows(
            vault,
            f"SELECT p.id, {', '.join('c.' + c for c in columns)} FROM {table} c "
            "JOIN persons p ON p.pk = c.person_pk ORDER BY p.id, c.position",
        )
    return dump


def _queries(records: list[dict[str, Any]]) -> list[str]:
    """What officers type: name fragments in both scripts, numbers, dates, name + year."""
    queries = {"ivan", "иван", "ян", "ли", "1985", "kz", "ерлан", "ovna", "ёлк"}
    for record in records:
        data = codec.prepare_trusted(copy.deepcopy(record))
        surname = data["surname_ru"] or data["surname_lat"]
        if surname:
            queries.add(surname[1:5])
            queries.add(surname.lower())
        if data["surname_lat"]:
            queries.add(data["surname_lat"][:4])
        if data["personal_number"]:
            queries.add(data["personal_number"])
        for doc in data["documents"]:
            queries.add(doc["number"])
        birth = data["birth_date"]
        if birth:
            queries.add(birth)
            if surname:
                queries.add(f"{surname[:4]} {birth[:4]}")
            if len(birth) == 10:
                queries.add(f"{birth[8:]}.{birth[5:7]}.{birth[:4]}")
    return sorted(queries)


def _ids(conn: Connection, pks: list[int]) -> list[str]:
    return [row.id for row in search.fetch_rows(conn, pks)]


def assert_same_vaults(one: Vault, other: Vault, records: list[dict[str, Any]]) -> None:
    service_one, service_other = PersonService(one), PersonService(other)
    assert service_one.count() == service_other.count() == len(records)
    ids = [row[0] for row in _rows(one, "SELECT id FROM persons ORDER BY pk")]
    assert ids == [row[0] for row in _rows(other, "SELECT id FROM persons ORDER BY pk")]
    for person_id in ids:
        assert service_one.get(person_id) == service_other.get(person_id)
        history_one = service_one.history(person_id)
        history_other = service_other.history(person_id)
        assert [(h.revision, h.action, h.changed_by, h.changes) for h in history_one] == [
            (h.revision, h.action, h.changed_by, h.changes) for h in history_other
        ]
    dump_one, dump_other = _table_dump(one), _table_dump(other)
    for table, rows in dump_one.items():
        assert rows == dump_other[table], table
    # The search functions the service uses (``PersonService.search`` also audits each one).
    with one.engine.connect() as conn_one, other.engine.connect() as conn_other:
        for query in _queries(records):
            for limit in (50, None):
                found_one = search.search_pks(conn_one, query, limit=limit)
                found_other = search.search_pks(conn_other, query, limit=limit)
                assert _ids(conn_one, found_one) == _ids(conn_other, found_other), query
        assert search.fetch_rows(conn_one, search.all_pks(conn_one)) == search.fetch_rows(
            conn_other, search.all_pks(conn_other)
        )
    # The contentless search index holds one row per person on both sides.
    fts = "SELECT count(*) FROM person_fts_docsize"
    assert _rows(one, fts) == _rows(other, fts) == [(len(records),)]


def test_bulk_validated_equals_service_for_every_kind_of_record(
    vault: Vault, second_vault: Vault
) -> None:
    records = crafted_records() + demo_records(150)
    _one_by_one(vault, records)
    _in_bulk(second_vault, records, validate=True, batch_size=50)
    assert_same_vaults(vault, second_vault, records)
    # The snapshot is the one the service writes, byte for byte.
    snapshots = "SELECT snapshot FROM person_revisions ORDER BY person_id"
    assert _rows(vault, snapshots) == _rows(second_vault, snapshots)


def test_bulk_of_demo_data_without_validation_equals_service(
    vault: Vault, second_vault: Vault
) -> None:
    records = demo_records(200)
    _one_by_one(vault, records)
    _in_bulk(second_vault, records, validate=False, batch_size=64)
    assert_same_vaults(vault, second_vault, records)


def test_trusted_records_with_rare_sub_records_equal_service(
    vault: Vault, second_vault: Vault
) -> None:
    # Already normalised (as demo data is), so validation changes nothing; the rare
    # sub-records take the reference mapping inside the bulk path.
    records = [
        codec.check_person(copy.deepcopy(r)).data for r in crafted_records() + demo_records(20)
    ]
    _one_by_one(vault, records)
    _in_bulk(second_vault, records, validate=False, batch_size=7)
    assert_same_vaults(vault, second_vault, records)


def test_fast_rows_equal_reference_mapping() -> None:
    binder = bulk_rows._Binder(sqlite.dialect())
    eligible = 0
    for raw in crafted_records() + demo_records(500):
        for data in (bulk_rows._prepare_trusted(copy.deepcopy(raw)), codec.check_person(raw).data):
            if bulk_rows._fast_eligible(data):
                eligible += 1
                assert bulk_rows._fast_rows(data) == bulk_rows._reference_rows(data, binder)
    assert eligible > 900


def test_prepare_trusted_equals_codec() -> None:
    for raw in crafted_records() + demo_records(500):
        assert bulk_rows._prepare_trusted(copy.deepcopy(raw)) == codec.prepare_trusted(
            copy.deepcopy(raw)
        )


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_equals_codec_clean(text: str) -> None:
    assert bulk_rows._clean(text) == codec._clean(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u3000ab"))
def test_clean_equals_codec_clean_on_white_space(text: str) -> None:
    assert bulk_rows._clean(text) == codec._clean(text)


def test_a_disagreeing_fast_path_falls_back_and_warns(
    vault: Vault, second_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = bulk_rows._fast_rows

    def drifted(data: dict[str, Any]) -> bulk_rows._Rows:
        rows = real(data)
        return bulk_rows._Rows(rows.person, rows.children, rows.snapshot.replace("1", "2"))

    monkeypatch.setattr(bulk_rows, "_fast_rows", drifted)
    records = demo_records(40)
    _one_by_one(vault, records)
    with pytest.warns(RuntimeWarning, match="reference path"):
        bulk_add(second_vault, copy.deepcopy(records), batch_size=16, validate=False)
    assert_same_vaults(vault, second_vault, records)


def test_invalid_record_stops_after_the_batches_before_it(vault: Vault) -> None:
    records = demo_records(25)
    records[22]["birth_date"] = "31.02.1990"
    with pytest.raises(ValidationFailed, match="запись № 3"):
        bulk_add(vault, records, batch_size=10)
    assert PersonService(vault).count() == 20


def test_cancel_and_progress_between_batches(vault: Vault) -> None:
    seen: list[int] = []
    with pytest.raises(BulkCancelled) as stopped:
        bulk_add(
            vault,
            demo_records(100),
            batch_size=30,
            validate=False,
            progress=lambda done, _total: seen.append(done),
            cancelled=lambda: len(seen) == 2,
        )
    assert stopped.value.args == (60,)
    assert seen == [30, 60]
    assert PersonService(vault).count() == 60
    # The helper thread that prepares the next batch is gone too.
    assert not [t for t in threading.enumerate() if t.name == "migdesk-bulk-prepare"]


def test_an_error_reading_records_stops_after_the_batches_before_it(vault: Vault) -> None:
    def records() -> Iterator[dict[str, Any]]:
        yield from demo_records(25)
        raise RuntimeError("the source broke")

    with pytest.raises(RuntimeError, match="the source broke"):
        bulk_add(vault, records(), batch_size=10, validate=False)
    assert PersonService(vault).count() == 20


def test_bulk_leaves_the_connection_cache_as_it_was(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    bulk_add(vault, demo_records(10), validate=False)
    conns = [vault.engine.connect() for _ in range(3)]
    try:
        sizes = {c.exec_driver_sql("PRAGMA cache_size").scalar() for c in conns}
    finally:
        for c in conns:
            c.close()
    assert sizes == {before}


def test_a_batch_writes_its_blocking_keys_in_key_order(vault: Vault) -> None:
    # Sorted, the keys of a batch fill the (key, person) index leaf page after leaf page
    # (issue #17); which keys each person has is pinned by the comparisons above.
    bulk_add(vault, demo_records(30), batch_size=10, validate=False)
    rows = _rows(vault, "SELECT person_pk, key FROM person_match_keys ORDER BY id")
    batches = [[r for r in rows if (r[0] - 1) // 10 == b] for b in range(3)]
    assert sum(map(len, batches)) == len(rows) > 30
    for batch in batches:
        assert batch == sorted(batch, key=lambda r: (r[1], r[0]))


def test_empty_input_adds_nothing(vault: Vault) -> None:
    assert bulk_add(vault, [], validate=False) == 0
    assert PersonService(vault).count() == 0
