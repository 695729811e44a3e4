"""Drafting, registration, signing, Art. 8 information, 9.5 confirmations, confidentiality
(Art. 11.1) and the audit trail of requests."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from migdesk.errors import InvalidInput, NotFound, PermissionDenied, ValidationFailed
from migdesk.models import AuditEntry, RequestAttachment
from migdesk.requests.records import AttachmentInput
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.requests.workflow import StepInput
from tests.requests.request_helpers import Desk, as_user, draft, incoming
from tests.support.signing import sign


@pytest.mark.parametrize(
    ("field", "blank"),
    [
        ("substance", ""),
        ("purpose", None),
        ("justification", "  "),
        ("to_authority", ""),
    ],
)
def test_art_9_2_contents_are_mandatory_and_named(desk: Desk, field: str, blank: object) -> None:
    with pytest.raises(ValidationFailed) as caught:
        desk.service().create_draft(draft(**{field: blank}))
    path = {"to_authority": "to"}.get(field, field)
    assert list(caught.value.problems) == [path]
    label = {
        "substance": "Существо запроса",
        "purpose": "Цель запроса",
        "justification": "Обоснование запроса",
        "to": "Запрашиваемый орган",
    }[path]
    assert label in str(caught.value) and "п. 2 ст. 9" in str(caught.value)
    assert desk.service("boss").list() == []


def test_incoming_request_missing_contents_is_refused(desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as caught:
        desk.service().receive(incoming(purpose=None, justification=None))
    assert set(caught.value.problems) == {"purpose", "justification"}


@pytest.mark.parametrize(
    ("overrides", "path"),
    [
        ({"to_authority": "AM-NOWHERE"}, "to"),
        ({"to_authority": "KZ-MTSZN"}, "to"),  # same side
        ({"from_authority": "AM-POLICE", "to_authority": "AM-MIGRATION"}, "to"),
        ({"from_authority": "AM-POLICE", "to_authority": "KZ-MVD"}, "from"),  # not our side
        ({"categories": ["horoscope"]}, "categories[0]"),
        ({"persons": ["00000000-0000-0000-0000-000000000000"]}, "persons[0]"),
        ({"assignees": ["root"]}, "assignees[0]"),  # administrators do not work on requests
        ({"kind": "gossip"}, "kind"),
        ({"attachments": [AttachmentInput("a.pdf", "application/pdf", b"")]}, "attachments[0]"),
    ],
)
def test_bad_draft_is_refused(desk: Desk, overrides: dict[str, object], path: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        desk.service().create_draft(draft(**overrides))
    assert path in caught.value.problems


def test_draft_defaults_to_own_authority_and_keeps_contents(desk: Desk) -> None:
    person = desk.person("11111111-1111-1111-1111-111111111111")
    created = desk.service().create_draft(
        draft(
            persons=[person],
            categories=["registration", "identity_documents"],
            other_info="Возможное написание фамилии латиницей: TESTOV.",
            attachments=[AttachmentInput("справка.txt", "text/plain", "тест".encode())],
        )
    )
    view = desk.service().get(created.id)
    assert (view.from_code, view.to_code, view.state, view.number) == (
        "KZ-MVD",
        "AM-POLICE",
        "draft",
        created.number,
    )
    assert view.to_name_dative == "Полиции Республики Армения"
    assert view.persons == [person]
    assert view.categories == ["registration", "identity_documents"]
    assert view.other_info.startswith("Возможное") if view.other_info else False
    attachment = view.attachments[0]
    assert desk.service().attachment(created.id, attachment.id) == "тест".encode()
    assert view.allowed_actions == ["sign", "cancel"]


def test_cannot_send_unsigned(desk: Desk) -> None:
    request_id = desk.service().create_draft(draft()).id
    with pytest.raises(InvalidInput, match="невозможен"):
        desk.service().step(request_id, StepInput("send"))
    assert desk.service().get(request_id).sent_on is None


def test_signing_needs_a_signatory_valid_on_the_signing_date(desk: Desk) -> None:
    registry = SignatoryService(as_user(desk.vault, "boss"))
    expired = registry.add(
        SignatoryInput("KZ-MVD", "Начальник", "Бывший Тест", date(2020, 1, 1), date(2024, 12, 31))
    ).id
    partner = registry.add(SignatoryInput("AM-POLICE", "Начальник", "Партнёров", date(2020, 1, 1)))
    request_id = desk.service().create_draft(draft(assignees=["boss"])).id
    boss = desk.service("boss")
    with pytest.raises(InvalidInput, match="не действуют на дату"):
        sign(boss, request_id, expired)
    with pytest.raises(InvalidInput, match="не входит в перечень"):
        sign(boss, request_id, partner.id)
    # An officer who is not the signatory cannot sign in someone's name.
    with pytest.raises(PermissionDenied):
        sign(desk.service(), request_id, desk.signatory)
    assert boss.get(request_id).state == "draft"
    result = sign(boss, request_id, desk.signatory)
    assert result.state == "signed"
    view = boss.get(request_id)
    assert view.signatory == "Заместитель министра Подписантов Тест Тестович"
    assert boss.step(request_id, StepInput("send")).state == "sent"


def test_signing_is_the_digital_signature_and_nothing_goes_unsigned(desk: Desk) -> None:
    """Issue 13.4: the sign step without the signatory's signed PDF is refused; signing
    keeps the signed PDF with the step; a message «signed» without one (an older vault)
    is not sent."""
    request_id = desk.service().create_draft(draft(assignees=["boss"])).id
    boss = desk.service("boss")
    with pytest.raises(InvalidInput, match="электронная подпись"):
        boss.step(request_id, StepInput("sign", signatory=desk.signatory))
    unsigned_pdf = AttachmentInput("запрос.pdf", "application/pdf", b"%PDF-1.7 no signature")
    with pytest.raises(InvalidInput, match="электронная подпись"):
        boss.step(request_id, StepInput("sign", signatory=desk.signatory, signed_pdf=unsigned_pdf))
    assert boss.get(request_id).state == "draft"
    step = sign(boss, request_id, desk.signatory)
    view = boss.get(request_id)
    files = [a for a in view.attachments if a.step == step.seq]
    assert [a.mime for a in files] == ["application/pdf"]
    assert b"/ByteRange" in boss.attachment(request_id, files[0].id)
    # Signed before signing meant the signature: the step has no PDF, and it is not sent.
    with desk.vault.session() as session:
        row = session.scalar(select(RequestAttachment).where(RequestAttachment.id == files[0].id))
        assert row is not None
        session.delete(row)
    with pytest.raises(InvalidInput, match="не подписан электронной подписью"):
        boss.step(request_id, StepInput("send"))
    assert boss.get(request_id).state == "signed"


def test_officer_linked_to_a_signatory_signs_himself(desk: Desk) -> None:
    own = (
        SignatoryService(as_user(desk.vault, "boss"))
        .add(
            SignatoryInput(
                "KZ-MVD", "Уполномоченное лицо", "Тестов", date(2020, 1, 1), None, None, "officer1"
            )
        )
        .id
    )
    # Four eyes: written by another officer, who assigns officer1 (the signatory's user).
    request_id = desk.service("officer2").create_draft(draft(assignees=["officer1"])).id
    assert sign(desk.service(), request_id, own).state == "signed"


def test_confidentiality_of_the_fact_of_a_request(desk: Desk) -> None:
    mine = desk.service("officer1").receive(incoming()).id
    shared = desk.service("officer1").receive(incoming(assignees=["officer2"])).id
    for user in ("officer2", "root", "carrier"):
        with pytest.raises((NotFound, PermissionDenied)):
            desk.service(user).get(mine)
    with pytest.raises(NotFound) as hidden:
        desk.service("officer2").get(mine)
    with pytest.raises(NotFound) as missing:
        desk.service("officer2").get("no-such-request")
    assert str(hidden.value).replace(mine, "X") == str(missing.value).replace(
        "no-such-request", "X"
    )
    with pytest.raises(NotFound):
        desk.service("officer2").step(mine, StepInput("start"))
    assert [r.id for r in desk.service("officer2").list()] == [shared]
    assert {r.id for r in desk.service("boss").list()} == {mine, shared}
    assert {r.id for r in desk.service("officer1").list()} == {mine, shared}
    assert desk.service("root").list() == []  # administrators see no requests at all
    assert desk.service("root").dashboard().incoming == []
    desk.service("officer1").assign(mine, "officer2")
    assert desk.service("officer2").get(mine).id == mine


def test_audit_records_creation_steps_views_and_lists(desk: Desk) -> None:
    service = desk.service()
    request_id = service.receive(incoming()).id
    service.step(request_id, StepInput("start", on=date(2025, 3, 4)))
    service.get(request_id)
    service.list()
    with desk.vault.read_session() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.user, AuditEntry.record_id, AuditEntry.details)
            .where(AuditEntry.action.like("request.%"))
            .order_by(AuditEntry.id)
        ).all()
    assert [(a, u) for a, u, _, _ in entries] == [
        ("request.receive", "officer1"),
        ("request.step", "officer1"),
        ("request.view", "officer1"),
        ("request.list", "officer1"),
    ]
    assert all(rid == request_id for _, _, rid, _ in entries[:3])
    # No content of the request goes into the trail.
    assert all("Запрос сведений" not in details for *_, details in entries)


def test_information_without_request_needs_cover_text(desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as caught:
        desk.service().create_draft(draft(kind="information", purpose=None, justification=None))
    assert list(caught.value.problems) == ["cover_text"]
    created = desk.service().create_draft(
        draft(
            kind="information",
            purpose=None,
            justification=None,
            cover_text="Направляем в порядке статьи 8 Соглашения.",
            assignees=["boss"],
        )
    )
    boss = desk.service("boss")
    sign(boss, created.id, desk.signatory)
    boss.step(created.id, StepInput("send"))
    view = boss.get(created.id)
    assert view.state == "sent" and view.closed_on is not None
    assert boss.dashboard().outgoing == []  # nothing to wait for
    received = desk.service().receive(
        incoming(kind="information", purpose=None, justification=None, cover_text="Ст. 8.")
    )
    info = desk.service().get(received.id)
    assert (info.state, info.due_on, info.allowed_actions) == ("received", None, [])


def test_confirmation_request_links_the_doubted_message(desk: Desk) -> None:
    doubted = desk.service().receive(incoming()).id
    with pytest.raises(ValidationFailed) as caught:
        desk.service().create_draft(draft(kind="confirmation", purpose=None, justification=None))
    assert list(caught.value.problems) == ["related"]
    created = desk.service().create_draft(
        draft(kind="confirmation", purpose=None, justification=None, related=doubted)
    )
    assert desk.service().get(created.id).related == doubted
    own = desk.service().create_draft(draft()).id
    with pytest.raises(InvalidInput, match=r"п\.\u00a05 ст\.\u00a09"):
        desk.service().create_draft(draft(kind="confirmation", related=own))
    # A message the user cannot see cannot be referred to either.
    with pytest.raises(InvalidInput, match="не найдено"):
        desk.service("officer2").create_draft(draft(kind="confirmation", related=doubted))


def test_names_follow_the_request_date(desk: Desk) -> None:
    from migdesk.requests.authorities import AuthorityRegistry, Rename

    request_id = desk.service().receive(incoming(date(2025, 3, 3))).id
    AuthorityRegistry(as_user(desk.vault, "boss")).rename(
        Rename(
            "AM-MIGRATION",
            date(2025, 6, 1),
            "Новая служба (тест)",
            "Новой службе (тест)",
            "НС",
            "Нота № 1 (тест)",
        )
    )
    later = desk.service().receive(incoming(date(2025, 7, 1))).id
    assert desk.service().get(request_id).from_name.startswith("Миграционная служба")
    assert desk.service().get(later).from_name == "Новая служба (тест)"


def test_only_an_unsigned_draft_is_edited(desk: Desk) -> None:
    person = desk.person("33333333-3333-3333-3333-333333333333")
    request_id = desk.service().create_draft(draft(assignees=["boss"])).id
    desk.service().update_draft(
        request_id, draft(substance="Уточнённое существо (тест).", persons=[person])
    )
    view = desk.service().get(request_id)
    assert (view.substance, view.persons) == ("Уточнённое существо (тест).", [person])
    with pytest.raises(ValidationFailed) as caught:
        desk.service().update_draft(request_id, draft(justification=""))
    assert list(caught.value.problems) == ["justification"]
    sign(desk.service("boss"), request_id, desk.signatory)
    with pytest.raises(InvalidInput, match="неподписанный"):
        desk.service().update_draft(request_id, draft(substance="Другое."))
    assert desk.service().get(request_id).substance == "Уточнённое существо (тест)."
