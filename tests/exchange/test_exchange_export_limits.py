"""Export obeys Art. 11.3: a received record goes back to its provider, but to a third
authority only with the provider's recorded consent; a refused export takes no number."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from migdesk.exchange import export_bundle, import_bundle
from migdesk.persons.service import PersonService
from migdesk.security.handling import ConsentMissing, record_answer, request_consent
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, THIRD, Station, audit_head, state


def _received_at_kz(kz: Station, am: Station, stick: Path) -> str:
    with am.open() as vault:
        person_id = PersonService(vault).add(sample_person(citizenship=["ARM"])).id
        sent = export_bundle(vault, KZ, stick, persons=[person_id])
    assert sent.path is not None
    with kz.open() as vault:
        import_bundle(vault, sent.path)
    return person_id


def test_received_record_cannot_go_to_a_third_authority(
    kz: Station, am: Station, stick: Path, tmp_path: Path
) -> None:
    person_id = _received_at_kz(kz, am, stick)
    target = tmp_path / "third-stick"
    target.mkdir()
    with kz.open() as vault:
        before, head = state(vault), audit_head(vault)
        with pytest.raises(ConsentMissing) as refused:
            export_bundle(vault, THIRD, target, persons=[person_id], include_acks=False)
        message = str(refused.value)
        assert person_id in message and AM in message and "согласия" in message
        assert state(vault) == before and audit_head(vault) == head
    assert list(target.iterdir()) == []

    cli = kz.cli()("bundle", "export", "--to", THIRD, "--out", str(target), "--person", person_id)
    assert cli.code == 1 and person_id in cli.stderr and "согласия" in cli.stderr

    with kz.open() as vault:
        back = export_bundle(vault, AM, stick, persons=[person_id])
        assert back.ok and back.sequence == 1


def test_third_authority_with_recorded_consent(kz: Station, am: Station, stick: Path) -> None:
    person_id = _received_at_kz(kz, am, stick)
    with kz.open() as vault:
        with vault.session() as session:
            consent = request_consent(session, "admin", "person", person_id, THIRD, "проверка")
            record_answer(
                session,
                "admin",
                consent.id,
                granted=True,
                decided_on=date(2026, 11, 1),
                document_ref="письмо № 1-2/3 (тест)",
            )
        sent = export_bundle(vault, THIRD, stick, persons=[person_id], include_acks=False)
        assert sent.ok and sent.sequence == 1
