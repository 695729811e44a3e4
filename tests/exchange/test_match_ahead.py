"""A bundle's new persons are matched on a thread of their own, against the registry as it
was before the import (``exchange.match_ahead``, issue #16): the import finds what the
preview finds, whatever it wrote first; while it waits for the matching it reports progress
and a cancel rolls it all back; a failure there fails the import with nothing written and
no thread left behind."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from migdesk import heap
from migdesk.exchange import export_bundle, import_bundle, match_ahead
from migdesk.exchange.errors import ImportCancelled
from migdesk.persons import blocking, bundle_matching
from migdesk.persons.matching import match_records
from migdesk.persons.service import PersonService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station, audit_head, person_record, state, write_raw
from tests.exchange.slow_matching import slow_matching

NEWCOMER = {
    "surname_ru": "Арутюнян",
    "given_name_ru": "Тигран",
    "sex": "M",
    "birth_date": "1980-02-03",
    "citizenship": ["ARM"],
}
NAMESAKE = {**NEWCOMER, "surname_ru": "Арутюньян", "surname_lat": "HARUTYUNYAN"}


def _matchers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == match_ahead.THREAD_NAME]


def _matches(result: Any) -> list[tuple[str, str, float, str, tuple[str, ...]]]:
    return [(m.id, m.local_id, m.score, m.level, m.reasons) for m in result.preview.matches]


def test_import_matches_as_the_preview_with_updates_and_namesakes(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundle updates two of our persons so that they become the newcomer's twins, and
    carries the newcomer, a namesake of ours. The import writes the updates before the
    newcomer is matched; at two candidates a record (``MAX_CANDIDATES``, 2,000 in use), the
    twins' new keys took both places on the import's connection, and, the bundle's own
    persons being left out, the import found no match where the preview found ours."""
    monkeypatch.setattr(blocking, "MAX_CANDIDATES", 2)
    monkeypatch.setattr(bundle_matching, "MAX_CANDIDATES", 2)
    with kz.open() as vault:
        people = PersonService(vault)
        twins = [
            people.add({**NEWCOMER, "surname_ru": f"Другой{i}", "birth_date": f"1960-0{i}-01"}).id
            for i in (1, 2)
        ]
        first = export_bundle(vault, AM, stick, persons=twins)
        for twin in twins:
            people.update(twin, {"surname_ru": NEWCOMER["surname_ru"], "birth_date": "1980-02-03"})
        newcomer = people.add(NEWCOMER).id
        cousin = people.add({**NEWCOMER, "given_name_ru": "Ашот"}).id  # another namesake
        second = export_bundle(vault, AM, stick, persons=[*twins, newcomer, cousin])
    assert first.path is not None and second.path is not None
    with am.open() as vault:
        assert import_bundle(vault, first.path).status == "imported"
        ours = PersonService(vault).add(NAMESAKE).id  # after the twins: a higher key
        preview = import_bundle(vault, second.path, dry_run=True)
        assert {c.id for c in preview.preview.updated_persons} == set(twins)
        assert (newcomer, ours) in [(m[0], m[1]) for m in _matches(preview)]
        result = import_bundle(vault, second.path)
        assert result.status == "imported"
        assert _matches(result) == _matches(preview)
    assert not _matchers()


def _bundle(kz: Station, stick: Path, count: int) -> Path:
    persons = [person_record(sample_person(surname_ru=f"Сверкин{i}")) for i in range(count)]
    return write_raw(kz, AM, stick, persons)


def test_a_cancel_while_matching_leaves_the_vault_unchanged(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import waits for the matching thread after its last write: it reports how many
    of its new persons are matched and a cancel then rolls everything back."""
    matching = slow_matching(monkeypatch, 0.5)
    path = _bundle(kz, stick, 6)
    reported: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        if matching.is_set():
            reported.append((done, total))

    with am.open() as vault:
        PersonService(vault).add(NAMESAKE)
        before, head = state(vault), audit_head(vault)
        with pytest.raises(ImportCancelled):
            import_bundle(vault, path, progress=progress, cancelled=lambda: len(reported) >= 3)
        assert state(vault) == before and audit_head(vault) == head
    assert reported and all(total == 6 and done < total for done, total in reported)
    assert not _matchers()


def test_a_failure_on_the_matching_thread_fails_the_import_with_nothing_written(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread().name == match_ahead.THREAD_NAME:
            raise OSError("the index went away")
        raise AssertionError("matched on the import's thread")

    monkeypatch.setattr(match_ahead, "match_records", broken)
    path = _bundle(kz, stick, 5)
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
        with pytest.raises(OSError, match="the index went away"):
            import_bundle(vault, path)
        assert state(vault) == before and audit_head(vault) == head
    assert not _matchers()


def test_the_matching_connection_runs_on_a_small_page_cache_and_lets_it_go(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #17: the matching thread's pooled connection read with SQLCipher's default
    page cache (8 MiB) and kept it after the import, beside the import's own. It matches
    on ``CACHE_KIB`` and the connection goes back to the pool with its cache setting as
    before; after each block the freed heap is given back (``heap.give_back``)."""
    sizes: list[int] = []
    given_back: list[str] = []
    real_match = match_records

    def match(raw: Any, *args: Any, **kwargs: Any) -> Any:
        sizes.append(int(raw.execute("PRAGMA cache_size").fetchone()[0]))
        return real_match(raw, *args, **kwargs)

    def give_back() -> bool:
        given_back.append(threading.current_thread().name)
        return True

    monkeypatch.setattr(match_ahead, "match_records", match)
    monkeypatch.setattr(heap, "give_back", give_back)
    path = _bundle(kz, stick, 5)
    with am.open() as vault:
        default = int(vault.raw_execute("PRAGMA cache_size")[0][0])
        assert import_bundle(vault, path).status == "imported"
        assert sizes == [-match_ahead.CACHE_KIB]
        assert match_ahead.THREAD_NAME in given_back
        pooled = [vault.engine.raw_connection() for _ in range(3)]
        try:
            assert {int(c.execute("PRAGMA cache_size").fetchone()[0]) for c in pooled} == {default}
        finally:
            for conn in pooled:
                conn.close()
    assert default != -match_ahead.CACHE_KIB
    assert not _matchers()
