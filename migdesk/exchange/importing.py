"""Importing a bundle into the vault: all or nothing, once and only once.

1. ``open_bundle`` verifies the label's signature, the addressing and every file's hash
   (in the same pass that decrypts; a label logged before is hashed first, so that a bundle
   already imported — same id, same label bytes — is reported as such with nothing
   decrypted); only then is anything decided. It checks the inner manifest, naming the
   reason when it refuses. Every refusal is an audit entry (``refusals``).
   ``records.json`` is staged in the vault as it is decrypted, like the attachments
   (``import_records``): the records are read back one at a time, never held together.
3. In ONE vault transaction: the sequence number is checked (used with other content: a
   replay, refused; a gap: accepted and flagged), every record is checked, then planned by
   the importer registered for its type and written, phase after phase in batches; any
   invalid record, a dangling reference or a conflict with local records the caller did
   not resolve (known after the last record) rolls the whole transaction back. Then the
   import is logged and audited. A dry run plans in a read-only session and returns the
   preview.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from migdesk import heap
from migdesk.bundles import BundleRejected, OpenedBundle, Reason, open_bundle
from migdesk.bundles.label import Label
from migdesk.bundles.manifest import RECORDS_NAME
from migdesk.bundles.reader import read_label
from migdesk.exchange import (
    refusals,
    staged_files,
)
from migdesk.exchange.errors import ExchangeRefused, ImportCancelled
from migdesk.exchange.import_plan import (
    already_imported,
    label_sha,
    log_import,
    plan_import,
    refuse_conflicts,
)
from migdesk.exchange.import_records import BundleRecords, Surveyor
from migdesk.exchange.items import Resolution
from migdesk.exchange.keys import own_authority, own_encryption
from migdesk.exchange.preview import ImportPreview, ImportResult
from migdesk.exchange.registry_watch import Watch
from migdesk.exchange.trust import load_trust
from migdesk.messages import _
from migdesk.progress import CancelCheck, ReportProgress
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault, blobs
from migdesk.vault.blobs import StoredBlob


def _result(
    status: str, label: Label, sha: str, preview: ImportPreview | None = None
) -> ImportResult:
    return ImportResult(
        status,
        label.bundle_id,
        label.sender,
        label.channel,
        label.sequence,
        label.kind.value,
        sha,
        preview or ImportPreview(),
    )


def _progress(
    progress: ReportProgress | None, cancelled: CancelCheck | None
) -> ReportProgress | None:
    if progress is None and cancelled is None:
        return None

    def step(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done, total)

    return step


class _AlreadyImported(Exception):
    """Raised from the verified-label hook: nothing is decrypted for a known bundle."""


def import_bundle(
    vault: Vault,
    path: Path,
    *,
    dry_run: bool = False,
    resolutions: Mapping[str, Resolution] | None = None,
    progress: ReportProgress | None = None,
    cancelled: CancelCheck | None = None,
    links: Collection[str] = (),
) -> ImportResult:
    """Every refusal (BundleRejected or ExchangeRefused) is recorded in the audit log.
    ``links``: incoming new persons to link to their probable local match (the preview's
    ``matches``); each stays its own record with the provider's limits."""
    require(vault.current_roles(), Permission.IMPORT_BUNDLES)
    attempt = refusals.Attempt(dry_run=dry_run)
    token = staged_files.new_token()
    try:
        opened, files, records = _open(vault, path, attempt, progress, cancelled, token)
        if opened is None:
            assert attempt.label is not None
            return _result("already_imported", attempt.label, label_sha(attempt.label))
        step = _progress(progress, cancelled)
        if dry_run:
            return _preview(vault, opened.label, records, files, resolutions or {}, links, step)
        return _apply(
            vault, opened.label, records, files, resolutions or {}, links, step, token=token
        )
    except (BundleRejected, ExchangeRefused) as exc:
        refusals.record(vault, attempt, exc)
        raise
    finally:
        staged_files.discard(vault, token)  # what the import did not adopt


@dataclass(frozen=True)
class StagedImport:
    """A bundle verified and decrypted once by ``stage_import``: the preview now, and what
    ``apply_staged`` writes after the officer's decisions, from the vault where it was
    staged: the bundle is not read or decrypted again (the import window's one pass)."""

    result: ImportResult  # "preview", or "already_imported" (then nothing to apply)
    opened: OpenedBundle | None
    attempt: refusals.Attempt
    # The attachments, stored in the vault as they were decrypted (staged_files); until
    # applied or released they belong to nothing.
    files: Mapping[str, StoredBlob] = field(default_factory=dict)
    token: str | None = None
    records: BundleRecords = field(default_factory=BundleRecords)  # staged beside the files
    # Whether the vault changed since the preview: if not, the apply takes its matches.
    watch: Watch | None = None


def release_staged(staged: StagedImport) -> None:
    """The officer closed the preview without importing: the staged attachments are removed
    by the next import (nothing is written here, so the window can call it at once)."""
    if staged.token is not None:
        staged_files.release(staged.token)
    if staged.watch is not None:
        staged.watch.close()


def stage_import(
    vault: Vault,
    path: Path,
    *,
    progress: ReportProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> StagedImport:
    require(vault.current_roles(), Permission.IMPORT_BUNDLES)
    attempt = refusals.Attempt(dry_run=True)
    token = staged_files.new_token()
    watch: Watch | None = None
    try:
        opened, files, records = _open(vault, path, attempt, progress, cancelled, token)
        if opened is None:
            assert attempt.label is not None
            known = _result("already_imported", attempt.label, label_sha(attempt.label))
            staged_files.discard(vault, token)
            return StagedImport(known, None, attempt)
        heap.give_back()  # the decrypting pass's buffers, before the preview's matching
        watch = Watch(vault)  # before the preview's read transaction begins
        preview = _preview(
            vault, opened.label, records, files, {}, progress=_progress(progress, cancelled)
        )
        return StagedImport(preview, opened, attempt, files, token, records, watch)
    except BaseException as exc:
        if watch is not None:
            watch.close()
        staged_files.discard(vault, token)
        if isinstance(exc, BundleRejected | ExchangeRefused):
            refusals.record(vault, attempt, exc)
        raise


def apply_staged(
    vault: Vault,
    staged: StagedImport,
    resolutions: Mapping[str, Resolution] | None = None,
    links: Collection[str] = (),
    *,
    progress: ReportProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """All or nothing in one transaction, with every check of the plan made again (the
    vault may have changed since the preview); the preview's matches are taken as they are
    only if nothing at all was committed since it (``registry_watch``), else the new persons
    are matched again. ``progress``/``cancelled``: while the import
    waits for its matching (``exchange.match_ahead``), the persons matched of its new ones;
    a cancel rolls it all back (``ImportCancelled``)."""
    require(vault.current_roles(), Permission.IMPORT_BUNDLES)
    if staged.opened is None:
        return staged.result
    heap.give_back()  # what the preview left free, before the import's own peak
    attempt = refusals.Attempt(dry_run=False, label=staged.opened.label, verified=True)
    try:
        result = _apply(
            vault,
            staged.opened.label,
            staged.records,
            staged.files,
            resolutions or {},
            links,
            _progress(progress, cancelled),
            previewed=(staged.watch, staged.result.preview) if staged.watch else None,
            token=staged.token,
        )
    except (BundleRejected, ExchangeRefused) as exc:
        refusals.record(vault, attempt, exc)
        raise  # the staged files stay: the officer may resolve conflicts and apply again
    if staged.watch is not None:
        staged.watch.close()  # its connection back to the pool
    if staged.token is not None:
        # What the import did not adopt went with its transaction (``_apply``); a bundle
        # imported meanwhile by another window returns before that: removed here.
        if result.status == "imported":
            staged_files.release(staged.token)
        else:
            staged_files.discard(vault, staged.token)
    return result


def _open(
    vault: Vault,
    path: Path,
    attempt: refusals.Attempt,
    progress: ReportProgress | None,
    cancelled: CancelCheck | None,
    token: str,
) -> tuple[OpenedBundle | None, dict[str, StoredBlob], BundleRecords]:
    """The verified, decrypted bundle (None when it was imported before), its attachments
    and its records, staged in the vault under ``token`` as they were decrypted."""
    # Every import starts here (``apply_staged`` applies what ``stage_import`` opened), and
    # the setting is process-wide: once, before the first big block is made.
    heap.map_large_blocks()
    staged_files.sweep(vault)  # what earlier previews and killed imports left staged
    unverified, _label_bytes, _signature = read_label(path)
    attempt.label = unverified
    with vault.read_session() as session:
        own = own_authority(session)
        _refuse_own(unverified, own)
        encryption = own_encryption(session, unverified.addressee_cert_sha256)
        trust = load_trust(session)
        # A label we logged before (not yet verified, so it decides nothing): hash first,
        # so that a copy of a known bundle is recognised without decrypting it.
        probably_known = already_imported(session, unverified, label_sha(unverified))

    def verified(label: Label) -> None:
        # Only now, with the signature, addressing and every hash checked, may the label
        # decide anything: a damaged copy of an imported bundle is refused, not "known".
        attempt.label, attempt.verified = label, True
        with vault.read_session() as session:
            if already_imported(session, label, label_sha(label)):
                raise _AlreadyImported

    sink = staged_files.VaultSink(vault, token)
    surveyor = Surveyor()  # checks each record as it is decrypted; judged after verifying
    try:
        opened = open_bundle(
            path,
            own,
            encryption,
            trust,
            sink=sink,
            progress=_progress(progress, cancelled),
            verified=verified,
            hash_first=probably_known,
            stage_records=True,
            each_record=surveyor.add,
        )
    except _AlreadyImported:
        return None, {}, BundleRecords()
    finally:
        sink.abort()
    files = dict(sink.stored)
    return opened, files, BundleRecords(blob=files.pop(RECORDS_NAME), surveyor=surveyor)


def _refuse_own(unverified: Label, own: str) -> None:
    """Our own outgoing bundle picked from the stick by mistake. Our signing certificate is
    no partner's, so without this the officer read "unknown signer" and the advice to load
    the sender's CA. Deciding on the unverified label is safe here: it can only refuse."""
    if unverified.sender == own:
        raise BundleRejected(
            Reason.WRONG_ADDRESSEE,
            _(
                "Это исходящий пакет нашего органа: {sender} → {addressee}, № {sequence}. "
                "Его загружает получатель, а не мы."
            ).format(
                sender=unverified.sender,
                addressee=unverified.addressee,
                sequence=unverified.sequence,
            ),
        )


def _preview(
    vault: Vault,
    label: Label,
    records: BundleRecords,
    files: Mapping[str, StoredBlob],
    resolutions: Mapping[str, Resolution],
    links: Collection[str] = (),
    progress: ReportProgress | None = None,
) -> ImportResult:
    sha = label_sha(label)
    with vault.read_session() as session:
        preview, _ = plan_import(
            session, vault, label, records, files, sha, resolutions, links, progress=progress
        )
    return _result("preview", label, sha, preview)


def _apply(
    vault: Vault,
    label: Label,
    records: BundleRecords,
    files: Mapping[str, StoredBlob],
    resolutions: Mapping[str, Resolution],
    links: Collection[str] = (),
    progress: ReportProgress | None = None,
    previewed: tuple[Watch, ImportPreview] | None = None,
    token: str | None = None,
) -> ImportResult:
    """``previewed``: the staged preview and its watch; if nothing was committed since it,
    its matches are taken, not found again (``registry_watch``). ``token``: the staged files
    the import did not adopt are removed in its transaction (one commit, not two; a refused
    import keeps them, so the officer may resolve its conflicts and apply again)."""
    sha = label_sha(label)
    with vault.session() as session:
        if already_imported(session, label, sha):  # imported meanwhile by another window
            return _result("already_imported", label, sha)
        # Read after this transaction's first read: from here on it sees what it will write on.
        known = previewed[1] if previewed is not None and previewed[0].unchanged() else None
        preview, surveyed = plan_import(
            session,
            vault,
            label,
            records,
            files,
            sha,
            resolutions,
            links,
            apply=True,
            progress=progress,
            previewed=known,
        )
        # Written already: a conflict the officer did not resolve rolls it all back.
        refuse_conflicts(preview)
        log_import(session, vault.user, label, sha, preview, surveyed.counts)
        if token is not None:
            blobs.discard(session, token)
    return _result("imported", label, sha, preview)
