"""Import refuses with a named reason and changes nothing: replays, records failing the
schema, wrong addressee, unknown signer, unresolved conflicts; gaps are accepted but flagged;
a dry run only previews."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from migdesk.bundles import BundleRejected, Reason
from migdesk.exchange import (
    ExchangeReason,
    ExchangeRefused,
    Resolution,
    export_bundle,
    import_bundle,
)
from migdesk.persons.service import PersonService
from migdesk.pki import AuthorityKeys
from migdesk.progress import Cancelled
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.exchange_world import (
    AM,
    KZ,
    THIRD,
    Station,
    audit_head,
    person_record,
    state,
    write_raw,
)


def _unchanged(station: Station, action: Callable[[Vault], object]) -> None:
    """Runs ``action`` (expected to raise) and checks that the vault did not change."""
    with station.open() as vault:
        before, head = state(vault), audit_head(vault)
        action(vault)
        assert state(vault) == before
        assert audit_head(vault) == head


def _export_person(station: Station, stick: Path, **overrides: object) -> tuple[str, Path]:
    with station.open() as vault:
        person_id = PersonService(vault).add(sample_person(**overrides)).id
        result = export_bundle(vault, AM if station.code == KZ else KZ, stick, persons=[person_id])
    assert result.ok and result.path is not None
    return person_id, result.path


def test_replay_with_different_content_is_rejected(
    kz: Station, am: Station, stick: Path, tmp_path: Path
) -> None:
    twin = kz.copy_to(tmp_path / "kz-restored")  # e.g. a workstation restored from a backup
    _, first = _export_person(kz, stick)
    other_stick = tmp_path / "other"
    other_stick.mkdir()
    _, replayed = _export_person(twin, other_stick, surname_ru="Другов")
    assert first.name == replayed.name  # the same sequence number, other content
    with am.open() as vault:
        import_bundle(vault, first)

    def refused(vault: Vault) -> None:
        with pytest.raises(ExchangeRefused) as caught:
            import_bundle(vault, replayed)
        assert caught.value.reason is ExchangeReason.REPLAY
        assert "Повтор отклонён" in str(caught.value)

    _unchanged(am, refused)


def test_gap_is_accepted_and_flagged(kz: Station, am: Station, stick: Path) -> None:
    _, first = _export_person(kz, stick)
    _, second = _export_person(kz, stick, surname_ru="Второв")
    with am.open() as vault:
        result = import_bundle(vault, second)
        assert result.status == "imported"
        assert result.preview.missing == [(1, 1)]
        assert any("№ 1" in w for w in result.preview.warnings)
        late = import_bundle(vault, first)  # the missing bundle arrives after all
        assert late.status == "imported" and late.preview.missing == []


def test_record_failing_the_schema_rejects_the_whole_bundle(
    kz: Station, am: Station, stick: Path
) -> None:
    good = person_record(sample_person())
    bad = person_record(sample_person(surname_ru="Плохов", birth_date="1985-13-45"))
    path = write_raw(kz, AM, stick, [good, bad])

    def refused(vault: Vault) -> None:
        with pytest.raises(ExchangeRefused) as caught:
            import_bundle(vault, path)
        assert caught.value.reason is ExchangeReason.INVALID_RECORD
        assert "Запись № 2" in str(caught.value) and bad["id"] in str(caught.value)

    _unchanged(am, refused)


def test_unknown_record_type_rejects_the_bundle(kz: Station, am: Station, stick: Path) -> None:
    path = write_raw(kz, AM, stick, [{"type": "visa_decision", "id": "x"}])

    def refused(vault: Vault) -> None:
        with pytest.raises(ExchangeRefused) as caught:
            import_bundle(vault, path)
        assert caught.value.reason is ExchangeReason.UNKNOWN_RECORD_TYPE

    _unchanged(am, refused)


def test_dry_run_changes_nothing(kz: Station, am: Station, stick: Path) -> None:
    person_id, path = _export_person(kz, stick)
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
        preview = import_bundle(vault, path, dry_run=True)
        assert preview.status == "preview"
        assert [c.id for c in preview.preview.new_persons] == [person_id]
        assert state(vault) == before and audit_head(vault) == head
        assert import_bundle(vault, path).status == "imported"


def test_wrong_addressee_is_rejected(kz: Station, am: Station, stick: Path) -> None:
    path = write_raw(kz, THIRD, stick, [person_record(sample_person())])

    def refused(vault: Vault) -> None:
        with pytest.raises(BundleRejected) as caught:
            import_bundle(vault, path)
        assert caught.value.reason is Reason.WRONG_ADDRESSEE

    _unchanged(am, refused)


def test_our_own_outgoing_bundle_is_named_as_ours(kz: Station, stick: Path) -> None:
    """An officer picks our own outgoing bundle from the stick: it is named as ours (the
    addressee loads it), not "unknown signer" with advice to load the sender's CA."""
    _, path = _export_person(kz, stick)

    def refused(vault: Vault) -> None:
        with pytest.raises(BundleRejected) as caught:
            import_bundle(vault, path)
        assert caught.value.reason is Reason.WRONG_ADDRESSEE
        assert f"исходящий пакет нашего органа: {KZ} → {AM}, № 1" in str(caught.value)

    _unchanged(kz, refused)
    result = kz.cli()("bundle", "import", str(path), "--json")
    assert result.code == 1 and result.json()["reason"] == "wrong_addressee"


def test_unknown_signer_advice_names_the_command_that_exists(
    kz: Station, am: Station, third: AuthorityKeys, stick: Path
) -> None:
    records = [person_record(sample_person())]
    path = write_raw(kz, AM, stick, records, signing=third.signing, sender_code=THIRD)
    with am.open() as vault, pytest.raises(BundleRejected) as caught:
        import_bundle(vault, path)
    assert "(authority trust)" in str(caught.value)  # there is no `keys trust`


def test_unknown_signer_is_rejected(
    kz: Station, am: Station, third: AuthorityKeys, stick: Path
) -> None:
    records = [person_record(sample_person())]
    path = write_raw(kz, AM, stick, records, signing=third.signing, sender_code=THIRD)

    def refused(vault: Vault) -> None:
        with pytest.raises(BundleRejected) as caught:
            import_bundle(vault, path)
        assert caught.value.reason is Reason.UNKNOWN_SIGNER

    _unchanged(am, refused)


def test_cli_rejection_exits_1_with_the_russian_reason(
    kz: Station, am: Station, stick: Path
) -> None:
    path = write_raw(kz, THIRD, stick, [person_record(sample_person())])
    result = am.cli()("bundle", "import", str(path), "--json")
    assert result.code == 1
    assert result.json() == {  # the named reason for scripts, nothing else (issue #14)
        "status": "refused",
        "reason": "wrong_addressee",
        "message": result.stderr.strip(),
    }
    assert "адресован" in result.stderr and "Traceback" not in result.stderr


def test_updates_apply_but_local_edits_conflict(
    kz: Station, am: Station, stick: Path, tmp_path: Path
) -> None:
    person_id, first = _export_person(kz, stick)
    with am.open() as vault:
        import_bundle(vault, first)
    with kz.open() as vault:
        PersonService(vault).update(person_id, {"birth_place": "г. Новое"})
        second = export_bundle(vault, AM, stick, persons=[person_id], include_acks=False).path
    assert second is not None
    with am.open() as vault:
        result = import_bundle(vault, second)  # not edited here: the provider's update wins
        assert [c.fields for c in result.preview.updated_persons] == [("birth_place",)]
        assert PersonService(vault).get(person_id)["birth_place"] == "г. Новое"
        PersonService(vault).update(person_id, {"birth_place": "г. Местное"})
    with kz.open() as vault:
        PersonService(vault).update(person_id, {"birth_place": "г. Третье"})
        third = export_bundle(vault, AM, stick, persons=[person_id], include_acks=False).path
    assert third is not None

    def refused(vault: Vault) -> None:
        with pytest.raises(ExchangeRefused) as caught:
            import_bundle(vault, third)
        assert caught.value.reason is ExchangeReason.CONFLICT
        assert person_id in str(caught.value) and "birth_place" in str(caught.value)

    _unchanged(am, refused)
    with am.open() as vault:
        kept = import_bundle(vault, third, dry_run=True, resolutions={person_id: Resolution.LOCAL})
        assert kept.preview.conflicts[0].resolution == "local"
        taken = import_bundle(vault, third, resolutions={person_id: Resolution.BUNDLE})
        assert taken.status == "imported"
        assert PersonService(vault).get(person_id)["birth_place"] == "г. Третье"


def test_cancelled_export_and_import_leave_nothing(kz: Station, am: Station, stick: Path) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        before = state(vault)
        stopped = export_bundle(vault, AM, stick, persons=[person_id], cancelled=lambda: True)
        assert stopped.status.value == "cancelled" and stopped.sequence is None
        assert state(vault) == before and list(stick.iterdir()) == []
        seen: list[int] = []
        sent = export_bundle(
            vault, AM, stick, persons=[person_id], progress=lambda done, _t: seen.append(done)
        )
        assert sent.ok and sent.sequence == 1 and seen
    assert sent.path is not None
    path = sent.path

    def refused(vault: Vault) -> None:
        with pytest.raises(ExchangeRefused) as caught:
            import_bundle(vault, path, cancelled=lambda: True)
        assert caught.value.reason is ExchangeReason.CANCELLED
        assert isinstance(caught.value, Cancelled)  # the progress protocol's cancellation

    _unchanged(am, refused)
