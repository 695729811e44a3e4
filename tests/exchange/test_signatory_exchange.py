"""Changes to the signatory list and form blanks (Art. 9.3, 9.4) travel in bundles between two
real vaults: KZ adds a signatory (with certificate and signature sample), a blank, and ends
a signatory's authority; ``--all-pending`` carries the notices, KZ's are marked notified,
AM's registry gets the entries and records the notices as received. Bad records refuse
the whole bundle with no change."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from migdesk.exchange import ExchangeRefused, export_bundle, import_bundle
from migdesk.exchange.export import pending_notices
from migdesk.requests.signatories import FormBlankInput, SignatoryInput, SignatoryService
from migdesk.vault import Vault
from tests.exchange.exchange_world import AM, KZ, Station, audit_head, state, write_raw
from tests.support import files

SAMPLE = b"\x89PNG\r\n\x1a\nsynthetic signature sample"
BLANK = b"%PDF-1.4\n% synthetic form blank\n%%EOF\n"


def _add_signatory(vault: Vault, certificate_pem: str | None = None) -> int:
    return (
        SignatoryService(vault)
        .add(
            SignatoryInput(
                authority=KZ,
                position="Заместитель министра",
                full_name="Подписантова Анна Тестовна",
                valid_from=date(2026, 1, 1),
                certificate_pem=certificate_pem,
                signature_sample=SAMPLE,
                signature_mime="image/png",
            )
        )
        .id
    )


def _signatories(vault: Vault, authority: str) -> list[tuple[object, ...]]:
    return sorted(
        tuple(row)
        for row in vault.raw_execute(
            "SELECT position, full_name, valid_from, valid_until, certificate_pem IS NOT NULL, "
            "signature_mime, hex(signature_sample) FROM signatories "
            f"WHERE authority_code = '{authority}'"
        )
    )


def _notices(vault: Vault) -> list[tuple[object, ...]]:
    return sorted(
        tuple(row)
        for row in vault.raw_execute(
            "SELECT authority_code, change, direction, state FROM signatory_notifications"
        )
    )


def test_signatory_changes_travel_and_are_recorded_on_both_sides(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        cert = vault.raw_execute(
            "SELECT certificate_der FROM exchange_own_keys WHERE role = 'signing'"
        )[0][0]
        pem = (
            x509.load_der_x509_certificate(cert)
            .public_bytes(serialization.Encoding.PEM)
            .decode("ascii")
        )
        signatory = _add_signatory(vault, pem)
        SignatoryService(vault).add_form_blank(
            FormBlankInput(
                KZ, "Бланк запроса (синтетический)", date(2026, 1, 1), "application/pdf", BLANK
            )
        )
        assert pending_notices(vault, AM) == {"signatory_change": 2}
        first = export_bundle(vault, AM, files.stick(tmp_path), all_pending=True)
        assert first.ok, first.message
        assert first.counts == {"signatory_change": 2}
        assert pending_notices(vault, AM) == {}  # notified: not sent twice
        sent = vault.raw_execute(
            "SELECT state, reference FROM signatory_notifications WHERE direction = 'outgoing'"
        )
        assert all(row[0] == "sent" and first.bundle_id in row[1] for row in sent)
        SignatoryService(vault).end(signatory, date(2026, 12, 31))
        second = export_bundle(vault, AM, files.stick(tmp_path, "stick2"), all_pending=True)
        assert second.ok and second.counts.get("signatory_change") == 1

    assert first.path is not None and second.path is not None
    with am.open() as vault:
        preview = import_bundle(vault, first.path, dry_run=True)
        assert preview.preview.signatories == [
            "новый подписант: Подписантова Анна Тестовна, Заместитель министра (KZ-MVD)",
            "образец бланка: Бланк запроса (синтетический) (KZ-MVD)",
        ]
        assert preview.to_json()["signatories"] == preview.preview.signatories
        assert _signatories(vault, KZ) == []  # a preview changes nothing
        assert import_bundle(vault, first.path).status == "imported"
        assert _signatories(vault, KZ) == [
            (
                "Заместитель министра",
                "Подписантова Анна Тестовна",
                "2026-01-01",
                None,
                1,
                "image/png",
                SAMPLE.hex().upper(),
            )
        ]
        blank = vault.raw_execute(
            "SELECT sha256, size FROM form_blanks WHERE authority_code = 'KZ-MVD'"
        )
        assert [tuple(r) for r in blank] == [(hashlib.sha256(BLANK).hexdigest(), len(BLANK))]
        assert _notices(vault) == [
            (KZ, "added", "incoming", "received"),
            (KZ, "blank", "incoming", "received"),
        ]
        assert import_bundle(vault, second.path).status == "imported"
        assert _signatories(vault, KZ)[0][3] == "2026-12-31"  # the end of authority arrived
        views = SignatoryService(vault).list(KZ)
        assert len(views) == 1 and not views[0].valid_on(date(2027, 1, 1))


def test_a_signatory_entered_by_hand_is_not_doubled(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        _add_signatory(vault)
        result = export_bundle(vault, AM, files.stick(tmp_path), all_pending=True)
    assert result.path is not None
    with am.open() as vault:
        _ = SignatoryService(vault).add(
            SignatoryInput(
                authority=KZ,
                position="Заместитель министра",
                full_name="Подписантова Анна Тестовна",
                valid_from=date(2026, 1, 1),
            )
        )  # from the paper list, before the bundle came
        imported = import_bundle(vault, result.path)
        assert imported.status == "imported"
        assert imported.preview.signatories == [
            "новый подписант: Подписантова Анна Тестовна, Заместитель министра (KZ-MVD) — "
            "уже в перечне"
        ]
        assert len(SignatoryService(vault).list(KZ)) == 1


def _record(**overrides: object) -> dict[str, object]:
    record: dict[str, object] = {
        "type": "signatory_change",
        "id": "KZ-MVD:1",
        "change": "added",
        "authority": KZ,
        "signatory": {
            "position": "Заместитель министра",
            "full_name": "Подписантова Анна Тестовна",
            "valid_from": "2026-01-01",
            "valid_until": None,
            "certificate_pem": None,
            "sample": None,
        },
        "blank": None,
    }
    record.update(overrides)
    return record


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"authority": AM}, "KZ-MVD не может изменять перечень органа AM-MIGRATION"),
        ({"authority": "KZ-NOWHERE"}, "не внесён в перечень компетентных органов"),
        ({"change": "promoted"}, "change — added, ended или blank"),
        ({"signatory": None}, "signatory — объект"),
        ({"change": "ended"}, "для окончания полномочий нужна valid_until"),
        ({"extra": 1}, "неизвестные поля extra"),
        (
            {"signatory": {**_record()["signatory"], "certificate_pem": "not a certificate"}},  # type: ignore[dict-item]
            "certificate_pem — сертификат X.509 в PEM",
        ),
        (
            {
                "change": "blank",
                "signatory": None,
                "blank": {
                    "name": "Бланк",
                    "valid_from": "2026-01-01",
                    "valid_until": None,
                    "mime": "application/pdf",
                    "file": "att-missing",
                    "sha256": "0" * 64,
                },
            },
            "файл отсутствует в пакете или изменён",
        ),
    ],
    ids=["other-country", "unknown-authority", "change", "no-signatory", "ended-no-date",
         "extra-field", "bad-certificate", "missing-file"],
)  # fmt: skip
def test_bad_signatory_records_refuse_the_bundle(
    kz: Station, am: Station, tmp_path: Path, overrides: dict[str, object], message: str
) -> None:
    path = write_raw(kz, AM, files.stick(tmp_path), [_record(**overrides)])
    with am.open() as vault:
        before, head = state(vault), audit_head(vault)
        signatories = _signatories(vault, KZ)
        with pytest.raises(ExchangeRefused, match=message):
            import_bundle(vault, path)
        assert state(vault) == before and audit_head(vault) == head
        assert _signatories(vault, KZ) == signatories
