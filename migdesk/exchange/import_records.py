"""A bundle's records as the import reads them: one at a time, never the whole list.

``records.json`` is staged in the vault while it is decrypted (``staged_files``, encrypted
like everything there, removed with the import's other staged files), so the import window's
preview and its apply read the records back from the vault instead of decrypting the bundle
again or holding every record. ``survey`` is the first pass over them: every record checked
against its schema, duplicates named, the set of (type, id) the bundle carries (references
are resolved against it), the counts per type for the log, and the phases to plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from migdesk.bundles.records_stream import iter_records
from migdesk.exchange import record_schema
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.items import importer_for
from migdesk.messages import _
from migdesk.vault.blobs import BlobReader, StoredBlob


@dataclass(frozen=True)
class BundleRecords:
    """The records of a verified bundle: staged in the vault (``blob``), or in memory
    (``listed``, for bundles opened without a vault sink)."""

    blob: StoredBlob | None = None
    listed: tuple[dict[str, Any], ...] = ()

    def numbered(self, session: Session) -> Iterator[tuple[int, dict[str, Any], int]]:
        """(1-based number, record, its size in characters of JSON) in bundle order, read
        again on every call (a record in memory counts 0)."""
        if self.blob is None:
            for number, record in enumerate(self.listed, start=1):
                yield number, record, 0
            return
        reader = BlobReader(session, self.blob.id)
        for number, (record, size) in enumerate(iter_records(reader.read), start=1):
            yield number, record, size


@dataclass(frozen=True)
class Survey:
    counts: dict[str, int]  # records per type, for the bundle log
    carried: frozenset[tuple[str, str]]  # (type, id) of every record
    phases: tuple[int, ...]  # the importers' phases present, in planning order


def survey(records: Iterator[tuple[int, dict[str, Any], int]]) -> Survey:
    """Every record checked before any is planned; an empty bundle, an invalid record, two
    records with one id or a type nobody imports refuse the whole bundle."""
    seen: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    phases: set[int] = set()
    for number, record, _size in records:
        record_schema.check_record(number, record)
        # Ids are canonical by now (``record_schema``), so one id has one spelling.
        key = (record["type"], str(record.get("id")))
        earlier = seen.setdefault(key, number)
        if earlier != number:
            raise ExchangeRefused(
                ExchangeReason.INVALID_RECORD,
                _(
                    "Записи № {seen} и № {number} (вид «{kind}») с одним "
                    "идентификатором {id}. Пакет не загружен целиком; сообщите "
                    "отправителю."
                ).format(seen=earlier, number=number, kind=key[0][:40], id=key[1][:60]),
            )
        counts[key[0]] = counts.get(key[0], 0) + 1
        phases.add(importer_for(number, record).phase)
    if not seen:
        raise ExchangeRefused(
            ExchangeReason.INVALID_RECORD,
            _(
                "В пакете нет ни одной записи: загружать нечего. Пакет не "
                "загружен; сообщите отправителю."
            ),
        )
    return Survey(counts, frozenset(seen), tuple(sorted(phases)))
