"""New persons of a bundle are written together (``exchange.person_batch``), and that
writes exactly what the per-record path (``PersonImporter._insert``) writes: one bundle is
imported into two copies of one workstation, once each way, and every table is compared
(surrogate keys and the import's own timestamps aside), the audit chain is intact on both,
and the search index finds the same persons in the same registry order."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from migdesk.exchange import import_bundle, import_plan, person_batch
from migdesk.identity.translit import fold
from migdesk.persons.bulk import insert_batch
from migdesk.persons.service import PersonService
from migdesk.security import audit
from migdesk.security.handling import Received, record_received
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station, person_record, write_raw
from tests.persons.test_bulk import crafted_records, demo_records

# Written by the import itself: when, and the hashes over when.
_MOMENT = {"created_at", "updated_at", "changed_at", "received_at", "at", "logged_at"}
_MOMENT |= {"hash", "prev_hash"}
# Registry positions: a batch is placed together, one by one each in turn; the order they
# give is compared on its own ("registry order").
_MOMENT |= {"pos"}
_SKIP = ("person_fts", "sqlite_", "alembic_version")


def _tables(vault: Vault) -> list[str]:
    rows = vault.raw_execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return sorted(str(r[0]) for r in rows if not str(r[0]).startswith(_SKIP))


def _content(vault: Vault) -> dict[str, Any]:
    """Every table as a sorted list of rows, person keys replaced by person ids."""
    ids = {int(pk): str(pid) for pk, pid in vault.raw_execute("SELECT pk, id FROM persons")}
    out: dict[str, Any] = {}
    for table in _tables(vault):
        columns = [str(r[1]) for r in vault.raw_execute(f'PRAGMA table_info("{table}")')]
        rows = []
        for row in vault.raw_execute(f'SELECT * FROM "{table}"'):
            kept = []
            for name, value in zip(columns, row, strict=True):
                if name in _MOMENT or name == "pk" or (name == "id" and isinstance(value, int)):
                    continue
                kept.append((name, ids[value] if name == "person_pk" else value))
            rows.append(tuple(kept))
        out[table] = sorted(rows, key=repr)
    order = vault.raw_execute("SELECT pk FROM person_fts_order ORDER BY pos")
    out["registry order"] = [ids[int(r[0])] for r in order]
    return out


def _found(vault: Vault, words: list[str]) -> dict[str, list[str]]:
    """What the trigram index finds for each word, as person ids in registry order."""
    found = {}
    for word in words:
        rows = vault.raw_execute(
            "SELECT p.id FROM person_fts f JOIN person_fts_order o ON o.pos = f.rowid "
            "JOIN persons p ON p.pk = o.pk WHERE person_fts MATCH ? ORDER BY f.rowid",
            f'"{fold(word)}"',
        )
        found[word] = [str(r[0]) for r in rows]
    return found


def _station_copy(am: Station, tmp_path: Path, name: str) -> Station:
    return am.copy_to(tmp_path / name)


def _records() -> tuple[list[dict[str, Any]], str]:
    people = [{k: v for k, v in r.items() if k != "keep_until"} for r in crafted_records()]
    people += demo_records(40)
    records = [person_record(p, str(uuid.uuid4())) for p in people]
    records[1]["handling"] = {"keep_until": "2070-01-01", "source_reliability": "B"}
    records[2]["handling"] = {"purpose": "Проверка оснований пребывания.", "request_id": None}
    again = str(uuid.uuid4())  # destroyed here once: its limits row is still there
    records.append(person_record(sample_person(surname_ru="Повторов"), again))
    return records, again


def test_new_persons_in_one_batch_write_what_one_by_one_writes(
    kz: Station, am: Station, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records, again = _records()
    with am.open() as vault:
        with vault.session() as session:
            record_received(session, Received("person", again, "KZ-MVD", "прежняя цель"))
        # A local person the bundle's copy of it will be linked to.
        local = PersonService(vault).add(sample_person(surname_ru="Связанов")).id
    twin = person_record(sample_person(surname_ru="Связанов"))
    records.append(twin)
    bundle = write_raw(kz, AM, stick, records)
    plain, batched = _station_copy(am, tmp_path, "plain"), _station_copy(am, tmp_path, "batch")

    written: dict[str, list[int]] = {"plain": [], "batch": []}
    real_write = person_batch.write_new

    def counting(way: str) -> Any:
        def write(scope: Any, pending: list[Any], *args: Any) -> None:
            if pending:  # the first action writes them all, the others find none left
                written[way].append(len(pending))
            real_write(scope, pending, *args)

        return write

    contents, searches = [], []
    words = ["Связанов", "Құрманова", "smith", "Ёлкин", "Повторов", "Петросян"]
    for way, station, minimum in (("plain", plain, 10**9), ("batch", batched, 2)):
        monkeypatch.setattr(person_batch, "BATCH_MIN", minimum)
        monkeypatch.setattr(person_batch, "write_new", counting(way))
        with station.open() as vault:
            result = import_bundle(vault, bundle, links=[twin["id"]])
            assert result.status == "imported"
            assert [m.local_id for m in result.preview.matches if m.linked] == [local]
            with vault.session() as session:
                assert audit.verify(session).ok
            contents.append(_content(vault))
            searches.append(_found(vault, words))
    assert written == {"plain": [len(records)], "batch": [len(records)]}
    plain_rows, batch_rows = contents
    assert plain_rows.keys() == batch_rows.keys()
    for table in plain_rows:
        assert plain_rows[table] == batch_rows[table], table
    assert len(plain_rows["persons"]) == len(records) + 1
    assert searches[0] == searches[1] and all(searches[0].values())
    with batched.open() as vault:
        keep = vault.raw_execute("SELECT keep_until FROM persons WHERE id = ?", records[1]["id"])
        assert str(keep[0][0]) == "2070-01-01"


def _keys(vault: Vault) -> list[tuple[str, int, bool]]:
    """(person id, key, the key carries its person's compact-row position) in write order."""
    rows = vault.raw_execute(
        "SELECT p.id, k.key, k.pos IS f.pos FROM person_match_keys k "
        "JOIN persons p ON p.pk = k.person_pk "
        "JOIN person_link_fields f ON f.person_pk = k.person_pk ORDER BY k.id"
    )
    return [(str(pid), int(key), bool(same)) for pid, key, same in rows]


def test_held_keys_are_written_in_key_order_once_the_persons_are(
    kz: Station, am: Station, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Planned in batches of 10, the new persons' linkage keys are held back and written
    together in key order (one pass over the index), each with its compact row's position;
    held back after every ``HOLD_KEYS`` persons too, they are the same keys."""
    records = [person_record(p, str(uuid.uuid4())) for p in demo_records(45)]
    bundle = write_raw(kz, AM, stick, records)
    monkeypatch.setattr(import_plan, "PLAN_BATCH", 10)
    keys = {}
    for way, hold in (("all", 10**9), ("by 20", 20)):
        monkeypatch.setattr(person_batch, "HOLD_KEYS", hold)
        with _station_copy(am, tmp_path, way).open() as vault:
            before = {str(r[0]) for r in vault.raw_execute("SELECT id FROM persons")}
            assert import_bundle(vault, bundle).status == "imported"
            new = [k for k in _keys(vault) if k[0] not in before]
            keys[way] = new
        assert {pid for pid, _key, _same in new} == {r["id"] for r in records}
        assert all(same for _pid, _key, same in new)
    assert [k for _pid, k, _same in keys["all"]] == sorted(k for _pid, k, _same in keys["all"])
    assert sorted(keys["all"]) == sorted(keys["by 20"])


def test_held_persons_are_placed_and_indexed_once_their_batches_are_written(
    kz: Station, am: Station, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new persons' registry positions and search-index rows wait with their keys (no
    person of the bundle is placed while its batches are written) and are written together,
    or after every ``HOLD_KEYS`` persons: the registry order, the index rows (one at each
    new person's position) and what searches find are those of the one-by-one path."""
    records = [person_record(p, str(uuid.uuid4())) for p in demo_records(45)]
    bundle = write_raw(kz, AM, stick, records)
    monkeypatch.setattr(import_plan, "PLAN_BATCH", 10)
    placed_while_writing: list[int] = []
    real_insert = insert_batch

    def insert(conn: Any, *args: Any, **kwargs: Any) -> int:
        written = real_insert(conn, *args, **kwargs)
        placed = conn.exec_driver_sql(
            "SELECT count(*) FROM person_fts_order "
            "WHERE pk > (SELECT max(pk) - ? FROM persons)",  # the batch just written
            (written,),
        ).scalar_one()
        placed_while_writing.append(int(placed))
        return written

    monkeypatch.setattr(person_batch, "insert_batch", insert)
    words = sorted({str(r["data"]["surname_ru"]) for r in records})[:6]
    contents, searches = {}, {}
    for way, hold, minimum in (("plain", 10**9, 10**9), ("all", 10**9, 2), ("by 20", 20, 2)):
        monkeypatch.setattr(person_batch, "HOLD_KEYS", hold)
        monkeypatch.setattr(person_batch, "BATCH_MIN", minimum)
        with _station_copy(am, tmp_path, way.replace(" ", "")).open() as vault:
            assert import_bundle(vault, bundle).status == "imported"
            contents[way], searches[way] = _content(vault), _found(vault, words)
            unindexed = vault.raw_execute(
                "SELECT count(*) FROM person_fts_order o "
                "WHERE NOT EXISTS (SELECT 1 FROM person_fts f WHERE f.rowid = o.pos)"
            )
            assert unindexed == [(0,)]
            assert vault.raw_execute("SELECT count(*) FROM person_fts") == vault.raw_execute(
                "SELECT count(*) FROM person_fts_order"
            )
    assert placed_while_writing and not any(placed_while_writing)
    for way in ("all", "by 20"):
        assert contents[way] == contents["plain"], way
        assert searches[way] == searches["plain"] and all(searches["plain"].values()), way
