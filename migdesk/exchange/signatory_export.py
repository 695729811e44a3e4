"""Our pending notifications of signatory-list changes (Art. 9.3, 9.4) collected for a
bundle, and marked notified once it is written. The record format and the receiving side are
``signatory_items``."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from migdesk.bundles import Attachment
from migdesk.exchange.items import OutgoingItems, WrittenBundle, register_pending_source
from migdesk.exchange.keys import now_utc, own_authority
from migdesk.exchange.signatory_items import RECORD_TYPE
from migdesk.models import FormBlank, Signatory, SignatoryNotification
from migdesk.security import audit


def _file(files: dict[str, Attachment], data: bytes, mime: str) -> dict[str, str]:
    digest = hashlib.sha256(data).hexdigest()
    name = f"att-{digest}"  # by content, as request attachments: the same file travels once
    if name not in files:
        files[name] = Attachment.from_bytes(name, data, mime)
    return {"file": name, "mime": mime, "sha256": digest}


def _signatory_record(row: Signatory, files: dict[str, Attachment]) -> dict[str, Any]:
    sample = None
    if row.signature_sample is not None and row.signature_mime:
        sample = _file(files, row.signature_sample, row.signature_mime)
    return {
        "position": row.position,
        "full_name": row.full_name,
        "valid_from": row.valid_from.isoformat(),
        "valid_until": row.valid_until.isoformat() if row.valid_until else None,
        "certificate_pem": row.certificate_pem,
        "sample": sample,
    }


def _blank_record(blank: FormBlank, files: dict[str, Attachment]) -> dict[str, Any]:
    return {
        "name": blank.name,
        "valid_from": blank.valid_from.isoformat(),
        "valid_until": blank.valid_until.isoformat() if blank.valid_until else None,
        **_file(files, blank.data, blank.mime),
    }


class SignatoryChangeSource:
    """Our pending notifications of signatory-list changes (Art. 9.4: "at once")."""

    def collect(self, session: Session, peer: str) -> OutgoingItems:
        items = OutgoingItems()
        due = list(
            session.scalars(
                select(SignatoryNotification)
                .where(
                    SignatoryNotification.direction == "outgoing",
                    SignatoryNotification.state == "pending",
                )
                .order_by(SignatoryNotification.id)
            )
        )
        files: dict[str, Attachment] = {}
        sender = own_authority(session)
        for note in due:
            signatory = blank = None
            if note.signatory_id is not None:
                row = session.scalar(
                    select(Signatory)
                    .where(Signatory.id == note.signatory_id)
                    .options(undefer(Signatory.signature_sample))
                )
                signatory = None if row is None else _signatory_record(row, files)
            if note.form_blank_id is not None:
                found = session.scalar(
                    select(FormBlank)
                    .where(FormBlank.id == note.form_blank_id)
                    .options(undefer(FormBlank.data))
                )
                blank = None if found is None else _blank_record(found, files)
            items.records.append(
                {
                    "type": RECORD_TYPE,
                    "id": f"{sender}:{note.id}",
                    "change": note.change,
                    "authority": note.authority_code,
                    "signatory": signatory,
                    "blank": blank,
                }
            )
        items.attachments.extend(files.values())
        ids = [note.id for note in due]

        def mark_notified(session: Session, written: WrittenBundle) -> None:
            rows = session.scalars(
                select(SignatoryNotification).where(
                    SignatoryNotification.id.in_(ids), SignatoryNotification.state == "pending"
                )
            )
            notified = []
            for note in rows:
                note.state, note.notified_on = "sent", now_utc().date()
                # stored reference: Russian
                note.reference = (
                    f"пакет № {written.sequence} в {written.peer} ({written.bundle_id})"
                )
                notified.append(note.id)
            audit.append(
                session,
                written.user,
                "signatory.notified",
                details={
                    "notifications": notified,
                    "bundle_id": written.bundle_id,
                    "to": written.peer,
                },
            )

        if ids:
            items.after_written.append(mark_notified)
        return items


register_pending_source(SignatoryChangeSource)
