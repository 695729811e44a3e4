"""Revision 0018 on a real vault with persons: the blocking keys and the search index it fills
in one read of the registry are exactly what saves and bulk imports write."""

from __future__ import annotations

from typing import Any

import pytest

from migdesk.demo import synthetic_persons
from migdesk.persons import search
from migdesk.persons.bulk import bulk_add
from migdesk.persons.service import PersonService
from migdesk.vault import Vault, migrate
from tests.conftest import sample_person


def _fill(vault: Vault) -> None:
    bulk_add(vault, synthetic_persons(400, 18, varied=True), validate=False)
    service = PersonService(vault)
    service.add(sample_person(surname_ru="Жұмабеков", given_name_ru="Әлихан"))
    service.add(
        sample_person(
            surname_ru=None,
            given_name_ru=None,
            patronymic_ru=None,
            surname_lat="HARUTYUNYAN",
            given_name_lat="ARAM",
            citizenship=["ARM", "RUS"],
            birth_date="1990",
            documents=[
                {"kind": "passport", "series": "AB", "number": "12 34-56"},
                {"kind": "passport", "number": "N7654321"},
            ],
        )
    )
    service.add(sample_person(documents=[], personal_number="850412300017", sex=None))


def _state(vault: Vault) -> tuple[list[Any], list[Any]]:
    """(person, key) rows, and every (person, term, offset) of the search index."""
    keys = vault.raw_execute("SELECT person_pk, key FROM person_match_keys ORDER BY 1, 2")
    with vault.engine.connect() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_words "
            "USING fts5vocab(main, person_fts, instance)"
        )
        words = conn.exec_driver_sql(
            "SELECT o.pk, w.term, w.offset FROM temp.fts_words w "
            "JOIN person_fts_order o ON o.pos = w.doc ORDER BY 1, 2, 3"
        ).fetchall()
        conn.exec_driver_sql("DROP TABLE temp.fts_words")
    return [tuple(k) for k in keys], [tuple(w) for w in words]


def _down_and_up(vault: Vault, *, before_up: str | None = None, up_to: str = "head") -> None:
    with vault.engine.connect() as conn:
        migrate.downgrade(conn, "0017")
        conn.commit()
        if before_up:
            conn.exec_driver_sql(before_up)
            conn.commit()
        migrate.upgrade(conn, up_to)
        conn.commit()


@pytest.mark.slow
def test_0018_fills_keys_and_index_as_saves_write_them(vault: Vault) -> None:
    _fill(vault)
    keys, words = _state(vault)
    assert len({pk for pk, _ in keys}) == 403 and len({pk for pk, *_ in words}) == 403
    positions = vault.raw_execute("SELECT pos, pk FROM person_fts_order ORDER BY pos")

    # Up to the revision before 0025, which lays every position out afresh on purpose.
    _down_and_up(vault, up_to="0024")

    assert _state(vault) == (keys, words)
    # The registry positions are kept, not laid out again.
    assert vault.raw_execute("SELECT pos, pk FROM person_fts_order ORDER BY pos") == positions
    # The registry list's rows come with 0027: the search itself is checked on 0024's schema.
    with vault.engine.connect() as conn:
        found = search.search_pks(conn, "ARUTYUNYAN")
    marks = ", ".join("?" * len(found))
    surnames = vault.raw_execute(f"SELECT surname_lat FROM persons WHERE pk IN ({marks})", *found)
    assert "HARUTYUNYAN" in {surname for (surname,) in surnames}


@pytest.mark.slow
def test_0018_lays_the_registry_out_when_a_person_has_no_position(vault: Vault) -> None:
    _fill(vault)
    keys, words = _state(vault)

    _down_and_up(vault, before_up="DELETE FROM person_fts_order WHERE pk = 7")

    assert _state(vault) == (keys, words)


def test_0026_gives_every_key_its_persons_row_position(vault: Vault) -> None:
    _fill(vault)
    placed = "SELECT person_pk, key, pos FROM person_match_keys ORDER BY 1, 2"
    keys = [tuple(k) for k in vault.raw_execute(placed)]
    assert len({pk for pk, _k, _p in keys}) == 403 and all(pos for *_, pos in keys)
    with vault.engine.connect() as conn:
        migrate.downgrade(conn, "0025")
        conn.commit()
        columns = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(person_match_keys)")]
        assert "pos" not in columns
        migrate.upgrade(conn, "head")
        conn.commit()
    assert [tuple(k) for k in vault.raw_execute(placed)] == keys
    misplaced = (
        "SELECT count(*) FROM person_match_keys k JOIN person_link_fields f "
        "ON f.person_pk = k.person_pk WHERE k.pos IS NOT f.pos"
    )
    assert vault.raw_execute(misplaced)[0][0] == 0
    plan = " ".join(
        str(r[-1])
        for r in vault.raw_execute(
            "EXPLAIN QUERY PLAN SELECT key, person_pk, pos FROM person_match_keys WHERE key = 1"
        )
    )
    assert "COVERING INDEX ix_person_match_keys_key_person_pos" in plan
