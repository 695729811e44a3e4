"""Acknowledgements: the next bundle back names every data bundle received from that
partner (id, sequence, label hash), so the sender sees which bundles arrived.

Record: ``{"type": "acknowledgement", "id": UUID, "bundle_id": …, "channel": …,
"sequence": N, "label_sha256": …, "imported_at": "YYYY-MM-DDTHH:MM:SSZ"}``. Only data
bundles are acknowledged: acknowledging acknowledgements would never end.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.bundles.label import utc_timestamp
from migdesk.exchange import channels
from migdesk.exchange.items import (
    Apply,
    ImportScope,
    OutgoingItems,
    WrittenBundle,
    check_keys,
    invalid,
    register_importer,
)
from migdesk.exchange.keys import now_utc
from migdesk.messages import _
from migdesk.models import BundleLogEntry, ExchangeChannel
from migdesk.pki.fingerprints import is_fingerprint

_KEYS = {"type", "id", "bundle_id", "channel", "sequence", "label_sha256", "imported_at"}


def _due(session: Session, peer: str) -> list[BundleLogEntry]:
    stmt = select(BundleLogEntry).where(
        BundleLogEntry.direction == "in",
        BundleLogEntry.peer == peer,
        BundleLogEntry.kind == "data",
        BundleLogEntry.ack_bundle_id.is_(None),
    )
    return list(session.scalars(stmt.order_by(BundleLogEntry.channel, BundleLogEntry.sequence)))


class AcknowledgementSource:
    def collect(self, session: Session, peer: str) -> OutgoingItems:
        items = OutgoingItems()
        due = _due(session, peer)
        for entry in due:
            items.records.append(
                {
                    "type": "acknowledgement",
                    "id": str(uuid.uuid4()),
                    "bundle_id": entry.bundle_id,
                    "channel": entry.channel,
                    "sequence": entry.sequence,
                    "label_sha256": entry.label_sha256,
                    "imported_at": utc_timestamp(entry.logged_at),
                }
            )
        ids = [entry.id for entry in due]

        def mark_sent(session: Session, written: WrittenBundle) -> None:
            for entry in session.scalars(select(BundleLogEntry).where(BundleLogEntry.id.in_(ids))):
                entry.ack_bundle_id = written.bundle_id
                entry.acknowledged_at = now_utc()

        if ids:
            items.after_written.append(mark_sent)
        return items


class AcknowledgementImporter:
    record_type = "acknowledgement"
    phase = 2

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        what = _("подтверждение получения")
        check_keys(number, what, record, _KEYS)
        bundle_id, sequence = record.get("bundle_id"), record.get("sequence")
        label_sha256 = record.get("label_sha256")
        if not isinstance(bundle_id, str) or not isinstance(label_sha256, str):
            raise invalid(number, what, _("нужны bundle_id и label_sha256"))
        if not is_fingerprint(label_sha256):
            raise invalid(number, what, _("label_sha256 — 64 шестнадцатеричные цифры"))
        if isinstance(sequence, bool) or not isinstance(sequence, int):
            raise invalid(number, what, _("sequence — целое число"))
        sent = scope.session.scalar(
            select(BundleLogEntry).where(
                BundleLogEntry.direction == "out",
                BundleLogEntry.bundle_id == bundle_id,
                BundleLogEntry.peer == scope.sender,
            )
        )
        if sent is None:
            carried = _carry_sequence(scope, record.get("channel"), sequence)
            if carried is not None:
                return carried
        if sent is None or sent.label_sha256 != label_sha256 or sent.sequence != sequence:
            # Not a reason to refuse the partner's data: report it for the officer to check.
            scope.preview.warnings.append(
                _(
                    "{sender} подтверждает пакет № {sequence}, который отсюда ему не "
                    "отправлялся или отправлялся с другим содержимым ({bundle_id})."
                ).format(sender=scope.sender, sequence=sequence, bundle_id=bundle_id[:36])
            )
            return None
        if sent.acknowledged_at is not None or sent.bundle_id in scope.preview.acknowledged:
            return None
        scope.preview.acknowledged.append(sent.bundle_id)

        def apply() -> None:
            sent.acknowledged_at = now_utc()
            sent.ack_bundle_id = scope.bundle_id

        return apply


def _carry_sequence(scope: ImportScope, name: object, sequence: int) -> Apply | None:
    """The partner acknowledges our bundle № ``sequence``, beyond the last this vault sent:
    the vault was restored from a backup made before it (and the one that sent it is lost).
    The partner signed it, so the number is taken: our next bundle comes after it, or the
    partner would refuse it as a replay of № ``sequence``."""
    if not isinstance(name, str) or not name or len(name) > 32:
        return None
    row = scope.session.scalar(
        select(ExchangeChannel).where(
            ExchangeChannel.peer == scope.sender, ExchangeChannel.channel == name
        )
    )
    if sequence <= (row.last_sent if row else 0):
        return None
    scope.preview.warnings.append(
        _(
            "{sender} подтверждает наш пакет № {sequence}, которого нет в этом хранилище "
            "(оно восстановлено из копии, сделанной до его отправки?). Следующий пакет для "
            "{sender} получит № {next}, чтобы номер не повторился."
        ).format(sender=scope.sender, sequence=sequence, next=sequence + 1)
    )

    def apply() -> None:
        book = channels.channel(scope.session, scope.sender, name)
        book.last_sent = max(book.last_sent or 0, sequence)

    return apply


register_importer(AcknowledgementImporter())
