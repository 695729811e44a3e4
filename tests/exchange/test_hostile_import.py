"""Hostile bundles at import: verified before anything is decided, every refusal audited
(sender, sequence, reason; never content), and nothing changed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from migdesk.bundles import BundleRejected, Reason
from migdesk.exchange import ExchangeReason, ExchangeRefused, export_bundle, import_bundle
from migdesk.persons.service import PersonService
from tests.conftest import sample_person
from tests.exchange.exchange_world import (
    AM,
    THIRD,
    Station,
    audit_head,
    person_record,
    refused_entries,
    state,
    write_raw,
)


def _export(station: Station, stick: Path, surname: str) -> Path:
    with station.open() as vault:
        person_id = PersonService(vault).add(sample_person(surname_ru=surname)).id
        result = export_bundle(vault, AM, stick, persons=[person_id])
    assert result.ok and result.path is not None
    return result.path


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_damaged_copy_of_an_imported_bundle_is_refused_not_known(
    kz: Station, am: Station, stick: Path
) -> None:
    path = _export(kz, stick, "Повторов")
    with am.open() as vault:
        assert import_bundle(vault, path).status == "imported"
        assert import_bundle(vault, path).status == "already_imported"
        _flip_middle(path / "payload.bin")  # the label is intact, the payload is not
        before, head = state(vault), audit_head(vault)
        for dry_run in (True, False):
            with pytest.raises(BundleRejected) as caught:
                import_bundle(vault, path, dry_run=dry_run)
            assert caught.value.reason is Reason.HASH_MISMATCH
        assert state(vault) == before and audit_head(vault) == head
        entries = refused_entries(vault)
    assert [(e["reason"], e["dry_run"], e["label_verified"]) for e in entries] == [
        ("hash_mismatch", True, False),
        ("hash_mismatch", False, False),
    ]
    assert {e["from"] for e in entries} == {"KZ-MVD"} and {e["sequence"] for e in entries} == {1}


def test_refusal_is_audited_without_content(kz: Station, am: Station, stick: Path) -> None:
    path = write_raw(kz, THIRD, stick, [person_record(sample_person(surname_ru="Секретов"))])
    with am.open() as vault:
        with pytest.raises(BundleRejected):
            import_bundle(vault, path)
        entries = refused_entries(vault)
        logged = vault.raw_execute("SELECT action, record_id, details FROM audit_log")
    assert entries == [
        {
            "reason": "wrong_addressee",
            "from": "KZ-MVD",
            "channel": entries[0]["channel"],
            "sequence": 1,
            "bundle_id": entries[0]["bundle_id"],
            "label_verified": False,
            "dry_run": False,
        }
    ]
    assert "Секретов" not in repr(logged) and "адресован" not in repr(logged)


def test_unreadable_label_is_audited_with_what_is_known(am: Station, stick: Path) -> None:
    folder = stick / "KZ-MVD_to_AM-MIGRATION_000001.mdbundle"
    folder.mkdir()
    (folder / "label.json").mkdir()  # a folder where the label should be
    (folder / "label.p7s").write_bytes(b"x")
    with am.open() as vault:
        with pytest.raises(BundleRejected) as caught:
            import_bundle(vault, folder)
        assert caught.value.reason is Reason.UNSAFE_PATH
        assert "папка" in str(caught.value)
        assert [e["reason"] for e in refused_entries(vault)] == ["unsafe_path"]
        assert refused_entries(vault)[0]["from"] is None


# --- records: strict ids, schemas, references ---------------------------------------------------


def _refused_record(am: Station, path: Path) -> str:
    """Imports ``path`` expecting ``invalid_record``; the vault is unchanged. The message."""
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
        with pytest.raises(ExchangeRefused) as caught:
            import_bundle(vault, path)
        assert caught.value.reason is ExchangeReason.INVALID_RECORD, str(caught.value)
        assert state(vault) == before and audit_head(vault) == head
        assert [e["reason"] for e in refused_entries(vault)] == ["invalid_record"]
        assert refused_entries(vault)[0]["label_verified"] is True
    message = str(caught.value)
    assert "Внутренняя ошибка" not in message
    return message


@pytest.mark.parametrize(
    "spell",
    [str.upper, lambda u: "{" + u + "}", lambda u: u.replace("-", ""), lambda u: f"urn:uuid:{u}"],
    ids=["upper", "braces", "bare", "urn"],
)
def test_other_spelling_of_a_person_id_is_refused(
    kz: Station, am: Station, stick: Path, spell: Callable[[str], str]
) -> None:
    person_id = str(uuid.uuid4())
    first = person_record(sample_person(), person_id)
    twin = person_record(sample_person(surname_ru="Двойников"), person_id)
    twin["id"] = twin["data"]["id"] = spell(person_id)
    message = _refused_record(am, write_raw(kz, AM, stick, [first, twin]))
    assert "Запись № 2" in message and "UUID" in message


def test_the_same_id_twice_names_both_records(kz: Station, am: Station, stick: Path) -> None:
    person_id = str(uuid.uuid4())
    records = [
        person_record(sample_person(), person_id),
        person_record(sample_person(surname_ru="Двойников"), person_id),
    ]
    message = _refused_record(am, write_raw(kz, AM, stick, records))
    assert "№ 1 и № 2" in message and person_id in message


def test_nul_in_a_surname_is_refused(kz: Station, am: Station, stick: Path) -> None:
    record = person_record(sample_person(surname_ru="Нул\x00ев"))
    message = _refused_record(am, write_raw(kz, AM, stick, [record]))
    assert "surname_ru" in message and "управляющий символ" in message


def _cover(**changes: Any) -> dict[str, Any]:
    cover = {
        "type": "cover",
        "id": str(uuid.uuid4()),
        "article": "8",
        "purpose": "информация без запроса (ст. 8)",
        "text": "Направляем сведения.",
    }
    return {**cover, **changes}


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"id": _nested(900)}, "вложенность"),
        ({"text": "Письмо. " * 625_000}, "длиннее 20000 знаков"),
        ({"purpose": "цель\nс переводом строки"}, "перевод строки"),
        ({"text": "звонок\x07"}, "управляющий символ"),
    ],
    ids=["nested-id", "5M-letter", "newline-in-line", "bell-in-text"],
)
def test_cover_letter_fields_are_checked(
    kz: Station, am: Station, stick: Path, changes: dict[str, Any], words: str
) -> None:
    records = [_cover(**changes), person_record(sample_person())]
    message = _refused_record(am, write_raw(kz, AM, stick, records))
    assert "Запись № 1" in message and words in message


def test_request_naming_a_person_that_exists_nowhere_is_refused(
    kz: Station, am: Station, stick: Path
) -> None:
    ghost = str(uuid.uuid4())
    request = {
        "type": "request",
        "id": str(uuid.uuid4()),
        "kind": "request",
        "from": "KZ-MVD",
        "to": AM,
        "number": "KZ-1/2026",
        "date": date.today().isoformat(),
        "substance": "Просим сообщить сведения (синтетические данные).",
        "purpose": "проверка",
        "persons": [ghost],
    }
    message = _refused_record(am, write_raw(kz, AM, stick, [request]))
    assert ghost in message and "ни в пакете, ни в хранилище" in message


def test_empty_records_list_is_refused(kz: Station, am: Station, stick: Path) -> None:
    message = _refused_record(am, write_raw(kz, AM, stick, []))
    assert "нет ни одной записи" in message


# --- the courier's check on the command line -----------------------------------------------------


@pytest.mark.slow  # several CLI processes
def test_inspect_takes_the_export_cert_file_and_says_when_the_sender_is_unchecked(
    kz: Station, stick: Path, tmp_path: Path
) -> None:
    path = _export(kz, stick, "Курьеров")
    pem = tmp_path / "kz.pem"
    assert kz.cli()("authority", "export-cert", "--out", str(pem)).code == 0
    cli = kz.cli()
    checked = cli("bundle", "inspect", str(path), "--ca", str(pem))
    assert checked.code == 0, checked.stderr
    assert "Итог: пакет цел. Отправитель проверен" in checked.stdout
    as_json = cli("bundle", "inspect", str(path), "--ca", str(pem), "--json").json()
    assert as_json["sender_verified"] is True and as_json["verdict"] == "verified"

    unchecked = cli("bundle", "inspect", str(path))
    assert unchecked.code == 0  # nothing is wrong with the files: the contract stays
    assert "Итог: отправитель НЕ проверен" in unchecked.stdout
    assert "пакет цел" not in unchecked.stdout
    assert cli("bundle", "inspect", str(path), "--json").json()["verdict"] == "sender_unverified"


@pytest.mark.slow  # several CLI processes
def test_inspect_with_only_leaf_certificates_blames_the_ca_file(
    kz: Station, stick: Path, tmp_path: Path
) -> None:
    path = _export(kz, stick, "Листов")
    pem = tmp_path / "kz.pem"
    assert kz.cli()("authority", "export-cert", "--out", str(pem)).code == 0
    leaves = tmp_path / "leaves.pem"
    leaves.write_bytes(b"".join(pem.read_bytes().partition(b"-----END CERTIFICATE-----\n")[2:]))
    result = kz.cli()("bundle", "inspect", str(path), "--ca", str(leaves))
    assert result.code == 1
    assert "--ca" in result.stderr and "leaves.pem" in result.stderr
    assert "не содержит сертификата УЦ" in result.stderr


def test_a_bundle_the_partner_would_refuse_is_not_written(kz: Station, stick: Path) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        head = audit_head(vault)
        with pytest.raises(ExchangeRefused) as caught:
            export_bundle(vault, AM, stick, persons=[person_id], note="Очень длинно. " * 2000)
        assert audit_head(vault) == head
    assert caught.value.reason is ExchangeReason.INVALID_RECORD
    assert "Пакет не выгружен" in str(caught.value) and "длиннее 20000" in str(caught.value)
    assert list(stick.iterdir()) == []
