"""Opening a bundle addressed to us: every outer check first, then decryption.

Order: label (well-formed), label signature and the sender's chain, addressing (authority
and encryption certificate), the folder's file list, sizes, SHA-256 of every file; only
then is the content key unwrapped. Decryption re-reads the payload and hashes it again, the
inner manifest signature is checked before any entry is used, and every entry must match
the manifest. Nothing is written to disk: records are returned in memory, attachments go to
the caller's sink (the vault import's stores them in the vault in pieces; by default,
memory with a limit).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from migdesk import safe_files
from migdesk.bundles import layout, parts
from migdesk.bundles.cms import MAX_SIGNATURE_BYTES
from migdesk.bundles.errors import BundleRejected, Reason
from migdesk.bundles.label import (
    LABEL_NAME,
    MAX_LABEL_BYTES,
    SIGNATURE_NAME,
    Label,
)
from migdesk.bundles.manifest import Manifest, ManifestEntry
from migdesk.bundles.payload import AttachmentSink, AttachmentWriter, Limits, read_payload
from migdesk.bundles.signature import verify_signature
from migdesk.messages import _
from migdesk.pki.fingerprints import fingerprint
from migdesk.pki.keys import KeyPair
from migdesk.pki.trust import TrustStore, VerifiedCertificate


class MemorySink:
    """Keeps attachments in memory, up to ``limit`` bytes in total."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.attachments: dict[str, bytes] = {}
        self._used = 0

    def open(self, entry: ManifestEntry) -> AttachmentWriter:
        self._used += entry.size
        if self._used > self.limit:
            raise BundleRejected(
                Reason.TOO_LARGE_IN_MEMORY,
                _("Вложения — не менее {used} МиБ, допускается до {limit} МиБ.").format(
                    used=_mib(self._used), limit=_mib(self.limit)
                ),
            )
        return io.BytesIO()

    def close(self, entry: ManifestEntry, writer: AttachmentWriter) -> None:
        if isinstance(writer, io.BytesIO):
            self.attachments[entry.name] = writer.getvalue()


def _mib(size: int) -> str:
    return f"{size / 1024**2:.1f}".replace(".", ",")


@dataclass(frozen=True)
class OpenedBundle:
    label: Label
    signer: VerifiedCertificate
    manifest: Manifest
    manifest_signer: VerifiedCertificate
    records: list[dict[str, Any]]
    attachments: dict[str, bytes] = field(default_factory=dict)


def read_label(folder: Path) -> tuple[Label, bytes, bytes]:
    """The parsed label, its bytes and its signature bytes (not yet verified)."""
    layout.list_names(folder)
    label_bytes = layout.read_member(folder, LABEL_NAME, MAX_LABEL_BYTES)
    signature = layout.read_member(folder, SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
    return Label.from_bytes(label_bytes), label_bytes, signature


def check_addressee(label: Label, addressee: str, encryption: KeyPair) -> None:
    if label.addressee != addressee:
        raise BundleRejected(
            Reason.WRONG_ADDRESSEE,
            _("Пакет адресован {addressee}, а не {ours}.").format(
                addressee=label.addressee, ours=addressee
            ),
        )
    if label.addressee_cert_sha256 != fingerprint(encryption.certificate):
        raise BundleRejected(
            Reason.WRONG_ADDRESSEE, _("Пакет зашифрован для другого сертификата шифрования.")
        )


def open_bundle(
    folder: Path,
    addressee: str,
    encryption: KeyPair,
    trust: TrustStore,
    *,
    sink: AttachmentSink | None = None,
    limits: Limits | None = None,
    at: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    verified: Callable[[Label], None] | None = None,
) -> OpenedBundle:
    """Verifies and decrypts ``folder``; BundleRejected with a named reason otherwise.

    ``verified(label)`` is called once the label's signature, the addressing and the hash
    of every file are checked, before anything is decrypted: decisions that rest on the
    label (replay, already imported) belong there. It may raise to stop.

    ``progress(done, total)`` is called as bytes are read (twice over the payload: hashing,
    then decryption); it may raise to cancel. With a custom ``sink`` the caller must discard
    what it received if this function raises."""
    limits = limits or Limits()
    label, label_bytes, signature = read_label(folder)
    signer = verify_signature(signature, label_bytes, trust, label.sender, at=at)
    check_addressee(label, addressee, encryption)
    layout.check_names(folder, label)
    for entry in label.files:
        layout.check_size(folder, entry, limits.max_payload_bytes)
    if label.total_size > limits.max_bundle_bytes:
        raise BundleRejected(
            Reason.OVERSIZE, _("Всего {total_size} байт.").format(total_size=label.total_size)
        )
    total = 2 * label.total_size
    base = 0

    def step(done: int, _size: int) -> None:
        if progress is not None:
            progress(base + done, total)

    for entry in label.files:
        layout.check_hash(folder, entry, step)
        base += entry.size
    if verified is not None:
        verified(label)

    memory = MemorySink(limits.max_memory_attachments)
    target: AttachmentSink = memory if sink is None else sink
    try:
        # payload.bin, or payload.000, payload.001… joined in label order (format 2).
        with parts.PartsReader(folder, label.files, step) as source:
            content = read_payload(source, label, encryption, trust, target, limits, at)
            source.finish()
    except OSError as exc:
        raise BundleRejected(Reason.READ_ERROR, f"payload: {safe_files.os_text(exc)}.") from exc
    return OpenedBundle(
        label=label,
        signer=signer,
        manifest=content.manifest,
        manifest_signer=content.manifest_signer,
        records=content.records,
        attachments=memory.attachments,
    )
