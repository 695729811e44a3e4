"""Exporting a bundle from the vault: choose items, check Art. 11 limits, write, record.

Items are collected and checked first (a person received from another authority goes only
back to it unless its consent is recorded). The bundle is written and verified on the
medium outside any vault transaction; only then is the sequence number taken, the bundle
logged, the acknowledgements marked sent and the export audited, in one transaction. If
that transaction fails, the written bundle is removed: nothing unrecorded may travel.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from migdesk.bundles import Cancelled, ExportStatus, Kind, OutgoingBundle, write_bundle
from migdesk.bundles.cms import BundleSigner
from migdesk.bundles.label import DEFAULT_CHANNEL, Label
from migdesk.bundles.media import remove_tree
from migdesk.changes import NOTHING, Changes
from migdesk.changes import Kind as ChangeKind
from migdesk.exchange import ack_items, channels, record_schema, record_schemas
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.family_items import family_records
from migdesk.exchange.items import ItemSource, OutgoingItems, WrittenBundle, pending_sources
from migdesk.exchange.keys import now_utc, own_authority, own_signing
from migdesk.exchange.person_items import PersonSource
from migdesk.exchange.request_export import RequestSource
from migdesk.exchange.statistics_items import StatisticsSource
from migdesk.exchange.thematic_items import ThematicSource
from migdesk.exchange.token_keys import TokenKey, open_token_signer
from migdesk.exchange.trust import load_trust, partner_encryption_certificate
from migdesk.messages import _
from migdesk.models import BundleLogEntry
from migdesk.pki.keys import KeyPair
from migdesk.pki.names import check_authority_code
from migdesk.requests.contents import MAX_RECEIVED_ATTACHMENT
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault


@dataclass(frozen=True)
class ExportResult:
    status: ExportStatus
    message: str
    path: Path | None = None
    sequence: int | None = None
    sha256: str | None = None  # of label.json: what the transmittal register prints
    bundle_id: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    # Written letters (Art. 10) that went without a signed letter: {request, number, seq,
    # action}; a warning, the bundle is written as before.
    unsigned_letters: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status is ExportStatus.OK

    @property
    def changes(self) -> Changes:
        """A written bundle is in the log, and what it carried is marked sent."""
        if not self.ok:
            return NOTHING
        return Changes.of(
            ChangeKind.BUNDLES, ChangeKind.REQUESTS, ChangeKind.CONSENTS, ChangeKind.REGISTRIES
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "message": self.message,
            "path": str(self.path) if self.path else None,
            "sequence": self.sequence,
            "sha256": self.sha256,
            "bundle_id": self.bundle_id,
            "counts": self.counts,
            "unsigned_letters": self.unsigned_letters,
        }


def _progress(
    progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None
) -> Callable[[int, int], None] | None:
    if progress is None and cancelled is None:
        return None

    def step(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(done, total)

    return step


def export_bundle(
    vault: Vault,
    to: str,
    out_dir: Path,
    *,
    persons: Sequence[str] = (),
    requests: Sequence[str] = (),
    thematic: Sequence[str] = (),
    statistics: int | None = None,
    note: str | None = None,
    include_acks: bool = True,
    all_pending: bool = False,
    sources: Sequence[ItemSource] = (),
    channel: str = DEFAULT_CHANNEL,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    token_pin: bytes | None = None,
) -> ExportResult:
    """Writes the next bundle to ``to`` into ``out_dir``. Refusals (Art. 11, no keys, nothing
    to send, no PIN for a signing key on a token) raise; how the medium behaved is the
    result's status. ``token_pin`` opens the token when our signing key is on one
    (``keys.signing_token``)."""
    require(vault.current_roles(), Permission.EXPORT_BUNDLES)
    check_authority_code(to)
    chosen: list[ItemSource] = []
    request_source = RequestSource(vault, requests, pending=all_pending)
    if requests or all_pending:  # first: a person a request names goes under its purpose
        chosen.append(request_source)
    chosen.extend([PersonSource(persons, note), ThematicSource(thematic), *sources])
    chosen.append(StatisticsSource(vault, statistics))
    if include_acks or all_pending:
        chosen.append(ack_items.AcknowledgementSource())
    if all_pending:
        chosen.extend(pending_sources())
    with vault.read_session() as session:
        own = own_authority(session)
        if to == own:
            raise ExchangeRefused(
                ExchangeReason.NOT_TRUSTED, _("Нельзя отправить пакет своему же органу.")
            )
        signing = own_signing(session)
        recipient = partner_encryption_certificate(session, to)
        trust = load_trust(session)
        sequence = channels.next_sequence(session, to, channel)
        items = OutgoingItems()
        for source in chosen:
            items.extend(source.collect(session, to))
        # Family links travel when both persons do (Art. 1, 3.1(4)).
        items.extend(family_records(session, items.records))
    items.records = _first_of_each(items.records)
    # A file two records share (an item chosen and also listed by a letter) travels once.
    items.attachments = list({a.name: a for a in items.attachments}.values())
    if not items.records:
        raise ExchangeRefused(
            ExchangeReason.NOTHING_TO_SEND,
            _(
                "Нечего отправлять в {to}: не выбраны записи и запросы, нет "
                "неотправленных писем и неподтверждённых пакетов."
            ).format(to=to),
        )
    check_importable(items)
    counts = items.counts()
    only_acks = set(counts) == {"acknowledgement"}
    with _signer(signing, token_pin) as signer:
        bundle = OutgoingBundle(
            sender=own,
            addressee=to,
            sequence=sequence,
            signing=signer,
            recipient_certificate=recipient,
            records=items.records,
            attachments=items.attachments,
            kind=Kind.ACKNOWLEDGEMENT if only_acks else Kind.DATA,
            channel=channel,
        )
        written = write_bundle(bundle, out_dir, trust, progress=_progress(progress, cancelled))
    if not written.ok or written.label is None or written.path is None:
        return ExportResult(written.status, written.message, counts=counts)
    label, sha = written.label, written.label_sha256 or ""
    try:
        _record(vault, label, sha, written.path, note if counts.get("person") else None, items)
    except BaseException:
        remove_tree(written.path)
        raise
    return ExportResult(
        ExportStatus.OK,
        written.message,
        written.path,
        sequence,
        sha,
        label.bundle_id,
        counts,
        request_source.unsigned_letters,
    )


def pending_notices(vault: Vault, to: str) -> dict[str, int]:
    """What waits for the next bundle to ``to`` besides requests and acknowledgements
    (consent requests and answers, signatory-list changes): counts by record type, for the
    export window to offer them."""
    require(vault.current_roles(), Permission.EXPORT_BUNDLES)
    items = OutgoingItems()
    with vault.read_session() as session:
        for source in pending_sources():
            items.extend(source.collect(session, to))  # collecting marks nothing
    return items.counts()


@contextlib.contextmanager
def _signer(key: KeyPair | TokenKey, pin: bytes | None) -> Iterator[BundleSigner]:
    """A vault key signs as it is; a token key signs through a session open for the write."""
    if isinstance(key, KeyPair):
        yield key
        return
    with open_token_signer(key, pin) as signer:
        yield signer


_SCHEMAS = record_schemas  # registered on import: the same schemas as the partner's import


def check_importable(items: OutgoingItems) -> None:
    """A bundle the partner would refuse must not be written: every record passes the
    schemas its import checks (``record_schema``; e.g. a cover note over the length
    limit), and no attachment is larger than the partner stores (it streams them into its
    vault in pieces, so their total is not limited)."""
    for number, record in enumerate(items.records, start=1):
        try:
            record_schema.check_record(number, record)
        except ExchangeRefused as exc:
            detail = exc.problem or str(exc)
            raise ExchangeRefused(
                ExchangeReason.INVALID_RECORD,
                _(
                    "Пакет не выгружен: другая сторона отклонит его. {detail} "
                    "Исправьте запись и повторите выгрузку."
                ).format(detail=detail),
            ) from exc
    for attachment in items.attachments:
        if attachment.size > MAX_RECEIVED_ATTACHMENT:
            raise ExchangeRefused(
                ExchangeReason.TOO_LARGE,
                _(
                    "Вложение занимает {megabytes:.0f} МБ, а принимающая сторона хранит "
                    "вложения не более {limit} МБ каждое: уменьшите файл или "
                    "передайте его по частям несколькими пакетами."
                ).format(
                    megabytes=attachment.size / 1024**2, limit=MAX_RECEIVED_ATTACHMENT // 1024**2
                ),
            )


def _first_of_each(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per (type, id): a person both chosen and named by a request goes once."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for record in records:
        key = (str(record["type"]), str(record.get("id")))
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept


def _record(
    vault: Vault, label: Label, sha: str, path: Path, note: str | None, items: OutgoingItems
) -> None:
    with vault.session() as session:
        row = channels.channel(session, label.addressee, label.channel)
        sequence = label.sequence
        if row.last_sent != sequence - 1:
            raise ExchangeRefused(
                ExchangeReason.SEQUENCE_TAKEN,
                _(
                    "Номер {sequence} уже занят другой выгрузкой; пакет удалён, повторите выгрузку."
                ).format(sequence=sequence),
            )
        row.last_sent = sequence
        session.add(
            BundleLogEntry(
                bundle_id=label.bundle_id,
                direction="out",
                peer=label.addressee,
                channel=label.channel,
                sequence=sequence,
                kind=label.kind.value,
                label_sha256=sha,
                created=label.created,
                status="written",
                item_counts=json.dumps(items.counts(), sort_keys=True),
                # Absolute: the register reads the label back from here, from any folder.
                path=str(path.absolute()),
                cover_text=note,
                logged_at=now_utc(),
                logged_by=vault.user,
            )
        )
        written = WrittenBundle(label.bundle_id, label.addressee, sequence, sha, vault.user)
        for after in items.after_written:
            after(session, written)
        audit.append(
            session,
            vault.user,
            "bundle.export",
            record_kind="bundle",
            record_id=label.bundle_id,
            details={
                "to": label.addressee,
                "channel": label.channel,
                "sequence": sequence,
                "label_sha256": sha,
                "counts": items.counts(),
            },
        )
