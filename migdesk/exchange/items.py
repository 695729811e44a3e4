"""The item types a bundle can carry, as a registry.

Export asks *sources* for records (persons chosen by the officer, acknowledgements due,
and — once requests exist — pending requests and answers); import hands every record to
the *importer* registered for its ``type``. Adding an item type means registering one
source and one importer; export and import themselves do not change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy.orm import Session

from migdesk.bundles import Attachment
from migdesk.exchange.carried_ids import CarriedIds
from migdesk.exchange.errors import ExchangeReason, ExchangeRefused
from migdesk.exchange.preview import ImportPreview
from migdesk.messages import N_, _
from migdesk.progress import ReportProgress
from migdesk.vault import Vault
from migdesk.vault.blobs import StoredBlob

ART8_PURPOSE = N_("информация без запроса (ст. 8)")


@dataclass(frozen=True)
class WrittenBundle:
    """What sources learn once their records are in a verified bundle on the medium."""

    bundle_id: str
    peer: str
    sequence: int
    label_sha256: str
    user: str


AfterWritten = Callable[[Session, WrittenBundle], None]


@dataclass
class OutgoingItems:
    records: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    # Run in the transaction that records the export (mark sent, audit): never before the
    # bundle is written and verified.
    after_written: list[AfterWritten] = field(default_factory=list)

    def extend(self, other: OutgoingItems) -> None:
        self.records.extend(other.records)
        self.attachments.extend(other.attachments)
        self.after_written.extend(other.after_written)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for record in self.records:
            counts[record["type"]] = counts.get(record["type"], 0) + 1
        return counts


class ItemSource(Protocol):
    def collect(self, session: Session, peer: str) -> OutgoingItems:
        """Records for ``peer``; raises (e.g. ConsentMissing) when one may not go."""
        ...


class Resolution(StrEnum):
    """An officer's decision on a conflicting person record."""

    LOCAL = "local"  # keep ours, ignore the bundle's version
    BUNDLE = "bundle"  # replace ours with the bundle's version


@dataclass
class ImportScope:
    """What an importer knows about the bundle being imported, and where it reports."""

    session: Session
    user: str
    sender: str
    bundle_id: str
    label_sha256: str
    purpose: str
    resolutions: Mapping[str, Resolution]
    preview: ImportPreview
    # The bundle's files by name, staged in the vault as they were decrypted (staged_files).
    attachments: Mapping[str, StoredBlob] = field(default_factory=dict)
    vault: Vault | None = None  # for services that record inside the import's transaction
    # What importers share while planning one bundle (e.g. request states after its letters).
    extras: dict[str, Any] = field(default_factory=dict)
    # (type, id) of every record in the bundle: a reference must name one of these or a
    # record already in the vault (``refers_to``).
    carried: CarriedIds = field(default_factory=CarriedIds.empty)
    # A real import: the plans' actions run after each batch (a preview drops them, so an
    # importer holds nothing for them).
    writing: bool = False
    # Progress of a step the import waits for (``done``, ``total``); raises to cancel.
    progress: ReportProgress | None = None
    # Run when the plan ends, however it ends (threads an importer started are stopped).
    cleanup: list[Callable[[], None]] = field(default_factory=list)

    def carries(self, record_type: str, record_id: str) -> bool:
        return self.carried.contains(record_type, record_id)


Apply = Callable[[], None]


class ItemImporter(Protocol):
    record_type: str
    # Lower phases are planned first: the cover letter sets the purpose persons get.
    phase: int

    def plan(self, scope: ImportScope, number: int, record: dict[str, Any]) -> Apply | None:
        """Check ``record`` (number is 1-based, for messages) and report it in the preview
        without writing; return what to do on a real import, or None for nothing."""
        ...


_IMPORTERS: dict[str, ItemImporter] = {}
_PENDING: list[Callable[[], ItemSource]] = []


def register_importer(importer: ItemImporter) -> None:
    _IMPORTERS[importer.record_type] = importer


def importer_for(number: int, record: dict[str, Any]) -> ItemImporter:
    kind = record["type"]
    importer = _IMPORTERS.get(kind)
    if importer is None:
        raise ExchangeRefused(
            ExchangeReason.UNKNOWN_RECORD_TYPE,
            _(
                "Запись № {number}: неизвестный вид «{kind}». Пакет не загружен "
                "(возможно, он создан более новой версией MigDesk)."
            ).format(number=number, kind=kind[:40]),
        )
    return importer


def register_pending_source(factory: Callable[[], ItemSource]) -> None:
    """Items that wait for the next bundle to a partner (``bundle export --all-pending``)."""
    _PENDING.append(factory)


def pending_sources() -> list[ItemSource]:
    return [factory() for factory in _PENDING]


def invalid(number: int, what: str, detail: str) -> ExchangeRefused:
    problem = _("Запись № {number} ({what}) не прошла проверку: {detail}.").format(
        number=number, what=what, detail=detail
    )
    refused = ExchangeRefused(
        ExchangeReason.INVALID_RECORD, problem + " " + _("Пакет не загружен целиком.")
    )
    refused.problem = problem
    return refused


def check_keys(number: int, what: str, record: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise invalid(
            number,
            what,
            _("неизвестные поля {fields}").format(fields=", ".join(k[:40] for k in unknown)),
        )
