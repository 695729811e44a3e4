"""Opening a bundle addressed to us: every outer check first, then one decrypting pass.

Order: label (well-formed), label signature and the sender's chain, addressing (authority
and encryption certificate), the folder's file list and sizes; then the payload is read
once, each file hashed as it is decrypted and checked against the label at its end, the
inner manifest signature checked before any entry is used, and every entry must match the
manifest. Nothing is decided (``verified``, the result) before every file's hash matched.
Nothing is written to disk: records are returned in memory, attachments go to the caller's
sink (the vault import's stores them in the vault in pieces; by default, memory with a
limit).
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
from migdesk.bundles.records_stream import RecordHook
from migdesk.bundles.signature import verify_signature
from migdesk.messages import _, ngettext
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
    # True when ``records.json`` went to the caller's sink (``records`` is then empty).
    records_staged: bool = False


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
    hash_first: bool = False,
    stage_records: bool = False,
    each_record: RecordHook | None = None,
) -> OpenedBundle:
    """Verifies and decrypts ``folder``; BundleRejected with a named reason otherwise.

    The payload is read once: each file is hashed as it is decrypted, and checked against
    the signed label when the reader reaches its end (issue #17: one pass instead of a
    hash pass and a decrypting pass). Nothing is decided before every file matched:
    ``verified(label)`` is called only then — decisions that rest on the label (replay,
    already imported) belong there; it may raise to stop — and this function returns only
    after it. What the sink received before a mismatch is the caller's to discard, as for
    any refusal; each attachment reaches ``sink.close`` only after its SHA-256 matched the
    signed manifest. If decryption fails, the rest of the payload is still hashed, so a
    damaged file is named as such (``hash_mismatch``) whatever part of it broke first.

    ``hash_first``: every file is hashed and ``verified`` called before anything is
    decrypted (two reads) — for a bundle that is probably known already, so that a copy of
    it is recognised without being decrypted.

    ``progress(done, total)`` is called as bytes are read; it may raise to cancel. With a
    custom ``sink`` the caller must discard what it received if this function raises.

    ``stage_records``: ``records.json`` goes to ``sink`` too, under its name, checked as
    JSON on the way but not kept (a bundle's records may be 256 MiB); ``each_record(record,
    size)`` sees each of them as it is decrypted, unverified yet (see ``read_payload``)."""
    limits = limits or Limits()
    label, label_bytes, signature = read_label(folder)
    signer = verify_signature(signature, label_bytes, trust, label.sender, at=at)
    check_addressee(label, addressee, encryption)
    layout.check_names(folder, label)
    for entry in label.files:
        layout.check_size(folder, entry, limits.max_payload_bytes)
    if label.total_size > limits.max_bundle_bytes:
        raise BundleRejected(
            Reason.OVERSIZE,
            ngettext(
                "Всего {total_size} байт.",
                "Всего {total_size} байт.",
                label.total_size,
                few="Всего {total_size} байта.",
            ).format(total_size=label.total_size),
        )
    total = (2 if hash_first else 1) * label.total_size
    base = 0

    def step(done: int, _size: int) -> None:
        if progress is not None:
            progress(base + done, total)

    def decide() -> None:
        if verified is not None:
            verified(label)

    if hash_first:
        for entry in label.files:
            layout.check_hash(folder, entry, step)
            base += entry.size
        decide()

    memory = MemorySink(limits.max_memory_attachments)
    target: AttachmentSink = memory if sink is None else sink
    try:
        # payload.bin, or payload.000, payload.001… joined in label order (format 2).
        with parts.PartsReader(folder, label.files, step, reread=hash_first) as source:
            try:
                content = read_payload(
                    source,
                    label,
                    encryption,
                    trust,
                    target,
                    limits,
                    at,
                    stage_records=stage_records and sink is not None,
                    each_record=each_record,
                )
                source.finish()
            except BundleRejected:
                if not hash_first:
                    source.drain()  # a file that does not match its hash is the reason
                    decide()  # as if hashed first: a known bundle is reported as known
                raise
        if not hash_first:
            decide()
    except OSError as exc:
        raise BundleRejected(Reason.READ_ERROR, f"payload: {safe_files.os_text(exc)}.") from exc
    return OpenedBundle(
        label=label,
        signer=signer,
        manifest=content.manifest,
        manifest_signer=content.manifest_signer,
        records=content.records,
        attachments=memory.attachments,
        records_staged=stage_records and sink is not None,
    )
