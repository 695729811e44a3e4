"""The provider's consent travels in bundles (Art. 11.2, 11.3): KZ received a person from
AM, may not pass it to a third authority, asks AM in a bundle, and AM's answer, back in a
bundle, decides whether the export to the third authority goes. Two real vaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.errors import InvalidInput, PermissionDenied
from migdesk.exchange import (
    ExchangeReason,
    ExchangeRefused,
    consent_items,
    export_bundle,
    import_bundle,
)
from migdesk.models import IncomingConsentRequest, TransferConsent
from migdesk.office import consent_inbox
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.security.audit import verify
from migdesk.security.handling import ConsentMissing, check_transfer
from migdesk.vault import Vault
from tests.conftest import Cli, sample_person
from tests.exchange.exchange_world import AM, KZ, THIRD, Station, audit_head, state, write_raw

PURPOSE = "проверка по обращению о назначении пособия"
BOSS, BOSS_PASSWORD = "boss", "another long password 2"


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def _received_at_kz(kz: Station, am: Station, stick: Path) -> str:
    with am.open() as vault:
        person_id = PersonService(vault).add(sample_person(citizenship=["ARM"])).id
        sent = export_bundle(vault, KZ, stick, persons=[person_id])
    assert sent.path is not None
    with kz.open() as vault:
        assert import_bundle(vault, sent.path).status == "imported"
    return person_id


def _refused_to_third(kz: Station, person_id: str, out: Path) -> str:
    with kz.open() as vault:
        before, head = state(vault), audit_head(vault)
        with pytest.raises(ConsentMissing) as refused:
            export_bundle(vault, THIRD, out, persons=[person_id], include_acks=False)
        assert state(vault) == before and audit_head(vault) == head
    assert list(out.iterdir()) == []
    return str(refused.value)


def _actions(station: Station) -> list[str]:
    with station.open() as vault:
        return [str(r[0]) for r in vault.raw_execute("SELECT action FROM audit_log ORDER BY id")]


def _request_round(kz: Station, am: Station, tmp_path: Path, person_id: str) -> str:
    """KZ asks AM; the request travels; AM sees it in its inbox. Returns the consent id."""
    with kz.open() as vault:
        asked = consent_inbox.request(vault, person_id, THIRD, PURPOSE)
        assert (asked.direction, asked.counterpart, asked.status) == ("outgoing", AM, "requested")
        with pytest.raises(InvalidInput, match="уже запрошено"):
            consent_inbox.request(vault, person_id, THIRD, PURPOSE)
        with pytest.raises(InvalidInput, match="согласия не требует"):
            consent_inbox.request(vault, person_id, AM, PURPOSE)
        # Nothing pending for the third authority: the request goes only to the provider.
        with pytest.raises(ConsentMissing):
            export_bundle(vault, THIRD, _folder(tmp_path, "x"), persons=[person_id])
        out = export_bundle(vault, AM, _folder(tmp_path, "kz-am"), all_pending=True)
        assert out.ok and out.path is not None
        assert out.counts.get(consent_items.REQUEST) == 1
        with vault.read_session() as session:
            row = session.get(TransferConsent, asked.id)
            assert row is not None and row.status == "sent"
        # Sent once: the next pending export to AM does not carry it again.
        with pytest.raises(Exception, match="Нечего отправлять"):
            export_bundle(vault, AM, _folder(tmp_path, "again"), all_pending=True)
    with am.open() as vault:
        result = import_bundle(vault, out.path)
        assert result.status == "imported"
        inbox = consent_inbox.incoming_requests(vault, undecided_only=True)
        assert [(v.id, v.counterpart, v.record_id, v.recipient, v.purpose) for v in inbox] == [
            (asked.id, KZ, person_id, THIRD, PURPOSE)
        ]
    return asked.id


def _add_supervisor(station: Station) -> None:
    with station.open() as vault:
        UserService(vault).add(BOSS, "supervisor", BOSS_PASSWORD)


def _answer_round(
    kz: Station, am: Station, tmp_path: Path, consent_id: str, *, granted: bool
) -> None:
    with am.open() as vault:
        # The founder is an officer: granting or refusing is the supervisor's decision.
        head = audit_head(vault)
        with pytest.raises(PermissionDenied, match="руководитель"):
            consent_inbox.answer(vault, consent_id, granted=granted, document_ref="исх. № 1")
        assert audit_head(vault) == head
    _add_supervisor(am)
    boss = Vault.open(am.path, BOSS, BOSS_PASSWORD)
    try:
        decided = consent_inbox.answer(
            boss, consent_id, granted=granted, document_ref="исх. № 12/7 от 20.11.2026"
        )
        assert decided.status == ("granted" if granted else "refused")
        assert decided.answer_sent is False
        with pytest.raises(Exception, match="уже дан ответ"):
            consent_inbox.answer(boss, consent_id, granted=not granted, document_ref="другое")
    finally:
        boss.close()
    with am.open() as vault:  # the officer sends the answer with the next bundle
        back = export_bundle(vault, KZ, _folder(tmp_path, "am-kz"), all_pending=True)
        assert back.ok and back.path is not None
        assert back.counts.get(consent_items.ANSWER) == 1
        with vault.read_session() as session:
            row = session.get(IncomingConsentRequest, consent_id)
            assert row is not None and row.answer_bundle_id == back.bundle_id
    with kz.open() as vault:
        assert import_bundle(vault, back.path).status == "imported"
        with vault.read_session() as session:
            row_kz = session.get(TransferConsent, consent_id)
            assert row_kz is not None
            assert row_kz.status == ("granted" if granted else "refused")
            assert row_kz.document_ref == "исх. № 12/7 от 20.11.2026"


def test_granted_consent_travels_and_opens_the_export(
    kz: Station, am: Station, stick: Path, tmp_path: Path
) -> None:
    person_id = _received_at_kz(kz, am, stick)
    message = _refused_to_third(kz, person_id, _folder(tmp_path, "third-1"))
    assert person_id in message and AM in message and "согласия" in message

    consent_id = _request_round(kz, am, tmp_path, person_id)
    _answer_round(kz, am, tmp_path, consent_id, granted=True)

    with kz.open() as vault:
        with vault.read_session() as session:
            check_transfer(session, "person", person_id, THIRD)  # no longer raises
        sent = export_bundle(
            vault, THIRD, _folder(tmp_path, "third-2"), persons=[person_id], include_acks=False
        )
        assert sent.ok and sent.counts.get("person") == 1
        # The consent names THIRD only: another authority is still refused.
        with vault.read_session() as session, pytest.raises(ConsentMissing):
            check_transfer(session, "person", person_id, "KZ-OTHER")
        with vault.read_session() as session:
            assert verify(session).ok

    kz_actions, am_actions = _actions(kz), _actions(am)
    for action in ("consent.request", "consent.request_sent", "consent.answer_received"):
        assert action in kz_actions
    assert "consent.answer" in kz_actions
    for action in ("consent.request_received", "consent.decide", "consent.answer_sent"):
        assert action in am_actions


def test_refused_consent_keeps_the_export_refused(
    kz: Station, am: Station, stick: Path, tmp_path: Path
) -> None:
    person_id = _received_at_kz(kz, am, stick)
    consent_id = _request_round(kz, am, tmp_path, person_id)
    _answer_round(kz, am, tmp_path, consent_id, granted=False)
    message = _refused_to_third(kz, person_id, _folder(tmp_path, "third"))
    assert person_id in message and "согласия" in message


def test_consent_round_trip_through_the_cli(
    kz: Station, am: Station, stick: Path, tmp_path: Path
) -> None:
    person_id = _received_at_kz(kz, am, stick)
    kz_cli, am_cli = kz.cli(), am.cli()

    asked = kz_cli(
        "consent", "request", person_id, "--to-recipient", THIRD, "--purpose", PURPOSE, "--json"
    )
    assert asked.code == 0, asked.stderr
    consent_id = asked.json()["id"]
    to_am = _folder(tmp_path, "cli-kz-am")
    out = kz_cli("bundle", "export", "--to", AM, "--out", str(to_am), "--all-pending", "--json")
    assert out.code == 0, out.stderr
    assert out.json()["counts"][consent_items.REQUEST] == 1

    loaded = am_cli("bundle", "import", out.json()["path"], "--json")
    assert loaded.code == 0, loaded.stderr
    listed = am_cli("consent", "list", "--json")
    assert listed.code == 0, listed.stderr
    [incoming] = [c for c in listed.json() if c["direction"] == "incoming"]
    assert incoming["id"] == consent_id and incoming["status"] == "received"
    assert (incoming["counterpart"], incoming["record_id"], incoming["recipient"]) == (
        KZ,
        person_id,
        THIRD,
    )

    usage = am_cli("consent", "answer", consent_id, "--document-ref", "x")
    assert usage.code == 2  # --grant or --refuse is required
    # An officer may not grant: the refusal names the supervisor's role (exit 1, refused).
    officer = am_cli("consent", "answer", consent_id, "--grant", "--document-ref", "исх. № 1")
    assert officer.code == 1 and "руководитель" in officer.stderr, officer.stderr
    assert am_cli("consent", "list", "--json").json()[0]["status"] == "received"
    _add_supervisor(am)
    boss_cli = Cli(am.path, BOSS, BOSS_PASSWORD)
    refused = boss_cli("consent", "answer", consent_id, "--refuse", "--document-ref", "исх. № 9")
    assert refused.code == 0, refused.stderr
    back = _folder(tmp_path, "cli-am-kz")
    sent = am_cli("bundle", "export", "--to", KZ, "--out", str(back), "--all-pending", "--json")
    assert sent.code == 0, sent.stderr
    assert sent.json()["counts"][consent_items.ANSWER] == 1
    assert kz_cli("bundle", "import", sent.json()["path"]).code == 0

    mine = kz_cli("consent", "list", "--json").json()
    assert [(c["id"], c["direction"], c["status"], c["document_ref"]) for c in mine] == [
        (consent_id, "outgoing", "refused", "исх. № 9")
    ]
    third = _folder(tmp_path, "cli-third")
    denied = kz_cli("bundle", "export", "--to", THIRD, "--out", str(third), "--person", person_id)
    assert denied.code == 1 and person_id in denied.stderr and "согласия" in denied.stderr


def test_an_answer_to_nothing_we_asked_changes_nothing(
    kz: Station, am: Station, stick: Path, tmp_path: Path
) -> None:
    person_id = _received_at_kz(kz, am, stick)
    forged = {
        "type": consent_items.ANSWER,
        "id": "6f1c1d7e-0000-4000-8000-000000000001",
        "decision": "granted",
        "decided_on": "2026-11-20",
        "document_ref": "нет такого письма",
    }
    path = write_raw(am, KZ, _folder(tmp_path, "forged"), [forged], sequence=2)
    with kz.open() as vault:
        result = import_bundle(vault, path)
        assert result.status == "imported"
        assert any("не направлялся" in w for w in result.preview.warnings)
        assert consent_inbox.list_consents(vault) == []
    _refused_to_third(kz, person_id, _folder(tmp_path, "third"))


def test_a_malformed_consent_request_refuses_the_bundle(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    bad = {
        "type": consent_items.REQUEST,
        "id": "not-a-uuid",
        "record_kind": "person",
        "record_id": "x",
        "recipient": THIRD,
        "purpose": PURPOSE,
    }
    path = write_raw(kz, AM, _folder(tmp_path, "bad"), [bad])
    with am.open() as vault:
        before = state(vault)
        with pytest.raises(ExchangeRefused) as refused:
            import_bundle(vault, path)
        assert refused.value.reason is ExchangeReason.INVALID_RECORD
        assert state(vault) == before
        assert consent_inbox.list_consents(vault) == []
