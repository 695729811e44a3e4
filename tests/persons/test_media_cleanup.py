"""Images stored before entry stripped their camera metadata are cleaned on request
(``person clean-media``): our own records get a new revision and an audit entry; records
received from the partner keep the provider's bytes (Art. 11.2)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from migdesk.models import AuditEntry, HandlingLimits, Person, PersonMedia
from migdesk.persons.media_cleanup import AUDIT_ACTION, clean_stored_media
from migdesk.persons.service import PersonService
from migdesk.security.audit_labels import action_label
from migdesk.vault import Vault
from tests.conftest import ADMIN, PASSWORD, Cli, sample_person
from tests.persons.test_media_metadata import SECRETS, _assert_clean, _media, _stored, phone_jpeg


def _as_stored_before_stripping(vault: Vault, person_id: str) -> bytes:
    """Put a phone photo with GPS, serial and time back into the record, as session 17 kept it."""
    legacy = phone_jpeg()
    with vault.session() as session:
        media = session.scalars(
            select(PersonMedia).join(Person).where(Person.id == person_id)
        ).one()
        media.data, media.size = legacy, len(legacy)
        media.sha256 = hashlib.sha256(legacy).hexdigest()
    return legacy


def _received(vault: Vault, person_id: str) -> None:
    with vault.session() as session:
        session.add(
            HandlingLimits(
                record_kind="person",
                record_id=person_id,
                provider_authority="AM-POLICE",
                purpose="Проверка (тест)",
                received_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )


def _person(service: PersonService, surname: str) -> str:
    return service.add(sample_person(surname_ru=surname, photos=[_media(phone_jpeg())])).id


def test_old_photos_of_our_records_are_cleaned_and_received_ones_left(vault: Vault) -> None:
    service = PersonService(vault)
    ours, theirs = _person(service, "Тестов"), _person(service, "Пробов")
    _as_stored_before_stripping(vault, ours)
    received_bytes = _as_stored_before_stripping(vault, theirs)
    _received(vault, theirs)
    revision = service.get(ours)["revision"]

    counted = clean_stored_media(vault, dry_run=True)
    assert (counted.checked, counted.cleaned, counted.persons) == (1, 1, 1)
    assert counted.received_left == 1
    assert any(secret in _stored(service, ours)[0] for secret in SECRETS)  # nothing changed

    done = clean_stored_media(vault)
    assert (done.checked, done.cleaned, done.persons, done.dry_run) == (1, 1, 1, False)
    (blob,) = _stored(service, ours)
    _assert_clean(blob)
    record = service.get(ours)
    assert record["revision"] == revision + 1
    assert record["photos"][0]["sha256"] == hashlib.sha256(blob).hexdigest()
    assert [e.changes.keys() for e in service.history(ours)][-1] == {"photos"}
    assert _stored(service, theirs) == [received_bytes]  # the provider's bytes
    with vault.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == AUDIT_ACTION)).one()
    assert entry.record_id == ours and json.loads(entry.details or "{}")["count"] == 1
    assert action_label(AUDIT_ACTION) != AUDIT_ACTION

    again = clean_stored_media(vault)  # a clean image is never rewritten
    assert (again.checked, again.cleaned, again.persons) == (1, 0, 0)
    assert service.get(ours)["revision"] == revision + 1


def test_cli_counts_then_cleans(cli_vault: Cli, tmp_path: Path) -> None:
    source = tmp_path / "person.json"
    source.write_text(json.dumps(sample_person(photos=[_media(phone_jpeg())]), ensure_ascii=False))
    person_id = cli_vault("person", "add", str(source), "--json").json()["id"]
    opened = Vault.open(cli_vault.vault, ADMIN, PASSWORD)
    try:
        _as_stored_before_stripping(opened, person_id)
    finally:
        opened.close()
    counted = cli_vault("person", "clean-media", "--dry-run", "--json")
    assert counted.code == 0, counted.stderr
    assert counted.json() == {
        "checked": 1,
        "cleaned": 1,
        "persons": 1,
        "received_left": 0,
        "dry_run": True,
    }
    done = cli_vault("person", "clean-media")
    assert done.code == 0 and "очищено от метаданных камеры: 1" in done.stdout
    assert cli_vault("person", "clean-media", "--json").json()["cleaned"] == 0
