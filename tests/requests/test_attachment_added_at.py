"""Each stored file of a request knows when it was stored in this vault (migration 0030): a
file added to a draft later is not shown at the draft's creation, a received file carries our
receipt time, and ``request attachments`` says so in ``attached_at`` (UTC)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from migdesk.models import Request
from migdesk.requests.attachment_files import AttachmentFiles
from migdesk.requests.records import AttachmentInput
from migdesk.requests.workflow import StepInput
from tests.requests.request_helpers import Desk, as_user, draft, incoming

CREATED = datetime(2026, 1, 5, 9, 30)  # the draft's creation, moved back to tell it apart


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _file(name: str) -> AttachmentInput:
    return AttachmentInput(name, "text/plain", f"synthetic {name}\n".encode())


def test_a_file_added_to_a_draft_later_keeps_its_own_time(desk: Desk) -> None:
    service = desk.service()
    before = _now()
    made = service.create_draft(draft(attachments=[_file("первый.txt")]))
    stored_first = _now()
    with desk.vault.session() as session:
        session.execute(update(Request).where(Request.id == made.id).values(created_at=CREATED))
    service.update_draft(made.id, draft(attachments=[_file("второй.txt")]))
    after = _now()

    files = AttachmentFiles(as_user(desk.vault, "officer1")).attachments(made.id)
    first, second = files
    assert first.attached_at is not None and before <= first.attached_at <= stored_first
    assert second.attached_at is not None and stored_first <= second.attached_at <= after
    # The older reading (the draft's creation for both) is kept only where nothing is known.
    assert (first.added_at, second.added_at) == (first.attached_at, second.attached_at)
    seen = service.get(made.id).attachments
    assert [m.added_at for m in seen] == [first.attached_at, second.attached_at]


def test_a_received_file_and_a_steps_file_carry_our_time(desk: Desk) -> None:
    service = desk.service()
    before = _now()
    received = service.receive(
        incoming(attachments=[_file("их письмо.txt")], received_on=before.date())
    )
    service.step(received.id, StepInput("start", attachments=[_file("справка.txt")]))
    after = _now()
    files = AttachmentFiles(as_user(desk.vault, "officer1")).attachments(received.id)
    assert [f.name for f in files] == ["их письмо.txt", "справка.txt"]
    for entry in files:
        assert entry.attached_at is not None
        assert before <= entry.attached_at <= after <= before + timedelta(minutes=5)
