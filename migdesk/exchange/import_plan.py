"""Planning a verified bundle's import, and logging it: replays and gaps in the sender's
sequence, every record checked against its schema and planned by the importer registered
for its type, conflicts with local records, and the bundle log entry with its audit entry.
``importing`` runs the plan in a read-only session (preview) or applies it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Collection, Mapping
from typing import Any, cast

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from migdesk.bundles.label import Label
from migdesk.exchange import (
    ack_items,
    consent_items,
    cover_items,
    family_items,
    person_import,
    record_schemas,
    request_import,
    signatory_export,
    signatory_items,
    statistics_items,
    thematic_items,
)
from migdesk.exchange.channels import channel, gaps, received_sequences
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.import_records import BundleRecords, Survey
from migdesk.exchange.items import (
    ART8_PURPOSE,
    Apply,
    ImportScope,
    ItemImporter,
    Resolution,
)
from migdesk.exchange.keys import now_utc
from migdesk.exchange.preview import ImportPreview, format_ranges
from migdesk.exchange.records_ahead import NOT_PREPARED, PreparesAhead, read_ahead
from migdesk.messages import _
from migdesk.models import BundleLogEntry
from migdesk.progress import ReportProgress
from migdesk.security import audit
from migdesk.vault import Vault
from migdesk.vault.blobs import StoredBlob

# Importing the item modules registers their importers.
_REGISTERED = (
    ack_items,
    consent_items,
    cover_items,
    family_items,
    person_import,
    record_schemas,
    request_import,
    signatory_export,
    signatory_items,
    statistics_items,
    thematic_items,
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


def already_imported(session: Session, label: Label, sha: str) -> bool:
    return any(
        e.bundle_id == label.bundle_id and e.label_sha256 == sha and e.peer == label.sender
        for e in _logged(session, label)
    )


def _check_replay(session: Session, label: Label, sha: str) -> None:
    for earlier in _logged(session, label):
        raise ExchangeRefused(
            ExchangeReason.REPLAY,
            _(
                "Повтор отклонён: пакет № {sequence} от {sender} (канал "
                "{channel}) или пакет {bundle_id} уже загружен с другим "
                "содержимым (ранее — пакет {earlier_bundle} № {earlier_sequence} от "
                "{created}). Хранилище не изменено."
            ).format(
                sequence=label.sequence,
                sender=label.sender,
                channel=label.channel,
                bundle_id=label.bundle_id,
                earlier_bundle=earlier.bundle_id,
                earlier_sequence=earlier.sequence,
                created=earlier.created,
            ),
        )


def label_sha(label: Label) -> str:
    """The label is canonical JSON, so these are the bytes that were signed and hashed."""
    return hashlib.sha256(label.to_bytes()).hexdigest()


# Records planned (and, on a real import, written) together: what one batch holds in memory,
# by count and by size (a person's photos travel in its record: up to 20 MB each).
PLAN_BATCH = 500
PLAN_BATCH_CHARS = 16 * 1024 * 1024


def plan_import(
    session: Session,
    vault: Vault,
    label: Label,
    records: BundleRecords,
    files: Mapping[str, StoredBlob],
    sha: str,
    resolutions: Mapping[str, Resolution],
    links: Collection[str] = (),
    *,
    apply: bool = False,
    progress: ReportProgress | None = None,
    previewed: ImportPreview | None = None,
) -> tuple[ImportPreview, Survey]:
    """Plans every record (the preview) and, with ``apply``, writes it in the caller's
    transaction as it goes: records are read one at a time, phase after phase, and written
    in batches, so no more than a batch is held whatever the size of the bundle. The caller
    rolls everything back if anything is refused, however late (``refuse_conflicts`` runs
    after the last record). ``previewed``: the preview of this bundle on the vault exactly as
    it is now (``registry_watch``), whose findings the importers may take up."""
    _check_replay(session, label, sha)
    preview = ImportPreview()
    preview.missing = gaps(
        [*received_sequences(session, label.sender, label.channel), label.sequence]
    )
    if preview.missing:
        preview.warnings.append(
            _("Не получены пакеты № {numbers} от {sender}: запросите их повторно.").format(
                numbers=format_ranges(preview.missing), sender=label.sender
            )
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
        attachments=files,  # staged in the vault as they were decrypted (staged_files)
        vault=vault,
        extras={"links": frozenset(links), "previewed": previewed},
        writing=apply,
        progress=progress,
    )
    try:
        surveyed = _plan_phases(scope, records, vault, apply)
    finally:
        for stop in scope.cleanup:  # helper threads the importers started
            stop()
    return preview, surveyed


def _plan_phases(scope: ImportScope, records: BundleRecords, vault: Vault, apply: bool) -> Survey:
    surveyed = records.survey(scope.session)
    scope.carried = surveyed.carried
    # Phase after phase: a record sees the records of the earlier phases (written already on
    # a real import, carried by the bundle on a preview).
    for phase in surveyed.phases:
        batch = _Batch(scope, apply)
        # Read, checked and made into rows on a helper thread while earlier batches are
        # matched and written here (``records_ahead``).
        with contextlib.closing(read_ahead(records, vault, phase, writing=apply)) as planned:
            for number, record, size, importer, prepared in planned:
                batch.plan(importer, number, record, size, prepared)
        batch.run()
        batch.close()  # before the next phase, which may read what this one wrote
    return surveyed


class _Batch:
    """Planned records waiting for their importers' ``finish`` (person matching plans in
    batches) and then, on a real import, for their writes."""

    def __init__(self, scope: ImportScope, apply: bool) -> None:
        self._scope, self._apply = scope, apply
        self._importers: dict[int, ItemImporter] = {}
        self._actions: list[Apply] = []
        self._planned = self._chars = 0

    def plan(
        self,
        importer: ItemImporter,
        number: int,
        record: dict[str, Any],
        size: int,
        prepared: Any = NOT_PREPARED,
    ) -> None:
        self._importers[id(importer)] = importer
        if prepared is NOT_PREPARED:
            action = importer.plan(self._scope, number, record)
        else:
            action = cast(PreparesAhead, importer).plan_prepared(
                self._scope, number, record, prepared
            )
        if action is not None and self._apply:
            self._actions.append(action)
        self._planned += 1
        self._chars += size
        if self._planned >= PLAN_BATCH or self._chars >= PLAN_BATCH_CHARS:
            self.run()

    def run(self) -> None:
        for importer in self._importers.values():
            finish = getattr(importer, "finish", None)
            if finish is not None:
                finish(self._scope)
        actions, self._actions, self._planned, self._chars = self._actions, [], 0, 0
        for action in actions:
            action()

    def close(self) -> None:
        """The phase is planned and written: importers that held writes back finish them."""
        for importer in self._importers.values():
            close = getattr(importer, "close", None)
            if close is not None:
                close(self._scope)


def refuse_conflicts(preview: ImportPreview) -> None:
    unresolved = preview.unresolved
    if not unresolved:
        return
    listed = "; ".join(
        _("{name} ({id}): различаются {fields}").format(
            name=c.name, id=c.id, fields=", ".join(c.fields)
        )
        for c in unresolved
    )
    raise ExchangeRefused(
        ExchangeReason.CONFLICT,
        _(
            "Пакет не загружен: записи уже есть в хранилище с другим "
            "содержимым — {listed}. Ничего не перезаписано; решите для "
            "каждой: оставить свою (--resolve ID=local) или принять из "
            "пакета (--resolve ID=bundle)."
        ).format(listed=listed),
    )


def log_import(
    session: Session,
    user: str,
    label: Label,
    sha: str,
    preview: ImportPreview,
    counts: dict[str, int],
) -> None:
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
