"""Art. 11.5: the act of destruction states the proposal's grounds, so a record proposed
before its keep-until date says why it goes early; «истечение срока хранения» is stated
only once it is true. Alike for persons, requests, single files, thematic items, consents."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from migdesk.errors import InvalidInput
from migdesk.models import AuditEntry, DestructionProposal, RequestAttachment, TransferConsent
from migdesk.office.retention import EXPIRY_GROUNDS, RetentionService
from migdesk.requests.records import AttachmentInput
from migdesk.requests.thematic import ThematicInput, ThematicService
from migdesk.requests.workflow import StepInput
from tests.requests.request_helpers import Desk, as_user, incoming

EARLY = "по просьбе предоставившей стороны, письмо № 12 (тест)"


def _records(desk: Desk) -> dict[str, str]:
    """One record of each kind, none of them due today."""
    person = desk.person("5f0c1e1e-0000-4000-8000-0000000000a1")
    service = desk.service()
    request_id = service.receive(incoming(date.today() - timedelta(days=20))).id
    service.step(request_id, StepInput("start", on=date.today() - timedelta(days=19)))
    service.step(
        request_id,
        StepInput(
            "answer",
            on=date.today() - timedelta(days=10),
            text="Ответ (тест).",
            attachments=[AttachmentInput("ответ.pdf", "application/pdf", b"%PDF-1.4 test")],
        ),
    )
    thematic = ThematicService(as_user(desk.vault, "officer1")).add(
        ThematicInput(category="violations", title="Канал (тест)", text="Описание.")
    )
    consent = "c0ffee00-0000-4000-8000-0000000000a1"
    with desk.vault.session() as session:
        attachment = session.scalar(select(RequestAttachment.id))
        session.add(
            TransferConsent(
                id=consent,
                record_kind="person",
                record_id=person,
                provider_authority="AM-POLICE",
                recipient=None,
                purpose="Другая цель (тест)",
                status="granted",
                requested_at=datetime.now(UTC).replace(tzinfo=None),
                requested_by="officer1",
                decided_on=date.today(),
            )
        )
    return {
        "person": person,
        "request": request_id,
        "attachment": f"{request_id}/{attachment}",
        "thematic": thematic,
        "consent": consent,
    }


@pytest.mark.parametrize("kind", ["person", "request", "attachment", "thematic", "consent"])
def test_an_early_proposal_without_its_grounds_is_refused(desk: Desk, kind: str) -> None:
    record = _records(desk)[kind]
    service = RetentionService(as_user(desk.vault, "officer1"))
    for grounds, early in (
        (EXPIRY_GROUNDS, True),  # what the CLI and the window filed: an expiry not yet come
        (f"  {EXPIRY_GROUNDS} ", False),
        (None, True),
        (None, False),  # not asked early, but the keep-until date is still ahead
        ("", True),
        ("  \n ", True),
    ):
        with pytest.raises(InvalidInput, match="основание досрочного уничтожения") as refused:
            service.propose(record, grounds, early=early, kind=kind)
        assert refused.value.field == "grounds"
    with desk.vault.read_session() as session:  # nothing proposed, nothing audited
        assert session.scalar(select(DestructionProposal.id)) is None
        actions = session.scalars(select(AuditEntry.action)).all()
        assert f"{kind}.destroy_proposed" not in actions

    proposal = service.propose(record, f" {EARLY} ", early=True, kind=kind)
    assert (proposal.grounds, proposal.early) == (EARLY, True)
    assert service.proposed_grounds(record) == EARLY


def test_a_due_proposal_without_grounds_states_the_expiry(desk: Desk) -> None:
    records = _records(desk)
    service = RetentionService(as_user(desk.vault, "officer1"))
    later = date.today() + timedelta(days=20 * 366)  # every record is due by then
    assert service.propose(records["person"], None, today=later).grounds == EXPIRY_GROUNDS
    assert service.propose(records["thematic"], "   ", today=later).grounds == EXPIRY_GROUNDS
    # Asked early on a record that is due: the proposer says why, as the flag claims.
    with pytest.raises(InvalidInput, match="основание досрочного уничтожения"):
        service.propose(records["request"], "", early=True, today=later)


def test_an_early_destruction_never_states_the_expiry(desk: Desk) -> None:
    """A proposal stored with the expiry wording before this rule (or approved without
    grounds) cannot reach the act as «истечение срока хранения» before that date."""
    person = _records(desk)["person"]
    RetentionService(as_user(desk.vault, "officer1")).propose(person, EARLY, early=True)
    with desk.vault.session() as session:  # as the old «Предложить уничтожение» stored it
        stored = session.scalar(select(DestructionProposal))
        assert stored is not None
        stored.grounds = EXPIRY_GROUNDS
    boss = RetentionService(as_user(desk.vault, "boss"))
    for grounds in (EXPIRY_GROUNDS, None, " "):
        with pytest.raises(InvalidInput, match="основание досрочного уничтожения"):
            boss.destroy(person, grounds, early=True)
    act = boss.destroy(person, EARLY, early=True)
    assert act.grounds == EARLY and act.keep_until is not None and act.keep_until > date.today()
