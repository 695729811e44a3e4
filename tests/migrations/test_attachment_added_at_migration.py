"""Revision 0030 on a real vault with requests and files, taken back to 0029 and up again:
each stored file gets the time that is known for it (its step's; its request's creation when
the request was never updated, so the file can only have come with it), else none («—»)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from migdesk.models import Request, RequestStep
from migdesk.requests.attachment_files import AttachmentFiles
from migdesk.requests.records import AttachmentInput
from migdesk.requests.workflow import StepInput
from migdesk.vault import Vault, migrate
from tests.requests.request_helpers import as_user, draft, incoming, make_desk

CREATED = datetime(2026, 1, 5, 9, 30, 0, 250000)
STEPPED = datetime(2026, 2, 7, 14, 45, 10)


def _file(name: str) -> AttachmentInput:
    return AttachmentInput(name, "text/plain", f"synthetic {name}\n".encode())


def _times(vault: Vault, request_id: str) -> dict[str, datetime | None]:
    listed = AttachmentFiles(as_user(vault, "officer1")).attachments(request_id)
    return {entry.name: entry.attached_at for entry in listed}


def test_0030_gives_each_stored_file_the_time_that_is_known(vault: Vault) -> None:
    service = make_desk(vault).service()
    kept = service.create_draft(draft(attachments=[_file("с проектом.txt")])).id
    edited = service.create_draft(draft(attachments=[_file("сначала.txt")])).id
    service.update_draft(edited, draft(attachments=[_file("потом.txt")]))
    received = service.receive(incoming(received_on=datetime.now().date())).id
    service.step(received, StepInput("start", attachments=[_file("со шагом.txt")]))
    with vault.session() as session:
        session.execute(update(Request).values(created_at=CREATED))
        session.execute(update(RequestStep).values(at=STEPPED))

    with vault.engine.connect() as conn:
        migrate.downgrade(conn, "0029")
        conn.commit()
        columns = conn.exec_driver_sql("PRAGMA table_info(request_attachments)").fetchall()
        assert "added_at" not in {c[1] for c in columns}
        migrate.upgrade(conn, "head")
        conn.commit()

    assert _times(vault, kept) == {"с проектом.txt": CREATED}
    # Updated later: which file came with the draft and which with the edit is not known.
    assert _times(vault, edited) == {"сначала.txt": None, "потом.txt": None}
    assert _times(vault, received) == {"со шагом.txt": STEPPED}
    # Files stored from now on carry their own time.
    service.update_draft(kept, draft(attachments=[_file("после.txt")]))
    after = _times(vault, kept)
    assert after["с проектом.txt"] == CREATED
    assert after["после.txt"] is not None and after["после.txt"] > CREATED
