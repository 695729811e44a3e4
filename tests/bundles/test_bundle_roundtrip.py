"""A real bundle from KZ-MVD to AM-MIGRATION and back, checked by MigDesk and by openssl."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from migdesk.bundles import (
    Kind,
    ManifestEntry,
    SignatureStatus,
    inspect,
    open_bundle,
    write_bundle,
)
from migdesk.bundles.payload import AttachmentWriter
from migdesk.pki import AuthorityKeys, TrustStore
from tests.bundles.bundle_craft import SAMPLE_CHUNK, SAMPLE_RECORDS, outgoing, read_label


def test_round_trip_kz_to_am(
    sample_bundle: Path,
    am: AuthorityKeys,
    kz: AuthorityKeys,
    trust_at_am: TrustStore,
    attachments_expected: dict[str, bytes],
) -> None:
    opened = open_bundle(sample_bundle, "AM-MIGRATION", am.encryption, trust_at_am)
    assert opened.records == SAMPLE_RECORDS
    assert opened.attachments == attachments_expected
    assert opened.label.sender == "KZ-MVD" and opened.label.sequence == 42
    assert opened.signer.certificate == kz.signing.certificate
    assert opened.manifest_signer.authority == "KZ-MVD"
    assert [e.name for e in opened.manifest.entries] == [
        "records.json",
        "photo-0001.jpg",
        "card-0001.pdf",
    ]


def test_folder_layout_and_name(sample_bundle: Path) -> None:
    assert sample_bundle.name == "KZ-MVD_to_AM-MIGRATION_000042.mdbundle"
    assert sorted(p.name for p in sample_bundle.iterdir()) == [
        "label.json",
        "label.p7s",
        "payload.bin",
    ]
    label = read_label(sample_bundle)
    assert label["format"] == "migdesk-bundle/1"
    assert label["kind"] == "data"
    # Nothing personal in the clear: the label and payload never show the records.
    for path in sample_bundle.iterdir():
        assert "Тестов".encode() not in path.read_bytes()
        assert b"photo-0001" not in path.read_bytes()


def test_acknowledgement_back_am_to_kz(
    tmp_path: Path,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
    trust_at_am: TrustStore,
) -> None:
    ack = outgoing(
        am,
        kz,
        sequence=7,
        sender="AM-MIGRATION",
        addressee="KZ-MVD",
        signing=am.signing,
        recipient_certificate=kz.encryption.certificate,
        kind=Kind.ACKNOWLEDGEMENT,
        records=[{"type": "acknowledgement", "bundle_id": "x", "sequence": 42}],
        attachments=[],
    )
    result = write_bundle(ack, tmp_path, trust_at_am)
    assert result.ok and result.path is not None
    assert result.path.name == "AM-MIGRATION_to_KZ-MVD_000007.mdbundle"
    opened = open_bundle(result.path, "KZ-MVD", kz.encryption, trust_at_kz)
    assert opened.label.kind is Kind.ACKNOWLEDGEMENT
    assert opened.records[0]["sequence"] == 42
    assert opened.attachments == {}


def test_inspect_without_and_with_trusted_ca(
    sample_bundle: Path, kz: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    courier = inspect(sample_bundle)
    assert courier.intact and courier.signature is SignatureStatus.UNVERIFIED
    assert courier.hashes_ok and courier.name_matches
    assert courier.label is not None and courier.label.addressee == "AM-MIGRATION"
    checked = inspect(sample_bundle, trust_at_am)
    assert checked.intact and checked.signature is SignatureStatus.VALID
    assert checked.total_size == (sample_bundle / "payload.bin").stat().st_size
    info = checked.to_json()
    assert info["sender"] == "KZ-MVD" and info["sequence"] == 42
    assert "records" not in json.dumps(info)


def test_custom_sink_receives_attachments_streamed(
    sample_bundle: Path,
    am: AuthorityKeys,
    trust_at_am: TrustStore,
    attachments_expected: dict[str, bytes],
) -> None:
    received: dict[str, bytes] = {}

    class Sink:
        def open(self, entry: ManifestEntry) -> AttachmentWriter:
            return io.BytesIO()

        def close(self, entry: ManifestEntry, writer: AttachmentWriter) -> None:
            assert isinstance(writer, io.BytesIO)
            received[entry.name] = writer.getvalue()

    progress: list[tuple[int, int]] = []
    opened = open_bundle(
        sample_bundle,
        "AM-MIGRATION",
        am.encryption,
        trust_at_am,
        sink=Sink(),
        progress=lambda done, total: progress.append((done, total)),
    )
    assert opened.attachments == {}
    assert received == attachments_expected
    assert progress[-1][0] == progress[-1][1]


def test_empty_bundle_and_exact_chunk_multiple(
    tmp_path: Path,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
    trust_at_am: TrustStore,
) -> None:
    from migdesk.bundles import Attachment

    exact = Attachment.from_bytes("exact.bin", b"\x00" * (SAMPLE_CHUNK * 3))
    for sequence, records, attachments in ((1, [], []), (2, SAMPLE_RECORDS, [exact])):
        result = write_bundle(
            outgoing(kz, am, sequence, records=records, attachments=attachments),
            tmp_path,
            trust_at_kz,
            chunk_size=SAMPLE_CHUNK,
        )
        assert result.ok and result.path is not None
        opened = open_bundle(result.path, "AM-MIGRATION", am.encryption, trust_at_am)
        assert opened.records == records
        assert opened.attachments == {a.name: a.open().read() for a in attachments}


# --- standard tools, no MigDesk ---------------------------------------------------------------


@pytest.fixture
def ca_pem(tmp_path: Path, kz: AuthorityKeys) -> Path:
    path = tmp_path / "kz-ca.pem"
    path.write_bytes(kz.ca.certificate.public_bytes(serialization.Encoding.PEM))
    return path


def _openssl_verify(folder: Path, ca: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "openssl", "cms", "-verify", "-binary", "-inform", "DER",
            "-in", "label.p7s", "-content", "label.json",
            "-CAfile", str(ca), "-purpose", "any", "-out", "verified-label.json",
        ],
        cwd=folder, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_label_and_sha256sum_checks_files(
    bundle: Path, ca_pem: Path, tmp_path: Path
) -> None:
    work = tmp_path / "courier"
    shutil.copytree(bundle, work)
    proc = _openssl_verify(work, ca_pem)
    assert proc.returncode == 0, proc.stderr
    assert "Verification successful" in proc.stderr
    assert (work / "verified-label.json").read_bytes() == (work / "label.json").read_bytes()
    # The documented courier pipeline with coreutils only (docs/bundle-format.md).
    pipeline = (
        'grep -o \'"name":"[a-z0-9._-]*","sha256":"[0-9a-f]*"\' verified-label.json'
        ' | sed -E \'s/"name":"([^"]*)","sha256":"([0-9a-f]*)"/\\2  \\1/\''
        " | sha256sum -c -"
    )
    proc2 = subprocess.run(
        ["sh", "-c", pipeline], cwd=work, capture_output=True, text=True, timeout=60
    )
    assert proc2.returncode == 0, proc2.stderr
    assert "payload.bin: OK" in proc2.stdout
    if shutil.which("jq"):
        jq = "jq -r '.files[] | \"\\(.sha256)  \\(.name)\"' verified-label.json | sha256sum -c -"
        proc3 = subprocess.run(["sh", "-c", jq], cwd=work, capture_output=True, text=True)
        assert proc3.returncode == 0 and "payload.bin: OK" in proc3.stdout


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_and_sha256sum_catch_tampering(
    bundle: Path, ca_pem: Path, am: AuthorityKeys
) -> None:
    label = bundle / "label.json"
    label.write_bytes(label.read_bytes().replace(b'"sequence":42', b'"sequence":43'))
    assert _openssl_verify(bundle, ca_pem).returncode != 0
    # An honest label with a damaged payload: openssl is happy, sha256sum is not.
    other_ca = bundle.parent / "am-ca.pem"
    other_ca.write_bytes(am.ca.certificate.public_bytes(serialization.Encoding.PEM))
    label.write_bytes(label.read_bytes().replace(b'"sequence":43', b'"sequence":42'))
    assert _openssl_verify(bundle, other_ca).returncode != 0  # wrong CA: unknown signer
    payload = bundle / "payload.bin"
    data = bytearray(payload.read_bytes())
    data[-1] ^= 1
    payload.write_bytes(bytes(data))
    assert _openssl_verify(bundle, ca_pem).returncode == 0
    proc = subprocess.run(
        ["sh", "-c", "jq -r '.files[] | \"\\(.sha256)  \\(.name)\"' label.json | sha256sum -c -"],
        cwd=bundle, capture_output=True, text=True,
    )  # fmt: skip
    if shutil.which("jq"):
        assert proc.returncode != 0


def test_renamed_folder_still_opens_but_inspect_says_so(
    bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    renamed = bundle.rename(bundle.with_name("from-the-courier.mdbundle"))
    info = inspect(renamed, trust_at_am)
    assert info.intact and not info.name_matches
    assert open_bundle(renamed, "AM-MIGRATION", am.encryption, trust_at_am).records


def test_channel_in_folder_name(
    tmp_path: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_kz: TrustStore
) -> None:
    result = write_bundle(outgoing(kz, am, sequence=5, channel="urgent"), tmp_path, trust_at_kz)
    assert result.path is not None
    assert result.path.name == "KZ-MVD_to_AM-MIGRATION_urgent_000005.mdbundle"
    assert inspect(result.path).name_matches


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_rsa_pss_label_of_am(
    tmp_path: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    back = outgoing(
        am, kz, sequence=3, sender="AM-MIGRATION", addressee="KZ-MVD", signing=am.signing,
        recipient_certificate=kz.encryption.certificate,
    )  # fmt: skip
    result = write_bundle(back, tmp_path, trust_at_am)
    assert result.path is not None
    ca = tmp_path / "am-ca.pem"
    ca.write_bytes(am.ca.certificate.public_bytes(serialization.Encoding.PEM))
    proc = _openssl_verify(result.path, ca)
    assert proc.returncode == 0, proc.stderr
