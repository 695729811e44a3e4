"""Payloads cut into parts (format 2) so that no file outgrows a FAT32 stick.

Real bundles with 4 KiB chunks and parts of two or three chunks, so a small payload spans
several parts; every damage is done to the files on disk, as a stick or a courier would."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from migdesk.bundles import (
    Attachment,
    BundleRejected,
    Limits,
    Reason,
    inspect,
    open_bundle,
    write_bundle,
)
from migdesk.bundles.parts import part_sizes
from migdesk.bundles.stream import TAG_SIZE
from migdesk.errors import InvalidInput
from migdesk.pki import AuthorityKeys, TrustStore
from tests.bundles.bundle_craft import (
    PAYLOAD_HEADER,
    SAMPLE_CHUNK,
    SAMPLE_RECORDS,
    outgoing,
    read_label,
    resign,
    sample_attachments,
    write_label,
)

BLOCK = SAMPLE_CHUNK + TAG_SIZE
# Part 0: the header and two chunks; every later part: two chunks (the header is < a block).
PART = PAYLOAD_HEADER + 2 * BLOCK
BIG = bytes(range(251)) * 120  # ~30 KiB, incompressible enough to span several parts


def _attachments() -> list[Attachment]:
    return [*sample_attachments(), Attachment.from_bytes("scan-0001.bin", BIG)]


@pytest.fixture(scope="module")
def parted_bundle(
    tmp_path_factory: pytest.TempPathFactory,
    kz: AuthorityKeys,
    am: AuthorityKeys,
    trust_at_kz: TrustStore,
) -> Path:
    target = tmp_path_factory.mktemp("parts")
    bundle = outgoing(kz, am, attachments=_attachments())
    result = write_bundle(bundle, target, trust_at_kz, chunk_size=SAMPLE_CHUNK, max_part_bytes=PART)
    assert result.ok, result.message
    assert result.path is not None
    return result.path


@pytest.fixture
def parted(parted_bundle: Path, tmp_path: Path) -> Path:
    copy = tmp_path / parted_bundle.name
    shutil.copytree(parted_bundle, copy)
    return copy


def _parts(folder: Path) -> list[Path]:
    return sorted(folder.glob("payload.*"))


def _reject(folder: Path, am: AuthorityKeys, trust: TrustStore, **kw: object) -> Reason:
    with pytest.raises(BundleRejected) as caught:
        open_bundle(folder, "AM-MIGRATION", am.encryption, trust, **kw)  # type: ignore[arg-type]
    assert str(caught.value)
    return caught.value.reason


def test_round_trip_across_parts(
    parted_bundle: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    names = sorted(p.name for p in parted_bundle.iterdir())
    assert names[:2] == ["label.json", "label.p7s"]
    assert names[2:] == [f"payload.{i:03d}" for i in range(len(names) - 2)]
    assert len(names) - 2 >= 5
    label = read_label(parted_bundle)
    assert label["format"] == "migdesk-bundle/2"
    assert [f["name"] for f in label["files"]] == names[2:]
    sizes = [p.stat().st_size for p in _parts(parted_bundle)]
    assert max(sizes) <= PART
    # Parts are cut between chunks: the header and whole chunks only.
    assert sizes[0] == PAYLOAD_HEADER + 2 * BLOCK
    assert all(size == 2 * BLOCK for size in sizes[1:-1])
    progress: list[tuple[int, int]] = []
    opened = open_bundle(
        parted_bundle,
        "AM-MIGRATION",
        am.encryption,
        trust_at_am,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert opened.records == SAMPLE_RECORDS
    assert opened.attachments == {a.name: a.open().read() for a in _attachments()}
    assert progress[-1] == (sum(sizes), sum(sizes))  # one pass: hashed as decrypted
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    info = inspect(parted_bundle, trust_at_am)
    assert info.intact and info.total_size == sum(sizes)


def test_plan_matches_what_is_written(parted_bundle: Path) -> None:
    sizes = [p.stat().st_size for p in _parts(parted_bundle)]
    body = sum(sizes) - PAYLOAD_HEADER  # every chunk is a full block but the last
    plaintext = body - -(-body // BLOCK) * TAG_SIZE
    assert part_sizes(PAYLOAD_HEADER, plaintext, SAMPLE_CHUNK, PART) == sizes
    # The last chunk is shorter: it can share a part that has no room for a full one.
    assert part_sizes(10, 3 * SAMPLE_CHUNK + 1, SAMPLE_CHUNK, 10 + 3 * BLOCK + 17) == [
        10 + 3 * BLOCK + 17
    ]
    assert part_sizes(10, 0, SAMPLE_CHUNK, 10 + BLOCK) == [10 + TAG_SIZE]


def test_small_payload_stays_format_1(
    tmp_path: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_kz: TrustStore
) -> None:
    """What fits in one part is written exactly as before, for readers that know only v1."""
    result = write_bundle(outgoing(kz, am), tmp_path, trust_at_kz, chunk_size=SAMPLE_CHUNK)
    assert result.ok and result.path is not None
    assert read_label(result.path)["format"] == "migdesk-bundle/1"
    assert (result.path / "payload.bin").is_file()


def test_part_too_small_for_a_chunk_is_refused_before_writing(
    tmp_path: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_kz: TrustStore
) -> None:
    with pytest.raises(InvalidInput):
        write_bundle(
            outgoing(kz, am),
            tmp_path,
            trust_at_kz,
            chunk_size=SAMPLE_CHUNK,
            max_part_bytes=PAYLOAD_HEADER + BLOCK - 1,
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_and_sha256sum_check_every_part(
    parted: Path, kz: AuthorityKeys, tmp_path: Path
) -> None:
    ca = tmp_path / "kz-ca.pem"
    ca.write_bytes(kz.ca.certificate.public_bytes(serialization.Encoding.PEM))
    proc = subprocess.run(
        [
            "openssl", "cms", "-verify", "-binary", "-inform", "DER",
            "-in", "label.p7s", "-content", "label.json",
            "-CAfile", str(ca), "-purpose", "any", "-out", "verified-label.json",
        ],
        cwd=parted, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    pipeline = (
        'grep -o \'"name":"[a-z0-9._-]*","sha256":"[0-9a-f]*"\' verified-label.json'
        ' | sed -E \'s/"name":"([^"]*)","sha256":"([0-9a-f]*)"/\\2  \\1/\''
        " | sha256sum -c -"
    )
    ok = subprocess.run(["sh", "-c", pipeline], cwd=parted, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.count(": OK") == len(_parts(parted))
    data = bytearray((parted / "payload.002").read_bytes())
    data[5] ^= 1
    (parted / "payload.002").write_bytes(bytes(data))
    bad = subprocess.run(["sh", "-c", pipeline], cwd=parted, capture_output=True, text=True)
    assert bad.returncode != 0 and "payload.002: FAILED" in bad.stdout


# --- damage ------------------------------------------------------------------------------------


def test_missing_part(parted: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    (parted / "payload.001").unlink()
    assert _reject(parted, am, trust_at_am) is Reason.MISSING_FILE
    assert Reason.MISSING_FILE in {p.reason for p in inspect(parted).problems}


def test_extra_part(parted: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    last = _parts(parted)[-1]
    shutil.copy(last, parted / f"payload.{len(_parts(parted)):03d}")
    assert _reject(parted, am, trust_at_am) is Reason.EXTRA_FILE


def test_swapped_parts(parted: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    one, two = parted / "payload.001", parted / "payload.002"
    data_one, data_two = one.read_bytes(), two.read_bytes()
    assert len(data_one) == len(data_two)
    one.write_bytes(data_two)
    two.write_bytes(data_one)
    assert _reject(parted, am, trust_at_am) is Reason.HASH_MISMATCH


def test_swapped_parts_relabelled(
    parted: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    """Even a label signed over the swapped files does not help: chunk indices are bound."""
    one, two = parted / "payload.001", parted / "payload.002"
    data_one, data_two = one.read_bytes(), two.read_bytes()
    one.write_bytes(data_two)
    two.write_bytes(data_one)
    resign(parted, kz.signing)
    assert _reject(parted, am, trust_at_am) is Reason.DECRYPTION_FAILED


def test_label_listing_parts_out_of_order(
    parted: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    label = read_label(parted)
    label["files"][1], label["files"][2] = label["files"][2], label["files"][1]
    write_label(parted, label, kz.signing)
    assert _reject(parted, am, trust_at_am) is Reason.MALFORMED_LABEL


def test_label_skipping_a_part_number(
    parted: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    (parted / "payload.001").unlink()
    label = read_label(parted)
    del label["files"][1]
    write_label(parted, label, kz.signing)
    assert _reject(parted, am, trust_at_am) is Reason.MALFORMED_LABEL


def test_truncated_part(parted: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    part = parted / "payload.001"
    part.write_bytes(part.read_bytes()[:-100])
    assert _reject(parted, am, trust_at_am) is Reason.TRUNCATED


def test_middle_part_cut_at_a_chunk_and_relabelled(
    parted: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    part = parted / "payload.001"
    part.write_bytes(part.read_bytes()[:BLOCK])
    resign(parted, kz.signing)
    assert _reject(parted, am, trust_at_am) is Reason.DECRYPTION_FAILED


def test_last_part_dropped_and_relabelled(
    parted: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    """The stream then ends on a chunk sealed as "not last": cut, not merely damaged."""
    last = _parts(parted)[-1]
    last.unlink()
    label = read_label(parted)
    label["files"] = [f for f in label["files"] if f["name"] != last.name]
    write_label(parted, label, kz.signing)
    assert _reject(parted, am, trust_at_am) is Reason.TRUNCATED


def test_part_grown(parted: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    with (parted / "payload.000").open("ab") as handle:
        handle.write(b"x")
    assert _reject(parted, am, trust_at_am) is Reason.OVERSIZE


def test_part_over_the_file_limit(parted: Path, am: AuthorityKeys, trust_at_am: TrustStore) -> None:
    limits = Limits(max_payload_bytes=PART - 1)
    assert _reject(parted, am, trust_at_am, limits=limits) is Reason.OVERSIZE


def test_parts_over_the_bundle_limit(
    parted: Path, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    total = sum(p.stat().st_size for p in _parts(parted))
    limits = Limits(max_bundle_bytes=total - 1)
    assert _reject(parted, am, trust_at_am, limits=limits) is Reason.OVERSIZE


def test_format_1_label_with_parts(
    parted: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    label = read_label(parted)
    label["format"] = "migdesk-bundle/1"
    write_label(parted, label, kz.signing)
    assert _reject(parted, am, trust_at_am) is Reason.MALFORMED_LABEL


def test_format_2_label_with_single_payload_bin(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    label = read_label(bundle)
    label["format"] = "migdesk-bundle/2"
    write_label(bundle, label, kz.signing)
    assert _reject(bundle, am, trust_at_am) is Reason.MALFORMED_LABEL


def test_single_part_format_2_still_opens(
    bundle: Path, kz: AuthorityKeys, am: AuthorityKeys, trust_at_am: TrustStore
) -> None:
    """A v2 label with one part is legal (another writer may always use parts)."""
    (bundle / "payload.bin").rename(bundle / "payload.000")
    label = read_label(bundle)
    label["format"] = "migdesk-bundle/2"
    label["files"][0]["name"] = "payload.000"
    write_label(bundle, label, kz.signing)
    opened = open_bundle(bundle, "AM-MIGRATION", am.encryption, trust_at_am)
    assert opened.records == SAMPLE_RECORDS
    digest = hashlib.sha256((bundle / "payload.000").read_bytes()).hexdigest()
    assert opened.label.files[0].sha256 == digest
