"""The human-facing names of where a received record came from: the bundle's channel number
and date from the exchange log, the request's registration number and date. Bundle and
request UUIDs travel between the sides but mean nothing to an officer (issue 13.14)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.models import BundleLogEntry, HandlingLimits, Request
from migdesk.security.handling import limits_of
from migdesk.vault import Vault


@dataclass(frozen=True)
class SourceRefs:
    bundle_number: int | None = None
    bundle_date: date | None = None
    request_number: str | None = None
    request_date: date | None = None


def _label_date(created: str) -> date | None:
    """A bundle label's UTC time as the workstation's local calendar date."""
    try:
        moment = datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None
    return moment.astimezone().date()


def source_refs(session: Session, limits: HandlingLimits) -> SourceRefs:
    bundle_number = bundle_date = request_number = request_date = None
    if limits.source_bundle_id:
        entry = session.scalar(
            select(BundleLogEntry)
            .where(
                BundleLogEntry.bundle_id == limits.source_bundle_id,
                BundleLogEntry.direction == "in",
            )
            .limit(1)
        )
        if entry is not None:
            bundle_number, bundle_date = entry.sequence, _label_date(entry.created)
    if limits.source_request_id:
        request = session.scalar(select(Request).where(Request.id == limits.source_request_id))
        if request is not None:
            request_number = request.number
            request_date = request.sent_on or request.received_on or request.created_at.date()
    return SourceRefs(bundle_number, bundle_date, request_number, request_date)


def person_provenance(vault: Vault, person_id: str) -> tuple[HandlingLimits | None, SourceRefs]:
    """The handling limits of a person record received from a partner (None for our own
    records) and the references of the bundle and request it came with, for the screens."""
    with vault.read_session() as session:
        limits = limits_of(session, "person", person_id)
        refs = source_refs(session, limits) if limits is not None else SourceRefs()
        return limits, refs


def bundle_numbers(vault: Vault, bundle_ids: list[str]) -> dict[str, tuple[int, date | None]]:
    """bundle id → (its number in the exchange log, the bundle's date), for the ids the log
    knows: a request's history names the bundle a step came with as «пакет № N от …», not by
    its UUID (issue 13.14). Received bundles first; our own when only that is known."""
    if not bundle_ids:
        return {}
    found: dict[str, tuple[int, date | None]] = {}
    with vault.read_session() as session:
        entries = session.scalars(
            select(BundleLogEntry)
            .where(BundleLogEntry.bundle_id.in_(sorted(set(bundle_ids))))
            .order_by(BundleLogEntry.direction)  # "in" before "out"
        )
        for entry in entries:
            found.setdefault(entry.bundle_id, (entry.sequence, _label_date(entry.created)))
    return found
