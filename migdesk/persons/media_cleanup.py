"""Photographs stored before entry stripped them (session 18) lose their camera metadata.

Since ``media_metadata`` strips EXIF, XMP and comments on entry, new photos carry no GPS
position or camera serial; photos entered earlier still do, and travel with every bundle and
sheet made from them. This pass rewrites those stored images of OUR records the same way.
A record received from the partner keeps its images as the provider sent them: they are the
provider's data under its handling limits (Art. 11.2), and their digests are what the
provider can check; they are counted, not touched.

Each record is cleaned in its own transaction (new revision, audit entry), so a stop or a
crash leaves every record either as it was or cleaned, and running it again finishes the
rest: a clean image is never rewritten. Decoding and re-encoding run outside any write
transaction, so officers' saves are not held up while an image is re-encoded.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from migdesk.models import HandlingLimits, Person, PersonMedia, PersonRevision
from migdesk.persons import person_rows
from migdesk.persons.media_metadata import without_metadata
from migdesk.persons.service import canonical_json
from migdesk.progress import CancelCheck, ReportProgress, stop_if
from migdesk.security import audit
from migdesk.security.roles import Permission, require
from migdesk.vault import Vault

AUDIT_ACTION = "person.media_clean"
_FIELD_OF_KIND = {"photo": "photos", "fingerprint_card": "fingerprint_card"}


@dataclass(frozen=True)
class MediaCleanup:
    checked: int  # images of our own records looked at
    cleaned: int  # of them, the ones that carried metadata (rewritten, or would be)
    persons: int  # records given a new revision (or that would be)
    received_left: int  # images of records received from the partner, left as received
    dry_run: bool

    def summary(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "cleaned": self.cleaned,
            "persons": self.persons,
            "received_left": self.received_left,
            "dry_run": self.dry_run,
        }


def _media_by_person(vault: Vault) -> tuple[dict[str, list[int]], int]:
    """Our records' image row ids by person id, and the count of received records' images."""
    received = select(HandlingLimits.record_id).where(HandlingLimits.record_kind == "person")
    ours: dict[str, list[int]] = {}
    received_left = 0
    with vault.read_session() as session:
        rows = session.execute(
            select(Person.id, PersonMedia.id, Person.id.in_(received))
            .join(PersonMedia, PersonMedia.person_pk == Person.pk)
            .order_by(Person.pk, PersonMedia.id)
        )
        for person_id, media_id, is_received in rows:
            if is_received:
                received_left += 1
            else:
                ours.setdefault(person_id, []).append(media_id)
    return ours, received_left


Cleaned = dict[int, tuple[str, bytes]]  # image row id → (digest as read, cleaned bytes)


def _cleaned_images(vault: Vault, media_ids: list[int]) -> Cleaned:
    """The images among ``media_ids`` that carry metadata, in their cleaned form."""
    with vault.read_session() as session:
        stored = session.execute(
            select(PersonMedia.id, PersonMedia.sha256, PersonMedia.data).where(
                PersonMedia.id.in_(media_ids)
            )
        ).all()
    out: Cleaned = {}
    for media_id, digest, blob in stored:
        cleaned = without_metadata(blob)
        if cleaned != blob:
            out[media_id] = (digest, cleaned)
    return out


def _store(vault: Vault, person_id: str, cleaned: Cleaned) -> bool:
    """Write the cleaned images of one record with a new revision and an audit entry; False
    when the record or its images changed meanwhile (an officer's save: left for next run)."""
    with vault.session() as session:
        person = session.scalar(select(Person).where(Person.id == person_id))
        if person is None:
            return False
        rows = {m.id: m for m in person.media}
        if any(rows.get(i) is None or rows[i].sha256 != old for i, (old, _b) in cleaned.items()):
            return False
        fields: set[str] = set()
        for media_id, (_old, blob) in cleaned.items():
            row = rows[media_id]
            row.data, row.size = blob, len(blob)
            row.sha256 = hashlib.sha256(blob).hexdigest()
            fields.add(_FIELD_OF_KIND.get(row.kind, "photos"))
        now = datetime.now(UTC).replace(tzinfo=None)
        person.revision += 1
        person.updated_at, person.updated_by = now, vault.user
        session.flush()
        changed = sorted(fields)
        session.add(
            PersonRevision(
                person_id=person.id,
                revision=person.revision,
                action="update",
                changed_at=now,
                changed_by=vault.user,
                snapshot=canonical_json(person_rows.model_to_json(person, include_media=False)),
                changed_fields=json.dumps(changed),
            )
        )
        audit.append(
            session,
            vault.user,
            AUDIT_ACTION,
            record_kind="person",
            record_id=person.id,
            details={"fields": changed, "revision": person.revision, "count": len(cleaned)},
        )
    return True


def clean_stored_media(
    vault: Vault,
    *,
    dry_run: bool = False,
    progress: ReportProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> MediaCleanup:
    """Strip camera metadata from the stored images of our own records (see the module)."""
    require(vault.current_roles(), Permission.PERSON_WRITE)
    ours, received_left = _media_by_person(vault)
    total = len(ours)
    checked = cleaned_images = persons = 0
    for done, (person_id, media_ids) in enumerate(ours.items()):
        stop_if(cancelled)
        if progress is not None:
            progress(done, total)
        checked += len(media_ids)
        cleaned = _cleaned_images(vault, media_ids)
        if not cleaned:
            continue
        if dry_run or _store(vault, person_id, cleaned):
            cleaned_images += len(cleaned)
            persons += 1
    if progress is not None:
        progress(total, total)
    return MediaCleanup(checked, cleaned_images, persons, received_left, dry_run)
