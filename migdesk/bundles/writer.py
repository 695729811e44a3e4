"""Writing a bundle to a stick so that it is either complete and verified, or absent.

Everything goes into a hidden temporary folder next to the target (``.<name>.migdesk-<pid>.
<random>.partial``), each file and the folder are fsynced, the kernel's cached copy is dropped and
the files are read back and verified (hashes, label signature), and only then is the folder
renamed to its ``.mdbundle`` name. Any failure removes the temporary folder if it still can;
what cannot be removed (a pulled stick) never carries a bundle's name, and a killed
export's folder is removed by the next export to the same folder (``leftovers``).
"""

from __future__ import annotations

import errno
import hashlib
import shutil
import tempfile
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from migdesk import leftovers
from migdesk.atomic import fsync_dir
from migdesk.bundles import layout, media, parts, stream
from migdesk.bundles.cms import MAX_SIGNATURE_BYTES, BundleSigner, sign_detached
from migdesk.bundles.content import Attachment, encode_records
from migdesk.bundles.errors import BundleRejected
from migdesk.bundles.label import (
    DEFAULT_CHANNEL,
    LABEL_NAME,
    MAX_LABEL_BYTES,
    SIGNATURE_NAME,
    Kind,
    Label,
    utc_timestamp,
)
from migdesk.bundles.media import EXPORT_MESSAGES, ExportStatus
from migdesk.bundles.payload import PreparedPayload, SourceChanged, prepare, write_payload
from migdesk.bundles.signature import parse_signature
from migdesk.errors import InvalidInput
from migdesk.messages import _, ngettext
from migdesk.pki.fingerprints import fingerprint
from migdesk.pki.names import authority_code, check_authority_code
from migdesk.pki.trust import TrustStore, Usage
from migdesk.progress import Cancelled  # raised by a progress callback to stop the export

# Room for the label, its signature and file-system overhead beyond the payload itself.
SPACE_MARGIN = 1024 * 1024
LEFTOVERS = ".*.mdbundle.migdesk-*.partial"  # our temporary folders (``leftovers``)


@dataclass(frozen=True)
class OutgoingBundle:
    """What to send, to whom, under which sequence number."""

    sender: str
    addressee: str
    sequence: int
    signing: BundleSigner
    recipient_certificate: x509.Certificate
    records: Sequence[Mapping[str, Any]]
    attachments: Sequence[Attachment] = ()
    kind: Kind = Kind.DATA
    channel: str = DEFAULT_CHANNEL
    bundle_id: str | None = None
    created: datetime | None = None


@dataclass(frozen=True)
class ExportResult:
    status: ExportStatus
    message: str
    path: Path | None = None
    label: Label | None = None
    label_sha256: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is ExportStatus.OK


def _failed(status: ExportStatus, detail: str | None = None) -> ExportResult:
    message = EXPORT_MESSAGES[status]
    return ExportResult(status, f"{message} ({detail})" if detail else message)


def _failed_on_medium(exc: OSError) -> ExportResult:
    """The errno decides the status and its message; the OS's own text (English, whatever
    the interface language) is not shown. Only an unrecognised error keeps its errno name,
    so support can tell one from another."""
    status = media.status_for(exc)
    code = errno.errorcode.get(exc.errno or 0) if status is ExportStatus.WRITE_ERROR else None
    return _failed(status, code)


def _no_space(needed: int, free: int) -> ExportResult:
    message = _(
        "На носителе не хватает места: нужно {needed} МБ, свободно {free} МБ. Пакет не записан."
    ).format(needed=media.megabytes(needed, up=True), free=media.megabytes(free))
    return ExportResult(ExportStatus.NO_SPACE, message)


def draft_label(bundle: OutgoingBundle) -> Label:
    check_authority_code(bundle.sender)
    check_authority_code(bundle.addressee)
    return Label(
        bundle_id=bundle.bundle_id or str(uuid.uuid4()),
        sender=bundle.sender,
        addressee=bundle.addressee,
        channel=bundle.channel,
        sequence=bundle.sequence,
        created=utc_timestamp(bundle.created),
        kind=bundle.kind,
        addressee_cert_sha256=fingerprint(bundle.recipient_certificate),
        files=(),
    )


def _check_keys(bundle: OutgoingBundle, trust: TrustStore) -> rsa.RSAPublicKey:
    """Refuses to encrypt to a certificate the partner's CA did not issue for encryption."""
    trust.verify(bundle.recipient_certificate, [], bundle.addressee, Usage.ENCRYPTION)
    own = authority_code(bundle.signing.certificate)
    if own is not None and own != bundle.sender:
        raise InvalidInput(
            _("Сертификат подписи принадлежит органу {own}, а не {sender}.").format(
                own=own, sender=bundle.sender
            )
        )
    key = bundle.recipient_certificate.public_key()
    if not isinstance(key, rsa.RSAPublicKey):  # trust.verify(ENCRYPTION) already refuses it
        raise InvalidInput(_("Сертификат шифрования получателя должен содержать ключ RSA."))
    return key


def write_bundle(
    bundle: OutgoingBundle,
    target_dir: Path,
    trust: TrustStore,
    *,
    chunk_size: int = stream.CHUNK_SIZE,
    max_part_bytes: int = parts.PART_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Writes ``bundle`` into ``target_dir``; the status says how it ended.

    No ciphertext file exceeds ``max_part_bytes``: a larger payload is cut into parts
    ``payload.000``, ``payload.001``… (format 2); one that fits is ``payload.bin`` (format 1).
    Configuration mistakes (unknown addressee certificate, wrong signing key, a part size
    that cannot hold a chunk) raise MigDeskError before anything is written; everything that
    can go wrong with the medium or the sources is a status, never an exception."""
    recipient_key = _check_keys(bundle, trust)
    if not stream.MIN_CHUNK_SIZE <= chunk_size <= stream.MAX_CHUNK_SIZE:
        raise InvalidInput(_("Недопустимый размер блока шифрования."))
    draft = draft_label(bundle)
    records = encode_records(bundle.records)
    if not target_dir.is_dir():
        return _failed(ExportStatus.TARGET_MISSING, str(target_dir))
    final = target_dir / draft.dir_name
    if final.exists():
        return _failed(ExportStatus.TARGET_EXISTS, final.name)
    try:
        prepared = prepare(draft, records, bundle.attachments, bundle.signing)
    except (SourceChanged, OSError) as exc:
        return _failed(ExportStatus.SOURCE_CHANGED, str(exc))
    header_size = stream.header_size((recipient_key.key_size + 7) // 8)
    needed = stream.ciphertext_size(prepared.plaintext_size, header_size, chunk_size)
    try:
        plan = parts.part_sizes(header_size, prepared.plaintext_size, chunk_size, max_part_bytes)
        names = parts.file_names(len(plan))
    except ValueError as exc:
        raise InvalidInput(
            ngettext(
                "Размер части пакета {size} байт не подходит: {exc}.",
                "Размер части пакета {size} байт не подходит: {exc}.",
                max_part_bytes,
                few="Размер части пакета {size} байта не подходит: {exc}.",
            ).format(size=max_part_bytes, exc=exc)
        ) from exc
    try:
        free = shutil.disk_usage(target_dir).free
        if free < needed + SPACE_MARGIN:
            return _no_space(needed + SPACE_MARGIN, free)
        leftovers.sweep(target_dir, LEFTOVERS)  # a killed export's, encrypted but taking room
        temp = Path(
            tempfile.mkdtemp(
                prefix=f".{final.name}.{leftovers.owner_tag()}", suffix=".partial", dir=target_dir
            )
        )
    except OSError as exc:
        return _failed_on_medium(exc)
    try:
        label = _write_files(
            temp, draft, prepared, bundle, recipient_key, chunk_size, progress, names,
            max_part_bytes,
        )  # fmt: skip
        _verify_written(temp, label, bundle.signing)
        if final.exists():
            media.remove_tree(temp)
            return _failed(ExportStatus.TARGET_EXISTS, final.name)
        temp.rename(final)
        fsync_dir(target_dir)
    except Cancelled:
        media.remove_tree(temp)
        return _failed(ExportStatus.CANCELLED)
    except SourceChanged as exc:
        media.remove_tree(temp)
        return _failed(ExportStatus.SOURCE_CHANGED, str(exc))
    except _VerifyFailed as exc:
        media.remove_tree(temp)
        return _failed(ExportStatus.VERIFY_FAILED, str(exc))
    except OSError as exc:
        media.remove_tree(temp)
        return _failed_on_medium(exc)
    except BaseException:  # Ctrl-C (KeyboardInterrupt) and the like: no half bundle stays
        if not temp.exists() and final.exists():
            # Renamed, but the export never learnt it: its sequence is not recorded, so
            # the bundle must not stay (the next one would carry the same number).
            media.remove_tree(final)
        media.remove_tree(temp)
        raise
    label_sha256 = hashlib.sha256(label.to_bytes()).hexdigest()
    return ExportResult(
        ExportStatus.OK, EXPORT_MESSAGES[ExportStatus.OK], final, label, label_sha256
    )


def _write_files(
    temp: Path,
    draft: Label,
    prepared: PreparedPayload,
    bundle: OutgoingBundle,
    recipient_key: rsa.RSAPublicKey,
    chunk_size: int,
    progress: Callable[[int, int], None] | None,
    names: list[str],
    max_part_bytes: int,
) -> Label:
    size = 0
    total = prepared.plaintext_size
    writer = parts.PartWriter(temp, names, max_part_bytes)
    try:

        def out(data: bytes) -> None:
            nonlocal size
            writer.write(data)
            size += len(data)
            if progress is not None:
                progress(min(size, total), total)

        write_payload(
            prepared,
            out,
            recipient_key,
            bytes.fromhex(draft.addressee_cert_sha256),
            chunk_size,
        )
        files = writer.close()
    except BaseException:
        writer.abort()
        raise
    label = replace(draft, files=tuple(files))
    label_bytes = label.to_bytes()
    for name, data in (
        (LABEL_NAME, label_bytes),
        (SIGNATURE_NAME, sign_detached(label_bytes, bundle.signing)),
    ):
        fd = media.create_file(temp / name)
        try:
            media.write_all(fd, data)
        finally:
            media.sync_and_close(fd)
    fsync_dir(temp)
    return label


class _VerifyFailed(Exception):
    pass


def _verify_written(temp: Path, label: Label, signing: BundleSigner) -> None:
    """Reads the files back from the medium (not from the page cache where possible)."""
    for name in (LABEL_NAME, SIGNATURE_NAME, *(entry.name for entry in label.files)):
        media.forget_cached(temp / name)
    try:
        label_bytes = layout.read_member(temp, LABEL_NAME, MAX_LABEL_BYTES)
        signature = layout.read_member(temp, SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
        if label_bytes != label.to_bytes():
            raise _VerifyFailed(LABEL_NAME)
        signer = parse_signature(signature, label_bytes)
        if signer.certificate != signing.certificate:
            raise _VerifyFailed(SIGNATURE_NAME)
        layout.check_names(temp, label)
        for entry in label.files:
            layout.check_size(temp, entry, limit=2**63)
            layout.check_hash(temp, entry)
    except BundleRejected as exc:
        cause = exc.__cause__
        if isinstance(cause, OSError):
            raise cause from None
        raise _VerifyFailed(str(exc)) from exc
