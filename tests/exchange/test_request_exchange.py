"""Requests and the letters about them travel in bundles (Art. 8, 9, 10): KZ sends a signed
request about a person, AM registers it with a 30-day deadline, asks for more, gets it,
answers with a person; KZ's request ends answered. Two real vaults, real bundles."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from migdesk.bundles import Attachment
from migdesk.errors import InvalidInput
from migdesk.exchange import ExchangeReason, ExchangeRefused, export_bundle, import_bundle
from migdesk.exchange.export import check_importable
from migdesk.exchange.items import OutgoingItems
from migdesk.exchange.request_export import pending_requests
from migdesk.models import RequestAttachment
from migdesk.persons.service import PersonService
from migdesk.requests.contents import MAX_RECEIVED_ATTACHMENT
from migdesk.requests.records import AttachmentInput, DraftInput, IncomingInput
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.requests.workflow import StepInput
from migdesk.security.handling import limits_of
from migdesk.signing.message_signing import sign_message
from migdesk.vault import Vault
from tests.conftest import sample_person
from tests.exchange.exchange_world import AM, KZ, THIRD, Station, audit_head, state, write_raw
from tests.support.signing import signer_credentials

PDF = b"%PDF-1.4\n% synthetic attachment\n%%EOF\n"


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def _signatory(vault: Vault, authority: str) -> int:
    return (
        SignatoryService(vault)
        .add(
            SignatoryInput(
                authority=authority,
                position="Начальник управления",
                full_name="Подписантов Тест Тестович",
                valid_from=date(2020, 1, 1),
                user="signer",
            )
        )
        .id
    )


def _second_signer(vault: Vault) -> Vault:
    """Four eyes (issue 13, item 5): the request is signed by a supervisor other than its
    author, the user bound to the signatory (added here as a user without a key slot)."""
    from datetime import datetime

    from migdesk.models import User

    with vault.session() as session:
        if session.get(User, "signer") is None:
            session.add(User(name="signer", role="supervisor", created_at=datetime(2025, 1, 1)))
    return Vault(vault.path, vault.engine, vault.vault_id, "signer", vault.data_key)


def _signed_request(vault: Vault, person_id: str, *, sign: bool = True) -> tuple[str, str]:
    service = RequestService(vault)
    created = service.create_draft(
        DraftInput(
            to_authority=AM,
            substance="Просим сообщить сведения о регистрации (синтетические данные).",
            purpose="Проверка оснований пребывания.",
            justification="Рассмотрение заявления о виде на жительство.",
            categories=["registration"],
            persons=[person_id],
            attachments=[AttachmentInput("заявление.pdf", "application/pdf", PDF)],
        )
    )
    if sign:
        signatory = _signatory(vault, KZ)
        sign_message(_second_signer(vault), created.id, signer_credentials(), signatory)
    return created.id, created.number


def _request_rows(vault: Vault) -> list[Any]:
    return sorted(
        vault.raw_execute(
            "SELECT id, direction, state, number, their_number FROM requests ORDER BY pk"
        )
    )


def _full_state(vault: Vault) -> dict[str, Any]:
    extra = {
        "requests": "SELECT id, direction, state, number, their_number, due_on FROM requests",
        "steps": "SELECT request_pk, seq, action, to_state, number FROM request_steps",
        "items": "SELECT direction, peer, item_type, item_key FROM exchange_items",
        "journal": "SELECT journal_id, seq FROM journal_entries",
    }
    return {**state(vault), **{k: sorted(vault.raw_execute(v)) for k, v in extra.items()}}


def _send(sender: Station, to: str, out: Path, **kwargs: Any) -> Path:
    with sender.open() as vault:
        result = export_bundle(vault, to, out, **kwargs)
    assert result.ok and result.path is not None, result.message
    return result.path


def _import(station: Station, path: Path) -> dict[str, Any]:
    with station.open() as vault:
        return import_bundle(vault, path).to_json()


def test_request_answer_round_trip(kz: Station, am: Station, tmp_path: Path) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, number = _signed_request(vault, person_id)
    first = _folder(tmp_path, "first")
    with kz.open() as vault:
        sent = export_bundle(vault, AM, first, requests=[request_id])
        assert sent.counts == {"request": 1, "person": 1}
        view = RequestService(vault).get(request_id)
        assert view.state == "sent" and view.sent_on == date.today()
        assert view.steps[-1].action == "send"
        assert view.steps[-1].details["bundle_id"] == sent.bundle_id
    assert sent.path is not None

    with am.open() as vault:
        preview = import_bundle(vault, sent.path, dry_run=True).to_json()
        assert [(r["change"], r["number"]) for r in preview["requests"]] == [("new", number)]
        assert _request_rows(vault) == []  # a preview writes nothing
        result = import_bundle(vault, sent.path).to_json()
        assert result["status"] == "imported"
        incoming = RequestService(vault).get(request_id)
        assert incoming.direction == "incoming" and incoming.state == "registered"
        assert incoming.their_number == number and incoming.from_code == KZ
        assert incoming.received_on == date.today()
        assert incoming.due_on == date.today() + timedelta(days=30)  # Art. 10.3
        assert incoming.persons == [person_id]
        assert incoming.purpose == "Проверка оснований пребывания."
        attachment = incoming.attachments[0]
        assert attachment.name == "заявление.pdf"
        assert RequestService(vault).attachment(request_id, attachment.id) == PDF
        with vault.read_session() as session:
            limits = limits_of(session, "person", person_id)
            assert limits is not None and limits.source_request_id == request_id
            assert limits.purpose == "Проверка оснований пребывания."
        # AM works on it and answers with a person of its own.
        service = RequestService(vault)
        service.step(request_id, StepInput(action="start"))
        answer_person = PersonService(vault).add(sample_person(surname_ru="Ответов")).id
        answered = service.step(
            request_id,
            StepInput(
                action="answer",
                text="Сведения о регистрации прилагаются.",
                records=[answer_person],
                attachments=[AttachmentInput("ответ.pdf", "application/pdf", PDF + b"2")],
            ),
        )
        assert answered.number is not None
    back = _send(am, KZ, _folder(tmp_path, "back"), requests=[request_id])

    result = _import(kz, back)
    assert [(r["change"], r["action"]) for r in result["requests"]] == [("step", "answer")]
    assert result["acknowledged"] == [sent.bundle_id]
    with kz.open() as vault:
        view = RequestService(vault).get(request_id)
        assert view.state == "answered" and view.closed_on == date.today()
        step = view.steps[-1]
        assert step.action == "answer" and step.text == "Сведения о регистрации прилагаются."
        assert step.their_number == answered.number  # AM's outgoing number of the letter
        assert step.number is not None  # registered in our incoming journal
        assert step.details["records"] == [answer_person]
        names = [a.name for a in view.attachments if a.step == step.seq]
        assert names == ["ответ.pdf"]
        assert PersonService(vault).get(answer_person)["surname_ru"] == "Ответов"
        with vault.read_session() as session:
            limits = limits_of(session, "person", answer_person)
            assert limits is not None and limits.provider_authority == AM
            assert limits.source_request_id == request_id
        before = _full_state(vault)
        assert import_bundle(vault, back).status == "already_imported"
        assert _full_state(vault) == before

    # Nothing of that request is waiting any more on either side.
    with am.open() as vault, pytest.raises(ExchangeRefused) as refused:
        export_bundle(vault, KZ, _folder(tmp_path, "again"), requests=[request_id])
    assert refused.value.reason is ExchangeReason.NOTHING_TO_SEND
    assert "уже отправлены" in str(refused.value)


def test_more_info_refusal_and_all_pending(kz: Station, am: Station, tmp_path: Path) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, number = _signed_request(vault, person_id)
    _import(am, _send(kz, AM, _folder(tmp_path, "1"), all_pending=True))
    with am.open() as vault:
        RequestService(vault).step(
            request_id, StepInput(action="more-info", text="Уточните дату въезда.")
        )
    _import(kz, _send(am, KZ, _folder(tmp_path, "2"), all_pending=True))
    with kz.open() as vault:
        service = RequestService(vault)
        assert service.get(request_id).state == "info_requested"
        service.step(request_id, StepInput(action="more-info-sent", text="Въезд 01.03.2026."))
    _import(am, _send(kz, AM, _folder(tmp_path, "3"), all_pending=True))
    with am.open() as vault:
        service = RequestService(vault)
        view = service.get(request_id)
        assert view.state == "in_work"
        assert view.steps[-1].action == "more-info-received"
        assert view.steps[-1].text == "Въезд 01.03.2026."
        service.step(
            request_id,
            StepInput(
                action="partial-refuse",
                reasons="Часть сведений составляет тайну следствия.",
                grounds=["national_law"],
                answered="Сведения о регистрации.",
                not_answered="Сведения о судимости.",
            ),
        )
    result = _import(kz, _send(am, KZ, _folder(tmp_path, "4"), all_pending=True))
    assert [r["action"] for r in result["requests"]] == ["partial-refuse"]
    with kz.open() as vault:
        view = RequestService(vault).get(request_id)
        assert view.state == "partially_refused"
        details = view.steps[-1].details
        assert details["grounds"] == ["national_law"]
        assert details["not_answered"] == "Сведения о судимости."
    assert number


def test_letter_finds_a_request_registered_by_hand(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    """AM got KZ's request on paper and registered it itself: its answer still lands, by the
    requester's number."""
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, number = _signed_request(vault, person_id)
        RequestService(vault).step(request_id, StepInput(action="send"))
    with am.open() as vault:
        service = RequestService(vault)
        by_hand = service.receive(
            IncomingInput(
                from_authority=KZ,
                received_on=date.today(),
                substance="Сведения о регистрации (с бумаги).",
                purpose="Проверка оснований пребывания.",
                justification="Заявление.",
                their_number=number,
            )
        ).id
        assert by_hand != request_id
        service.step(by_hand, StepInput(action="start"))
        service.step(by_hand, StepInput(action="answer", text="Сведений не имеется."))
    result = _import(kz, _send(am, KZ, _folder(tmp_path, "answer"), requests=[by_hand]))
    assert [(r["id"], r["change"]) for r in result["requests"]] == [(request_id, "step")]
    with kz.open() as vault:
        assert RequestService(vault).get(request_id).state == "answered"


def test_export_refusals_change_nothing(kz: Station, tmp_path: Path) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        draft_id, number = _signed_request(vault, person_id, sign=False)
        before, head = _full_state(vault), audit_head(vault)
        out = _folder(tmp_path, "out")
        with pytest.raises(ExchangeRefused, match="не подписан"):
            export_bundle(vault, AM, out, requests=[draft_id])
        with pytest.raises(InvalidInput, match="ведётся с AM-MIGRATION"):
            export_bundle(vault, THIRD, out, requests=[draft_id])
        with pytest.raises(InvalidInput, match="не найден"):
            export_bundle(vault, AM, out, requests=["00000000-0000-4000-8000-000000000000"])
        assert _full_state(vault) == before and audit_head(vault) == head
        # A draft is not pending: nothing goes, and it stays a draft.
        with pytest.raises(ExchangeRefused):
            export_bundle(vault, AM, out, all_pending=True)
        assert RequestService(vault).get(draft_id).state == "draft"
    assert list(out.iterdir()) == []
    assert number


def test_a_message_without_its_signed_pdf_does_not_leave(kz: Station, tmp_path: Path) -> None:
    """Issue 13.4: a message «signed» before signing meant the digital signature (no signed
    PDF with its sign step) is refused by name, and all-pending leaves it out."""
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, number = _signed_request(vault, person_id)
        with vault.session() as session:
            signed = session.scalars(
                select(RequestAttachment).where(RequestAttachment.step_id.is_not(None))
            ).all()
            assert [a.mime for a in signed] == ["application/pdf"]
            session.delete(signed[0])
        before, head = _full_state(vault), audit_head(vault)
        out = _folder(tmp_path, "out")
        with pytest.raises(ExchangeRefused, match=f"№ {number} не подписан электронной подписью"):
            export_bundle(vault, AM, out, requests=[request_id])
        assert _full_state(vault) == before and audit_head(vault) == head
        assert list(out.iterdir()) == []
        # All pending: the signatory list's change may go, the unsigned message does not.
        with contextlib.suppress(ExchangeRefused):
            export_bundle(vault, AM, out, all_pending=True)
        assert RequestService(vault).get(request_id).state == "signed"


def _request_record(request_id: str, **overrides: Any) -> dict[str, Any]:
    record = {
        "type": "request",
        "id": request_id,
        "kind": "request",
        "from": KZ,
        "to": AM,
        "number": "KZ-1/25",
        "date": date.today().isoformat(),
        "substance": "Просим сообщить сведения (синтетические данные).",
        "purpose": "Проверка.",
        "justification": "Заявление.",
        "categories": ["registration"],
        "persons": [],
        "attachments": [],
    }
    record.update(overrides)
    return record


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([_request_record("11111111-1111-4111-8111-111111111111", to="AM-POLICE")], "адресован"),
        ([_request_record("11111111-1111-4111-8111-111111111111", purpose=None)], "Цель запроса"),
        (
            [_request_record("11111111-1111-4111-8111-111111111111", **{"from": "KZ-MTSZN"})],
            "отправитель",
        ),
        (
            [
                _request_record(
                    "11111111-1111-4111-8111-111111111111",
                    attachments=[
                        {"file": "att-x", "name": "a.pdf", "mime": "application/pdf", "sha256": "0"}
                    ],
                )
            ],
            "вложение",
        ),
        (
            [
                {
                    "type": "request_step",
                    "id": "22222222-2222-4222-8222-222222222222#3",
                    "request_id": "22222222-2222-4222-8222-222222222222",
                    "request_number": "KZ-404",
                    "seq": 3,
                    "action": "more-info-sent",
                    "date": date.today().isoformat(),
                    "text": "…",
                }
            ],
            "нет в хранилище",
        ),
        (
            [
                _request_record("33333333-3333-4333-8333-333333333333"),
                {
                    "type": "request_step",
                    "id": "33333333-3333-4333-8333-333333333333#4",
                    "request_id": "33333333-3333-4333-8333-333333333333",
                    "request_number": "KZ-1/25",
                    "seq": 4,
                    "action": "answer",  # the requester never answers its own request
                    "date": date.today().isoformat(),
                    "text": "…",
                },
            ],
            "не письмо другой Стороны",
        ),
    ],
)
def test_bad_request_records_refuse_the_bundle(
    kz: Station, am: Station, tmp_path: Path, records: list[dict[str, Any]], message: str
) -> None:
    path = write_raw(kz, AM, _folder(tmp_path, "bad"), records)
    with am.open() as vault:
        before, head = _full_state(vault), audit_head(vault)
        with pytest.raises(ExchangeRefused) as refused:
            import_bundle(vault, path)
        assert refused.value.reason is ExchangeReason.INVALID_RECORD
        assert message in str(refused.value)
        assert _full_state(vault) == before and audit_head(vault) == head


def test_request_and_its_withdrawal_in_one_bundle(kz: Station, am: Station, tmp_path: Path) -> None:
    """A letter may follow its request in the same bundle: it applies to the state the
    request reaches there."""
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, _ = _signed_request(vault, person_id)
        service = RequestService(vault)
        service.step(request_id, StepInput(action="send"))  # sent on paper first
        service.step(request_id, StepInput(action="withdraw", text="Отзываем запрос."))
    result = _import(am, _send(kz, AM, _folder(tmp_path, "both"), requests=[request_id]))
    assert [(r["change"], r["action"]) for r in result["requests"]] == [
        ("new", None),
        ("step", "withdraw"),
    ]
    with am.open() as vault:
        assert RequestService(vault).get(request_id).state == "withdrawn"


def test_cli_export_and_import_of_a_request(kz: Station, am: Station, tmp_path: Path) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, number = _signed_request(vault, person_id)
    out = _folder(tmp_path, "cli")
    sent = kz.cli()(
        "bundle", "export", "--to", AM, "--out", str(out), "--request", request_id, "--json"
    )
    assert sent.code == 0, sent.stderr
    data = json.loads(sent.stdout)
    assert {"path", "sequence", "sha256"} <= set(data)
    assert data["counts"] == {"person": 1, "request": 1}
    loaded = am.cli()("bundle", "import", data["path"], "--json")
    assert loaded.code == 0, loaded.stderr
    listed = json.loads(loaded.stdout)["requests"]
    assert listed == [
        {"id": request_id, "number": number, "kind": "request", "change": "new", "action": None}
    ]
    again = kz.cli()(
        "bundle", "export", "--to", AM, "--out", str(out), "--request", request_id, "--json"
    )
    assert again.code == 1 and "уже отправлены" in again.stderr
    assert "Traceback" not in again.stderr


def test_letter_already_recorded_by_hand_is_shown_not_repeated(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, _ = _signed_request(vault, person_id)
    _import(am, _send(kz, AM, _folder(tmp_path, "1"), requests=[request_id]))
    with am.open() as vault:
        service = RequestService(vault)
        service.step(request_id, StepInput(action="start"))
        service.step(request_id, StepInput(action="answer", text="Сведений не имеется."))
    with kz.open() as vault:  # the paper copy came first and was recorded
        RequestService(vault).step(request_id, StepInput(action="answer", text="С бумаги."))
    back = _send(am, KZ, _folder(tmp_path, "2"), requests=[request_id])
    with kz.open() as vault:
        preview = import_bundle(vault, back, dry_run=True).to_json()
        assert [r["change"] for r in preview["requests"]] == ["skipped"]
        assert any("не записано" in w for w in preview["warnings"])
        steps_before = len(RequestService(vault).get(request_id).steps)
        assert import_bundle(vault, back).status == "imported"
        view = RequestService(vault).get(request_id)
        assert view.state == "answered" and len(view.steps) == steps_before


def test_pending_requests_lists_what_all_pending_sends(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        signed_id, signed_number = _signed_request(vault, person_id)
        draft_id, _ = _signed_request(vault, person_id, sign=False)
        listed = pending_requests(vault, AM)
        assert [(p.id, p.number, p.message, p.letters) for p in listed] == [
            (signed_id, signed_number, True, ())
        ]
        assert pending_requests(vault, THIRD) == []
    _import(am, _send(kz, AM, _folder(tmp_path, "1"), all_pending=True))
    with kz.open() as vault:
        assert pending_requests(vault, AM) == []
        assert RequestService(vault).get(draft_id).state == "draft"
    with am.open() as vault:
        RequestService(vault).step(signed_id, StepInput(action="start"))
        RequestService(vault).step(signed_id, StepInput(action="obstacle", text="Архив закрыт."))
        assert [(p.direction, p.letters) for p in pending_requests(vault, KZ)] == [
            ("incoming", ("obstacle",))
        ]


def test_attachments_the_partner_could_not_load_are_refused_at_export() -> None:
    """The importing side stores each attachment up to MAX_RECEIVED_ATTACHMENT (streamed in
    pieces, issue #14): a larger one is never written; their total is not limited (the old
    512 MiB in memory is gone)."""
    huge = Attachment("att-1", "application/pdf", MAX_RECEIVED_ATTACHMENT + 1, io.BytesIO)
    with pytest.raises(ExchangeRefused) as refused:
        check_importable(OutgoingItems(attachments=[huge]))
    assert refused.value.reason is ExchangeReason.TOO_LARGE
    assert "несколькими пакетами" in str(refused.value)
    check_importable(OutgoingItems(attachments=[Attachment.from_bytes("att-2", PDF)]))
    many = [
        Attachment(f"att-{i}", "application/pdf", MAX_RECEIVED_ATTACHMENT, io.BytesIO)
        for i in range(3)
    ]
    check_importable(OutgoingItems(attachments=many))
