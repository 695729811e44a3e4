"""Importing a bundle into the vault: all or nothing, once and only once.

1. ``open_bundle`` verifies the label's signature, the addressing and every file's hash;
   only then is a bundle already imported (same id, same label bytes) reported as such,
   with nothing decrypted. Otherwise it decrypts and checks the inner manifest, naming the
   reason when it refuses. Every refusal is an audit entry (``refusals``).
3. In ONE vault transaction: the sequence number is checked (used with other content: a
   replay, refused; a gap: accepted and flagged), every record is planned by the importer
   registered for its type (any invalid record refuses the whole bundle), conflicts with
   local records stop the import unless the caller resolved them, then everything is
   applied, logged and audited. A dry run plans in a read-only session and returns the
   preview.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from migdesk.bundles import BundleRejected, OpenedBundle, open_bundle
from migdesk.bundles.label import Label
from migdesk.bundles.reader import read_label
from migdesk.exchange import (
    ack_items,
    consent_items,
    person_items,
    record_schema,
    record_schemas,
    refusals,
    request_import,
    signatory_items,
    statistics_items,
    thematic_items,
)
from migdesk.exchange.channels import channel, gaps, received_sequences
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.items import ART8_PURPOSE, Apply, ImportScope, Resolution, importer_for
from migdesk.exchange.keys import now_utc, own_authority, own_encryption
from migdesk.exchange.preview import ImportPreview, ImportResult, format_ranges
from migdesk.exchange.trust import load_trust
from migdesk.models import BundleLogEntry
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

# Importing the item modules registers their importers.
_REGISTERED = (
    ack_items,
    consent_items,
    person_items,
    record_schemas,
    request_import,
    signatory_items,
    statistics_items,
    thematic_items,
)


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


def _logged(session: Session, label: Label) -> list[BundleLogEntry]:
    """Earlier imports with this bundle id or this sender's sequence number."""
    stmt = select(BundleLogEntry).where(
        BundleLogEntry.direction == "in",
        or_(
            BundleLogEntry.bundle_id == label.bundle_id,
            (BundleLogEntry.peer == label.sender)
            & (BundleLogEntry.channel == label.channel)
            & (BundleLogEntry.sequence == label.sequence),
        ),
    )
    return list(session.scalars(stmt))


def _already_imported(session: Session, label: Label, sha: str) -> bool:
    return any(
        e.bundle_id == label.bundle_id and e.label_sha256 == sha and e.peer == label.sender
        for e in _logged(session, label)
    )


def _check_replay(session: Session, label: Label, sha: str) -> None:
    for earlier in _logged(session, label):
        raise ExchangeRefused(
            ExchangeReason.REPLAY,
            f"Повтор отклонён: пакет № {label.sequence} от {label.sender} (канал "
            f"{label.channel}) или пакет {label.bundle_id} уже загружен с другим содержимым "
            f"(ранее — пакет {earlier.bundle_id} № {earlier.sequence} от {earlier.created}). "
            "Хранилище не изменено.",
        )


def _progress(
    progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None
) -> Callable[[int, int], None] | None:
    if progress is None and cancelled is None:
        return None

    def step(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ExchangeRefused(
                ExchangeReason.CANCELLED, "Загрузка отменена; хранилище не изменено."
            )
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
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    links: Collection[str] = (),
) -> ImportResult:
    """Every refusal (BundleRejected or ExchangeRefused) is recorded in the audit log.
    ``links``: incoming new persons to link to their probable local match (the preview's
    ``matches``); each stays its own record with the provider's limits."""
    require(vault.current_roles(), Permission.IMPORT_BUNDLES)
    attempt = refusals.Attempt(dry_run=dry_run)
    try:
        opened = _open(vault, path, attempt, progress, cancelled)
        if opened is None:
            assert attempt.label is not None
            return _result("already_imported", attempt.label, _sha(attempt.label))
        if dry_run:
            return _preview(vault, opened, resolutions or {}, links)
        return _apply(vault, opened, resolutions or {}, links)
    except (BundleRejected, ExchangeRefused) as exc:
        refusals.record(vault, attempt, exc)
        raise


@dataclass(frozen=True)
class StagedImport:
    """A bundle verified and decrypted once by ``stage_import``: the preview now, and what
    ``apply_staged`` writes after the officer's decisions, from memory: the bundle is not
    read or decrypted again (the import window's one pass)."""

    result: ImportResult  # "preview", or "already_imported" (then nothing to apply)
    opened: OpenedBundle | None
    attempt: refusals.Attempt


def stage_import(
    vault: Vault,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StagedImport:
    require(vault.current_roles(), Permission.IMPORT_BUNDLES)
    attempt = refusals.Attempt(dry_run=True)
    try:
        opened = _open(vault, path, attempt, progress, cancelled)
        if opened is None:
            assert attempt.label is not None
            known = _result("already_imported", attempt.label, _sha(attempt.label))
            return StagedImport(known, None, attempt)
        return StagedImport(_preview(vault, opened, {}), opened, attempt)
    except (BundleRejected, ExchangeRefused) as exc:
        refusals.record(vault, attempt, exc)
        raise


def apply_staged(
    vault: Vault,
    staged: StagedImport,
    resolutions: Mapping[str, Resolution] | None = None,
    links: Collection[str] = (),
) -> ImportResult:
    """All or nothing in one transaction, with every check of the plan made again (the
    vault may have changed since the preview)."""
    require(vault.current_roles(), Permission.IMPORT_BUNDLES)
    if staged.opened is None:
        return staged.result
    attempt = refusals.Attempt(dry_run=False, label=staged.opened.label, verified=True)
    try:
        return _apply(vault, staged.opened, resolutions or {}, links)
    except (BundleRejected, ExchangeRefused) as exc:
        refusals.record(vault, attempt, exc)
        raise


def _open(
    vault: Vault,
    path: Path,
    attempt: refusals.Attempt,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> OpenedBundle | None:
    """The verified, decrypted bundle; None when it was imported before."""
    unverified, _label_bytes, _signature = read_label(path)
    attempt.label = unverified
    with vault.read_session() as session:
        own = own_authority(session)
        encryption = own_encryption(session, unverified.addressee_cert_sha256)
        trust = load_trust(session)

    def verified(label: Label) -> None:
        # Only now, with the signature, addressing and every hash checked, may the label
        # decide anything: a damaged copy of an imported bundle is refused, not "known".
        attempt.label, attempt.verified = label, True
        with vault.read_session() as session:
            if _already_imported(session, label, _sha(label)):
                raise _AlreadyImported

    try:
        return open_bundle(
            path, own, encryption, trust, progress=_progress(progress, cancelled), verified=verified
        )
    except _AlreadyImported:
        return None


def _preview(
    vault: Vault,
    opened: OpenedBundle,
    resolutions: Mapping[str, Resolution],
    links: Collection[str] = (),
) -> ImportResult:
    sha = _sha(opened.label)
    with vault.read_session() as session:
        preview, _ = _plan(session, vault, opened, sha, resolutions, links)
    return _result("preview", opened.label, sha, preview)


def _apply(
    vault: Vault,
    opened: OpenedBundle,
    resolutions: Mapping[str, Resolution],
    links: Collection[str] = (),
) -> ImportResult:
    label, sha = opened.label, _sha(opened.label)
    with vault.session() as session:
        if _already_imported(session, label, sha):  # imported meanwhile by another window
            return _result("already_imported", label, sha)
        preview, actions = _plan(session, vault, opened, sha, resolutions, links)
        _refuse_conflicts(preview)
        for action in actions:
            action()
        _log(session, vault.user, opened, sha, preview)
    return _result("imported", label, sha, preview)


def _sha(label: Label) -> str:
    """The label is canonical JSON, so these are the bytes that were signed and hashed."""
    return hashlib.sha256(label.to_bytes()).hexdigest()


def _plan(
    session: Session,
    vault: Vault,
    opened: OpenedBundle,
    sha: str,
    resolutions: Mapping[str, Resolution],
    links: Collection[str] = (),
) -> tuple[ImportPreview, list[Apply]]:
    label = opened.label
    _check_replay(session, label, sha)
    preview = ImportPreview()
    preview.missing = gaps(
        [*received_sequences(session, label.sender, label.channel), label.sequence]
    )
    if preview.missing:
        preview.warnings.append(
            f"Не получены пакеты № {format_ranges(preview.missing)} от {label.sender}: "
            "запросите их повторно."
        )
    scope = ImportScope(
        session,
        vault.user,
        label.sender,
        label.bundle_id,
        sha,
        ART8_PURPOSE,
        resolutions,
        preview,
        attachments=opened.attachments,
        vault=vault,
        extras={"links": frozenset(links)},
    )
    numbered = list(enumerate(opened.records, start=1))
    if not numbered:
        raise ExchangeRefused(
            ExchangeReason.INVALID_RECORD,
            "В пакете нет ни одной записи: загружать нечего. Пакет не загружен; сообщите "
            "отправителю.",
        )
    for number, record in numbered:
        record_schema.check_record(number, record)
    _check_unique(numbered)
    scope.carried = frozenset((str(r["type"]), str(r.get("id"))) for _, r in numbered)
    planned = sorted(
        ((importer_for(n, r), n, r) for n, r in numbered), key=lambda item: item[0].phase
    )
    actions: list[Apply] = []
    for importer, number, record in planned:
        action = importer.plan(scope, number, record)
        if action is not None:
            actions.append(action)
    return preview, actions


def _check_unique(numbered: list[tuple[int, dict[str, Any]]]) -> None:
    """Ids are canonical by now (``record_schema``), so one id has one spelling."""
    seen: dict[tuple[str, str], int] = {}
    for number, record in numbered:
        key = (record["type"], str(record.get("id")))
        if key in seen:
            raise ExchangeRefused(
                ExchangeReason.INVALID_RECORD,
                f"Записи № {seen[key]} и № {number} (вид «{key[0][:40]}») с одним "
                f"идентификатором {key[1][:60]}. Пакет не загружен целиком; сообщите "
                "отправителю.",
            )
        seen[key] = number


def _refuse_conflicts(preview: ImportPreview) -> None:
    unresolved = preview.unresolved
    if not unresolved:
        return
    listed = "; ".join(f"{c.name} ({c.id}): различаются {', '.join(c.fields)}" for c in unresolved)
    raise ExchangeRefused(
        ExchangeReason.CONFLICT,
        f"Пакет не загружен: записи уже есть в хранилище с другим содержимым — {listed}. "
        "Ничего не перезаписано; решите для каждой: оставить свою (--resolve ID=local) "
        "или принять из пакета (--resolve ID=bundle).",
    )


def _log(
    session: Session, user: str, opened: OpenedBundle, sha: str, preview: ImportPreview
) -> None:
    label = opened.label
    counts: dict[str, int] = {}
    for record in opened.records:
        counts[record["type"]] = counts.get(record["type"], 0) + 1
    row = channel(session, label.sender, label.channel)
    row.last_received = max(row.last_received, label.sequence)
    session.add(
        BundleLogEntry(
            bundle_id=label.bundle_id,
            direction="in",
            peer=label.sender,
            channel=label.channel,
            sequence=label.sequence,
            kind=label.kind.value,
            label_sha256=sha,
            created=label.created,
            status="imported",
            item_counts=json.dumps(counts, sort_keys=True),
            missing_before=json.dumps(preview.missing) if preview.missing else None,
            cover_text=preview.cover_text,
            logged_at=now_utc(),
            logged_by=user,
        )
    )
    audit.append(
        session,
        user,
        "bundle.import",
        record_kind="bundle",
        record_id=label.bundle_id,
        purpose=preview.purpose,
        details={
            "from": label.sender,
            "channel": label.channel,
            "sequence": label.sequence,
            "label_sha256": sha,
            "counts": counts,
            "new": len(preview.new_persons),
            "updated": len(preview.updated_persons),
            "conflicts": [(c.id, c.resolution) for c in preview.conflicts],
            "acknowledged": preview.acknowledged,
            "missing": preview.missing,
        },
    )
