"""Every way a bundle is refused, each on a real bundle damaged or crafted for the purpose."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from migdesk.bundles import (
    BundleRejected,
    Limits,
    Reason,
    SignatureStatus,
    inspect,
    open_bundle,
    write_bundle,
)
from migdesk.bundles import payload as payload_module
from migdesk.bundles import writer as writer_module
from migdesk.bundles.cms import sign_detached
from migdesk.pki import (
    AuthorityKeys,
    TrustStore,
    create_authority,
    issue_crl,
)
from tests.bundles.bundle_craft import (
    SAMPLE_CHUNK,
    chunks,
    outgoing,
    read_label,
    resign,
    write_label,
)


def _reject(folder: Path, am: AuthorityKeys, trust: TrustStore, **kw: object) -> BundleRejected:
    with pytest.raises(BundleRejected) as caught:
        open_bundle(folder, "AM-MIGRATION", am.encryption, trust, **kw)  # type: ignore[arg-type]
    assert str(caught.value)  # a Russian sentence, never empty
    return caught.value


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


# --- addressing and signer ---------------------------------------------------------------------


def test_wrong_addressee_authority(bundle: Path, kz: AuthorityKeys, am: AuthorityKeys) -> None:
    trust = TrustStore.from_certificates([kz.ca.certificate, am.ca.certificate])
    with pytest.raises(BundleRejected) as caught:
        open_bundle(bundle, "KZ-MVD", kz.encryption, trust)
    assert caught.value.reason is Reason.WRONG_ADDRESSEE


def test_wrong_addressee_certificate(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    from migdesk.pki import issue_encryption_certificate

    renewed = issue_encryption_certificate(am.ca)
    with pytest.raises(BundleRejected) as caught:
        open_bundle(bundle, "AM-MIGRATION", renewed, trust_at_am)
    assert caught.value.reason is Reason.WRONG_ADDRESSEE


def test_header_addressed_elsewhere_than_label(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    payload = bundle / "payload.bin"
    _flip(payload, 8 + 4 + 5)  # inside the recipient fingerprint of the header
    resign(bundle, kz.signing)
    assert _reject(bundle, am, trust_at_am).reason is Reason.WRONG_ADDRESSEE


def test_unknown_signer(bundle: Path, am: AuthorityKeys) -> None:
    impostor = create_authority("KZ-MVD")  # same name, another CA
    trusted_other = TrustStore.from_certificates([impostor.ca.certificate])
    assert _reject(bundle, am, trusted_other).reason is Reason.UNKNOWN_SIGNER
    assert _reject(bundle, am, TrustStore()).reason is Reason.UNKNOWN_SIGNER
    assert inspect(bundle, trusted_other).signature is SignatureStatus.UNKNOWN_SIGNER


def test_impostor_signing_as_kz(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    impostor = create_authority("KZ-MVD")
    resign(bundle, impostor.signing)
    assert _reject(bundle, am, trust_at_am).reason is Reason.UNKNOWN_SIGNER
    # Self-consistent, so a courier without the CA file sees "unverified", never "valid".
    assert inspect(bundle).signature is SignatureStatus.UNVERIFIED


def test_partner_signing_in_the_name_of_another(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys
) -> None:
    third = create_authority("AM-POLICE")
    resign(bundle, third.signing)
    trust = TrustStore.from_certificates([kz.ca.certificate, third.ca.certificate])
    assert _reject(bundle, am, trust).reason is Reason.SIGNER_MISMATCH


def test_expired_signer(tmp_path: Path, am: AuthorityKeys, trust_at_kz: TrustStore) -> None:
    old = create_authority("KZ-MVD", now=datetime.now(UTC) - timedelta(days=4 * 365))
    result = write_bundle(outgoing(old, am, signing=old.signing), tmp_path, trust_at_kz)
    assert result.ok and result.path is not None
    trust = TrustStore.from_certificates([old.ca.certificate])
    assert _reject(result.path, am, trust).reason is Reason.SIGNER_EXPIRED
    assert inspect(result.path, trust).signature is SignatureStatus.EXPIRED


def test_revoked_signer(bundle: Path, kz: AuthorityKeys, am: AuthorityKeys) -> None:
    crl = issue_crl(kz.ca, [kz.signing.certificate.serial_number])
    trust = TrustStore.from_certificates([kz.ca.certificate], [crl])
    assert _reject(bundle, am, trust).reason is Reason.SIGNER_REVOKED
    # A CRL not signed by the issuing CA is ignored, not believed.
    forged = issue_crl(create_authority("KZ-MVD").ca, [kz.signing.certificate.serial_number])
    trust = TrustStore.from_certificates([kz.ca.certificate], [forged])
    open_bundle(bundle, "AM-MIGRATION", am.encryption, trust)


# --- the label and its signature -----------------------------------------------------------------


def test_broken_label_signature(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    signature = bundle / "label.p7s"
    _flip(signature, len(signature.read_bytes()) - 3)  # inside the signature value
    assert _reject(bundle, am, trust_at_am).reason is Reason.SIGNATURE_BROKEN
    assert inspect(bundle).signature is SignatureStatus.BROKEN


def test_label_altered_after_signing(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    label = bundle / "label.json"
    label.write_bytes(label.read_bytes().replace(b'"sequence":42', b'"sequence":41'))
    assert _reject(bundle, am, trust_at_am).reason is Reason.SIGNATURE_BROKEN


def test_signature_is_garbage(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    (bundle / "label.p7s").write_bytes(b"0\x82\x01\x00not DER at all")
    assert _reject(bundle, am, trust_at_am).reason is Reason.SIGNATURE_BROKEN


def test_malformed_label_json(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    (bundle / "label.json").write_bytes(b'{"format": "migdesk-bundle/1", ')
    assert _reject(bundle, am, trust_at_am).reason is Reason.MALFORMED_LABEL
    info = inspect(bundle)
    assert not info.intact and info.problems[0].reason is Reason.MALFORMED_LABEL


def test_signed_but_not_canonical_label(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    write_label(bundle, read_label(bundle), kz.signing, canonical_form=False)
    assert _reject(bundle, am, trust_at_am).reason is Reason.MALFORMED_LABEL


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sequence", 0),
        ("sequence", "42"),
        ("bundle_id", "not-a-uuid"),
        ("kind", "everything"),
        ("sender", "kz-mvd"),
        ("created", "yesterday"),
        ("created", "2026-13-45T25:61:00Z"),
        ("addressee", "KZ-MVD"),
    ],
)
def test_signed_label_with_bad_field(
    bundle: Path,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_am: TrustStore,
    field: str,
    value: object,
) -> None:
    label = read_label(bundle)
    label[field] = value
    write_label(bundle, label, kz.signing)
    assert _reject(bundle, am, trust_at_am).reason is Reason.MALFORMED_LABEL


def test_newer_format_version(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    label = read_label(bundle)
    label["format"] = "migdesk-bundle/3"
    write_label(bundle, label, kz.signing)
    assert _reject(bundle, am, trust_at_am).reason is Reason.UNSUPPORTED_FORMAT


@pytest.mark.parametrize(
    "name", ["../payload.bin", "/etc/passwd", "sub/payload.bin", "..", ".hidden", "LABEL.JSON"]
)
def test_path_escape_in_label(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore, name: str
) -> None:
    label = read_label(bundle)
    label["files"][0]["name"] = name
    write_label(bundle, label, kz.signing)
    assert _reject(bundle, am, trust_at_am).reason is Reason.UNSAFE_PATH
    assert inspect(bundle).problems[0].reason is Reason.UNSAFE_PATH


def test_payload_symlink_leaving_the_folder(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.bin"
    shutil.move(bundle / "payload.bin", outside)
    os.symlink(outside, bundle / "payload.bin")
    assert _reject(bundle, am, trust_at_am).reason is Reason.UNSAFE_PATH


# --- files in the folder -------------------------------------------------------------------------


def test_altered_payload(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    _flip(bundle / "payload.bin", 1000)
    assert _reject(bundle, am, trust_at_am).reason is Reason.HASH_MISMATCH
    info = inspect(bundle)
    assert not info.hashes_ok and not info.intact
    assert info.signature is SignatureStatus.UNVERIFIED  # the label itself is fine


@pytest.mark.parametrize("name", ["payload.bin", "label.p7s", "label.json"])
def test_missing_file(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore, name: str) -> None:
    (bundle / name).unlink()
    assert _reject(bundle, am, trust_at_am).reason is Reason.MISSING_FILE


@pytest.mark.parametrize("name", ["notes.txt", ".DS_Store", "payload.bin.bak"])
def test_extra_file(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore, name: str) -> None:
    (bundle / name).write_bytes(b"extra")
    assert _reject(bundle, am, trust_at_am).reason is Reason.EXTRA_FILE
    assert Reason.EXTRA_FILE in {p.reason for p in inspect(bundle).problems}


def test_extra_directory(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    (bundle / "attachments").mkdir()
    assert _reject(bundle, am, trust_at_am).reason is Reason.EXTRA_FILE


def test_not_a_folder(tmp_path: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    assert _reject(tmp_path / "nothing", am, trust_at_am).reason is Reason.NOT_A_BUNDLE
    assert inspect(tmp_path / "nothing").problems[0].reason is Reason.NOT_A_BUNDLE


def test_not_a_folder_says_what_was_picked(
    tmp_path: Path, bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    """A path that is not there (stick not inserted) and a file picked inside a bundle are
    each said plainly; both stay ``not_a_bundle``."""
    missing = _reject(tmp_path / "nothing", am, trust_at_am)
    assert "такого пути нет" in str(missing) and "носитель" in str(missing)
    inside = _reject(bundle / "label.json", am, trust_at_am)
    assert inside.reason is Reason.NOT_A_BUNDLE
    assert f"укажите саму папку «{bundle}»" in str(inside)


def test_truncated_payload(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    payload = bundle / "payload.bin"
    payload.write_bytes(payload.read_bytes()[:-100])
    assert _reject(bundle, am, trust_at_am).reason is Reason.TRUNCATED


def test_truncated_at_chunk_boundary_and_relabelled(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    """Even the sender cannot cut the stream unnoticed: the new last chunk lacks the flag."""
    payload = bundle / "payload.bin"
    header, parts = chunks(payload.read_bytes())
    assert len(parts) >= 4
    payload.write_bytes(header + b"".join(parts[:-1]))
    resign(bundle, kz.signing)
    assert _reject(bundle, am, trust_at_am).reason is Reason.TRUNCATED


def test_chunks_reordered(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    payload = bundle / "payload.bin"
    header, parts = chunks(payload.read_bytes())
    parts[1], parts[2] = parts[2], parts[1]
    payload.write_bytes(header + b"".join(parts))
    resign(bundle, kz.signing)
    rejected = _reject(bundle, am, trust_at_am)
    assert rejected.reason is Reason.DECRYPTION_FAILED
    assert "1" in str(rejected)


def test_chunk_appended_after_last(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    payload = bundle / "payload.bin"
    header, parts = chunks(payload.read_bytes())
    payload.write_bytes(header + b"".join([*parts, parts[0]]))
    resign(bundle, kz.signing)
    # The short last chunk now runs into the appended bytes, so its block no longer
    # authenticates at all; after a full last chunk the same trick reads as "appended".
    assert _reject(bundle, am, trust_at_am).reason in (Reason.DECRYPTION_FAILED, Reason.OVERSIZE)


def test_oversized_payload(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    with (bundle / "payload.bin").open("ab") as handle:
        handle.write(b"\0" * 10)
    assert _reject(bundle, am, trust_at_am).reason is Reason.OVERSIZE


def test_payload_over_the_limit(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    limits = Limits(max_payload_bytes=10_000)
    assert _reject(bundle, am, trust_at_am, limits=limits).reason is Reason.OVERSIZE


def test_label_declares_enormous_payload(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    label = read_label(bundle)
    label["files"][0]["size"] = 2**52
    write_label(bundle, label, kz.signing)
    assert _reject(bundle, am, trust_at_am).reason is Reason.OVERSIZE


def test_attachments_too_big_for_memory(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    limits = Limits(max_memory_attachments=1000)
    assert _reject(bundle, am, trust_at_am, limits=limits).reason is Reason.TOO_LARGE_IN_MEMORY


# --- the inner layer (sign, then encrypt) ------------------------------------------------------


def test_payload_moved_under_another_label(
    tmp_path: Path,
    bundle: Path,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
    trust_at_am: TrustStore,
) -> None:
    """An old payload of the same sender under a new signed label: the manifest says no."""
    other = write_bundle(outgoing(kz, am, sequence=43), tmp_path, trust_at_kz)
    assert other.path is not None
    shutil.copy(other.path / "payload.bin", bundle / "payload.bin")
    resign(bundle, kz.signing)
    assert _reject(bundle, am, trust_at_am).reason is Reason.MANIFEST_MISMATCH


def test_manifest_signature_broken(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
    trust_at_am: TrustStore,
) -> None:
    real = sign_detached
    monkeypatch.setattr(
        payload_module, "sign_detached", lambda content, signer: real(content + b" ", signer)
    )
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz)
    assert result.path is not None
    monkeypatch.undo()
    assert inspect(result.path, trust_at_am).intact  # the outer layer is fine
    assert _reject(result.path, am, trust_at_am).reason is Reason.MANIFEST_SIGNATURE_BROKEN


def test_manifest_signed_by_someone_else(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
    trust_at_am: TrustStore,
) -> None:
    impostor = create_authority("KZ-MVD")
    real = sign_detached
    monkeypatch.setattr(
        payload_module, "sign_detached", lambda content, signer: real(content, impostor.signing)
    )
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz)
    assert result.path is not None
    monkeypatch.undo()
    assert _reject(result.path, am, trust_at_am).reason is Reason.UNKNOWN_SIGNER


@pytest.mark.parametrize(
    "records", [b"{not json", b'{"records": {}}', b'{"records": [1]}', b'{"records":[],"x":1}']
)
def test_malformed_records(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
    trust_at_am: TrustStore,
    records: bytes,
) -> None:
    monkeypatch.setattr(writer_module, "encode_records", lambda _records: records)
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz)
    assert result.path is not None
    assert _reject(result.path, am, trust_at_am).reason is Reason.MALFORMED_RECORDS


def test_records_over_the_limit(bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    limits = Limits(max_records_bytes=10)
    assert _reject(bundle, am, trust_at_am, limits=limits).reason is Reason.OVERSIZE


def test_sample_bundle_is_still_fine(
    sample_bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    """The damage above was done to copies."""
    assert open_bundle(sample_bundle, "AM-MIGRATION", am.encryption, trust_at_am).records
    assert json.loads((sample_bundle / "label.json").read_bytes())["sequence"] == 42
    assert SAMPLE_CHUNK == 4096
