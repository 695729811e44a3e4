"""Records stream through planning (issue #14): ``records.json`` is staged in the vault as it
is decrypted and read back one record at a time, phase after phase, and written in batches
inside ONE transaction, so a refusal found after batches were written still leaves the vault
as it was; the import's memory does not grow with the records."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from migdesk.exchange import (
    ExchangeReason,
    ExchangeRefused,
    import_bundle,
    import_plan,
    stage_import,
)
from migdesk.persons.service import PersonService
from migdesk.requests.service import RequestService
from tests.conftest import sample_person
from tests.exchange.exchange_world import (
    AM,
    Station,
    audit_head,
    person_record,
    refused_entries,
    state,
    write_raw,
)

ROOT = Path(__file__).resolve().parents[2]
BATCH = 4  # small batches here, so that a few records make several
MANY = 3 * BATCH + 1  # more than one batch is written before the last record is read
MIB = 1024 * 1024


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_plan, "PLAN_BATCH", BATCH)


def _persons(count: int) -> list[dict[str, Any]]:
    # Alike on purpose: a person written in an earlier batch of the same bundle is no
    # "probable match" of a later one (the preview could not have shown it).
    return [person_record(sample_person()) for _ in range(count)]


def _request(person_ids: list[str]) -> dict[str, Any]:
    return {
        "type": "request",
        "id": str(uuid.uuid4()),
        "kind": "request",
        "from": "KZ-MVD",
        "to": AM,
        "number": "KZ-14/2026",
        "date": date.today().isoformat(),
        "substance": "Просим сообщить сведения (синтетические данные).",
        "purpose": "проверка",
        "justification": "Заявление.",
        "categories": ["registration"],
        "persons": person_ids,
    }


def _refused_late(am: Station, path: Path, reason: ExchangeReason) -> str:
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
        with pytest.raises(ExchangeRefused) as caught:
            import_bundle(vault, path)
        assert caught.value.reason is reason, str(caught.value)
        assert state(vault) == before and audit_head(vault) == head
        assert [e["reason"] for e in refused_entries(vault)] == [reason.value]
        staged = vault.raw_execute("SELECT count(*) FROM attachment_blobs")
    assert staged == [(0,)]  # records.json was staged, and is gone with the refusal
    return str(caught.value)


def test_an_invalid_person_after_written_batches_rolls_everything_back(
    kz: Station, am: Station, stick: Path
) -> None:
    bad = person_record(sample_person(birth_date="1985-13-45"))  # the codec refuses it
    path = write_raw(kz, AM, stick, [*_persons(MANY), bad])
    message = _refused_late(am, path, ExchangeReason.INVALID_RECORD)
    assert f"Запись № {MANY + 1}" in message


def test_a_dangling_reference_after_written_persons_rolls_everything_back(
    kz: Station, am: Station, stick: Path
) -> None:
    ghost = str(uuid.uuid4())
    path = write_raw(kz, AM, stick, [*_persons(MANY), _request([ghost])])
    message = _refused_late(am, path, ExchangeReason.INVALID_RECORD)
    assert ghost in message and "ни в пакете, ни в хранилище" in message


def test_an_unresolved_conflict_found_last_rolls_everything_back(
    kz: Station, am: Station, stick: Path
) -> None:
    with am.open() as vault:
        local_id = PersonService(vault).add(sample_person(surname_ru="Здешний")).id
    theirs = person_record(sample_person(surname_ru="Пришлый"), local_id)
    path = write_raw(kz, AM, stick, [*_persons(MANY), theirs])
    message = _refused_late(am, path, ExchangeReason.CONFLICT)
    assert local_id in message


def test_a_request_before_its_person_imports(kz: Station, am: Station, stick: Path) -> None:
    """Planned phase after phase: the request (phase 2) sees the person (phase 1) that comes
    after it in the bundle."""
    person = person_record(sample_person(surname_ru="Позднев"))
    request = _request([person["id"]])
    path = write_raw(kz, AM, stick, [request, person, *_persons(MANY)])
    with am.open() as vault:
        preview = import_bundle(vault, path, dry_run=True).preview
        assert len(preview.new_persons) == MANY + 1 and not preview.matches
        result = import_bundle(vault, path)
        assert result.status == "imported"
        assert [c.change for c in result.preview.requests] == ["new"]
        assert not result.preview.matches  # the bundle's own persons are not "ours"
        (request_id,) = [r[0] for r in vault.raw_execute("SELECT id FROM requests")]
        view = RequestService(vault).get(request_id)
        assert view.persons == [person["id"]]
        assert vault.raw_execute("SELECT count(*) FROM persons") == [(MANY + 1,)]
        (counts,) = vault.raw_execute("SELECT item_counts FROM exchange_bundle_log")
    assert json.loads(counts[0]) == {"person": MANY + 1, "request": 1}


def test_the_preview_and_the_import_agree_on_matches(kz: Station, am: Station, stick: Path) -> None:
    """A local person alike to the bundle's is matched in both, batch after batch."""
    with am.open() as vault:
        local_id = PersonService(vault).add(sample_person()).id
    path = write_raw(kz, AM, stick, _persons(MANY))
    with am.open() as vault:
        staged = stage_import(vault, path)
        shown = {(m.id, m.local_id) for m in staged.result.preview.matches}
        result = import_bundle(vault, path)
    assert len(shown) == MANY and {local for _id, local in shown} == {local_id}
    assert {(m.id, m.local_id) for m in result.preview.matches} == shown
