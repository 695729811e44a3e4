"""A bundle's records as the import reads them: one at a time, never the whole list.

``records.json`` is staged in the vault while it is decrypted (``staged_files``, encrypted
like everything there, removed with the import's other staged files), so the import window's
preview and its apply read the records back from the vault instead of decrypting the bundle
again or holding every record. The survey comes first: every record checked
against its schema, duplicates named, the set of (type, id) the bundle carries (references
are resolved against it), the counts per type for the log, and the phases to plan — made
as ``records.json`` is decrypted (``Surveyor``, fed by the bundle reader), so that planning
is the only pass that reads the records back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from migdesk.bundles.records_stream import iter_records
from migdesk.exchange import record_schema
from migdesk.exchange.carried_ids import CarriedIds
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.items import importer_for
from migdesk.messages import _
from migdesk.vault.blob_reading import BlobReader
from migdesk.vault.blobs import StoredBlob


@dataclass(frozen=True)
class BundleRecords:
    """The records of a verified bundle: staged in the vault (``blob``), or in memory
    (``listed``, for bundles opened without a vault sink). ``surveyor``: the survey made
    while the staged records were decrypted (then neither the preview nor the apply reads
    every record once more only to check it)."""

    blob: StoredBlob | None = None
    listed: tuple[dict[str, Any], ...] = ()
    surveyor: Surveyor | None = None

    def survey(self, session: Session) -> Survey:
        if self.surveyor is not None:
            return self.surveyor.result()
        return survey(self.numbered(session))

    def numbered(self, session: Session | None) -> Iterator[tuple[int, dict[str, Any], int]]:
        """(1-based number, record, its size in characters of JSON) in bundle order, read
        again on every call (a record in memory counts 0; only staged ones need a session)."""
        if self.blob is None:
            for number, record in enumerate(self.listed, start=1):
                yield number, record, 0
            return
        assert session is not None
        reader = BlobReader(session, self.blob.id)
        for number, (record, size) in enumerate(iter_records(reader.read), start=1):
            yield number, record, size


@dataclass(frozen=True)
class Survey:
    counts: dict[str, int]  # records per type, for the bundle log
    carried: CarriedIds  # (type, id) of every record
    phases: tuple[int, ...]  # the importers' phases present, in planning order


class Surveyor:
    """The survey, one record at a time: fed while ``records.json`` is decrypted (so that
    the import does not read every record once more to check it), or from a pass of its
    own. A refusal is kept, not raised, until ``result``: a record is judged only after
    the whole bundle was verified (the reader checks the file's hash at its end)."""

    def __init__(self) -> None:
        self._carried = CarriedIds()
        self._counts: dict[str, int] = {}
        self._phases: set[int] = set()
        self._number = 0
        self._failure: ExchangeRefused | None = None
        self._result: Survey | ExchangeRefused | None = None

    def add(self, record: dict[str, Any], _size: int = 0) -> None:
        if self._failure is not None:
            return
        self._number += 1
        number = self._number
        try:
            record_schema.check_record(number, record)
            # Ids are canonical by now (``record_schema``), so one id has one spelling.
            kind = record["type"]
            self._carried.add(kind, str(record.get("id")), number)
            self._phases.add(importer_for(number, record).phase)
        except ExchangeRefused as exc:
            self._failure = exc
            return
        self._counts[kind] = self._counts.get(kind, 0) + 1

    def result(self) -> Survey:
        """The survey, or the bundle's first refusal in record order: an invalid record,
        two records with one id (found once all are in: the earlier pair wins), a type
        nobody imports, an empty bundle. The same every time it is asked."""
        if self._result is None:
            try:
                self._result = self._conclude()
            except ExchangeRefused as exc:
                self._result = exc
        if isinstance(self._result, ExchangeRefused):
            raise self._result
        return self._result

    def _conclude(self) -> Survey:
        duplicate = self._carried.freeze()
        if duplicate is not None:
            earlier, number, kind, record_id = duplicate
            raise ExchangeRefused(
                ExchangeReason.INVALID_RECORD,
                _(
                    "Записи № {seen} и № {number} (вид «{kind}») с одним "
                    "идентификатором {id}. Пакет не загружен целиком; сообщите "
                    "отправителю."
                ).format(seen=earlier, number=number, kind=kind[:40], id=record_id[:60]),
            )
        if self._failure is not None:
            raise self._failure
        if not self._counts:
            raise ExchangeRefused(
                ExchangeReason.INVALID_RECORD,
                _(
                    "В пакете нет ни одной записи: загружать нечего. Пакет не "
                    "загружен; сообщите отправителю."
                ),
            )
        return Survey(self._counts, self._carried, tuple(sorted(self._phases)))


def survey(records: Iterator[tuple[int, dict[str, Any], int]]) -> Survey:
    """Every record checked before any is planned; an empty bundle, an invalid record, two
    records with one id or a type nobody imports refuse the whole bundle."""
    surveyor = Surveyor()
    for _number, record, size in records:
        surveyor.add(record, size)
    return surveyor.result()
