"""Filling and emptying ``payload.bin``: sign the manifest, then encrypt everything.

Writing: records and attachments are hashed first (the manifest must list them before
they are streamed), the manifest is signed by the sender, and the container is encrypted
chunk by chunk straight to the output. Reading: the manifest signature is checked before
any entry is taken, each entry's size and SHA-256 are checked as it streams past, and the
stream must end exactly where the manifest says.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric import rsa

from migdesk.bundles import container, stream
from migdesk.bundles.cms import MAX_SIGNATURE_BYTES, BundleSigner, sign_detached
from migdesk.bundles.content import (
    MAX_RECORDS_BYTES,
    RECORDS_MEDIA_TYPE,
    Attachment,
)
from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.bundles.label import Label
from migdesk.bundles.manifest import (
    MANIFEST_NAME,
    MANIFEST_SIGNATURE_NAME,
    MAX_MANIFEST_BYTES,
    RECORDS_NAME,
    ROLE_ATTACHMENT,
    ROLE_RECORDS,
    Manifest,
    ManifestEntry,
    is_entry_name,
    parse_manifest,
)
from migdesk.bundles.records_stream import RecordHook, RecordsParser
from migdesk.bundles.signature import verify_signature
from migdesk.messages import _
from migdesk.pki.keys import KeyPair
from migdesk.pki.trust import TrustStore, VerifiedCertificate

COPY_BLOCK = 1024 * 1024


class SourceChanged(Exception):
    """An attachment read differently the second time (changed while exporting)."""


def _hash_attachment(item: Attachment) -> str:
    if item.sha256 is not None:
        return item.sha256
    digest = hashlib.sha256()
    size = 0
    with item.open() as handle:
        while block := handle.read(COPY_BLOCK):
            digest.update(block)
            size += len(block)
    if size != item.size:
        raise SourceChanged(item.name)
    return digest.hexdigest()


def build_manifest(label: Label, records: bytes, attachments: Sequence[Attachment]) -> Manifest:
    names = [item.name for item in attachments]
    if len(set(names)) != len(names) or not all(is_entry_name(n) for n in names):
        raise ValueError("attachment names must be unique plain names")
    if RECORDS_NAME in names:
        raise ValueError(f"{RECORDS_NAME} is reserved")
    entries = [
        ManifestEntry(
            RECORDS_NAME,
            ROLE_RECORDS,
            RECORDS_MEDIA_TYPE,
            len(records),
            hashlib.sha256(records).hexdigest(),
        )
    ]
    for item in attachments:
        entries.append(
            ManifestEntry(
                item.name, ROLE_ATTACHMENT, item.media_type, item.size, _hash_attachment(item)
            )
        )
    return Manifest.for_label(label, tuple(entries))


def plaintext_size(manifest: bytes, signature: bytes, entries: Sequence[ManifestEntry]) -> int:
    size = len(container.MAGIC) + len(container.END)
    size += container.entry_overhead(MANIFEST_NAME) + len(manifest)
    size += container.entry_overhead(MANIFEST_SIGNATURE_NAME) + len(signature)
    for entry in entries:
        size += container.entry_overhead(entry.name) + entry.size
    return size


@dataclass(frozen=True)
class PreparedPayload:
    """Everything decided before the first byte is written."""

    manifest: Manifest
    manifest_bytes: bytes
    manifest_signature: bytes
    records: bytes
    attachments: tuple[Attachment, ...]

    @property
    def plaintext_size(self) -> int:
        return plaintext_size(self.manifest_bytes, self.manifest_signature, self.manifest.entries)


def prepare(
    label: Label, records: bytes, attachments: Sequence[Attachment], signer: BundleSigner
) -> PreparedPayload:
    manifest = build_manifest(label, records, attachments)
    manifest_bytes = manifest.to_bytes()
    return PreparedPayload(
        manifest, manifest_bytes, sign_detached(manifest_bytes, signer), records, tuple(attachments)
    )


def write_payload(
    prepared: PreparedPayload,
    out: Callable[[bytes], None],
    recipient: rsa.RSAPublicKey,
    recipient_sha256: bytes,
    chunk_size: int = stream.CHUNK_SIZE,
) -> None:
    encryptor = stream.Encryptor(out, recipient, recipient_sha256, chunk_size)
    encryptor.write(container.MAGIC)
    for name, data in (
        (MANIFEST_NAME, prepared.manifest_bytes),
        (MANIFEST_SIGNATURE_NAME, prepared.manifest_signature),
        (RECORDS_NAME, prepared.records),
    ):
        encryptor.write(container.entry_header(name, len(data)))
        encryptor.write(data)
    for item, entry in zip(prepared.attachments, prepared.manifest.attachments, strict=True):
        encryptor.write(container.entry_header(entry.name, entry.size))
        _copy_checked(item, entry, encryptor.write)
    encryptor.write(container.END)
    encryptor.close()


def _copy_checked(item: Attachment, entry: ManifestEntry, out: Callable[[bytes], None]) -> None:
    """Copies the attachment, refusing if it is not what the signed manifest says."""
    digest = hashlib.sha256()
    size = 0
    with item.open() as handle:
        while size < entry.size and (block := handle.read(min(COPY_BLOCK, entry.size - size))):
            digest.update(block)
            size += len(block)
            out(block)
        if size != entry.size or handle.read(1) or digest.hexdigest() != entry.sha256:
            raise SourceChanged(item.name)


# --- reading ----------------------------------------------------------------------------------


class AttachmentWriter(Protocol):
    # ``data`` is valid during the call only (a view into a decrypted chunk whose buffer
    # is reused for the next one): a writer copies what it keeps.
    def write(self, data: bytes | bytearray | memoryview) -> object: ...


class AttachmentSink(Protocol):
    """Receives attachments as they stream; the caller discards them if reading fails."""

    def open(self, entry: ManifestEntry) -> AttachmentWriter: ...

    def close(self, entry: ManifestEntry, writer: AttachmentWriter) -> None: ...


@dataclass(frozen=True)
class Limits:
    max_payload_bytes: int = 4 * 1024**3 - 1  # per ciphertext file: one FAT32 file
    max_bundle_bytes: int = 64 * 1024**3  # all parts together
    max_records_bytes: int = MAX_RECORDS_BYTES
    max_memory_attachments: int = 512 * 1024 * 1024


@dataclass(frozen=True)
class PayloadContent:
    manifest: Manifest
    manifest_signer: VerifiedCertificate
    records: list[dict[str, object]]


def read_payload(
    source: stream.Readable,
    label: Label,
    encryption: KeyPair,
    trust: TrustStore,
    sink: AttachmentSink,
    limits: Limits,
    at: datetime | None = None,
    *,
    stage_records: bool = False,
    each_record: RecordHook | None = None,
) -> PayloadContent:
    """``stage_records``: ``records.json`` goes to ``sink`` like an attachment (its JSON
    checked on the way, nothing kept) and ``records`` is empty: the caller reads the
    records back from where it stored them, one at a time. ``each_record(record, size)``
    sees each record as it is decrypted (before the file's hash is checked: it must
    decide nothing until ``read_payload`` returned)."""
    header = stream.read_header(source)
    if header.recipient_sha256.hex() != label.addressee_cert_sha256:
        raise BundleRejected(
            Reason.WRONG_ADDRESSEE, _("Ключ содержимого зашифрован другому адресату.")
        )
    if not isinstance(encryption.private_key, rsa.RSAPrivateKey):
        raise ValueError("the encryption key must be RSA")
    key = stream.unwrap_key(header, encryption.private_key)
    reader = container.ContainerReader(stream.decrypt_chunks(source, header, key, reuse=True))

    manifest_bytes = _fixed_entry(reader, MANIFEST_NAME, MAX_MANIFEST_BYTES)
    signature = _fixed_entry(reader, MANIFEST_SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
    signer = verify_signature(
        signature,
        manifest_bytes,
        trust,
        label.sender,
        at=at,
        broken=Reason.MANIFEST_SIGNATURE_BROKEN,
    )
    manifest = parse_manifest(manifest_bytes, label)
    if manifest.entries[0].size > limits.max_records_bytes:
        raise BundleRejected(Reason.OVERSIZE, _("Записи превышают допустимый объём."))

    records: list[dict[str, object]] = []
    for entry in manifest.entries:
        if reader.next_entry() != (entry.name, entry.size):
            raise BundleRejected(
                Reason.MANIFEST_MISMATCH, _("Запись «{name}» не по описи.").format(name=entry.name)
            )
        if entry.role == ROLE_RECORDS:
            records = _stream_records(reader, entry, sink if stage_records else None, each_record)
        else:
            _stream_attachment(reader, entry, sink)
    if reader.next_entry() is not None:
        raise BundleRejected(Reason.MANIFEST_MISMATCH, _("Записи сверх описи."))
    reader.expect_end()
    return PayloadContent(manifest, signer, records)


def _stream_records(
    reader: container.ContainerReader,
    entry: ManifestEntry,
    sink: AttachmentSink | None,
    each_record: RecordHook | None = None,
) -> list[dict[str, object]]:
    """Parsed as decrypted (never the whole text in memory). The digest is checked first,
    as when the text was read whole: a refusal of the JSON counts only for the bytes the
    signed manifest names. With a ``sink`` the bytes are stored there and no record is
    kept."""
    digest = hashlib.sha256()
    parser = RecordsParser(keep=sink is None, each=each_record if sink is not None else None)
    refused: list[BundleRejected] = []
    writer = sink.open(entry) if sink is not None else None

    def both(block: bytes | memoryview) -> None:
        digest.update(block)
        if writer is not None:
            writer.write(block)
        if not refused:
            try:
                parser.feed(block)
            except BundleRejected as exc:
                refused.append(exc)

    reader.copy_data(entry.size, both)
    _check_digest(entry, digest.hexdigest())
    if refused:
        raise refused[0]
    records = list(parser.finish())
    if sink is not None and writer is not None:
        sink.close(entry, writer)
    return records


def _stream_attachment(
    reader: container.ContainerReader, entry: ManifestEntry, sink: AttachmentSink
) -> None:
    digest = hashlib.sha256()
    writer = sink.open(entry)

    def both(block: bytes | memoryview) -> None:
        digest.update(block)
        writer.write(block)

    reader.copy_data(entry.size, both)
    _check_digest(entry, digest.hexdigest())
    sink.close(entry, writer)


def _fixed_entry(reader: container.ContainerReader, name: str, limit: int) -> bytes:
    head = reader.next_entry()
    if head is None or head[0] != name:
        raise BundleRejected(
            Reason.MALFORMED_PAYLOAD, _("Ожидалась запись {name}.").format(name=name)
        )
    if head[1] > limit:
        raise BundleRejected(
            Reason.MALFORMED_PAYLOAD, _("Запись {name} слишком велика.").format(name=name)
        )
    return reader.read_data(head[1])


def _check_digest(entry: ManifestEntry, actual: str) -> None:
    if actual != entry.sha256:
        raise BundleRejected(
            Reason.MANIFEST_MISMATCH,
            _("Контрольная сумма «{name}» не совпадает с описью.").format(name=entry.name),
        )
