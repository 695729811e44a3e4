"""The import window's apply on a vault unchanged since its preview (``registry_watch``)
takes from the preview which of the bundle's persons are new, and does not look their ids
up again (issue #17); it writes exactly what a plain import writes. A person stored with
one of those ids after the preview is still found: the apply then looks the ids up and
refuses the conflict, as a plain import does."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from migdesk.exchange import (
    apply_staged,
    import_bundle,
    person_batch,
    stage_import,
    staged_files,
)
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.persons.service import PersonService
from migdesk.security import audit
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, Station, person_record, write_raw
from tests.exchange.test_person_batch import _content, _found
from tests.persons.test_bulk import demo_records


def _looked_up(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every person id ``existing_person_ids`` is asked about, in order."""
    asked: list[str] = []
    real = person_batch.existing_person_ids

    def lookup(scope: Any, ids: list[str]) -> set[str]:
        asked.extend(ids)
        return real(scope, ids)

    monkeypatch.setattr(person_batch, "existing_person_ids", lookup)
    return asked


def test_an_unchanged_vault_takes_the_new_persons_from_the_preview(
    kz: Station, am: Station, stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with am.open() as vault:
        ours = PersonService(vault).add(sample_person(surname_ru="Связанов")).id
    twin = person_record(sample_person(surname_ru="Связанов"))
    records = [person_record(p, str(uuid.uuid4())) for p in demo_records(30)] + [twin]
    bundle = write_raw(kz, AM, stick, records)
    plain, window = am.copy_to(tmp_path / "plain"), am.copy_to(tmp_path / "window")
    words = sorted({str(r["data"]["surname_ru"]) for r in records})[:5]

    with plain.open() as vault:
        result = import_bundle(vault, bundle, links=[twin["id"]])
        assert result.status == "imported"
        expected, expected_found = _content(vault), _found(vault, words)
        expected_matches = list(result.preview.matches)

    with window.open() as vault:
        staged = stage_import(vault, bundle)
        asked = _looked_up(monkeypatch)
        result = apply_staged(vault, staged, links=[twin["id"]])
        assert result.status == "imported"
        assert asked == []  # the preview said which are new; nothing changed since
        assert list(result.preview.matches) == expected_matches
        assert [m.local_id for m in result.preview.matches if m.linked] == [ours]
        assert len(result.preview.new_persons) == len(records)
        with vault.session() as session:
            assert audit.verify(session).ok
        got = _content(vault)
        assert got.keys() == expected.keys()
        for table in expected:
            assert got[table] == expected[table], table
        assert _found(vault, words) == expected_found and all(expected_found.values())


def test_a_person_stored_after_the_preview_is_still_found(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [person_record(p, str(uuid.uuid4())) for p in demo_records(5)]
    bundle = write_raw(kz, AM, stick, records)
    taken = records[2]
    with am.open() as vault:
        staged = stage_import(vault, bundle)
        assert len(staged.result.preview.new_persons) == len(records)
        # Saved here meanwhile under the same id, with other content.
        PersonService(vault).add({**sample_person(surname_ru="Другов"), "id": taken["id"]})
        asked = _looked_up(monkeypatch)
        with pytest.raises(ExchangeRefused) as refused:
            apply_staged(vault, staged)
        assert refused.value.reason is ExchangeReason.CONFLICT
        assert taken["id"] in asked
        count = vault.raw_execute("SELECT count(*) FROM persons WHERE id = ?", taken["id"])
        assert count[0][0] == 1  # nothing of the bundle was written


def test_the_staged_files_go_with_the_import_transaction(
    kz: Station, am: Station, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the import did not adopt (here the staged records) is removed in the import's
    own transaction: nothing is left for a second transaction after the commit (which a
    crash could have cut off), and the apply needs no second commit."""
    records = [person_record(p, str(uuid.uuid4())) for p in demo_records(5)]
    bundle = write_raw(kz, AM, stick, records)
    with am.open() as vault:
        staged = stage_import(vault, bundle)
        assert _staged(vault) > 0

        def after_the_commit(*args: Any) -> None:
            raise RuntimeError("no second transaction after the import")

        monkeypatch.setattr(staged_files, "discard", after_the_commit)
        assert apply_staged(vault, staged).status == "imported"
        assert _staged(vault) == 0


def _staged(vault: Any) -> int:
    return int(
        vault.raw_execute("SELECT count(*) FROM attachment_blobs WHERE staged IS NOT NULL")[0][0]
    )
