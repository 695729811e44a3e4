"""The import window's apply takes the preview's matches when nothing was committed to the
vault since the preview (``exchange.registry_watch``, issue #17), and matches again when
anything was: either way it finds what a plain import finds, links what the officer chose,
and writes the same rows."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from migdesk.exchange import apply_staged, import_bundle, match_ahead, stage_import
from migdesk.persons.matching import match_records
from migdesk.persons.service import PersonService
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station, person_record, write_raw

NEWCOMER = {
    "surname_ru": "Арутюнян",
    "given_name_ru": "Тигран",
    "sex": "M",
    "birth_date": "1980-02-03",
    "citizenship": ["ARM"],
}
NAMESAKE = {**NEWCOMER, "surname_ru": "Арутюньян", "surname_lat": "HARUTYUNYAN"}


def _matched(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many persons each ``match_records`` call matched, in order."""
    calls: list[int] = []
    real = match_records

    def match(raw: Any, block: list[Any], *args: Any, **kwargs: Any) -> Any:
        calls.append(len(block))
        return real(raw, block, *args, **kwargs)

    monkeypatch.setattr(match_ahead, "match_records", match)
    return calls


def _matches(result: Any) -> list[tuple[str, str, float, str, tuple[str, ...], bool]]:
    return [
        (m.id, m.local_id, m.score, m.level, m.reasons, m.linked) for m in result.preview.matches
    ]


def _bundle(kz: Station, stick: Path) -> tuple[Path, str]:
    others = [person_record(sample_person(surname_ru=f"Повторов{i}")) for i in range(4)]
    newcomer = person_record(NEWCOMER)
    return write_raw(kz, AM, stick, [*others, newcomer]), str(newcomer["id"])


def _links(vault: Any) -> list[tuple[str, str]]:
    rows = vault.raw_execute("SELECT person_id, other_id FROM person_links")
    return sorted((str(a), str(b)) for a, b in rows)


def test_an_unchanged_vault_takes_the_preview_matches(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, newcomer = _bundle(kz, stick)
    with am.open() as vault:
        ours = PersonService(vault).add(NAMESAKE).id
        plain = import_bundle(vault, path, dry_run=True)
        calls = _matched(monkeypatch)
        staged = stage_import(vault, path)
        assert calls == [5]  # the preview matched the bundle's new persons
        result = apply_staged(vault, staged, links={newcomer})
        assert calls == [5]  # and the import did not match them again
        assert result.status == "imported"
        expected = [(*m[:5], m[0] == newcomer) for m in _matches(plain)]
        assert (newcomer, ours) in [m[:2] for m in expected]
        assert _matches(result) == expected
        assert _links(vault) == [tuple(sorted((newcomer, ours)))]
    assert not [t for t in threading.enumerate() if t.name == match_ahead.THREAD_NAME]


def test_a_commit_after_the_preview_makes_the_import_match_again(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A namesake saved between the preview and the import is found by the import, as a
    plain import finds it."""
    path, newcomer = _bundle(kz, stick)
    with am.open() as vault:
        calls = _matched(monkeypatch)
        staged = stage_import(vault, path)
        assert not staged.result.preview.matches
        ours = PersonService(vault).add(NAMESAKE).id
        result = apply_staged(vault, staged)
        assert calls == [5, 5]
        assert [m[:2] for m in _matches(result)] == [(newcomer, ours)]
