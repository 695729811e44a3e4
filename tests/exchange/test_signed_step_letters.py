"""The letters of a request's later steps signed, kept and carried (Art. 9.5, 10): the
requested side asks for more and refuses in part, the requesting side sends the additional
information; each letter is signed once by its signatory, kept with its step, carried with the
step in the next bundle and kept by the partner byte for byte, its signature checked there. A
letter altered after signing refuses the bundle. Two real vaults, real bundles, real PDFs
checked with poppler's ``pdfsig`` and ``pdftotext``."""

from __future__ import annotations

import hashlib
import subprocess
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from migdesk.bundles import Attachment
from migdesk.exchange import ExchangeReason, ExchangeRefused, export_bundle, import_bundle
from migdesk.exchange.request_export import pending_requests
from migdesk.office.users import UserService
from migdesk.persons.service import PersonService
from migdesk.pki.files import save_certificates_pem
from migdesk.reports.documents.choices import DocumentChoice
from migdesk.reports.documents.service import BuildOptions
from migdesk.reports.documents.sources import SignerChoice
from migdesk.requests.attachment_files import AttachmentFiles
from migdesk.requests.records import RequestView
from migdesk.requests.service import RequestService
from migdesk.requests.signatories import SignatoryInput, SignatoryService
from migdesk.requests.signed_copy import AlreadySigned
from migdesk.requests.workflow import StepInput
from migdesk.signing.checks import list_checks
from migdesk.signing.produce import DocumentProducer
from migdesk.vault import Vault
from tests.conftest import Cli, sample_person
from tests.exchange.exchange_world import AM, KZ, Station, state, write_raw
from tests.exchange.test_request_exchange import _second_signer, _signatory, _signed_request
from tests.signing.pdfsig import nss_db, pdfsig
from tests.support.signing import key_args, signer_credentials, signer_keys

HEAD_PASSWORD = "chief of unit signs 7"


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def _send(station: Station, to: str, out: Path) -> tuple[Path, list[dict[str, Any]]]:
    with station.open() as vault:
        sent = export_bundle(vault, to, out, all_pending=True)
    assert sent.ok and sent.path is not None, sent.message
    return sent.path, sent.to_json()["unsigned_letters"]


def _sign_letter(
    vault: Vault, kind: str, request_id: str, seq: int, signatory: int | None
) -> bytes:
    """The supervisor bound to the signatory signs the step's letter, as «Документ…» does."""
    produced = DocumentProducer(_second_signer(vault)).sign(
        DocumentChoice(kind, f"{request_id}#{seq}", kind),
        signer_credentials(),
        BuildOptions(signer=SignerChoice(signatory, None, None)),
    )
    return produced.pdf


def _letters(view: RequestView) -> dict[int, int]:
    """Step seq → the attachment id of its signed letter."""
    return {a.step: a.id for a in view.attachments if a.signed_letter and a.step is not None}


def _pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())  # a heading may wrap


def test_step_letters_are_signed_kept_carried_and_checked(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, number = _signed_request(vault, person_id)
    import_bundle_at(am, _send(kz, AM, _folder(tmp_path, "1"))[0])

    # AM asks for more; its supervisor signs the letter once, and it is kept with the step.
    with am.open() as vault:
        service = RequestService(vault)
        service.step(request_id, StepInput(action="start"))
        asked = service.step(request_id, StepInput(action="more-info", text="Уточните дату."))
        am_signatory = _signatory(vault, AM)
        signed = _sign_letter(vault, "more-info", request_id, asked.seq, am_signatory)
        kept_id = _letters(service.get(request_id))[asked.seq]
        assert service.attachment(request_id, kept_id) == signed
        with pytest.raises(AlreadySigned, match="уже подписано"):
            _sign_letter(vault, "more-info", request_id, asked.seq, am_signatory)
        listed = {e.number: e for e in AttachmentFiles(vault).attachments(request_id)}
        assert listed[kept_id].letter and listed[kept_id].kind == "signed_letter"
        # The letter's own signed copy is not listed as its enclosure when printed again.
        again = DocumentProducer(vault).preview(
            DocumentChoice("more-info", f"{request_id}#{asked.seq}", "more-info")
        )
        assert again.document.attachments == ()
    letter_pdf = tmp_path / "more-info.pdf"
    letter_pdf.write_bytes(signed)
    ca = tmp_path / "ca.pem"
    save_certificates_pem(ca, [signer_keys().ca.certificate])
    report = pdfsig(nss_db(tmp_path, ca), letter_pdf)
    assert "Signature is Valid" in report, report
    assert "О представлении дополнительных сведений" in _pdf_text(letter_pdf)

    back, unsigned = _send(am, KZ, _folder(tmp_path, "2"))
    assert unsigned == []  # signed: nothing to warn about
    with kz.open() as vault:
        result = import_bundle(vault, back)
        assert result.status == "imported"
        service = RequestService(vault)
        view = service.get(request_id)
        step = view.steps[-1]
        assert step.action == "more-info"
        received = _letters(view)[step.seq]
        assert service.attachment(request_id, received) == signed  # byte for byte
        checks = [c for c in list_checks(vault, request_id=request_id)]
        assert [(c.attachment_id, c.status in ("valid", "untrusted")) for c in checks] == [
            (received, True)
        ]
        entry = {e.number: e for e in AttachmentFiles(vault).attachments(request_id)}[received]
        assert entry.letter and entry.kind == "received" and entry.signed
        before = state(vault), [(a.id, a.sha256) for a in view.attachments]
        assert import_bundle(vault, back).status == "already_imported"
        after = service.get(request_id)
        assert (state(vault), [(a.id, a.sha256) for a in after.attachments]) == before
        assert len(list_checks(vault, request_id=request_id)) == 1

        # KZ sends the additional information with its own signed letter.
        sent_more = service.step(
            request_id, StepInput(action="more-info-sent", text="Въезд 01.03.2026.")
        )
        reply = _sign_letter(vault, "more-info-reply", request_id, sent_more.seq, None)
    reply_pdf = tmp_path / "reply.pdf"
    reply_pdf.write_bytes(reply)
    text = _pdf_text(reply_pdf)
    assert "О направлении дополнительных сведений" in text
    assert f"№ {number}" in text and "Въезд 01.03.2026." in text
    assert "Signature is Valid" in pdfsig(nss_db(_folder(tmp_path, "n2"), ca), reply_pdf)

    with am.open() as vault:
        import_bundle(vault, _send(kz, AM, _folder(tmp_path, "3"))[0])
        service = RequestService(vault)
        view = service.get(request_id)
        assert view.steps[-1].action == "more-info-received"
        kept = _letters(view)[view.steps[-1].seq]
        assert service.attachment(request_id, kept) == reply


def import_bundle_at(station: Station, path: Path) -> None:
    with station.open() as vault:
        assert import_bundle(vault, path).status == "imported"


def test_a_written_letter_without_its_signed_letter_is_warned_not_refused(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, _number = _signed_request(vault, person_id)
    import_bundle_at(am, _send(kz, AM, _folder(tmp_path, "1"))[0])
    with am.open() as vault:
        service = RequestService(vault)
        service.step(request_id, StepInput(action="start"))
        refused = service.step(
            request_id,
            StepInput(
                action="refuse",
                reasons="Сведения составляют тайну следствия.",
                grounds=["national_law"],
            ),
        )
        waiting = pending_requests(vault, KZ)
        assert [(p.id, p.unsigned) for p in waiting] == [(request_id, ("refuse",))]
        ours = service.get(request_id).number  # our incoming registration number
    path, unsigned = _send(am, KZ, _folder(tmp_path, "2"))
    assert unsigned == [
        {"request": request_id, "number": ours, "seq": refused.seq, "action": "refuse"}
    ]
    import_bundle_at(kz, path)  # it still goes and is recorded as before


def _letter_record(
    request_id: str, number: str, seq: int, file: str, data: bytes
) -> dict[str, Any]:
    return {
        "type": "request_step",
        "id": f"{request_id}#{seq}",
        "request_id": request_id,
        "request_number": number,
        "seq": seq,
        "action": "more-info",
        "date": date.today().isoformat(),
        "number": "77-исх",
        "text": "Уточните дату.",
        "details": {},
        "records": [],
        "attachments": [
            {
                "file": file,
                "name": "Письмо № 77-исх, подписано.pdf",
                "mime": "application/pdf",
                "sha256": hashlib.sha256(data).hexdigest(),
                "signed_letter": True,
            }
        ],
    }


def test_a_letter_altered_after_signing_refuses_the_bundle(
    kz: Station, am: Station, tmp_path: Path
) -> None:
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, number = _signed_request(vault, person_id)
    import_bundle_at(am, _send(kz, AM, _folder(tmp_path, "1"))[0])
    with am.open() as vault:
        service = RequestService(vault)
        service.step(request_id, StepInput(action="start"))
        asked = service.step(request_id, StepInput(action="more-info", text="Уточните дату."))
        signed = _sign_letter(vault, "more-info", request_id, asked.seq, _signatory(vault, AM))
    # One digit of the signed creation date changed: still a PDF, no longer what was signed.
    at = signed.index(b"/CreationDate (D:") + len(b"/CreationDate (D:")
    digit = signed[at : at + 1]
    altered = signed[:at] + (b"1" if digit != b"1" else b"2") + signed[at + 1 :]
    name = f"att-{uuid.uuid4().hex}"
    record = _letter_record(request_id, number, asked.seq, name, altered)
    path = write_raw(
        am,
        KZ,
        _folder(tmp_path, "bad"),
        [record],
        attachments=[Attachment.from_bytes(name, altered, "application/pdf")],
    )
    with kz.open() as vault:
        before = state(vault), RequestService(vault).get(request_id).steps
        with pytest.raises(ExchangeRefused) as refused:
            import_bundle(vault, path)
        assert refused.value.reason is ExchangeReason.INVALID_RECORD
        assert "изменён после подписания" in str(refused.value)
        assert (state(vault), RequestService(vault).get(request_id).steps) == before

    # The same letter as signed goes through (the check refuses only the alteration).
    name = f"att-{uuid.uuid4().hex}"
    good = write_raw(
        am,
        KZ,
        _folder(tmp_path, "good"),
        [_letter_record(request_id, number, asked.seq, name, signed)],
        attachments=[Attachment.from_bytes(name, signed, "application/pdf")],
    )
    with kz.open() as vault:
        assert import_bundle(vault, good).status == "imported"
        service = RequestService(vault)
        view = service.get(request_id)
        assert service.attachment(request_id, _letters(view)[view.steps[-1].seq]) == signed


def test_cli_signs_keeps_lists_and_warns(kz: Station, am: Station, tmp_path: Path) -> None:
    """The CLI's contract, added to: ``doc render … --sign-p12`` gives ``letter_attachment``,
    ``request attachments`` marks it ``letter``, ``bundle export`` lists ``unsigned_letters``
    and says so on stderr."""
    with kz.open() as vault:
        person_id = PersonService(vault).add(sample_person()).id
        request_id, _number = _signed_request(vault, person_id)
    import_bundle_at(am, _send(kz, AM, _folder(tmp_path, "1"))[0])
    with am.open() as vault:
        UserService(vault).add("head", "supervisor", HEAD_PASSWORD)
        signatory = SignatoryService(vault).add(
            SignatoryInput(
                authority=AM,
                position="Начальник управления",
                full_name="Подписантов Тест Тестович",
                valid_from=date(2020, 1, 1),
                user="head",
            )
        )
        service = RequestService(vault)
        service.step(request_id, StepInput(action="start"))
        asked = service.step(request_id, StepInput(action="more-info", text="Уточните дату."))
    head = Cli(am.path, user="head", password=HEAD_PASSWORD)
    out = tmp_path / "letter.pdf"
    render = [
        "doc", "render", f"{request_id}#{asked.seq}", "--kind", "more-info", "--out", str(out),
        "--signatory", str(signatory.id), *key_args(tmp_path), "--json",
    ]  # fmt: skip
    signed = head(*render)
    assert signed.code == 0, signed.stderr
    kept = signed.json()["letter_attachment"]
    listed = head("request", "attachments", request_id, "--json")
    assert listed.code == 0, listed.stderr
    letters = [(e["number"], e["kind"], e["step"]) for e in listed.json() if e["letter"]]
    assert letters == [(kept, "signed_letter", asked.seq)]
    out.unlink()
    again = head(*render)
    assert again.code == 1 and "уже подписано" in again.stderr, again.stderr

    with am.open() as vault:
        refused = RequestService(vault).step(
            request_id,
            StepInput(action="refuse", reasons="Тайна следствия.", grounds=["national_law"]),
        )
    exported = am.cli()("bundle", "export", "--to", KZ, "--out", str(_folder(tmp_path, "2")),
                        "--all-pending", "--json")  # fmt: skip
    assert exported.code == 0, exported.stderr
    assert [(u["seq"], u["action"]) for u in exported.json()["unsigned_letters"]] == [
        (refused.seq, "refuse")
    ]
    assert "отправлено без подписанного письма" in exported.stderr
